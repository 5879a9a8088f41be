//! The validator finds a planted violation of each rule and names it; a valid timetable has none.

use chrono::{NaiveDate, NaiveDateTime};
use regula_scheduling::{
    GapCounting, Placement, SchedulingPolicy, SessionPlan, Timetable, validate,
};

/// A small faculty: two groups, four teachers, four exams, two rooms, a valid timetable.
fn plan() -> SessionPlan {
    serde_json::from_str(
        r#"{
        "session": {"kind": "regular", "first_day": "2022-01-17", "last_day": "2022-02-06"},
        "groups": [{"id": "G1", "size": 25}, {"id": "G2", "size": 28}],
        "teachers": [
            {"id": "T1", "unavailable": ["2022-01-31"]}, {"id": "T2"}, {"id": "T3"}, {"id": "T4"}
        ],
        "exams": [
            {"id": "E1", "groups": ["G1"], "form": "face_to_face_written", "duration_minutes": 180,
             "committee": [{"teacher": "T1", "role": "holder"}, {"teacher": "T2", "role": "applied_teacher"}]},
            {"id": "E2", "groups": ["G1", "G2"], "form": "online_quiz", "duration_minutes": 60,
             "committee": [{"teacher": "T3", "role": "holder"}], "fixed_date": "2022-01-21"},
            {"id": "E3", "groups": ["G2"], "form": "online_open_questions", "duration_minutes": 120,
             "committee": [{"teacher": "T4", "role": "holder"}, {"teacher": "T2", "role": "applied_teacher"}]},
            {"id": "E4", "groups": ["G1"], "form": "online_portfolio", "duration_minutes": 240,
             "committee": [{"teacher": "T3", "role": "holder"}]}
        ],
        "rooms": [{"id": "R1", "capacity": 30}, {"id": "R2", "capacity": 60}]
    }"#,
    )
    .unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// An exam placed at `start` with no room (an online exam, or a room left to the checks).
fn sitting(exam: &str, start: &str) -> Placement {
    Placement {
        exam: exam.into(),
        start: at(start),
        room: None,
        split_rooms: Vec::new(),
        last_day: None,
    }
}

/// What the report says under `rule`, one message per violation.
fn said(report: &regula_scheduling::Report, rule: &str) -> Vec<String> {
    report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == rule)
        .map(|v| v.message.to_string())
        .collect()
}

fn valid() -> Timetable {
    let place = |exam: &str, start: &str, room: Option<&str>| Placement {
        room: room.map(Into::into),
        ..sitting(exam, start)
    };
    Timetable {
        placements: vec![
            place("E1", "2022-01-17 09:00", Some("R1")),
            place("E2", "2022-01-21 10:00", None),
            place("E3", "2022-01-24 12:00", None),
            Placement {
                last_day: NaiveDate::from_ymd_opt(2022, 1, 26),
                ..place("E4", "2022-01-25 08:00", None)
            },
        ],
    }
}

fn policy() -> SchedulingPolicy {
    SchedulingPolicy::umc_2020()
}

fn rules_broken(plan: &SessionPlan, timetable: &Timetable) -> Vec<String> {
    let report = validate(plan, &policy(), timetable).unwrap();
    assert_eq!(report.valid, report.violations.is_empty());
    report
        .violations
        .iter()
        .map(|v| v.rule.as_str().to_owned())
        .collect()
}

fn moved(exam: &str, start: &str) -> Timetable {
    let mut t = valid();
    let p = t.placements.iter_mut().find(|p| p.exam == exam).unwrap();
    p.start = at(start);
    t
}

#[test]
fn the_base_timetable_is_valid() {
    assert_eq!(rules_broken(&plan(), &valid()), Vec::<String>::new());
}

#[test]
fn sc1_an_exam_outside_the_session_window() {
    assert!(rules_broken(&plan(), &moved("E1", "2022-01-14 09:00")).contains(&"SC-1".into()));
    let mut long = plan();
    long.session.last_day = NaiveDate::from_ymd_opt(2022, 2, 20).unwrap();
    assert_eq!(rules_broken(&long, &valid()), ["SC-1"]);
}

#[test]
fn sc3_an_exam_outside_08_to_20() {
    assert_eq!(
        rules_broken(&plan(), &moved("E1", "2022-01-17 07:30")),
        ["SC-3"]
    );
    assert_eq!(
        rules_broken(&plan(), &moved("E1", "2022-01-17 17:30")),
        ["SC-3"]
    );
    assert_eq!(
        rules_broken(&plan(), &moved("E1", "2022-01-17 17:00")),
        Vec::<String>::new()
    );
}

