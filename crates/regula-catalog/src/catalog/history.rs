//! What users ask a catalog to record (entries, signatures, corrections: CA-4..CA-6; technical
//! failures, annulments, grade improvements: GR-10, GR-11, GR-14) and the append-only history of
//! events it keeps.

use regula_calendar::Instant;
use regula_core::chain::Digest;
use regula_core::locale::{Arg, Message};
use regula_core::{Decision, Grade, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use super::replay::fold;
use super::*;
use crate::CatalogError;
use crate::model::{CommitteeKind, Exam, Mark, Role};
use crate::policy::CatalogPolicy;
use crate::rules::{CA_4, CA_5, CA_6, GR_10, GR_11, GR_14};

/// Where a value was just written: the student's row (its index), when, whose, which column.
#[derive(Clone, Copy)]
struct Written<'a> {
    s: usize,
    at: Instant,
    student: &'a str,
    column: usize,
}

/// What an event of the history did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Change {
    /// A value written in the student's next column (CA-4).
    Entered {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The column (1-based).
        column: usize,
        /// The value.
        mark: Mark,
    },
    /// A signature added to a column (CA-5): to its entry, or to one of its grade improvements.
    Signed {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// The improvement exam whose result is signed (GR-14); the entry itself when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exam: Option<String>,
    },
    /// GR-10: a student lost the connection to an online evaluation for a technical reason.
    TechnicalFailure {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The reason is proven.
        proven: bool,
        /// When the student reconnected, if they did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reconnected_at: Option<Instant>,
    },
    /// GR-11: the Dean annulled a result obtained by fraud; the value stays in the cell, struck.
    Annulled {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// Why.
        reason: String,
        /// Whether the Dean ordered the exam to be held again.
        retake_ordered: bool,
    },
    /// A value struck out and replaced (CA-6).
    Corrected {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// The value struck out.
        from: Mark,
        /// The new value.
        to: Mark,
    },
    /// GR-14: a grade improvement (*mărire de notă*): the improvement exam's result written next
    /// to the column's grade, which stays; the higher of the two stands.
    Improved {
        /// The student.
        student: String,
        /// The column (1-based) whose grade is improved.
        column: usize,
        /// The improvement exam.
        exam: String,
        /// The column's grade before: the grade improved.
        before: Grade,
        /// What the improvement exam gave.
        result: Mark,
        /// The grade that stands after it: the higher of `before` and the result (GR-14).
        stands: Grade,
    },
}

impl Change {
    /// The student whose row it changes.
    pub fn student(&self) -> &str {
        match self {
            Change::Entered { student, .. }
            | Change::Signed { student, .. }
            | Change::Corrected { student, .. }
            | Change::TechnicalFailure { student, .. }
            | Change::Annulled { student, .. }
            | Change::Improved { student, .. } => student,
        }
    }

    /// The column it changes (1-based); none for a technical failure (GR-10).
    pub fn column(&self) -> Option<usize> {
        match self {
            Change::Entered { column, .. }
            | Change::Signed { column, .. }
            | Change::Corrected { column, .. }
            | Change::Annulled { column, .. }
            | Change::Improved { column, .. } => Some(*column),
            Change::TechnicalFailure { .. } => None,
        }
    }
}

/// One event of the append-only history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Its number, from 1.
    pub seq: u64,
    /// When.
    pub at: Instant,
    /// Who.
    pub by: String,
    /// What.
    pub change: Change,
    /// The SHA-256 link of this event: of the link before it (or the catalog's identity) and of
    /// its number, time, author and change (CA-6). Absent in a history written before the chain;
    /// computed when read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<Digest>,
}

impl Event {
    /// The link this event makes after `previous`: its content's digest chained to it.
    pub fn link(&self, previous: &Digest) -> Digest {
        previous.link(&(self.seq, &self.at, &self.by, &self.change))
    }
}

