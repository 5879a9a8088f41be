//! The deadline and appeal rules' invariants (AP-1..AP-4, OX-2..OX-4, CA-7), as property tests.

use chrono::{Days, NaiveTime, TimeDelta};
use proptest::prelude::*;
use regula_appeals::{
    AcceptedGrounds, Appeal, AppealsPolicy, Deadline, DeadlineUnit, ElectronicEntry, ExamFacts,
    ExamForm, Grounds, Moment, Refusal, check_appeal, deadlines,
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

/// Any minute of 2020–2030 (changes of the clocks included).
fn any_instant() -> impl Strategy<Value = Instant> {
    (0i64..(11 * 365 * 24 * 60)).prop_map(|minute| {
        let base = "2020-01-01T00:00:00Z".parse::<Instant>().unwrap();
        Instant::from_utc("exam_end", base.utc() + TimeDelta::minutes(minute)).unwrap()
    })
}

fn closes_under(deadline: Deadline, end: Instant) -> Instant {
    let policy = AppealsPolicy {
        face_to_face_appeal: deadline,
        ..AppealsPolicy::umc_2020()
    };
    let exam = ExamFacts::ended(ExamForm::FaceToFaceWritten, end);
    deadlines(&policy, &exam).unwrap().appeal.closes
}

proptest! {
    /// AP-1 with CAL-1: a deadline of N calendar days ends at 24:00 Bucharest time of the N-th
    /// day after the moment's day; on the clock it is more than N days after the moment, and in
    /// elapsed time never earlier than N × 24 hours less the hour the clocks may move forward.
    #[test]
    fn ap1_a_deadline_in_calendar_days_ends_at_midnight(end in any_instant(), amount in 1u32..=366) {
        let closes = closes_under(Deadline::calendar_days(amount, Moment::ExamEnd), end);
        prop_assert_eq!(closes.local().time(), NaiveTime::MIN);
        prop_assert_eq!(
            closes.local_date(),
            end.local_date() + Days::new(u64::from(amount) + 1)
        );
        prop_assert!(closes.local().naive_local() > end.local().naive_local() + Days::new(u64::from(amount)));
        prop_assert!(closes.since(end) >= TimeDelta::hours(24 * i64::from(amount) - 1));
    }

    /// AP-1 with CAL-3: a deadline of N working days ends at 24:00 of a working day, exactly N
    /// working days after the moment's day, never before the deadline of N calendar days.
    #[test]
    fn cal3_a_deadline_in_working_days_ends_at_midnight_of_a_working_day(end in any_instant(), amount in 1u32..=40) {
        let closes = closes_under(Deadline::working_days(amount, Moment::ExamEnd), end);
        prop_assert_eq!(closes.local().time(), NaiveTime::MIN);
        let last = closes.local_date() - Days::new(1);
        let calendar = working_calendar();
        prop_assert!(calendar.is_working_day(last).unwrap());
        prop_assert_eq!(calendar.working_days_after(end.local_date(), last).unwrap(), amount);
        prop_assert!(closes >= closes_under(Deadline::calendar_days(amount, Moment::ExamEnd), end));
    }

    /// AP-3 with CAL-1: a deadline of N hours from the posting of the results is exactly N
    /// elapsed hours after it, whatever the unit of the other deadlines.
    #[test]
    fn ap3_a_deadline_in_hours_from_the_posting_is_n_elapsed_hours(exam in any_exam(), amount in 1u32..=(24 * 366)) {
        let policy = AppealsPolicy {
            face_to_face_appeal: Deadline::hours(amount, Moment::GradesAnnounced),
            open_questions_appeal: Deadline::hours(amount, Moment::GradesAnnounced),
            quiz_appeal: Deadline::hours(amount, Moment::GradesAnnounced),
            video_appeal: Deadline::hours(amount, Moment::GradesAnnounced),
            ..AppealsPolicy::umc_2020()
        };
        let closes = deadlines(&policy, &exam).unwrap().appeal.closes;
        let announced = exam.grades_announced.unwrap();
        prop_assert_eq!(closes.since(announced), TimeDelta::hours(i64::from(amount)));
    }

    /// CA-7: with one deadline for both, the electronic entry is due exactly when the catalog is.
    #[test]
    fn ca7_with_the_catalog_the_entry_is_due_with_it(exam in any_exam(), amount in 1u32..=366) {
        let policy = AppealsPolicy {
            catalog: Deadline::calendar_days(amount, Moment::GradesAnnounced),
            electronic_entry: ElectronicEntry::WithCatalog,
            ..AppealsPolicy::umc_2020()
        };
        let d = deadlines(&policy, &exam).unwrap();
        prop_assert_eq!(d.electronic_entry_due, d.catalog_due);
        prop_assert!(d.catalog_due > exam.grades_announced.unwrap());
    }
}

fn working_calendar() -> &'static regula_calendar::Calendar {
    static CALENDAR: std::sync::OnceLock<regula_calendar::Calendar> = std::sync::OnceLock::new();
    CALENDAR.get_or_init(regula_calendar::Calendar::romania)
}
