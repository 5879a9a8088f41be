//! The counselling procedure's invariants, as property tests named after their rules.

use proptest::prelude::*;
use regula_counselling::{
    Action, Activity, Appointment, Attendee, Channel, Command, CounsellingPolicy, Faculty, Figures,
    Form, Level, Occasion, Organisation, Role, Semester, SemesterFile, Step, StudyReport,
    attendance_csv,
};

fn semester() -> Semester {
    serde_json::from_str(
        r#"{"academic_year": "2025/2026", "number": 1, "from": "2025-10-06", "to": "2025-10-26"}"#,
    )
    .unwrap()
}

fn organisation() -> Organisation {
    let a = |person: &str, role, faculty: Option<&str>| Appointment {
        person: person.into(),
        role,
        faculty: faculty.map(Into::into),
        appointed_on: None,
    };
    Organisation {
        faculties: vec![
            Faculty {
                id: "AC".into(),
                name: String::new(),
                students: None,
            },
            Faculty {
                id: "ETTI".into(),
                name: String::new(),
                students: None,
            },
        ],
        staff: vec![
            a("cs-ac", Role::STUDY_COUNSELLOR, Some("AC")),
            a("cc-ac", Role::CAREER_COUNSELLOR, Some("AC")),
            a("vd-ac", Role::VICE_DEAN, Some("AC")),
            a("cs-etti", Role::STUDY_COUNSELLOR, Some("ETTI")),
            a("cc-etti", Role::CAREER_COUNSELLOR, Some("ETTI")),
            a("vd-etti", Role::VICE_DEAN, Some("ETTI")),
            a("centre", Role::CENTRE, None),
            a("director", Role::CENTRE_DIRECTOR, None),
        ],
    }
}

fn channel() -> impl Strategy<Value = Channel> {
    prop_oneof![
        Just(Channel::InPerson),
        Just(Channel::Phone),
        Just(Channel::Escouniv),
        Just(Channel::Email),
        Just(Channel::FacultyWebsite),
        Just(Channel::StudentGroups),
    ]
}

/// Up to 12 activities in the semester, each with a list of distinct students drawn from 15.
fn activities() -> impl Strategy<Value = Vec<Activity>> {
    prop::collection::vec(
        (
            channel(),
            0u32..21,
            prop::sample::subsequence((0..15).collect::<Vec<u32>>(), 1..6),
            any::<bool>(),
        ),
        0..12,
    )
    .prop_map(|items| {
        items
            .into_iter()
            .enumerate()
            .map(|(i, (channel, day, students, master))| {
                let attendance: Vec<Attendee> = students
                    .iter()
                    .map(|s| Attendee {
                        student: format!("S{s}"),
                        level: if master {
                            Level::Master
                        } else {
                            Level::Bachelor
                        },
                    })
                    .collect();
                Activity {
                    id: format!("A{i}"),
                    date: "2025-10-06".parse::<chrono::NaiveDate>().unwrap()
                        + chrono::Days::new(u64::from(day)),
                    form: if attendance.len() == 1 {
                        Form::Individual
                    } else {
                        Form::Group
                    },
                    channel,
                    occasion: Occasion::AdHoc,
                    language: Default::default(),
                    international_office: false,
                    topic: String::new(),
                    attendance: Some(attendance),
                    minutes: None,
                }
            })
            .collect()
    })
}

fn command(by: &str, at: &str, step: Step) -> Command {
    Command {
        by: by.into(),
        at: at.parse().unwrap(),
        step,
    }
}