/// What a user asks the catalog to record.
///
/// In JSON, one flat object whose `action` says which, with that action's fields only:
/// - `{"action": "enter", student, exam, mark, by, at, signatures?}` (CA-4, CA-5);
/// - `{"action": "sign", student, column, exam?, signer, at}` (CA-5; `exam` names a grade
///   improvement of the column to sign, the entry itself when absent);
/// - `{"action": "correct", student, column, mark, by, at}` (CA-6, the course holder);
/// - `{"action": "technical_failure", student, exam, proven, reconnected_at?, by, at}` (GR-10);
/// - `{"action": "annul", student, column, reason, retake_ordered?, by, at}` (GR-11, the Dean);
/// - `{"action": "improve", student, column, exam, mark, by, at, signatures?}` (GR-14: the
///   result of the improvement exam `exam` for the grade in `column`, which stays visible; the
///   higher of the two stands).
///
/// A `mark` is a grade `1`…`10` or `"absent"`; a bad value is reported at its own field
/// (`commands[0].mark`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    tag = "action",
    rename_all = "snake_case",
    deny_unknown_fields,
    try_from = "CommandSpec"
)]
pub enum Command {
    /// Enter a grade or *absent* in the student's next column, with the signatures given now.
    Enter {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The value.
        mark: Mark,
        /// Who enters it.
        by: String,
        /// When.
        at: Instant,
        /// Who signs it now (the one who enters it included, if they sign).
        #[serde(default)]
        signatures: Vec<String>,
    },
    /// Add a signature to an entry, or to a grade improvement of it.
    Sign {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// The improvement exam whose result is signed (GR-14); the entry itself when absent.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        exam: Option<String>,
        /// Who signs.
        signer: String,
        /// When.
        at: Instant,
    },
    /// GR-10: record a technical failure during an online evaluation (a member of the exam's
    /// committee). Without a proven reason and a reconnection within the exam's window, the
    /// student fails: the catalog records *absent* in their next column.
    TechnicalFailure {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The reason is proven.
        proven: bool,
        /// When the student reconnected, if they did.
        reconnected_at: Option<Instant>,
        /// Who records it.
        by: String,
        /// When the connection was lost.
        at: Instant,
    },
    /// GR-11: annul a result obtained by fraud (the Dean only).
    Annul {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// Why.
        reason: String,
        /// Whether the Dean orders the exam to be held again.
        retake_ordered: bool,
        /// Who annuls.
        by: String,
        /// When.
        at: Instant,
    },
    /// Correct an entry (the course holder only).
    Correct {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// The new value.
        mark: Mark,
        /// Who corrects.
        by: String,
        /// When.
        at: Instant,
    },
    /// GR-14: record a grade improvement (*mărire de notă*): the result of the improvement exam
    /// for the passing grade in a column, written next to it; the higher of the two stands. By
    /// whoever may enter that exam's grades, on its day (CA-4), with the signatures given now
    /// (CA-5).
    Improve {
        /// The student.
        student: String,
        /// The column (1-based) holding the grade improved.
        column: usize,
        /// The improvement exam, one of the catalog's exams: its session and day.
        exam: String,
        /// What the improvement exam gave: a grade, or *absent*.
        mark: Mark,
        /// Who records it.
        by: String,
        /// When.
        at: Instant,
        /// Who signs the result now.
        #[serde(default)]
        signatures: Vec<String>,
    },
}

#[derive(Clone, Copy, Deserialize, PartialEq, Eq, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(super) enum Action {
    Enter,
    Sign,
    TechnicalFailure,
    Annul,
    Correct,
    Improve,
}

impl Command {
    /// When the command takes effect.
    pub fn at(&self) -> Instant {
        match self {
            Command::Enter { at, .. }
            | Command::Sign { at, .. }
            | Command::Correct { at, .. }
            | Command::TechnicalFailure { at, .. }
            | Command::Annul { at, .. }
            | Command::Improve { at, .. } => *at,
        }
    }
}

/// A command as read: one flat record, so that a bad value is reported at its own field.
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct CommandSpec {
    action: Action,
    student: String,
    #[serde(default)]
    exam: Option<String>,
    #[serde(default)]
    mark: Option<Mark>,
    #[serde(default)]
    by: Option<String>,
    at: Instant,
    #[serde(default)]
    signatures: Option<Vec<String>>,
    #[serde(default)]
    column: Option<usize>,
    #[serde(default)]
    signer: Option<String>,
    #[serde(default)]
    proven: Option<bool>,
    #[serde(default)]
    reconnected_at: Option<Instant>,
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    retake_ordered: Option<bool>,
}

