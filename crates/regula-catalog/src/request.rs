//! Requests and responses of `regula catalog record|check|supplementary|export|admit` and
//! `regula open-session check`.

use std::fmt;

use chrono::NaiveDate;
use regula_appeals::AppealsPolicy;
use regula_calendar::Instant;
use regula_core::{Breach, Explanation, PolicyApplied, PolicyHistory, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::admin::{
    Admission, AdmissionFacts, CommonDate, OpenSessionFacts, OpenSessionVerdict, admit,
    common_dates, open_session_with, record_committees,
};
use crate::catalog::{Catalog, Command, Incomplete};
use crate::deadlines::{ExamDeadlines, Handovers, RegisterDeadline, catalog_deadlines};
use crate::policy::CatalogPolicy;
use crate::rules::CA_5;

/// `regula catalog record`: entries, signatures and corrections, all recorded or none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordRequest {
    /// The catalog as it stands (a new one may leave out `rows` and `history`).
    pub catalog: Catalog,
    /// What to record, in order.
    pub commands: Vec<Command>,
}

/// The answer to a [`RecordRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// The catalog with the commands recorded.
    pub catalog: Catalog,
    /// The entries still lacking a signature (CA-5).
    pub incomplete: Vec<Incomplete>,
    /// One step per command.
    pub explanation: Explanation,
}

impl fmt::Display for RecordResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Catalog {} — {} events in the history — {}\n\n{}",
            self.catalog.header.id,
            self.catalog.history.len(),
            self.policy,
            self.explanation
        )?;
        if !self.incomplete.is_empty() {
            f.write_str("\n\nIncomplete entries (CA-5):")?;
            for i in &self.incomplete {
                write!(f, "\n- {i}")?;
            }
        }
        Ok(())
    }
}

/// Answers a [`RecordRequest`].
pub fn answer_record(
    history: &PolicyHistory<CatalogPolicy>,
    request: &RecordRequest,
) -> Result<RecordResponse, CatalogError> {
    let date = request.commands.first().map(|c| match c {
        Command::Enter { at, .. } | Command::Sign { at, .. } | Command::Correct { at, .. } => {
            at.local_date()
        }
    });
    let version = history.in_force_on_or_latest(date)?;
    let mut catalog = request.catalog.clone();
    let mut explanation = Explanation::new();
    catalog.apply_all(&version.policy, &request.commands, &mut explanation)?;
    Ok(RecordResponse {
        policy: history.applied(version),
        incomplete: catalog.incomplete(&version.policy),
        catalog,
        explanation,
    })
}

/// `regula catalog check`: what a catalog still lacks at a moment — signatures (CA-5), committee
/// composition (SC-7), deadlines (CA-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The moment of the check.
    pub now: Instant,
    /// The catalog.
    pub catalog: Catalog,
    /// What was handed in and entered, when.
    #[serde(default)]
    pub handovers: Handovers,
}

/// The answer to a [`CheckRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckResponse {
    /// The catalog policy version applied.
    pub policy: PolicyApplied,
    /// Whether the catalog is signed, every entry is signed, every committee is properly formed
    /// and nothing is overdue.
    pub in_order: bool,
    /// What the catalog's header lacks (CA-1: issued signed by the Dean and the secretary).
    pub header: Vec<Breach>,
    /// The entries lacking a signature (CA-5).
    pub incomplete: Vec<Incomplete>,
    /// The committees' breaches of SC-7.
    pub committees: Vec<Breach>,
    /// The CA-7 deadlines of each exam with an end time.
    pub deadlines: Vec<ExamDeadlines>,
    /// The student register's deadline, when the autumn session's end is given.
    pub register: Option<RegisterDeadline>,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for CheckResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} — {}\n\n{}",
            if self.in_order {
                "The catalog is in order"
            } else {
                "The catalog is not in order"
            },
            self.policy,
            self.explanation
        )
    }
}

