//! A request's body, read within the service's limits: `413` over the size limit (a body sent
//! with `Content-Encoding: gzip` counts as it decompresses, so a small bomb is refused), `408`
//! when it does not arrive within the body timeout (the connection is then closed), `400` when it
//! cannot be read (a corrupt gzip stream).

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::config::Config;
use crate::problem::Problem;

/// `415` as a problem document for a body in an encoding the service does not read (only gzip
/// and identity), before the decompression layer would answer a bare 415.
pub(crate) async fn known_encoding(request: axum::extract::Request, next: Next) -> Response {
    let unknown = request
        .headers()
        .get_all(header::CONTENT_ENCODING)
        .iter()
        .flat_map(|v| v.to_str().unwrap_or("?").split(','))
        .map(str::trim)
        .find(|e| !e.eq_ignore_ascii_case("gzip") && !e.eq_ignore_ascii_case("identity"))
        .map(str::to_owned);
    match unknown {
        None => next.run(request).await,
        Some(encoding) => {
            let mut response = Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported-encoding",
                "Unsupported content encoding",
                format!("the body's `Content-Encoding: {encoding}` is not one this service reads: send it as gzip, or uncompressed"),
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::ACCEPT_ENCODING, HeaderValue::from_static("gzip"));
            response
        }
    }
}

/// The whole body, or the problem to answer instead.
pub(crate) async fn read(body: Body, config: &Config) -> Result<Bytes, Response> {
    let read = axum::body::to_bytes(body, config.body_limit);
    match tokio::time::timeout(config.body_timeout, read).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(err)) if !too_large(&err) => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "unreadable-body",
            "The body cannot be read",
            format!("the request's body cannot be read (a corrupt gzip stream?): {err}"),
        )
        .into_response()),
        Ok(Err(_)) => Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "Request too large",
            format!(
                "the request is larger than the {} bytes this service accepts (a compressed \
                 body counts as it decompresses)",
                config.body_limit
            ),
        )
        .into_response()),
        Err(_) => {
            let mut response = Problem::new(
                StatusCode::REQUEST_TIMEOUT,
                "request-timeout",
                "Request timeout",
                format!(
                    "the request's body did not arrive within the {} seconds this service waits \
                     for one (--body-timeout)",
                    config.body_timeout.as_secs()
                ),
            )
            .into_response();
            // The rest of the body may still come: the connection cannot carry another request.
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            Err(response)
        }
    }
}

/// Whether reading stopped at the size limit (and not on a body that cannot be read, such as a
/// corrupt gzip stream).
fn too_large(err: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = e.source();
    }
    false
}
