//! Requests and outcomes of `counselling record|status|consolidate|attendance`; the decisions are
//! answered with a [`Response`].

use std::fmt;

use regula_calendar::Instant;
use regula_core::{Decision, PolicyHistory, Response};
use serde::{Deserialize, Serialize};

use crate::consolidate::{Consolidation, consolidate};
use crate::error::CounsellingError;
use crate::flow::{Command, SemesterFile};
use crate::policy::CounsellingPolicy;
use crate::status::{SemesterStatus, status_with};

/// `counselling record`: steps of the semester's document flow, all recorded or none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordRequest {
    /// The semester's file as it stands (a new one has an empty `history`).
    pub file: SemesterFile,
    /// The steps, in order.
    pub steps: Vec<Command>,
}

/// The outcome of a [`RecordRequest`]: the file with the steps recorded; the explanation has the
/// step and the matrix's role for each (CO-3..CO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recorded {
    /// The file.
    pub file: SemesterFile,
}

impl fmt::Display for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = regula_core::locale::Message::new("counselling-file")
            .arg("semester", self.file.semester.to_string())
            .arg("steps", self.file.history.len());
        write!(f, "{header}")
    }
}

/// Answers a [`RecordRequest`] under the policy in force on the first step's day.
pub fn answer_record(
    history: &PolicyHistory<CounsellingPolicy>,
    request: &RecordRequest,
) -> Result<Response<Recorded>, CounsellingError> {
    let day = request.steps.first().map(|s| s.at.local_date());
    let version = history.in_force_on_or_latest(day)?;
    request.file.verify(&version.policy)?;
    let decision = Decision::explained(|why| {
        let mut file = request.file.clone();
        file.record_all(&version.policy, &request.steps, why)?;
        Ok::<_, CounsellingError>(Recorded { file })
    })?;
    Ok(Response::new(history, version, decision))
}

/// `counselling status`: what the semester still lacks at a moment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusRequest {
    /// The moment of the check.
    pub now: Instant,
    /// The semester's file.
    pub file: SemesterFile,
}

/// Answers a [`StatusRequest`] under the policy in force at `now`.
pub fn answer_status(
    history: &PolicyHistory<CounsellingPolicy>,
    request: &StatusRequest,
) -> Result<Response<SemesterStatus>, CounsellingError> {
    let version = history.in_force_on(request.now.local_date())?;
    request.file.verify(&version.policy)?;
    let decision =
        Decision::explained(|why| status_with(&version.policy, &request.file, request.now, why))?;
    Ok(Response::new(history, version, decision))
}

/// `counselling consolidate` and `counselling attendance`: the semester's file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileRequest {
    /// The semester's file.
    pub file: SemesterFile,
}

/// Answers a [`FileRequest`] with the faculties' and the university's consolidations (CO-4,
/// CO-5), under the newest policy.
pub fn answer_consolidate(
    history: &PolicyHistory<CounsellingPolicy>,
    request: &FileRequest,
) -> Result<Response<Consolidation>, CounsellingError> {
    let version = history.latest();
    request.file.verify(&version.policy)?;
    Ok(Response::unexplained(
        history,
        version,
        consolidate(&request.file),
    ))
}
