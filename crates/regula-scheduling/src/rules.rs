//! The scheduling rules (SC-*, OX-1, OX-2, SC-CLASH, SC-ROOM) that this crate applies.
//!
//! Each rule is declared once, in the catalogue (`regula_core::catalogue`), and cited from there.

pub use regula_core::catalogue::{
    OX_1, OX_2, QZ_1, SC_1, SC_3, SC_4, SC_5, SC_6, SC_7, SC_CLASH, SC_COURSE, SC_LAST, SC_LOAD,
    SC_PAIR, SC_PREFER, SC_ROOM,
};
