//! `regula policy check`: every problem of a policy document at once, each with its path, the
//! value found there and why — not only the first, as loading stops at (issue #26).
//!
//! The document is read part by part: each top-level part (`sources`, `grading`, …) and each
//! version of a domain's history on its own, so that a problem in one does not hide the others.
//! A version that reads is then checked as loading checks it ([`CheckedPolicy`]), every
//! parameter problem named by its full path.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use regula_core::{CheckedPolicy, PolicyHistory, Versioned};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::parse::{Part, parse};
use crate::{
    Policy, Sources, appeals, catalog, counselling, ects, fees, grading, mobility, progress,
};
use crate::{locale, scheduling};

/// One problem of a policy document: where, and what is wrong there (the value and why).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct PolicyProblem {
    /// The path in the policy document: `grading.versions[1].policy.rounding`; `.` for the
    /// document itself.
    pub field: String,
    /// The value found and why it cannot be used.
    pub problem: String,
}

impl fmt::Display for PolicyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.field, self.problem)
    }
}

/// Every problem of the policy document `text`, in the order of the document; empty when the
/// policy loads ([`super::load_policy`] then succeeds).
///
/// ```
/// let problems = regula::json::check_policy(r#"{
///   "grading": { "name": "X", "versions": [] },
///   "fees": { "name": "X", "versions": [{ "effective_from": "2024-10-01", "policy": 3 }] },
///   "colour": "blue"
/// }"#);
/// let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
/// assert_eq!(fields, ["colour", "grading.versions", "fees.versions[0].policy"]);
/// ```
pub fn check_policy(text: &str) -> Vec<PolicyProblem> {
    let document: Value = match parse(text, Part::Policy) {
        Ok(value) => value,
        Err(err) => return vec![problem(".", err.message())],
    };
    let Value::Object(parts) = document else {
        return vec![problem(".", "a policy is a JSON object of its parts")];
    };
    let mut found = Vec::new();
    for key in parts.keys() {
        if !POLICY_PARTS.contains(&key.as_str()) {
            found.push(problem(
                key,
                &format!(
                    "no part of a policy is called so; the parts are {}",
                    POLICY_PARTS.join(", ")
                ),
            ));
        }
    }
    if !parts.contains_key("grading") {
        found.push(problem(
            "grading",
            "missing: every policy has its grading part",
        ));
    }
    for (key, value) in &parts {
        match key.as_str() {
            "sources" => sources(key, value, &mut found),
            "grading" => history::<grading::GradingPolicy>(key, value, &mut found),
            "appeals" => history::<appeals::AppealsPolicy>(key, value, &mut found),
            "fees" => history::<fees::FeePolicy>(key, value, &mut found),
            "scheduling" => history::<scheduling::SchedulingPolicy>(key, value, &mut found),
            "ects" => history::<ects::ConversionPolicy>(key, value, &mut found),
            "mobility" => history::<mobility::MobilityPolicy>(key, value, &mut found),
            "catalog" => history::<catalog::CatalogPolicy>(key, value, &mut found),
            "counselling" => history::<counselling::CounsellingPolicy>(key, value, &mut found),
            "progress" => history::<progress::ProgressPolicy>(key, value, &mut found),
            "language" => part::<locale::Lang>(key, value, &mut found),
            _ => {}
        }
    }
    if found.is_empty()
        && let Err(err) = parse::<Policy>(text, Part::Policy)
    {
        // Whatever reading the parts alone cannot see: said as loading says it.
        found.push(problem(err.field().unwrap_or("."), err.message()));
    }
    found
}

/// The parts of a policy document, in the order of [`Policy`]: what `regula policy check` reads
/// one by one.
pub const POLICY_PARTS: [&str; 11] = [
    "sources",
    "grading",
    "appeals",
    "fees",
    "scheduling",
    "ects",
    "mobility",
    "catalog",
    "counselling",
    "progress",
    "language",
];

