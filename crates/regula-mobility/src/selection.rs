//! Selection (MO-7, MO-8): each candidate's points with their breakdown, the ranking per field
//! with the published tie-break, the places and the reserve list, the committee's vote and
//! minutes, and the grant conditions that keep a positive decision provisional.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{Breach, Decimal, Decision, NoExplanation, Recorder, Step};
use regula_ranking::{
    Assessment, Candidate, CriterionScore, Excluded, Scored, Standing, assess, describe_tie_break,
    order, score_message, selected, standing,
};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::award::Award;
use crate::call::{Committee, FieldPlaces};
use crate::policy::{Criterion, MobilityPolicy};
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

/// The application as the ranking engine sees it (MO-7): its id, values and completion time, and
/// every reason found not to rank it.
fn candidate_of(a: &Application) -> Candidate {
    Candidate {
        id: a.candidate.clone(),
        scores: a.scores.clone(),
        activities: a.activities.clone(),
        submitted_at: a.completed_at,
        exclusions: a
            .exclusions
            .iter()
            .map(|r| Message::new("mobility-exclusion-given").arg("reason", r.as_str()))
            .chain(a.found_exclusions.iter().cloned())
            .collect(),
    }
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
    let candidates: Vec<Candidate> = applications.iter().map(candidate_of).collect();
    let mut fields_of: HashMap<&str, &str> = HashMap::with_capacity(applications.len());
    let mut ranked: Vec<Vec<Scored>> = fields.iter().map(|_| Vec::new()).collect();
    let mut excluded: Vec<Vec<Excluded>> = fields.iter().map(|_| Vec::new()).collect();
    let mut seen: std::collections::HashSet<(&str, &str)> =
        std::collections::HashSet::with_capacity(applications.len());
    for (index, (a, candidate)) in applications.iter().zip(&candidates).enumerate() {
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
        match assess(&policy.points, candidate)? {
            Assessment::Excluded(reasons) => {
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
            }
            Assessment::Scored(score) => {
                recorder.record(|| Step::says(&MO_7, score_message(&a.candidate, &score)));
                ranked[fi].push(Scored {
                    index,
                    candidate,
                    score,
                });
            }
        }
    }

    let mut results = Vec::with_capacity(fields.len());
    for ((field, mut scored), excluded) in fields.iter().zip(ranked).zip(excluded) {
        order(&policy.points, &mut scored);
        let ranking: Vec<Ranked> = scored
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let outcome = match standing(i, field.places, policy.reserve_list) {
                    Standing::Place => {
                        let progress = applications.get(s.index).map(|a| a.progress);
                        let met = |w: &Awaited| match w {
                            Awaited::EnrolmentProof => progress.is_some_and(|p| p.enrolment_proof),
                            Awaited::LearningAgreement => {
                                progress.is_some_and(|p| p.learning_agreement_signed)
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
                    }
                    Standing::Reserve { position } => Outcome::Reserve { position },
                    Standing::NotSelected => Outcome::NotSelected,
                };
                Ranked {
                    rank: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    candidate: s.candidate.id.clone(),
                    total: s.score.total.normalize(),
                    breakdown: s.score.breakdown,
                    outcome,
                }
            })
            .collect();
        recorder.record(|| {
            let given = ranking
                .iter()
                .filter(|r| matches!(r.outcome, Outcome::Selected { .. }))
                .map(|r| r.candidate.as_str());
            Step::says(
                &MO_7,
                Message::new("mobility-field-ranked")
                    .arg("field", field.field.as_str())
                    .arg("ranked", ranking.len())
                    .arg("places", u64::from(field.places))
                    .arg("tie_break", describe_tie_break(&policy.points.tie_break))
                    .arg("selected", selected(given)),
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

/// A candidate's points per criterion and their total (MO-7); a value outside its scale, an
/// unknown criterion or activity, or a missing required score is an error naming it.
pub fn score(
    criteria: &[Criterion],
    a: &Application,
) -> Result<(Decimal, Vec<CriterionScore>), MobilityError> {
    let score = regula_ranking::score(criteria, &candidate_of(a))?;
    Ok((score.total, score.breakdown))
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
