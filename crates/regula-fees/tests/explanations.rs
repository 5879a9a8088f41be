//! The readable explanation of a fee assessment, pinned with insta.

use regula_core::AcademicYear;
use regula_fees::{FeePolicy, OutstandingExam, assess_explained};

#[test]
fn a_restantier_with_old_exams_and_an_erasmus_course() {
    let exam = |course: &str, year: &str, mobility: bool| OutstandingExam {
        course: course.into(),
        academic_year: year.parse().unwrap(),
        erasmus_mobility: mobility,
    };
    let exams = [
        exam("NAV-201 Navigație maritimă I", "2021/2022", false),
        exam("MATH-101 Analiză matematică", "2020/2021", false),
        exam("PHYS-101 Fizică", "2018/2019", false),
        exam("ECON-105 Economie generală", "2020/2021", true),
        exam("CHEM-101 Chimie", "2016/2017", false),
    ];
    let decision =
        assess_explained(&FeePolicy::umc_2020(), AcademicYear::starting(2021), &exams).unwrap();
    insta::assert_snapshot!(decision.to_string());
}
