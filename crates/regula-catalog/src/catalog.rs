//! The catalog itself (CA-1..CA-6): students in order, four session columns per student, entries
//! with their signatures, and an append-only history from which the rows always follow.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::{Breach, Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::model::{CommitteeKind, Exam, Header, Mark, Role, Student};
use crate::policy::{CatalogPolicy, SecondSigner};
use crate::rules::{CA_1, CA_2, CA_3, CA_4, CA_5, CA_6};

/// An earlier value struck out and replaced (CA-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// A student's row: up to four session columns (CA-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// The student.
    pub student: String,
    /// The columns filled, in order.
    pub cells: Vec<Cell>,
}

/// What an event of the history did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// A signature added to a column (CA-5).
    Signed {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
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
}

impl Change {
    /// The student whose row it changes.
    pub fn student(&self) -> &str {
        match self {
            Change::Entered { student, .. }
            | Change::Signed { student, .. }
            | Change::Corrected { student, .. } => student,
        }
    }

    /// The column it changes (1-based).
    pub fn column(&self) -> usize {
        match self {
            Change::Entered { column, .. }
            | Change::Signed { column, .. }
            | Change::Corrected { column, .. } => *column,
        }
    }
}

/// One event of the append-only history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// What a user asks the catalog to record.
///
/// In JSON: `{"action": "enter" | "sign" | "correct", …}` with the fields of the variant; a bad
/// value is reported at its own field (`commands[0].mark`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// Add a signature to an entry.
    Sign {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
        /// Who signs.
        signer: String,
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
}

#[derive(Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Action {
    Enter,
    Sign,
    Correct,
}

/// A command as read: one flat record, so that a bad value is reported at its own field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandSpec {
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
}

impl TryFrom<CommandSpec> for Command {
    type Error = String;
    fn try_from(s: CommandSpec) -> Result<Self, Self::Error> {
        let (name, fields): (&str, &[&str]) = match s.action {
            Action::Enter => ("enter", &["exam", "mark", "by", "signatures"]),
            Action::Sign => ("sign", &["column", "signer"]),
            Action::Correct => ("correct", &["column", "mark", "by"]),
        };
        let given = [
            ("exam", s.exam.is_some()),
            ("mark", s.mark.is_some()),
            ("by", s.by.is_some()),
            ("signatures", s.signatures.is_some()),
            ("column", s.column.is_some()),
            ("signer", s.signer.is_some()),
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
        })
    }
}

/// One signature an entry needs, and who may give it (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignatureSlot {
    /// What the signature is (`examiner`, `second examiner`, `committee member`, `Dean`).
    pub label: String,
    /// Who may give it.
    pub signers: Vec<String>,
}

/// An entry lacking a signature (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Incomplete {
    /// The student.
    pub student: String,
    /// The column (1-based).
    pub column: usize,
    /// The exam.
    pub exam: String,
    /// The signatures missing.
    pub missing: Vec<String>,
}

impl fmt::Display for Incomplete {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, column {} (exam {}): missing {}",
            self.student,
            self.column,
            self.exam,
            self.missing.join(", ")
        )
    }
}

/// The grade register of a group or series, or of a course (CA-1).
///
/// A catalog only grows: entries, signatures and corrections are appended to its history, and its
/// rows are always what the history gives — a catalog read from JSON whose rows differ from its
/// history is refused. A refused command changes nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CatalogSpec")]
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogSpec {
    header: Header,
    students: Vec<Student>,
    #[serde(default)]
    exams: Vec<Exam>,
    #[serde(default)]
    rows: Option<Vec<Row>>,
    #[serde(default)]
    history: Vec<Event>,
}

impl TryFrom<CatalogSpec> for Catalog {
    type Error = CatalogError;
    fn try_from(spec: CatalogSpec) -> Result<Self, Self::Error> {
        let mut catalog = Catalog::new(spec.header, spec.students, spec.exams)?;
        catalog.rows = replay(&catalog, &spec.history)?;
        catalog.history = spec.history;
        if let Some(rows) = spec.rows
            && rows != catalog.rows
        {
            let problem = first_difference(&rows, &catalog.rows);
            return Err(CatalogError::Tampered {
                catalog: catalog.header.id.clone(),
                problem,
            });
        }
        Ok(catalog)
    }
}

fn first_difference(stored: &[Row], replayed: &[Row]) -> String {
    for (a, b) in stored.iter().zip(replayed) {
        if a != b {
            return format!("the stored row of `{}` differs from its history", b.student);
        }
    }
    format!(
        "{} rows stored, {} in the history",
        stored.len(),
        replayed.len()
    )
}