#[test]
fn sc4_two_exams_of_a_group_closer_than_three_days() {
    // E1 on Monday 17, E2 on Wednesday 19: 2 days for G1.
    let report = validate(&plan(), &policy(), &moved("E2", "2022-01-19 10:00")).unwrap();
    let sc4: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "SC-4")
        .collect();
    assert_eq!(sc4.len(), 1, "{report}");
    assert_eq!(sc4[0].groups, ["G1"]);
    assert_eq!(sc4[0].exams, ["E1", "E2"]);
    // Monday → Thursday is allowed by date difference, not by free days between.
    let thursday = moved("E2", "2022-01-20 10:00");
    assert!(!rules_broken(&plan(), &thursday).contains(&"SC-4".into()));
    let strict = SchedulingPolicy {
        gap_counting: GapCounting::FreeDaysBetween,
        ..policy()
    };
    let report = validate(&plan(), &strict, &thursday).unwrap();
    assert!(report.violations.iter().any(|v| v.rule.as_str() == "SC-4"));
}

#[test]
fn sc5_a_teacher_with_three_groups_in_a_day() {
    let mut plan = plan();
    plan.groups
        .push(serde_json::from_str(r#"{"id": "G3"}"#).unwrap());
    // T2 examines G1 (E1), G2 (E3, now oral face-to-face) and G3 (E5) on Monday 17.
    plan.exams[2].form = regula_core::ExamForm::FaceToFaceOral;
    plan.exams.push(
        serde_json::from_str(
            r#"{"id": "E5", "groups": ["G3"], "form": "face_to_face_written", "duration_minutes": 60,
                "committee": [{"teacher": "T2", "role": "holder"}, {"teacher": "T4", "role": "assistant"}]}"#,
        )
        .unwrap(),
    );
    let mut t = moved("E3", "2022-01-17 13:00");
    t.placements.push(sitting("E5", "2022-01-17 16:00"));
    let report = validate(&plan, &policy(), &t).unwrap();
    let sc5: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "SC-5")
        .collect();
    assert_eq!(sc5.len(), 1, "{report}");
    assert_eq!(sc5[0].teachers, ["T2"]);
    assert_eq!(sc5[0].groups.len(), 3);
    assert_eq!(
        sc5[0].exams,
        ["E1", "E3", "E5"],
        "each of the day's exams once"
    );
    // An online quiz for the whole year does not count by default (QZ-1), but can.
    plan.exams[4].form = regula_core::ExamForm::OnlineQuiz;
    assert!(!rules_broken(&plan, &t).contains(&"SC-5".into()));
    let all = SchedulingPolicy {
        teacher_load_forms: regula_scheduling::TeacherLoadForms::All,
        ..policy()
    };
    let report = validate(&plan, &all, &t).unwrap();
    assert!(
        report.violations.iter().any(|v| v.rule.as_str() == "SC-5"),
        "{report}"
    );
}

#[test]
fn sc6_a_fixed_date_moved_and_an_unavailable_teacher() {
    assert_eq!(
        rules_broken(&plan(), &moved("E2", "2022-01-24 10:00")),
        ["SC-6", "SC-4", "SC-4"]
    );
    // T1 cannot examine on 31 January.
    assert_eq!(
        rules_broken(&plan(), &moved("E1", "2022-01-31 09:00")),
        ["SC-6"]
    );
}

#[test]
fn sc7_a_face_to_face_committee_of_one() {
    let mut plan = plan();
    plan.exams[0].committee.truncate(1);
    let report = validate(&plan, &policy(), &valid()).unwrap();
    assert_eq!(report.violations.len(), 1);
    assert_eq!(report.violations[0].rule.as_str(), "SC-7");
    assert!(
        report.violations[0]
            .message
            .to_string()
            .contains("applied-part teacher or an assistant")
    );
}

