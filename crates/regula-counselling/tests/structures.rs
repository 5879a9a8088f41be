//! Counselling structures as policy (issue #33, item 6): schedules in hours (CO-3), the roles and
//! the responsibility matrix (CO-1, CO-6), the co-analyser (CO-4), ratios of students per holder
//! and appointment deadlines (CO-1).

use proptest::prelude::*;
use regula_core::{AcademicYear, CheckedPolicy, NoExplanation};
use regula_counselling::{
    Activity, Appointment, Channel, Command, CounsellingPolicy, Faculty, Form, Occasion,
    Organisation, Role, RoleDefinition, RoleName, Scope, Semester, SemesterFile, StudyReport,
    holders_needed,
};
use serde_json::json;

fn semester() -> Semester {
    serde_json::from_value(json!({
        "academic_year": "2025/2026", "number": 1, "from": "2025-10-06", "to": "2025-10-26"
    }))
    .unwrap()
}

fn day(offset: u64) -> chrono::NaiveDate {
    "2025-10-06".parse::<chrono::NaiveDate>().unwrap() + chrono::Days::new(offset)
}

fn activity(id: &str, offset: u64, minutes: Option<u32>, occasion: Occasion) -> Activity {
    Activity {
        id: id.into(),
        date: day(offset),
        form: Form::Group,
        channel: Channel::FacultyWebsite,
        occasion,
        language: Default::default(),
        international_office: false,
        topic: String::new(),
        attendance: None,
        minutes,
    }
}

fn report(activities: Vec<Activity>) -> StudyReport {
    StudyReport {
        id: "R".into(),
        counsellor: "Pop Ana".into(),
        faculty: "MI".into(),
        activities,
    }
}

/// The illustration's tutoring policy (examples/policies/illustration-tutoring.json).
fn tutoring() -> CounsellingPolicy {
    let file: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/policies/illustration-tutoring.json"
    ))
    .unwrap();
    serde_json::from_value(file["counselling"]["versions"][0]["policy"].clone()).unwrap()
}

fn appointment(person: &str, role: &str, faculty: Option<&str>) -> Appointment {
    Appointment {
        person: person.into(),
        role: Role::new(role),
        faculty: faculty.map(Into::into),
        appointed_on: None,
    }
}

fn tutoring_organisation(students: Option<u32>, tutors: usize) -> Organisation {
    let mut staff: Vec<Appointment> = (0..tutors)
        .map(|i| appointment(&format!("T{i}"), "tutor", Some("MI")))
        .collect();
    staff.push(appointment("Coord", "coordinator", Some("MI")));
    staff.push(appointment("VD", "vice_dean", Some("MI")));
    Organisation {
        faculties: vec![Faculty {
            id: "MI".into(),
            name: String::new(),
            students,
        }],
        staff,
    }
}

/// CO-3: the example — a tutor's one 2-hour slot every Wednesday, under a policy asking 2
/// hours a week, holds every week; counted as days it held none.
#[test]
fn co_3_a_two_hour_wednesday_slot_holds_two_hours_every_week() {
    let mut policy = CounsellingPolicy::utcn_2021();
    policy.hours_per_week = 2;
    let wednesdays = [2, 9, 16];
    let timed = report(
        wednesdays
            .iter()
            .enumerate()
            .map(|(i, d)| activity(&format!("W{i}"), *d, Some(120), Occasion::CounsellingHour))
            .collect(),
    );
    let check = timed.hours(&policy, &semester());
    assert_eq!((check.weeks, check.weeks_held), (3, 3), "{check:?}");
    assert!(check.held.iter().all(|w| w.minutes == 120), "{check:?}");
    assert_eq!(check.breach(), None);
    // Without a length, a day is one hour (the seed's reading): 1 of 2 hours, every week short.
    let untimed = report(
        wednesdays
            .iter()
            .enumerate()
            .map(|(i, d)| activity(&format!("W{i}"), *d, None, Occasion::CounsellingHour))
            .collect(),
    );
    let check = untimed.hours(&policy, &semester());
    assert_eq!(check.weeks_held, 0);
    let text = check.breach().unwrap().text();
    assert!(
        text.contains("week of 6 October 2025 (1 h held of 2 h)"),
        "{text}"
    );
}