/// A sort key that follows the Romanian alphabet: ă after a, â after ă, î after i, ș after s,
/// ț after t; case does not matter.
fn collation_key(text: &str) -> Vec<(u32, u8)> {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ă' => ('a' as u32, 1),
            'â' => ('a' as u32, 2),
            'î' => ('i' as u32, 1),
            'ș' | 'ş' => ('s' as u32, 1),
            'ț' | 'ţ' => ('t' as u32, 1),
            c => (c as u32, 0),
        })
        .collect()
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
        Ok(Catalog {
            header,
            students,
            exams,
            rows,
            history: Vec::new(),
        })
    }

    fn student_index(&self, student: &str) -> Result<usize, CatalogError> {
        self.students
            .iter()
            .position(|s| s.id == student)
            .ok_or_else(|| CatalogError::UnknownStudent {
                student: student.to_owned(),
                catalog: self.header.id.clone(),
            })
    }

    fn exam(&self, exam: &str) -> Result<&Exam, CatalogError> {
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

    /// The signatures a grade of `exam` needs (CA-5).
    pub fn signature_slots(&self, policy: &CatalogPolicy, exam: &Exam) -> Vec<SignatureSlot> {
        let with_role = |roles: &[Role]| -> Vec<String> {
            exam.committee
                .iter()
                .filter(|m| roles.contains(&m.role))
                .map(|m| m.name.clone())
                .collect()
        };
        let dean = || SignatureSlot {
            label: "the Dean's countersignature".into(),
            signers: vec![self.header.dean.clone()],
        };
        match exam.committee_kind {
            CommitteeKind::Regular => {
                let mut slots = vec![SignatureSlot {
                    label: "the examiner (the course holder)".into(),
                    signers: vec![self.header.holder.clone()],
                }];
                match policy.second_signer(exam.form) {
                    SecondSigner::None => {}
                    SecondSigner::AppliedTeacher => slots.push(SignatureSlot {
                        label: "the applied-part teacher".into(),
                        signers: with_role(&[Role::AppliedTeacher]),
                    }),
                    SecondSigner::AppliedTeacherOrAssistant => slots.push(SignatureSlot {
                        label: "the second examiner or the assistant".into(),
                        signers: with_role(&[Role::AppliedTeacher, Role::Assistant]),
                    }),
                }
                slots
            }
            CommitteeKind::HolderAbsent | CommitteeKind::DeansOffice => {
                let mut slots: Vec<SignatureSlot> = exam
                    .committee
                    .iter()
                    .map(|m| SignatureSlot {
                        label: format!("committee member {}", m.name),
                        signers: vec![m.name.clone()],
                    })
                    .collect();
                if exam.committee_kind == CommitteeKind::DeansOffice
                    || policy.dean_countersigns_holder_absent
                {
                    slots.push(dean());
                }
                slots
            }
        }
    }

    /// The signatures still missing from a cell.
    fn missing(&self, policy: &CatalogPolicy, exam: &Exam, cell: &Cell) -> Vec<String> {
        let mut used: HashSet<String> = HashSet::new();
        let mut missing = Vec::new();
        for slot in self.signature_slots(policy, exam) {
            match slot
                .signers
                .iter()
                .find(|s| cell.signatures.contains(s) && !used.contains(s.as_str()))
            {
                Some(s) => {
                    used.insert(s.clone());
                }
                None if slot.signers.is_empty() => missing.push(format!(
                    "{} (nobody in the committee can give it)",
                    slot.label
                )),
                None => missing.push(slot.label),
            }
        }
        missing
    }

    /// Every entry lacking a signature (CA-5).
    pub fn incomplete(&self, policy: &CatalogPolicy) -> Vec<Incomplete> {
        let mut found = Vec::new();
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                let Ok(exam) = self.exam(&cell.exam) else {
                    continue;
                };
                let missing = self.missing(policy, exam, cell);
                if !missing.is_empty() {
                    found.push(Incomplete {
                        student: row.student.clone(),
                        column: i + 1,
                        exam: cell.exam.clone(),
                        missing,
                    });
                }
            }
        }
        found
    }

    /// Records one command, or refuses it and changes nothing; the fast path, nothing recorded.
    pub fn apply(&mut self, policy: &CatalogPolicy, command: &Command) -> Result<(), CatalogError> {
        self.apply_with(policy, command, &mut NoExplanation)
    }

    /// [`Catalog::apply`] with the rules that decided it.
    pub fn apply_explained(
        &mut self,
        policy: &CatalogPolicy,
        command: &Command,
    ) -> Result<Decision<()>, CatalogError> {
        Decision::explained(|why| self.apply_with(policy, command, why))
    }

    /// Records every command in order, or none: the first refused one is the error, naming its
    /// position, and the catalog is unchanged.
    pub fn apply_all(
        &mut self,
        policy: &CatalogPolicy,
        commands: &[Command],
        recorder: &mut impl Recorder,
    ) -> Result<(), CatalogError> {
        let mut next = self.clone();
        for (index, command) in commands.iter().enumerate() {
            next.apply_with(policy, command, recorder)
                .map_err(|error| CatalogError::Command {
                    index,
                    error: Box::new(error),
                })?;
        }
        *self = next;
        Ok(())
    }

    fn check_order(&self, at: Instant) -> Result<(), CatalogError> {
        match self.history.last() {
            Some(last) if at < last.at => Err(CatalogError::OutOfOrder { at, last: last.at }),
            _ => Ok(()),
        }
    }

    /// Appends an event to the history and applies it to the row of student `s` (its index):
    /// the only way the catalog changes after it is made.
    fn record(
        &mut self,
        s: usize,
        at: Instant,
        by: &str,
        change: Change,
    ) -> Result<(), CatalogError> {
        let event = Event {
            seq: self.history.len() as u64 + 1,
            at,
            by: by.to_owned(),
            change,
        };
        fold(&mut self.rows[s], &self.exams, &event).map_err(|problem| CatalogError::Tampered {
            catalog: self.header.id.clone(),
            problem,
        })?;
        self.history.push(event);
        Ok(())
    }

    /// The index of `student` and their column `column` (1-based).
    fn cell(&self, student: &str, column: usize) -> Result<(usize, &Cell), CatalogError> {
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

    /// [`Catalog::apply`] recording its steps into any [`Recorder`].
    pub fn apply_with(
        &mut self,
        policy: &CatalogPolicy,
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
                signer,
                at,
            } => {
                self.check_order(*at)?;
                let (s, cell) = self.cell(student, *column)?;
                let exam = self.exam(&cell.exam)?;
                self.check_signer(policy, exam, &cell.signatures, signer, student, *column)?;
                let change = Change::Signed {
                    student: student.clone(),
                    column: *column,
                };
                self.record(s, *at, signer, change)?;
                recorder.record(|| {
                    Step::new(
                        &CA_5,
                        format!("{signer} signs {student}'s column {column}."),
                    )
                });
                Ok(())
            }
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
                        action: format!("correct {student}'s column {column}"),
                        why: format!(
                            "only the course holder, {}, corrects a grade (CA-6)",
                            self.header.holder
                        ),
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
                    Step::new(
                        &CA_6,
                        format!(
                            "{by} corrects {student}'s column {column} from {from} to {mark}; {from} stays in the history."
                        ),
                    )
                });
                Ok(())
            }
        }
    }

    fn check_signer(
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
    fn enter(
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
        if policy.entry_on_exam_day_only && at.local_date() != exam.date {
            return Err(CatalogError::NotExamDay {
                exam: exam.id.clone(),
                exam_day: exam.date,
                at,
            });
        }
        self.check_enterer(&exam, by)?;
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
        let mut signed: Vec<String> = Vec::new();
        for signer in signatures {
            self.check_signer(policy, &exam, &signed, signer, student, column)?;
            signed.push(signer.clone());
        }
        let change = Change::Entered {
            student: student.to_owned(),
            exam: exam.id.clone(),
            column,
            mark,
        };
        self.record(s, at, by, change)?;
        recorder.record(|| {
            Step::new(
                &CA_4,
                format!(
                    "{by} enters {mark} for {student} in column {column} ({}, {}).",
                    exam.session, exam.date
                ),
            )
        });
        for signer in signed {
            let change = Change::Signed {
                student: student.to_owned(),
                column,
            };
            self.record(s, at, &signer, change)?;
        }
        let missing = self.missing(policy, &exam, &self.rows[s].cells[column - 1]);
        recorder.record(|| {
            Step::new(
                &CA_5,
                if missing.is_empty() {
                    "Every signature the entry needs is there.".to_owned()
                } else {
                    format!("The entry is incomplete: missing {}.", missing.join(", "))
                },
            )
        });
        Ok(())
    }

    /// Who may write a grade (CA-4, SC-7): the course holder; the assistant only by delegation;
    /// for a committee named by the Dean, its members.
    fn check_enterer(&self, exam: &Exam, by: &str) -> Result<(), CatalogError> {
        let refuse = |why: String| {
            Err(CatalogError::NotAuthorised {
                by: by.to_owned(),
                action: format!("enter grades of exam `{}`", exam.id),
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
                    Some(Role::Assistant) => refuse(format!(
                        "the assistant grades only if the holder delegates it (SC-7), and {} did not",
                        self.header.holder
                    )),
                    _ => refuse(format!(
                        "grades are written by the course holder, {} (CA-4)",
                        self.header.holder
                    )),
                }
            }
            CommitteeKind::HolderAbsent | CommitteeKind::DeansOffice => {
                if exam.member(by).is_some() {
                    Ok(())
                } else {
                    refuse("grades are written by a member of the committee the Dean named".into())
                }
            }
        }
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

    /// Every value ever written in `student`'s column `column`, oldest first (CA-6).
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
                _ => {}
            }
        }
        values
    }

    /// What the header lacks (CA-1): the catalog is issued signed by the Dean and the secretary.
    pub fn check_header(&self, recorder: &mut impl Recorder) -> Vec<Breach> {
        let h = &self.header;
        let header: Vec<Breach> = [("the Dean", &h.dean), ("the secretary", &h.secretary)]
            .into_iter()
            .filter(|(_, name)| name.trim().is_empty())
            .map(|(who, _)| Breach::new(&CA_1, format!("the catalog is not signed by {who}")))
            .collect();
        recorder.record(|| {
            Step::new(
                &CA_1,
                if header.is_empty() {
                    format!(
                        "{} of {} ({}), issued and signed by the Dean and the secretary.",
                        h.kind.romanian(),
                        h.course,
                        h.study_form.romanian()
                    )
                } else {
                    let texts: Vec<&str> = header.iter().map(|b| b.text.as_str()).collect();
                    format!("{}.", texts.join("; "))
                },
            )
        });
        header
    }

    /// Explains how the catalog is laid out (CA-2, CA-3): the order of the students, the
    /// recognised grades.
    pub fn layout_with(&self, policy: &CatalogPolicy, recorder: &mut impl Recorder) {
        recorder.record(|| {
            Step::new(
                &CA_3,
                format!(
                    "{} students, by surname, father's initial and first name; {} recognised grade(s) pre-filled.",
                    self.students.len(),
                    self.students.iter().filter(|s| s.recognised.is_some()).count()
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
                Step::new(
                    &CA_2,
                    format!(
                        "Rows full, a supplementary catalog is needed for: {}.",
                        full.join(", ")
                    ),
                )
            });
        }
    }
}

