//! The calendar rules (CAL-*), shared by every crate that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{CAL_1, CAL_2, CAL_3};