/// CO-3: a length of 0 minutes, or more than a day, is refused naming the field and the value.
#[test]
fn co_3_a_length_out_of_a_day_is_refused_naming_it() {
    for minutes in [0, 1441] {
        let a = activity("X", 1, Some(minutes), Occasion::CounsellingHour);
        let err = a
            .validated("report.activities[0]", &semester())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("report.activities[0].minutes") && err.contains(&minutes.to_string()),
            "{err}"
        );
    }
}

proptest! {
    /// CO-3: the hours held in a week never exceed the lengths of its counselling-hour activities
    /// (an activity without a length counting one hour), and a week passes iff the hours held
    /// reach the hours asked.
    #[test]
    fn co_3_hours_held_never_exceed_the_lengths_and_a_week_passes_iff_held_reaches_asked(
        items in prop::collection::vec((0u64..21, prop::option::of(1u32..=240), any::<bool>()), 0..15),
        asked in 0u32..5,
    ) {
        let activities: Vec<Activity> = items
            .iter()
            .enumerate()
            .map(|(i, (d, m, hour))| {
                let occasion = if *hour { Occasion::CounsellingHour } else { Occasion::AdHoc };
                activity(&format!("A{i}"), *d, *m, occasion)
            })
            .collect();
        let mut policy = CounsellingPolicy::utcn_2021();
        policy.hours_per_week = asked;
        let check = report(activities.clone()).hours(&policy, &semester());
        prop_assert_eq!(check.held.len(), check.weeks);
        for week in &check.held {
            let sunday = week.monday + chrono::Days::new(6);
            let lengths: u32 = activities
                .iter()
                .filter(|a| a.occasion == Occasion::CounsellingHour)
                .filter(|a| (week.monday..=sunday).contains(&a.date))
                .map(|a| a.minutes.unwrap_or(60))
                .sum();
            prop_assert!(week.minutes <= lengths, "{:?}: {} > {}", week, week.minutes, lengths);
            let passes = !check.missing_weeks.contains(&week.monday);
            prop_assert_eq!(passes, week.minutes >= asked * 60, "{:?}", week);
        }
        prop_assert_eq!(check.weeks_held + check.missing_weeks.len(), check.weeks);
    }

    /// CO-1: a faculty with `students` and `holders` tutors, at most `per` students each, is in
    /// breach of the ratio iff holders × per < students.
    #[test]
    fn co_1_a_ratio_breach_appears_iff_holders_times_n_is_below_the_students(
        holders in 0usize..6,
        per in 1u32..100,
        students in 0u32..600,
    ) {
        let mut policy = tutoring();
        policy.roles[0].students_per_holder = Some(per);
        policy.roles[0].appointed_within_days = None;
        let organisation = tutoring_organisation(Some(students), holders);
        let breaches = organisation.breaches(&policy, AcademicYear::starting(2025));
        let ratio = breaches
            .iter()
            .any(|b| b.message.id == "counselling-holders-ratio");
        prop_assert_eq!(ratio, (holders as u64) * u64::from(per) < u64::from(students));
        prop_assert_eq!(
            ratio,
            (holders as u64) < u64::from(holders_needed(students, per))
        );
    }
}

/// CO-1: without the number of students there is no ratio to check; the counts still hold.
#[test]
fn co_1_a_faculty_without_its_students_has_no_ratio_but_its_counts() {
    let policy = tutoring();
    let mut organisation = tutoring_organisation(None, 0);
    organisation.staff.retain(|a| a.role.id() != "coordinator");
    for a in &mut organisation.staff {
        a.appointed_on = Some("2025-09-01".parse().unwrap());
    }
    let texts: Vec<String> = organisation
        .breaches(&policy, AcademicYear::starting(2025))
        .iter()
        .map(|b| b.text())
        .collect();
    assert_eq!(
        texts,
        [
            "faculty `MI` has no tutor; one was due by 30 September 2025",
            "faculty `MI` has no year coordinator",
        ]
    );
}