/// The rows `history` gives for `catalog`'s students and exams: what must be stored. The history
/// must be numbered from 1 without gaps, in time order, each event fitting the rows before it.
pub fn replay(catalog: &Catalog, history: &[Event]) -> Result<Vec<Row>, CatalogError> {
    let tampered = |problem: String| CatalogError::Tampered {
        catalog: catalog.header.id.clone(),
        problem,
    };
    let mut rows: Vec<Row> = catalog
        .students
        .iter()
        .map(|s| Row {
            student: s.id.clone(),
            cells: Vec::new(),
        })
        .collect();
    let index: HashMap<&str, usize> = catalog
        .students
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for (i, event) in history.iter().enumerate() {
        if event.seq != i as u64 + 1 {
            return Err(tampered(format!(
                "event {} is numbered {}",
                i + 1,
                event.seq
            )));
        }
        if i > 0 && event.at < history[i - 1].at {
            return Err(tampered(format!(
                "event {} is dated before the one before it",
                event.seq
            )));
        }
        let student = event.change.student();
        let row = index.get(student).ok_or_else(|| {
            tampered(format!(
                "event {} names unknown student `{student}`",
                event.seq
            ))
        })?;
        fold(&mut rows[*row], &catalog.exams, event).map_err(tampered)?;
    }
    Ok(rows)
}

