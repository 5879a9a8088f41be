//! The conformance cases of `tests/cases/`, run through the facade: each request is decoded,
//! decided and encoded exactly as an embedding application would.

#[path = "support/cases.rs"]
mod cases;

use regula::Policy;
use regula::grading::request;
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

#[test]
fn grading_cases_through_the_facade() {
    let policy = Policy::umc_2020();
    cases::run_all("grading", env!("CARGO_MANIFEST_DIR"), |case| {
        match case.command.as_str() {
            "course" => decide(&case.request, |r| request::grade_course(&policy.grading, r)),
            "quiz" => decide(&case.request, |r| request::grade_quiz(&policy.grading, r)),
            "average" => decide(&case.request, |r| {
                request::grade_average(&policy.grading, r)
            }),
            other => panic!("{}: unknown command {other}", case.name),
        }
    });
}