impl TryFrom<CommandSpec> for Command {
    type Error = String;
    fn try_from(s: CommandSpec) -> Result<Self, Self::Error> {
        let (name, fields): (&str, &[&str]) = match s.action {
            Action::Enter => ("enter", &["exam", "mark", "by", "signatures"]),
            Action::Sign => ("sign", &["column", "exam", "signer"]),
            Action::Correct => ("correct", &["column", "mark", "by"]),
            Action::TechnicalFailure => (
                "technical_failure",
                &["exam", "proven", "reconnected_at", "by"],
            ),
            Action::Annul => ("annul", &["column", "reason", "retake_ordered", "by"]),
            Action::Improve => ("improve", &["column", "exam", "mark", "by", "signatures"]),
        };
        let given = [
            ("exam", s.exam.is_some()),
            ("mark", s.mark.is_some()),
            ("by", s.by.is_some()),
            ("signatures", s.signatures.is_some()),
            ("column", s.column.is_some()),
            ("signer", s.signer.is_some()),
            ("proven", s.proven.is_some()),
            ("reconnected_at", s.reconnected_at.is_some()),
            ("reason", s.reason.is_some()),
            ("retake_ordered", s.retake_ordered.is_some()),
        ];
        if let Some((field, _)) = given.iter().find(|(f, g)| *g && !fields.contains(f)) {
            return Err(format!("`{name}` has no field `{field}`"));
        }
        fn need<T>(name: &str, field: &str, value: Option<T>) -> Result<T, String> {
            value.ok_or_else(|| format!("`{name}` needs `{field}`"))
        }
        Ok(match s.action {
            Action::Enter => Command::Enter {
                student: s.student,
                exam: need(name, "exam", s.exam)?,
                mark: need(name, "mark", s.mark)?,
                by: need(name, "by", s.by)?,
                at: s.at,
                signatures: s.signatures.unwrap_or_default(),
            },
            Action::Sign => Command::Sign {
                student: s.student,
                column: need(name, "column", s.column)?,
                exam: s.exam,
                signer: need(name, "signer", s.signer)?,
                at: s.at,
            },
            Action::Correct => Command::Correct {
                student: s.student,
                column: need(name, "column", s.column)?,
                mark: need(name, "mark", s.mark)?,
                by: need(name, "by", s.by)?,
                at: s.at,
            },
            Action::TechnicalFailure => Command::TechnicalFailure {
                student: s.student,
                exam: need(name, "exam", s.exam)?,
                proven: need(name, "proven", s.proven)?,
                reconnected_at: s.reconnected_at,
                by: need(name, "by", s.by)?,
                at: s.at,
            },
            Action::Annul => Command::Annul {
                student: s.student,
                column: need(name, "column", s.column)?,
                reason: need(name, "reason", s.reason)?,
                retake_ordered: s.retake_ordered.unwrap_or(false),
                by: need(name, "by", s.by)?,
                at: s.at,
            },
            Action::Improve => Command::Improve {
                student: s.student,
                column: need(name, "column", s.column)?,
                exam: need(name, "exam", s.exam)?,
                mark: need(name, "mark", s.mark)?,
                by: need(name, "by", s.by)?,
                at: s.at,
                signatures: s.signatures.unwrap_or_default(),
            },
        })
    }
}

impl Catalog {
    /// Records one command, or refuses it and changes nothing; the fast path, nothing recorded.
    /// `pass_grade` is the grading policy's pass grade (`grading.pass_grade`, GR-1): only a
    /// column holding at least it records a grade improvement (GR-13, GR-14).
    pub fn apply(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        command: &Command,
    ) -> Result<(), CatalogError> {
        self.apply_with(policy, pass_grade, command, &mut NoExplanation)
    }

    /// [`Catalog::apply`] with the rules that decided it.
    pub fn apply_explained(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        command: &Command,
    ) -> Result<Decision<()>, CatalogError> {
        Decision::explained(|why| self.apply_with(policy, pass_grade, command, why))
    }

