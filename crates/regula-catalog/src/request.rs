//! Requests and outcomes of `catalog record|check|supplementary|export|admit` and
//! `open-session check`; the decisions are answered with a [`Response`].

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;
use regula_appeals::AppealsPolicy;
use regula_calendar::Instant;
use regula_core::locale::{Arg, Message};
use regula_core::{Breach, Decision, Grade, PolicyHistory, Recorder, Response, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::admission::{Admission, AdmissionFacts, admit_with};
use crate::catalog::{Catalog, Command, Incomplete};
use crate::committee::record_committees;
use crate::deadlines::{ExamDeadlines, Handovers, RegisterDeadline, catalog_deadlines_with};
use crate::open_session::{
    CommonDate, OpenSessionFacts, OpenSessionVerdict, common_dates, open_session_with,
};
use crate::policy::CatalogPolicy;
use crate::rules::CA_5;

/// `regula catalog record`: entries, signatures and corrections, all recorded or none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordRequest {
    /// The catalog as it stands (a new one may leave out `rows` and `history`).
    pub catalog: Catalog,
    /// What to record, in order.
    pub commands: Vec<Command>,
}

impl RecordRequest {
    /// The day that selects the policy versions in force: the first command's local date, the
    /// latest versions when there is no command (CA-4, GR-13).
    pub fn date(&self) -> Option<NaiveDate> {
        self.commands.first().map(|c| c.at().local_date())
    }
}

/// The outcome of a [`RecordRequest`]: the catalog with the commands recorded; the explanation
/// has one step per command.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recorded {
    /// The catalog with the commands recorded.
    pub catalog: Catalog,
    /// The entries still lacking a signature (CA-5).
    pub incomplete: Vec<Incomplete>,
}

impl fmt::Display for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("catalog-recorded")
            .arg("catalog", self.catalog.header.id.as_str())
            .arg("events", self.catalog.history.len());
        write!(f, "{header}")?;
        if !self.incomplete.is_empty() {
            write!(f, "\n\n{}", Message::new("catalog-incomplete-entries"))?;
            for i in &self.incomplete {
                write!(f, "\n- {i}")?;
            }
        }
        Ok(())
    }
}

/// Answers a [`RecordRequest`] under the catalog policy in force on [`RecordRequest::date`];
/// `pass_grade` is the grading policy's pass grade in force then (`grading.pass_grade`): only a
/// column holding at least it records a grade improvement (GR-13, GR-14).
pub fn answer_record(
    history: &PolicyHistory<CatalogPolicy>,
    pass_grade: Grade,
    request: &RecordRequest,
) -> Result<Response<Recorded>, CatalogError> {
    let version = history.in_force_on_or_latest(request.date())?;
    let decision = Decision::explained(|why| {
        let mut catalog = request.catalog.clone();
        catalog.apply_all_with(&version.policy, pass_grade, &request.commands, why)?;
        Ok::<_, CatalogError>(Recorded {
            incomplete: catalog.incomplete(&version.policy),
            catalog,
        })
    })?;
    Ok(Response::new(history, version, decision))
}

/// `regula catalog check`: what a catalog still lacks at a moment — signatures (CA-5), committee
/// composition (SC-7), deadlines (CA-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// The outcome of a [`CheckRequest`]: what the catalog still lacks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CatalogCheck {
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
}

impl fmt::Display for CatalogCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = Message::new(if self.in_order {
            "catalog-in-order"
        } else {
            "catalog-not-in-order"
        });
        write!(f, "{verdict}")
    }
}

/// Answers a [`CheckRequest`].
pub fn answer_check(
    history: &PolicyHistory<CatalogPolicy>,
    appeals: &PolicyHistory<AppealsPolicy>,
    request: &CheckRequest,
) -> Result<Response<CatalogCheck>, CatalogError> {
    let day = request.now.local_date();
    let appeals_version = appeals.in_force_on(day)?;
    let version = history.in_force_on(day)?;
    let decision = Decision::explained(|why| {
        check_with(&version.policy, &appeals_version.policy, request, why)
    })?;
    Ok(Response::new(history, version, decision))
}

/// The one evaluation behind [`answer_check`]: CA-1, CA-2/CA-3 layout, SC-7, CA-5, CA-7.
fn check_with(
    policy: &CatalogPolicy,
    appeals: &AppealsPolicy,
    request: &CheckRequest,
    explanation: &mut impl Recorder,
) -> Result<CatalogCheck, CatalogError> {
    let catalog = &request.catalog;
    let header = catalog.check_header_with(explanation);
    catalog.layout_with(policy, explanation);
    let committees = record_committees(&catalog.exams, &catalog.header.holder, explanation);
    let incomplete = catalog.incomplete(policy);
    for i in &incomplete {
        explanation.record(|| {
            let line = Message::new("catalog-incomplete")
                .arg("student", i.student.as_str())
                .arg("column", i.column)
                .arg("exam", i.exam.as_str())
                .arg("missing", crate::catalog::missing(&i.missing));
            Step::says(
                &CA_5,
                Message::new("common-sentence").arg("what", Arg::Phrase(Box::new(line))),
            )
        });
    }
    let (deadlines, register) = catalog_deadlines_with(
        appeals,
        &catalog.exams,
        &request.handovers,
        request.now,
        explanation,
    )?;
    let in_time = deadlines
        .iter()
        .all(|d| d.catalog.in_time() && d.electronic_entry.in_time())
        && register.is_none_or(|r| r.status.in_time());
    Ok(CatalogCheck {
        in_order: header.is_empty() && incomplete.is_empty() && committees.is_empty() && in_time,
        header,
        incomplete,
        committees,
        deadlines,
        register,
    })
}

