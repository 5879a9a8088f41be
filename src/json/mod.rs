//! The JSON boundary: every decision Regula offers, by command name, from a JSON request to a
//! JSON response. It is the one door for adapters — the `regula` command, an HTTP service, a
//! Python package: they parse their own arguments and do their own I/O, and leave everything
//! else, including which function decides which command, to this module.
//!
//! ```
//! use regula::json::{self, Context};
//!
//! let policy = regula::Policy::umc_2020();
//! let request = r#"{
//!   "student": "S1",
//!   "courses": [
//!     { "course": "NAV-101", "credits": 5,
//!       "outcome": { "status": "graded", "total": "8.25", "grade": 8, "passed": true } },
//!     { "course": "MAT-101", "credits": 4,
//!       "outcome": { "status": "graded", "total": "6", "grade": 6, "passed": true } }
//!   ]
//! }"#;
//! let answer = json::decide("grade average", &policy, request, &mut Context::default())?;
//! assert_eq!(answer.json()["policy"]["name"], "UMC 2020");
//! assert!(answer.to_text().contains("GR-8"));
//!
//! // A rejected request names the field and the value.
//! let err = json::decide("grade average", &policy, r#"{"student": "S1", "courses": [
//!   {"course": "NAV-101", "credits": -5,
//!    "outcome": {"status": "graded", "total": "8.25", "grade": 8, "passed": true}}]}"#,
//!   &mut Context::default()).unwrap_err();
//! assert_eq!(err.kind(), json::ErrorKind::InvalidRequest);
//! assert!(err.message().contains("courses[0].credits"), "{err}");
//! # Ok::<(), json::Error>(())
//! ```
//!
//! The commands, their requests and their responses are documented in `docs/cli.md`.

mod adoption;
mod answer;
mod check;
mod commands;
mod diff;
mod error;
mod examples;
mod openapi;
mod openapi_limits;
mod parse;

pub use answer::{Answer, Context, Document, DocumentKind, ProgressCallback, Rendered};
pub use check::{POLICY_PARTS, PolicyProblem, check_policy, policy_schema};
pub use commands::{Command, ImportRequest, Input, TemplateRequest};
pub use diff::{Change, PolicyDiff, diff_policies};
pub use error::{Error, ErrorKind};
pub use examples::{commands_json, example};
pub use openapi::openapi;
pub use parse::MAX_NESTING;

use crate::Policy;
use crate::sheets::MediaType;

/// Every command, in the order of the documentation.
pub fn commands() -> &'static [Command] {
    commands::COMMANDS
}

/// The command called `name` (`grade course`, `schedule solve`).
pub fn command(name: &str) -> Option<&'static Command> {
    commands::COMMANDS.iter().find(|c| c.name == name)
}

/// Decides the command `name` on `request` (JSON text) under `policy`.
///
/// Errors: [`ErrorKind::UnknownCommand`] for a name no command has; [`ErrorKind::Syntax`] when
/// the request is not JSON; [`ErrorKind::InvalidRequest`] when a field is missing or invalid (the
/// message names it and its value) or the domain refuses to decide (every problem listed);
/// [`ErrorKind::Unsupported`] when `context.document` asks a command for a document it does not
/// write; [`ErrorKind::NotAdopted`] when the decision needs a rule the policy does not adopt
/// (neither cited in `sources.articles` nor applicable), naming the rule.
pub fn decide(
    name: &str,
    policy: &Policy,
    request: &str,
    context: &mut Context<'_>,
) -> Result<Answer, Error> {
    let command = command(name).ok_or_else(|| {
        let known: Vec<&str> = commands::COMMANDS.iter().map(|c| c.name).collect();
        Error::new(
            ErrorKind::UnknownCommand,
            format!(
                "no command is called `{name}`; the commands are: {}",
                known.join(", ")
            ),
        )
    })?;
    if let Some(document) = &context.document
        && !command.documents.contains(&document.kind())
    {
        return Err(Error::new(
            ErrorKind::Unsupported,
            format!(
                "`{name}` cannot write {:?}; it writes {}",
                document.kind(),
                if command.documents.is_empty() {
                    "JSON and text".to_owned()
                } else {
                    format!("{:?}", command.documents)
                }
            ),
        ));
    }
    // The call's language, else the institution's, else English; the policy's citations.
    let lang = context.lang.or(policy.language).unwrap_or_default();
    let sources = Some(policy.sources.clone());
    let answer = crate::locale::in_language(lang, || {
        crate::sources::citing(sources, || command.run(policy, request, context))
    })?;
    adoption::check(policy, name, answer.json())?;
    Ok(answer)
}