#[test]
fn ox1_and_ox2_portfolio_days_and_open_question_groups() {
    let mut t = valid();
    t.placements[3].last_day = NaiveDate::from_ymd_opt(2022, 1, 27);
    assert_eq!(rules_broken(&plan(), &t), ["OX-1"]);
    let mut plan = plan();
    plan.groups
        .push(serde_json::from_str(r#"{"id": "G3"}"#).unwrap());
    plan.exams[2].groups = vec!["G2".into(), "G3".into(), "G1".into()];
    assert!(rules_broken(&plan, &valid()).contains(&"OX-2".into()));
}

#[test]
fn clashes_of_groups_teachers_and_rooms() {
    let mut plan = plan();
    plan.exams[2].committee[1].teacher = "T1".into(); // T1 now in E1 and E3
    let mut t = moved("E3", "2022-01-17 10:00"); // E3 overlaps E1 (09:00–12:00)
    t.placements[2].room = Some("R1".into());
    let report = validate(&plan, &policy(), &t).unwrap();
    let clashes = said(&report, "SC-CLASH");
    assert_eq!(clashes.len(), 2, "{report}"); // teacher T1, room R1 (G1 and G2 differ)
    assert!(clashes.iter().any(|c| c.contains("teacher `T1`")));
    assert!(clashes.iter().any(|c| c.contains("room `R1`")));
}

#[test]
fn room_capacity() {
    let mut t = valid();
    t.placements[1].room = Some("R1".into()); // E2: G1 + G2 = 53 students in 30 seats
    assert_eq!(rules_broken(&plan(), &t), ["SC-ROOM"]);
}

#[test]
fn bad_input_is_an_error_naming_it() {
    let mut plan = plan();
    plan.exams[0].groups.clear();
    plan.exams[1].committee[0].teacher = "T9".into();
    plan.exams[2].duration_minutes = 800;
    plan.session.last_day = NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
    let errors = validate(&plan, &policy(), &valid())
        .unwrap_err()
        .to_string();
    assert!(
        errors.contains("`last_day` = 2022-01-01 comes before `first_day` = 2022-01-17"),
        "{errors}"
    );
    assert!(errors.contains("exam `E1` has no group"), "{errors}");
    assert!(
        errors.contains("exam `E2`: teacher `T9` does not exist"),
        "{errors}"
    );
    assert!(
        errors.contains("800 minutes is longer than the 720-minute examination day"),
        "{errors}"
    );
    let mut t = valid();
    t.placements.pop();
    t.placements.push(sitting("E9", "2022-01-17 09:00"));
    let errors = validate(&self::plan(), &policy(), &t)
        .unwrap_err()
        .to_string();
    assert!(
        errors.contains("placement 3: exam `E9` does not exist"),
        "{errors}"
    );
    assert!(errors.contains("exam `E4` is placed 0 times"), "{errors}");
}

#[test]
fn the_report_reads_as_a_list_of_broken_rules() {
    let mut t = moved("E2", "2022-01-19 19:30");
    t.placements[0].room = Some("R1".into());
    let report = validate(&plan(), &policy(), &t).unwrap();
    insta::assert_snapshot!(report.to_string());
}

/// SC-3, SC-5: a policy assembled in code whose day ends before it starts, or whose teachers may
/// examine no group a day, is refused by the validator and the solver with the same error as on load — never clamped
/// into a 0-minute day.
#[test]
fn sc3_sc5_a_policy_built_in_code_is_checked_before_it_decides() {
    let mut bad = policy();
    bad.day_end = bad.day_start;
    bad.max_groups_per_teacher_day = 0;
    let err = regula_scheduling::validate(&plan(), &bad, &valid()).unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("invalid scheduling policy:"), "{text}");
    assert!(text.contains("`day_end` = 08:00"), "{text}");
    assert!(
        text.contains("`max_groups_per_teacher_day` = 0: must be at least 1 (SC-5)"),
        "{text}"
    );
    let solved = regula_scheduling::solve(&plan(), &bad, &Default::default(), &mut |_| {
        std::ops::ControlFlow::Continue(())
    });
    assert_eq!(solved.unwrap_err().to_string(), text);
}

/// QZ-1: a course's quiz is held with the whole year at once: two quiz exams of one course for
/// full-time groups break it; an IFR group may sit separately; a faculty's policy may allow it.
#[test]
fn qz1_a_quiz_is_held_with_the_whole_year() {
    let mut plan = plan();
    plan.groups
        .push(serde_json::from_str(r#"{"id": "G3", "form": "ifr", "size": 10}"#).unwrap());
    let mut e2 = plan.exams[1].clone();
    e2.course = "MAT-101".into();
    e2.groups = vec!["G1".into()];
    let mut e5 = e2.clone();
    e5.id = "E5".into();
    e5.groups = vec!["G2".into()];
    e5.fixed_date = None;
    let mut e6 = e2.clone();
    e6.id = "E6".into();
    e6.groups = vec!["G3".into()];
    e6.fixed_date = None;
    plan.exams[1] = e2;
    plan.exams.push(e5);
    plan.exams.push(e6);
    let mut timetable = valid();
    for (exam, start) in [("E5", "2022-01-21 12:00"), ("E6", "2022-01-21 14:00")] {
        timetable.placements.push(sitting(exam, start));
    }
    let report = validate(&plan, &policy(), &timetable).unwrap();
    let qz1: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "QZ-1")
        .collect();
    assert_eq!(qz1.len(), 1, "{report}");
    assert_eq!(
        qz1[0].exams,
        ["E2", "E5"],
        "the IFR group's E6 may sit apart"
    );
    assert!(
        qz1[0]
            .message
            .to_string()
            .contains("split over 2 exams for full-time students")
    );
    // A written exam of the same course is no quiz: QZ-1 does not count it.
    plan.exams[0].course = "MAT-101".into();
    let report = validate(&plan, &policy(), &timetable).unwrap();
    let qz1: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "QZ-1")
        .map(|v| v.exams.clone())
        .collect();
    assert_eq!(qz1, [["E2", "E5"]], "{report}");
    let mut split_allowed = policy();
    split_allowed.quiz_whole_year = false;
    let report = validate(&plan, &split_allowed, &timetable).unwrap();
    assert!(report.violations.iter().all(|v| v.rule.as_str() != "QZ-1"));
}

/// Issue #15, item 2: a restanțier of group G2 who also sits G1's E1 (SC-1) is checked as an
/// individual: a clash names the student; SC-4's gap binds them only where the policy says so.
#[test]
fn sc_a_student_placed_as_an_individual_is_checked_and_named() {
    let mut plan = plan();
    plan.students =
        serde_json::from_str(r#"[{"id": "S-107", "groups": ["G2"], "exams": ["E1"]}]"#).unwrap();
    // E1 (G1, 09:00–12:00 on the 17th) against E3 (G2) moved to the same morning.
    let clash = moved("E3", "2022-01-17 10:00");
    let report = validate(&plan, &policy(), &clash).unwrap();
    let student: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.students == ["S-107"])
        .collect();
    assert_eq!(student.len(), 1, "{report}");
    assert_eq!(student[0].rule.as_str(), "SC-CLASH");
    assert_eq!(
        student[0].message.to_string(),
        "student `S-107` sits `E1` and `E3` at the same time on 17 January 2022"
    );
    // E1 on the 17th and G2's E2 on the 21st are 4 days apart; E3 on the 18th is 1 day after E1.
    let close = moved("E3", "2022-01-18 12:00");
    let soft = validate(&plan, &policy(), &close).unwrap();
    assert!(
        soft.violations.iter().all(|v| v.students.is_empty()),
        "a soft gap is no violation: {soft}"
    );
    let hard = SchedulingPolicy {
        student_gap: regula_scheduling::StudentGap::Hard,
        ..policy()
    };
    let report = validate(&plan, &hard, &close).unwrap();
    let gaps: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "SC-4" && v.students == ["S-107"])
        .collect();
    assert_eq!(gaps.len(), 1, "{report}");
    assert_eq!(gaps[0].exams, ["E1", "E3"]);
    // An unknown exam or group of a student is an error naming the student.
    plan.students[0].exams.push("E9".into());
    let err = validate(&plan, &policy(), &valid()).unwrap_err();
    assert_eq!(err.to_string(), "student `S-107`: exam `E9` does not exist");
}

