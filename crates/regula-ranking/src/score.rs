//! A candidate's points (MO-7): each criterion's value on its scale times its weight, summed;
//! the minimums it falls below; the sentence that shows the sum.

use regula_core::locale::{Arg, Message};
use regula_core::{Decimal, ValueError};

use crate::candidate::{Assessment, Candidate, CriterionScore, Score};
use crate::error::{CandidateProblem as P, RankingError};
use crate::steps;
use crate::system::{Criterion, PointsSystem, Scale};

/// A candidate's points per criterion and their total (MO-7); a value outside its scale, an
/// unknown criterion or activity, or a missing required score is an error naming it.
pub fn score(criteria: &[Criterion], candidate: &Candidate) -> Result<Score, RankingError> {
    let a = candidate;
    for id in a.scores.keys().chain(a.activities.keys()) {
        if !criteria.iter().any(|c| &c.id == id) {
            return Err(invalid(
                a,
                P::UnknownCriterion {
                    criterion: id.clone(),
                },
            ));
        }
    }
    let mut total = Decimal::ZERO;
    let mut breakdown = Vec::with_capacity(criteria.len());
    for c in criteria {
        let raw = value_of(c, a)?;
        let assessed = raw.is_some();
        let value = match raw {
            Some(v) => steps_points(c, a, v)?,
            // An activity criterion without activities is assessed as none proven.
            None if matches!(c.scale, Scale::Activities { .. }) || c.optional => Decimal::ZERO,
            None => {
                return Err(invalid(
                    a,
                    P::MissingScore {
                        criterion: c.id.clone(),
                    },
                ));
            }
        };
        let points = value
            .checked_mul(c.weight)
            .ok_or(ValueError::Overflow {
                what: "weighted criterion points",
            })?
            .normalize();
        total = total.checked_add(points).ok_or(ValueError::Overflow {
            what: "a candidate's points",
        })?;
        breakdown.push(CriterionScore {
            criterion: c.id.clone(),
            value,
            weight: c.weight,
            points,
            assessed,
            raw: raw.filter(|_| matches!(c.scale, Scale::Steps { .. })),
        });
    }
    Ok(Score { total, breakdown })
}

/// The error of a candidate's value.
fn invalid(a: &Candidate, problem: P) -> RankingError {
    RankingError::Candidate {
        candidate: a.id.clone(),
        problem,
    }
}

/// The points a step scale gives the raw value `v` (MO-7); any other scale's value is its own.
/// A value with more decimals than the scale's, or in no band, is an error naming it.
fn steps_points(c: &Criterion, a: &Candidate, v: Decimal) -> Result<Decimal, RankingError> {
    let Scale::Steps {
        decimals, bands, ..
    } = &c.scale
    else {
        return Ok(v);
    };
    if !steps::fits(v, *decimals) {
        return Err(invalid(
            a,
            P::TooManyDecimals {
                criterion: c.id.clone(),
                value: v,
                decimals: *decimals,
            },
        ));
    }
    match steps::band_of(bands, v) {
        Some(band) => Ok(band.points),
        None => Err(invalid(
            a,
            P::InNoBand {
                criterion: c.id.clone(),
                value: v,
            },
        )),
    }
}