    /// [`Catalog::apply_all_with`] on the fast path: nothing is recorded.
    pub fn apply_all(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        commands: &[Command],
    ) -> Result<(), CatalogError> {
        self.apply_all_with(policy, pass_grade, commands, &mut NoExplanation)
    }

    /// Records every command in order, or none: the first refused one is the error, naming its
    /// position, and the catalog is unchanged. `pass_grade` as in [`Catalog::apply`] (GR-13).
    pub fn apply_all_with(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        commands: &[Command],
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        let mut next = self.clone();
        for (index, command) in commands.iter().enumerate() {
            next.apply_with(policy, pass_grade, command, recorder)
                .map_err(|error| CatalogError::Command {
                    index,
                    error: Box::new(error),
                })?;
        }
        *self = next;
        Ok(())
    }

    pub(super) fn check_order(&self, at: Instant) -> Result<(), CatalogError> {
        match self.history.last() {
            Some(last) if at < last.at => Err(CatalogError::OutOfOrder { at, last: last.at }),
            _ => Ok(()),
        }
    }

    /// Appends an event to the history and applies it to the row of student `s` (its index):
    /// the only way the catalog changes after it is made.
    pub(super) fn record(
        &mut self,
        s: usize,
        at: Instant,
        by: &str,
        change: Change,
    ) -> Result<(), CatalogError> {
        let mut event = Event {
            seq: self.history.len() as u64 + 1,
            at,
            by: by.to_owned(),
            change,
            hash: None,
        };
        fold(&mut self.rows[s], &self.exams, &event).map_err(|problem| CatalogError::Tampered {
            catalog: self.header.id.clone(),
            problem,
        })?;
        let hash = event.link(&self.head);
        event.hash = Some(hash);
        self.head = hash;
        self.history.push(event);
        Ok(())
    }