/// SC-PAIR: the timetabler's links between exams, each broken once and named.
#[test]
fn sc_pair_links_between_exams_are_checked() {
    let mut plan = plan();
    plan.constraints = serde_json::from_str(
        r#"[
            {"kind": "before", "first": "E3", "then": "E1"},
            {"kind": "same_day", "exams": ["E1", "E3"]},
            {"kind": "same_period", "exams": ["E2", "E3"]},
            {"kind": "different_periods", "exams": ["E1", "E2"]}
        ]"#,
    )
    .unwrap();
    // E1 on the 17th 09:00–12:00, E2 on the 21st 10:00, E3 on the 24th 12:00.
    let report = validate(&plan, &policy(), &valid()).unwrap();
    let pair = said(&report, "SC-PAIR");
    assert_eq!(
        pair,
        [
            "`E3` must end before `E1` starts",
            "`E1` and `E3` must be on the same day",
            "`E2` and `E3` must start at the same time on the same day",
        ]
    );
    // E2 moved into E1's morning: the different-periods link breaks.
    let overlap = moved("E2", "2022-01-17 10:00");
    let report = validate(&plan, &policy(), &overlap).unwrap();
    assert!(
        report
            .violations
            .iter()
            .any(|v| v.rule.as_str() == "SC-PAIR" && v.exams == ["E1", "E2"]),
        "{report}"
    );
    plan.constraints
        .push(regula_scheduling::ExamConstraint::SameDay {
            exams: vec!["E1".into(), "E7".into()],
        });
    let err = validate(&plan, &policy(), &valid()).unwrap_err();
    assert_eq!(err.to_string(), "constraints[4]: exam `E7` does not exist");
    plan.constraints[4] = regula_scheduling::ExamConstraint::Before {
        first: "E1".into(),
        then: "E1".into(),
    };
    let err = validate(&plan, &policy(), &valid()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "`constraints[4].then` = E1: another exam than `first`: an exam cannot come before itself"
    );
}

