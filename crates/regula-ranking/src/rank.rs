//! A whole ranking (MO-7, or the rule the caller cites): every candidate assessed, the scored
//! ones in the total order, the places and the reserve list, each step explained.

use std::collections::HashSet;

use regula_core::locale::{Arg, Message, Said};
use regula_core::{Decimal, NoExplanation, Recorder, Rule, Step};
use serde::{Deserialize, Serialize};

use crate::candidate::{Assessment, Candidate, CriterionScore, Scored};
use crate::error::RankingError;
use crate::order::order;
use crate::score::{assess, score_message};
use crate::standing::{Standing, describe_tie_break, selected, standing};
use crate::system::PointsSystem;

/// An application that was not ranked, with its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Excluded {
    /// The candidate.
    pub candidate: String,
    /// Why: each `{ message, args, text }`.
    pub reasons: Vec<Said>,
}

/// A ranked candidate (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Placed {
    /// The rank (1 first).
    pub rank: u32,
    /// The candidate.
    pub candidate: String,
    /// The total points.
    pub total: Decimal,
    /// The points per criterion.
    pub breakdown: Vec<CriterionScore>,
    /// A place, the reserve list or neither.
    pub standing: Standing,
}

/// The result of one ranking (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Ranking {
    /// The places.
    pub places: u32,
    /// The candidates ranked, best first.
    pub ranking: Vec<Placed>,
    /// The candidates not ranked, in the order given.
    pub excluded: Vec<Excluded>,
}

/// [`rank_with`] on the fast path: nothing is recorded (MO-7).
pub fn rank(
    system: &PointsSystem,
    places: u32,
    reserve: Option<u32>,
    candidates: &[Candidate],
    cite: &Rule,
) -> Result<Ranking, RankingError> {
    rank_with(
        system,
        places,
        reserve,
        candidates,
        cite,
        &mut NoExplanation,
    )
}

/// Ranks `candidates` for `places` places and a reserve list of at most `reserve` (every other
/// ranked candidate when none), each step citing `cite` (MO-7 for an Erasmus+ selection, the
/// scholarship rule for a scholarship): each candidate's points or the reasons it is not ranked,
/// then the order and who has a place. The system is checked first (every problem listed); an
/// id given twice is an error, so the order is total.
pub fn rank_with(
    system: &PointsSystem,
    places: u32,
    reserve: Option<u32>,
    candidates: &[Candidate],
    cite: &Rule,
    recorder: &mut impl Recorder,
) -> Result<Ranking, RankingError> {
    system.check(cite)?;
    let mut ids = HashSet::with_capacity(candidates.len());
    let mut scored = Vec::with_capacity(candidates.len());
    let mut excluded = Vec::new();
    for (index, candidate) in candidates.iter().enumerate() {
        if !ids.insert(candidate.id.as_str()) {
            return Err(RankingError::DuplicateCandidate {
                candidate: candidate.id.clone(),
            });
        }
        match assess(system, candidate)? {
            Assessment::Scored(score) => {
                recorder.record(|| Step::says(cite, score_message(&candidate.id, &score)));
                scored.push(Scored {
                    index,
                    candidate,
                    score,
                });
            }
            Assessment::Excluded(reasons) => {
                recorder.record(|| {
                    Step::says(
                        cite,
                        Message::new("ranking-not-ranked")
                            .arg("candidate", candidate.id.as_str())
                            .arg("reasons", Arg::List(reasons.clone())),
                    )
                });
                excluded.push(Excluded {
                    candidate: candidate.id.clone(),
                    reasons: reasons.into_iter().map(Said).collect(),
                });
            }
        }
    }
    order(system, &mut scored);
    let ranking: Vec<Placed> = scored
        .into_iter()
        .enumerate()
        .map(|(i, s)| Placed {
            rank: u32::try_from(i + 1).unwrap_or(u32::MAX),
            candidate: s.candidate.id.clone(),
            total: s.score.total.normalize(),
            breakdown: s.score.breakdown,
            standing: standing(i, places, reserve),
        })
        .collect();
    recorder.record(|| {
        let given = ranking
            .iter()
            .filter(|p| p.standing == Standing::Place)
            .map(|p| p.candidate.as_str());
        Step::says(
            cite,
            Message::new("ranking-ranked")
                .arg("ranked", ranking.len())
                .arg("places", u64::from(places))
                .arg("tie_break", describe_tie_break(&system.tie_break))
                .arg("selected", selected(given)),
        )
    });
    Ok(Ranking {
        places,
        ranking,
        excluded,
    })
}
