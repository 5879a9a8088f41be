//! The scheduling variants other regulations write, as policy: whom SC-5 counts and per what,
//! SC-COURSE's cap of a course's groups a day by form, SC-LAST's last exam in the session's last
//! days, SC-3's hours by study level and weekday, and SC-4's "at least two days between". Each at
//! its edge in the validator; the solver's timetables under them pass the validator.

use std::collections::BTreeSet;
use std::ops::ControlFlow;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use proptest::prelude::*;
use regula_core::ExamForm;
use regula_scheduling::synthetic::{faculty, staggered_timetable};
use regula_scheduling::{
    CourseCap, ExamHours, GapCounting, Placement, SchedulingPolicy, SessionPlan, SolveOutcome,
    SolverOptions, StudyLevel, TeacherLoadCounts, TeacherLoadPer, Timetable, solve, validate,
};

/// Four groups; H holds three exams of course C1 (two written, one oral), A holds one oral
/// exam of C2; each is the other's second member. All four on Monday 17 January.
fn plan() -> SessionPlan {
    serde_json::from_str(
        r#"{
        "session": {"first_day": "2022-01-17", "last_day": "2022-02-06"},
        "groups": [{"id": "G1"}, {"id": "G2"}, {"id": "G3"}, {"id": "G4"}],
        "teachers": [{"id": "H"}, {"id": "A"}],
        "exams": [
            {"id": "C1-a", "course": "C1", "groups": ["G1"], "form": "face_to_face_written", "duration_minutes": 120,
             "committee": [{"teacher": "H", "role": "holder"}, {"teacher": "A", "role": "applied_teacher"}]},
            {"id": "C1-b", "course": "C1", "groups": ["G2"], "form": "face_to_face_written", "duration_minutes": 120,
             "committee": [{"teacher": "H", "role": "holder"}, {"teacher": "A", "role": "applied_teacher"}]},
            {"id": "C2-a", "course": "C2", "groups": ["G3"], "form": "face_to_face_oral", "duration_minutes": 120,
             "committee": [{"teacher": "A", "role": "holder"}, {"teacher": "H", "role": "applied_teacher"}]},
            {"id": "C1-c", "course": "C1", "groups": ["G4"], "form": "face_to_face_oral", "duration_minutes": 120,
             "committee": [{"teacher": "H", "role": "holder"}, {"teacher": "A", "role": "applied_teacher"}]}
        ]
    }"#,
    )
    .unwrap()
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

fn sitting(exam: &str, start: &str) -> Placement {
    Placement {
        exam: exam.into(),
        start: at(start),
        room: None,
        split_rooms: Vec::new(),
        last_day: None,
    }
}

/// The four exams one after another on Monday 17.
fn monday_17() -> Timetable {
    Timetable {
        placements: vec![
            sitting("C1-a", "2022-01-17 08:00"),
            sitting("C1-b", "2022-01-17 10:30"),
            sitting("C2-a", "2022-01-17 13:00"),
            sitting("C1-c", "2022-01-17 15:30"),
        ],
    }
}

fn umc() -> SchedulingPolicy {
    SchedulingPolicy::umc_2020()
}

/// A violation's teachers, groups and exams, and its message.
type Found = (Vec<String>, Vec<String>, Vec<String>, String);

/// The violations of `rule`: (teachers, groups, exams) of each, and its message.
fn of(plan: &SessionPlan, policy: &SchedulingPolicy, t: &Timetable, rule: &str) -> Vec<Found> {
    let report = validate(plan, policy, t).unwrap();
    report
        .violations
        .into_iter()
        .filter(|v| v.rule.as_str() == rule)
        .map(|v| (v.teachers, v.groups, v.exams, v.message.to_string()))
        .collect()
}

#[test]
fn sc5_the_committee_counted_per_day_by_default() {
    let found = of(&plan(), &umc(), &monday_17(), "SC-5");
    let teachers: Vec<_> = found.iter().map(|v| v.0.clone()).collect();
    assert_eq!(teachers, [["H"], ["A"]], "{found:?}");
    assert_eq!(found[0].1, ["G1", "G2", "G3", "G4"]);
}

