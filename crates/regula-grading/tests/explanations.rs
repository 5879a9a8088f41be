//! The readable explanations of representative decisions, pinned with insta. An auditor reads
//! these files (`tests/snapshots/`) to see what a student, a secretary or a Dean is shown, and a
//! change to any sentence shows up in review.

use regula_core::{Credits, Decimal, Grade, NaiveDate, Points};
use regula_grading::policy::umc_2020;
use regula_grading::{
    Answer, AverageEntry, CourseKind, CourseOutcome, CourseSheet, GradingPolicy,
    MultipleAnswerScoring, Quiz, QuizAttempt, QuizSpec, Score, weighted_average_explained,
};

fn navigation_sheet() -> CourseSheet {
    serde_json::from_str(
        r#"{
            "code": "NAV-201", "title": "Navigație maritimă I", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": 3},
                {"id": "seminar", "kind": "seminar", "allotment": 2},
                {"id": "exam", "kind": "final_evaluation", "allotment": 5}
            ],
            "admission": [{"activity": "lab", "minimum_points": 1}]
        }"#,
    )
    .unwrap()
}

fn scores(text: &str) -> Vec<Score> {
    serde_json::from_str(text).unwrap()
}

fn explain_course(sheet: &CourseSheet, text: &str) -> String {
    let policy = GradingPolicy::umc_2020();
    sheet
        .evaluate_explained(&policy, "S", &scores(text))
        .unwrap()
        .to_string()
}

#[test]
fn course_passed() {
    insta::assert_snapshot!(explain_course(&navigation_sheet(), r#"[2.5, 1.75, 3.5]"#));
}

#[test]
fn course_held_below_pass() {
    insta::assert_snapshot!(explain_course(
        &navigation_sheet(),
        r#"[1.5, "absent", 3.25]"#
    ));
}

#[test]
fn course_lowest_grade() {
    insta::assert_snapshot!(explain_course(&navigation_sheet(), r#"[1, 0, 0.25]"#));
}

#[test]
fn course_absent_from_the_final_evaluation() {
    insta::assert_snapshot!(explain_course(&navigation_sheet(), r#"[3, 2, "absent"]"#));
}

#[test]
fn course_not_admitted() {
    insta::assert_snapshot!(explain_course(&navigation_sheet(), r#"[0.5, 2, 4]"#));
}

#[test]
fn course_qualifier() {
    let sheet: CourseSheet = serde_json::from_str(
        r#"{
            "code": "PRACT-1", "credits": 3, "assessment": "qualifier",
            "activities": [
                {"id": "report", "kind": "project", "allotment": 4},
                {"id": "colloquium", "kind": "final_evaluation", "allotment": 6}
            ]
        }"#,
    )
    .unwrap();
    insta::assert_snapshot!(explain_course(&sheet, r#"[2, 3.5]"#));
}

fn quiz_spec(questions: u32, max_bonus: &str) -> QuizSpec {
    QuizSpec {
        course: "ECON-105".into(),
        session_date: NaiveDate::from_ymd_opt(2021, 1, 28).unwrap(),
        bank_size: 80,
        questions,
        max_bonus: max_bonus.parse().unwrap(),
    }
}

#[test]
fn quiz_with_a_semester_bonus() {
    let quiz = Quiz::new(quiz_spec(20, "2"), &umc_2020()).unwrap();
    let mut answers = vec![Answer::single(true); 15];
    answers.extend([Answer::single(false); 5]);
    let attempt = QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: "1.5".parse().unwrap(),
        answers,
    };
    insta::assert_snapshot!(quiz.evaluate_explained(&attempt).unwrap().to_string());
}

#[test]
fn quiz_of_thirty_questions_with_partial_credit() {
    let mut history = umc_2020();
    let mut version = history.latest().clone();
    version.policy.quiz.multiple_answer = MultipleAnswerScoring::PartialCredit {
        wrong_choice_penalty: Decimal::ONE,
    };
    history = regula_core::PolicyHistory::new("UMC 2020, partial credit", vec![version]).unwrap();
    let quiz = Quiz::new(quiz_spec(30, "0"), &history).unwrap();
    let mut answers = vec![Answer::single(true); 18];
    answers.extend([Answer::single(false); 9]);
    answers.extend([
        Answer {
            correct_choices: 3,
            marked_correct: 2,
            marked_wrong: 0,
            options: None,
        },
        Answer {
            correct_choices: 3,
            marked_correct: 2,
            marked_wrong: 1,
            options: None,
        },
        Answer {
            correct_choices: 3,
            marked_correct: 1,
            marked_wrong: 2,
            options: None,
        },
    ]);
    let attempt = QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: Points::ZERO,
        answers,
    };
    insta::assert_snapshot!(quiz.evaluate_explained(&attempt).unwrap().to_string());
}

#[test]
fn weighted_average_with_an_optional_course() {
    let graded = |g: u8| CourseOutcome::Graded {
        total: Points::new(Decimal::from(g)).unwrap(),
        grade: Grade::new(g).unwrap(),
        passed: g >= 5,
    };
    let entry = |course: &str, credits: i64, kind, outcome, written_request| AverageEntry {
        course: course.into(),
        credits: Credits::new(Decimal::from(credits)).unwrap(),
        kind,
        outcome,
        written_request,
        obtained: Default::default(),
    };
    let entries = vec![
        entry("NAV-201", 5, CourseKind::Compulsory, graded(8), false),
        entry("ECON-105", 4, CourseKind::Compulsory, graded(4), false),
        entry("ENG-110", 3, CourseKind::Optional, graded(9), true),
        entry("PHIL-120", 3, CourseKind::Optional, graded(10), false),
        entry(
            "CHEM-101",
            4,
            CourseKind::Compulsory,
            CourseOutcome::Absent { total: None },
            false,
        ),
        entry("SPORT-1", 1, CourseKind::Facultative, graded(10), false),
    ];
    let decision = weighted_average_explained(&GradingPolicy::umc_2020(), &entries).unwrap();
    insta::assert_snapshot!(decision.to_string());
}
