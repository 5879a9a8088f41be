//! EC-9: whether a passed host course that replaces no home course goes to the Diploma
//! Supplement on its own, or only at the student's written request.

use serde::{Deserialize, Serialize};

use crate::plan::Mobility;

/// EC-9: when a passed host course that replaces no home course (it matches none, or only home
/// courses already passed, EC-10) is listed in the Diploma Supplement as extra-curricular.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SupplementRule {
    /// EC-9: always, without a request (the seed regulation's reading, and the rule when absent).
    #[default]
    Automatic,
    /// EC-9: only when the student asked for it in writing (`mobility.supplement_requested`);
    /// otherwise the course is left out of the Diploma Supplement, and the plan says so.
    OnRequest,
}

/// EC-9: how a passed host course that replaces no home course is treated, under `rule`, for
/// `mobility`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Supplement {
    /// In the Diploma Supplement, as the policy does on its own (EC-9, `automatic`).
    Automatic,
    /// In the Diploma Supplement only because the student asked (EC-9, `on_request`).
    Requested,
    /// Left out of the Diploma Supplement: the student did not ask (EC-9, `on_request`).
    NotRequested,
}

impl SupplementRule {
    /// EC-9: what becomes of a passed host course that replaces no home course of `mobility`.
    pub(crate) fn applied(self, mobility: &Mobility) -> Supplement {
        match (self, mobility.supplement_requested) {
            (SupplementRule::Automatic, _) => Supplement::Automatic,
            (SupplementRule::OnRequest, true) => Supplement::Requested,
            (SupplementRule::OnRequest, false) => Supplement::NotRequested,
        }
    }
}
