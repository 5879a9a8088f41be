use regula_calendar::CalendarError;
use regula_core::PolicyError;

/// What can be wrong with a deadline or appeal question; each variant names the field and value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppealsError {
    /// A date or time outside the calendar, or an interval that ends before it starts.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// AP-3: an appeal against an online open-question or portfolio exam counts from the
    /// announcement of the grades, which must therefore be given.
    #[error(
        "`grades_announced` is needed to check an appeal against an {form} exam: the appeal window counts from it ({rule})"
    )]
    AnnouncementRequired {
        /// The exam form.
        form: crate::ExamForm,
        /// The rule that counts from the announcement.
        rule: &'static str,
    },
    /// No policy version is in force on the exam's date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}
