//! What readers see of a decision (the text of an outcome, the JSON schema and the errors a
//! developer meets) and the edges of the checks: each test here was written because mutation
//! testing (`scripts/mutants.sh`) showed that changing the code went unnoticed.

use chrono::NaiveDate;
use regula_core::{Decimal, Points};
use regula_grading::policy::umc_2020;
use regula_grading::request::{CourseRequest, grade_course};
use regula_grading::{
    Answer, AverageEntry, CourseOutcome, CourseSheet, GradingError, GradingPolicy, MAX_CHOICES,
    MultipleAnswerScoring, Qualifier, Quiz, QuizAttempt, QuizSpec, RoundingMode, Score,
    weighted_average,
};

fn quiz(scoring: MultipleAnswerScoring, max_bonus: i64) -> Quiz {
    let mut history = umc_2020();
    let mut version = history.latest().clone();
    version.policy.quiz.multiple_answer = scoring;
    version.policy.quiz.minimum_questions = 2;
    history = regula_core::PolicyHistory::new("test", vec![version]).unwrap();
    Quiz::new(
        QuizSpec {
            course: "ECON-105".into(),
            session_date: NaiveDate::from_ymd_opt(2021, 1, 25).unwrap(),
            bank_size: 50,
            questions: 2,
            max_bonus: Points::new(Decimal::from(max_bonus)).unwrap(),
        },
        &history,
    )
    .unwrap()
}

fn attempt(answers: Vec<Answer>, bonus: i64) -> QuizAttempt {
    QuizAttempt {
        student: "Popescu I. Ana".into(),
        bonus: Points::new(Decimal::from(bonus)).unwrap(),
        absent: false,
        answers,
    }
}

fn answer(correct_choices: u8, marked_correct: u8, marked_wrong: u8) -> Answer {
    Answer {
        correct_choices,
        marked_correct,
        marked_wrong,
        options: None,
    }
}

fn bad_questions(quiz: &Quiz, attempt: &QuizAttempt) -> Vec<usize> {
    match quiz.evaluate(attempt) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .iter()
            .filter_map(|e| match e {
                GradingError::BadAnswer { question, .. } => Some(*question),
                _ => None,
            })
            .collect(),
    }
}

/// GR-6: an absence is written "absent", points as points; GR-1: the qualifiers in Romanian.
#[test]
fn scores_and_qualifiers_read_as_the_register_writes_them() {
    assert_eq!(Score::Absent.to_string(), "absent");
    assert_eq!(
        Score::Points(Points::new("2.50".parse().unwrap()).unwrap()).to_string(),
        "2.5"
    );
    assert_eq!(Qualifier::Admis.to_string(), "admis");
    assert_eq!(Qualifier::Respins.to_string(), "respins");
    assert_eq!(RoundingMode::HalfUp.name(), "half-up");
    assert_eq!(RoundingMode::Down.name(), "down");
}

/// A score of another JSON type is refused with what a score may be; the schema says the same.
#[test]
fn a_score_s_error_and_schema_say_what_a_score_may_be() {
    let err = serde_json::from_str::<Score>("true")
        .unwrap_err()
        .to_string();
    assert!(err.contains("points from 0 to 10, or \"absent\""), "{err}");
    let schema = serde_json::to_string(&schemars::schema_for!(Score)).unwrap();
    assert!(
        schema.contains("\"absent\"") && schema.contains("oneOf"),
        "{schema}"
    );
}

/// The text of `grade course`: the course, then each student with the outcome and the reasons.
#[test]
fn a_course_s_results_read_student_by_student() {
    let request: CourseRequest =
        serde_json::from_str(include_str!("../../../examples/requests/grade-course.json")).unwrap();
    let response = grade_course(&umc_2020(), &request).unwrap();
    let text = response.outcome.to_string();
    assert!(text.starts_with("Course NAV-201\n\n"), "{text}");
    for student in &request.students {
        assert!(
            text.contains(&format!("\n\n{}: ", student.student)),
            "{text}"
        );
    }
    // Each student's explanation follows, indented under the outcome.
    assert!(text.contains("\n  "), "{text}");
}

