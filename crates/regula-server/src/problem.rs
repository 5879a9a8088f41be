//! Errors as RFC 9457 problem details (`application/problem+json`), carrying the same message as
//! the CLI: it names the field and the value.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use regula::json::{Error, ErrorKind};
use serde::Serialize;

/// A problem document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// A URI naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What is wrong, naming the field and the value.
    pub detail: String,
    /// The path of the field the request could not be read at (`students[1].scores.lab`), when
    /// the problem is at one: the Studio shows the problem there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl Problem {
    /// A problem of `status` with its `detail`.
    pub fn new(status: StatusCode, slug: &str, title: &str, detail: impl Into<String>) -> Self {
        Problem {
            kind: format!("https://regula.dev/problems/{slug}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            field: None,
        }
    }

    /// The `400` of a body that is not UTF-8 text.
    pub fn not_utf8() -> Self {
        Problem::new(
            StatusCode::BAD_REQUEST,
            "malformed-json",
            "The request is not valid JSON",
            "the request is not UTF-8",
        )
    }

    /// The problem of a refusal by the JSON boundary: 404 for an unknown command, 406 for a
    /// document the command does not write, 422 for a decision that needs a rule the policy does
    /// not adopt, 400 for the rest.
    pub fn from_boundary(err: &Error) -> Self {
        let (status, slug, title) = match err.kind() {
            ErrorKind::UnknownCommand => {
                (StatusCode::NOT_FOUND, "unknown-command", "Unknown command")
            }
            ErrorKind::Syntax => (
                StatusCode::BAD_REQUEST,
                "malformed-json",
                "The request is not valid JSON",
            ),
            ErrorKind::InvalidPolicy => {
                (StatusCode::BAD_REQUEST, "invalid-policy", "Invalid policy")
            }
            ErrorKind::NotAdopted => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "rule-not-adopted",
                "The policy does not adopt a rule the decision needs",
            ),
            ErrorKind::Unsupported => (
                StatusCode::NOT_ACCEPTABLE,
                "unsupported-document",
                "The command does not write this document",
            ),
            _ => (
                StatusCode::BAD_REQUEST,
                "invalid-request",
                "Invalid request",
            ),
        };
        Problem {
            field: err.field().map(str::to_owned),
            ..Problem::new(status, slug, title, err.message())
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_string(&self).unwrap_or_default();
        let mut response = (status, body).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}
