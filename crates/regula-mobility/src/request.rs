//! Requests and outcomes of `mobility eligibility|dossier|select|calendar`, each answered with a
//! [`Response`].

use std::fmt;

use chrono::NaiveDate;
use regula_calendar::{Calendar, ClosedDay, Instant};
use regula_core::locale::{Arg, Message};
use regula_core::{Breach, Decision, Decisions, PolicyHistory, Response};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::call::{Call, validate_call};
use crate::dossier::{
    Dossier, DossierStatus, DossierVerdict, check_dossier, check_dossier_explained,
};
use crate::eligibility::{Applicant, EligibilityVerdict, eligibility, eligibility_explained};
use crate::policy::MobilityPolicy;
use crate::schedule::{HandedIn, MobilityCalendar, Trip, mobility_calendar_explained};
use crate::selection::{Application, Minutes, Selection, check_minutes, select_with};

/// `regula mobility eligibility`: MO-1/MO-2 for each applicant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EligibilityRequest {
    /// The day of the decision: selects the policy and dates the EU registration certificates.
    pub date: NaiveDate,
    /// The applicants.
    pub applicants: Vec<Applicant>,
}

/// Answers an [`EligibilityRequest`]: one verdict per applicant, in the request's order.
pub fn answer_eligibility(
    history: &PolicyHistory<MobilityPolicy>,
    request: &EligibilityRequest,
) -> Result<Response<Decisions<EligibilityVerdict>>, MobilityError> {
    let version = history.in_force_on(request.date)?;
    let verdicts = request
        .applicants
        .iter()
        .map(|a| eligibility_explained(&version.policy, a, request.date))
        .collect::<Result<_, _>>()?;
    Ok(Response::unexplained(history, version, Decisions(verdicts)))
}

/// `regula mobility dossier`: MO-3/MO-4 for each dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// Answers a [`DossierRequest`]: one verdict per dossier, in the request's order.
pub fn answer_dossier(
    history: &PolicyHistory<MobilityPolicy>,
    request: &DossierRequest,
) -> Result<Response<Decisions<DossierVerdict>>, MobilityError> {
    let version = history.in_force_on(request.now.local_date())?;
    let verdicts = request
        .dossiers
        .iter()
        .map(|d| {
            check_dossier_explained(
                &version.policy,
                d,
                request.asks,
                request.deadline,
                request.now,
            )
        })
        .collect::<Result<_, _>>()?;
    Ok(Response::unexplained(history, version, Decisions(verdicts)))
}

/// `regula mobility select`: the call and committee validated, the applications scored, ranked
/// and given their places.
///
/// Applicants' records and dossiers are optional: when given (matched by candidate id), an
/// applicant who is not eligible on the deadline's day, or whose dossier is not complete at the
/// deadline, is excluded from the ranking with the reasons.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// The outcome of a [`SelectRequest`]: the procedure checked, and the places given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SelectOutcome {
    /// Whether the call, the committee and the minutes break no rule.
    pub procedure_valid: bool,
    /// Every rule the call and the committee break (MO-5, MO-6, MO-7).
    pub call_violations: Vec<Breach>,
    /// Every rule the minutes and the vote break (MO-7), when given.
    pub minutes_violations: Vec<Breach>,
    /// The ranking and the places, field by field.
    pub selection: Selection,
}

impl fmt::Display for SelectOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let award = &self.selection.award;
        match &award.title {
            Some(title) => write!(f, "{}", title.text().render(regula_core::locale::current()))?,
            None => write!(
                f,
                "{}",
                Message::new("mobility-selection-header").arg("awards", award.other())
            )?,
        }
        if self.procedure_valid {
            write!(f, "\n{}", Message::new("mobility-procedure-valid"))?;
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
) -> Result<Response<SelectOutcome>, MobilityError> {
    let deadline_day = request.call.deadline.local_date();
    let version = history.in_force_on(deadline_day)?;
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
    let mut applications = request.applications.clone();
    for a in &mut applications {
        if let Some(record) = request.applicants.iter().find(|r| r.id == a.candidate) {
            if !request.call.kinds.contains(&record.kind) {
                a.found_exclusions
                    .push(Message::new("mobility-excluded-kind").arg("kind", record.kind.term()));
            }
            let verdict = eligibility(policy, record, deadline_day)?;
            for c in &verdict.unmet {
                a.found_exclusions.push(
                    Message::new("mobility-excluded-condition")
                        .arg("rule", Arg::Rule(c.rule.clone()))
                        .arg("condition", c.condition.as_str())
                        .arg("reason", Arg::Phrase(Box::new(c.reason.0.clone()))),
                );
            }
        }
        if let Some(dossier) = request.dossiers.iter().find(|d| d.applicant == a.candidate) {
            let at = request.call.deadline;
            let verdict = check_dossier(policy, dossier, request.call.asks, at, at)?;
            if verdict.status == DossierStatus::Complete {
                a.completed_at = a.completed_at.or(verdict.completed_at);
            } else {
                for d in &verdict.defects {
                    a.found_exclusions.push(
                        Message::new("mobility-excluded-document")
                            .arg("document", d.document.term())
                            .arg("detail", Arg::Phrase(Box::new(d.detail.0.clone()))),
                    );
                }
            }
        }
    }
    let decision = Decision::explained(|why| {
        let selection = select_with(
            policy,
            &request.call.fields,
            &applications,
            request.funding_confirmed,
            why,
        )?;
        Ok::<_, MobilityError>(SelectOutcome {
            procedure_valid: call_violations.is_empty() && minutes_violations.is_empty(),
            call_violations,
            minutes_violations,
            selection,
        })
    })?;
    Ok(Response::new(history, version, decision))
}

/// `regula mobility calendar`: a mobility's deadlines and what is overdue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// Answers a [`CalendarRequest`].
pub fn answer_calendar(
    history: &PolicyHistory<MobilityPolicy>,
    request: &CalendarRequest,
) -> Result<Response<MobilityCalendar>, MobilityError> {
    let version = history.in_force_on(request.trip.departure)?;
    let calendar = if request.closed_days.is_empty() {
        Calendar::romania()
    } else {
        Calendar::with_closed_days(request.closed_days.iter().cloned())?
    };
    let decision = mobility_calendar_explained(
        &version.policy,
        &calendar,
        &request.trip,
        &request.handed_in,
        request.today,
    )?;
    Ok(Response::new(history, version, decision))
}
