//! The counselling rules (CO-*) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{CO_1, CO_2, CO_3, CO_4, CO_5, CO_6};
