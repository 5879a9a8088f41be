//! FE-4: the courses an Erasmus+ mobility left to be sat, as fee-exempt outstanding exams.

use regula_core::AcademicYear;

use crate::assess::OutstandingExam;

/// FE-4: the home courses a mobility left to be sat (in the ECTS recognition, EC-4: not passed
/// there, not recognised — `regula::ects::Consequences::still_to_sit`), as outstanding exams of
/// `mobility_year` that the fee exemption covers.
///
/// ```
/// use regula_fees::{assess, mobility_exams, FeePolicy, FeeStatus};
/// use regula_core::AcademicYear;
///
/// let year = AcademicYear::starting(2021);
/// let exams = mobility_exams(&["LIM-303".to_owned()], year);
/// let owed = assess(&FeePolicy::umc_2020(), year, &exams)?;
/// assert_eq!(owed.items[0].status, FeeStatus::Exempt);
/// # Ok::<(), regula_fees::FeesError>(())
/// ```
pub fn mobility_exams(
    still_to_sit: &[String],
    mobility_year: AcademicYear,
) -> Vec<OutstandingExam> {
    still_to_sit
        .iter()
        .map(|course| OutstandingExam {
            erasmus_mobility: true,
            ..OutstandingExam::new(course.clone(), mobility_year)
        })
        .collect()
}
