//! The conformance cases of `tests/cases/`, run through the facade's JSON boundary
//! (`regula::json`): each request is decoded, decided and encoded exactly as every adapter does.

#[path = "support/cases.rs"]
mod cases;

use regula::Policy;
use regula::json::{self, Context};
use serde_json::Value;

/// Answers a case through the facade's JSON boundary, as every adapter does, and checks that the
/// decision parses back from its JSON as the same decision (#17).
fn run(case: &cases::Case) -> Result<Value, String> {
    let request = serde_json::to_string(&case.request).unwrap();
    let policy = match &case.policy {
        Some(path) => json::load_policy(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        None => Policy::umc_2020(),
    };
    let answer = json::decide(&case.command, &policy, &request, &mut Context::default())
        .map_err(|err| err.to_string())?;
    if let Some(again) = answer.read_back() {
        let again = again.map_err(|err| format!("{}: {err}", case.name))?;
        assert_eq!(
            &again,
            answer.json(),
            "{}: the decision does not read back from its JSON as itself",
            case.name
        );
    }
    Ok(answer.json().clone())
}

#[test]
fn grading_cases_through_the_facade() {
    cases::run_all("grading", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn appeals_cases_through_the_facade() {
    cases::run_all("appeals", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn fees_cases_through_the_facade() {
    cases::run_all("fees", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn scheduling_cases_through_the_facade() {
    cases::run_all("scheduling", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn ects_cases_through_the_facade() {
    cases::run_all("ects", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn mobility_cases_through_the_facade() {
    cases::run_all("mobility", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn counselling_cases_through_the_facade() {
    cases::run_all("counselling", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn catalog_cases_through_the_facade() {
    cases::run_all("catalog", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn progress_cases_through_the_facade() {
    cases::run_all("progress", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn the_presets_pass_their_own_checks() {
    assert_eq!(Policy::umc_2020().check(), Ok(()));
}

#[test]
fn a_policy_is_checked_when_it_is_loaded_naming_domain_version_field_and_value() {
    let mut policy = serde_json::to_value(Policy::umc_2020()).unwrap();
    policy["scheduling"]["versions"][0]["policy"]["day_end"] = "07:30:00".into();
    let err = json::load_policy(&policy.to_string()).unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::InvalidPolicy);
    assert_eq!(
        err.message(),
        "invalid policy: field `scheduling`: invalid scheduling policy `UMC 2020` (version in force \
         from 2020-05-06): `day_end` = 07:30: the examination day must end after it starts, \
         `day_start` = 08:00 (SC-3)"
    );
}

/// The adopters' cases (issue #26): decisions under other universities' policies
/// (`examples/policies/`), worked out by hand from their regulations, citing their articles.
#[test]
fn adopters_cases_through_the_facade() {
    cases::run_all("adopters", env!("CARGO_MANIFEST_DIR"), run);
}
