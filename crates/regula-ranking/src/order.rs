//! The ranking's total order (MO-7): the higher total first, then the published tie-breaks on
//! raw values, the candidate id last.

use std::cmp::Ordering;

use crate::candidate::Scored;
use crate::system::{PointsSystem, TieBreak};

/// A tie-break resolved against the system: a criterion by its position in the breakdown.
enum TieKey {
    Criterion(usize),
    Earlier,
    Id,
}

/// Sorts `scored` best first (MO-7): the higher total, then the system's tie-breaks in turn —
/// a criterion's raw value on its scale (not its weighted points, so that a criterion of weight 0
/// kept only to order ties does order them), the earlier complete application — then the
/// candidate id. A total order: the result does not depend on the order of `scored` unless two
/// candidates share an id.
pub fn order(system: &PointsSystem, scored: &mut [Scored<'_>]) {
    let keys: Vec<TieKey> = system
        .tie_break
        .iter()
        .map(|t| match t {
            TieBreak::HigherCriterion(id) => TieKey::Criterion(
                system
                    .criteria
                    .iter()
                    .position(|c| &c.id == id)
                    .unwrap_or(usize::MAX),
            ),
            TieBreak::EarlierSubmission => TieKey::Earlier,
            TieBreak::CandidateId => TieKey::Id,
        })
        .collect();
    scored.sort_by(|a, b| compare(a, b, &keys));
}

/// Best first: the higher total, then the tie-breaks, then the candidate id.
fn compare(a: &Scored<'_>, b: &Scored<'_>, keys: &[TieKey]) -> Ordering {
    b.score.total.cmp(&a.score.total).then_with(|| {
        for key in keys {
            let order = match key {
                TieKey::Criterion(i) => {
                    let value = |s: &Scored<'_>| {
                        s.score.breakdown.get(*i).map(|c| c.raw.unwrap_or(c.value))
                    };
                    value(b).cmp(&value(a))
                }
                // A candidate with a completion time comes before one without.
                TieKey::Earlier => match (a.candidate.submitted_at, b.candidate.submitted_at) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                },
                TieKey::Id => a.candidate.id.cmp(&b.candidate.id),
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        a.candidate.id.cmp(&b.candidate.id)
    })
}