#[test]
fn sc5_holder_only_ignores_the_other_committee_members() {
    let holder = SchedulingPolicy {
        teacher_load_counts: TeacherLoadCounts::Holder,
        ..umc()
    };
    // H holds three exams (3 groups, one over 2); A holds one and is not counted for H's.
    let found = of(&plan(), &holder, &monday_17(), "SC-5");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, ["H"]);
    assert_eq!(found[0].1, ["G1", "G2", "G4"]);
    assert_eq!(found[0].2, ["C1-a", "C1-b", "C1-c"]);
    // Exactly at the cap: none.
    let three = SchedulingPolicy {
        max_groups_per_teacher_day: 3,
        ..holder
    };
    assert_eq!(of(&plan(), &three, &monday_17(), "SC-5"), []);
}

#[test]
fn sc5_per_day_and_course_and_per_day_and_form() {
    let per_course = SchedulingPolicy {
        teacher_load_counts: TeacherLoadCounts::Holder,
        teacher_load_per: TeacherLoadPer::DayAndCourse,
        ..umc()
    };
    let found = of(&plan(), &per_course, &monday_17(), "SC-5");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].3,
        "teacher `H` examines 3 groups of `C1` on 17 January 2022; at most 2"
    );
    // Every member counted, per course: A has C1's three groups too, and C2's one apart.
    let committee = SchedulingPolicy {
        teacher_load_counts: TeacherLoadCounts::Committee,
        ..per_course.clone()
    };
    let teachers: Vec<_> = of(&plan(), &committee, &monday_17(), "SC-5")
        .into_iter()
        .map(|v| v.0)
        .collect();
    assert_eq!(teachers, [["H"], ["A"]]);
    // Per day and form: H's written groups are 2 (at the cap), the oral one 1.
    let per_form = SchedulingPolicy {
        teacher_load_per: TeacherLoadPer::DayAndForm,
        ..per_course
    };
    assert_eq!(of(&plan(), &per_form, &monday_17(), "SC-5"), []);
    let one = SchedulingPolicy {
        max_groups_per_teacher_day: 1,
        ..per_form
    };
    let found = of(&plan(), &one, &monday_17(), "SC-5");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["C1-a", "C1-b"]);
    assert!(
        found[0].3.contains("face-to-face written"),
        "{}",
        found[0].3
    );
}

#[test]
fn sc_course_a_course_s_groups_a_day_at_its_cap_and_one_over() {
    let caps = |written, oral| SchedulingPolicy {
        max_groups_per_course_day: vec![
            CourseCap {
                form: ExamForm::FaceToFaceWritten,
                max_groups: written,
            },
            CourseCap {
                form: ExamForm::FaceToFaceOral,
                max_groups: oral,
            },
        ],
        ..umc()
    };
    // C1: 2 written groups, 1 oral; C2: 1 oral. At the caps (2, 1): none.
    assert_eq!(of(&plan(), &caps(2, 1), &monday_17(), "SC-COURSE"), []);
    // One over the written cap.
    let found = of(&plan(), &caps(1, 1), &monday_17(), "SC-COURSE");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, ["G1", "G2"]);
    assert_eq!(
        found[0].3,
        "2 groups sit `C1` (face-to-face written) on 17 January 2022; at most 1"
    );
    // On different days they count apart; no cap by default.
    let mut apart = monday_17();
    apart.placements[1] = sitting("C1-b", "2022-01-20 08:00");
    assert_eq!(of(&plan(), &caps(1, 1), &apart, "SC-COURSE"), []);
    assert_eq!(of(&plan(), &umc(), &monday_17(), "SC-COURSE"), []);
}

#[test]
fn sc_last_a_group_s_last_exam_within_the_session_s_last_days() {
    let last_week = SchedulingPolicy {
        last_exam_within_days: Some(7),
        max_groups_per_teacher_day: 4,
        ..umc()
    };
    // The session ends on 6 February: its last 7 days are from 31 January.
    let mut t = monday_17();
    t.placements[0] = sitting("C1-a", "2022-01-31 08:00");
    let found = of(&plan(), &last_week, &t, "SC-LAST");
    let groups: Vec<_> = found.iter().map(|v| v.1.clone()).collect();
    assert_eq!(groups, [["G2"], ["G3"], ["G4"]], "{found:?}");
    assert_eq!(
        found[0].3,
        "group `G2` sits its last exam, `C1-b`, on 17 January 2022; a group's last exam falls within the session's last 7 days, from 31 January 2022"
    );
    // A day earlier is one too early.
    t.placements[0] = sitting("C1-a", "2022-01-30 08:00");
    assert_eq!(of(&plan(), &last_week, &t, "SC-LAST").len(), 4);
    // No such rule by default, nor in a retake session.
    assert_eq!(of(&plan(), &umc(), &t, "SC-LAST"), []);
    let mut retake = plan();
    retake.session.kind = regula_scheduling::SessionKind::SeptemberRetake;
    assert_eq!(of(&retake, &last_week, &t, "SC-LAST"), []);
}