/// GR-4, GR-5: an average refuses an outcome its total does not give, naming the course.
#[test]
fn an_average_refuses_an_outcome_its_total_does_not_give() {
    let entry: AverageEntry = serde_json::from_str(
        r#"{ "course": "NAV-201", "credits": 5,
             "outcome": { "status": "graded", "total": "4.25", "grade": 5, "passed": true } }"#,
    )
    .unwrap();
    let errors = weighted_average(&GradingPolicy::umc_2020(), &[entry]).unwrap_err();
    assert!(
        errors.iter().any(|e| matches!(e,
            GradingError::InconsistentOutcome { course, .. } if course == "NAV-201")),
        "{errors:?}"
    );
}

/// GR-8: with no credits that count (only a qualifier), there is no average, and no division by 0.
#[test]
fn no_credits_that_count_give_no_average() {
    let entry: AverageEntry = serde_json::from_str(
        r#"{ "course": "SPORT-1", "credits": 2,
             "outcome": { "status": "qualified", "total": "8", "qualifier": "admis" } }"#,
    )
    .unwrap();
    let average = weighted_average(&GradingPolicy::umc_2020(), &[entry]).unwrap();
    assert_eq!(average.average, None);
}

/// QZ-4: a policy asking for quizzes of 0 questions is refused, naming the field.
#[test]
fn a_quiz_policy_of_zero_questions_is_refused() {
    use regula_core::CheckedPolicy;
    let mut policy = GradingPolicy::umc_2020();
    policy.quiz.minimum_questions = 0;
    let problems = policy.problems();
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("quiz.minimum_questions")),
        "{problems:?}"
    );
}

/// QZ-4: an answer without `correct_choices` is a single-answer question (one correct choice).
#[test]
fn an_answer_has_one_correct_choice_unless_it_says_otherwise() {
    let a: Answer = serde_json::from_str(r#"{"marked_correct": 1}"#).unwrap();
    assert_eq!(
        (a.correct_choices, a.marked_correct, a.marked_wrong),
        (1, 1, 0)
    );
}

/// The quiz keeps the policy version it was set up with.
#[test]
fn a_quiz_keeps_its_policy_version() {
    let history = umc_2020();
    let q = quiz(
        MultipleAnswerScoring::PartialCredit {
            wrong_choice_penalty: Decimal::ONE,
        },
        0,
    );
    assert_eq!(
        q.policy().quiz.multiple_answer,
        MultipleAnswerScoring::PartialCredit {
            wrong_choice_penalty: Decimal::ONE
        }
    );
    assert_eq!(q.policy().pass_grade, history.latest().policy.pass_grade);
    assert_eq!(q.policy_effective_from(), history.latest().effective_from);
}

/// QZ-4 all-or-nothing: every correct choice and no wrong one, or nothing.
#[test]
fn all_or_nothing_gives_nothing_for_a_wrong_choice_marked_too() {
    let q = quiz(MultipleAnswerScoring::AllOrNothing, 0);
    let full = q
        .evaluate(&attempt(vec![answer(2, 2, 0), answer(1, 1, 0)], 0))
        .unwrap();
    let spoiled = q
        .evaluate(&attempt(vec![answer(2, 2, 1), answer(1, 1, 0)], 0))
        .unwrap();
    let total = |outcome: CourseOutcome| match outcome {
        CourseOutcome::Graded { total, .. } => total.value(),
        other => panic!("expected a grade, got {other:?}"),
    };
    assert_eq!(total(full), Decimal::TEN);
    assert_eq!(total(spoiled), Decimal::from(5));
}

/// QZ-5: a bonus of exactly the maximum is allowed; one over is refused.
#[test]
fn a_bonus_of_exactly_the_maximum_is_allowed() {
    let q = quiz(MultipleAnswerScoring::AllOrNothing, 2);
    assert!(q.evaluate(&attempt(vec![answer(1, 1, 0); 2], 2)).is_ok());
    let errors = q
        .evaluate(&attempt(vec![answer(1, 1, 0); 2], 3))
        .unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, GradingError::BonusAboveMaximum { .. }))
    );
}

