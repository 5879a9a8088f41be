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

/// SC-8: the retake sessions' facts at their edges: a one-day session, a course of the session's
/// own academic year, September only within one September; each verdict reads as a sentence.
#[test]
fn sc_8_retake_sessions_at_their_edges() {
    use regula_catalog::RetakeFacts;
    let umc = regula_catalog::policy::umc_2020().latest().policy.clone();
    let retake_session = |facts: &RetakeFacts| regula_catalog::retake_session(facts, &umc);
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/retake-session-check.json"
    ))
    .unwrap();
    let facts = |i: usize, edit: &dyn Fn(&mut Value)| -> RetakeFacts {
        let mut f = request["requests"][i].clone();
        edit(&mut f);
        serde_json::from_value(f).unwrap()
    };
    // A one-day September session for a course of the current year: eligible.
    let one_day = facts(0, &|f| f["dates"]["to"] = "2026-09-01".into());
    let verdict = retake_session(&one_day).unwrap();
    assert!(verdict.eligible, "{verdict:?}");
    assert!(verdict.to_string().contains("NAV-3001"), "{verdict}");
    // A course of a later academic year than the session's: refused naming `course_year`.
    let later = facts(0, &|f| f["course_year"] = "2026/2027".into());
    let err = retake_session(&later).unwrap_err().to_string();
    assert!(err.contains("course_year"), "{err}");
    // Ending on the final exam's first day is too late; the day before is not.
    let final_starts = request["requests"][3]["final_exam_starts"]
        .as_str()
        .unwrap()
        .to_owned();
    let at_start = facts(3, &|f| f["dates"]["to"] = final_starts.clone().into());
    assert!(!retake_session(&at_start).unwrap().eligible);
    let before = facts(3, &|f| f["dates"]["to"] = "2026-07-05".into());
    assert!(retake_session(&before).unwrap().eligible);
    // From August into September is not a September session.
    let august = facts(0, &|f| f["dates"]["from"] = "2026-08-31".into());
    assert!(!retake_session(&august).unwrap().eligible);
}

/// SC-8: `retake-session check` reads one verdict per line, under its header.
#[test]
fn sc_8_the_retake_verdicts_read_one_per_line() {
    use regula_catalog::request::{RetakeSessionRequest, answer_retake_session};
    let request: RetakeSessionRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/retake-session-check.json"
    ))
    .unwrap();
    let outcome = answer_retake_session(&regula_catalog::policy::umc_2020(), &request)
        .unwrap()
        .outcome;
    let text = outcome.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + request.requests.len(), "{text}");
    for (line, r) in lines[1..].iter().zip(&request.requests) {
        assert!(line.contains(r.student.as_str()), "{text}");
    }
}

/// SC-9: two overlapping voyages count their common days once; a one-day voyage is a voyage; a
/// seafarer with reduced attendance needs both a voyage during the session and its documents.
#[test]
fn sc_9_days_at_sea_counted_once_and_the_seafarer_s_two_conditions() {
    use regula_catalog::{OpenSessionFacts, open_session};
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/open-session-check.json"
    ))
    .unwrap();
    let policy = regula_catalog::CatalogPolicy::umc_2020();
    let facts = |i: usize, edit: &dyn Fn(&mut Value)| -> OpenSessionFacts {
        let mut f = request["requests"][i].clone();
        edit(&mut f);
        serde_json::from_value(f).unwrap()
    };
    let eligible = |f: &OpenSessionFacts| open_session(&policy, f).unwrap().eligible;
    // 1 March – 20 May is more than 2 months; split in two voyages overlapping by a month it
    // still is, and so is the same voyage given twice.
    let split = facts(0, &|f| {
        f["at_sea"] = serde_json::json!([
            { "from": "2021-03-01", "to": "2021-04-20" },
            { "from": "2021-03-20", "to": "2021-05-20" }
        ])
    });
    assert!(eligible(&split));
    // Two short voyages overlapping entirely do not add up: 1 March – 15 April twice.
    let twice = facts(0, &|f| {
        f["at_sea"] = serde_json::json!([
            { "from": "2021-03-01", "to": "2021-04-15" },
            { "from": "2021-03-01", "to": "2021-04-15" }
        ])
    });
    assert!(!eligible(&twice));
    // A one-day voyage is valid input.
    let one_day =
        facts(
            0,
            &|f| f["at_sea"] = serde_json::json!([{ "from": "2021-03-01", "to": "2021-03-01" }]),
        );
    assert!(open_session(&policy, &one_day).is_ok());
    // The seafarer: at sea during the session, with the voyage's documents.
    let with_documents = facts(2, &|f| f["voyage_documents"] = true.into());
    assert!(eligible(&with_documents));
    let ashore = facts(2, &|f| {
        f["voyage_documents"] = true.into();
        f["at_sea"] = serde_json::json!([{ "from": "2021-07-01", "to": "2021-07-30" }]);
    });
    assert!(!eligible(&ashore));
}

/// CA-7: a catalog is in order only when every deadline is kept: the catalog's and the
/// electronic entry's of every exam, and the student register's. One missed is enough.
#[test]
fn ca_7_one_deadline_missed_is_enough_to_be_out_of_order() {
    // The example with NAV-1003's NAV-W cell signed by the assistant too (the rows are replayed
    // from the history) and NAV-R's catalog handed in on time is in order.
    let mut complete = example();
    complete["handovers"]["catalog_handed_in"]["NAV-R"] = "2021-02-16T10:00".into();
    let catalog = complete["catalog"].as_object_mut().unwrap();
    catalog.remove("rows");
    let history = catalog["history"].as_array_mut().unwrap();
    let last = history.last().unwrap().clone();
    history.push(serde_json::json!({
        "seq": history.len() + 1, "at": last["at"], "by": "asist. Marin Ana",
        "change": {"action": "signed", "student": "NAV-1003", "column": 1}
    }));
    let in_order = || complete.clone();
    assert!(check(in_order()).in_order, "{:?}", check(in_order()));
    // NAV-W's catalog handed in on time, its grades entered electronically too late.
    let mut request = in_order();
    request["handovers"]["entered_electronically"]["NAV-W"] = "2021-02-15T12:00".into();
    let late_entry = check(request);
    assert!(late_entry.deadlines[0].catalog.in_time());
    assert!(!late_entry.deadlines[0].electronic_entry.in_time());
    assert!(!late_entry.in_order);
    // Every exam's deadlines kept, the student register of the last autumn session overdue.
    let mut request = in_order();
    request["handovers"]["autumn_session_end"] = "2020-09-18".into();
    let late_register = check(request);
    assert!(
        late_register
            .deadlines
            .iter()
            .all(|d| d.catalog.in_time() && d.electronic_entry.in_time())
    );
    assert!(!late_register.register.unwrap().status.in_time());
    assert!(!late_register.in_order);
}