    /// [`Catalog::apply`] recording its steps into any [`Recorder`]; `pass_grade` as there
    /// (GR-13).
    pub fn apply_with(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        command: &Command,
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        match command {
            Command::Enter {
                student,
                exam,
                mark,
                by,
                at,
                signatures,
            } => self.enter(policy, student, exam, *mark, by, *at, signatures, recorder),
            Command::Sign {
                student,
                column,
                exam,
                signer,
                at,
            } => {
                self.check_order(*at)?;
                let (s, cell) = self.cell(student, *column)?;
                // GR-14: `exam` names a grade improvement of the column; the entry itself when
                // absent or when it names the entry's own exam.
                let improvement = exam.as_deref().filter(|e| *e != cell.exam);
                let (signed_exam, already) = match improvement {
                    None => (cell.exam.as_str(), &cell.signatures),
                    Some(e) => match cell.improvement(e) {
                        Some(i) => (e, &i.signatures),
                        None => {
                            return Err(CatalogError::Improvement {
                                field: "exam".into(),
                                why: Message::new("catalog-improve-none")
                                    .arg("student", student.as_str())
                                    .arg("column", *column)
                                    .arg("exam", e),
                            });
                        }
                    },
                };
                let exam = self.exam(signed_exam)?;
                self.check_signer(policy, exam, already, signer, student, *column)?;
                let change = Change::Signed {
                    student: student.clone(),
                    column: *column,
                    exam: improvement.map(str::to_owned),
                };
                self.record(s, *at, signer, change)?;
                recorder.record(|| {
                    Step::says(
                        &CA_5,
                        match improvement {
                            None => Message::new("catalog-signs"),
                            Some(e) => Message::new("catalog-signs-improvement").arg("exam", e),
                        }
                        .arg("signer", signer.as_str())
                        .arg("student", student.as_str())
                        .arg("column", *column),
                    )
                });
                Ok(())
            }
            Command::Improve {
                student,
                column,
                exam,
                mark,
                by,
                at,
                signatures,
            } => self.improve(
                policy, pass_grade, student, *column, exam, *mark, by, *at, signatures, recorder,
            ),
            Command::Correct {
                student,
                column,
                mark,
                by,
                at,
            } => {
                self.check_order(*at)?;
                let (s, cell) = self.cell(student, *column)?;
                let from = cell.mark;
                if *by != self.header.holder {
                    return Err(CatalogError::NotAuthorised {
                        by: by.clone(),
                        action: Message::new("catalog-action-correct")
                            .arg("student", student.as_str())
                            .arg("column", *column),
                        why: Message::new("catalog-why-holder-corrects")
                            .arg("holder", self.header.holder.as_str()),
                    });
                }
                if from == *mark {
                    return Err(CatalogError::NoChange {
                        student: student.clone(),
                        column: *column,
                        mark: mark.in_words(),
                    });
                }
                let change = Change::Corrected {
                    student: student.clone(),
                    column: *column,
                    from,
                    to: *mark,
                };
                self.record(s, *at, by, change)?;
                recorder.record(|| {
                    Step::says(
                        &CA_6,
                        Message::new("catalog-corrects")
                            .arg("by", by.as_str())
                            .arg("student", student.as_str())
                            .arg("column", *column)
                            .arg("from", from.arg())
                            .arg("to", mark.arg()),
                    )
                });
                Ok(())
            }
            Command::TechnicalFailure {
                student,
                exam,
                proven,
                reconnected_at,
                by,
                at,
            } => {
                // GR-10 may record two events (the failure, then *absent*): both or neither, so
                // the failure of a student whose cell is already written changes nothing.
                let mut next = self.clone();
                next.technical_failure(
                    policy,
                    student,
                    exam,
                    *proven,
                    *reconnected_at,
                    by,
                    *at,
                    recorder,
                )?;
                *self = next;
                Ok(())
            }
            Command::Annul {
                student,
                column,
                reason,
                retake_ordered,
                by,
                at,
            } => {
                self.check_order(*at)?;
                if *by != self.header.dean {
                    return Err(CatalogError::NotAuthorised {
                        by: by.clone(),
                        action: Message::new("catalog-action-annul")
                            .arg("student", student.as_str())
                            .arg("column", *column),
                        why: Message::new("catalog-why-dean-annuls")
                            .arg("dean", self.header.dean.as_str()),
                    });
                }
                if reason.trim().is_empty() {
                    return Err(CatalogError::Invalid {
                        field: "reason".into(),
                        problem: "an annulment states its reason (GR-11)".into(),
                    });
                }
                let (s, cell) = self.cell(student, *column)?;
                let mark = cell.mark;
                if cell.annulled.is_some() {
                    return Err(CatalogError::Invalid {
                        field: "column".into(),
                        problem: format!("{student}'s column {column} is already annulled"),
                    });
                }
                let change = Change::Annulled {
                    student: student.clone(),
                    column: *column,
                    reason: reason.clone(),
                    retake_ordered: *retake_ordered,
                };
                self.record(s, *at, by, change)?;
                recorder.record(|| {
                    Step::says(
                        &GR_11,
                        Message::new(if *retake_ordered {
                            "catalog-annuls-retake"
                        } else {
                            "catalog-annuls"
                        })
                        .arg("by", by.as_str())
                        .arg("student", student.as_str())
                        .arg("mark", mark.arg())
                        .arg("column", *column)
                        .arg("reason", reason.as_str()),
                    )
                });
                Ok(())
            }
        }
    }

