//! Deadlines as a policy writes them (AP-1..AP-5, OX-4, CA-7): elapsed hours, calendar days and
//! working days, counted from the exam's end, its day, the posting of the results, the viewing
//! of the papers, the catalog's deadline, the appeal's filing or the window's close.

use regula_appeals::{
    Appeal, AppealsError, AppealsPolicy, Deadline, ElectronicEntry, ExamFacts, ExamForm, Grounds,
    Moment, check_appeal, check_appeal_explained, deadlines, deadlines_explained,
};
use regula_calendar::Instant;
use regula_core::CheckedPolicy;
use regula_core::locale::{Lang, in_language};

fn at(text: &str) -> Instant {
    text.parse().unwrap()
}

fn written(end: &str, announced: Option<&str>, viewed: Option<&str>) -> ExamFacts {
    ExamFacts {
        form: ExamForm::FaceToFaceWritten,
        exam_end: at(end),
        grades_announced: announced.map(at),
        papers_viewed: viewed.map(at),
    }
}

fn with_appeal(deadline: Deadline) -> AppealsPolicy {
    AppealsPolicy {
        face_to_face_appeal: deadline,
        ..AppealsPolicy::umc_2020()
    }
}

fn marking(filed: &str) -> Appeal {
    Appeal {
        filed_at: at(filed),
        grounds: Grounds::Marking,
        proof: false,
    }
}

/// The fragment of a policy an institution writes: "appeals within 3 days from the posting of
/// the results", read from JSON over the seed's other deadlines.
fn three_days_from_posting() -> AppealsPolicy {
    let mut policy = serde_json::to_value(AppealsPolicy::umc_2020()).unwrap();
    policy["face_to_face_appeal"] = serde_json::json!({
        "amount": 3, "unit": "calendar_days", "from": "grades_announced"
    });
    let policy: AppealsPolicy = serde_json::from_value(policy).unwrap();
    assert_eq!(policy.problems(), []);
    policy
}

/// AP-1: "3 days from the posting of the results", posted Monday 20 January 2025 at 18:00,
/// ends Thursday at 24:00; the explanation says the unit and the moment, in both languages.
#[test]
fn ap1_three_calendar_days_from_the_posting_of_results_end_thursday_at_24() {
    let policy = three_days_from_posting();
    let exam = written("2025-01-20T12:00", Some("2025-01-20T18:00"), None);
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(d.appeal.closes.to_rfc3339(), "2025-01-24T00:00:00+02:00");
    assert!(!d.appeal.provisional);
    // The papers are kept as long as the window (AP-5), the seed's reading.
    assert_eq!(d.papers_kept_until, Some(d.appeal.closes));
    let verdict = check_appeal(&policy, &exam, &marking("2025-01-23T23:59")).unwrap();
    assert!(verdict.admissible, "{:?}", verdict.refusals);
    let verdict = check_appeal(&policy, &exam, &marking("2025-01-24T00:01")).unwrap();
    assert!(!verdict.admissible);

    let explanation = deadlines_explained(&policy, &exam).unwrap().explanation;
    let english = in_language(Lang::En, || explanation.to_string());
    assert!(
        english.contains(
            "until Friday, 24 January 2025, 00:00 EET (3 calendar days after the results were posted, ending at 24:00 on 23 January 2025)"
        ),
        "{english}"
    );
    assert!(
        english.contains("keeps the papers until Friday, 24 January 2025, 00:00 EET, as long as the appeal window"),
        "{english}"
    );
    let romanian = in_language(Lang::Ro, || explanation.to_string());
    assert!(
        romanian.contains(
            "3 zile calendaristice de la afișarea rezultatelor, până la ora 24:00 a zilei de 23 ianuarie 2025"
        ),
        "{romanian}"
    );
}

/// AP-1: before the results are posted, a window counted from them is provisional: counted from
/// the results' deadline, the latest they may come.
#[test]
fn ap1_a_window_from_the_posting_is_provisional_before_it() {
    let policy = three_days_from_posting();
    let exam = written("2025-01-20T12:00", None, None);
    let d = deadlines(&policy, &exam).unwrap();
    // Results due 24 h after the exam day: Wednesday 22 January 00:00; 3 days after that day.
    assert_eq!(d.results_due.to_rfc3339(), "2025-01-22T00:00:00+02:00");
    assert_eq!(d.appeal.closes.to_rfc3339(), "2025-01-26T00:00:00+02:00");
    assert!(d.appeal.provisional);
    let text = deadlines_explained(&policy, &exam)
        .unwrap()
        .explanation
        .to_string();
    assert!(
        text.contains("at the latest, if the grades come out on their deadline"),
        "{text}"
    );
    // An appeal cannot be judged until the results are posted: the error names the field.
    let err = check_appeal(&policy, &exam, &marking("2025-01-21T10:00")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "`grades_announced` is needed to check an appeal against a face-to-face written exam: the appeal window counts from it (AP-1)"
    );
}

