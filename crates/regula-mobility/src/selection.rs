//! Selection (MO-7, MO-8): each candidate's points with their breakdown, the ranking per field
//! with the published tie-break, the places and the reserve list, the committee's vote and
//! minutes, and the grant conditions that keep a positive decision provisional.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{Breach, Decimal, Decision, NoExplanation, Recorder, Step, ValueError};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::award::Award;
use crate::call::{Committee, FieldPlaces};
use crate::policy::{Criterion, MobilityPolicy, Scale, TieBreak};
use crate::rules::{MO_7, MO_8};

/// How far a selected candidate's grant has come (MO-8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct GrantProgress {
    /// The host's proof of enrolment (or invitation) is in.
    #[serde(default)]
    pub enrolment_proof: bool,
    /// The learning (or training) agreement is signed.
    #[serde(default)]
    pub learning_agreement_signed: bool,
}

/// An application as the committee scores it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// The candidate's id.
    pub candidate: String,
    /// The candidate's name.
    #[serde(default)]
    pub name: String,
    /// The field applied for.
    pub field: String,
    /// When the dossier was complete (its last needed document), for the tie-break.
    #[serde(default)]
    pub completed_at: Option<Instant>,
    /// The value of each criterion scored on a range, by criterion id.
    #[serde(default)]
    #[serde(deserialize_with = "regula_core::exact::by_name")]
    pub scores: BTreeMap<String, Decimal>,
    /// The proven activities of each criterion scored by activities, by criterion id.
    #[serde(default)]
    pub activities: BTreeMap<String, Vec<String>>,
    /// Why the application is not ranked (ineligible, dossier not considered); none when it is.
    #[serde(default)]
    pub exclusions: Vec<String>,
    /// Reasons to exclude found by Regula itself (eligibility, dossier), each a message; not read
    /// from JSON.
    #[serde(skip)]
    #[schemars(skip)]
    pub found_exclusions: Vec<Message>,
    /// The grant conditions met so far (MO-8).
    #[serde(default)]
    pub progress: GrantProgress,
}

/// One criterion of a candidate's score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CriterionScore {
    /// The criterion.
    pub criterion: String,
    /// The value on its scale (activities: their points, capped); 0 when an optional criterion
    /// was not assessed.
    pub value: Decimal,
    /// The criterion's weight.
    pub weight: Decimal,
    /// `value × weight`.
    pub points: Decimal,
    /// Whether the criterion was assessed.
    pub assessed: bool,
}

/// Where a ranked candidate stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Outcome {
    /// Given a place. Provisional until the conditions of MO-8 are all met.
    Selected {
        /// The grant is confirmed: enrolment proof, learning agreement and funding are in.
        grant_confirmed: bool,
        /// What the grant still waits for (MO-8).
        waiting_for: Vec<Awaited>,
    },
    /// On the reserve list, at this position (1 first).
    Reserve {
        /// The position.
        position: u32,
    },
    /// Ranked below the places and the reserve list.
    NotSelected,
}

/// A ranked candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Ranked {
    /// The rank in the field (1 first).
    pub rank: u32,
    /// The candidate.
    pub candidate: String,
    /// The total points.
    pub total: Decimal,
    /// The points per criterion.
    pub breakdown: Vec<CriterionScore>,
    /// The outcome.
    pub outcome: Outcome,
}

/// What a provisional selection still waits for before the grant is confirmed (MO-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Awaited {
    /// The host's proof of enrolment (*dovada de înmatriculare*).
    EnrolmentProof,
    /// The signed learning agreement (*acordul de studiu*).
    LearningAgreement,
    /// The institution's funding from the national agency.
    Funding,
}

impl Awaited {
    /// Every condition, in the order of the regulation (MO-8).
    pub const ALL: [Awaited; 3] = [
        Awaited::EnrolmentProof,
        Awaited::LearningAgreement,
        Awaited::Funding,
    ];