    /// GR-10: a technical failure during an online evaluation. A proven reason and a reconnection
    /// within the exam's window (never extended) give the student a different test; otherwise
    /// the student fails and becomes a restanțier, and the catalog records *absent*.
    #[allow(clippy::too_many_arguments)]
    fn technical_failure(
        &mut self,
        policy: &CatalogPolicy,
        student: &str,
        exam_id: &str,
        proven: bool,
        reconnected_at: Option<Instant>,
        by: &str,
        at: Instant,
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        self.check_order(at)?;
        let s = self.student_index(student)?;
        let exam = self.exam(exam_id)?.clone();
        if !exam.form.is_online() {
            return Err(CatalogError::Invalid {
                field: "exam".into(),
                problem: format!(
                    "`{exam_id}` is held {}; GR-10 concerns online evaluations",
                    exam.form
                ),
            });
        }
        if !exam.committee.iter().any(|m| m.name == by) {
            return Err(CatalogError::NotAuthorised {
                by: by.to_owned(),
                action: Message::new("catalog-action-technical-failure")
                    .arg("student", student)
                    .arg("exam", exam_id),
                why: Message::new("catalog-why-committee-records"),
            });
        }
        let Some(window_end) = exam.ends_at else {
            return Err(CatalogError::Invalid {
                field: "exam".into(),
                problem: format!("`{exam_id}` has no end time, so GR-10's window is unknown"),
            });
        };
        if at > window_end {
            return Err(CatalogError::Invalid {
                field: "at".into(),
                problem: format!("{at} is after `{exam_id}` ended ({window_end})"),
            });
        }
        if let Some(back) = reconnected_at
            && back < at
        {
            return Err(CatalogError::Invalid {
                field: "reconnected_at".into(),
                problem: format!("{back} is before the connection was lost ({at})"),
            });
        }
        let in_window = reconnected_at.filter(|back| *back <= window_end);
        let change = Change::TechnicalFailure {
            student: student.to_owned(),
            exam: exam_id.to_owned(),
            proven,
            reconnected_at,
        };
        // The policy's backup sitting for a proven failure without a reconnection in time: no
        // cell changes, the student sits the exam again.
        if let (true, None, Some(backup)) = (proven, in_window, policy.backup_sitting) {
            let message = backup.granted(student, exam_id, at, window_end)?;
            self.record(s, at, by, change)?;
            recorder.record(|| Step::says(&GR_10, message));
            return Ok(());
        }
        self.record(s, at, by, change)?;
        match (proven, in_window) {
            (true, Some(back)) => {
                recorder.record(|| {
                    Step::says(
                        &GR_10,
                        Message::new("catalog-reconnected")
                            .arg("student", student)
                            .arg("exam", exam_id)
                            .arg("at", at)
                            .arg("back", back)
                            .arg("window_end", window_end),
                    )
                });
                Ok(())
            }
            _ => {
                let why = if !proven {
                    Message::new("catalog-failure-not-proven")
                } else {
                    match reconnected_at {
                        Some(back) => Message::new("catalog-reconnected-late")
                            .arg("back", back)
                            .arg("window_end", window_end),
                        None => Message::new("catalog-no-reconnection"),
                    }
                };
                recorder.record(|| {
                    Step::says(
                        &GR_10,
                        Message::new("catalog-connection-lost")
                            .arg("student", student)
                            .arg("exam", exam_id)
                            .arg("at", at)
                            .arg("why", Arg::Phrase(Box::new(why))),
                    )
                });
                self.enter(
                    policy,
                    student,
                    exam_id,
                    Mark::Absent,
                    by,
                    at,
                    &[],
                    recorder,
                )
            }
        }
    }

