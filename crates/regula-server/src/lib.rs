//! `regula serve`: Regula's rule engines over HTTP, for student-records systems, LMS plugins and
//! Dean's-office tools written in PHP, Java, C# or Python.
//!
//! - every command of the facade's JSON boundary as `POST /v1/<domain>/<command>`
//!   (`/v1/grade/course`, `/v1/open-session/check`), the same JSON request and response as the
//!   CLI; `Accept: text/plain` gives the readable explanation;
//! - `GET /v1/policy`, `GET /v1/rules`, `GET /v1/commands`, `GET /v1/policy/schema`,
//!   `POST /v1/policy/check`, `POST /v1/policy/diff` (the what-if), `GET /healthz`;
//! - Regula Studio, the web page at `/` (its files built in; [`studio`](crate) routes);
//! - errors as RFC 9457 problem details with the CLI's message: 400, 404, 405, 406, 413, 415, 401
//!   with API tokens; a panic is caught and answered 500;
//! - the solver runs on the blocking pool, its time limit from `?time_limit=` capped by the
//!   configuration, and stops when its client disconnects; at most `max_solves` run at once,
//!   `solve_queue` more wait, and one more is answered 503 with `Retry-After`;
//!   `Accept: text/event-stream` streams its progress as server-sent events;
//! - a client too slow with its headers is closed after `header_timeout` (an idle keep-alive
//!   connection too), one too slow with its body is answered 408 after `body_timeout`;
//! - one access-log line per request (never the body); graceful shutdown.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod app;
mod blocking;
mod body;
mod config;
mod events;
mod limits;
mod listener;
mod problem;
mod studio;

use std::future::Future;

pub use app::app;
pub use config::{Config, default_max_solves, parse_tokens, random_seal_key};
pub use listener::bind;
pub use problem::Problem;

/// Serves `config` on `listener` until `shutdown` completes; requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let header_timeout = config.header_timeout;
    listener::run(listener, app(config), header_timeout, shutdown).await
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