    /// The condition as a policy writes it: `enrolment_proof`.
    pub const fn key(self) -> &'static str {
        match self {
            Awaited::EnrolmentProof => "enrolment_proof",
            Awaited::LearningAgreement => "learning_agreement",
            Awaited::Funding => "funding",
        }
    }

    /// What is awaited, as a word of the regulation (MO-8).
    pub fn term(self) -> Arg {
        Arg::Term(std::borrow::Cow::Borrowed(match self {
            Awaited::EnrolmentProof => "mobility-awaited-enrolment-proof",
            Awaited::LearningAgreement => "mobility-awaited-learning-agreement",
            Awaited::Funding => "mobility-awaited-funding",
        }))
    }
}

/// What is awaited, as one list of words.
fn awaited(waiting_for: &[Awaited]) -> Arg {
    Arg::Enumeration(waiting_for.iter().map(|w| w.term()).collect())
}

/// An application that was not ranked, with its reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Excluded {
    /// The candidate.
    pub candidate: String,
    /// Why: each `{ message, args, text }`.
    pub reasons: Vec<Said>,
}

/// The result of one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FieldResult {
    /// The field.
    pub field: String,
    /// Its places.
    pub places: u32,
    /// The eligible candidates, best first.
    pub ranking: Vec<Ranked>,
    /// The applications not ranked.
    pub excluded: Vec<Excluded>,
}

impl FieldResult {
    /// How many candidates were given a place.
    pub fn selected(&self) -> usize {
        self.ranking
            .iter()
            .filter(|r| matches!(r.outcome, Outcome::Selected { .. }))
            .count()
    }
}

/// The result of a selection, field by field in the call's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Selection {
    /// What was awarded, as the policy names it (MO-7).
    pub award: Award,
    /// Each field.
    pub fields: Vec<FieldResult>,
}

impl fmt::Display for Selection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, field) in self.fields.iter().enumerate() {
            if i > 0 {
                f.write_str("\n\n")?;
            }
            let header = Message::new("mobility-field-header")
                .arg("field", field.field.as_str())
                .arg("places", u64::from(field.places))
                .arg("selected", field.selected());
            write!(f, "{header}")?;
            for r in &field.ranking {
                let outcome = match &r.outcome {
                    Outcome::Selected {
                        grant_confirmed: true,
                        ..
                    } => Message::new("mobility-outcome-confirmed")
                        .arg("award", self.award.one())
                        .arg("confirmed", self.award.confirmed()),
                    Outcome::Selected { waiting_for, .. } => {
                        Message::new("mobility-outcome-provisional")
                            .arg("waiting", awaited(waiting_for))
                    }
                    Outcome::Reserve { position } => Message::new("mobility-outcome-reserve")
                        .arg("position", u64::from(*position)),
                    Outcome::NotSelected => Message::new("mobility-outcome-not-selected"),
                };
                write!(
                    f,
                    "\n{:>3}. {:<12} {:>7}  {outcome}",
                    r.rank,
                    r.candidate,
                    Arg::Number(r.total).render(regula_core::locale::current())
                )?;
            }
            for e in &field.excluded {
                let excluded = Message::new("mobility-excluded").arg(
                    "reasons",
                    Arg::List(e.reasons.iter().map(|r| r.0.clone()).collect()),
                );
                write!(f, "\n  –  {:<12} {excluded}", e.candidate)?;
            }
        }
        Ok(())
    }
}

/// The outcome of [`select_explained`] alone, on the fast path: nothing is recorded.
pub fn select(
    policy: &MobilityPolicy,
    fields: &[FieldPlaces],
    applications: &[Application],
    funding_confirmed: bool,
) -> Result<Selection, MobilityError> {
    select_with(
        policy,
        fields,
        applications,
        funding_confirmed,
        &mut NoExplanation,
    )
}