fn hhmm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// 09:00 on Saturdays, from 16:00 for master's groups on the other days.
fn upb_hours() -> SchedulingPolicy {
    SchedulingPolicy {
        hours: vec![
            ExamHours {
                level: None,
                weekdays: vec![Weekday::Sat],
                start: hhmm(9, 0),
                end: hhmm(20, 0),
            },
            ExamHours {
                level: Some(StudyLevel::Master),
                weekdays: Vec::new(),
                start: hhmm(16, 0),
                end: hhmm(20, 0),
            },
        ],
        max_groups_per_teacher_day: 4,
        ..umc()
    }
}

#[test]
fn sc3_a_saturday_start_and_a_master_s_start() {
    let policy = upb_hours();
    let one = |exam: &str, start: &str| {
        let mut t = monday_17();
        let p = t.placements.iter_mut().find(|p| p.exam == exam).unwrap();
        p.start = at(start);
        of(&plan(), &policy, &t, "SC-3")
            .into_iter()
            .map(|v| v.3)
            .collect::<Vec<_>>()
    };
    // Saturday 22 January: 08:30 is before 09:00, 09:00 is not; a weekday's 08:00 is fine.
    assert_eq!(
        one("C1-a", "2022-01-22 08:30"),
        ["`C1-a` runs on 22 January 2022 from 08:30 to 10:30, outside 09:00–20:00"]
    );
    assert_eq!(one("C1-a", "2022-01-22 09:00"), Vec::<String>::new());
    assert_eq!(one("C1-a", "2022-01-17 08:00"), Vec::<String>::new());
    // G1 a master's group: from 16:00 on a weekday, from 09:00 on Saturday (the first entry).
    let mut master = plan();
    master.groups[0].level = StudyLevel::Master;
    let sc3 = |t: &Timetable| of(&master, &policy, t, "SC-3").len();
    assert_eq!(sc3(&monday_17()), 1);
    let mut t = monday_17();
    t.placements[0] = sitting("C1-a", "2022-01-18 16:00");
    assert_eq!(sc3(&t), 0);
    t.placements[0] = sitting("C1-a", "2022-01-22 09:00");
    assert_eq!(sc3(&t), 0);
    // The presets' one window holds on every day.
    assert_eq!(
        of(&master, &umc(), &monday_17(), "SC-3"),
        Vec::<Found>::new()
    );
}

#[test]
fn sc4_at_least_two_days_between_two_exams_is_two_free_days() {
    let two_free = SchedulingPolicy {
        min_gap_days: 2,
        gap_counting: GapCounting::FreeDaysBetween,
        ..umc()
    };
    let mut both = plan();
    both.exams[1].groups = vec!["G1".into()];
    let mut t = monday_17();
    // Monday → Wednesday: one free day between.
    t.placements[1] = sitting("C1-b", "2022-01-19 08:00");
    assert_eq!(of(&both, &two_free, &t, "SC-4").len(), 1);
    // Monday → Thursday: Tuesday and Wednesday free.
    t.placements[1] = sitting("C1-b", "2022-01-20 08:00");
    assert_eq!(of(&both, &two_free, &t, "SC-4"), []);
}

