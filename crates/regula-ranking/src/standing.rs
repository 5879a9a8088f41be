//! Where a ranked candidate stands (MO-7): a place, a position on the reserve list, or neither;
//! and the words that describe the order and those given a place.

use std::borrow::Cow;

use regula_core::locale::{Arg, Message};
use serde::{Deserialize, Serialize};

use crate::system::TieBreak;

/// Where a ranked candidate stands (MO-7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Standing {
    /// Given a place.
    Place,
    /// On the reserve list, at this position (1 first).
    Reserve {
        /// The position.
        position: u32,
    },
    /// Ranked below the places and the reserve list.
    NotSelected,
}

/// The standing of the candidate ranked at `index` (0 first) (MO-7): the first `places` have a
/// place, the next `reserve` (all the others when none) are on the reserve list, in order.
pub fn standing(index: usize, places: u32, reserve: Option<u32>) -> Standing {
    let places = places as usize;
    let reserve = reserve.map_or(usize::MAX, |r| r as usize);
    if index < places {
        Standing::Place
    } else if index - places < reserve {
        Standing::Reserve {
            position: u32::try_from(index - places + 1).unwrap_or(u32::MAX),
        }
    } else {
        Standing::NotSelected
    }
}

/// The published tie-break (MO-7), the candidate id last: a message per key, as one list.
pub fn describe_tie_break(tie_break: &[TieBreak]) -> Arg {
    let mut parts: Vec<Message> = tie_break
        .iter()
        .map(|t| match t {
            TieBreak::HigherCriterion(id) => {
                Message::new("ranking-tie-higher").arg("criterion", id.as_str())
            }
            TieBreak::EarlierSubmission => Message::new("ranking-tie-earlier"),
            TieBreak::CandidateId => Message::new("ranking-tie-id"),
        })
        .collect();
    if !tie_break.contains(&TieBreak::CandidateId) {
        parts.push(Message::new("ranking-tie-id"));
    }
    Arg::Enumeration(parts.into_iter().map(Arg::from).collect())
}

/// The candidates given a place, by id, or "nobody" (MO-7).
pub fn selected<'a>(ids: impl Iterator<Item = &'a str>) -> Arg {
    let ids: Vec<&str> = ids.collect();
    if ids.is_empty() {
        Arg::Term(Cow::Borrowed("ranking-nobody"))
    } else {
        Arg::from(ids.join(", "))
    }
}