/// Scores, ranks and allocates every application of the call's fields (MO-7, MO-8).
pub fn select_explained(
    policy: &MobilityPolicy,
    fields: &[FieldPlaces],
    applications: &[Application],
    funding_confirmed: bool,
) -> Result<Decision<Selection>, MobilityError> {
    Decision::explained(|why| select_with(policy, fields, applications, funding_confirmed, why))
}

struct Scored<'a> {
    application: &'a Application,
    total: Decimal,
    breakdown: Vec<CriterionScore>,
}

/// [`select`] recording its steps into any [`Recorder`].
pub fn select_with(
    policy: &MobilityPolicy,
    fields: &[FieldPlaces],
    applications: &[Application],
    funding_confirmed: bool,
    recorder: &mut impl Recorder,
) -> Result<Selection, MobilityError> {
    // The policy is checked when it is loaded; a policy built in code is checked here, the same way.
    regula_core::CheckedPolicy::check(policy)?;
    let mut field_index: HashMap<&str, usize> = HashMap::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        if field_index.insert(f.field.as_str(), i).is_some() {
            return Err(MobilityError::DuplicateField {
                field: f.field.clone(),
            });
        }
    }
    let mut fields_of: HashMap<&str, &str> = HashMap::with_capacity(applications.len());
    let mut ranked: Vec<Vec<Scored>> = fields.iter().map(|_| Vec::new()).collect();
    let mut excluded: Vec<Vec<Excluded>> = fields.iter().map(|_| Vec::new()).collect();
    let mut seen: std::collections::HashSet<(&str, &str)> =
        std::collections::HashSet::with_capacity(applications.len());
    for a in applications {
        let Some(&fi) = field_index.get(a.field.as_str()) else {
            return Err(MobilityError::UnknownField {
                candidate: a.candidate.clone(),
                field: a.field.clone(),
            });
        };
        if !seen.insert((a.candidate.as_str(), a.field.as_str())) {
            return Err(MobilityError::DuplicateApplication {
                candidate: a.candidate.clone(),
                field: a.field.clone(),
            });
        }
        if let Some(first) = fields_of.insert(&a.candidate, &a.field)
            && policy.one_field_per_candidate
        {
            return Err(MobilityError::CandidateInTwoFields {
                candidate: a.candidate.clone(),
                first: first.to_owned(),
                second: a.field.clone(),
            });
        }
        let (total, breakdown) = score(&policy.points.criteria, a)?;
        let below = below_minimum(&policy.points.criteria, &breakdown);
        if !a.exclusions.is_empty() || !a.found_exclusions.is_empty() || !below.is_empty() {
            let reasons: Vec<Message> = a
                .exclusions
                .iter()
                .map(|r| Message::new("mobility-exclusion-given").arg("reason", r.as_str()))
                .chain(a.found_exclusions.iter().cloned())
                .chain(below)
                .collect();
            recorder.record(|| {
                Step::says(
                    &MO_7,
                    Message::new("mobility-not-ranked")
                        .arg("candidate", a.candidate.as_str())
                        .arg("field", a.field.as_str())
                        .arg("reasons", Arg::List(reasons.clone())),
                )
            });
            excluded[fi].push(Excluded {
                candidate: a.candidate.clone(),
                reasons: reasons.into_iter().map(Said).collect(),
            });
            continue;
        }
        recorder.record(|| {
            let terms: Vec<Message> = breakdown
                .iter()
                .map(|c| {
                    if c.assessed {
                        Message::new("mobility-criterion-assessed")
                            .arg("criterion", c.criterion.as_str())
                            .arg("value", Arg::Number(c.value))
                            .arg("weight", Arg::Number(c.weight))
                    } else {
                        Message::new("mobility-criterion-not-assessed")
                            .arg("criterion", c.criterion.as_str())
                    }
                })
                .collect();
            Step::says(
                &MO_7,
                Message::new("mobility-score")
                    .arg("candidate", a.candidate.as_str())
                    .arg("total", Arg::Points(total.normalize()))
                    .arg("terms", Arg::Addends(terms)),
            )
        });
        ranked[fi].push(Scored {
            application: a,
            total,
            breakdown,
        });
    }

    let tie_break: Vec<TieKey> = policy
        .points
        .tie_break
        .iter()
        .map(|t| match t {
            TieBreak::HigherCriterion(id) => TieKey::Criterion(
                policy
                    .points
                    .criteria
                    .iter()
                    .position(|c| &c.id == id)
                    .unwrap_or(usize::MAX),
            ),
            TieBreak::EarlierSubmission => TieKey::Earlier,
            TieBreak::CandidateId => TieKey::Id,
        })
        .collect();

    let mut results = Vec::with_capacity(fields.len());
    for ((field, mut scored), excluded) in fields.iter().zip(ranked).zip(excluded) {
        scored.sort_by(|a, b| compare(a, b, &tie_break));
        let places = field.places as usize;
        let reserve = policy.reserve_list.map_or(usize::MAX, |r| r as usize);
        let ranking: Vec<Ranked> = scored
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let outcome = if i < places {
                    let met = |w: &Awaited| match w {
                        Awaited::EnrolmentProof => s.application.progress.enrolment_proof,
                        Awaited::LearningAgreement => {
                            s.application.progress.learning_agreement_signed
                        }
                        Awaited::Funding => funding_confirmed,
                    };
                    // In the order the regulation lists them, whatever the policy's order.
                    let waiting_for: Vec<Awaited> = Awaited::ALL
                        .into_iter()
                        .filter(|w| policy.award.confirmed_by.contains(w) && !met(w))
                        .collect();
                    Outcome::Selected {
                        grant_confirmed: waiting_for.is_empty(),
                        waiting_for,
                    }
                } else if i - places < reserve {
                    Outcome::Reserve {
                        position: u32::try_from(i - places + 1).unwrap_or(u32::MAX),
                    }
                } else {
                    Outcome::NotSelected
                };
                Ranked {
                    rank: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    candidate: s.application.candidate.clone(),
                    total: s.total.normalize(),
                    breakdown: s.breakdown,
                    outcome,
                }
            })
            .collect();
        recorder.record(|| {
            let selected: Vec<&str> = ranking
                .iter()
                .take(places)
                .map(|r| r.candidate.as_str())
                .collect();
            let selected = if selected.is_empty() {
                Arg::Term(std::borrow::Cow::Borrowed("mobility-nobody"))
            } else {
                Arg::from(selected.join(", "))
            };
            Step::says(
                &MO_7,
                Message::new("mobility-field-ranked")
                    .arg("field", field.field.as_str())
                    .arg("ranked", ranking.len())
                    .arg("places", u64::from(field.places))
                    .arg("tie_break", describe_tie_break(&policy.points.tie_break))
                    .arg("selected", selected),
            )
        });
        for r in &ranking {
            if let Outcome::Selected {
                grant_confirmed,
                waiting_for,
            } = &r.outcome
            {
                recorder.record(|| {
                    Step::says(
                        &MO_8,
                        if *grant_confirmed {
                            Message::new("mobility-grant-confirmed")
                                .arg("candidate", r.candidate.as_str())
                                .arg("the_award", policy.award.the())
                                .arg("confirmed", policy.award.confirmed())
                        } else {
                            Message::new("mobility-grant-provisional")
                                .arg("candidate", r.candidate.as_str())
                                .arg("waiting", awaited(waiting_for))
                        },
                    )
                });
            }
        }
        results.push(FieldResult {
            field: field.field.clone(),
            places: field.places,
            ranking,
            excluded,
        });
    }
    Ok(Selection {
        award: policy.award.clone(),
        fields: results,
    })
}

