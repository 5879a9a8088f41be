//! The conformance cases under `tests/cases/<domain>/*.json`, shared by the facade runner
//! (`tests/conformance.rs`) and the CLI runner (`crates/regula-cli/tests/conformance.rs`), so
//! that both read, project and compare a case the same way.
//!
//! A case is `{ "description", "command", "policy"?, "request", "expected" | "expected_error" }`,
//! where `policy` is a policy file's path from the repository's root (an adopter's, under
//! `examples/policies/`), the presets when absent:
//! - `expected` is matched as a subset of the response, after every `explanation` in the
//!   response is replaced by `rules`, the list of rule ids it cites, in order. Keys the case does
//!   not name are not compared; arrays must have the same length.
//! - `expected_error` lists texts that the error message must all contain.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// One conformance case.
pub struct Case {
    /// The file name.
    pub name: String,
    /// `course`, `quiz`, `average`…: the `regula <domain>` subcommand.
    pub command: String,
    /// The policy file the case is decided under, from the repository's root; the presets when
    /// `None`.
    pub policy: Option<PathBuf>,
    /// The request document.
    pub request: Value,
    expected: Expected,
}

enum Expected {
    Response(Value),
    Error(Vec<String>),
}

/// The repository's root, from a crate's manifest directory.
pub fn repository_root(manifest_dir: &str) -> PathBuf {
    let mut dir = PathBuf::from(manifest_dir);
    while !dir.join("tests/cases").is_dir() {
        assert!(dir.pop(), "no tests/cases above {manifest_dir}");
    }
    dir
}

/// Every case of a domain, sorted by file name.
pub fn load(root: &Path, domain: &str) -> Vec<Case> {
    let dir = root.join("tests/cases").join(domain);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let mut case: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let expected = match (case.get("expected"), case.get("expected_error")) {
                (Some(v), None) => Expected::Response(v.clone()),
                (None, Some(Value::Array(texts))) => Expected::Error(
                    texts
                        .iter()
                        .map(|t| t.as_str().unwrap().to_owned())
                        .collect(),
                ),
                _ => panic!("{name}: give exactly one of `expected` and `expected_error`"),
            };
            Case {
                command: case["command"].as_str().unwrap().to_owned(),
                policy: case
                    .get("policy")
                    .map(|p| root.join(p.as_str().expect("`policy` is a path"))),
                request: case["request"].take(),
                name,
                expected,
            }
        })
        .collect()
}

/// Replaces every `explanation` by `rules`, the ids of the rules it cites, in order, and
/// `citations`, each step's citation as text (`UCV-FIE-EXAM art. 1`), in the same order.
pub fn project(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .flat_map(|(key, value)| match (key.as_str(), value) {
                    ("explanation", Value::Array(steps)) => {
                        let cited = |s: &Value| {
                            let c = &s["citation"];
                            let (regulation, article) = (
                                c["regulation"].as_str().unwrap_or(""),
                                c["article"].as_str().unwrap_or(""),
                            );
                            Value::String(format!("{regulation} {article}").trim().to_owned())
                        };
                        vec![
                            (
                                "citations".to_owned(),
                                Value::Array(steps.iter().map(cited).collect()),
                            ),
                            (
                                "rules".to_owned(),
                                Value::Array(
                                    steps.into_iter().map(|s| s["rule"].clone()).collect(),
                                ),
                            ),
                        ]
                    }
                    (_, value) => vec![(key, project(value))],
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(project).collect()),
        other => other,
    }
}

/// Compares what a runner produced (a response, or an error message) with the case.
pub fn check(case: &Case, actual: Result<Value, String>) -> Result<(), String> {
    match (&case.expected, actual) {
        (Expected::Response(expected), Ok(response)) => {
            let response = project(response);
            subset(expected, &response, "").map_err(|e| {
                format!(
                    "{}: {e}\n  response: {}",
                    case.name,
                    serde_json::to_string(&response).unwrap()
                )
            })
        }
        (Expected::Response(_), Err(message)) => Err(format!(
            "{}: expected a decision, got the error: {message}",
            case.name
        )),
        (Expected::Error(texts), Err(message)) => {
            let missing: Vec<&String> = texts
                .iter()
                .filter(|t| !message.contains(t.as_str()))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{}: the error lacks {missing:?}\n  error: {message}",
                    case.name
                ))
            }
        }
        (Expected::Error(_), Ok(response)) => Err(format!(
            "{}: expected an error, got a decision: {response}",
            case.name
        )),
    }
}

fn subset(expected: &Value, actual: &Value, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => e.iter().try_for_each(|(key, value)| {
            let here = format!("{at}.{key}");
            match a.get(key) {
                Some(actual) => subset(value, actual, &here),
                None => Err(format!("{here}: missing in the response")),
            }
        }),
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .try_for_each(|(i, (e, a))| subset(e, a, &format!("{at}[{i}]"))),
        _ if expected == actual => Ok(()),
        _ => Err(format!("{at}: expected {expected}, got {actual}")),
    }
}

/// Runs every case of `domain` through `run` and fails with every mismatch at once.
pub fn run_all(domain: &str, manifest_dir: &str, run: impl Fn(&Case) -> Result<Value, String>) {
    let cases = load(&repository_root(manifest_dir), domain);
    assert!(
        cases.len() >= 3,
        "only {} {domain} cases found",
        cases.len()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| check(case, run(case)).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} conformance cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