    pub(super) fn check_signer(
        &self,
        policy: &CatalogPolicy,
        exam: &Exam,
        already: &[String],
        signer: &str,
        student: &str,
        column: usize,
    ) -> Result<(), CatalogError> {
        let slots = self.signature_slots(policy, exam);
        if !slots.iter().any(|s| s.signers.iter().any(|n| n == signer)) {
            let expected: Vec<&str> = slots
                .iter()
                .flat_map(|s| s.signers.iter().map(String::as_str))
                .collect();
            return Err(CatalogError::UnknownSigner {
                signer: signer.to_owned(),
                exam: exam.id.clone(),
                expected: expected.join(", "),
            });
        }
        if already.iter().any(|s| s == signer) {
            return Err(CatalogError::AlreadySigned {
                signer: signer.to_owned(),
                student: student.to_owned(),
                column,
            });
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn enter(
        &mut self,
        policy: &CatalogPolicy,
        student: &str,
        exam_id: &str,
        mark: Mark,
        by: &str,
        at: Instant,
        signatures: &[String],
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        self.check_order(at)?;
        let s = self.student_index(student)?;
        let exam = self.exam(exam_id)?.clone();
        if let Some(grade) = self.students[s].recognised {
            return Err(CatalogError::AlreadyRecognised {
                student: student.to_owned(),
                grade: u8::from(grade),
            });
        }
        self.check_writer(policy, &exam, by, at)?;
        let row = &self.rows[s];
        if let Some(i) = row.cells.iter().position(|c| c.exam == exam.id) {
            return Err(CatalogError::AlreadyEntered {
                student: student.to_owned(),
                exam: exam.id.clone(),
                column: i + 1,
            });
        }
        if row.cells.len() >= policy.columns as usize {
            return Err(CatalogError::RowFull {
                student: student.to_owned(),
                columns: policy.columns,
            });
        }
        let column = row.cells.len() + 1;
        let signed = self.checked_signatures(policy, &exam, signatures, student, column)?;
        let change = Change::Entered {
            student: student.to_owned(),
            exam: exam.id.clone(),
            column,
            mark,
        };
        self.record(s, at, by, change)?;
        recorder.record(|| {
            Step::says(
                &CA_4,
                Message::new("catalog-enters")
                    .arg("by", by)
                    .arg("mark", mark.arg())
                    .arg("student", student)
                    .arg("column", column)
                    .arg("session", exam.session.as_str())
                    .arg("date", exam.date),
            )
        });
        let written = Written {
            s,
            at,
            student,
            column,
        };
        self.record_signatures(policy, &exam, written, None, signed, recorder)
    }

    /// GR-14: a grade improvement of `student`'s column `column`: the result of the improvement
    /// exam `exam_id` written next to the column's grade, which stays; the higher of the two
    /// stands. Only a passing grade (at least `pass_grade`, the grading policy's: GR-13), not
    /// annulled (GR-11), is improved, by an exam after
    /// the one that gave it, each improvement exam once; the result is entered like any grade of
    /// that exam (CA-4, CA-5). A second improvement of the same column is recorded too — the
    /// grade register records what happened; whether the student could sit it (once per course,
    /// the quotas) is GR-13's decision, `grade improve` — and the highest grade stands.
    #[allow(clippy::too_many_arguments)]
    fn improve(
        &mut self,
        policy: &CatalogPolicy,
        pass_grade: Grade,
        student: &str,
        column: usize,
        exam_id: &str,
        result: Mark,
        by: &str,
        at: Instant,
        signatures: &[String],
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        self.check_order(at)?;
        let s = self.student_index(student)?;
        let exam = self.exam(exam_id)?.clone();
        // Each refusal names the field and says what it holds.
        let refuse = |field: &str, why: Message| CatalogError::Improvement {
            field: field.to_owned(),
            why: why
                .arg("student", student)
                .arg("column", column)
                .arg("exam", exam_id),
        };
        let Some(cell) = self.rows[s].cells.get(column.wrapping_sub(1)) else {
            return Err(refuse("column", Message::new("catalog-improve-empty")));
        };
        if cell.annulled.is_some() {
            return Err(refuse("column", Message::new("catalog-improve-annulled")));
        }
        let before = match cell.mark {
            Mark::Grade(g) if g >= pass_grade => g,
            other => {
                return Err(refuse(
                    "column",
                    Message::new("catalog-improve-not-passed")
                        .arg("mark", other.arg())
                        .arg("pass", pass_grade),
                ));
            }
        };
        if cell.exam == exam.id {
            return Err(refuse("exam", Message::new("catalog-improve-same-exam")));
        }
        if exam.date <= cell.exam_day {
            return Err(refuse(
                "exam",
                Message::new("catalog-improve-not-after")
                    .arg("date", exam.date)
                    .arg("exam_day", cell.exam_day),
            ));
        }
        if cell.improvement(&exam.id).is_some() {
            return Err(refuse("exam", Message::new("catalog-improve-again")));
        }
        self.check_writer(policy, &exam, by, at)?;
        let signed = self.checked_signatures(policy, &exam, signatures, student, column)?;
        let stands = before.after_improvement(result.grade());
        let change = Change::Improved {
            student: student.to_owned(),
            column,
            exam: exam.id.clone(),
            before,
            result,
            stands,
        };
        self.record(s, at, by, change)?;
        recorder.record(|| {
            let said = match result {
                Mark::Absent => "catalog-improves-absent",
                Mark::Grade(_) if stands > before => "catalog-improves-raised",
                Mark::Grade(_) => "catalog-improves-kept",
            };
            Step::says(
                &GR_14,
                Message::new(said)
                    .arg("by", by)
                    .arg("student", student)
                    .arg("before", before)
                    .arg("column", column)
                    .arg("session", exam.session.as_str())
                    .arg("date", exam.date)
                    .arg("result", result.arg())
                    .arg("stands", stands),
            )
        });
        let written = Written {
            s,
            at,
            student,
            column,
        };
        self.record_signatures(policy, &exam, written, Some(&exam.id), signed, recorder)
    }

    /// CA-4, SC-7: whether `by` may write a value for `exam` at `at`: on the exam's day when the
    /// policy says so, and as the course holder or the committee.
    fn check_writer(
        &self,
        policy: &CatalogPolicy,
        exam: &Exam,
        by: &str,
        at: Instant,
    ) -> Result<(), CatalogError> {
        if policy.entry_on_exam_day_only && at.local_date() != exam.date {
            return Err(CatalogError::NotExamDay {
                exam: exam.id.clone(),
                exam_day: exam.date,
                at,
            });
        }
        self.check_enterer(exam, by)
    }

    /// CA-5: the signatures given with a value, each checked against the exam's signature slots
    /// and the ones before it.
    fn checked_signatures(
        &self,
        policy: &CatalogPolicy,
        exam: &Exam,
        signatures: &[String],
        student: &str,
        column: usize,
    ) -> Result<Vec<String>, CatalogError> {
        let mut signed: Vec<String> = Vec::new();
        for signer in signatures {
            self.check_signer(policy, exam, &signed, signer, student, column)?;
            signed.push(signer.clone());
        }
        Ok(signed)
    }

    /// CA-5: records the signatures given with a value just written — the column's entry, or the
    /// result of its improvement exam `improvement` — then says whether every signature the
    /// value needs is there.
    fn record_signatures(
        &mut self,
        policy: &CatalogPolicy,
        exam: &Exam,
        written: Written<'_>,
        improvement: Option<&str>,
        signed: Vec<String>,
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        let Written {
            s,
            at,
            student,
            column,
        } = written;
        for signer in signed {
            let change = Change::Signed {
                student: student.to_owned(),
                column,
                exam: improvement.map(str::to_owned),
            };
            self.record(s, at, &signer, change)?;
        }
        let cell = &self.rows[s].cells[column - 1];
        let signatures = match improvement {
            None => Some(&cell.signatures),
            Some(exam_id) => cell.improvement(exam_id).map(|i| &i.signatures),
        };
        let missing = signatures
            .map(|signatures| self.missing(policy, exam, signatures))
            .unwrap_or_default();
        let (signed_id, incomplete_id) = match improvement {
            None => ("catalog-entry-signed", "catalog-entry-incomplete"),
            Some(_) => (
                "catalog-improvement-signed",
                "catalog-improvement-incomplete",
            ),
        };
        recorder.record(|| {
            Step::says(
                &CA_5,
                if missing.is_empty() {
                    Message::new(signed_id)
                } else {
                    Message::new(incomplete_id).arg("missing", super::signatures::missing(&missing))
                },
            )
        });
        Ok(())
    }

    /// Who may write a grade (CA-4, SC-7): the course holder; the assistant only by delegation;
    /// for a committee named by the Dean, its members.
    pub(super) fn check_enterer(&self, exam: &Exam, by: &str) -> Result<(), CatalogError> {
        let refuse = |why: Message| {
            Err(CatalogError::NotAuthorised {
                by: by.to_owned(),
                action: Message::new("catalog-action-enter").arg("exam", exam.id.as_str()),
                why,
            })
        };
        match exam.committee_kind {
            CommitteeKind::Regular => {
                if by == self.header.holder {
                    return Ok(());
                }
                match exam.member(by).map(|m| m.role) {
                    Some(Role::Assistant) if exam.assistant_delegated => Ok(()),
                    Some(Role::Assistant) => refuse(
                        Message::new("catalog-why-not-delegated")
                            .arg("holder", self.header.holder.as_str()),
                    ),
                    _ => refuse(
                        Message::new("catalog-why-holder-enters")
                            .arg("holder", self.header.holder.as_str()),
                    ),
                }
            }
            CommitteeKind::HolderAbsent | CommitteeKind::DeansOffice => {
                if exam.member(by).is_some() {
                    Ok(())
                } else {
                    refuse(Message::new("catalog-why-committee-enters"))
                }
            }
        }
    }
}
