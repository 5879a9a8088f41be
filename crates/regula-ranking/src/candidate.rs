//! A candidate as the engine sees it (MO-7): an id, the raw value of each criterion, when the
//! application was complete, and the reasons its caller already found not to rank it.

use std::collections::BTreeMap;

use regula_calendar::Instant;
use regula_core::Decimal;
use regula_core::locale::Message;
use serde::{Deserialize, Serialize};

/// A candidate to rank (MO-7). What makes a candidate eligible is the caller's to decide: each
/// reason it found is in [`Candidate::exclusions`], and a candidate with one is not ranked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Candidate {
    /// The candidate's id: the last tie-break, so unique among those ranked together.
    pub id: String,
    /// The raw value of each criterion scored on a range, by criterion id.
    pub scores: BTreeMap<String, Decimal>,
    /// The proven activities of each criterion scored by activities, by criterion id.
    pub activities: BTreeMap<String, Vec<String>>,
    /// When the application was complete (its last needed document), for the tie-break
    /// [`crate::TieBreak::EarlierSubmission`]; a candidate without one comes after those with.
    pub submitted_at: Option<Instant>,
    /// Why the caller does not rank the candidate (not eligible, dossier not considered), each a
    /// message; none when it may be ranked (MO-7).
    pub exclusions: Vec<Message>,
}

impl Candidate {
    /// A candidate with an id and nothing else yet (MO-7).
    pub fn new(id: impl Into<String>) -> Self {
        Candidate {
            id: id.into(),
            ..Candidate::default()
        }
    }
}

/// One criterion of a candidate's score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CriterionScore {
    /// The criterion.
    pub criterion: String,
    /// The value on its scale (activities: their points, capped; a step scale: its band's
    /// points); 0 when an optional criterion was not assessed.
    pub value: Decimal,
    /// The criterion's weight.
    pub weight: Decimal,
    /// `value × weight`.
    pub points: Decimal,
    /// Whether the criterion was assessed.
    pub assessed: bool,
    /// On a step scale, the raw value the band was read from (an average of 8.75 for 4 points):
    /// what a minimum and a tie-break compare (MO-7). Absent on any other scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<Decimal>,
}

/// A candidate's points (MO-7): the total and the points per criterion, in the system's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// The total points.
    pub total: Decimal,
    /// The points per criterion, in the order of [`crate::PointsSystem::criteria`].
    pub breakdown: Vec<CriterionScore>,
}

/// What the engine makes of one candidate before ranking (MO-7).
#[derive(Clone, Debug, PartialEq)]
pub enum Assessment {
    /// Ranked with these points.
    Scored(Score),
    /// Not ranked: the caller's reasons, then every minimum the candidate falls below.
    Excluded(Vec<Message>),
}

/// A candidate to be ordered (MO-7): its place in the caller's list, the candidate, its points.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored<'a> {
    /// Where the candidate is in the caller's list, to find what the caller knows of it.
    pub index: usize,
    /// The candidate.
    pub candidate: &'a Candidate,
    /// Its points.
    pub score: Score,
}
