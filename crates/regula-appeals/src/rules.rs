//! The appeals and result-deadline rules (AP-*, OX-2..OX-4, QZ-4, CA-7) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{AP_1, AP_2, AP_3, AP_4, AP_5, CA_7, OX_2, OX_3, OX_4, QZ_4};
