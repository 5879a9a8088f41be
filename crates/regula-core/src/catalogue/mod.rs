//! The rule catalogue: every rule of the three regulations, declared once — its id, the article
//! it comes from, one line of what it says, and, where the regulation is ambiguous, the reading
//! Regula takes and the policy parameters that change it. Code, decision traces and tests cite
//! these constants; `regula rules` prints them and `docs/rules.md` is generated from them.
//!
//! ```
//! use regula_core::catalogue::{self, GR_4};
//!
//! assert_eq!(GR_4.to_string(), "GR-4 (UMC-EXAM §5.3(3))");
//! assert_eq!(catalogue::find("GR-4"), Some(&GR_4));
//! let reading = GR_4.interpretation.unwrap();
//! assert_eq!(reading.parameters, ["grading.rounding", "grading.pass_by"]);
//! ```

mod appeals;
mod calendar;
mod catalog;
mod counselling;
mod ects;
mod fees;
mod grading;
mod mobility;
mod online;
mod progress;
mod quiz;
mod scheduling;
pub mod seed;

pub use appeals::*;
pub use calendar::*;
pub use catalog::*;
pub use counselling::*;
pub use ects::*;
pub use fees::*;
pub use grading::*;
pub use mobility::*;
pub use online::*;
pub use progress::*;
pub use quiz::*;
pub use scheduling::*;

use serde::Serialize;

use crate::Rule;

/// How Regula reads a rule where the regulation is silent or ambiguous, and the policy parameters
/// (`grading.rounding`) through which an institution reads it otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct Interpretation {
    /// The policy parameters, as paths in the policy document (`regula policy show`); empty when
    /// the reading is not a parameter.
    pub parameters: &'static [&'static str],
    /// The reading, in a sentence or a few.
    pub text: &'static str,
}

impl Interpretation {
    /// An interpretation known at compile time.
    pub const fn new(parameters: &'static [&'static str], text: &'static str) -> Self {
        Interpretation { parameters, text }
    }
}

/// Every rule of the catalogue, chapter by chapter, in the order of the regulation.
pub static RULES: &[&Rule] = &[
    &GR_1, &GR_2, &GR_3, &GR_4, &GR_5, &GR_6, &GR_7, &GR_8, &GR_9, &GR_10, &GR_11, &GR_12, &GR_13,
    &GR_14, &QZ_1, &QZ_2, &QZ_3, &QZ_4, &QZ_5, &QZ_6, &OX_1, &OX_2, &OX_3, &OX_4, &SC_1, &SC_2,
    &SC_3, &SC_4, &SC_5, &SC_6, &SC_7, &SC_8, &SC_9, &SC_CLASH, &SC_ROOM, &SC_PAIR, &SC_LOAD,
    &SC_COURSE, &SC_LAST, &SC_PREFER, &FE_1, &FE_2, &FE_3, &FE_4, &AP_1, &AP_2, &AP_3, &AP_4,
    &AP_5, &CA_1, &CA_2, &CA_3, &CA_4, &CA_5, &CA_6, &CA_7, &MO_1, &MO_2, &MO_3, &MO_4, &MO_5,
    &MO_6, &MO_7, &MO_8, &MO_9, &MO_10, &MO_11, &MO_12, &EC_1, &EC_2, &EC_3, &EC_4, &EC_5, &EC_6,
    &EC_7, &EC_8, &EC_9, &EC_10, &EC_11, &EC_12, &EC_13, &CO_1, &CO_2, &CO_3, &CO_4, &CO_5, &CO_6,
    &CAL_1, &CAL_2, &CAL_3, &PR_1, &PR_2, &PR_3, &PR_4, &PR_5, &PR_6, &PR_7,
];

/// The rule with the id `id` (`"GR-4"`).
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|rule| rule.id.as_str() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_declared_once() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), before, "a rule id is declared twice");
    }

    #[test]
    fn every_id_names_its_chapter() {
        for rule in RULES {
            let (prefix, number) = rule.id.as_str().split_once('-').unwrap();
            assert!(
                [
                    "GR", "QZ", "OX", "SC", "FE", "AP", "CA", "MO", "EC", "CO", "CAL", "PR"
                ]
                .contains(&prefix),
                "{}",
                rule.id
            );
            assert!(
                number.parse::<u32>().is_ok()
                    || ["CLASH", "ROOM", "PAIR", "LOAD", "COURSE", "LAST", "PREFER"]
                        .contains(&number),
                "{}",
                rule.id
            );
        }
    }
}