#[test]
fn a_policy_with_a_bad_variant_is_refused_naming_each_field() {
    let bad = SchedulingPolicy {
        max_groups_per_course_day: vec![
            CourseCap {
                form: ExamForm::FaceToFaceOral,
                max_groups: 0,
            },
            CourseCap {
                form: ExamForm::FaceToFaceOral,
                max_groups: 1,
            },
        ],
        last_exam_within_days: Some(22),
        hours: vec![ExamHours {
            level: None,
            weekdays: vec![Weekday::Sat],
            start: hhmm(14, 0),
            end: hhmm(9, 0),
        }],
        ..umc()
    };
    let err = validate(&plan(), &bad, &monday_17())
        .unwrap_err()
        .to_string();
    for needle in [
        "`max_groups_per_course_day[0].max_groups` = 0: must be at least 1 (SC-COURSE)",
        "`max_groups_per_course_day[1].form` = face_to_face_oral: the form is capped already by `max_groups_per_course_day[0]` (SC-COURSE)",
        "`last_exam_within_days` = 22: the last days of a session cannot be more than the session's `session_days` = 21 (SC-LAST)",
        "`hours[0].end` = 09:00: the hours must end after they start, `hours[0].start` = 14:00 (SC-3)",
    ] {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
    let zero = SchedulingPolicy {
        last_exam_within_days: Some(0),
        hours: vec![ExamHours {
            level: Some(StudyLevel::Master),
            weekdays: Vec::new(),
            start: hhmm(7, 0),
            end: hhmm(21, 0),
        }],
        ..umc()
    };
    let err = validate(&plan(), &zero, &monday_17())
        .unwrap_err()
        .to_string();
    for needle in [
        "`last_exam_within_days` = 0: must be at least 1 (SC-LAST)",
        "`hours[0].start` = 07:00: the hours lie within the examination day, from `day_start` = 08:00 (SC-3)",
        "`hours[0].end` = 21:00: the hours lie within the examination day, until `day_end` = 20:00 (SC-3)",
    ] {
        assert!(err.contains(needle), "{needle:?} not in {err}");
    }
}

#[test]
fn an_older_policy_file_loads_with_today_s_decisions() {
    let mut json = serde_json::to_value(umc()).unwrap();
    for field in [
        "hours",
        "teacher_load_counts",
        "teacher_load_per",
        "max_groups_per_course_day",
        "last_exam_within_days",
    ] {
        assert!(json.get(field).is_none(), "{field} written for the preset");
    }
    json["teacher_load_per"] = "day_and_course".into();
    let read: SchedulingPolicy = serde_json::from_value(json).unwrap();
    assert_eq!(read.teacher_load_per, TeacherLoadPer::DayAndCourse);
    assert_eq!(read.teacher_load_counts, TeacherLoadCounts::Committee);
}

// The solver under the variants.

fn options(seed: u64, iterations: u64) -> SolverOptions {
    SolverOptions {
        seed,
        max_iterations: iterations,
        ..SolverOptions::default()
    }
}

fn go(_: &regula_scheduling::Progress) -> ControlFlow<()> {
    ControlFlow::Continue(())
}

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 17).unwrap()
}

/// A faculty whose face-to-face written exams of the first `shared` groups are one course's.
fn with_common_course(groups: usize, seed: u64) -> SessionPlan {
    let mut plan = faculty(groups, 3, groups * 2, monday(), seed);
    for exam in plan
        .exams
        .iter_mut()
        .filter(|e| e.form == ExamForm::FaceToFaceWritten && e.id.ends_with("-0"))
    {
        exam.course = "Common".into();
    }
    plan
}

fn written_cap(max_groups: u32) -> Vec<CourseCap> {
    vec![CourseCap {
        form: ExamForm::FaceToFaceWritten,
        max_groups,
    }]
}

#[test]
fn sc_course_a_capped_course_is_solved_into_a_timetable_the_validator_accepts() {
    let plan = with_common_course(16, 4);
    let common = plan.exams.iter().filter(|e| e.course == "Common").count();
    assert!(common > 2, "the cap binds: {common} exams of the course");
    let policy = SchedulingPolicy {
        max_groups_per_course_day: written_cap(2),
        last_exam_within_days: Some(3),
        ..umc()
    };
    let outcome = solve(&plan, &policy, &options(1, 40_000), &mut go).unwrap();
    let SolveOutcome::Solved { timetable, .. } = outcome else {
        panic!("not solved: {outcome:?}");
    };
    let report = validate(&plan, &policy, &timetable).unwrap();
    assert!(report.valid, "{report}");
}

#[test]
fn sc3_sc5_master_hours_and_holder_only_load_are_solved_into_valid_timetables() {
    let mut plan = faculty(12, 3, 36, monday(), 8);
    for g in plan.groups.iter_mut().step_by(3) {
        g.level = StudyLevel::Master;
    }
    let policy = SchedulingPolicy {
        teacher_load_counts: TeacherLoadCounts::Holder,
        teacher_load_per: TeacherLoadPer::DayAndCourse,
        max_groups_per_teacher_day: 2,
        ..upb_hours()
    };
    let outcome = solve(&plan, &policy, &options(2, 40_000), &mut go).unwrap();
    let SolveOutcome::Solved { timetable, .. } = outcome else {
        panic!("not solved: {outcome:?}");
    };
    let report = validate(&plan, &policy, &timetable).unwrap();
    assert!(report.valid, "{report}");
    let master_starts: BTreeSet<_> = timetable
        .placements
        .iter()
        .filter(|p| {
            let exam = plan.exams.iter().find(|e| e.id == p.exam).unwrap();
            exam.groups.iter().any(|g| {
                plan.groups
                    .iter()
                    .any(|x| &x.id == g && x.level == StudyLevel::Master)
            }) && p.start.date().format("%a").to_string() != "Sat"
        })
        .map(|p| p.start.time())
        .collect();
    assert!(
        master_starts.iter().all(|&t| t >= hhmm(16, 0)),
        "{master_starts:?}"
    );
}

