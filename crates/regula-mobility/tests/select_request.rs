//! `mobility select` as a whole (MO-1..MO-7): applicants' records and dossiers checked with the
//! applications they belong to. Each test here was written because mutation testing
//! (`scripts/mutants.sh`) showed a change of the code going unnoticed.

use regula_mobility::policy::itp_2014;
use regula_mobility::request::{SelectRequest, answer_select};
use serde_json::{Value, json};

fn example() -> Value {
    serde_json::from_str(include_str!(
        "../../../examples/requests/mobility-select.json"
    ))
    .unwrap()
}

fn answer(request: Value) -> Result<regula_mobility::request::SelectOutcome, String> {
    let request: SelectRequest = serde_json::from_value(request).unwrap();
    answer_select(&itp_2014(), &request)
        .map(|r| r.outcome)
        .map_err(|e| e.to_string())
}

/// The reasons a candidate is excluded for, as text.
fn excluded(outcome: &regula_mobility::request::SelectOutcome, candidate: &str) -> Vec<String> {
    outcome
        .selection
        .fields
        .iter()
        .flat_map(|f| &f.excluded)
        .filter(|e| e.candidate == candidate)
        .flat_map(|e| e.reasons.iter().map(|r| format!("{r:?}")))
        .collect()
}

/// An eligible study applicant with the example's first candidate's id.
fn record(id: &str, kind: &str) -> Value {
    json!({
        "id": id, "name": "", "kind": kind, "enrolled": true, "study_contract_signed": true,
        "extension_year": false, "semesters_completed": 2, "credits_due": 60,
        "credits_earned": 60, "citizenship": { "status": "romanian" }, "language": "de",
        "language_level": "B1", "plan_compatible": true, "earlier_mobilities": [],
        "conditions_met": []
    })
}

fn first_candidate(request: &Value) -> String {
    request["applications"][0]["candidate"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn mo_5_the_example_procedure_is_valid_and_a_broken_call_makes_it_invalid() {
    let outcome = answer(example()).unwrap();
    assert!(outcome.procedure_valid, "{:?}", outcome.call_violations);
    let mut broken = example();
    broken["call"]["on_website"] = false.into();
    let outcome = answer(broken).unwrap();
    assert!(!outcome.procedure_valid);
    assert_eq!(outcome.call_violations.len(), 1);
}

#[test]
fn a_record_or_a_dossier_without_an_application_is_an_error_naming_it() {
    let mut request = example();
    request["applicants"] = json!([record("NOBODY", "study")]);
    let err = answer(request).unwrap_err();
    assert!(
        err.contains("applicants[0].id") && err.contains("NOBODY"),
        "{err}"
    );
    let mut request = example();
    request["dossiers"] =
        json!([{ "applicant": "NOBODY", "kind": "study", "language": "de", "items": [] }]);
    let err = answer(request).unwrap_err();
    assert!(err.contains("dossiers[0].applicant"), "{err}");
}

/// MO-5: a candidate for a kind of mobility the call does not offer is excluded; an eligible one
/// for an offered kind is not.
#[test]
fn mo_5_an_applicant_for_a_kind_the_call_does_not_offer_is_excluded() {
    let mut request = example();
    let candidate = first_candidate(&request);
    request["applicants"] = json!([record(&candidate, "study")]);
    assert_eq!(
        excluded(&answer(request.clone()).unwrap(), &candidate),
        Vec::<String>::new()
    );
    request["call"]["kinds"] = json!(["training"]);
    let reasons = excluded(&answer(request).unwrap(), &candidate);
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(reasons[0].contains("mobility-excluded-kind"), "{reasons:?}");
}

/// MO-4: a dossier incomplete at the deadline excludes its candidate, each defect named; a
/// complete one dates the application.
#[test]
fn mo_4_an_incomplete_dossier_excludes_and_a_complete_one_dates_the_application() {
    let mut request = example();
    let candidate = first_candidate(&request);
    request["dossiers"] = json!([{
        "applicant": candidate, "kind": "study", "language": "de",
        "items": [{ "document": "candidate_form", "handed_in": "2027-02-20T10:00", "signed": true,
                    "data_complete": true }]
    }]);
    let reasons = excluded(&answer(request.clone()).unwrap(), &candidate);
    assert!(
        !reasons.is_empty()
            && reasons
                .iter()
                .all(|r| r.contains("mobility-excluded-document")),
        "{reasons:?}"
    );
    let documents = [
        "candidate_form",
        "transcript",
        "no_earlier_mobility_declaration",
        "europass_cv",
        "letter_of_intent",
        "language_certificate",
        "identity_card_copy",
        "recommendation",
    ];
    request["dossiers"][0]["items"] = documents
        .iter()
        .map(|d| {
            json!({ "document": d, "handed_in": "2027-02-20T10:00", "signed": true,
                    "data_complete": true, "language": "de", "characters": 2000 })
        })
        .collect();
    // Two otherwise equal applications without a completion time: the one whose complete
    // dossier dates it comes first (the tie-break on the earlier application), before the id.
    let mut twin = request["applications"][0].clone();
    twin["candidate"] = "AAA-0000".into();
    twin["completed_at"] = Value::Null;
    request["applications"][0]["completed_at"] = Value::Null;
    request["applications"].as_array_mut().unwrap().push(twin);
    let outcome = answer(request).unwrap();
    assert_eq!(excluded(&outcome, &candidate), Vec::<String>::new());
    let order: Vec<&str> = outcome
        .selection
        .fields
        .iter()
        .flat_map(|f| &f.ranking)
        .map(|r| r.candidate.as_str())
        .filter(|c| *c == candidate || *c == "AAA-0000")
        .collect();
    assert_eq!(order, [candidate.as_str(), "AAA-0000"]);
}
