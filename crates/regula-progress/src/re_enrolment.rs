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

/// The kind of exam the outstanding courses are taken again as, for the fee (PR-4, PR-5): a
/// course redone (*refacere*) by a student who repeats the year or has an additional year, an
/// exam after re-enrolment (*reînmatriculare*) for one exmatriculated; none for a student
/// promoted or done.
pub(crate) fn taken_again_as(outcome: YearOutcome) -> Option<ExamKind> {
    match outcome {
        YearOutcome::Repeat | YearOutcome::AdditionalYear => Some(ExamKind::Redone),
        YearOutcome::Exmatriculated => Some(ExamKind::ReEnrolment),
        YearOutcome::Promoted | YearOutcome::Completed => None,
    }
}

/// The fee of taking the ledger's outstanding courses again as exams of `kind` (FE-2's formula
/// for `redone` or `re_enrolment`, per credit and by year of study at most faculties); none when
/// the schedule has no formula for that kind — the preset's schedule by age is for retakes, not
/// for courses taken again.
pub(crate) fn re_enrolment_fee(
    fees: &FeePolicy,
    kind: ExamKind,
    counted: &Counted,
    pass: Grade,
    closing: AcademicYear,
    ledger: &Ledger,
    recorder: &mut impl Recorder,
) -> Result<Option<FeeAssessment>, ProgressError> {
    if !fees.has_formula_for(kind) {
        return Ok(None);
    }
    let exams: Vec<OutstandingExam> = standings(ledger, pass)
        .into_iter()
        .filter(|s| {
            !s.passed && counts(counted, s.line) && s.line.year_of_study <= ledger.year_of_study
        })
        .map(|s| OutstandingExam {
            kind: Some(kind),
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
