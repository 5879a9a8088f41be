//! Regula Studio: the web page `regula serve` answers at `/` (issue #30), and the few routes it
//! needs besides the commands: the commands' table with their examples, the policy's JSON
//! Schema, the policy checker and the what-if diff.
//!
//! The page's files are built into the binary (`include_str!`): it works with no network. They
//! hold no data, so they are served without a token, like a sign-in page; everything the page
//! shows comes from the API, which asks the page for the same bearer token as any client.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use regula::json;
use serde::Deserialize;

use crate::config::Config;
use crate::problem::Problem;

/// The page, its script and its style sheet.
const INDEX: &str = include_str!("../studio/index.html");
const SCRIPT: &str = include_str!("../studio/studio.js");
const STYLE: &str = include_str!("../studio/studio.css");

/// The paths served without a token: the page's own files.
pub(crate) fn is_public(path: &str) -> bool {
    path == "/" || path.starts_with("/studio/")
}

/// The Studio's routes.
pub(crate) fn routes() -> Router<Arc<Config>> {
    Router::new()
        .route(
            "/",
            get(|| async { file(INDEX, "text/html; charset=utf-8") }),
        )
        .route(
            "/studio/studio.js",
            get(|| async { file(SCRIPT, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/studio/studio.css",
            get(|| async { file(STYLE, "text/css; charset=utf-8") }),
        )
        .route("/v1/commands", get(commands))
        .route("/v1/policy/schema", get(schema))
        .route("/v1/policy/check", post(check))
        .route("/v1/policy/diff", post(diff))
}

fn file(body: &'static str, media_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    // The page loads nothing from elsewhere, and nothing may frame it; inline styles are allowed for
    // the printable documents it previews (the catalog's own page), scripts never.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-src 'self' blob: data:; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// `GET /v1/commands`: every command, its path, what it reads and writes, and its example; the
/// summaries in the language `Accept-Language` asks for (English otherwise).
async fn commands(headers: HeaderMap) -> Response {
    let lang = crate::app::accept_language(&headers).unwrap_or_default();
    axum::Json(json::commands_json(lang)).into_response()
}

/// `GET /v1/policy/schema`: the JSON Schema of a policy document.
async fn schema() -> Response {
    axum::Json(json::policy_schema()).into_response()
}

/// `POST /v1/policy/check`: every problem of the policy in the body, each with its path
/// (`{"problems": [{"field", "problem"}]}`, empty when it loads).
async fn check(body: Bytes) -> Response {
    let Ok(text) = std::str::from_utf8(&body) else {
        return Problem::not_utf8().into_response();
    };
    axum::Json(serde_json::json!({ "problems": json::check_policy(text) })).into_response()
}

/// The what-if of `POST /v1/policy/diff`: a command's request decided under the service's policy
/// and under `policy`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiffRequest {
    /// The command (`grade course`).
    command: String,
    /// Its request (JSON).
    request: serde_json::Value,
    /// The policy to compare with the service's (a whole policy document).
    policy: serde_json::Value,
}

/// `POST /v1/policy/diff`: which values of the decision change under the edited policy.
async fn diff(State(config): State<Arc<Config>>, headers: HeaderMap, body: Bytes) -> Response {
    let request: DiffRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(err) => {
            return Problem::new(
                StatusCode::BAD_REQUEST,
                "invalid-request",
                "Invalid request",
                format!("a what-if is {{\"command\", \"request\", \"policy\"}}: {err}"),
            )
            .into_response();
        }
    };
    let policy = match json::load_policy(&request.policy.to_string()) {
        Ok(policy) => policy,
        Err(err) => return Problem::from_boundary(&err).into_response(),
    };
    let lang = crate::app::accept_language(&headers);
    let text = match &request.request {
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    // A solve would run twice: the what-if is for decisions.
    if json::command(&request.command).is_some_and(|c| c.reports_progress) {
        return Problem::new(
            StatusCode::BAD_REQUEST,
            "invalid-request",
            "Invalid request",
            format!("`{}` searches: compare its check instead", request.command),
        )
        .into_response();
    }
    let config = config.clone();
    let decided = tokio::task::spawn_blocking(move || {
        json::diff_policies(&request.command, &config.policy, &policy, &text, lang)
    })
    .await;
    match decided {
        Ok(Ok(diff)) => axum::Json(diff).into_response(),
        Ok(Err(err)) => Problem::from_boundary(&err).into_response(),
        Err(join) => {
            tracing::error!(error = %join, "a what-if failed");
            crate::app::internal().into_response()
        }
    }
}
