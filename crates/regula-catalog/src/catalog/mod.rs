//! The catalog itself (CA-1..CA-6): students in order, four session columns per student, entries
//! with their signatures, and an append-only history from which the rows always follow.

mod collation;
mod history;
mod replay;
mod signatures;

use std::collections::HashSet;

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::chain::Digest;
use regula_core::locale::{Arg, Message};
use regula_core::{Breach, Grade, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::model::{Exam, Header, Mark, Student};
use crate::policy::CatalogPolicy;
use crate::rules::{CA_1, CA_2, CA_3};
use collation::collation_key;

pub use history::{Change, Command, Event};
pub use replay::replay;
pub(crate) use signatures::missing;
pub use signatures::{Incomplete, SignatureSlot};

/// An earlier value struck out and replaced (CA-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The value struck out.
    pub from: Mark,
    /// The value written above it.
    pub to: Mark,
    /// Who corrected (the course holder).
    pub by: String,
    /// When.
    pub at: Instant,
}

/// One session column of a student's row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    /// The exam.
    pub exam: String,
    /// Its session.
    pub session: String,
    /// Its day.
    pub exam_day: NaiveDate,
    /// The current value.
    pub mark: Mark,
    /// Who entered it.
    pub entered_by: String,
    /// When.
    pub entered_at: Instant,
    /// Who signed it, in order.
    pub signatures: Vec<String>,
    /// Its corrections, oldest first: every earlier value is still here.
    pub corrections: Vec<Correction>,
    /// GR-11: the Dean annulled the result (obtained by fraud); the value stays, struck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annulled: Option<Annulment>,
    /// GR-14: the grade improvements (*măriri de notă*) of this column's grade, oldest first:
    /// the grade before each and each result stay here, and `mark` is the grade that stands.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub improvements: Vec<Improvement>,
}

impl Cell {
    /// The improvement of this column's grade at the improvement exam `exam`, if any (GR-14).
    pub fn improvement(&self, exam: &str) -> Option<&Improvement> {
        self.improvements.iter().find(|i| i.exam == exam)
    }
}

/// GR-14: a grade improvement (*mărire de notă*): the improvement exam's result written next to
/// the grade it improves, which stays visible; the higher of the two stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Improvement {
    /// The improvement exam.
    pub exam: String,
    /// Its session.
    pub session: String,
    /// Its day.
    pub exam_day: NaiveDate,
    /// The grade improved: the column's grade before the improvement.
    pub before: Grade,
    /// What the improvement exam gave: a grade, or *absent*.
    pub result: Mark,
    /// The grade that stands after it (GR-14): the higher of `before` and the result.
    pub stands: Grade,
    /// Who recorded the result.
    pub by: String,
    /// When.
    pub at: Instant,
    /// Who signed the result, in order (CA-5, as for an entry of the improvement exam).
    pub signatures: Vec<String>,
}

/// GR-11: a result the Dean annulled because it was obtained by fraud or in breach of the ethics
/// code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Annulment {
    /// The Dean.
    pub by: String,
    /// When.
    pub at: Instant,
    /// Why.
    pub reason: String,
    /// Whether the Dean ordered the exam to be held again.
    pub retake_ordered: bool,
}

/// A student's row: up to four session columns (CA-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// The student.
    pub student: String,
    /// The columns filled, in order.
    pub cells: Vec<Cell>,
}

/// The grade register of a group or series, or of a course (CA-1).
///
/// A catalog only grows: entries, signatures and corrections are appended to its history, and its
/// rows are always what the history gives — a catalog read from JSON whose rows differ from its
/// history is refused. A refused command changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "replay::CatalogSpec")]
pub struct Catalog {
    /// The header.
    pub header: Header,
    /// The students, by surname, father's initial and first name (CA-3).
    pub students: Vec<Student>,
    /// The exams recorded.
    pub exams: Vec<Exam>,
    /// One row per student, in the students' order.
    pub rows: Vec<Row>,
    /// Every change, oldest first.
    pub history: Vec<Event>,
    /// The head of the history's hash chain (CA-6): the SHA-256 link of its last event, or of the
    /// catalog's identity (header, students, exams) while it has none. Whoever keeps a copy of it
    /// detects any later rewrite ([`Catalog::verify_head`]).
    pub head: Digest,
}