#[test]
fn sc_last_a_group_none_of_whose_exams_may_end_the_session_is_explained() {
    let mut plan = faculty(2, 2, 6, monday(), 1);
    for exam in &mut plan.exams {
        exam.fixed_date = Some(monday());
    }
    let policy = SchedulingPolicy {
        last_exam_within_days: Some(2),
        ..umc()
    };
    let outcome = solve(&plan, &policy, &options(0, 1_000), &mut go).unwrap();
    let SolveOutcome::Infeasible { reasons, .. } = outcome else {
        panic!("solved: {outcome:?}");
    };
    assert!(
        reasons.iter().any(|r| r.rule.as_str() == "SC-LAST"
            && r.message
                .to_string()
                .contains("within the session's last 2 days")),
        "{reasons:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// SC-5: counting the holder only, or per course or form, never finds a teacher over the
    /// limit on a day that counting every member per day does not: each narrows what is counted.
    #[test]
    fn sc5_narrower_counting_never_flags_a_teacher_day_that_the_committee_per_day_does_not(
        groups in 4usize..30, seed in any::<u64>(), max in 1u32..4,
        holder in any::<bool>(), per in 0u8..3
    ) {
        let plan = faculty(groups, 4, groups / 2 + 2, monday(), seed);
        let timetable = staggered_timetable(&plan, monday());
        let wide = SchedulingPolicy { max_groups_per_teacher_day: max, ..umc() };
        let narrow = SchedulingPolicy {
            teacher_load_counts: if holder { TeacherLoadCounts::Holder } else { TeacherLoadCounts::Committee },
            teacher_load_per: match per {
                0 => TeacherLoadPer::Day,
                1 => TeacherLoadPer::DayAndCourse,
                _ => TeacherLoadPer::DayAndForm,
            },
            ..wide.clone()
        };
        let flagged = |policy: &SchedulingPolicy| -> BTreeSet<(String, NaiveDate)> {
            validate(&plan, policy, &timetable).unwrap().violations.into_iter()
                .filter(|v| v.rule.as_str() == "SC-5")
                .map(|v| (v.teachers[0].clone(), v.dates[0]))
                .collect()
        };
        let (wide, narrow) = (flagged(&wide), flagged(&narrow));
        prop_assert!(narrow.is_subset(&wide), "{:?} not within {:?}", narrow, wide);
    }

    /// SC-COURSE, SC-LAST, SC-5: a roomy faculty (3 exams a group in 3 weeks) under a course's
    /// cap of at least 2 groups, a last exam in the last 3 days or more, and the holder-only load
    /// is solved within 60,000 steps, and its timetable passes the validator: the solver holds
    /// the rules as the validator does (the solver returns no timetable the validator refuses).
    /// The budget was 15,000 steps until a case needed more (groups 10, cap 3, holder-only, kept
    /// in variants.proptest-regressions): at 15,000 the search left one exam unplaced, at 60,000
    /// and under three other seeds it solved it.
    #[test]
    fn sc_course_sc_last_a_roomy_faculty_is_solved_and_valid_under_any_cap(
        groups in 4usize..14, seed in any::<u64>(), cap in 2u32..4,
        last in proptest::option::of(3u32..8), holder in any::<bool>()
    ) {
        let plan = with_common_course(groups, seed);
        let policy = SchedulingPolicy {
            max_groups_per_course_day: written_cap(cap),
            last_exam_within_days: last,
            teacher_load_counts: if holder { TeacherLoadCounts::Holder } else { TeacherLoadCounts::Committee },
            ..umc()
        };
        match solve(&plan, &policy, &options(seed, 60_000), &mut go).unwrap() {
            SolveOutcome::Solved { timetable, .. } => {
                let report = validate(&plan, &policy, &timetable).unwrap();
                prop_assert!(report.valid, "{}", report);
            }
            SolveOutcome::Infeasible { reasons, .. } => {
                prop_assert!(false, "a roomy faculty was not solved: {:?}", reasons);
            }
        }
    }
}
