//! A request's body, read within the service's limits: `413` over the size limit (a body sent
//! with `Content-Encoding: gzip` counts as it decompresses, so a small bomb is refused), `408`
//! when it does not arrive within the body timeout (the connection is then closed), `400` when it
//! cannot be read (a corrupt gzip stream).

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::config::Config;
use crate::problem::Problem;

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
