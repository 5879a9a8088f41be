//! CA-7 through the appeals crate: the catalog handed in within 48 hours after the exam, the
//! electronic entry within 5 days, the student register within 90 days after the autumn session.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use regula_appeals::{AppealsPolicy, ExamFacts, deadlines_with, student_register_due_with};
use regula_calendar::Instant;
use regula_core::locale::{Arg, Message};
use regula_core::{NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::model::Exam;
use crate::rules::CA_7;

/// Where a CA-7 deadline stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum DueStatus {
    /// Done in time.
    Done {
        /// When.
        at: Instant,
    },
    /// Done after the deadline.
    Late {
        /// When.
        at: Instant,
    },
    /// Not yet done, not yet due.
    Pending,
    /// Not done, and the deadline has passed.
    Overdue,
}

impl DueStatus {
    /// Done in time, or not yet due.
    pub fn in_time(self) -> bool {
        matches!(self, DueStatus::Done { .. } | DueStatus::Pending)
    }
}

fn status(due: Instant, done: Option<Instant>, now: Instant) -> DueStatus {
    match done {
        Some(at) if at <= due => DueStatus::Done { at },
        Some(at) => DueStatus::Late { at },
        None if now > due => DueStatus::Overdue,
        None => DueStatus::Pending,
    }
}

/// The CA-7 deadlines of one exam of the catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ExamDeadlines {
    /// The exam.
    pub exam: String,
    /// When it ended.
    pub ended: Instant,
    /// The completed catalog at the secretariat.
    pub catalog_due: Instant,
    /// Where that stands.
    pub catalog: DueStatus,
    /// The secretary's electronic entry.
    pub electronic_entry_due: Instant,
    /// Where that stands.
    pub electronic_entry: DueStatus,
}

/// What was done when, to set against CA-7.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Handovers {
    /// When the catalog of each exam was handed in, by exam id.
    #[serde(default)]
    pub catalog_handed_in: BTreeMap<String, Instant>,
    /// When the secretary entered each exam's grades electronically, by exam id.
    #[serde(default)]
    pub entered_electronically: BTreeMap<String, Instant>,
    /// The last day of the autumn session, for the student register.
    #[serde(default)]
    pub autumn_session_end: Option<NaiveDate>,
    /// When the student register was printed.
    #[serde(default)]
    pub register_printed: Option<Instant>,
}

/// The student register's deadline (CA-7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RegisterDeadline {
    /// When it is due.
    pub due: Instant,
    /// Where it stands.
    pub status: DueStatus,
}

/// [`catalog_deadlines_with`] on the fast path: nothing is recorded.
pub fn catalog_deadlines(
    appeals: &AppealsPolicy,
    exams: &[Exam],
    done: &Handovers,
    now: Instant,
) -> Result<(Vec<ExamDeadlines>, Option<RegisterDeadline>), CatalogError> {
    catalog_deadlines_with(appeals, exams, done, now, &mut NoExplanation)
}

/// The CA-7 deadlines of every exam that has an end time, at `now`.
pub fn catalog_deadlines_with(
    appeals: &AppealsPolicy,
    exams: &[Exam],
    done: &Handovers,
    now: Instant,
    recorder: &mut impl Recorder,
) -> Result<(Vec<ExamDeadlines>, Option<RegisterDeadline>), CatalogError> {
    for (list, ids) in [
        ("catalog_handed_in", &done.catalog_handed_in),
        ("entered_electronically", &done.entered_electronically),
    ] {
        if let Some(id) = ids.keys().find(|id| !exams.iter().any(|e| &e.id == *id)) {
            return Err(CatalogError::Invalid {
                field: format!("handovers.{list}.{id}"),
                problem: format!("exam `{id}` is not recorded in the catalog"),
            });
        }
    }
    let mut out = Vec::new();
    for exam in exams {
        let Some(ended) = exam.ends_at else {
            recorder.record(|| {
                Step::says(
                    &CA_7,
                    Message::new("catalog-no-end-time").arg("exam", exam.id.as_str()),
                )
            });
            continue;
        };
        let d = deadlines_with(
            appeals,
            &ExamFacts::ended(exam.form, ended),
            &mut NoExplanation,
        )?;
        let catalog = status(
            d.catalog_due,
            done.catalog_handed_in.get(&exam.id).copied(),
            now,
        );
        let electronic_entry = status(
            d.electronic_entry_due,
            done.entered_electronically.get(&exam.id).copied(),
            now,
        );
        recorder.record(|| {
            Step::says(
                &CA_7,
                Message::new("catalog-deadlines")
                    .arg("exam", exam.id.as_str())
                    .arg("ended", ended)
                    .arg("catalog_due", d.catalog_due)
                    .arg("catalog_status", describe(catalog))
                    .arg("entry_due", d.electronic_entry_due)
                    .arg("entry_status", describe(electronic_entry)),
            )
        });
        out.push(ExamDeadlines {
            exam: exam.id.clone(),
            ended,
            catalog_due: d.catalog_due,
            catalog,
            electronic_entry_due: d.electronic_entry_due,
            electronic_entry,
        });
    }
    let register = match done.autumn_session_end {
        Some(end) => {
            let due = student_register_due_with(appeals, end, recorder)?;
            Some(RegisterDeadline {
                due,
                status: status(due, done.register_printed, now),
            })
        }
        None => None,
    };
    Ok((out, register))
}

/// Where a CA-7 deadline stands, in words.
fn describe(s: DueStatus) -> Arg {
    Arg::Phrase(Box::new(match s {
        DueStatus::Done { at } => Message::new("catalog-due-done").arg("at", at),
        DueStatus::Late { at } => Message::new("catalog-due-late").arg("at", at),
        DueStatus::Pending => Message::new("catalog-due-pending"),
        DueStatus::Overdue => Message::new("catalog-due-overdue"),
    }))
}