/// The published tie-break (MO-7), the candidate id last: a message per key.
fn describe_tie_break(tie_break: &[TieBreak]) -> Arg {
    let mut parts: Vec<Message> = tie_break
        .iter()
        .map(|t| match t {
            TieBreak::HigherCriterion(id) => {
                Message::new("mobility-tie-higher").arg("criterion", id.as_str())
            }
            TieBreak::EarlierSubmission => Message::new("mobility-tie-earlier"),
            TieBreak::CandidateId => Message::new("mobility-tie-id"),
        })
        .collect();
    if !tie_break.contains(&TieBreak::CandidateId) {
        parts.push(Message::new("mobility-tie-id"));
    }
    Arg::Enumeration(parts.into_iter().map(Arg::from).collect())
}

enum TieKey {
    Criterion(usize),
    Earlier,
    Id,
}

/// Best first: the higher total, then the published tie-break, then the candidate id.
fn compare(a: &Scored, b: &Scored, tie_break: &[TieKey]) -> Ordering {
    b.total.cmp(&a.total).then_with(|| {
        for key in tie_break {
            let order = match key {
                // The raw value on the criterion's scale, not its weighted points: a criterion
                // of weight 0 kept only to order ties does order them.
                TieKey::Criterion(i) => {
                    let value = |s: &Scored| s.breakdown.get(*i).map(|c| c.value);
                    value(b).cmp(&value(a))
                }
                // An application with a completion time comes before one without.
                TieKey::Earlier => match (a.application.completed_at, b.application.completed_at) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => Ordering::Equal,
                },
                TieKey::Id => a.application.candidate.cmp(&b.application.candidate),
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        a.application.candidate.cmp(&b.application.candidate)
    })
}

/// The minimums a candidate's values fall below (MO-7), each a reason not to rank the candidate
/// naming the criterion, its value and the minimum; an optional criterion not assessed is not
/// held to its minimum.
fn below_minimum(criteria: &[Criterion], breakdown: &[CriterionScore]) -> Vec<Message> {
    criteria
        .iter()
        .zip(breakdown)
        .filter_map(|(c, s)| {
            let minimum = c.minimum?;
            let held = s.assessed || !c.optional || matches!(c.scale, Scale::Activities { .. });
            (held && s.value < minimum).then(|| {
                Message::new("mobility-below-minimum")
                    .arg("criterion", c.id.as_str())
                    .arg("value", Arg::Number(s.value))
                    .arg("minimum", Arg::Number(minimum))
            })
        })
        .collect()
}

/// A candidate's points per criterion and their total (MO-7); a value outside its scale, an
/// unknown criterion or activity, or a missing required score is an error naming it.
pub fn score(
    criteria: &[Criterion],
    a: &Application,
) -> Result<(Decimal, Vec<CriterionScore>), MobilityError> {
    for id in a.scores.keys().chain(a.activities.keys()) {
        if !criteria.iter().any(|c| &c.id == id) {
            return Err(MobilityError::UnknownCriterion {
                candidate: a.candidate.clone(),
                criterion: id.clone(),
            });
        }
    }
    let mut total = Decimal::ZERO;
    let mut breakdown = Vec::with_capacity(criteria.len());
    for c in criteria {
        let wrong = |problem| MobilityError::WrongScoreKind {
            candidate: a.candidate.clone(),
            criterion: c.id.clone(),
            problem,
        };
        let value = match &c.scale {
            Scale::Range { min, max } => {
                if a.activities.contains_key(&c.id) {
                    return Err(wrong("is scored by a value, not by activities"));
                }
                match a.scores.get(&c.id) {
                    Some(v) if v < min || v > max => {
                        return Err(MobilityError::ScoreOutOfScale {
                            candidate: a.candidate.clone(),
                            criterion: c.id.clone(),
                            value: *v,
                            min: *min,
                            max: *max,
                        });
                    }
                    Some(v) => Some(*v),
                    None => None,
                }
            }
            Scale::Activities { points, cap } => {
                if a.scores.contains_key(&c.id) {
                    return Err(wrong("is scored by activities, not by a value"));
                }
                match a.activities.get(&c.id) {
                    Some(list) => {
                        let mut sum = Decimal::ZERO;
                        for kind in list {
                            let Some(p) = points.get(kind) else {
                                return Err(MobilityError::UnknownActivity {
                                    candidate: a.candidate.clone(),
                                    criterion: c.id.clone(),
                                    activity: kind.clone(),
                                });
                            };
                            sum = sum.checked_add(*p).ok_or(ValueError::Overflow {
                                what: "activity points",
                            })?;
                        }
                        Some(cap.map_or(sum, |cap| sum.min(cap)))
                    }
                    None => None,
                }
            }
        };
        let assessed = value.is_some();
        let value = match value {
            Some(v) => v,
            // An activity criterion without activities is assessed as none proven.
            None if matches!(c.scale, Scale::Activities { .. }) || c.optional => Decimal::ZERO,
            None => {
                return Err(MobilityError::MissingScore {
                    candidate: a.candidate.clone(),
                    criterion: c.id.clone(),
                });
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
        });
    }
    Ok((total, breakdown))
}

/// The committee's vote on the evaluation (MO-7: simple majority).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Votes {
    /// In favour.
    pub in_favour: u32,
    /// Against.
    pub against: u32,
    /// Abstentions.
    #[serde(default)]
    pub abstentions: u32,
}

