//! Requests and outcomes of `counselling record|status|consolidate|attendance`; the decisions are
//! answered with a [`Response`].

use std::fmt;

use regula_calendar::Instant;
use regula_core::{Decision, PolicyHistory, Response};
use serde::{Deserialize, Serialize};

use regula_core::chain::Digest;
use regula_core::seal::SealKey;

use crate::checkpoint::Checkpoint;
use crate::consolidate::{Consolidation, consolidate_with};
use crate::error::{CounsellingError, invalid};
use crate::flow::{Command, Event, SemesterFile};
use crate::policy::CounsellingPolicy;
use crate::status::{SemesterStatus, status_with};

/// `counselling record`: steps of the semester's document flow, all recorded or none, after
/// either the whole file or a checkpoint a service sealed after its last step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordRequest {
    /// The semester's file as it stands (a new one has an empty `history`); or, instead, the
    /// `checkpoint`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<SemesterFile>,
    /// Where the file stood after the last call, as the service sealed it: sent instead of the
    /// file, so that no call carries the whole history ([`Checkpoint`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<Checkpoint>,
    /// The steps, in order.
    pub steps: Vec<Command>,
}

/// The outcome of a [`RecordRequest`]: the new events, the file with them when it was sent, and
/// the checkpoint to continue from; the explanation has the step and the matrix's role for each
/// (CO-3..CO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Recorded {
    /// The file with the steps recorded, when the request sent the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<SemesterFile>,
    /// The events the steps became, to append to the file's history: their hashes continue its
    /// chain.
    pub events: Vec<Event>,
    /// The head of the chain after them.
    pub head: Digest,
    /// Where the file now stands, sealed: to send with the next steps instead of the file.
    /// Absent when the service holds no sealing key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<Checkpoint>,
}

impl fmt::Display for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (semester, steps) = match (&self.file, &self.checkpoint) {
            (Some(file), _) => (file.semester.to_string(), file.history.len()),
            (None, Some(checkpoint)) => {
                (checkpoint.semester.to_string(), checkpoint.events as usize)
            }
            (None, None) => (String::new(), self.events.len()),
        };
        let header = regula_core::locale::Message::new("counselling-file")
            .arg("semester", semester)
            .arg("steps", steps);
        write!(f, "{header}")
    }
}

/// Answers a [`RecordRequest`] under the policy in force on the first step's day; with `key`,
/// the outcome carries a sealed checkpoint, and a request may send one instead of the file.
pub fn answer_record(
    history: &PolicyHistory<CounsellingPolicy>,
    request: &RecordRequest,
    key: Option<&SealKey>,
) -> Result<Response<Recorded>, CounsellingError> {
    let day = request.steps.first().map(|s| s.at.local_date());
    let version = history.in_force_on_or_latest(day)?;
    let (start, whole) = match (&request.file, &request.checkpoint, key) {
        (Some(file), None, _) => {
            file.verify(&version.policy)?;
            (file.clone(), true)
        }
        (None, Some(checkpoint), Some(key)) => (SemesterFile::resume(checkpoint, key)?, false),
        (None, Some(_), None) => {
            return Err(invalid(
                "checkpoint",
                "this service holds no sealing key, so it seals no checkpoints and reads none: \
                 send the file",
            ));
        }
        (Some(_), Some(_), _) => {
            return Err(invalid(
                "checkpoint",
                "sent with `file`: send one of them, the file or the checkpoint after it",
            ));
        }
        (None, None, _) => {
            return Err(invalid(
                "file",
                "missing: send the semester's file, or the checkpoint after its last step",
            ));
        }
    };
    let before = start.history.len();
    let decision = Decision::explained(|why| {
        let mut file = start;
        file.record_all(&version.policy, &request.steps, why)?;
        Ok::<_, CounsellingError>(Recorded {
            events: file.history[before..].to_vec(),
            head: file.head,
            checkpoint: key.map(|key| file.checkpoint(key)),
            file: whole.then_some(file),
        })
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
        consolidate_with(&version.policy, &request.file),
    ))
}