/// SC-LOAD: a cap on a group's exams per day and per window of days, by policy.
#[test]
fn sc_load_caps_a_group_s_exams_per_day_and_per_window() {
    // G1 sits E1 (17th), E2 (21st), E4 (25th–26th).
    let capped = SchedulingPolicy {
        max_exams_in_days: Some(regula_scheduling::ExamsInDays { exams: 1, days: 5 }),
        ..policy()
    };
    let report = validate(&plan(), &capped, &valid()).unwrap();
    let load: Vec<_> = report
        .violations
        .iter()
        .filter(|v| v.rule.as_str() == "SC-LOAD")
        .collect();
    assert!(!load.is_empty(), "{report}");
    assert_eq!(load[0].groups, ["G1"]);
    assert_eq!(
        load[0].message.to_string(),
        "group `G1` has 2 exams in the 5 consecutive days from 17 January 2022; at most 1"
    );
    let per_day = SchedulingPolicy {
        max_exams_per_day: Some(1),
        ..policy()
    };
    let same_day = moved("E2", "2022-01-17 13:00");
    let report = validate(&plan(), &per_day, &same_day).unwrap();
    assert!(
        report
            .violations
            .iter()
            .any(|v| v.rule.as_str() == "SC-LOAD"
                && v.message.to_string() == "group `G1` has 2 exams on 17 January 2022; at most 1"),
        "{report}"
    );
    assert!(validate(&plan(), &per_day, &valid()).unwrap().valid);
}

