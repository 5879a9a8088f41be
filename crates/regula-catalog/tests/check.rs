//! `catalog check` (CA-1, CA-5, CA-7, SC-7): what makes a catalog not in order, each alone.
//! Each test here was written because mutation testing (`scripts/mutants.sh`) showed a change of
//! the code going unnoticed.

use regula_catalog::request::{CheckRequest, answer_check};
use serde_json::Value;

fn example() -> Value {
    serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-check.json"
    ))
    .unwrap()
}

fn check(request: Value) -> regula_catalog::request::CatalogCheck {
    let request: CheckRequest = serde_json::from_value(request).unwrap();
    answer_check(
        &regula_catalog::policy::umc_2020(),
        &regula_appeals::policy::umc_2020(),
        &request,
    )
    .unwrap()
    .outcome
}

#[test]
fn sc_7_a_committee_without_its_applied_teacher_or_its_delegated_assistant_is_named() {
    let fine = check(example());
    assert_eq!(fine.committees, []);
    let mut request = example();
    request["catalog"]["exams"][0]["committee"]
        .as_array_mut()
        .unwrap()
        .truncate(1);
    request["catalog"]["exams"][0]["assistant_delegated"] = true.into();
    let broken = check(request);
    assert!(!broken.in_order);
    let ids: Vec<&str> = broken
        .committees
        .iter()
        .map(|b| b.message.id.as_ref())
        .collect();
    assert_eq!(
        ids,
        [
            "catalog-committee-no-applied-teacher",
            "catalog-committee-too-small",
            "catalog-committee-delegated-no-assistant"
        ]
    );
}

#[test]
fn ca_1_a_header_without_the_dean_s_signature_is_named_on_both_paths() {
    let mut request = example();
    request["catalog"]["header"]["dean"] = " ".into();
    let request: CheckRequest = serde_json::from_value(request).unwrap();
    let fast: Vec<String> = request
        .catalog
        .check_header()
        .iter()
        .map(|b| b.message.id.to_string())
        .collect();
    assert_eq!(fast, ["catalog-not-signed-by-dean"]);
}

/// CA-7: a handover at the due instant is in time; nothing handed in is overdue only after the
/// due instant; only done-in-time and pending are in time.
#[test]
fn ca_7_the_due_instant_itself_is_in_time() {
    use regula_catalog::DueStatus;
    let fine = check(example());
    let first = &fine.deadlines[0];
    let due = first.catalog_due;
    let exam = first.exam.clone();
    // Handed in at the due instant: done.
    let mut request = example();
    request["handovers"]["catalog_handed_in"][&exam] = serde_json::to_value(due).unwrap();
    let at_due = check(request);
    assert_eq!(at_due.deadlines[0].catalog, DueStatus::Done { at: due });
    // Not handed in, checked at the due instant: pending; an hour after: overdue.
    let mut request = example();
    request["handovers"]["catalog_handed_in"]
        .as_object_mut()
        .unwrap()
        .remove(&exam);
    request["now"] = serde_json::to_value(due).unwrap();
    let now_due = check(request.clone());
    assert_eq!(now_due.deadlines[0].catalog, DueStatus::Pending);
    request["now"] = serde_json::to_value(due.plus_hours(1).unwrap()).unwrap();
    let after = check(request);
    assert_eq!(after.deadlines[0].catalog, DueStatus::Overdue);
    assert!(!after.in_order);
    assert!(DueStatus::Done { at: due }.in_time() && DueStatus::Pending.in_time());
    assert!(!DueStatus::Late { at: due }.in_time() && !DueStatus::Overdue.in_time());
}

/// CA-2: the text of `catalog admit`, one line per student with every reason for a refusal.
#[test]
fn ca_2_the_admission_list_reads_one_student_per_line() {
    use regula_catalog::request::{AdmitRequest, answer_admit};
    let request: AdmitRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-admit.json"
    ))
    .unwrap();
    let admissions = answer_admit(&regula_catalog::policy::umc_2020(), &request)
        .unwrap()
        .outcome;
    let text = admissions.to_string();
    assert_eq!(text.lines().count(), 1 + admissions.0.len(), "{text}");
    for a in &admissions.0 {
        let line = text
            .lines()
            .find(|l| l.contains(a.student.as_str()))
            .unwrap();
        for reason in &a.reasons {
            assert!(line.contains(&reason.0.to_string()), "{line}");
        }
    }
    assert!(
        admissions
            .0
            .iter()
            .any(|a| !a.admitted && !a.reasons.is_empty())
    );
}

/// CA-2: a catalog reads as one line: its id, the catalog it supplements if any, its students.
#[test]
fn ca_2_a_catalog_reads_as_one_line_with_its_students() {
    let request = example();
    let catalog: regula_catalog::Catalog =
        serde_json::from_value(request["catalog"].clone()).unwrap();
    let names: Vec<String> = catalog
        .students
        .iter()
        .map(|s| s.name.to_string())
        .collect();
    assert!(names.len() >= 2);
    let text = catalog.to_string();
    assert!(text.ends_with(&format!(": {}", names.join(", "))), "{text}");
    assert!(text.contains(catalog.header.id.as_str()), "{text}");
}

/// CA-4: a mark of another JSON type is refused with what a mark may be.
#[test]
fn ca_4_a_mark_of_another_type_says_what_a_mark_may_be() {
    let err = serde_json::from_str::<regula_catalog::Mark>("true")
        .unwrap_err()
        .to_string();
    assert!(err.contains("a grade from 1 to 10 or \"absent\""), "{err}");
}
