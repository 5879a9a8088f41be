use regula_calendar::CalendarError;
use regula_core::PolicyError;

/// What can be wrong with a deadline or appeal question; each variant names the field and value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppealsError {
    /// A date or time outside the calendar, or an interval that ends before it starts.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// AP-1..AP-4: the appeal window counts from a moment (AP-3: the announcement of the
    /// grades) that the request does not give, so an appeal cannot be judged against it.
    #[error(
        "`{field}` is needed to check an appeal against {} {form} exam: the appeal window counts from it ({rule})",
        article(*.form)
    )]
    AnnouncementRequired {
        /// The request field that is missing: `grades_announced`, `papers_viewed`.
        field: &'static str,
        /// The exam form.
        form: crate::ExamForm,
        /// The rule whose window counts from it.
        rule: &'static str,
    },
    /// A deadline of the policy counts from a moment the request does not give (a policy that
    /// counts the catalog from the posting of the results, and no `grades_announced`).
    #[error(
        "`{field}` is needed for the deadlines of {} {form} exam: the policy counts `appeals.{deadline}` from it ({rule})",
        article(*.form)
    )]
    MomentRequired {
        /// The request field that is missing.
        field: &'static str,
        /// The policy's deadline that counts from it: `catalog`, `papers_kept`.
        deadline: &'static str,
        /// The exam form.
        form: crate::ExamForm,
        /// The rule of that deadline.
        rule: &'static str,
    },
    /// OX-3: who was connected is given for an exam that is not an oral exam by video.
    #[error(
        "`{field}` is given for {} {form} exam: who is connected is judged for an oral exam by video only (OX-3)",
        article(*.form)
    )]
    NotAVideoOral {
        /// The request field: `connected`.
        field: &'static str,
        /// The exam form.
        form: crate::ExamForm,
    },
    /// No policy version is in force on the exam's date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

/// "a" or "an" before the form's name.
fn article(form: crate::ExamForm) -> &'static str {
    use crate::ExamForm::*;
    match form {
        FaceToFaceWritten | FaceToFaceOral => "a",
        OnlineQuiz | OnlineOpenQuestions | OnlinePortfolio | OralByVideo => "an",
    }
}
