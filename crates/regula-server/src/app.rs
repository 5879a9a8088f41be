//! The routes: every command of the facade's table as `POST /v1/<domain>/<command>`, the policy,
//! the rule catalogue and a health check. The service holds no rule logic and no dispatch of its
//! own: a path becomes a command name and goes to `regula::json::decide`.

use std::sync::Arc;
use std::time::{Duration, Instant as Clock};

use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use regula::calendar::Instant;
use regula::json::{self, Document, DocumentKind};
use regula::scheduling::export::Audience;
use serde::Deserialize;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::decompression::RequestDecompressionLayer;

use crate::blocking::{self, Decision};
use crate::config::Config;
use crate::events;
use crate::limits::Solves;
use crate::problem::Problem;

/// The query of a command: a solve's time limit; an iCalendar's audience and stamp.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandQuery {
    /// Seconds a `schedule solve` may run, capped by the server's `max_solve`.
    time_limit: Option<u64>,
    /// The group whose iCalendar to write.
    group: Option<String>,
    /// The teacher whose iCalendar to write.
    teacher: Option<String>,
    /// The iCalendar's DTSTAMP; now by default.
    stamp: Option<String>,
    /// The mapping (JSON) of a command that reads a document sent as the body (a Moodle export
    /// as `text/csv`, XLSX or ODS).
    mapping: Option<String>,
}

/// The whole service.
pub fn app(config: Config) -> Router {
    let config = Arc::new(config);
    Router::new()
        .route("/healthz", get(health))
        .route("/v1/policy", get(policy))
        .route("/v1/rules", get(rules))
        .route("/v1/openapi.json", get(openapi))
        .route("/v1/{*command}", post(decide))
        .merge(crate::studio::routes())
        .fallback(no_route)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(Extension(Arc::new(Solves::new(&config))))
        // Large registers travel compressed: a gzip body is read as it decompresses (the body
        // limit counting the decompressed bytes), an answer is gzipped for a client that accepts
        // it (never an event stream, which must not be buffered).
        .layer(RequestDecompressionLayer::new().gzip(true))
        .layer(middleware::from_fn(crate::body::known_encoding))
        .layer(CompressionLayer::new().gzip(true))
        .layer(middleware::from_fn_with_state(config.clone(), authorise))
        .layer(middleware::from_fn(access_log))
        .layer(CatchPanicLayer::custom(|_| {
            tracing::error!("a handler panicked");
            internal().into_response()
        }))
        .with_state(config)
}

/// The first language of `Accept-Language` that Regula has, if any.
pub(crate) fn accept_language(headers: &HeaderMap) -> Option<regula::locale::Lang> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(regula::locale::Lang::from_accept_language)
}

/// The 500 of a request the service failed on (a panic): logged, never expected.
pub(crate) fn internal() -> Problem {
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "the service failed on this request; it has been logged",
    )
}

async fn health() -> Response {
    axum::Json(serde_json::json!({ "status": "ok" })).into_response()
}

async fn policy(State(config): State<Arc<Config>>) -> Response {
    match json::policy_json(&config.policy) {
        Ok(value) => axum::Json(value).into_response(),
        Err(err) => Problem::from_boundary(&err).into_response(),
    }
}

async fn rules(State(config): State<Arc<Config>>) -> Response {
    match json::rules_json(&config.policy) {
        Ok(value) => axum::Json(value).into_response(),
        Err(err) => Problem::from_boundary(&err).into_response(),
    }
}

async fn openapi() -> Response {
    axum::Json(json::openapi()).into_response()
}

async fn no_route(request: Request) -> Response {
    Problem::new(
        StatusCode::NOT_FOUND,
        "no-route",
        "No such route",
        format!(
            "no route for {} {}; the commands are POST /v1/<domain>/<command> (see GET /v1/rules and docs/cli.md)",
            request.method(),
            request.uri().path()
        ),
    )
    .into_response()
}

async fn method_not_allowed(request: Request) -> Response {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method-not-allowed",
        "Method not allowed",
        format!(
            "{} is not allowed on {}",
            request.method(),
            request.uri().path()
        ),
    )
    .into_response()
}

