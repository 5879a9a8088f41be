//! What can go wrong in a progress question, each naming the student, the field and the value.

use regula_core::{PolicyError, ValueError};

/// What can be wrong with a progress question; each variant names the student and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProgressError {
    /// A field of a student's ledger is wrong (PR-1).
    #[error("students[`{student}`].{field}: {problem}")]
    Invalid {
        /// The student.
        student: String,
        /// The field, as a path in the ledger: `courses[3].credits`.
        field: String,
        /// What is wrong, with the value.
        problem: String,
    },
    /// The policy's table gives an outcome that does not fit the student's year (PR-3).
    #[error(
        "students[`{student}`]: the policy's `year_end[{row}]` gives `{outcome}` in year {year} of {years}: {why}"
    )]
    OutcomeDoesNotFit {
        /// The student.
        student: String,
        /// The row of the table.
        row: usize,
        /// Its outcome.
        outcome: crate::YearOutcome,
        /// The student's year.
        year: u8,
        /// The programme's years.
        years: u8,
        /// Why it does not fit.
        why: &'static str,
    },
    /// No row of the policy's table holds for the student: a table whose last row has
    /// conditions, which loading refuses (PR-3).
    #[error(
        "students[`{student}`]: no row of the policy's `year_end` holds in year {year}: its last row must apply to every student (PR-3)"
    )]
    NoRowHolds {
        /// The student.
        student: String,
        /// The student's year.
        year: u8,
    },
    /// A student listed twice in one request.
    #[error("students[`{student}`]: the student is listed twice")]
    DuplicateStudent {
        /// The student.
        student: String,
    },
    /// A sum too large for an exact decimal.
    #[error("students[`{student}`]: the credits add up to more than a decimal holds")]
    Overflow {
        /// The student.
        student: String,
    },
    /// The year's average could not be computed (GR-8).
    #[error("students[`{student}`]: {problem}")]
    Average {
        /// The student.
        student: String,
        /// What the average reported.
        problem: String,
    },
    /// The fee of the courses to take again could not be computed (FE-2).
    #[error("students[`{student}`]: the re-enrolment fee: {problem}")]
    Fee {
        /// The student.
        student: String,
        /// What the fee schedule reported.
        problem: String,
    },
    /// The ranking engine refused the ranking (PR-7): a candidate without a criterion's value, a
    /// value off its scale.
    #[error("ranking: {problem}")]
    Ranking {
        /// What the engine reported, naming the student and the criterion.
        problem: String,
    },
    /// The policy has no ranking (PR-7).
    #[error("the policy's `progress.ranking` is absent: the regulation provides no ranking (PR-7)")]
    NoRanking,
    /// No policy version is in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A value out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
}