impl Catalog {
    /// A new, empty catalog: the students sorted by surname, father's initial and first name in
    /// the Romanian alphabet (CA-3). A student or exam listed twice is an error.
    pub fn new(
        header: Header,
        mut students: Vec<Student>,
        exams: Vec<Exam>,
    ) -> Result<Self, CatalogError> {
        let mut ids = HashSet::new();
        for s in &students {
            if !ids.insert(s.id.as_str()) {
                return Err(CatalogError::DuplicateStudent {
                    student: s.id.clone(),
                });
            }
        }
        let mut exam_ids = HashSet::new();
        for e in &exams {
            if !exam_ids.insert(e.id.as_str()) {
                return Err(CatalogError::DuplicateExam { exam: e.id.clone() });
            }
        }
        students.sort_by_cached_key(|s| {
            (
                collation_key(&s.name.surname),
                collation_key(&s.name.father_initial),
                collation_key(&s.name.first_name),
                s.id.clone(),
            )
        });
        let rows = students
            .iter()
            .map(|s| Row {
                student: s.id.clone(),
                cells: Vec::new(),
            })
            .collect();
        let head = Digest::genesis("catalog", &(&header, &students, &exams));
        Ok(Catalog {
            header,
            students,
            exams,
            rows,
            history: Vec::new(),
            head,
        })
    }

    /// Checks the history against a head kept elsewhere (printed on the signed catalog, held by
    /// the secretariat or an auditor): any rewrite of the rows, of the history or of both since
    /// that head was taken is refused — unless events were only appended after it, which
    /// [`Catalog::verify_prefix`] tells apart.
    pub fn verify_head(&self, held: &Digest) -> Result<(), CatalogError> {
        regula_core::chain::check_head(&self.head, held).map_err(|problem| CatalogError::Tampered {
            catalog: self.header.id.clone(),
            problem,
        })
    }

    /// Checks that the history still holds the events of a copy taken earlier, whose event
    /// hashes are `held` (oldest first): the first event that does not match is named. Events
    /// appended since are allowed.
    pub fn verify_prefix(&self, held: &[Digest]) -> Result<(), CatalogError> {
        let now: Vec<Option<Digest>> = self.history.iter().map(|e| e.hash).collect();
        match regula_core::chain::divergence(&now, held) {
            None => Ok(()),
            Some(divergence) => Err(CatalogError::Tampered {
                catalog: self.header.id.clone(),
                problem: divergence.to_string(),
            }),
        }
    }

    pub(super) fn student_index(&self, student: &str) -> Result<usize, CatalogError> {
        self.students
            .iter()
            .position(|s| s.id == student)
            .ok_or_else(|| CatalogError::UnknownStudent {
                student: student.to_owned(),
                catalog: self.header.id.clone(),
            })
    }

    pub(super) fn exam(&self, exam: &str) -> Result<&Exam, CatalogError> {
        self.exams
            .iter()
            .find(|e| e.id == exam)
            .ok_or_else(|| CatalogError::UnknownExam {
                exam: exam.to_owned(),
                catalog: self.header.id.clone(),
            })
    }

