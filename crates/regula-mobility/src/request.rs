//! Requests and responses of `regula mobility eligibility|dossier|select|calendar`.

use std::fmt;

use chrono::NaiveDate;
use regula_calendar::{Calendar, ClosedDay, Instant};
use regula_core::{Breach, Decision, Explanation, PolicyApplied, PolicyHistory, Versioned};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::call::{Call, validate_call};
use crate::dossier::{Dossier, DossierStatus, DossierVerdict, check_dossier};
use crate::eligibility::{Applicant, EligibilityVerdict, eligibility};
use crate::policy::MobilityPolicy;
use crate::schedule::{HandedIn, MobilityCalendar, Trip, mobility_calendar};
use crate::selection::{Application, Minutes, Selection, check_minutes, select_with};

fn version(
    history: &PolicyHistory<MobilityPolicy>,
    date: NaiveDate,
) -> Result<&Versioned<MobilityPolicy>, MobilityError> {
    Ok(history.in_force_on(date)?)
}

/// An outcome with its explanation, as every list in a response carries it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explained<T> {
    /// The outcome.
    #[serde(flatten)]
    pub outcome: T,
    /// Why.
    pub explanation: Explanation,
}

impl<T> From<Decision<T>> for Explained<T> {
    fn from(d: Decision<T>) -> Self {
        Explained {
            outcome: d.outcome,
            explanation: d.explanation,
        }
    }
}

/// `regula mobility eligibility`: MO-1/MO-2 for each applicant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// The day of the decision: selects the policy and dates the EU registration certificates.
    pub date: NaiveDate,
    /// The applicants.
    pub applicants: Vec<Applicant>,
}

/// The answer to an [`EligibilityRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EligibilityResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// One verdict per applicant, in the request's order.
    pub verdicts: Vec<Explained<EligibilityVerdict>>,
}

impl fmt::Display for EligibilityResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Eligibility — {}", self.policy)?;
        for v in &self.verdicts {
            write!(f, "\n\n{}", v.outcome)?;
        }
        Ok(())
    }
}

/// Answers an [`EligibilityRequest`].
pub fn answer_eligibility(
    history: &PolicyHistory<MobilityPolicy>,
    request: &EligibilityRequest,
) -> Result<EligibilityResponse, MobilityError> {
    let version = version(history, request.date)?;
    let verdicts = request
        .applicants
        .iter()
        .map(|a| eligibility(&version.policy, a, request.date).map(Explained::from))
        .collect::<Result<_, _>>()?;
    Ok(EligibilityResponse {
        policy: history.applied(version),
        verdicts,
    })
}

/// `regula mobility dossier`: MO-3/MO-4 for each dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DossierRequest {
    /// The moment of the check: before the deadline an incomplete dossier can still be completed.
    pub now: Instant,
    /// The call's deadline.
    pub deadline: Instant,
    /// What the committee asks for beyond the fixed list.
    #[serde(default)]
    pub asks: crate::dossier::CommitteeAsks,
    /// The dossiers.
    pub dossiers: Vec<Dossier>,
}

/// The answer to a [`DossierRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DossierResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// One verdict per dossier.
    pub verdicts: Vec<Explained<DossierVerdict>>,
}

impl fmt::Display for DossierResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Application dossiers — {}", self.policy)?;
        for v in &self.verdicts {
            write!(f, "\n\n{}", v.outcome)?;
        }
        Ok(())
    }
}

/// Answers a [`DossierRequest`].
pub fn answer_dossier(
    history: &PolicyHistory<MobilityPolicy>,
    request: &DossierRequest,
) -> Result<DossierResponse, MobilityError> {
    let version = version(history, request.now.local_date())?;
    let verdicts = request
        .dossiers
        .iter()
        .map(|d| {
            check_dossier(
                &version.policy,
                d,
                request.asks,
                request.deadline,
                request.now,
            )
            .map(Explained::from)
        })
        .collect::<Result<_, _>>()?;
    Ok(DossierResponse {
        policy: history.applied(version),
        verdicts,
    })
}

/// `regula mobility select`: the call and committee validated, the applications scored, ranked
/// and given their places.
///
/// Applicants' records and dossiers are optional: when given (matched by candidate id), an
/// applicant who is not eligible on the deadline's day, or whose dossier is not complete at the
/// deadline, is excluded from the ranking with the reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectRequest {
    /// The call, with its committee.
    pub call: Call,
    /// The applications, with their scores.
    pub applications: Vec<Application>,
    /// The applicants' records, for MO-1/MO-2.
    #[serde(default)]
    pub applicants: Vec<Applicant>,
    /// The dossiers, for MO-3/MO-4.
    #[serde(default)]
    pub dossiers: Vec<Dossier>,
    /// The institution has its funding from the national agency (MO-8).
    #[serde(default)]
    pub funding_confirmed: bool,
    /// The minutes of the evaluation, to check (MO-7).
    #[serde(default)]
    pub minutes: Option<Minutes>,
}