/// The minutes of the evaluation (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Minutes {
    /// They give the committee's composition.
    pub lists_committee: bool,
    /// They give the selection criteria.
    pub lists_criteria: bool,
    /// They sum up the applications submitted.
    pub lists_applications: bool,
    /// They give the result of each.
    pub lists_results: bool,
    /// The members who signed them, by name.
    pub signed_by: Vec<String>,
    /// The Rector countersigned the decision.
    pub rector_countersigned: bool,
    /// The vote on the evaluation.
    pub votes: Votes,
}

/// Every way the minutes and the vote break MO-7: a missing part, a member's missing signature,
/// a decision without a simple majority (more votes in favour than half of those cast,
/// abstentions included), no Rector's countersignature.
pub fn check_minutes(
    committee: &Committee,
    minutes: &Minutes,
) -> Result<Vec<Breach>, MobilityError> {
    let v = minutes.votes;
    let cast = u64::from(v.in_favour) + u64::from(v.against) + u64::from(v.abstentions);
    if cast > committee.members.len() as u64 {
        return Err(MobilityError::BadVotes {
            problem: format!(
                "{cast} votes cast by a committee of {} members",
                committee.members.len()
            ),
        });
    }
    let mut found = Vec::new();
    for (ok, part) in [
        (minutes.lists_committee, "mobility-minutes-composition"),
        (minutes.lists_criteria, "mobility-minutes-criteria"),
        (minutes.lists_applications, "mobility-minutes-applications"),
        (minutes.lists_results, "mobility-minutes-results"),
    ] {
        if !ok {
            found.push(Breach::new(
                &MO_7,
                Message::new("mobility-minutes-missing-part")
                    .arg("part", Arg::Term(std::borrow::Cow::Borrowed(part))),
            ));
        }
    }
    for m in &committee.members {
        if !minutes.signed_by.iter().any(|s| s == &m.name) {
            found.push(Breach::new(
                &MO_7,
                Message::new("mobility-minutes-unsigned").arg("member", m.name.as_str()),
            ));
        }
    }
    for s in &minutes.signed_by {
        if !committee.members.iter().any(|m| &m.name == s) {
            found.push(Breach::new(
                &MO_7,
                Message::new("mobility-minutes-not-member").arg("signer", s.as_str()),
            ));
        }
    }
    if u64::from(v.in_favour) * 2 <= cast {
        found.push(Breach::new(
            &MO_7,
            Message::new("mobility-minutes-no-majority")
                .arg("in_favour", u64::from(v.in_favour))
                .arg("against", u64::from(v.against))
                .arg("abstentions", u64::from(v.abstentions)),
        ));
    }
    if !minutes.rector_countersigned {
        found.push(Breach::new(
            &MO_7,
            Message::new("mobility-minutes-no-countersignature"),
        ));
    }
    Ok(found)
}