/// CO-1: the deadline is the academic year's N-th day (0: 30 September); a late appointment and
/// one without its date are breaches naming the day due, one on time is not.
#[test]
fn co_1_late_and_undated_appointments_are_breaches_naming_the_day_due() {
    let mut policy = tutoring();
    policy.roles[0].appointed_within_days = Some(14);
    let mut organisation = tutoring_organisation(Some(100), 3);
    organisation.staff[0].appointed_on = Some("2025-10-14".parse().unwrap());
    organisation.staff[1].appointed_on = Some("2025-10-15".parse().unwrap());
    let texts: Vec<String> = organisation
        .breaches(&policy, AcademicYear::starting(2025))
        .iter()
        .map(|b| b.text())
        .collect();
    assert_eq!(
        texts,
        [
            "T1 (tutor of `MI`) was appointed on 15 October 2025, after the deadline of 14 October 2025",
            "T2 (tutor of `MI`) has no appointment date; the appointment was due by 14 October 2025",
        ]
    );
    let ro = regula_core::locale::in_language(regula_core::locale::Lang::Ro, || {
        organisation.breaches(&policy, AcademicYear::starting(2025))[0].text()
    });
    assert!(ro.contains("după termenul de"), "{ro}");
}

/// CO-1, CO-6, CO-4: every problem of a policy's roles and matrix is named at once, by path and
/// value.
#[test]
fn co_1_co_6_every_problem_of_the_roles_and_the_matrix_is_named() {
    let mut policy = tutoring();
    policy.responsibilities.insert(
        regula_counselling::Action::RegisterSummary,
        vec![Role::CENTRE],
    );
    policy
        .responsibilities
        .insert(regula_counselling::Action::VerifySummary, vec![]);
    policy
        .responsibilities
        .remove(&regula_counselling::Action::ApproveSummary);
    policy.roles.push(RoleDefinition {
        id: Role::new("tutor"),
        name: Some(RoleName {
            ro: "tutore".into(),
            en: String::new(),
        }),
        scope: Scope::University,
        min: 3,
        max: Some(2),
        students_per_holder: Some(0),
        appointed_within_days: None,
    });
    policy.roles.push(RoleDefinition::seed(
        Role::new("mentor"),
        Scope::Faculty,
        0,
        None,
    ));
    policy.co_analyser = Some(Role::new("dean"));
    let problems: Vec<String> = policy.problems().iter().map(|p| p.to_string()).collect();
    for expected in [
        "`responsibilities.register_summary[0]` = centre: no such role; the policy's roles are tutor, coordinator, vice_dean, tutor, mentor",
        "`responsibilities.verify_summary` = []: nobody may verify a faculty's summary: leave the step out",
        "`responsibilities.approve_summary` = []: nobody may approve a faculty's summary (CO-6)",
        "`roles[3].name.en` = \"\": an empty name",
        "`roles[3].max` = 2: fewer than `min` = 3",
        "`roles[3].students_per_holder` = 0: a holder has at least one student",
        "`roles[3].students_per_holder` = 0: a ratio counts a faculty's students",
        "`roles[3].id` = tutor: the role is defined twice",
        "`roles[4].name` = (absent): role `mentor` needs its name",
        "`co_analyser` = dean: not a faculty's role of the policy",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{expected}\nnot in {problems:#?}"
        );
    }
    assert_eq!(problems.len(), 10, "{problems:#?}");
    assert_eq!(tutoring().problems(), []);
    assert_eq!(CounsellingPolicy::utcn_2021().problems(), []);
}

/// CO-6: a policy without `roles` and `co_analyser` reads as the seed's, so today's policies are
/// unchanged.
#[test]
fn co_1_a_policy_without_roles_reads_as_the_seeds() {
    let mut json = serde_json::to_value(CounsellingPolicy::utcn_2021()).unwrap();
    let object = json.as_object_mut().unwrap();
    object.remove("roles");
    object.remove("co_analyser");
    let back: CounsellingPolicy = serde_json::from_value(json).unwrap();
    assert_eq!(back, CounsellingPolicy::utcn_2021());
}

fn command(by: &str, at: &str, step: serde_json::Value) -> Command {
    let mut value = step;
    value["by"] = by.into();
    value["at"] = at.into();
    serde_json::from_value(value).unwrap()
}

/// CO-1: an appointment to a role the policy does not have is refused naming the field and
/// listing the policy's roles; a faculty's role without its faculty too.
#[test]
fn co_1_an_unknown_role_is_refused_naming_the_field_and_the_roles() {
    let policy = tutoring();
    let mut organisation = tutoring_organisation(Some(60), 1);
    organisation.staff[1].role = Role::CAREER_COUNSELLOR;
    let err = organisation.checked(&policy).unwrap_err().to_string();
    assert!(
        err.contains("organisation.staff[1].role")
            && err.contains("unknown role `career_counsellor`")
            && err.contains("tutor, coordinator, vice_dean"),
        "{err}"
    );
    let mut organisation = tutoring_organisation(Some(60), 1);
    organisation.staff[0].faculty = None;
    let err = organisation.checked(&policy).unwrap_err().to_string();
    assert!(err.contains("organisation.staff[0].faculty"), "{err}");
}