/// The answer to a [`SelectRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelectResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// Whether the call, the committee and the minutes break no rule.
    pub procedure_valid: bool,
    /// Every rule the call and the committee break (MO-5, MO-6, MO-7).
    pub call_violations: Vec<Breach>,
    /// Every rule the minutes and the vote break (MO-7), when given.
    pub minutes_violations: Vec<Breach>,
    /// The ranking and the places, field by field.
    pub selection: Selection,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for SelectResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Erasmus+ selection — {}", self.policy)?;
        if self.procedure_valid {
            f.write_str("\nThe call, the committee and the minutes break no rule.")?;
        }
        for v in self.call_violations.iter().chain(&self.minutes_violations) {
            write!(f, "\n- {v}")?;
        }
        write!(f, "\n\n{}", self.selection)
    }
}

/// Answers a [`SelectRequest`].
pub fn answer_select(
    history: &PolicyHistory<MobilityPolicy>,
    request: &SelectRequest,
) -> Result<SelectResponse, MobilityError> {
    let deadline_day = request.call.deadline.local_date();
    let version = version(history, deadline_day)?;
    let policy = &version.policy;
    let candidates: Vec<&str> = request
        .applications
        .iter()
        .map(|a| a.candidate.as_str())
        .collect();
    let call_violations = validate_call(policy, &request.call, &candidates);
    let minutes_violations = match &request.minutes {
        Some(m) => check_minutes(&request.call.committee, m)?,
        None => Vec::new(),
    };
    for (i, a) in request.applicants.iter().enumerate() {
        if !candidates.contains(&a.id.as_str()) {
            return Err(MobilityError::Invalid {
                field: format!("applicants[{i}].id"),
                problem: format!("`{}` has no application", a.id),
            });
        }
    }
    for (i, d) in request.dossiers.iter().enumerate() {
        if !candidates.contains(&d.applicant.as_str()) {
            return Err(MobilityError::Invalid {
                field: format!("dossiers[{i}].applicant"),
                problem: format!("`{}` has no application", d.applicant),
            });
        }
    }
    let mut explanation = Explanation::new();
    let mut applications = request.applications.clone();
    for a in &mut applications {
        if let Some(record) = request.applicants.iter().find(|r| r.id == a.candidate) {
            if !request.call.kinds.contains(&record.kind) {
                a.exclusions
                    .push(format!("the call offers no {} mobility", record.kind));
            }
            let verdict = eligibility(policy, record, deadline_day)?;
            for c in &verdict.outcome.unmet {
                a.exclusions
                    .push(format!("{} {}: {}", c.rule, c.condition, c.reason));
            }
        }
        if let Some(dossier) = request.dossiers.iter().find(|d| d.applicant == a.candidate) {
            let at = request.call.deadline;
            let verdict = check_dossier(policy, dossier, request.call.asks, at, at)?.outcome;
            if verdict.status == DossierStatus::Complete {
                a.completed_at = a.completed_at.or(verdict.completed_at);
            } else {
                for d in &verdict.defects {
                    a.exclusions
                        .push(format!("MO-4 {}: {}", d.document, d.detail));
                }
            }
        }
    }
    let selection = select_with(
        policy,
        &request.call.fields,
        &applications,
        request.funding_confirmed,
        &mut explanation,
    )?;
    Ok(SelectResponse {
        policy: history.applied(version),
        procedure_valid: call_violations.is_empty() && minutes_violations.is_empty(),
        call_violations,
        minutes_violations,
        selection,
        explanation,
    })
}

/// `regula mobility calendar`: a mobility's deadlines and what is overdue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarRequest {
    /// The day to give the statuses for.
    pub today: NaiveDate,
    /// The mobility.
    pub trip: Trip,
    /// What was handed in (or done) so far.
    #[serde(default)]
    pub handed_in: Vec<HandedIn>,
    /// The institution's own closed days, on top of the public holidays (CAL-2).
    #[serde(default)]
    pub closed_days: Vec<ClosedDay>,
}

/// The answer to a [`CalendarRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// The calendar.
    pub calendar: MobilityCalendar,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for CalendarResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Mobility calendar — {}\n{}", self.policy, self.calendar)
    }
}

/// Answers a [`CalendarRequest`].
pub fn answer_calendar(
    history: &PolicyHistory<MobilityPolicy>,
    request: &CalendarRequest,
) -> Result<CalendarResponse, MobilityError> {
    let version = version(history, request.trip.departure)?;
    let calendar = if request.closed_days.is_empty() {
        Calendar::romania()
    } else {
        Calendar::with_closed_days(request.closed_days.iter().cloned())?
    };
    let decision = mobility_calendar(
        &version.policy,
        &calendar,
        &request.trip,
        &request.handed_in,
        request.today,
    )?;
    Ok(CalendarResponse {
        policy: history.applied(version),
        calendar: decision.outcome,
        explanation: decision.explanation,
    })
}
