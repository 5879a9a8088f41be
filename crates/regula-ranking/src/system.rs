//! The published points system (MO-7) as policy: criteria, scales, weights, minimums and the
//! tie-breaks, with the checks made when a policy is read.

use std::collections::{BTreeMap, HashSet};

use regula_core::{Decimal, InvalidPolicy, ParameterProblem, Problems, Rule};
use serde::{Deserialize, Serialize};

use crate::steps::{self, Band, Covers};

/// How a criterion of the points system is scored (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Scale {
    /// A value the committee gives (or a record holds, like the weighted average), from `min` to
    /// `max`; a value outside is an error, never clamped.
    Range {
        /// The lowest value.
        #[serde(deserialize_with = "regula_core::exact::decimal")]
        min: Decimal,
        /// The highest value.
        #[serde(deserialize_with = "regula_core::exact::decimal")]
        max: Decimal,
    },
    /// Points per proven activity, by its kind (a student conference with a mention, a
    /// publication of class A…), summed and capped.
    Activities {
        /// The points of each kind of activity.
        #[serde(deserialize_with = "regula_core::exact::by_name")]
        points: BTreeMap<String, Decimal>,
        /// The most the criterion can give before its weight, or none.
        #[serde(default, deserialize_with = "regula_core::exact::optional")]
        cap: Option<Decimal>,
    },
    /// A step scale: the raw value (an average, a grade) with at most `decimals` decimals falls in
    /// one band, which gives the points ("9.00–10.00: 5 points, 8.00–8.99: 4 points"). A value
    /// in no band, or with more decimals, is an error, never rounded or clamped. The candidate's
    /// raw value stays what a minimum and a tie-break compare.
    Steps {
        /// The decimals of the raw values (2: `8.99`); two bands are adjacent when the next
        /// starts one unit of this precision after the previous ends (8.99, then 9.00).
        decimals: u32,
        /// The bands, in any order; no two overlap.
        bands: Vec<Band>,
        /// The range the bands cover without a gap, when the policy says they do: checked on
        /// load. Without it, gaps between bands are allowed (a value in one is an error).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        covers: Option<Covers>,
    },
}

impl Scale {
    /// The lowest and highest raw value the scale reads (MO-7): a range's bounds, 0 and the cap
    /// for activities (no highest without a cap), the bands' ends for a step scale.
    pub fn bounds(&self) -> (Decimal, Option<Decimal>) {
        match self {
            Scale::Range { min, max } => (*min, Some(*max)),
            Scale::Activities { cap, .. } => (Decimal::ZERO, *cap),
            Scale::Steps { bands, .. } => match steps::span(bands) {
                Some((low, high)) => (low, Some(high)),
                None => (Decimal::ZERO, Some(Decimal::ZERO)),
            },
        }
    }
}

/// A criterion of the points system (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// Its id, as applications name it.
    pub id: String,
    /// What it measures, as published.
    pub label: String,
    /// What one unit of the scale is worth; never negative.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub weight: Decimal,
    /// How it is scored.
    pub scale: Scale,
    /// Whether a candidate may have no score for it (the optional interview): it then gives 0.
    #[serde(default)]
    pub optional: bool,
    /// The lowest value on its scale a candidate must have to be ranked at all ("an average of at
    /// least 6, an interview of at least 7"); none when absent (the ITP regulation sets none).
    /// A candidate below it is not ranked, and the explanation names the minimum. An optional
    /// criterion that was not assessed is not held to it; activities count as assessed, with
    /// the points of those proven (0 when none). On a step scale it is a raw value (an average
    /// of 6.00), not the band's points.
    #[serde(default, deserialize_with = "regula_core::exact::optional")]
    pub minimum: Option<Decimal>,
}

impl Criterion {
    /// A required criterion scored on the range `min..=max`, labelled by its id, without a
    /// minimum (MO-7): what a caller building a system in code starts from.
    pub fn range(id: &str, weight: Decimal, min: Decimal, max: Decimal) -> Self {
        Criterion {
            id: id.into(),
            label: id.into(),
            weight,
            scale: Scale::Range { min, max },
            optional: false,
            minimum: None,
        }
    }
}

/// How equal totals are ordered, in turn (MO-7: the system is published, so the tie-break is too):
/// "ties broken by the year's average, then by the language grade".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TieBreak {
    /// The higher value of this criterion on its scale first — its raw value, not its weighted
    /// points, so that a criterion of weight 0 kept only to order ties (an ordering-only
    /// criterion) does order them.
    HigherCriterion(String),
    /// The application completed earlier first (its last document handed in).
    EarlierSubmission,
    /// The candidate id, in ascending order: a last, deterministic resort.
    CandidateId,
}