/// CO-4, CO-5, CO-6: without a centre or a co-analyser, a report is analysed by the coordinator
/// alone and the summary sent goes to the vice-dean's approval; a co-analyser named, or a step
/// the flow does not have, is refused.
#[test]
fn co_4_co_6_a_flow_without_a_centre_or_a_co_analyser() {
    let policy = tutoring();
    let mut file = SemesterFile::new(semester(), tutoring_organisation(Some(60), 1)).unwrap();
    let report = json!({"id": "R", "counsellor": "T0", "faculty": "MI", "activities": []});
    let steps = [
        command(
            "T0",
            "2025-10-28T10:00",
            json!({"action": "submit_report", "report": report}),
        ),
        command(
            "Coord",
            "2025-11-03T10:00",
            json!({"action": "analyse_report", "report": "R"}),
        ),
        command(
            "Coord",
            "2025-11-04T10:00",
            json!({"action": "submit_summary", "faculty": "MI"}),
        ),
        command(
            "VD",
            "2025-11-05T10:00",
            json!({"action": "approve_summary", "faculty": "MI"}),
        ),
    ];
    let mut alone = file.clone();
    alone
        .record_all(&policy, &steps, &mut NoExplanation)
        .unwrap();
    assert!(alone.summaries["MI"].approved.is_some());
    assert_eq!(alone.reports["R"].analysed.as_ref().unwrap().1, None);
    alone.verify(&policy).unwrap();
    // CO-4, CO-5: the report analysed and the summary approved are consolidated, though nothing
    // was registered: the flow has no registration.
    let figures = regula_counselling::consolidate_with(&policy, &alone);
    assert_eq!(figures.faculties[0].reports, ["R"]);
    assert_eq!(figures.registered_faculties, ["MI"]);
    assert_eq!(
        regula_counselling::consolidate(&alone).registered_faculties,
        Vec::<String>::new()
    );
    // Read back from JSON, the history replays.
    let back: SemesterFile = serde_json::from_value(serde_json::to_value(&alone).unwrap()).unwrap();
    assert_eq!(back.head, alone.head);

    let mut with = steps.clone();
    with[1] = command(
        "Coord",
        "2025-11-03T10:00",
        json!({"action": "analyse_report", "report": "R", "vice_dean": "VD"}),
    );
    let err = file
        .record_all(&policy, &with, &mut NoExplanation)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("steps[1].vice_dean") && err.contains("names no co-analyser"),
        "{err}"
    );
    let register = [command(
        "VD",
        "2025-11-05T10:00",
        json!({"action": "register_report", "report": "R"}),
    )];
    file.record_all(&policy, &steps[..1], &mut NoExplanation)
        .unwrap();
    let err = file
        .record_all(&policy, &register, &mut NoExplanation)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`register_report`: the policy's flow has no such step"),
        "{err}"
    );
}

/// CO-4: under the seed, the analysis still needs its vice-dean.
#[test]
fn co_4_the_seed_analyses_with_the_vice_dean() {
    let policy = CounsellingPolicy::utcn_2021();
    let organisation: Organisation = serde_json::from_value(json!({
        "faculties": [{"id": "AC"}],
        "staff": [
            {"person": "CS", "role": "study_counsellor", "faculty": "AC"},
            {"person": "CC", "role": "career_counsellor", "faculty": "AC"},
            {"person": "VD", "role": "vice_dean", "faculty": "AC"},
            {"person": "D", "role": "centre_director"}
        ]
    }))
    .unwrap();
    let mut file = SemesterFile::new(semester(), organisation).unwrap();
    let report = json!({"id": "R", "counsellor": "CS", "faculty": "AC", "activities": []});
    let steps = [
        command(
            "CS",
            "2025-10-28T10:00",
            json!({"action": "submit_report", "report": report}),
        ),
        command(
            "CC",
            "2025-10-29T10:00",
            json!({"action": "register_report", "report": "R"}),
        ),
        command(
            "CC",
            "2025-11-03T10:00",
            json!({"action": "analyse_report", "report": "R"}),
        ),
    ];
    let err = file
        .record_all(&policy, &steps, &mut NoExplanation)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("steps[2].vice_dean") && err.contains("missing"),
        "{err}"
    );
}
