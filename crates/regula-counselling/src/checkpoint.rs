//! Recording a semester step by step without sending its whole history each time (CO-3..CO-6):
//! after a `counselling record`, a service that holds a sealing key answers a [`Checkpoint`] —
//! where the file stands after its last step, sealed — and the next call sends the checkpoint and
//! its new steps instead of the file. The service keeps nothing between calls; the seal is what
//! tells it that the state is the one it checked, not one written by the caller.
//!
//! What a checkpoint carries is what the next steps are checked against, and no more: the
//! semester and organisation (the faculties, who holds which role, CO-1, CO-6), the last step's
//! number and time (steps in time order), the head of the hash chain (the new events continue
//! it), and each report's and summary's stage (CO-3..CO-5). Of a report's activities it keeps
//! only those without an attendance list, the ones CO-3 may still stop at registration; the
//! contents stay in the file the caller keeps, to which it appends the events each call returns.
//!
//! Guarantees: a checkpoint changed in any byte, or sealed under another key, is refused; the
//! events a call returns chain from the checkpoint's head, so the caller's file, with them
//! appended, replays and verifies as if recorded in one call. Not guaranteed: that the
//! checkpoint is the newest — an older one is still sealed, and steps recorded from it start a
//! second history that ends at another head. Keeping one history (and one head) is the records
//! system's task, as it is with the whole file.

use std::collections::BTreeMap;

use regula_calendar::Instant;
use regula_core::chain::Digest;
use regula_core::seal::SealKey;
use serde::{Deserialize, Serialize};

use crate::error::{CounsellingError, invalid};
use crate::flow::{ReportState, SemesterFile, SummaryState};
use crate::organisation::Organisation;
use crate::semester::Semester;

/// The kind a checkpoint's seal is made for, so that no other sealed state passes for one.
const KIND: &str = "regula/counselling/checkpoint/v1";

/// Where a semester's file stands after its last recorded step, sealed by the service that
/// checked every step up to it (CO-3..CO-6): sent with the next steps instead of the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// The semester.
    pub semester: Semester,
    /// Who holds which role (CO-1).
    pub organisation: Organisation,
    /// The number of the last recorded step (0 before the first).
    pub events: u32,
    /// When the last step was taken; the next may not be earlier.
    pub last_at: Option<Instant>,
    /// The head of the history's hash chain after the last step.
    pub head: Digest,
    /// Each report's stage, by id; of its activities only those without an attendance list.
    pub reports: BTreeMap<String, ReportState>,
    /// Each faculty's summary stage, by faculty, without the career counsellor's activities.
    pub summaries: BTreeMap<String, SummaryState>,
    /// The service's HMAC-SHA256 over everything above.
    pub seal: Digest,
}

/// What the seal covers: every field but the seal, in their order.
#[derive(Serialize)]
struct Sealed<'a> {
    semester: &'a Semester,
    organisation: &'a Organisation,
    events: u32,
    last_at: &'a Option<Instant>,
    head: &'a Digest,
    reports: &'a BTreeMap<String, ReportState>,
    summaries: &'a BTreeMap<String, SummaryState>,
}

impl Checkpoint {
    fn sealed(&self) -> Sealed<'_> {
        Sealed {
            semester: &self.semester,
            organisation: &self.organisation,
            events: self.events,
            last_at: &self.last_at,
            head: &self.head,
            reports: &self.reports,
            summaries: &self.summaries,
        }
    }
}

impl SemesterFile {
    /// The file's checkpoint after its last step, sealed with `key`.
    pub fn checkpoint(&self, key: &SealKey) -> Checkpoint {
        let reports = self
            .reports
            .iter()
            .map(|(id, state)| {
                let mut state = state.clone();
                state.report.activities.retain(|a| a.attendees().is_empty());
                (id.clone(), state)
            })
            .collect();
        let summaries = self
            .summaries
            .iter()
            .map(|(faculty, state)| {
                let mut state = state.clone();
                state.activities.clear();
                (faculty.clone(), state)
            })
            .collect();
        let mut checkpoint = Checkpoint {
            semester: self.semester.clone(),
            organisation: self.organisation.clone(),
            events: self.last.map_or(0, |(seq, _)| seq),
            last_at: self.last.map(|(_, at)| at),
            head: self.head,
            reports,
            summaries,
            seal: self.head,
        };
        checkpoint.seal = key.seal(KIND, &checkpoint.sealed());
        checkpoint
    }

    /// The file as the checkpoint leaves it, to record steps after it: its history holds only the
    /// steps recorded from here. Refused, at `checkpoint.seal`, when `key` did not seal it.
    pub fn resume(
        checkpoint: &Checkpoint,
        key: &SealKey,
    ) -> Result<SemesterFile, CounsellingError> {
        if !key.verifies(KIND, &checkpoint.sealed(), &checkpoint.seal) {
            return Err(invalid(
                "checkpoint.seal",
                format!(
                    "{} is not this service's seal on the checkpoint: it was changed, or sealed \
                     under another key; send the file instead",
                    checkpoint.seal
                ),
            ));
        }
        let last = match (checkpoint.events, checkpoint.last_at) {
            (0, None) => None,
            (seq, Some(at)) if seq > 0 => Some((seq, at)),
            // Sealed, so written by a service: only a key shared with another writer gets here.
            (seq, at) => {
                let at = at.map_or_else(|| "null".to_owned(), |at| at.to_string());
                return Err(invalid(
                    "checkpoint.last_at",
                    format!("{at} does not go with {seq} steps recorded"),
                ));
            }
        };
        let mut file =
            SemesterFile::new(checkpoint.semester.clone(), checkpoint.organisation.clone())?;
        file.head = checkpoint.head;
        file.reports = checkpoint.reports.clone();
        file.summaries = checkpoint.summaries.clone();
        file.last = last;
        Ok(file)
    }
}
