//! The appeal window's edges and what a refusal says (AP-1..AP-4). Deadlines are inclusive at
//! both ends. Each test here was written because mutation testing (`scripts/mutants.sh`) showed
//! a change of the code going unnoticed.

use regula_appeals::{
    Appeal, AppealsPolicy, Deadline, DeadlineUnit, ExamFacts, ExamForm, Grounds, Moment, Refusal,
    check_appeal, check_appeal_explained,
};

fn facts(form: ExamForm, end: &str, announced: Option<&str>) -> ExamFacts {
    ExamFacts {
        form,
        exam_end: end.parse().unwrap(),
        grades_announced: announced.map(|a| a.parse().unwrap()),
        papers_viewed: None,
    }
}

fn technical(at: &str) -> Appeal {
    Appeal {
        filed_at: at.parse().unwrap(),
        grounds: Grounds::Technical,
        proof: true,
    }
}

fn refusals(facts: &ExamFacts, appeal: &Appeal) -> Vec<Refusal> {
    check_appeal(&AppealsPolicy::umc_2020(), facts, appeal)
        .unwrap()
        .refusals
}

/// AP-2: a quiz's window opens when the exam ends and closes `quiz_appeal_hours` later; an
/// appeal filed at either instant is on time, a minute outside is not.
#[test]
fn a_quiz_appeal_at_either_edge_of_the_window_is_on_time() {
    let deadline = AppealsPolicy::umc_2020().quiz_appeal;
    assert_eq!(deadline.unit, DeadlineUnit::Hours);
    let hours = deadline.amount;
    let quiz = facts(ExamForm::OnlineQuiz, "2021-01-25T12:00", None);
    let closes = format!("2021-01-25T{:02}:00", 12 + hours);
    let after = format!("2021-01-25T{:02}:01", 12 + hours);
    assert_eq!(refusals(&quiz, &technical("2021-01-25T12:00")), []);
    assert_eq!(refusals(&quiz, &technical(&closes)), []);
    assert!(matches!(
        refusals(&quiz, &technical(&after))[..],
        [Refusal::TooLate { .. }]
    ));
    assert!(matches!(
        refusals(&quiz, &technical("2021-01-25T11:59"))[..],
        [Refusal::TooEarly { .. }]
    ));
}

/// AP-2: the explanation of an appeal filed before the window says "too early", not "too late".
#[test]
fn an_early_appeal_is_explained_as_early() {
    let quiz = facts(ExamForm::OnlineQuiz, "2021-01-25T12:00", None);
    let decision = check_appeal_explained(
        &AppealsPolicy::umc_2020(),
        &quiz,
        &technical("2021-01-25T11:00"),
    )
    .unwrap();
    let text = decision.explanation.to_string();
    assert!(text.contains("too early"), "{text}");
}

/// AP-1: results announced at the very instant the window closes leave that instant to appeal.
#[test]
fn results_announced_as_the_window_closes_leave_that_instant() {
    let deadline = AppealsPolicy::umc_2020().face_to_face_appeal;
    assert_eq!(deadline.unit, DeadlineUnit::Hours);
    let hours = deadline.amount;
    assert_eq!(hours % 24, 0, "the test counts whole days");
    let closes = format!("2021-06-{:02}T10:00", 14 + hours / 24);
    let exam = facts(
        ExamForm::FaceToFaceWritten,
        "2021-06-14T10:00",
        Some(&closes),
    );
    let marking = Appeal {
        filed_at: closes.parse().unwrap(),
        grounds: Grounds::Marking,
        proof: false,
    };
    assert_eq!(refusals(&exam, &marking), []);
    let explained = check_appeal_explained(&AppealsPolicy::umc_2020(), &exam, &marking).unwrap();
    let text = explained.explanation.to_string();
    assert!(
        text.contains("within the window") && !text.contains("never"),
        "{text}"
    );
}

