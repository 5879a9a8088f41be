//! QZ-4: multiple-answer scoring whose penalty depends on each question's number of options —
//! 1/(options − 1) of the question, or a table by option count — worked by hand, exact, floored
//! at 0; and every problem of such a policy or answer named with its path and value.

use regula_core::{CheckedPolicy, Decimal, NaiveDate, Points};
use regula_grading::policy::umc_2020;
use regula_grading::{
    Answer, CourseOutcome, GradingError, MultipleAnswerScoring, OptionsPenalty, Quiz, QuizAttempt,
    QuizSpec,
};
use rust_decimal_macros::dec;

fn quiz(scoring: MultipleAnswerScoring) -> Quiz {
    let mut history = umc_2020();
    let mut version = history.latest().clone();
    version.policy.quiz.multiple_answer = scoring;
    history = regula_core::PolicyHistory::new("test", vec![version]).unwrap();
    Quiz::new(
        QuizSpec {
            course: "Q".into(),
            session_date: NaiveDate::from_ymd_opt(2021, 1, 25).unwrap(),
            bank_size: 60,
            questions: 10,
            max_bonus: Points::ZERO,
        },
        &history,
    )
    .unwrap()
}

fn answer(options: u8, correct: u8, marked_correct: u8, marked_wrong: u8) -> Answer {
    Answer {
        correct_choices: correct,
        marked_correct,
        marked_wrong,
        options: Some(options),
    }
}

/// Nine questions answered right, then `last`.
fn total(quiz: &Quiz, last: Answer) -> Decimal {
    let mut answers = vec![answer(5, 2, 2, 0); 9];
    answers.push(last);
    let attempt = QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: Points::ZERO,
        answers,
    };
    match quiz.evaluate(&attempt).unwrap() {
        CourseOutcome::Graded { total, .. } => total.value(),
        other => panic!("not graded: {other:?}"),
    }
}

fn table() -> MultipleAnswerScoring {
    MultipleAnswerScoring::PenaltyTable {
        penalties: vec![
            OptionsPenalty {
                options: 4,
                penalty: dec!(0.25),
            },
            OptionsPenalty {
                options: 5,
                penalty: dec!(0.2),
            },
        ],
    }
}

/// QZ-4, 1/(options − 1): 5 options, 2 correct, both marked and 1 wrong: 1 − 1/4 = 0.75; one
/// correct and one wrong: 1/2 − 1/4 = 0.25; 4 options, 3 correct, 2 of them and 1 wrong: 2/3 −
/// 1/3 = 1/3 exactly; more wrong than right: 0, never below.
#[test]
fn qz4_a_wrong_choice_costs_one_over_options_less_one() {
    let quiz = quiz(MultipleAnswerScoring::PenaltyByOptions);
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 2, 1)).unwrap(),
        dec!(0.75)
    );
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 1, 1)).unwrap(),
        dec!(0.25)
    );
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 2, 0)).unwrap(),
        dec!(1)
    );
    assert_eq!(
        quiz.question_points(1, &answer(4, 1, 0, 1)).unwrap(),
        dec!(0)
    );
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 1, 3)).unwrap(),
        dec!(0)
    );
    assert_eq!(total(&quiz, answer(5, 2, 2, 1)), dec!(9.75));
    assert_eq!(
        total(&quiz, answer(4, 3, 2, 1)).round_dp(9),
        dec!(9.333333333)
    );
    // Thirds add up exactly: three questions of 1/3 each and seven right are 8 points.
    let mut answers = vec![answer(4, 3, 2, 1); 3];
    answers.extend([answer(5, 2, 2, 0); 7]);
    let attempt = QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: Points::ZERO,
        answers,
    };
    assert_eq!(quiz.evaluate(&attempt).unwrap().grade().unwrap().value(), 8);
    let decision = quiz.evaluate_explained(&attempt).unwrap();
    assert!(
        decision.to_string().contains("1/(options − 1)"),
        "{decision}"
    );
}

/// QZ-4, a table: 4 options cost 0.25 a wrong choice, 5 options 0.2.
#[test]
fn qz4_a_wrong_choice_costs_what_the_table_says_for_its_options() {
    let quiz = quiz(table());
    assert_eq!(
        quiz.question_points(1, &answer(4, 2, 2, 1)).unwrap(),
        dec!(0.75)
    );
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 2, 1)).unwrap(),
        dec!(0.8)
    );
    assert_eq!(
        quiz.question_points(1, &answer(5, 2, 1, 2)).unwrap(),
        dec!(0.1)
    );
    assert_eq!(total(&quiz, answer(5, 2, 2, 1)), dec!(9.8));
}

/// An answer without its number of options, or with one the table lacks, is an error naming
/// the question, the field and the value — never a silent 0.
#[test]
fn qz4_an_answer_the_penalty_cannot_score_is_named() {
    let quiz = quiz(table());
    let mut answers = vec![answer(5, 2, 2, 0); 8];
    answers.push(Answer {
        options: None,
        ..answer(5, 2, 2, 0)
    });
    answers.push(answer(6, 2, 2, 0));
    let attempt = QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: Points::ZERO,
        answers,
    };
    let errors: Vec<String> = quiz
        .evaluate(&attempt)
        .unwrap_err()
        .into_vec()
        .iter()
        .map(GradingError::to_string)
        .collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("question 9: `options` is needed"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("question 10: options = 6"),
        "{}",
        errors[1]
    );
    let quiz = self::quiz(MultipleAnswerScoring::PenaltyByOptions);
    let err = quiz
        .question_points(1, &answer(3, 2, 2, 2))
        .unwrap_err()
        .to_string();
    assert!(err.contains("options = 3 is fewer than"), "{err}");
}

/// A table of penalties is checked on load: each problem with its path and value.
#[test]
fn qz4_a_table_of_penalties_is_checked_on_load() {
    let mut policy = umc_2020().latest().policy.clone();
    policy.quiz.multiple_answer = serde_json::from_value(serde_json::json!({
        "mode": "penalty_table",
        "penalties": [
            {"options": 1, "penalty": "0.5"},
            {"options": 4, "penalty": "1.5"},
            {"options": 4, "penalty": "0.25"}
        ]
    }))
    .unwrap();
    let problems: Vec<String> = policy
        .problems()
        .iter()
        .map(|p| format!("{} = {}", p.field, p.value))
        .collect();
    assert_eq!(
        problems,
        [
            "quiz.multiple_answer.penalties[0].options = 1",
            "quiz.multiple_answer.penalties[1].penalty = 1.5",
            "quiz.multiple_answer.penalties[2].options = 4",
        ]
    );
    let empty: MultipleAnswerScoring =
        serde_json::from_str(r#"{"mode": "penalty_table", "penalties": []}"#).unwrap();
    policy.quiz.multiple_answer = empty;
    assert_eq!(policy.problems()[0].field, "quiz.multiple_answer.penalties");
    let by_options: MultipleAnswerScoring =
        serde_json::from_str(r#"{"mode": "penalty_by_options"}"#).unwrap();
    assert_eq!(by_options, MultipleAnswerScoring::PenaltyByOptions);
}
