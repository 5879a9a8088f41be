use chrono::NaiveDate;
use regula_calendar::{CalendarError, Instant};
use regula_core::locale::Message;
use regula_core::{PolicyError, ValueError};

/// Why a catalog operation was refused; each variant names the item and the value. A refused
/// operation changes nothing. The refusals of a rule (CA-2..CA-6, GR-10, GR-11, SC-7) are
/// messages, written in the language of the call.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// A student who is not on the catalog (CA-3).
    #[error("{}", Message::new("catalog-refused-unknown-student").arg("student", student.as_str()).arg("catalog", catalog.as_str()))]
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
    #[error("{}", Message::new("catalog-refused-unknown-exam").arg("exam", exam.as_str()).arg("catalog", catalog.as_str()))]
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
    #[error("{}", Message::new("catalog-refused-not-exam-day").arg("exam", exam.as_str()).arg("exam_day", *exam_day).arg("at", *at))]
    NotExamDay {
        /// The exam.
        exam: String,
        /// Its day.
        exam_day: NaiveDate,
        /// When the entry was attempted.
        at: Instant,
    },
    /// Someone who may not enter or correct this grade (CA-4, CA-6, SC-7).
    #[error("{}", Message::new("catalog-refused-not-authorised").arg("by", by.as_str()).arg("action", regula_core::locale::Arg::Phrase(Box::new(action.clone()))).arg("why", regula_core::locale::Arg::Phrase(Box::new(why.clone()))))]
    NotAuthorised {
        /// Who tried.
        by: String,
        /// What, as a message.
        action: Message,
        /// Why not, as a message citing the rule.
        why: Message,
    },
    /// A fifth session on a full row (CA-2).
    #[error("{}", Message::new("catalog-refused-row-full").arg("student", student.as_str()).arg("columns", u64::from(*columns)))]
    RowFull {
        /// The student.
        student: String,
        /// The columns.
        columns: u32,
    },
    /// A supplementary catalog for a student whose row is not full (CA-2).
    #[error("{}", Message::new("catalog-refused-row-not-full").arg("student", student.as_str()).arg("used", *used).arg("columns", u64::from(*columns)))]
    RowNotFull {
        /// The student.
        student: String,
        /// Columns used.
        used: usize,
        /// Columns in all.
        columns: u32,
    },
    /// A second entry of the same exam for a student: a change is a correction (CA-6).
    #[error("{}", Message::new("catalog-refused-already-entered").arg("student", student.as_str()).arg("exam", exam.as_str()).arg("column", *column))]
    AlreadyEntered {
        /// The student.
        student: String,
        /// The exam.
        exam: String,
        /// The column.
        column: usize,
    },
    /// An entry for a student whose grade was recognised (CA-3).
    #[error("{}", Message::new("catalog-refused-recognised").arg("student", student.as_str()).arg("grade", u64::from(*grade)))]
    AlreadyRecognised {
        /// The student.
        student: String,
        /// The grade.
        grade: u8,
    },
    /// A column that holds nothing.
    #[error("{}", Message::new("catalog-refused-no-entry").arg("student", student.as_str()).arg("column", *column))]
    NoEntry {
        /// The student.
        student: String,
        /// The column (1-based).
        column: usize,
    },
    /// A correction to the same value.
    #[error("{}", Message::new("catalog-refused-no-change").arg("student", student.as_str()).arg("column", *column).arg("mark", mark.as_str()))]
    NoChange {
        /// The student.
        student: String,
        /// The column.
        column: usize,
        /// The value.
        mark: String,
    },
    /// A signature by someone who is not to sign this entry (CA-5).
    #[error("{}", Message::new("catalog-refused-unknown-signer").arg("signer", signer.as_str()).arg("exam", exam.as_str()).arg("expected", expected.as_str()))]
    UnknownSigner {
        /// Who signed.
        signer: String,
        /// The exam.
        exam: String,
        /// Who should sign.
        expected: String,
    },
    /// The same signature twice.
    #[error("{}", Message::new("catalog-refused-already-signed").arg("signer", signer.as_str()).arg("student", student.as_str()).arg("column", *column))]
    AlreadySigned {
        /// Who.
        signer: String,
        /// The student.
        student: String,
        /// The column.
        column: usize,
    },
    /// An event dated before the one before it: the history is append-only.
    #[error("{}", Message::new("catalog-refused-out-of-order").arg("at", *at).arg("last", *last))]
    OutOfOrder {
        /// Its time.
        at: Instant,
        /// The last event's time.
        last: Instant,
    },
    /// A grade improvement the column cannot take (GR-11, GR-13, GR-14), or a signature of one
    /// the column does not have: the field, and why, naming the value.
    #[error("`{field}`: {why}")]
    Improvement {
        /// The field of the command: `column` or `exam`.
        field: String,
        /// Why, as a message naming the value and citing the rule.
        why: Message,
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
