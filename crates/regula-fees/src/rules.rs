//! The retake-fee rules (FE-*) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{FE_1, FE_2, FE_3, FE_4};
