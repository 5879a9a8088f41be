//! CO-2..CO-6: the data a semester's file is built from, and its steps, each refused naming the
//! field. Each test here was written because mutation testing (`scripts/mutants.sh`) showed a
//! change of the code going unnoticed.

use regula_core::NoExplanation;
use regula_core::locale::Lang;
use regula_counselling::{Command, CounsellingPolicy, SemesterFile, attendance_csv};
use serde_json::Value;

fn example() -> Value {
    serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-record.json"
    ))
    .unwrap()
}

/// The example's file with its steps recorded, or the first error.
fn record(request: &Value) -> Result<SemesterFile, String> {
    let mut file: SemesterFile =
        serde_json::from_value(request["file"].clone()).map_err(|e| e.to_string())?;
    let steps: Vec<Command> =
        serde_json::from_value(request["steps"].clone()).map_err(|e| e.to_string())?;
    file.record_all(&CounsellingPolicy::utcn_2021(), &steps, &mut NoExplanation)
        .map_err(|e| e.to_string())?;
    Ok(file)
}

#[test]
fn co_6_an_organisation_with_a_faculty_twice_or_an_unknown_one_is_refused_naming_it() {
    assert!(record(&example()).is_ok());
    let mut twice = example();
    let first = twice["file"]["organisation"]["faculties"][0].clone();
    twice["file"]["organisation"]["faculties"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let err = record(&twice).unwrap_err();
    assert!(err.contains("organisation.faculties[2].id"), "{err}");
    let mut unknown = example();
    unknown["file"]["organisation"]["staff"][0]["faculty"] = "XYZ".into();
    let err = record(&unknown).unwrap_err();
    assert!(
        err.contains("organisation.staff[0].faculty") && err.contains("XYZ"),
        "{err}"
    );
    // The centre's roles belong to no faculty; a faculty's roles to one; one role once.
    let staff = |request: &mut Value| -> Vec<Value> {
        request["file"]["organisation"]["staff"]
            .as_array()
            .unwrap()
            .clone()
    };
    let mut centre = example();
    let i = staff(&mut centre)
        .iter()
        .position(|a| a["role"] == "centre_director")
        .expect("a director");
    centre["file"]["organisation"]["staff"][i]["faculty"] = "AC".into();
    let err = record(&centre).unwrap_err();
    assert!(
        err.contains(&format!("organisation.staff[{i}].faculty")),
        "{err}"
    );
    let mut nowhere = example();
    nowhere["file"]["organisation"]["staff"][0]
        .as_object_mut()
        .unwrap()
        .remove("faculty");
    let err = record(&nowhere).unwrap_err();
    assert!(err.contains("belongs to a faculty"), "{err}");
    let mut again = example();
    let first = staff(&mut again)[0].clone();
    again["file"]["organisation"]["staff"]
        .as_array_mut()
        .unwrap()
        .push(first);
    let err = record(&again).unwrap_err();
    assert!(err.contains("twice"), "{err}");
}

#[test]
fn co_2_an_activity_outside_the_semester_or_with_a_student_twice_is_refused_naming_it() {
    let mut outside = example();
    outside["steps"][0]["report"]["activities"][0]["date"] = "2026-03-01".into();
    let err = record(&outside).unwrap_err();
    assert!(err.contains("activities[0].date"), "{err}");
    let mut twice = example();
    let attendance = twice["steps"][0]["report"]["activities"][0]["attendance"]
        .as_array_mut()
        .unwrap();
    let first = attendance[0].clone();
    attendance.push(first);
    let err = record(&twice).unwrap_err();
    assert!(err.contains("listed twice"), "{err}");
}

#[test]
fn co_3_a_step_dated_before_the_one_it_follows_is_refused_and_the_same_minute_is_not() {
    let mut request = example();
    let first_at = request["steps"][0]["at"].clone();
    request["steps"][1]["at"] = first_at.clone();
    assert!(record(&request).is_ok(), "two steps in the same minute");
    request["steps"][1]["at"] = "2026-01-19T09:00".into();
    let err = record(&request).unwrap_err();
    assert!(
        err.contains(".at") && err.contains("before the step it follows"),
        "{err}"
    );
}

/// CO-6: a file read back is checked for its order only; `verify` checks who took each step.
#[test]
fn co_6_verify_names_a_step_taken_by_someone_without_the_role() {
    let file = record(&example()).unwrap();
    file.verify(&CounsellingPolicy::utcn_2021()).unwrap();
    let mut v = serde_json::to_value(&file).unwrap();
    for event in v["history"].as_array_mut().unwrap() {
        event.as_object_mut().unwrap().remove("hash");
    }
    v.as_object_mut().unwrap().remove("head");
    // The vice-dean sending a study counsellor's report: the history alone does not say who
    // holds which role.
    v["history"][0]["by"] = "Rusu Dan".into();
    v["history"][0]["report"]["counsellor"] = "Rusu Dan".into();
    let forged: SemesterFile = serde_json::from_value(v).unwrap();
    let err = forged
        .verify(&CounsellingPolicy::utcn_2021())
        .unwrap_err()
        .to_string();
    assert!(err.contains("history[0]"), "{err}");
}

/// CO-4: the attendance list is CSV, a field with a comma quoted (RFC 4180).
#[test]
fn co_4_the_attendance_csv_quotes_a_field_with_a_comma() {
    let mut request = example();
    request["steps"][0]["report"]["activities"][0]["id"] = "H01, evening".into();
    let file = record(&request).unwrap();
    let csv = attendance_csv(&file, Lang::En);
    assert!(csv.contains(",\"H01, evening\","), "{csv}");
    assert!(csv.lines().skip(1).all(|l| !l.contains("\"\"")), "{csv}");
}

/// The roles and channels by name.
#[test]
fn roles_and_channels_read_as_words() {
    use regula_counselling::{Channel, Role};
    assert_eq!(
        Role::STUDY_COUNSELLOR.to_string(),
        "study counsellor (consilier de studii)"
    );
    assert_eq!(Channel::Email.to_string(), "by e-mail");
}

/// CO-6: a policy where a step has nobody to take it, or a due date before the step it follows,
/// is refused naming the field; the shipped policy has no problem.
#[test]
fn co_6_a_policy_with_a_step_for_nobody_or_due_dates_out_of_order_is_named() {
    use regula_core::CheckedPolicy;
    let shipped = CounsellingPolicy::utcn_2021();
    assert_eq!(shipped.problems(), []);
    let mut broken = shipped.clone();
    broken
        .responsibilities
        .remove(&regula_counselling::Action::ApproveSummary);
    broken.due_days.summary = broken.due_days.analysis - 1;
    let fields: Vec<String> = broken.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(fields.len(), 2, "{fields:?}");
    assert!(
        fields[0].contains("responsibilities.approve_summary")
            && fields[0].contains("nobody may approve a faculty's summary"),
        "{fields:?}"
    );
    assert!(fields[1].contains("due_days.summary"), "{fields:?}");
    let mut same_day = shipped.clone();
    same_day.due_days.summary = same_day.due_days.analysis;
    assert_eq!(same_day.problems(), [], "due the same day is in order");
}

/// CO-2: a faculty's own weekly hours, else the university's; an attendance list except on the
/// channels the policy exempts.
#[test]
fn co_2_hours_and_attendance_lists_by_faculty_and_channel() {
    use regula_counselling::Channel;
    let mut policy = CounsellingPolicy::utcn_2021();
    policy.hours_per_week = 2;
    policy.faculty_hours_per_week.insert("AC".into(), 4);
    assert_eq!(policy.hours_for("AC"), 4);
    assert_eq!(policy.hours_for("ETTI"), 2);
    policy.channels_without_attendance = vec![Channel::Email];
    assert!(!policy.needs_attendance(Channel::Email));
    assert!(policy.needs_attendance(Channel::InPerson));
}

/// CO-5: a semester of number 1 or 2, inside its academic year, ending after it starts; a
/// one-day semester and a one-day break are allowed.
#[test]
fn co_5_a_semester_lies_in_its_academic_year_in_order() {
    let with = |edit: &dyn Fn(&mut Value)| {
        let mut request = example();
        edit(&mut request["file"]["semester"]);
        record(&request)
    };
    assert!(
        with(&|s| s["number"] = 3.into())
            .unwrap_err()
            .contains("semester.number")
    );
    assert!(
        with(&|s| s["to"] = "2026-10-02".into())
            .unwrap_err()
            .contains("semester.to")
    );
    assert!(
        with(&|s| s["breaks"][0]["to"] = "2025-12-21".into())
            .unwrap_err()
            .contains("semester.breaks[0].to")
    );
    assert!(with(&|s| s["breaks"][0]["to"] = "2025-12-22".into()).is_ok());
    let err = with(&|s| {
        s["from"] = "2026-01-16".into();
        s["breaks"] = Value::Array(vec![]);
    })
    .unwrap_err();
    assert!(
        err.contains("outside the semester"),
        "a one-day semester: {err}"
    );
    let err = with(&|s| s["to"] = "2025-09-30".into()).unwrap_err();
    assert!(err.contains("semester.to"), "{err}");
}

/// CO-3..CO-5: step by step, the next step of a faculty's summary is the one still to do, due by
/// the policy's day and overdue only after it.
#[test]
fn co_5_the_summary_s_next_step_follows_the_flow() {
    use regula_counselling::{Action, status_with};
    let policy = CounsellingPolicy::utcn_2021();
    let all = example();
    let steps = all["steps"].as_array().unwrap().len();
    let mut next = Vec::new();
    for k in 7..=steps {
        let mut request = all.clone();
        request["steps"].as_array_mut().unwrap().truncate(k);
        let file = record(&request).unwrap();
        let now = "2026-02-20T12:00".parse().unwrap();
        let status = status_with(&policy, &file, now, &mut NoExplanation).unwrap();
        let summary: Vec<Action> = status
            .missing
            .iter()
            .filter(|m| m.faculty == "AC" && m.document == "summary")
            .map(|m| m.step)
            .collect();
        next.push(summary);
    }
    assert_eq!(
        next,
        [
            vec![Action::SubmitSummary],
            vec![Action::RegisterSummary],
            vec![Action::VerifySummary],
            vec![Action::ApproveSummary],
            vec![],
        ]
    );
    // Before the summary is submitted, on its due instant: not yet overdue.
    let mut request = all.clone();
    request["steps"].as_array_mut().unwrap().truncate(7);
    let file = record(&request).unwrap();
    let due = |now| {
        status_with(&policy, &file, now, &mut NoExplanation)
            .unwrap()
            .missing
            .into_iter()
            .find(|m| m.faculty == "AC" && m.step == Action::SubmitSummary)
            .unwrap()
    };
    let at = due("2026-02-01T12:00".parse().unwrap()).due;
    assert!(!due(at).overdue);
    assert!(due(at.plus_hours(1).unwrap()).overdue);
}

/// CO-2, CO-3: an activity id used twice in a report is refused; a report with an in-person
/// activity without its attendance list cannot be registered; a report of an unknown faculty is
/// refused.
#[test]
fn co_3_a_report_s_activities_once_each_with_their_attendance_lists() {
    let mut twice = example();
    let first = twice["steps"][0]["report"]["activities"][0]["id"].clone();
    twice["steps"][0]["report"]["activities"][1]["id"] = first;
    let err = record(&twice).unwrap_err();
    assert!(err.contains("activities[1].id"), "{err}");
    let mut unlisted = example();
    unlisted["steps"][0]["report"]["activities"][0]
        .as_object_mut()
        .unwrap()
        .remove("attendance");
    let err = record(&unlisted).unwrap_err();
    assert!(err.contains("POP-H01"), "{err}");
    let mut unknown = example();
    unknown["steps"][0]["report"]["faculty"] = "XYZ".into();
    assert!(record(&unknown).unwrap_err().contains("XYZ"));
    let mut unknown_summary = example();
    unknown_summary["steps"][7]["faculty"] = "XYZ".into();
    let err = record(&unknown_summary).unwrap_err();
    assert!(
        err.contains("steps[7].faculty") && err.contains("unknown faculty `XYZ`"),
        "{err}"
    );
}

/// CO-1: a faculty with two career counsellors is a breach of the organisation, and a semester
/// with anything still to do is not complete.
#[test]
fn co_1_two_career_counsellors_in_a_faculty_and_an_incomplete_semester() {
    use regula_counselling::status_with;
    let policy = CounsellingPolicy::utcn_2021();
    let file = record(&example()).unwrap();
    let now = "2026-02-20T12:00".parse().unwrap();
    let status = status_with(&policy, &file, now, &mut NoExplanation).unwrap();
    assert_eq!(status.organisation, []);
    assert!(!status.missing.is_empty() && !status.complete);
    let mut second = example();
    second["file"]["organisation"]["staff"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "person": "Nou Ion", "role": "career_counsellor", "faculty": "AC" }));
    let file = record(&second).unwrap();
    let status = status_with(&policy, &file, now, &mut NoExplanation).unwrap();
    assert_eq!(status.organisation.len(), 1, "{:?}", status.organisation);
    assert!(
        status.organisation[0].message.to_string().contains("AC"),
        "{:?}",
        status.organisation
    );
}

