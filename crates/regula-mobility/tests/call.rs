//! MO-5, MO-6, MO-7: the call for applications, checked before a selection. Each check is shown
//! failing on its own, and the example call passes them all.

use regula_mobility::{Call, DocumentKind, MobilityPolicy, validate_call};

fn example_call() -> Call {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/mobility-select.json"
    ))
    .unwrap();
    serde_json::from_value(request["call"].clone()).unwrap()
}

fn breaches(call: &Call) -> Vec<String> {
    validate_call(&MobilityPolicy::itp_2014(), call, &[])
        .iter()
        .map(|b| format!("{}: {}", b.rule, b.message))
        .collect()
}

#[test]
fn mo_5_the_example_call_breaks_nothing() {
    assert_eq!(breaches(&example_call()), Vec::<String>::new());
}

#[test]
fn mo_5_a_call_without_kinds_fields_or_conditions_is_reported_for_each() {
    let mut call = example_call();
    call.kinds.clear();
    call.fields.clear();
    call.conditions.clear();
    let found = breaches(&call);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().all(|b| b.starts_with("MO-5")), "{found:#?}");
}

#[test]
fn mo_5_a_field_listed_twice_or_without_places_is_reported() {
    let mut call = example_call();
    call.fields.push(call.fields[0].clone());
    call.fields[1].places = 0;
    let found = breaches(&call);
    assert_eq!(found.len(), 2, "{found:#?}");
}

/// MO-5: a required document missing from the call is named; a recommendation is needed only
/// when the committee asks for it.
#[test]
fn mo_5_a_document_the_dossier_needs_is_listed_in_the_call() {
    let mut call = example_call();
    call.documents.retain(|d| *d != DocumentKind::Transcript);
    let found = breaches(&call);
    assert!(!found.is_empty(), "the transcript is required");
    assert!(found.iter().all(|b| b.contains("transcript")), "{found:#?}");

    let mut call = example_call();
    call.documents
        .retain(|d| *d != DocumentKind::Recommendation);
    assert!(
        breaches(&call).iter().any(|b| b.contains("recommendation")),
        "asked for, so needed"
    );
    call.asks.recommendation = false;
    assert_eq!(breaches(&call), Vec::<String>::new(), "not asked for");
}

/// MO-5, MO-7: published before its deadline, on the website and the notice boards, with the
/// points system.
#[test]
fn mo_5_mo_7_the_call_is_published_everywhere_before_its_deadline() {
    let mut call = example_call();
    call.published_on = call.deadline.local_date();
    call.on_website = false;
    call.on_notice_boards = false;
    call.points_system_published = false;
    let found = breaches(&call);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found.iter().any(|b| b.starts_with("MO-7")), "{found:#?}");
}
