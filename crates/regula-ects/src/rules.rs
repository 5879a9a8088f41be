//! The ECTS recognition rules (EC-*) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{
    EC_1, EC_3, EC_4, EC_5, EC_6, EC_7, EC_8, EC_9, EC_10, EC_11, EC_12, EC_13,
};