/// 401 unless the request carries one of the configured tokens (`/healthz` is open).
async fn authorise(State(config): State<Arc<Config>>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if config.tokens.is_empty() || path == "/healthz" || crate::studio::is_public(path) {
        return next.run(request).await;
    }
    let given = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if given.is_some_and(|t| {
        config
            .tokens
            .iter()
            .any(|k| same(k.as_bytes(), t.as_bytes()))
    }) {
        return next.run(request).await;
    }
    let mut response = Problem::new(
        StatusCode::UNAUTHORIZED,
        "unauthorised",
        "Unauthorised",
        "this service needs `Authorization: Bearer <token>` with a token it was started with",
    )
    .into_response();
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// Compares in time independent of where the texts differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// One line per request: method, path (the command), status and duration — never the body,
/// which holds students' data.
async fn access_log(request: Request, next: Next) -> Response {
    let started = Clock::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    tracing::info!(
        target: "regula::access",
        %method,
        %path,
        status = response.status().as_u16(),
        micros = started.elapsed().as_micros() as u64,
    );
    response
}

/// The document an `Accept` header asks a document command for.
fn document_of(
    kinds: &[DocumentKind],
    accept: &str,
    query: &CommandQuery,
) -> Result<Option<Document>, Problem> {
    let wants = |media: &str| accept.contains(media);
    if kinds.is_empty() {
        return Ok(None);
    }
    if wants("text/calendar") {
        let audience = match (&query.group, &query.teacher) {
            (Some(g), None) => Audience::Group(g.clone()),
            (None, Some(t)) => Audience::Teacher(t.clone()),
            _ => {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    "an iCalendar needs ?group=ID or ?teacher=ID",
                ));
            }
        };
        let stamp = match &query.stamp {
            Some(text) => Instant::parse("stamp", text).map_err(|e| {
                Problem::new(
                    StatusCode::BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    format!("invalid `stamp`: {e}"),
                )
            })?,
            None => Instant::from_utc(
                "now",
                chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()),
            )
            .map_err(|e| {
                Problem::new(
                    StatusCode::BAD_REQUEST,
                    "invalid-request",
                    "Invalid request",
                    e.to_string(),
                )
            })?,
        };
        return Ok(Some(Document::ICalendar { audience, stamp }));
    }
    Ok(if wants(regula::sheets::XLSX_MEDIA_TYPE) {
        Some(Document::Xlsx)
    } else if wants("text/html") {
        Some(Document::Html)
    } else if wants("text/csv") {
        Some(Document::Csv)
    } else if wants("text/plain") {
        Some(Document::Text)
    } else {
        None
    })
}

