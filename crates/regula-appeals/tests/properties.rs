//! The deadline and appeal rules' invariants (AP-1..AP-4, OX-2..OX-4, CA-7), as property tests.

use chrono::TimeDelta;
use proptest::prelude::*;
use regula_appeals::{
    AcceptedGrounds, DeadlineUnit, Appeal, AppealsPolicy, ExamFacts, ExamForm, Grounds, Refusal, check_appeal,
    deadlines,
};
use regula_calendar::Instant;

fn any_form() -> impl Strategy<Value = ExamForm> {
    prop_oneof![
        Just(ExamForm::FaceToFaceWritten),
        Just(ExamForm::FaceToFaceOral),
        Just(ExamForm::OnlineQuiz),
        Just(ExamForm::OnlineOpenQuestions),
        Just(ExamForm::OnlinePortfolio),
        Just(ExamForm::OralByVideo),
    ]
}

/// An exam ending at any minute of 2020–2030 (DST changes included), with its grades announced
/// within 24 hours, as every form's results deadline requires.
fn any_exam() -> impl Strategy<Value = ExamFacts> {
    (any_form(), 0i64..(11 * 365 * 24 * 60), 0i64..=(24 * 60)).prop_map(|(form, minute, delay)| {
        let base = "2020-01-01T00:00:00Z".parse::<Instant>().unwrap();
        let end = Instant::from_utc("exam_end", base.utc() + TimeDelta::minutes(minute)).unwrap();
        let announced =
            Instant::from_utc("grades_announced", end.utc() + TimeDelta::minutes(delay)).unwrap();
        ExamFacts {
            form,
            exam_end: end,
            grades_announced: Some(announced),
            papers_viewed: None,
        }
    })
}

fn at(instant: Instant, minutes: i64) -> Instant {
    Instant::from_utc("filed_at", instant.utc() + TimeDelta::minutes(minutes)).unwrap()
}

fn policy() -> AppealsPolicy {
    AppealsPolicy::umc_2020()
}

proptest! {
    /// AP-1..AP-4: an appeal filed after its deadline is never admissible, whatever its grounds
    /// and proof.
    #[test]
    fn ap_an_appeal_filed_after_its_deadline_is_never_admissible(
        exam in any_exam(), late_by in 1i64..(10 * 24 * 60), technical in any::<bool>(), proof in any::<bool>()
    ) {
        let closes = deadlines(&policy(), &exam).unwrap().appeal.closes;
        let appeal = Appeal {
            filed_at: at(closes, late_by),
            grounds: if technical { Grounds::Technical } else { Grounds::Marking },
            proof,
        };
        let verdict = check_appeal(&policy(), &exam, &appeal).unwrap();
        prop_assert!(!verdict.admissible);
        let too_late = Refusal::TooLate { closed: closes };
        prop_assert!(verdict.refusals.contains(&too_late));
    }

    /// Deadlines are inclusive: an appeal filed at the closing instant, on accepted grounds with
    /// proof, is admissible.
    #[test]
    fn ap_an_appeal_filed_at_the_closing_instant_is_on_time(exam in any_exam()) {
        let window = deadlines(&policy(), &exam).unwrap().appeal;
        let appeal = Appeal { filed_at: window.closes, grounds: Grounds::Technical, proof: true };
        let verdict = check_appeal(&policy(), &exam, &appeal).unwrap();
        prop_assert!(verdict.admissible, "{:?}", verdict.refusals);
    }

    /// AP-2 and QZ-6: a quiz appeal on other than technical grounds is never admissible, at any
    /// minute of its 2-hour window.
    #[test]
    fn ap2_a_quiz_appeal_is_on_technical_grounds_only(exam in any_exam(), after in 0i64..=120) {
        let exam = ExamFacts { form: ExamForm::OnlineQuiz, ..exam };
        let appeal = Appeal { filed_at: at(exam.exam_end, after), grounds: Grounds::Marking, proof: true };
        let verdict = check_appeal(&policy(), &exam, &appeal).unwrap();
        prop_assert!(!verdict.admissible);
        prop_assert_eq!(verdict.window.grounds, AcceptedGrounds::TechnicalOnly);
    }

    /// CAL-1 with AP-1..AP-4, OX-4, CA-7: every "N hours" deadline is exactly N elapsed hours
    /// after the event it counts from, also across changes of the clocks.
    #[test]
    fn ap_hour_deadlines_are_exactly_n_elapsed_hours(exam in any_exam()) {
        let p = policy();
        let d = deadlines(&p, &exam).unwrap();
        let end = exam.exam_end;
        let hours = |h: u32| TimeDelta::hours(i64::from(h));
        for deadline in [p.catalog, p.platform, p.face_to_face_appeal, p.quiz_appeal, p.open_questions_appeal, p.video_appeal] {
            prop_assert_eq!(deadline.unit, DeadlineUnit::Hours);
        }
        prop_assert_eq!(d.catalog_due.since(end), hours(p.catalog.amount));
        if let Some(platform) = d.platform_due {
            prop_assert_eq!(platform.since(end), hours(p.platform.amount));
        }
        let expected_close = match exam.form {
            ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => end.plus_hours(p.face_to_face_appeal.amount),
            ExamForm::OnlineQuiz => end.plus_hours(p.quiz_appeal.amount),
            ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => {
                exam.grades_announced.unwrap().plus_hours(p.open_questions_appeal.amount)
            }
            ExamForm::OralByVideo => end.plus_hours(p.video_appeal.amount),
        };
        prop_assert_eq!(d.appeal.closes, expected_close.unwrap());
    }

    /// Every deadline falls at or after the end of the exam, and the electronic entry after the
    /// catalog (CA-7).
    #[test]
    fn ca7_deadlines_follow_the_exam(exam in any_exam()) {
        let d = deadlines(&policy(), &exam).unwrap();
        for due in [d.results_due, d.catalog_due, d.electronic_entry_due, d.appeal.closes] {
            prop_assert!(due >= exam.exam_end);
        }
        prop_assert!(d.electronic_entry_due > d.catalog_due);
    }
}
