//! The conformance cases of `tests/cases/`, run through the facade's JSON boundary
//! (`regula::json`): each request is decoded, decided and encoded exactly as every adapter does.

#[path = "support/cases.rs"]
mod cases;

use regula::Policy;
use regula::json::{self, Context};
use serde_json::Value;

/// Answers a case through the facade's JSON boundary, as every adapter does.
fn run(case: &cases::Case) -> Result<Value, String> {
    let request = serde_json::to_string(&case.request).unwrap();
    json::decide(
        &case.command,
        &Policy::umc_2020(),
        &request,
        &mut Context::default(),
    )
    .map(|answer| answer.json().clone())
    .map_err(|err| err.to_string())
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
fn catalog_cases_through_the_facade() {
    cases::run_all("catalog", env!("CARGO_MANIFEST_DIR"), run);
}