/// CO-3: a study counsellor's report not yet sent is explained under CO-3, the procedure's
/// article for the reports.
#[test]
fn co_3_a_report_still_to_send_is_explained_under_co_3() {
    use regula_counselling::status_with;
    let mut request = example();
    request["steps"].as_array_mut().unwrap().truncate(2);
    let file = record(&request).unwrap();
    let now = "2026-01-25T12:00".parse().unwrap();
    let decision = regula_core::Decision::explained(|why| {
        status_with(&CounsellingPolicy::utcn_2021(), &file, now, why)
    })
    .unwrap();
    assert!(
        decision
            .outcome
            .missing
            .iter()
            .any(|m| m.step == regula_counselling::Action::SubmitReport)
    );
    let text = decision.explanation.to_string();
    assert!(
        text.lines()
            .any(|l| l.starts_with("CO-3") && l.contains("Still to do")),
        "{text}"
    );
}

/// The status example cut to one faculty whose every step is done (AC without the study
/// counsellor whose hours fell short), its events numbered again.
fn one_faculty_done() -> Value {
    let mut request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-status.json"
    ))
    .unwrap();
    let file = &mut request["file"];
    file["organisation"]["faculties"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["id"] == "AC");
    file["organisation"]["staff"]
        .as_array_mut()
        .unwrap()
        .retain(|s| s["faculty"] != "ETTI" && s["person"] != "Mureșan Ion");
    let history = file["history"].as_array_mut().unwrap();
    history.retain(|e| {
        let report = e["report"]["id"].as_str().or(e["report"].as_str());
        !matches!(report, Some("AC-CS-MUR" | "ETTI-CS-IVA"))
    });
    for (i, event) in history.iter_mut().enumerate() {
        event["seq"] = (i + 1).into();
    }
    request
}

/// CO-2..CO-5: a semester is complete only when nothing is out of order: an activity held in
/// French without the international office is enough to make it incomplete, with every step done
/// and every counselling hour held.
#[test]
fn co_2_one_activity_out_of_order_leaves_the_semester_incomplete() {
    use regula_counselling::status_with;
    let policy = CounsellingPolicy::utcn_2021();
    let status = |request: &Value| {
        let file: SemesterFile = serde_json::from_value(request["file"].clone()).unwrap();
        let now = "2026-02-20T12:00".parse().unwrap();
        status_with(&policy, &file, now, &mut NoExplanation).unwrap()
    };
    let done = one_faculty_done();
    let fine = status(&done);
    assert!(fine.complete, "{fine:?}");
    let mut french = done.clone();
    let summary = french["file"]["history"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["action"] == "submit_summary")
        .unwrap();
    summary["activities"][1]["language"] = "fr".into();
    let breached = status(&french);
    assert_eq!(breached.activities.len(), 1, "{breached:?}");
    assert!(breached.missing.is_empty() && breached.organisation.is_empty());
    assert!(!breached.complete);
}