/// The raw value of one criterion, checked against its scale; none when not given.
fn value_of(c: &Criterion, a: &Candidate) -> Result<Option<Decimal>, RankingError> {
    let wrong = |problem| {
        invalid(
            a,
            P::WrongScoreKind {
                criterion: c.id.clone(),
                problem,
            },
        )
    };
    match &c.scale {
        Scale::Steps { bands, .. } => {
            if a.activities.contains_key(&c.id) {
                return Err(wrong("is scored by a value, not by activities"));
            }
            let value = a.scores.get(&c.id).copied();
            match (value, steps::span(bands)) {
                (Some(v), Some((min, max))) if v < min || v > max => Err(invalid(
                    a,
                    P::ScoreOutOfScale {
                        criterion: c.id.clone(),
                        value: v,
                        min,
                        max,
                    },
                )),
                _ => Ok(value),
            }
        }
        Scale::Range { min, max } => {
            if a.activities.contains_key(&c.id) {
                return Err(wrong("is scored by a value, not by activities"));
            }
            match a.scores.get(&c.id) {
                Some(v) if v < min || v > max => Err(invalid(
                    a,
                    P::ScoreOutOfScale {
                        criterion: c.id.clone(),
                        value: *v,
                        min: *min,
                        max: *max,
                    },
                )),
                found => Ok(found.copied()),
            }
        }
        Scale::Activities { points, cap } => {
            if a.scores.contains_key(&c.id) {
                return Err(wrong("is scored by activities, not by a value"));
            }
            let Some(list) = a.activities.get(&c.id) else {
                return Ok(None);
            };
            let mut sum = Decimal::ZERO;
            for kind in list {
                let Some(p) = points.get(kind) else {
                    return Err(invalid(
                        a,
                        P::UnknownActivity {
                            criterion: c.id.clone(),
                            activity: kind.clone(),
                        },
                    ));
                };
                sum = sum.checked_add(*p).ok_or(ValueError::Overflow {
                    what: "activity points",
                })?;
            }
            Ok(Some(cap.map_or(sum, |cap| sum.min(cap))))
        }
    }
}

/// A candidate scored, or the reasons it is not ranked (MO-7): the caller's exclusions, then each
/// criterion minimum its values fall below. An input error is an error even for a candidate the
/// caller excludes: every value is checked.
pub fn assess(system: &PointsSystem, candidate: &Candidate) -> Result<Assessment, RankingError> {
    let score = score(&system.criteria, candidate)?;
    let below = below_minimum(&system.criteria, &score.breakdown);
    if candidate.exclusions.is_empty() && below.is_empty() {
        return Ok(Assessment::Scored(score));
    }
    Ok(Assessment::Excluded(
        candidate.exclusions.iter().cloned().chain(below).collect(),
    ))
}

/// The minimums a candidate's values fall below (MO-7), each a reason not to rank the candidate
/// naming the criterion, its value and the minimum — a step scale's raw value, not its points; an optional criterion not assessed is not
/// held to its minimum.
fn below_minimum(criteria: &[Criterion], breakdown: &[CriterionScore]) -> Vec<Message> {
    criteria
        .iter()
        .zip(breakdown)
        .filter_map(|(c, s)| {
            let minimum = c.minimum?;
            let held = s.assessed || !c.optional || matches!(c.scale, Scale::Activities { .. });
            let value = s.raw.unwrap_or(s.value);
            (held && value < minimum).then(|| {
                Message::new("ranking-below-minimum")
                    .arg("criterion", c.id.as_str())
                    .arg("value", Arg::Number(value))
                    .arg("minimum", Arg::Number(minimum))
            })
        })
        .collect()
}

/// The sentence of a candidate's points (MO-7): "S1 has 71 points: weighted_average 9 × 5 + …";
/// a step scale's term shows the raw value and its band's points ("average 8.75 → 4 × 1").
pub fn score_message(candidate: &str, score: &Score) -> Message {
    let terms: Vec<Message> = score
        .breakdown
        .iter()
        .map(|c| {
            if let (true, Some(raw)) = (c.assessed, c.raw) {
                Message::new("ranking-criterion-step")
                    .arg("criterion", c.criterion.as_str())
                    .arg("raw", Arg::Number(raw))
                    .arg("value", Arg::Number(c.value))
                    .arg("weight", Arg::Number(c.weight))
            } else if c.assessed {
                Message::new("ranking-criterion-assessed")
                    .arg("criterion", c.criterion.as_str())
                    .arg("value", Arg::Number(c.value))
                    .arg("weight", Arg::Number(c.weight))
            } else {
                Message::new("ranking-criterion-not-assessed")
                    .arg("criterion", c.criterion.as_str())
            }
        })
        .collect();
    Message::new("ranking-score")
        .arg("candidate", candidate)
        .arg("total", Arg::Points(score.total.normalize()))
        .arg("terms", Arg::Addends(terms))
}
