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
    assert!(err.contains(&format!("organisation.staff[{i}].faculty")), "{err}");
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
        Role::StudyCounsellor.to_string(),
        "study counsellor (consilier de studii)"
    );
    assert_eq!(Channel::Email.to_string(), "by e-mail");
}