/// Answers a [`CheckRequest`].
pub fn answer_check(
    history: &PolicyHistory<CatalogPolicy>,
    appeals: &PolicyHistory<AppealsPolicy>,
    request: &CheckRequest,
) -> Result<CheckResponse, CatalogError> {
    let day = Some(request.now.local_date());
    let appeals_version = appeals.in_force_on_or_latest(day)?;
    let version = history.in_force_on_or_latest(day)?;
    let mut explanation = Explanation::new();
    let catalog = &request.catalog;
    let header = catalog.check_header(&mut explanation);
    catalog.explain_layout(&version.policy, &mut explanation);
    let committees = record_committees(&catalog.exams, &catalog.header.holder, &mut explanation);
    let incomplete = catalog.incomplete(&version.policy);
    for i in &incomplete {
        explanation.record(|| Step::new(&CA_5, format!("Incomplete: {i}.")));
    }
    let (deadlines, register) = catalog_deadlines(
        &appeals_version.policy,
        &catalog.exams,
        &request.handovers,
        request.now,
        &mut explanation,
    )?;
    let in_time = deadlines
        .iter()
        .all(|d| d.catalog.in_time() && d.electronic_entry.in_time())
        && register.is_none_or(|r| r.status.in_time());
    Ok(CheckResponse {
        policy: history.applied(version),
        in_order: header.is_empty() && incomplete.is_empty() && committees.is_empty() && in_time,
        header,
        incomplete,
        committees,
        deadlines,
        register,
        explanation,
    })
}

/// `regula catalog supplementary`: the supplementary catalog of students whose rows are full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupplementaryRequest {
    /// The full catalog.
    pub catalog: Catalog,
    /// The new catalog's id.
    pub id: String,
    /// The students it lists.
    pub students: Vec<String>,
}

/// Answers a [`SupplementaryRequest`]: the new catalog, attached to the first.
pub fn answer_supplementary(
    history: &PolicyHistory<CatalogPolicy>,
    request: &SupplementaryRequest,
) -> Result<Catalog, CatalogError> {
    let version = history.in_force_on_or_latest(None)?;
    request
        .catalog
        .supplementary(&version.policy, &request.id, &request.students)
}

/// `regula catalog export`: the catalog to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// The catalog.
    pub catalog: Catalog,
}

/// `regula catalog admit`: SC-8 at the door of the examination room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdmitRequest {
    /// The exam day.
    pub exam_day: NaiveDate,
    /// The students at the door.
    pub students: Vec<AdmissionFacts>,
}

/// The answer to an [`AdmitRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdmitResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// One verdict per student.
    pub admissions: Vec<Admission>,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for AdmitResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Admission (SC-8) — {}", self.policy)?;
        for a in &self.admissions {
            write!(f, "\n{a}")?;
        }
        Ok(())
    }
}

/// Answers an [`AdmitRequest`].
pub fn answer_admit(
    history: &PolicyHistory<CatalogPolicy>,
    request: &AdmitRequest,
) -> Result<AdmitResponse, CatalogError> {
    regula_calendar::check_date("exam_day", request.exam_day)?;
    let version = history.in_force_on(request.exam_day)?;
    let mut explanation = Explanation::new();
    let admissions = request
        .students
        .iter()
        .map(|s| admit(&version.policy, s, request.exam_day, &mut explanation))
        .collect();
    Ok(AdmitResponse {
        policy: history.applied(version),
        admissions,
        explanation,
    })
}

/// `regula open-session check`: SC-9 for each request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenSessionRequest {
    /// The requests.
    pub requests: Vec<OpenSessionFacts>,
}

/// The answer to an [`OpenSessionRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenSessionResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// One verdict per request.
    pub verdicts: Vec<OpenSessionVerdict>,
    /// Courses with several eligible students (§5.5.3.2(6)).
    pub common_dates: Vec<CommonDate>,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for OpenSessionResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Open session (SC-9) — {}", self.policy)?;
        for v in &self.verdicts {
            write!(f, "\n{v}")?;
        }
        for c in &self.common_dates {
            write!(
                f,
                "\n{}: {} examined together{}",
                c.course,
                c.students.join(", "),
                c.earliest_common_date
                    .map(|d| format!(", from {d}"))
                    .unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

/// Answers an [`OpenSessionRequest`].
pub fn answer_open_session(
    history: &PolicyHistory<CatalogPolicy>,
    request: &OpenSessionRequest,
) -> Result<OpenSessionResponse, CatalogError> {
    let day = request.requests.first().map(|r| r.session.from);
    let version = history.in_force_on_or_latest(day)?;
    let mut explanation = Explanation::new();
    let verdicts: Vec<OpenSessionVerdict> = request
        .requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            open_session_with(&version.policy, r, &mut explanation).map_err(|e| {
                CatalogError::Invalid {
                    field: format!("requests[{i}]"),
                    problem: e.to_string(),
                }
            })
        })
        .collect::<Result<_, _>>()?;
    let common_dates = common_dates(&verdicts);
    Ok(OpenSessionResponse {
        policy: history.applied(version),
        verdicts,
        common_dates,
        explanation,
    })
}
