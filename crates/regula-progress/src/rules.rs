//! The progress rules (PR-*) that this crate applies, and GR-8, the average it shares with the
//! grading domain.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{GR_8, PR_1, PR_2, PR_3, PR_4, PR_5, PR_6, PR_7};