proptest! {
    /// CO-4: the consolidation never loses or double-counts an attendance: every student on every
    /// list is one attendance, and the figures by channel, by kind and by level add up to it.
    #[test]
    fn co4_consolidation_never_loses_or_double_counts_an_attendance(acts in activities()) {
        let figures = Figures::of(&acts);
        let listed: usize = acts.iter().map(|a| a.attendees().len()).sum();
        prop_assert_eq!(figures.total.attendances, listed);
        prop_assert_eq!(figures.total.activities, acts.len());
        prop_assert_eq!(figures.by_channel.values().map(|c| c.attendances).sum::<usize>(), listed);
        prop_assert_eq!(figures.by_form.values().map(|c| c.attendances).sum::<usize>(), listed);
        prop_assert_eq!(figures.by_level.values().sum::<usize>(), listed);
        prop_assert_eq!(figures.by_channel.values().map(|c| c.activities).sum::<usize>(), acts.len());
    }

    /// CO-4: unique students are never more than the attendances, and a student at several
    /// activities counts once.
    #[test]
    fn co4_unique_students_are_at_most_the_attendances(acts in activities()) {
        let figures = Figures::of(&acts);
        prop_assert!(figures.unique_students <= figures.total.attendances);
        let distinct: std::collections::BTreeSet<&str> =
            acts.iter().flat_map(|a| a.attendees()).map(|s| s.student.as_str()).collect();
        prop_assert_eq!(figures.unique_students, distinct.len());
    }

    /// CO-4: the attendance lists in electronic form hold one line per student per activity of
    /// a registered report.
    #[test]
    fn co4_the_csv_holds_every_attendance_once(acts in activities()) {
        let policy = CounsellingPolicy::utcn_2021();
        let mut file = SemesterFile::new(semester(), organisation()).unwrap();
        let report = StudyReport { id: "R".into(), counsellor: "cs-ac".into(), faculty: "AC".into(), activities: acts.clone() };
        let steps = [
            command("cs-ac", "2025-10-30T10:00", Step::SubmitReport { report }),
            command("cc-ac", "2025-10-31T10:00", Step::RegisterReport { report: "R".into() }),
        ];
        file.record_all(&policy, &steps, &mut regula_core::NoExplanation).unwrap();
        let lines = attendance_csv(&file, regula_core::locale::Lang::Ro).lines().count() - 1;
        prop_assert_eq!(lines, Figures::of(&acts).total.attendances);
    }

    /// CO-6: only the roles the responsibility matrix gives a step may take it, in the step's
    /// faculty; any other person is refused and nothing is recorded.
    #[test]
    fn co6_only_the_matrix_roles_may_take_each_step(action in 0usize..7, who in 0usize..8) {
        let policy = CounsellingPolicy::utcn_2021();
        let org = organisation();
        let person = org.staff[who].clone();
        let report = StudyReport { id: "R".into(), counsellor: "cs-ac".into(), faculty: "AC".into(), activities: vec![] };
        let flow = [
            command("cs-ac", "2025-10-30T10:00", Step::SubmitReport { report: report.clone() }),
            command("cc-ac", "2025-10-31T10:00", Step::RegisterReport { report: "R".into() }),
            command("cc-ac", "2025-11-01T10:00", Step::AnalyseReport { report: "R".into(), vice_dean: Some("vd-ac".into()) }),
            command("cc-ac", "2025-11-02T10:00", Step::SubmitSummary { faculty: "AC".into(), activities: vec![] }),
            command("centre", "2025-11-03T10:00", Step::RegisterSummary { faculty: "AC".into() }),
            command("director", "2025-11-04T10:00", Step::VerifySummary { faculty: "AC".into() }),
            command("director", "2025-11-05T10:00", Step::ApproveSummary { faculty: "AC".into() }),
        ];
        let mut file = SemesterFile::new(semester(), org).unwrap();
        file.record_all(&policy, &flow[..action], &mut regula_core::NoExplanation).unwrap();
        let before = file.clone();
        let mut attempt = flow[action].clone();
        attempt.by = person.person.clone();
        if let Step::SubmitReport { report } = &mut attempt.step {
            report.counsellor = person.person.clone();
        }
        let result = file.record_all(&policy, &[attempt.clone()], &mut regula_core::NoExplanation);
        let step_action: Action = attempt.step.action();
        let allowed = policy.roles_for(step_action).contains(&person.role)
            && (!policy.in_a_faculty(&person.role) || person.faculty.as_deref() == Some("AC"));
        prop_assert_eq!(result.is_ok(), allowed, "{:?} by {:?}: {:?}", step_action, person, result);
        if !allowed {
            prop_assert_eq!(file, before);
        }
    }

    /// CO-3..CO-6, issue #32: a semester recorded through sealed checkpoints, split into calls
    /// anywhere, is the history one call records — the same events, the same head — and every
    /// step refused in one is refused in the other.
    #[test]
    fn co3_checkpoints_record_the_history_of_one_call(acts in activities(), cuts in proptest::collection::btree_set(1usize..7, 0..6)) {
        let policy = CounsellingPolicy::utcn_2021();
        let key = regula_core::seal::SealKey::new(&[42u8; 32]).unwrap();
        let report = StudyReport { id: "R".into(), counsellor: "cs-ac".into(), faculty: "AC".into(), activities: acts };
        let flow = [
            command("cs-ac", "2025-10-30T10:00", Step::SubmitReport { report }),
            command("cc-ac", "2025-10-31T10:00", Step::RegisterReport { report: "R".into() }),
            command("cc-ac", "2025-11-01T10:00", Step::AnalyseReport { report: "R".into(), vice_dean: Some("vd-ac".into()) }),
            command("cc-ac", "2025-11-02T10:00", Step::SubmitSummary { faculty: "AC".into(), activities: vec![] }),
            command("centre", "2025-11-03T10:00", Step::RegisterSummary { faculty: "AC".into() }),
            command("director", "2025-11-04T10:00", Step::VerifySummary { faculty: "AC".into() }),
            command("director", "2025-11-05T10:00", Step::ApproveSummary { faculty: "AC".into() }),
        ];
        // One call, step by step until the first refusal.
        let mut whole = SemesterFile::new(semester(), organisation()).unwrap();
        let mut refused_at = None;
        for (i, step) in flow.iter().enumerate() {
            if whole.record_all(&policy, std::slice::from_ref(step), &mut regula_core::NoExplanation).is_err() {
                refused_at = Some(i);
                break;
            }
        }
        // Calls cut at `cuts`, each resumed from the checkpoint the one before sealed.
        let mut bounds: Vec<usize> = cuts.into_iter().collect();
        bounds.insert(0, 0);
        bounds.push(flow.len());
        let mut events = Vec::new();
        let mut checkpoint = SemesterFile::new(semester(), organisation()).unwrap().checkpoint(&key);
        let mut stopped = None;
        for pair in bounds.windows(2) {
            let mut file = SemesterFile::resume(&checkpoint, &key).unwrap();
            let part = &flow[pair[0]..pair[1]];
            match file.record_all(&policy, part, &mut regula_core::NoExplanation) {
                Ok(()) => {
                    events.extend(file.history.clone());
                    checkpoint = file.checkpoint(&key);
                }
                Err(regula_counselling::CounsellingError::Refused { index, .. }) => {
                    stopped = Some(pair[0] + index);
                    break;
                }
                Err(other) => panic!("{other}"),
            }
        }
        match (refused_at, stopped) {
            (None, None) => {
                prop_assert_eq!(&events, &whole.history);
                prop_assert_eq!(checkpoint.head, whole.head);
            }
            (Some(a), Some(b)) => {
                prop_assert_eq!(a, b);
                prop_assert_eq!(&events[..], &whole.history[..events.len()]);
            }
            (a, b) => prop_assert!(false, "refused at {:?} in one call, {:?} through checkpoints", a, b),
        }
    }
}
