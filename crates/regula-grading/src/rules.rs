//! The grading and online-quiz rules (GR-*, QZ-*) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{
    GR_1, GR_2, GR_3, GR_4, GR_5, GR_6, GR_7, GR_8, GR_9, GR_12, GR_13, GR_14, QZ_2, QZ_3, QZ_4,
    QZ_5,
};