/// The request of a command that reads a document ([`Input::Document`]), written from the
/// document's `bytes`: `{"file": {"media_type", "name"?, "text" | "base64"}, …with}`, where
/// `with` is the JSON of the command's other field (a Moodle export's `mapping`).
///
/// The format is `media_type` (a media type such as `text/csv`, or `csv`, `xlsx`, `ods`), else
/// the extension of `file_name` (an extension it does not know is refused), else, for bytes with
/// no name, what they show (a zip archive is a workbook). The CLI
/// (`regula moodle gradebook FILE --mapping MAPPING.json`), the HTTP service (the document as the
/// body with its content type, the mapping in `?mapping=`) and Python (`regula.file`) all come
/// here; a program can send the JSON itself.
///
/// Errors: [`ErrorKind::Unsupported`] when the command reads no document or not this format;
/// [`ErrorKind::Syntax`] when `with` is not JSON; [`ErrorKind::InvalidRequest`] when the
/// command needs `with` and it is absent.
pub fn document_request(
    name: &str,
    bytes: &[u8],
    media_type: Option<&str>,
    file_name: Option<&str>,
    with: Option<&str>,
) -> Result<String, Error> {
    let Some(Input::Document { reads, with: field }) = command(name).map(|c| c.input) else {
        return Err(Error::new(
            ErrorKind::Unsupported,
            format!("`{name}` reads no document: its request is JSON"),
        ));
    };
    let media = match media_type {
        Some(given) => MediaType::from_media_type(given)
            .or_else(|| MediaType::from_file_name(given))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Unsupported,
                    format!("`{given}` is not a format Regula reads (text/csv, xlsx, ods)"),
                )
            })?,
        None => match file_name {
            Some(file_name) => MediaType::from_file_name(file_name).ok_or_else(|| {
                Error::new(
                    ErrorKind::Unsupported,
                    format!(
                        "`{file_name}`: its extension names no format Regula reads \
                         (.csv, .txt, .tsv, .xlsx, .ods); give the media type"
                    ),
                )
            })?,
            None => MediaType::of_bytes(bytes),
        },
    };
    if !reads.contains(&media) {
        let known: Vec<&str> = reads.iter().map(|m| m.as_str()).collect();
        return Err(Error::new(
            ErrorKind::Unsupported,
            format!(
                "`{name}` reads {}, not `{}`",
                known.join(", "),
                media.as_str()
            ),
        ));
    }
    let file = crate::sheets::FileInput::new(media, file_name.map(str::to_owned), bytes);
    let mut request = serde_json::Map::new();
    request.insert("file".into(), serde_json::json!(file));
    match (field, with) {
        (Some(field), Some(text)) => {
            let value: serde_json::Value = parse::parse(text, parse::Part::Request)?;
            request.insert(field.into(), value);
        }
        (Some(field), None) => {
            return Err(Error::new(
                ErrorKind::InvalidRequest,
                format!("`{name}` needs its `{field}` beside the document"),
            )
            .at(field));
        }
        (None, Some(_)) => {
            return Err(Error::new(
                ErrorKind::InvalidRequest,
                format!("`{name}` reads the document alone: nothing goes beside it"),
            ));
        }
        (None, None) => {}
    }
    Ok(serde_json::Value::Object(request).to_string())
}

/// A request read as bytes (a file, an HTTP body) for the command `name`: its text when it is
/// JSON (or, for `ects import`, the XML document itself); for a command that reads a document
/// ([`Input::Document`]) and takes nothing beside it, bytes that are not a JSON object are the
/// document, wrapped by [`document_request`] (`regula schedule import plan.xlsx`).
///
/// Errors: [`ErrorKind::Syntax`] when the bytes are not UTF-8 and the command reads no document.
pub fn request_from_bytes(name: &str, bytes: Vec<u8>) -> Result<String, Error> {
    let document = matches!(command(name).map(|c| c.input), Some(Input::Document { .. }));
    let json = bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    if document && !json {
        return document_request(name, &bytes, None, None, None);
    }
    String::from_utf8(bytes).map_err(|err| {
        Error::new(
            ErrorKind::Syntax,
            format!("the request is not UTF-8 text: {err}"),
        )
    })
}

/// [`decide`] on a request already parsed as a JSON value: the same answer and the same errors.
pub fn decide_value(
    name: &str,
    policy: &Policy,
    request: &serde_json::Value,
    context: &mut Context<'_>,
) -> Result<Answer, Error> {
    decide(name, policy, &request.to_string(), context)
}

/// The policy as JSON, as `regula policy show` prints it and `--policy` reads it back.
pub fn policy_json(policy: &Policy) -> Result<serde_json::Value, Error> {
    serde_json::to_value(policy).map_err(|err| {
        Error::new(
            ErrorKind::InvalidPolicy,
            format!("cannot write the policy as JSON: {err}"),
        )
    })
}

/// The rule catalogue as the policy in force states it, as JSON: `[{ "id", "citation"?,
/// "adopted", "summary", "interpretation"?, "implemented" }]`, each rule cited with the article
/// of the policy's regulation (`citation` absent for a rule it does not adopt).
pub fn rules_json(policy: &Policy) -> Result<serde_json::Value, Error> {
    serde_json::to_value(crate::catalogue::as_adopted(policy)).map_err(|err| {
        Error::new(
            ErrorKind::InvalidRequest,
            format!("cannot write the rule catalogue as JSON: {err}"),
        )
    })
}

/// Reads an institution's policy (the JSON that `regula policy show` prints) and validates it:
/// an error names the domain, the field and the value.
pub fn load_policy(text: &str) -> Result<Policy, Error> {
    parse::parse(text, parse::Part::Policy)
}
