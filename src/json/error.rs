//! The one error of the JSON boundary: what went wrong, in a sentence that names the field and
//! the value, and which kind of wrong it is, so that an adapter picks its status code from data.

use std::fmt;

/// Why the boundary could not decide. The message names the field and the value
/// (``invalid request: field `students[0].scores.lab` = -3: …``), and is the same in every adapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    field: Option<String>,
}

/// The kinds of [`Error`], stable for adapters: the CLI exits with 2 for every kind, an HTTP
/// service answers 404 for [`ErrorKind::UnknownCommand`], 406 for [`ErrorKind::Unsupported`],
/// 422 for [`ErrorKind::NotAdopted`] and 400 for the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// No command has this name.
    UnknownCommand,
    /// The request or the policy is not JSON at all.
    Syntax,
    /// The request is JSON but not a valid request: a field is missing, of the wrong type, out of
    /// range, or the request breaks a rule of its domain that makes a decision impossible.
    InvalidRequest,
    /// The policy is JSON but not a valid policy (see `Policy::validate`).
    InvalidPolicy,
    /// The command cannot produce the document asked for (`--csv` of a timetable).
    Unsupported,
    /// The decision needs a rule the policy does not adopt: one it lists in
    /// `sources.not_adopted`, or one it gives no article for. The message names the rule.
    NotAdopted,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            field: None,
        }
    }

    /// The same error, naming the field it is about.
    pub(crate) fn at(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The path of the field the error is about (`students[1].scores.lab`), when the request
    /// could not be read there; a refusal by the rules names its fields in the message.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// Which kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The message, naming the field and the value.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
