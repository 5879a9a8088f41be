use regula_core::{AcademicYear, PolicyError, ValueError};

/// What can be wrong with a fee question; each variant names the field and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FeesError {
    /// An exam cannot belong to an academic year after the current one (its age would be
    /// negative).
    #[error(
        "exams[{index}] (`{course}`): academic year {exam_year} is after the current academic year {current}, which would make its age negative"
    )]
    ExamInTheFuture {
        /// The exam's position in the request.
        index: usize,
        /// The course.
        course: String,
        /// The exam's academic year.
        exam_year: AcademicYear,
        /// The current academic year.
        current: AcademicYear,
    },
    /// A field of an exam the policy's formula needs is missing (FE-1, FE-2).
    #[error("exams[{index}] (`{course}`): `{field}` is required: {why}")]
    MissingField {
        /// The exam's position in the request.
        index: usize,
        /// The course.
        course: String,
        /// The missing field.
        field: &'static str,
        /// Why the policy needs it.
        why: String,
    },
    /// The course's year of study has no rate in the policy (FE-2).
    #[error(
        "exams[{index}] (`{course}`): `year_of_study` = {year}: the policy sets rates per credit for years 1 to {years} of study"
    )]
    YearOfStudyOutOfRange {
        /// The exam's position in the request.
        index: usize,
        /// The course.
        course: String,
        /// The year given.
        year: u32,
        /// How many years the policy has rates for.
        years: usize,
    },
    /// A computed fee is finer than the ban and the policy does not say how to round it (FE-2).
    #[error(
        "exams[{index}] (`{course}`): the fee is {exact}, finer than the ban, and the policy sets no `rounding` (`ban` or `leu`)"
    )]
    NeedsRounding {
        /// The exam's position in the request.
        index: usize,
        /// The course.
        course: String,
        /// The exact fee.
        exact: regula_core::Decimal,
    },
    /// No policy version is in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A sum of money out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
}
