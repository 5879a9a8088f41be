//! The conformance cases of `tests/cases/`, run through the `regula` binary: the request on
//! standard input, the decision read back from standard output, exit code 2 and a message on
//! standard error for invalid input.

#[path = "../../../tests/support/cases.rs"]
mod cases;

mod common;

use common::regula;
use serde_json::Value;

/// Answers a case with the `regula` command it names, the request on standard input.
fn run(case: &cases::Case) -> Result<Value, String> {
    let request = serde_json::to_string(&case.request).unwrap();
    let mut args: Vec<&str> = case.command.split(' ').collect();
    args.extend(["--format", "json"]);
    let policy = case
        .policy
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned());
    if let Some(policy) = &policy {
        args.extend(["--policy", policy]);
    }
    let (code, stdout, stderr) = regula(&args, &request);
    match code {
        0 => serde_json::from_str::<Value>(&stdout)
            .map_err(|e| format!("stdout is not JSON ({e}): {stdout}")),
        2 => {
            assert!(
                stdout.is_empty(),
                "{}: output on failure: {stdout}",
                case.name
            );
            Err(stderr)
        }
        other => panic!("{}: exit code {other}, stderr: {stderr}", case.name),
    }
}

#[test]
fn grading_cases_through_the_cli() {
    cases::run_all("grading", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn appeals_cases_through_the_cli() {
    cases::run_all("appeals", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn fees_cases_through_the_cli() {
    cases::run_all("fees", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn scheduling_cases_through_the_cli() {
    cases::run_all("scheduling", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn ects_cases_through_the_cli() {
    cases::run_all("ects", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn mobility_cases_through_the_cli() {
    cases::run_all("mobility", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn counselling_cases_through_the_cli() {
    cases::run_all("counselling", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn catalog_cases_through_the_cli() {
    cases::run_all("catalog", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn progress_cases_through_the_cli() {
    cases::run_all("progress", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn adopters_cases_through_the_cli() {
    cases::run_all("adopters", env!("CARGO_MANIFEST_DIR"), run);
}