/// `POST /v1/<domain>/<command>`: the command's JSON request in, its JSON response out (or the
/// readable text with `Accept: text/plain`, or the document a document command writes).
async fn decide(
    State(config): State<Arc<Config>>,
    Extension(solves): Extension<Arc<Solves>>,
    Path(path): Path<String>,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let name = path.trim_matches('/').replace('/', " ");
    let Some(command) = json::command(&name) else {
        return Problem::new(
            StatusCode::NOT_FOUND,
            "unknown-command",
            "Unknown command",
            format!("no command is called `{name}` (POST /v1/{path}); see docs/cli.md"),
        )
        .into_response();
    };
    let query = match Query::<CommandQuery>::try_from_uri(&uri) {
        Ok(Query(query)) => query,
        Err(err) => {
            return Problem::new(
                StatusCode::BAD_REQUEST,
                "invalid-query",
                "Invalid query",
                format!(
                    "the query `{}` is not understood: {}",
                    uri.query().unwrap_or(""),
                    err.body_text()
                ),
            )
            .into_response();
        }
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // JSON, or XML for the commands whose request may be a document itself (`ects import`
    // reads an ELMO transcript): the command decides what it understands. A command that reads
    // a document (`schedule import`, `moodle gradebook`) also takes it as the body with its own
    // content type (or `application/octet-stream`, told by its bytes), and the JSON beside it (a
    // mapping) in the query.
    let document = match command.input {
        json::Input::Document { reads, .. } => {
            let bare = content_type.split(';').next().unwrap_or("").trim();
            if bare.eq_ignore_ascii_case("application/octet-stream") {
                Some(None)
            } else {
                reads
                    .iter()
                    .any(|m| m.as_str().eq_ignore_ascii_case(bare))
                    .then_some(Some(bare.to_owned()))
            }
        }
        _ => None,
    };
    let readable = ["application/json", "application/xml", "text/xml"];
    if document.is_none() && !readable.iter().any(|t| content_type.starts_with(t)) {
        return Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported media type",
            format!(
                "the request must be `application/json` (or `application/xml` for an ELMO \
                 document, or the document itself for a command that reads one: CSV, XLSX or \
                 ODS), not `{content_type}`"
            ),
        )
        .into_response();
    }
    let bytes = match crate::body::read(body, &config).await {
        Ok(bytes) => bytes,
        Err(response) => return response,
    };
    let text = if let Some(media_type) = document {
        match json::document_request(
            &name,
            &bytes,
            media_type.as_deref(),
            None,
            query.mapping.as_deref(),
        ) {
            Ok(text) => text,
            // A document of a format the command does not read is an unsupported body.
            Err(err) if err.kind() == json::ErrorKind::Unsupported => {
                return Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "Unsupported media type",
                    err.message(),
                )
                .into_response();
            }
            Err(err) => return Problem::from_boundary(&err).into_response(),
        }
    } else if let Ok(text) = String::from_utf8(bytes.to_vec()) {
        text
    } else {
        return Problem::not_utf8().into_response();
    };
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/json")
        .to_owned();
    // The language of explanations and documents: the first of Accept-Language that Regula has,
    // English otherwise (a header may list languages the client merely tolerates).
    let lang = accept_language(&headers);
    let document = match document_of(command.documents, &accept, &query) {
        Ok(document) => document,
        Err(problem) => return problem.into_response(),
    };
    let limit = query
        .time_limit
        .map(Duration::from_secs)
        .unwrap_or(config.max_solve)
        .min(config.max_solve);
    // A solve waits for its place (or is refused) before it starts, streamed or not.
    let place = if command.reports_progress {
        match solves.admit().await {
            Ok(place) => Some(place),
            Err(busy) => return busy,
        }
    } else {
        None
    };
    let decision = Decision {
        name,
        text,
        document,
        lang,
        limit,
        reports_progress: command.reports_progress,
    };
    if command.reports_progress && events::wanted(&accept) {
        return events::solve(config, decision, place).await;
    }
    let (_cancel, decided) = blocking::start(config, decision, place, None);
    let decided = decided.await;
    match decided {
        Ok(Ok(answer)) => {
            let lang = answer.lang();
            let binary = answer.document_bytes().map(<[u8]>::to_vec);
            let mut response =
                if let Some(bytes) = binary.filter(|_| !accept.contains("application/json")) {
                    let media = answer.json()["media_type"]
                        .as_str()
                        .unwrap_or("application/octet-stream")
                        .to_owned();
                    let mut response = bytes.into_response();
                    if let Ok(value) = HeaderValue::from_str(&media) {
                        response.headers_mut().insert(header::CONTENT_TYPE, value);
                    }
                    response
                } else if !command.documents.is_empty() && !accept.contains("application/json") {
                    let media = answer.json()["media_type"]
                        .as_str()
                        .unwrap_or("text/plain")
                        .to_owned();
                    let mut response = answer.to_text().into_response();
                    if let Ok(value) = HeaderValue::from_str(&format!("{media}; charset=utf-8")) {
                        response.headers_mut().insert(header::CONTENT_TYPE, value);
                    }
                    response
                } else if accept.contains("text/plain") {
                    format!("{}\n", answer.to_text()).into_response()
                } else {
                    let mut response = answer.to_json_string().into_response();
                    response.headers_mut().insert(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json"),
                    );
                    response
                };
            // The language of the text a person reads; the machine fields are the same in all.
            response.headers_mut().insert(
                header::CONTENT_LANGUAGE,
                HeaderValue::from_static(lang.code()),
            );
            response.headers_mut().insert(
                header::VARY,
                HeaderValue::from_static("Accept, Accept-Language"),
            );
            response
        }
        Ok(Err(err)) => Problem::from_boundary(&err).into_response(),
        Err(join) => {
            tracing::error!(error = %join, "a decision failed");
            internal().into_response()
        }
    }
}