/// An exam ending at 23:59: a calendar day from it ends at 24:00 of the next day (the exam's
/// day is not counted), an hour from it is 00:59.
#[test]
fn ap1_an_exam_ending_at_23_59_counts_its_days_from_the_next() {
    let exam = written("2025-01-20T23:59", None, None);
    let days = with_appeal(Deadline::calendar_days(1, Moment::ExamEnd));
    let closes = deadlines(&days, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2025-01-22T00:00:00+02:00");
    let hours = with_appeal(Deadline::hours(1, Moment::ExamEnd));
    let closes = deadlines(&hours, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2025-01-21T00:59:00+02:00");
    // From the end of the exam day (24:00), a day ends a day later still at 24:00.
    let day_end = with_appeal(Deadline::calendar_days(1, Moment::ExamDayEnd));
    let closes = deadlines(&day_end, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2025-01-22T00:00:00+02:00");
}

/// CAL-3: 2 working days from Wednesday 29 November 2023 skip St Andrew's Day (Thursday 30
/// November), the National Day (Friday 1 December) and the weekend: Tuesday 5 December, 24:00.
#[test]
fn cal3_working_days_skip_a_weekend_and_public_holidays() {
    let policy = with_appeal(Deadline::working_days(2, Moment::ExamEnd));
    let exam = written("2023-11-29T10:00", None, None);
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(d.appeal.closes.to_rfc3339(), "2023-12-06T00:00:00+02:00");
    let text = deadlines_explained(&policy, &exam)
        .unwrap()
        .explanation
        .to_string();
    assert!(
        text.contains("2 working days after the exam ended, ending at 24:00 on 5 December 2023"),
        "{text}"
    );
    // Calendar days would have ended on Friday.
    let calendar = with_appeal(Deadline::calendar_days(2, Moment::ExamEnd));
    let closes = deadlines(&calendar, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2023-12-02T00:00:00+02:00");
}

/// CAL-1 across the change to summer time (28 March 2021, 03:00 → 04:00): 24 hours are 24
/// elapsed hours (23:00 on the next day's clock), a calendar day still ends at local midnight,
/// 25 elapsed hours later.
#[test]
fn cal1_across_the_change_of_the_clocks() {
    let exam = written("2021-03-27T22:00", None, None);
    let hours = with_appeal(Deadline::hours(24, Moment::ExamEnd));
    let closes = deadlines(&hours, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2021-03-28T23:00:00+03:00");
    let days = with_appeal(Deadline::calendar_days(1, Moment::ExamEnd));
    let closes = deadlines(&days, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2021-03-29T00:00:00+03:00");
    assert_eq!(closes.since(exam.exam_end).num_hours(), 25);
    // And back to winter time (31 October 2021, 04:00 → 03:00): a day of 25 hours.
    let exam = written("2021-10-30T22:00", None, None);
    let closes = deadlines(&days, &exam).unwrap().appeal.closes;
    assert_eq!(closes.to_rfc3339(), "2021-11-01T00:00:00+02:00");
    assert_eq!(closes.since(exam.exam_end).num_hours(), 27);
}

/// AP-1: a window counted from the viewing of the papers needs it; without it the error names
/// `papers_viewed`, for the deadlines and for an appeal.
#[test]
fn ap1_a_window_from_the_viewing_of_papers() {
    let policy = with_appeal(Deadline::hours(24, Moment::PapersViewed));
    let exam = written(
        "2025-01-20T12:00",
        Some("2025-01-21T09:00"),
        Some("2025-01-22T10:00"),
    );
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(d.appeal.closes.to_rfc3339(), "2025-01-23T10:00:00+02:00");
    let text = deadlines_explained(&policy, &exam)
        .unwrap()
        .explanation
        .to_string();
    assert!(
        text.contains("24 hours after the papers were viewed"),
        "{text}"
    );

    let unseen = written("2025-01-20T12:00", Some("2025-01-21T09:00"), None);
    let err = deadlines(&policy, &unseen).unwrap_err();
    assert!(matches!(
        err,
        AppealsError::MomentRequired {
            field: "papers_viewed",
            deadline: "face_to_face_appeal",
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "`papers_viewed` is needed for the deadlines of a face-to-face written exam: the policy counts `appeals.face_to_face_appeal` from it (AP-1)"
    );
    let err = check_appeal(&policy, &unseen, &marking("2025-01-21T10:00")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("`papers_viewed` is needed to check an appeal"),
        "{err}"
    );

    // Papers viewed before the exam ended are an error naming both fields.
    let before = written("2025-01-20T12:00", None, Some("2025-01-20T11:00"));
    let err = deadlines(&policy, &before).unwrap_err().to_string();
    assert!(
        err.contains("papers_viewed") && err.contains("exam_end"),
        "{err}"
    );
}

/// CA-7: a catalog counted from the posting of the results needs it; the error names the field
/// and the deadline.
#[test]
fn ca7_a_catalog_from_the_posting_of_results() {
    let policy = AppealsPolicy {
        catalog: Deadline::calendar_days(5, Moment::GradesAnnounced),
        ..AppealsPolicy::umc_2020()
    };
    let exam = written("2025-01-20T12:00", Some("2025-01-21T09:00"), None);
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(d.catalog_due.to_rfc3339(), "2025-01-27T00:00:00+02:00");
    // The electronic entry, 5 days after the catalog's last day (26 January): 31 January.
    assert_eq!(
        d.electronic_entry_due.to_rfc3339(),
        "2025-02-01T00:00:00+02:00"
    );
    let err = deadlines(&policy, &written("2025-01-20T12:00", None, None))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`grades_announced`") && err.contains("`appeals.catalog`"),
        "{err}"
    );
}

/// CA-7: one deadline for the catalog and its electronic entry.
#[test]
fn ca7_one_deadline_for_the_catalog_and_its_electronic_entry() {
    let policy = AppealsPolicy {
        catalog: Deadline::working_days(3, Moment::ExamEnd),
        electronic_entry: ElectronicEntry::WithCatalog,
        ..AppealsPolicy::umc_2020()
    };
    let exam = written("2025-01-24T12:00", None, None); // a Friday
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(d.catalog_due.to_rfc3339(), "2025-01-30T00:00:00+02:00");
    assert_eq!(d.electronic_entry_due, d.catalog_due);
    let explanation = deadlines_explained(&policy, &exam).unwrap().explanation;
    let text = explanation.to_string();
    assert!(
        text.contains("Electronic entry: by Thursday, 30 January 2025, 00:00 EET (together with the catalog, by the same deadline)"),
        "{text}"
    );
    let romanian = in_language(Lang::Ro, || explanation.to_string());
    assert!(romanian.contains("odată cu catalogul"), "{romanian}");
}

/// AP-5: papers kept for a year from the exam, apart from the appeal window; or a week after the
/// window closes.
#[test]
fn ap5_papers_kept_apart_from_the_appeal_window() {
    let exam = written("2025-01-20T12:00", None, None);
    let year = AppealsPolicy {
        papers_kept: Some(Deadline::calendar_days(365, Moment::ExamEnd)),
        ..AppealsPolicy::umc_2020()
    };
    let d = deadlines(&year, &exam).unwrap();
    assert_eq!(
        d.papers_kept_until.unwrap().to_rfc3339(),
        "2026-01-21T00:00:00+02:00"
    );
    assert_eq!(d.appeal.closes.to_rfc3339(), "2025-01-22T12:00:00+02:00");
    let text = deadlines_explained(&year, &exam)
        .unwrap()
        .explanation
        .to_string();
    assert!(
        text.contains("keeps the papers until Wednesday, 21 January 2026, 00:00 EET (365 calendar days after the exam ended, ending at 24:00 on 20 January 2026)"),
        "{text}"
    );
    let week = AppealsPolicy {
        papers_kept: Some(Deadline::calendar_days(7, Moment::AppealCloses)),
        ..AppealsPolicy::umc_2020()
    };
    let d = deadlines(&week, &exam).unwrap();
    assert_eq!(
        d.papers_kept_until.unwrap().to_rfc3339(),
        "2025-01-30T00:00:00+02:00"
    );
    // Only the written exams have papers.
    let oral = ExamFacts {
        form: ExamForm::FaceToFaceOral,
        ..exam
    };
    assert_eq!(deadlines(&week, &oral).unwrap().papers_kept_until, None);
}

/// AP-1..AP-4: the committee decides within 48 hours of the appeal's filing; the deadlines give
/// the latest (an appeal filed as the window closes), the verdict that of the appeal filed.
#[test]
fn ap_an_appeal_is_decided_by_its_deadline() {
    let policy = AppealsPolicy {
        appeal_decision: Some(Deadline::hours(48, Moment::AppealFiled)),
        ..AppealsPolicy::umc_2020()
    };
    let exam = written("2025-01-20T12:00", Some("2025-01-20T18:00"), None);
    let d = deadlines(&policy, &exam).unwrap();
    assert_eq!(
        d.appeal.decision_due.unwrap().to_rfc3339(),
        "2025-01-24T12:00:00+02:00"
    );
    let decision = check_appeal_explained(&policy, &exam, &marking("2025-01-21T09:30")).unwrap();
    assert_eq!(
        decision.outcome.decision_due.unwrap().to_rfc3339(),
        "2025-01-23T09:30:00+02:00"
    );
    let text = decision.explanation.to_string();
    assert!(
        text.contains("The appeal is decided by Thursday, 23 January 2025, 09:30 EET (48 hours after the appeal was filed)."),
        "{text}"
    );
    // A late appeal is not decided on its merits: no decision deadline.
    let late = check_appeal(&policy, &exam, &marking("2025-01-23T09:30")).unwrap();
    assert!(!late.admissible);
    assert_eq!(late.decision_due, None);
    // Within 2 working days of the window's close: Friday 24 and Monday 27 January.
    let working = AppealsPolicy {
        appeal_decision: Some(Deadline::working_days(2, Moment::AppealCloses)),
        ..AppealsPolicy::umc_2020()
    };
    let d = deadlines(&working, &exam).unwrap();
    assert_eq!(
        d.appeal.decision_due.unwrap().to_rfc3339(),
        "2025-01-28T00:00:00+02:00"
    );
    // The seed sets none, and says nothing of it.
    let seed = deadlines(&AppealsPolicy::umc_2020(), &exam).unwrap();
    assert_eq!(seed.appeal.decision_due, None);
}

/// CA-7: the student register counted in working days from the end of the autumn session.
#[test]
fn ca7_the_student_register_in_working_days() {
    let policy = AppealsPolicy {
        student_register: Deadline::working_days(10, Moment::AutumnSessionEnd),
        ..AppealsPolicy::umc_2020()
    };
    // Friday 19 September 2025: 10 working days, Monday 22 September .. Friday 3 October.
    let due = regula_appeals::student_register_due(&policy, "2025-09-19".parse().unwrap()).unwrap();
    assert_eq!(due.to_rfc3339(), "2025-10-04T00:00:00+03:00");
}

/// A policy written before deadlines had units still loads: each number is the former unit
/// (hours; days for the electronic entry and the register) from the rule's moment — the seed.
#[test]
fn ap_an_appeals_policy_written_in_hours_still_loads_as_before() {
    let old = r#"{
        "face_to_face_results_hours": 24, "catalog_hours": 48, "face_to_face_appeal_hours": 48,
        "platform_hours": 48, "quiz_appeal_hours": 2, "open_questions_grading_hours": 24,
        "open_questions_appeal_hours": 24, "video_appeal_hours": 4,
        "electronic_entry_days": 5, "register_days": 90
    }"#;
    let read: AppealsPolicy = serde_json::from_str(old).unwrap();
    assert_eq!(read, AppealsPolicy::umc_2020());
    // Written again, it reads back as itself.
    let written = serde_json::to_string(&read).unwrap();
    assert!(
        written.contains(r#""catalog":{"amount":48,"unit":"hours","from":"exam_end"}"#),
        "{written}"
    );
    assert_eq!(
        serde_json::from_str::<AppealsPolicy>(&written).unwrap(),
        read
    );
}

/// What loading says of a deadline it cannot read: the unit or moment that does not exist, a
/// number where a new field wants a deadline, a negative amount — each naming the value.
#[test]
fn ap_a_deadline_that_cannot_be_read_is_named() {
    let with = |field: &str, value: serde_json::Value| {
        let mut policy = serde_json::to_value(AppealsPolicy::umc_2020()).unwrap();
        policy[field] = value;
        serde_json::from_value::<AppealsPolicy>(policy)
            .unwrap_err()
            .to_string()
    };
    let err = with(
        "catalog",
        serde_json::json!({"amount": 3, "unit": "weeks", "from": "exam_end"}),
    );
    assert!(
        err.contains("unknown variant `weeks`") && err.contains("working_days"),
        "{err}"
    );
    let err = with(
        "catalog",
        serde_json::json!({"amount": 3, "unit": "hours", "from": "exam_start"}),
    );
    assert!(err.contains("unknown variant `exam_start`"), "{err}");
    let err = with("appeal_decision", serde_json::json!(48));
    assert!(err.contains("a deadline {\"amount\""), "{err}");
    let err = with("quiz_appeal", serde_json::json!(-2));
    assert!(err.contains("-2 is not a deadline"), "{err}");
    let err = with("electronic_entry", serde_json::json!("later"));
    assert!(
        err.contains("\"later\"") && err.contains("with_catalog"),
        "{err}"
    );
}

/// Checked on load: every deadline with a zero or absurd amount, or counted from a moment its
/// rule does not have, is a problem naming its path and value — all of them at once.
#[test]
fn ap_policy_check_names_every_wrong_deadline() {
    let policy = AppealsPolicy {
        catalog: Deadline::calendar_days(0, Moment::PapersViewed),
        quiz_appeal: Deadline::calendar_days(367, Moment::ExamEnd),
        platform: Deadline::working_days(263, Moment::ExamEnd),
        electronic_entry: ElectronicEntry::After(Deadline::hours(8785, Moment::AppealFiled)),
        student_register: Deadline::calendar_days(90, Moment::ExamEnd),
        appeal_decision: Some(Deadline::hours(48, Moment::GradesAnnounced)),
        papers_kept: Some(Deadline::calendar_days(5 * 366 + 1, Moment::AppealFiled)),
        ..AppealsPolicy::umc_2020()
    };
    let problems: Vec<(String, String)> = policy
        .problems()
        .into_iter()
        .map(|p| (p.field, p.value))
        .collect();
    let expected = [
        ("catalog.amount", "0"),
        ("catalog.from", "papers_viewed"),
        ("platform.amount", "263"),
        ("quiz_appeal.amount", "367"),
        ("student_register.from", "exam_end"),
        ("electronic_entry.amount", "8785"),
        ("electronic_entry.from", "appeal_filed"),
        ("appeal_decision.from", "grades_announced"),
        ("papers_kept.amount", "1831"),
        ("papers_kept.from", "appeal_filed"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(f, v)| (f.to_string(), v.to_string()))
        .collect();
    assert_eq!(problems, expected);
    let why: Vec<String> = policy.problems().iter().map(|p| p.to_string()).collect();
    assert!(
        why.iter().any(|w| w.contains("catalog.from")
            && w.contains("exam_end, exam_day_end, grades_announced")),
        "{why:#?}"
    );
    // Five years of papers are not absurd.
    let kept = AppealsPolicy {
        papers_kept: Some(Deadline::calendar_days(5 * 366, Moment::ExamEnd)),
        ..AppealsPolicy::umc_2020()
    };
    assert_eq!(kept.problems(), []);
}

/// Issue #33: deadlines that contradict one another are refused on load, naming both. Raising the
/// online results term (open-question grading) to 72 hours leaves the platform and the catalog at
/// 48: both would be due before the grades they show or record.
#[test]
fn ap_deadlines_that_contradict_one_another_are_refused_naming_both() {
    let late_grading = AppealsPolicy {
        open_questions_grading: Deadline::hours(72, Moment::ExamEnd),
        ..AppealsPolicy::umc_2020()
    };
    let problems: Vec<String> = late_grading
        .problems()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    for (field, text) in ["catalog", "platform"].iter().zip(&problems) {
        assert!(text.contains(field), "{text}");
        assert!(
            text.contains("`open_questions_grading` (72 hours from exam_end)"),
            "{text}"
        );
    }
    // The seed's deadlines agree with one another: the catalog at 48 hours after the exam, the
    // face-to-face results at 24 hours after its day (at most 48 after the exam).
    assert!(AppealsPolicy::umc_2020().problems().is_empty());
    // In calendar days from the exam's day, the results may fall up to a day later than their
    // count: a catalog due 2 days after the exam's day follows results due 1 day after it.
    let in_days = AppealsPolicy {
        face_to_face_results: Deadline::calendar_days(1, Moment::ExamDayEnd),
        catalog: Deadline::calendar_days(2, Moment::ExamDayEnd),
        ..AppealsPolicy::umc_2020()
    };
    assert!(in_days.problems().is_empty(), "{:?}", in_days.problems());
    let crossed = AppealsPolicy {
        face_to_face_results: Deadline::calendar_days(3, Moment::ExamDayEnd),
        catalog: Deadline::calendar_days(2, Moment::ExamDayEnd),
        ..AppealsPolicy::umc_2020()
    };
    let problems = crossed.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].to_string().contains("face_to_face_results"));
    // A deadline counted from another moment (the posting of the results) is not compared.
    let posted = AppealsPolicy {
        catalog: Deadline::hours(1, Moment::GradesAnnounced),
        ..AppealsPolicy::umc_2020()
    };
    assert!(posted.problems().is_empty(), "{:?}", posted.problems());
}
