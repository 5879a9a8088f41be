//! The conformance cases of `tests/cases/`, run through the facade: each request is decoded,
//! decided and encoded exactly as an embedding application would.

#[path = "support/cases.rs"]
mod cases;

use regula::grading::request;
use regula::{Policy, appeals, catalog, ects, fees, mobility, scheduling};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn decide<Req, Resp, E>(
    request: &Value,
    answer: impl FnOnce(&Req) -> Result<Resp, E>,
) -> Result<Value, String>
where
    Req: DeserializeOwned,
    Resp: Serialize,
    E: std::fmt::Display,
{
    let request: Req = serde_json::from_value(request.clone()).map_err(|e| e.to_string())?;
    let response = answer(&request).map_err(|e| e.to_string())?;
    Ok(serde_json::to_value(response).unwrap())
}

/// Answers a case as the `regula` command of the same name would, through the facade.
fn run(case: &cases::Case) -> Result<Value, String> {
    let policy = Policy::umc_2020();
    let request = &case.request;
    match case.command.as_str() {
        "grade course" => decide(request, |r| request::grade_course(&policy.grading, r)),
        "grade quiz" => decide(request, |r| request::grade_quiz(&policy.grading, r)),
        "grade average" => decide(request, |r| request::grade_average(&policy.grading, r)),
        "deadlines" => decide(request, |r| {
            appeals::request::answer_deadlines(&policy.appeals, r)
        }),
        "appeal check" => decide(request, |r| {
            appeals::request::answer_appeal(&policy.appeals, r)
        }),
        "fees" => decide(request, |r| fees::request::answer_fees(&policy.fees, r)),
        "ects recognise" => decide(request, |r| {
            ects::request::answer_recognise(&policy.ects, r)
        }),
        "ects check" => decide(request, |r| ects::request::answer_check(&policy.ects, r)),
        "ects convert" => decide(request, |r| ects::request::answer_convert(&policy.ects, r)),
        "schedule check" => decide(request, |r| {
            scheduling::request::answer_check(&policy.scheduling, r)
        }),
        "mobility eligibility" => decide(request, |r| {
            mobility::request::answer_eligibility(&policy.mobility, r)
        }),
        "mobility dossier" => decide(request, |r| {
            mobility::request::answer_dossier(&policy.mobility, r)
        }),
        "mobility select" => decide(request, |r| {
            mobility::request::answer_select(&policy.mobility, r)
        }),
        "mobility calendar" => decide(request, |r| {
            mobility::request::answer_calendar(&policy.mobility, r)
        }),
        "catalog record" => decide(request, |r| {
            catalog::request::answer_record(&policy.catalog, r)
        }),
        "catalog check" => decide(request, |r| {
            catalog::request::answer_check(&policy.catalog, &policy.appeals, r)
        }),
        "catalog supplementary" => decide(request, |r| {
            catalog::request::answer_supplementary(&policy.catalog, r)
        }),
        "catalog admit" => decide(request, |r| {
            catalog::request::answer_admit(&policy.catalog, r)
        }),
        "open-session check" => decide(request, |r| {
            catalog::request::answer_open_session(&policy.catalog, r)
        }),
        other => panic!("{}: unknown command {other}", case.name),
    }
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