fn problem(field: &str, problem: &str) -> PolicyProblem {
    PolicyProblem {
        field: field.to_owned(),
        problem: problem.to_owned(),
    }
}

/// Reads `value` as a `T`; a problem under `path` when it does not.
fn read<T: DeserializeOwned>(
    path: &str,
    value: &Value,
    found: &mut Vec<PolicyProblem>,
) -> Option<T> {
    match parse::<T>(&value.to_string(), Part::Policy) {
        Ok(read) => Some(read),
        Err(err) => {
            let message = err
                .message()
                .strip_prefix("invalid policy: ")
                .unwrap_or(err.message());
            let (field, message) = match err.field() {
                // The path is said once, as the problem's field: not again in its message.
                Some(inner) => {
                    let said = message
                        .strip_prefix(&format!("field `{inner}`"))
                        .map(|rest| rest.trim_start_matches(": ").trim_start_matches(" = "))
                        .unwrap_or(message);
                    (format!("{path}.{inner}"), said)
                }
                None => (path.to_owned(), message),
            };
            found.push(problem(&field, message));
            None
        }
    }
}

/// The sources: read, then every problem of theirs named by its path.
fn sources(path: &str, value: &Value, found: &mut Vec<PolicyProblem>) {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Parts {
        regulations: Vec<crate::Regulation>,
        #[serde(default)]
        articles: BTreeMap<crate::RuleId, crate::Article>,
        #[serde(default)]
        not_adopted: BTreeSet<crate::RuleId>,
    }
    if let Some(parts) = read::<Parts>(path, value, found) {
        let sources = Sources::unchecked(parts.regulations, parts.articles, parts.not_adopted);
        for p in sources.problems() {
            found.push(problem(
                &format!("{path}.{}", p.field),
                &format!("{}: {}", p.value, p.reason),
            ));
        }
    }
}

fn part<T: DeserializeOwned>(path: &str, value: &Value, found: &mut Vec<PolicyProblem>) {
    let _ = read::<T>(path, value, found);
}

/// A domain's history: its name, then each version on its own — read, then checked — and the
/// order of their dates.
fn history<P: DeserializeOwned + CheckedPolicy>(
    path: &str,
    value: &Value,
    found: &mut Vec<PolicyProblem>,
) {
    let Some(Value::Array(versions)) = value.get("versions") else {
        // Not a history at all: said as reading the part says it.
        let _ = read::<PolicyHistory<P>>(path, value, found);
        return;
    };
    if versions.is_empty() {
        found.push(problem(
            &format!("{path}.versions"),
            "[]: a policy needs at least one version",
        ));
    }
    let mut dates = Vec::new();
    for (i, version) in versions.iter().enumerate() {
        let at = format!("{path}.versions[{i}]");
        if let Some(version) = read::<Versioned<P>>(&at, version, found) {
            for p in version.policy.problems() {
                found.push(problem(
                    &format!("{at}.policy.{}", p.field),
                    &format!("{}: {}", p.value, p.reason),
                ));
            }
            dates.push((i, version.effective_from));
        }
    }
    for pair in dates.windows(2) {
        let ((_, before), (i, date)) = (pair[0], pair[1]);
        if date <= before {
            found.push(problem(
                &format!("{path}.versions[{i}].effective_from"),
                &format!(
                    "{date}: not after the version before it ({before}); list versions oldest first"
                ),
            ));
        }
    }
    // The rest of the history (its name, unknown keys), without the versions read above.
    let mut rest = value.clone();
    if let Some(object) = rest.as_object_mut() {
        object.insert("versions".into(), Value::Array(Vec::new()));
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Head {
        name: String,
        versions: Vec<Value>,
    }
    let _ = read::<Head>(path, &rest, found);
}

/// The JSON Schema of a policy document, generated from the Rust types and their documentation:
/// what an institution writes its policy against (`docs/policy.schema.json`).
pub fn policy_schema() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Policy>();
    serde_json::to_value(schema).unwrap_or(Value::Null)
}
