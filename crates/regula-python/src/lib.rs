//! The extension module of the `regula` Python package: the facade's JSON boundary, and nothing
//! else. The package's Python layer (`python/src/regula/__init__.py`) turns dicts into JSON text
//! and back and gives each command its function.
#![forbid(unsafe_code)]

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use regula::Policy;
use regula::json::{self, Context};

create_exception!(
    _regula,
    InvalidInput,
    PyException,
    "A request or a policy that cannot be decided: `field` names the field (or None), the message names the value."
);

fn invalid(err: &json::Error) -> PyErr {
    let kind = format!("{:?}", err.kind());
    InvalidInput::new_err((
        err.message().to_owned(),
        err.field().map(str::to_owned),
        kind,
    ))
}

/// The language of a call: `ro`, `en`, or `None` for the policy's.
fn parse_lang(lang: Option<&str>) -> PyResult<Option<regula::locale::Lang>> {
    lang.map(str::parse::<regula::locale::Lang>)
        .transpose()
        .map_err(|err| {
            InvalidInput::new_err((
                err.to_string(),
                Some("lang".to_owned()),
                "InvalidRequest".to_owned(),
            ))
        })
}

fn load(policy: Option<&str>) -> PyResult<Policy> {
    match policy {
        None => Ok(Policy::umc_2020()),
        Some(text) => json::load_policy(text).map_err(|e| invalid(&e)),
    }
}

/// Decides `command` on `request` (JSON text) under `policy` (JSON text, or the presets), with
/// explanations in `lang` (`ro`, `en`; English when `None`) and checkpoints sealed with
/// `seal_key` (bytes): the response as JSON text, or `InvalidInput`.
#[pyfunction]
#[pyo3(signature = (command, request, policy = None, text = false, lang = None, seal_key = None))]
fn decide(
    py: Python<'_>,
    command: &str,
    request: &str,
    policy: Option<&str>,
    text: bool,
    lang: Option<&str>,
    seal_key: Option<&[u8]>,
) -> PyResult<String> {
    let policy = load(policy)?;
    let lang = parse_lang(lang)?;
    let key = seal_key
        .map(regula::seal::SealKey::new)
        .transpose()
        .map_err(|err| {
            InvalidInput::new_err((
                err,
                Some("seal_key".to_owned()),
                "InvalidRequest".to_owned(),
            ))
        })?;
    py.detach(|| {
        let mut context = Context {
            lang,
            seal_key: key.as_ref(),
            ..Context::default()
        };
        let answer = json::decide(command, &policy, request, &mut context)?;
        Ok(if text {
            answer.to_text()
        } else {
            answer.to_json_string()
        })
    })
    .map_err(|e: json::Error| invalid(&e))
}

/// The document `kind` (`xlsx`, `csv`, `html`, `text`) that the document command `command` writes
/// for `request` (JSON text): its bytes, or `InvalidInput`.
#[pyfunction]
#[pyo3(signature = (command, request, kind, policy = None, lang = None))]
fn document(
    py: Python<'_>,
    command: &str,
    request: &str,
    kind: &str,
    policy: Option<&str>,
    lang: Option<&str>,
) -> PyResult<Vec<u8>> {
    let policy = load(policy)?;
    let lang = parse_lang(lang)?;
    let document = match kind {
        "xlsx" => json::Document::Xlsx,
        "csv" => json::Document::Csv,
        "html" => json::Document::Html,
        "text" => json::Document::Text,
        other => {
            return Err(InvalidInput::new_err((
                format!(
                    "`{other}` is not a document kind this function writes (xlsx, csv, html, text)"
                ),
                Some("kind".to_owned()),
                "Unsupported".to_owned(),
            )));
        }
    };
    py.detach(|| {
        let mut context = Context {
            lang,
            document: Some(document),
            ..Context::default()
        };
        let answer = json::decide(command, &policy, request, &mut context)?;
        Ok(match answer.document_bytes() {
            Some(bytes) => bytes.to_vec(),
            None => answer.to_text().into_bytes(),
        })
    })
    .map_err(|e: json::Error| invalid(&e))
}

/// A request given as bytes (a workbook's for `schedule import`) as the JSON text of the
/// boundary.
#[pyfunction]
fn request_from_bytes(command: &str, request: Vec<u8>) -> PyResult<String> {
    json::request_from_bytes(command, request).map_err(|e| invalid(&e))
}

/// The commands: `(name, summary)` in the order of the documentation.
#[pyfunction]
fn commands() -> Vec<(&'static str, &'static str)> {
    json::commands()
        .iter()
        .map(|c| (c.name, c.summary))
        .collect()
}

/// The policy in use (JSON text): the presets, or `policy` after checking it.
#[pyfunction]
#[pyo3(signature = (policy = None))]
fn policy(policy: Option<&str>) -> PyResult<String> {
    let policy = load(policy)?;
    json::policy_json(&policy)
        .map(|v| v.to_string())
        .map_err(|e| invalid(&e))
}

/// The rule catalogue as `policy` (JSON text, or the presets) states it (JSON text).
#[pyfunction]
#[pyo3(signature = (policy = None))]
fn rules(policy: Option<&str>) -> PyResult<String> {
    let policy = load(policy)?;
    json::rules_json(&policy)
        .map(|v| v.to_string())
        .map_err(|e| invalid(&e))
}

/// The OpenAPI document of the boundary (JSON text): each command's request and response
/// schemas, which the package reads to give outcomes as `Decimal`, `date` and `datetime`.
#[pyfunction]
fn openapi() -> String {
    json::openapi().to_string()
}

#[pymodule]
fn _regula(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("InvalidInput", m.py().get_type::<InvalidInput>())?;
    m.add_function(wrap_pyfunction!(decide, m)?)?;
    m.add_function(wrap_pyfunction!(commands, m)?)?;
    m.add_function(wrap_pyfunction!(document, m)?)?;
    m.add_function(wrap_pyfunction!(request_from_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(policy, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(openapi, m)?)?;
    Ok(())
}