impl TieBreak {
    /// The tie-break as a policy writes it: `earlier_submission`, `higher_criterion: average`.
    pub fn key(&self) -> String {
        match self {
            TieBreak::HigherCriterion(id) => format!("higher_criterion: {id}"),
            TieBreak::EarlierSubmission => "earlier_submission".into(),
            TieBreak::CandidateId => "candidate_id".into(),
        }
    }
}

/// The published points system (MO-7), reviewed yearly by the committee. Checked with the
/// mobility policy when it is read: a negative weight or an empty scale is an error naming the
/// criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PointsSystem {
    /// The criteria, in the order the minutes list them.
    pub criteria: Vec<Criterion>,
    /// How ties are broken, in turn; the candidate id always ends the list.
    pub tie_break: Vec<TieBreak>,
}

impl PointsSystem {
    /// `Ok` when [`PointsSystem::problems`] finds none; otherwise every problem, as an invalid
    /// `ranking` policy (MO-7, or the rule cited).
    pub fn check(&self, rule: &Rule) -> Result<(), InvalidPolicy> {
        let problems = self.problems(rule);
        if problems.is_empty() {
            return Ok(());
        }
        Err(InvalidPolicy {
            domain: "ranking",
            version: None,
            problems,
        })
    }

    /// Every problem of the system, each citing `rule` (MO-7 for an Erasmus+ selection): an id
    /// used twice, a negative weight, an empty scale, negative
    /// points or cap, a step scale's bands out of order, overlapping or — where they cover a
    /// range — with a gap, a minimum off the scale, a tie-break on a criterion it does not have, a
    /// tie-break listed twice.
    pub fn problems(&self, rule: &Rule) -> Vec<ParameterProblem> {
        let cite = &rule.id;
        let mut found = Problems::new();
        let mut ids = HashSet::new();
        for (i, c) in self.criteria.iter().enumerate() {
            let at = |field: &str| format!("criteria[{i}].{field}");
            found.check(
                ids.insert(c.id.as_str()),
                at("id"),
                &c.id,
                format!("the id is used twice ({cite})"),
            );
            found.check(
                c.weight >= Decimal::ZERO,
                at("weight"),
                c.weight,
                format!("criterion `{}`: a weight cannot be negative ({cite})", c.id),
            );
            if let Some(minimum) = c.minimum {
                let (low, high) = c.scale.bounds();
                found.check(
                    minimum >= low && high.is_none_or(|h| minimum <= h),
                    at("minimum"),
                    minimum,
                    format!(
                        "criterion `{}`: the minimum is off its scale {low}..{} ({cite})",
                        c.id,
                        high.map_or_else(String::new, |h| h.to_string())
                    ),
                );
            }
            match &c.scale {
                Scale::Range { min, max } => found.check(
                    min <= max,
                    at("scale"),
                    format!("{min}..{max}"),
                    format!("criterion `{}`: the scale is empty ({cite})", c.id),
                ),
                Scale::Activities { points, cap } => {
                    for (kind, p) in points {
                        found.check(
                            *p >= Decimal::ZERO,
                            at(&format!("scale.points.{kind}")),
                            p,
                            format!("criterion `{}`: points cannot be negative ({cite})", c.id),
                        );
                    }
                    if let Some(cap) = cap {
                        found.check(
                            *cap >= Decimal::ZERO,
                            at("scale.cap"),
                            cap,
                            format!("criterion `{}`: a cap cannot be negative ({cite})", c.id),
                        );
                    }
                }
                Scale::Steps {
                    decimals,
                    bands,
                    covers,
                } => steps::problems(
                    &mut found,
                    &at("scale"),
                    &c.id,
                    cite.as_str(),
                    *decimals,
                    bands,
                    covers.as_ref(),
                ),
            }
        }
        for (i, t) in self.tie_break.iter().enumerate() {
            found.check(
                !self.tie_break[..i].contains(t),
                format!("tie_break[{i}]"),
                t.key(),
                format!("the tie-break is listed twice ({cite})"),
            );
            if let TieBreak::HigherCriterion(id) = t {
                found.check(
                    ids.contains(id.as_str()),
                    format!("tie_break[{i}]"),
                    id,
                    format!("the tie-break names a criterion the system does not have ({cite})"),
                );
            }
        }
        found.into_vec()
    }
}