/// QZ-4: a question may have up to MAX_CHOICES choices, correct and wrong together, and every
/// correct one may be marked; the error names the question, counted from 1.
#[test]
fn a_question_may_use_every_choice_and_no_more() {
    let q = quiz(MultipleAnswerScoring::AllOrNothing, 0);
    let fine = attempt(
        vec![
            answer(MAX_CHOICES, MAX_CHOICES, 0),
            answer(3, 2, MAX_CHOICES - 3),
        ],
        0,
    );
    assert_eq!(bad_questions(&q, &fine), Vec::<usize>::new());
    let small = attempt(vec![answer(1, 1, 0), answer(2, 1, 3)], 0);
    assert_eq!(bad_questions(&q, &small), Vec::<usize>::new());
    let over = attempt(vec![answer(1, 1, 0), answer(3, 1, MAX_CHOICES - 2)], 0);
    assert_eq!(bad_questions(&q, &over), vec![2]);
    let too_many = attempt(vec![answer(MAX_CHOICES + 1, 0, 0), answer(1, 2, 0)], 0);
    assert_eq!(bad_questions(&q, &too_many), vec![1, 2]);
}

/// The text of `grade quiz` and `grade average`: the header, then each student or the average.
#[test]
fn a_quiz_s_and_an_average_s_text_name_what_was_decided() {
    use regula_grading::request::{AverageRequest, QuizRequest, grade_average, grade_quiz};
    let quiz: QuizRequest =
        serde_json::from_str(include_str!("../../../examples/requests/grade-quiz.json")).unwrap();
    let text = grade_quiz(&umc_2020(), &quiz).unwrap().outcome.to_string();
    assert!(
        text.starts_with("Online quiz ECON-105; each question is worth 0.4 points\n\n"),
        "{text}"
    );
    for a in &quiz.attempts {
        assert!(text.contains(&format!("\n\n{}: ", a.student)), "{text}");
    }
    let average: AverageRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/grade-average.json"
    ))
    .unwrap();
    let text = grade_average(&umc_2020(), &average)
        .unwrap()
        .outcome
        .to_string();
    // (8 × 5 + 10 × 4 + 7 × 3) / 12 = 8.4166…, to 2 decimals; PHIL-120 was not asked for.
    assert_eq!(
        text,
        "Average of Popescu I. Ana: average 8.41 over 3 courses (12 credits)"
    );
}

/// A student listed twice in a course is refused by name; each student once is graded.
#[test]
fn a_student_listed_twice_is_refused_by_name() {
    let mut request: CourseRequest =
        serde_json::from_str(include_str!("../../../examples/requests/grade-course.json")).unwrap();
    assert_eq!(
        grade_course(&umc_2020(), &request)
            .unwrap()
            .outcome
            .results
            .len(),
        request.students.len()
    );
    request.students.push(request.students[0].clone());
    let errors = grade_course(&umc_2020(), &request).unwrap_err();
    let duplicates: Vec<_> = errors
        .iter()
        .filter_map(|e| match e {
            GradingError::DuplicateStudent { student, .. } => Some(student.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(duplicates, ["Popescu I. Ana"]);
}

/// A course sheet keeps what it was given (GR-1, GR-7, GR-8).
#[test]
fn a_course_sheet_keeps_its_title_credits_kind_and_admission() {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../../examples/requests/grade-course.json")).unwrap();
    json["sheet"]["kind"] = "optional".into();
    let request: CourseRequest = serde_json::from_value(json).unwrap();
    let sheet = &CourseSheet::new_under(request.sheet, &GradingPolicy::umc_2020()).unwrap();
    assert_eq!(sheet.title(), "Navigație maritimă I");
    assert_eq!(sheet.credits().value(), Decimal::from(5));
    assert_eq!(sheet.kind(), regula_grading::CourseKind::Optional);
    assert_eq!(sheet.admission().len(), 1);
    assert_eq!(sheet.admission()[0].activity, "lab");
}