/// `regula catalog supplementary`: the supplementary catalog of students whose rows are full.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
) -> Result<Response<Catalog>, CatalogError> {
    let version = history.latest();
    let catalog = request
        .catalog
        .supplementary(&version.policy, &request.id, &request.students)?;
    Ok(Response::unexplained(history, version, catalog))
}

/// `regula catalog export`: the catalog to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// The catalog.
    pub catalog: Catalog,
}

/// `regula catalog admit`: SC-8 at the door of the examination room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdmitRequest {
    /// The exam day.
    pub exam_day: NaiveDate,
    /// The students at the door.
    pub students: Vec<AdmissionFacts>,
}

/// The outcome of an [`AdmitRequest`]: one verdict per student, in the request's order (a JSON
/// array).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Admissions(pub Vec<Admission>);

impl fmt::Display for Admissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Message::new("catalog-admission-header"))?;
        for a in &self.0 {
            write!(f, "\n{a}")?;
        }
        Ok(())
    }
}

/// Answers an [`AdmitRequest`].
pub fn answer_admit(
    history: &PolicyHistory<CatalogPolicy>,
    request: &AdmitRequest,
) -> Result<Response<Admissions>, CatalogError> {
    regula_calendar::check_date("exam_day", request.exam_day)?;
    let version = history.in_force_on(request.exam_day)?;
    let decision = Decision::explained(|why| {
        let admissions = request
            .students
            .iter()
            .map(|s| admit_with(&version.policy, s, request.exam_day, why))
            .collect();
        Ok::<_, CatalogError>(Admissions(admissions))
    })?;
    Ok(Response::new(history, version, decision))
}

/// `regula open-session check`: SC-9 for each request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenSessionRequest {
    /// The requests.
    pub requests: Vec<OpenSessionFacts>,
}

/// The outcome of an [`OpenSessionRequest`]: who may sit which exam, and from when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OpenSessionOutcome {
    /// One verdict per request.
    pub verdicts: Vec<OpenSessionVerdict>,
    /// Courses with several eligible students (§5.5.3.2(6)).
    pub common_dates: Vec<CommonDate>,
}

impl fmt::Display for OpenSessionOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Message::new("catalog-open-session-header"))?;
        for v in &self.verdicts {
            write!(f, "\n{v}")?;
        }
        for c in &self.common_dates {
            let together = match c.earliest_common_date {
                Some(d) => Message::new("catalog-examined-together-from").arg("date", d),
                None => Message::new("catalog-examined-together"),
            }
            .arg("course", c.course.as_str())
            .arg("students", c.students.join(", "));
            write!(f, "\n{together}")?;
        }
        Ok(())
    }
}

/// Answers an [`OpenSessionRequest`].
pub fn answer_open_session(
    history: &PolicyHistory<CatalogPolicy>,
    request: &OpenSessionRequest,
) -> Result<Response<OpenSessionOutcome>, CatalogError> {
    let day = request.requests.first().map(|r| r.session.from);
    let version = history.in_force_on_or_latest(day)?;
    let decision = Decision::explained(|why| {
        let verdicts: Vec<OpenSessionVerdict> = request
            .requests
            .iter()
            .enumerate()
            .map(|(i, r)| {
                open_session_with(&version.policy, r, why).map_err(|e| CatalogError::Invalid {
                    field: format!("requests[{i}]"),
                    problem: e.to_string(),
                })
            })
            .collect::<Result<_, _>>()?;
        let common_dates = common_dates(&verdicts);
        Ok::<_, CatalogError>(OpenSessionOutcome {
            verdicts,
            common_dates,
        })
    })?;
    Ok(Response::new(history, version, decision))
}

/// `regula retake-session check`: SC-2 for each request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetakeSessionRequest {
    /// The requests.
    pub requests: Vec<crate::RetakeFacts>,
}

/// The outcome of a [`RetakeSessionRequest`]: one verdict per request, in its order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RetakeSessionOutcome {
    /// One verdict per request.
    pub verdicts: Vec<crate::RetakeVerdict>,
}

impl fmt::Display for RetakeSessionOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Message::new("catalog-retake-header"))?;
        for v in &self.verdicts {
            write!(f, "\n{v}")?;
        }
        Ok(())
    }
}

/// Answers a [`RetakeSessionRequest`] under the policy in force on the first session's day.
pub fn answer_retake_session(
    history: &PolicyHistory<CatalogPolicy>,
    request: &RetakeSessionRequest,
) -> Result<Response<RetakeSessionOutcome>, CatalogError> {
    let day = request.requests.first().map(|r| r.dates.from);
    let version = history.in_force_on_or_latest(day)?;
    let decision = Decision::explained(|why| {
        // The retakes granted so far to each student in each session, in the order of the
        // requests (SC-2's cap per student).
        let mut granted: HashMap<(&str, crate::RetakeSession, NaiveDate, NaiveDate), u32> =
            HashMap::new();
        let verdicts =
            request
                .requests
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let key = (r.student.as_str(), r.session, r.dates.from, r.dates.to);
                    let before = granted.get(&key).copied().unwrap_or(0);
                    let verdict = crate::retake_session_with(r, &version.policy, before, why)
                        .map_err(|e| CatalogError::Invalid {
                            field: format!("requests[{i}]"),
                            problem: e.to_string(),
                        })?;
                    if verdict.eligible {
                        granted.insert(key, before + 1);
                    }
                    Ok(verdict)
                })
                .collect::<Result<_, CatalogError>>()?;
        Ok::<_, CatalogError>(RetakeSessionOutcome { verdicts })
    })?;
    Ok(Response::new(history, version, decision))
}
