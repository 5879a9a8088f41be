//! The readable explanation of a fee assessment, pinned with insta.

use regula_core::AcademicYear;
use regula_fees::{FeePolicy, OutstandingExam, assess_explained};

#[test]
fn a_restantier_with_old_exams_and_an_erasmus_course() {
    let exam = |course: &str, year: &str, mobility: bool| OutstandingExam {
        erasmus_mobility: mobility,
        ..OutstandingExam::new(course, year.parse().unwrap())
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

fn outstanding(course: &str, year: &str) -> OutstandingExam {
    OutstandingExam::new(course, year.parse().unwrap())
}

/// FE-2: the last year of the schedule is charged at its own amount; only a later year takes
/// the policy's amount beyond the schedule, and its explanation says so.
#[test]
fn the_explanation_says_when_an_amount_is_beyond_the_regulation_s_schedule() {
    let policy = FeePolicy {
        beyond_schedule: Some(
            regula_core::Money::new(500.into(), regula_core::Currency::Ron).unwrap(),
        ),
        ..FeePolicy::umc_2020()
    };
    let current = AcademicYear::starting(2021);
    // 4 years old: the schedule's last amount (200 RON); 5 years old: beyond it.
    let last = assess_explained(&policy, current, &[outstanding("NAV-201", "2017/2018")]).unwrap();
    let beyond =
        assess_explained(&policy, current, &[outstanding("NAV-201", "2016/2017")]).unwrap();
    assert!(!last.to_string().contains("beyond"), "{last}");
    assert!(
        beyond
            .to_string()
            .contains("beyond the regulation's schedule"),
        "{beyond}"
    );
}

/// The one-line summary of an outcome names the student and mentions exams not covered only when
/// there are some (FE-2).
#[test]
fn the_summary_names_the_student_and_the_exams_not_covered() {
    use regula_fees::request::{FeeRequest, answer_fees};
    let request = |exams: Vec<OutstandingExam>| FeeRequest {
        date: "2021-11-02".parse().unwrap(),
        student: Some("Ionescu Maria".into()),
        exams,
    };
    let history = regula_fees::policy::umc_2020();
    let covered = answer_fees(
        &history,
        &request(vec![outstanding("NAV-201", "2020/2021")]),
    )
    .unwrap()
    .outcome
    .to_string();
    assert_eq!(
        covered,
        "Retake fees of Ionescu Maria in 2021/2022: total 50.00 RON for 1 exam"
    );
    let old = answer_fees(
        &history,
        &request(vec![outstanding("CHEM-101", "2010/2011")]),
    )
    .unwrap()
    .outcome
    .to_string();
    assert!(old.contains("(1 not covered by the regulation)"), "{old}");
}