/// SC-ROOM: a large exam split over several rooms seats its students in all of them together,
/// in no more rooms than the exam allows.
#[test]
fn sc_room_a_large_exam_split_over_rooms_is_judged_by_their_seats() {
    let mut plan = plan();
    // E1 (G1, 25 students) moved into a 20-seat room R3, with R1 (30) beside it.
    plan.rooms
        .push(serde_json::from_str(r#"{"id": "R3", "capacity": 20}"#).unwrap());
    plan.rooms[0].capacity = 10;
    let mut split = valid();
    let e1 = split
        .placements
        .iter_mut()
        .find(|p| p.exam == "E1")
        .unwrap();
    e1.room = Some("R3".into());
    e1.split_rooms = vec!["R1".into()];
    let report = validate(&plan, &policy(), &split).unwrap();
    let rooms = said(&report, "SC-ROOM");
    assert_eq!(rooms, ["`E1` is split over 2 rooms; at most 1"]);
    plan.exams[0].max_rooms = 0;
    let err = validate(&plan, &policy(), &split).unwrap_err();
    assert_eq!(err.to_string(), "`exams[0].max_rooms` = 0: at least 1 room");
    plan.exams[0].max_rooms = 2;
    assert!(validate(&plan, &policy(), &split).unwrap().valid);
    plan.rooms[2].capacity = 10;
    let report = validate(&plan, &policy(), &split).unwrap();
    assert!(
        report
            .violations
            .iter()
            .any(|v| v.message.to_string() == "`E1` has 25 students but room `R3 + R1` seats 20"),
        "{report}"
    );
}

/// SC-PAIR: "before" and "different periods" allow an exam to start the minute the other ends
/// (E1 ends at 12:00 on the 17th); a minute earlier breaks both.
#[test]
fn sc_pair_an_exam_may_start_as_the_other_ends() {
    let mut plan = plan();
    plan.constraints = serde_json::from_str(
        r#"[
            {"kind": "before", "first": "E1", "then": "E2"},
            {"kind": "different_periods", "exams": ["E1", "E2"]}
        ]"#,
    )
    .unwrap();
    let pair = |timetable: &regula_scheduling::Timetable| -> usize {
        validate(&plan, &policy(), timetable)
            .unwrap()
            .violations
            .iter()
            .filter(|v| v.rule.as_str() == "SC-PAIR")
            .count()
    };
    assert_eq!(pair(&moved("E2", "2022-01-17 12:00")), 0);
    // E2 08:00–09:00 ends as E1 starts: only "before" breaks, the periods are different.
    assert_eq!(pair(&moved("E2", "2022-01-17 08:00")), 1);
    assert_eq!(pair(&moved("E2", "2022-01-17 11:59")), 2);
}

/// SC-LOAD: a window holding exactly its cap of exams is within it (G1 sits E1 on the 17th and
/// E2 on the 21st: two in the five days from the 17th).
#[test]
fn sc_load_a_window_at_its_cap_is_within_it() {
    let capped = SchedulingPolicy {
        max_exams_in_days: Some(regula_scheduling::ExamsInDays { exams: 2, days: 5 }),
        ..policy()
    };
    let report = validate(&plan(), &capped, &valid()).unwrap();
    assert!(
        report
            .violations
            .iter()
            .all(|v| v.rule.as_str() != "SC-LOAD"),
        "{report}"
    );
}

/// SC-PREFER: a preferred start or room not kept is named; an online exam takes no room, so
/// its room preference is moot.
#[test]
fn sc_prefer_the_preferences_a_timetable_does_not_keep() {
    let prefer = |edit: &dyn Fn(&mut SessionPlan)| -> Vec<String> {
        let mut plan = plan();
        edit(&mut plan);
        let report = validate(&plan, &policy(), &valid()).unwrap();
        assert!(report.valid, "a preference is not a rule: {report}");
        report
            .preferences_not_kept
            .iter()
            .map(|v| v.message.to_string())
            .collect()
    };
    let kept = prefer(&|p| {
        p.exams[0].preferred_start = "09:00".parse().ok();
        p.exams[0].preferred_rooms = vec!["R1".into(), "R2".into()];
        p.exams[1].preferred_rooms = vec!["R2".into()];
    });
    assert_eq!(kept, Vec::<String>::new());
    let broken = prefer(&|p| {
        p.exams[0].preferred_start = "10:00".parse().ok();
        p.exams[0].preferred_rooms = vec!["R2".into()];
    });
    assert_eq!(broken.len(), 2, "{broken:?}");
    assert!(
        broken[0].contains("10:00") && broken[1].contains("R2"),
        "{broken:?}"
    );
}

/// An exam in one room writes no `max_rooms`; a split exam writes how many.
#[test]
fn an_exam_s_rooms_are_written_only_when_more_than_one() {
    let mut plan = plan();
    let one = serde_json::to_value(&plan.exams[0]).unwrap();
    assert!(one.get("max_rooms").is_none(), "{one}");
    plan.exams[0].max_rooms = 2;
    let two = serde_json::to_value(&plan.exams[0]).unwrap();
    assert_eq!(two["max_rooms"], 2);
}

/// SC-7: the committee's message names exactly what it lacks: the holder, the second examiner
/// (an applied-part teacher or an assistant), or enough distinct teachers.
#[test]
fn sc7_the_committee_lacks_exactly_what_it_lacks() {
    let lacks = |committee: &str, min: u32| -> Vec<String> {
        let mut plan = plan();
        plan.exams[0].committee = serde_json::from_str(committee).unwrap();
        let policy = SchedulingPolicy {
            min_committee: min,
            ..policy()
        };
        said(&validate(&plan, &policy, &valid()).unwrap(), "SC-7")
    };
    let holder_and_assistant =
        r#"[{"teacher": "T1", "role": "holder"}, {"teacher": "T2", "role": "assistant"}]"#;
    assert_eq!(lacks(holder_and_assistant, 2), Vec::<String>::new());
    let no_holder = lacks(
        r#"[{"teacher": "T2", "role": "applied_teacher"}, {"teacher": "T4", "role": "assistant"}]"#,
        2,
    );
    assert_eq!(no_holder.len(), 1, "{no_holder:?}");
    assert!(
        no_holder[0].contains("the course holder")
            && !no_holder[0].contains("applied-part")
            && !no_holder[0].contains("distinct"),
        "{no_holder:?}"
    );
    let too_few = lacks(holder_and_assistant, 3);
    assert_eq!(too_few.len(), 1, "{too_few:?}");
    assert!(
        too_few[0].contains("3 distinct teachers (has 2)") && !too_few[0].contains("holder"),
        "{too_few:?}"
    );
}

/// SC-1: a regular session of exactly `session_days` days is within it; a day more is not.
#[test]
fn sc1_a_session_of_exactly_its_days() {
    let mut plan = plan();
    let days = policy().session_days;
    plan.session.last_day = plan.session.first_day + chrono::Days::new(u64::from(days) - 1);
    assert!(!rules_broken(&plan, &valid()).contains(&"SC-1".into()));
    plan.session.last_day = plan.session.first_day + chrono::Days::new(u64::from(days));
    assert!(rules_broken(&plan, &valid()).contains(&"SC-1".into()));
}

/// OX-2: an open-question exam may hold exactly the policy's number of groups.
#[test]
fn ox2_an_open_question_exam_at_its_number_of_groups() {
    let mut plan = plan();
    let max = policy().open_questions_max_groups as usize;
    for i in 0..max {
        plan.groups
            .push(serde_json::from_str(&format!(r#"{{"id": "X{i}"}}"#)).unwrap());
    }
    plan.exams[2].groups = (0..max).map(|i| format!("X{i}")).collect();
    assert!(!rules_broken(&plan, &valid()).contains(&"OX-2".into()));
    plan.exams[2].groups.push("G1".into());
    assert!(rules_broken(&plan, &valid()).contains(&"OX-2".into()));
}

/// SC-1: an exam on the session's last day is within it; SC-ROOM: a room exactly full is not
/// over its capacity (G1 has 25 students).
#[test]
fn sc1_the_last_day_and_sc_room_a_room_exactly_full() {
    let last = moved("E1", "2022-02-06 09:00");
    assert!(!rules_broken(&plan(), &last).contains(&"SC-1".into()));
    let mut full = plan();
    full.rooms[0].capacity = 25;
    assert!(!rules_broken(&full, &valid()).contains(&"SC-ROOM".into()));
    full.rooms[0].capacity = 24;
    assert!(rules_broken(&full, &valid()).contains(&"SC-ROOM".into()));
}

/// SC-ROOM: a room named twice for one exam (as its room and again among its split rooms) is one
/// room: its seats count once, and the exam is not split.
#[test]
fn sc_room_a_room_named_twice_is_one_room() {
    let mut plan = plan();
    plan.rooms[0].capacity = 20;
    let mut t = valid();
    let e1 = t.placements.iter_mut().find(|p| p.exam == "E1").unwrap();
    e1.split_rooms = vec!["R1".into()];
    let report = validate(&plan, &policy(), &t).unwrap();
    let rooms = said(&report, "SC-ROOM");
    assert_eq!(rooms, ["`E1` has 25 students but room `R1` seats 20"]);
}

/// SC-CLASH: a teacher's sittings are swept in order of start, each against the one that ends
/// last so far: an exam that starts as another ends does not clash, and a long sitting that
/// starts inside a short one still clashes with what starts after the short one ended.
#[test]
fn sc_clash_a_teacher_s_sittings_overlap_only_in_time() {
    let mut plan = plan();
    plan.groups
        .push(serde_json::from_str(r#"{"id": "G3", "size": 10}"#).unwrap());
    plan.exams.push(
        serde_json::from_str(
            r#"{"id": "E5", "groups": ["G3"], "form": "online_open_questions", "duration_minutes": 60,
                "committee": [{"teacher": "T2", "role": "holder"}]}"#,
        )
        .unwrap(),
    );
    let clashes = |starts: &[(&str, &str)]| -> Vec<Vec<String>> {
        let mut t = valid();
        t.placements.push(sitting("E5", "2022-01-28 09:00"));
        for (exam, start) in starts {
            t.placements
                .iter_mut()
                .find(|p| p.exam == *exam)
                .unwrap()
                .start = at(start);
        }
        let report = validate(&plan, &policy(), &t).unwrap();
        report
            .violations
            .iter()
            .filter(|v| v.rule.as_str() == "SC-CLASH" && v.teachers == ["T2"])
            .map(|v| v.exams.clone())
            .collect()
    };
    // T2 examines E1 (09:00–12:00), E3 (120 minutes) and E5 (60 minutes).
    assert_eq!(
        clashes(&[("E3", "2022-01-17 12:00")]),
        Vec::<Vec<String>>::new(),
        "E3 starts as E1 ends"
    );
    // E5 09:00–10:00, E1 09:30–12:30, E3 10:30–12:30: E3 clashes with E1, which ends last.
    assert_eq!(
        clashes(&[
            ("E5", "2022-01-17 09:00"),
            ("E1", "2022-01-17 09:30"),
            ("E3", "2022-01-17 10:30"),
        ]),
        [["E5", "E1"], ["E1", "E3"]]
    );
    // E1 09:00–12:00, E3 10:00–12:00, E5 11:00–12:00: both clash with E1, named first.
    assert_eq!(
        clashes(&[("E3", "2022-01-17 10:00"), ("E5", "2022-01-17 11:00")]),
        [["E1", "E3"], ["E1", "E5"]]
    );
}

/// QZ-1: a policy written before `quiz_whole_year` existed keeps the regulation's rule.
#[test]
fn qz1_a_policy_without_the_setting_holds_quizzes_with_the_whole_year() {
    let mut json = serde_json::to_value(policy()).unwrap();
    json.as_object_mut().unwrap().remove("quiz_whole_year");
    let read: SchedulingPolicy = serde_json::from_value(json).unwrap();
    assert!(read.quiz_whole_year);
}

/// SC-7 by exam form (issue #33): a policy sets the least number of examiners per form and
/// whether the holder is among them; an exam whose committee breaks it is named with its form
/// and the numbers; the forms it does not list keep the seed's rule.
#[test]
fn sc7_a_committee_per_exam_form() {
    let mut policy = policy();
    policy.committees = serde_json::from_str(
        r#"[{"form": "online_open_questions", "min_teachers": 2},
            {"form": "online_quiz", "min_teachers": 2, "holder_required": true}]"#,
    )
    .unwrap();
    // E3 (open questions) has 2 teachers; E2 (quiz) has its holder alone.
    let report = validate(&plan(), &policy, &valid()).unwrap();
    let sc7 = said(&report, "SC-7");
    assert_eq!(sc7.len(), 1, "{report}");
    assert_eq!(
        sc7[0],
        "the committee of `E2` (online quiz exam) lacks 2 distinct teachers (has 1)"
    );
    assert_eq!(report.violations[0].exams, ["E2"]);
    // A quiz of two teachers without its holder lacks the holder.
    let mut plan = plan();
    plan.exams[1].committee = serde_json::from_str(
        r#"[{"teacher": "T3", "role": "member"}, {"teacher": "T4", "role": "member"}]"#,
    )
    .unwrap();
    let report = validate(&plan, &policy, &valid()).unwrap();
    assert_eq!(
        said(&report, "SC-7"),
        ["the committee of `E2` (online quiz exam) lacks the course holder"]
    );
    // The face-to-face exam, not listed, keeps the seed's rule and its words.
    plan.exams[0].committee.truncate(1);
    let report = validate(&plan, &policy, &valid()).unwrap();
    assert!(
        said(&report, "SC-7")
            .iter()
            .any(|s| s.starts_with("the committee of `E1` lacks")),
        "{report}"
    );
}

/// SC-7: a face-to-face form listed takes the policy's number and keeps its applied-part
/// teacher; a form listed twice or a committee of no teacher is refused on load, each problem
/// with its path and value.
#[test]
fn sc7_committees_by_form_are_checked_on_load() {
    use regula_core::CheckedPolicy;
    let mut policy = policy();
    policy.committees = serde_json::from_str(
        r#"[{"form": "face_to_face_written", "min_teachers": 3, "holder_required": true}]"#,
    )
    .unwrap();
    let report = validate(&plan(), &policy, &valid()).unwrap();
    assert_eq!(
        said(&report, "SC-7"),
        ["the committee of `E1` (face-to-face written exam) lacks 3 distinct teachers (has 2)"]
    );
    policy.committees = serde_json::from_str(
        r#"[{"form": "oral_by_video", "min_teachers": 3},
            {"form": "oral_by_video", "min_teachers": 0}]"#,
    )
    .unwrap();
    let problems: Vec<String> = policy
        .problems()
        .iter()
        .map(|p| format!("{} = {}", p.field, p.value))
        .collect();
    assert_eq!(
        problems,
        [
            "committees[1].min_teachers = 0",
            "committees[1].form = oral_by_video"
        ]
    );
}
