//! The grade-register and exam-administration rules (CA-*, GR-10, GR-11, GR-13's pass
//! grade, GR-14, SC-7..SC-9) that
//! this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{
    CA_1, CA_2, CA_3, CA_4, CA_5, CA_6, CA_7, GR_10, GR_11, GR_13, GR_14, SC_2, SC_7, SC_8, SC_9,
};
