use chrono::NaiveDate;
use regula_calendar::{CalendarError, Instant};
use regula_core::{PolicyError, ValueError};

/// Why a catalog operation was refused; each variant names the item and the value. A refused
/// operation changes nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// A student who is not on the catalog (CA-3).
    #[error("student `{student}` is not on catalog `{catalog}`")]
    UnknownStudent {
        /// The student.
        student: String,
        /// The catalog.
        catalog: String,
    },
    /// The same student twice.
    #[error("student `{student}` is listed twice")]
    DuplicateStudent {
        /// The student.
        student: String,
    },
    /// An exam the catalog does not record.
    #[error("exam `{exam}` is not recorded in catalog `{catalog}`")]
    UnknownExam {
        /// The exam.
        exam: String,
        /// The catalog.
        catalog: String,
    },
    /// The same exam id twice.
    #[error("exam `{exam}` is listed twice")]
    DuplicateExam {
        /// The exam.
        exam: String,
    },
    /// A grade entered on another day than the exam's (CA-4).
    #[error(
        "exam `{exam}` is on {exam_day}; a grade is entered on the exam day only, not on {at} (CA-4)"
    )]
    NotExamDay {
        /// The exam.
        exam: String,
        /// Its day.
        exam_day: NaiveDate,
        /// When the entry was attempted.
        at: Instant,
    },
    /// Someone who may not enter or correct this grade (CA-4, CA-6, SC-7).
    #[error("{by} may not {action}: {why}")]
    NotAuthorised {
        /// Who tried.
        by: String,
        /// What.
        action: String,
        /// Why not.
        why: String,
    },
    /// A fifth session on a full row (CA-2).
    #[error(
        "student `{student}` has all {columns} session columns filled; print a supplementary catalog for them (CA-2)"
    )]
    RowFull {
        /// The student.
        student: String,
        /// The columns.
        columns: u32,
    },
    /// A supplementary catalog for a student whose row is not full (CA-2).
    #[error(
        "student `{student}` has {used} of {columns} columns filled: no supplementary catalog is needed (CA-2)"
    )]
    RowNotFull {
        /// The student.
        student: String,
        /// Columns used.
        used: usize,
        /// Columns in all.
        columns: u32,
    },
    /// A second entry of the same exam for a student: a change is a correction (CA-6).
    #[error(
        "student `{student}` already has a grade for exam `{exam}` (column {column}); change it by a correction (CA-6)"
    )]
    AlreadyEntered {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The column.
        column: usize,
    },
    /// An entry for a student whose grade was recognised (CA-3).
    #[error("student `{student}` has a recognised grade {grade}; it is not examined again (CA-3)")]
    AlreadyRecognised {
        /// The student.
        student: String,
        /// The grade.
        grade: u8,
    },
    /// A column that holds nothing.
    #[error("student `{student}` has no entry in column {column}")]
    NoEntry {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
    },
    /// A correction to the same value.
    #[error(
        "student `{student}`, column {column}: the correction writes the value already there ({mark})"
    )]
    NoChange {
        /// The student.
        student: String,
        /// The column.
        column: usize,
        /// The value.
        mark: String,
    },
    /// A signature by someone who is not to sign this entry (CA-5).
    #[error("{signer} is not among those who sign exam `{exam}`'s grades ({expected})")]
    UnknownSigner {
        /// Who signed.
        signer: String,
        /// The exam.
        exam: String,
        /// Who should sign.
        expected: String,
    },
    /// The same signature twice.
    #[error("{signer} already signed student `{student}`'s column {column}")]
    AlreadySigned {
        /// Who.
        signer: String,
        /// The student.
        student: String,
        /// The column.
        column: usize,
    },
    /// An event dated before the one before it: the history is append-only.
    #[error("event at {at} is dated before the last event ({last}); the history only grows")]
    OutOfOrder {
        /// Its time.
        at: Instant,
        /// The last event's time.
        last: Instant,
    },
    /// A catalog whose stored rows do not follow from its history: tampered with or corrupted.
    #[error("catalog `{catalog}`: {problem}; the rows must be what the history gives")]
    Tampered {
        /// The catalog.
        catalog: String,
        /// What differs.
        problem: String,
    },
    /// A command of a batch that was refused; the batch changed nothing.
    #[error("commands[{index}]: {error}")]
    Command {
        /// Its position in the batch.
        index: usize,
        /// Why it was refused.
        error: Box<CatalogError>,
    },
    /// Any other value that cannot be right, named by its field.
    #[error("`{field}`: {problem}")]
    Invalid {
        /// The field.
        field: String,
        /// What is wrong.
        problem: String,
    },
    /// A deadline computation failed.
    #[error(transparent)]
    Appeals(#[from] regula_appeals::AppealsError),
    /// A date the calendar cannot count with.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A quantity out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
    /// No policy version in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}
