//! What repeating the year, an additional year or a re-enrolment costs (PR-4, PR-5): the
//! outstanding courses charged as `re_enrolment` exams by the fee schedule (FE-2), when the
//! schedule has a formula for them.

use regula_core::{AcademicYear, Grade, Recorder};
use regula_fees::{ExamKind, FeeAssessment, FeePolicy, OutstandingExam, assess_with};

use crate::ProgressError;
use crate::ledger::Ledger;
use crate::measure::{counts, standings};
use crate::policy::Counted;
use crate::year_end::YearOutcome;

/// Whether the outcome has the student take courses again, for a fee (PR-4, PR-5).
pub(crate) fn takes_courses_again(outcome: YearOutcome) -> bool {
    matches!(
        outcome,
        YearOutcome::Repeat | YearOutcome::AdditionalYear | YearOutcome::Exmatriculated
    )
}

/// The fee of taking the ledger's outstanding courses again (FE-2's formula for `re_enrolment`,
/// per credit and by year of study at most faculties); none when the schedule has no formula for
/// re-enrolment — the preset's schedule by age is for retakes, not for courses taken again.
pub(crate) fn re_enrolment_fee(
    fees: &FeePolicy,
    counted: &Counted,
    pass: Grade,
    closing: AcademicYear,
    ledger: &Ledger,
    recorder: &mut impl Recorder,
) -> Result<Option<FeeAssessment>, ProgressError> {
    if !fees
        .formulas
        .iter()
        .any(|rule| rule.matches(ExamKind::ReEnrolment, None))
    {
        return Ok(None);
    }
    let exams: Vec<OutstandingExam> = standings(ledger, pass)
        .into_iter()
        .filter(|s| {
            !s.passed && counts(counted, s.line) && s.line.year_of_study <= ledger.year_of_study
        })
        .map(|s| OutstandingExam {
            kind: Some(ExamKind::ReEnrolment),
            credits: Some(s.line.credits),
            year_of_study: Some(u32::from(s.line.year_of_study)),
            ..OutstandingExam::new(s.line.course.clone(), closing)
        })
        .collect();
    assess_with(fees, closing, &exams, recorder)
        .map(Some)
        .map_err(|e| ProgressError::Fee {
            student: ledger.student.clone(),
            problem: e.to_string(),
        })
}