/// Applies one event to its student's row — the one place a row changes, whether a command is
/// recorded or a history replayed. An error says why the event does not fit the row.
fn fold(row: &mut Row, exams: &[Exam], event: &Event) -> Result<(), String> {
    let seq = event.seq;
    let (student, column) = (&row.student, event.change.column());
    if let Change::Entered { exam, mark, .. } = &event.change {
        let e = exams
            .iter()
            .find(|e| &e.id == exam)
            .ok_or_else(|| format!("event {seq} names unknown exam `{exam}`"))?;
        if column != row.cells.len() + 1 {
            return Err(format!(
                "event {seq} enters column {column} of `{student}`, whose next column is {}",
                row.cells.len() + 1
            ));
        }
        row.cells.push(Cell {
            exam: exam.clone(),
            session: e.session.clone(),
            exam_day: e.date,
            mark: *mark,
            entered_by: event.by.clone(),
            entered_at: event.at,
            signatures: Vec::new(),
            corrections: Vec::new(),
        });
        return Ok(());
    }
    let cell = row.cells.get_mut(column.wrapping_sub(1)).ok_or_else(|| {
        format!("event {seq} changes column {column} of `{student}`, which is empty")
    })?;
    match &event.change {
        Change::Signed { .. } => cell.signatures.push(event.by.clone()),
        Change::Corrected { from, to, .. } => {
            if cell.mark != *from {
                return Err(format!(
                    "event {seq} corrects {from}, but the column holds {}",
                    cell.mark
                ));
            }
            cell.corrections.push(Correction {
                from: *from,
                to: *to,
                by: event.by.clone(),
                at: event.at,
            });
            cell.mark = *to;
        }
        Change::Entered { .. } => {}
    }
    Ok(())
}