/// AP-1: results announced after the window closed leave none, and the explanation says so.
#[test]
fn results_announced_too_late_are_explained_as_a_window_that_never_opened() {
    let exam = facts(
        ExamForm::FaceToFaceWritten,
        "2021-06-14T10:00",
        Some("2021-06-17T09:00"),
    );
    let marking = Appeal {
        filed_at: "2021-06-17T10:00".parse().unwrap(),
        grounds: Grounds::Marking,
        proof: false,
    };
    let explained = check_appeal_explained(&AppealsPolicy::umc_2020(), &exam, &marking).unwrap();
    let text = explained.explanation.to_string();
    assert!(text.contains("never opened"), "{text}");
}

/// What a reader sees: the grounds by name, a refusal as a sentence.
#[test]
fn grounds_and_refusals_read_as_words() {
    assert_eq!(Grounds::Technical.to_string(), "technical");
    assert_eq!(Grounds::Marking.to_string(), "marking");
    let late = Refusal::TooLate {
        closed: "2021-01-25T14:00".parse().unwrap(),
    };
    assert!(
        late.to_string()
            .starts_with("filed after the appeal window closed"),
        "{late}"
    );
}

/// The periods of a policy are from 1 hour to a year (8,784 hours); a problem names its field.
#[test]
fn a_policy_s_periods_run_from_an_hour_to_a_year() {
    use regula_core::CheckedPolicy;
    let year = AppealsPolicy {
        quiz_appeal: Deadline::hours(8784, Moment::ExamEnd),
        ..AppealsPolicy::umc_2020()
    };
    assert_eq!(year.problems(), []);
    let broken = AppealsPolicy {
        quiz_appeal: Deadline::hours(0, Moment::ExamEnd),
        video_appeal: Deadline::hours(8785, Moment::ExamEnd),
        ..AppealsPolicy::umc_2020()
    };
    let named: Vec<String> = broken.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(named.len(), 2, "{named:?}");
    assert!(named[0].contains("quiz_appeal.amount"), "{named:?}");
    assert!(named[1].contains("video_appeal.amount"), "{named:?}");
}

/// The one-line summaries of `appeal deadlines` and `appeal check` name the exam's form.
#[test]
fn the_summaries_name_the_exam_s_form() {
    use regula_appeals::request::{
        AppealRequest, DeadlinesRequest, answer_appeal, answer_deadlines,
    };
    let history = regula_appeals::policy::umc_2020();
    let deadlines: DeadlinesRequest =
        serde_json::from_str(include_str!("../../../examples/requests/deadlines.json")).unwrap();
    let text = answer_deadlines(&history, &deadlines)
        .unwrap()
        .outcome
        .to_string();
    assert_eq!(
        text,
        "Deadlines of the face-to-face written exam that ended Friday, 29 October 2021, 14:00 EEST"
    );
    let appeal: AppealRequest =
        serde_json::from_str(include_str!("../../../examples/requests/appeal-check.json")).unwrap();
    let text = answer_appeal(&history, &appeal)
        .unwrap()
        .outcome
        .to_string();
    assert_eq!(
        text,
        "Appeal against the online quiz exam: admissible (window closes Monday, 25 January 2021, 14:00 EET)"
    );
}

/// Results may be announced the moment the exam ends (a quiz's automatic grading), not before;
/// the error names both fields.
#[test]
fn results_announced_as_the_exam_ends_are_allowed_and_not_before() {
    use regula_appeals::deadlines;
    let policy = AppealsPolicy::umc_2020();
    let at_end = facts(
        ExamForm::OnlineOpenQuestions,
        "2021-01-25T12:00",
        Some("2021-01-25T12:00"),
    );
    assert!(deadlines(&policy, &at_end).is_ok());
    let before = facts(
        ExamForm::OnlineOpenQuestions,
        "2021-01-25T12:00",
        Some("2021-01-25T11:59"),
    );
    let err = deadlines(&policy, &before).unwrap_err().to_string();
    assert!(
        err.contains("grades_announced") && err.contains("exam_end"),
        "{err}"
    );
}