    /// The row of `student`.
    pub fn row(&self, student: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.student == student)
    }

    /// The index of `student` and their column `column` (1-based).
    pub(super) fn cell(
        &self,
        student: &str,
        column: usize,
    ) -> Result<(usize, &Cell), CatalogError> {
        let s = self.student_index(student)?;
        let cell = self.rows[s]
            .cells
            .get(column.wrapping_sub(1))
            .ok_or_else(|| CatalogError::NoEntry {
                student: student.to_owned(),
                column,
            })?;
        Ok((s, cell))
    }

    /// A supplementary catalog (CA-2) for `students`, whose rows are full; attached to this one.
    pub fn supplementary(
        &self,
        policy: &CatalogPolicy,
        id: &str,
        students: &[String],
    ) -> Result<Catalog, CatalogError> {
        let mut listed = Vec::with_capacity(students.len());
        for student in students {
            let s = self.student_index(student)?;
            let used = self.rows[s].cells.len();
            if used < policy.columns as usize {
                return Err(CatalogError::RowNotFull {
                    student: student.clone(),
                    used,
                    columns: policy.columns,
                });
            }
            listed.push(self.students[s].clone());
        }
        let mut header = self.header.clone();
        header.id = id.to_owned();
        header.supplements = Some(self.header.id.clone());
        Catalog::new(header, listed, self.exams.clone())
    }

    /// Every value ever written in `student`'s column `column`, oldest first: the entry, each
    /// correction (CA-6) and each grade improvement's result (GR-14). The value that stands is
    /// the cell's `mark`.
    pub fn values_written(&self, student: &str, column: usize) -> Vec<Mark> {
        let mut values = Vec::new();
        for event in &self.history {
            match &event.change {
                Change::Entered {
                    student: s,
                    column: c,
                    mark,
                    ..
                } if s == student && *c == column => values.push(*mark),
                Change::Corrected {
                    student: s,
                    column: c,
                    to,
                    ..
                } if s == student && *c == column => values.push(*to),
                Change::Improved {
                    student: s,
                    column: c,
                    result,
                    ..
                } if s == student && *c == column => values.push(*result),
                _ => {}
            }
        }
        values
    }

    /// [`Catalog::check_header_with`] on the fast path: nothing is recorded.
    pub fn check_header(&self) -> Vec<Breach> {
        self.check_header_with(&mut NoExplanation)
    }

    /// What the header lacks (CA-1): the catalog is issued signed by the Dean and the secretary.
    pub fn check_header_with(&self, recorder: &mut impl Recorder) -> Vec<Breach> {
        let h = &self.header;
        let header: Vec<Breach> = [
            ("catalog-not-signed-by-dean", &h.dean),
            ("catalog-not-signed-by-secretary", &h.secretary),
        ]
        .into_iter()
        .filter(|(_, name)| name.trim().is_empty())
        .map(|(id, _)| Breach::new(&CA_1, Message::new(id)))
        .collect();
        recorder.record(|| {
            Step::says(
                &CA_1,
                if header.is_empty() {
                    Message::new("catalog-issued")
                        .arg("kind", h.kind.term())
                        .arg("course", h.course.as_str())
                        .arg("form", h.study_form.term())
                } else {
                    Message::new("common-sentence").arg(
                        "what",
                        Arg::List(header.iter().map(|b| b.message.clone()).collect()),
                    )
                },
            )
        });
        header
    }

    /// Explains how the catalog is laid out (CA-2, CA-3): the order of the students, the
    /// recognised grades.
    pub fn layout_with(&self, policy: &CatalogPolicy, recorder: &mut impl Recorder) {
        recorder.record(|| {
            Step::says(
                &CA_3,
                Message::new("catalog-layout")
                    .arg("students", self.students.len())
                    .arg(
                        "recognised",
                        self.students
                            .iter()
                            .filter(|s| s.recognised.is_some())
                            .count(),
                    ),
            )
        });
        let full: Vec<&str> = self
            .rows
            .iter()
            .filter(|r| r.cells.len() >= policy.columns as usize)
            .map(|r| r.student.as_str())
            .collect();
        if !full.is_empty() {
            recorder.record(|| {
                Step::says(
                    &CA_2,
                    Message::new("catalog-rows-full").arg("students", full.join(", ")),
                )
            });
        }
    }
}
