//! A request's body, read within the service's limits: `413` over the size limit, `408` when it
//! does not arrive within the body timeout (the connection is then closed).

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
        Ok(Err(_)) => Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "Request too large",
            format!(
                "the request is larger than the {} bytes this service accepts",
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
