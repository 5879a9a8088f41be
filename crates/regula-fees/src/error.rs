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
    /// No policy version is in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A sum of money out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
}
