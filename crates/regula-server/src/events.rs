//! A solve's progress as server-sent events (`POST /v1/schedule/solve` with
//! `Accept: text/event-stream`):
//!
//! - `event: progress`, `data: {"iteration", "unassigned", "soft_cost", "best_soft_cost",
//!   "elapsed_ms"}` — at most one every 100 ms, the first at once;
//! - then one `event: result`, `data:` the JSON the plain call answers (on one line), or one
//!   `event: problem`, `data:` the problem document, when the solve fails once it has reported.
//!
//! A request refused before the solver's first report (an invalid request, a full queue) is
//! answered as without the header: a plain problem document with its status. Closing the
//! connection stops the solve.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use futures_core::Stream;
use regula::json::{self, Answer};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio::task::{JoinError, JoinHandle};

use crate::blocking::{self, CancelOnDrop, Decision, Report};
use crate::config::Config;
use crate::limits::Place;
use crate::problem::Problem;

/// The least time between two `progress` events.
const EVERY: Duration = Duration::from_millis(100);

/// Whether an `Accept` header asks for the events.
pub(crate) fn wanted(accept: &str) -> bool {
    accept.contains("text/event-stream")
}

/// Starts the solve and answers with its events, or with the problem that refused it.
pub(crate) async fn solve(
    config: Arc<Config>,
    decision: Decision,
    place: Option<Place>,
) -> Response {
    let (sender, progress) = mpsc::channel(4);
    let mut last: Option<Duration> = None;
    let report: Report = Box::new(move |p, elapsed| {
        if last.is_some_and(|at| elapsed.saturating_sub(at) < EVERY) {
            return;
        }
        last = Some(elapsed);
        let data = json!({
            "iteration": p.iteration,
            "unassigned": p.unassigned,
            "soft_cost": p.soft_cost,
            "best_soft_cost": p.best_soft_cost,
            "elapsed_ms": u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
        });
        // A client that reads slowly misses reports; the solver never waits for it.
        let _ = sender.try_send(event("progress", &data));
    });
    let (cancel, mut decided) = blocking::start(config, decision, place, Some(report));
    let mut events = Events {
        ready: VecDeque::new(),
        progress,
        decided: None,
        _cancel: cancel,
    };
    tokio::select! {
        biased;
        Some(first) = events.progress.recv() => {
            events.ready.push_back(first);
            events.decided = Some(decided);
        }
        joined = &mut decided => {
            // Ended before its first report: refused (the plain problem document), or decided
            // at once (a stream of its one result).
            while let Ok(report) = events.progress.try_recv() {
                events.ready.push_back(report);
            }
            match joined {
                Ok(Err(err)) if events.ready.is_empty() => {
                    return Problem::from_boundary(&err).into_response();
                }
                Err(err) if events.ready.is_empty() => return failed(&err).into_response(),
                joined => events.ready.push_back(ending(joined)),
            }
        }
    }
    let mut response = Body::from_stream(events).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    // nginx passes the events on as they come instead of buffering the response.
    headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
    response
}

/// One event: its name and its data on one line.
fn event(name: &str, data: &Value) -> Bytes {
    Bytes::from(format!("event: {name}\ndata: {data}\n\n"))
}

/// The last event: `result` with the answer's JSON, or `problem`.
fn ending(joined: Result<Result<Answer, json::Error>, JoinError>) -> Bytes {
    match joined {
        Ok(Ok(answer)) => event("result", answer.json()),
        Ok(Err(err)) => problem(&Problem::from_boundary(&err)),
        Err(err) => problem(&failed(&err)),
    }
}

/// The 500 of a solve that panicked.
fn failed(err: &JoinError) -> Problem {
    tracing::error!(error = %err, "a decision failed");
    crate::app::internal()
}

/// The `problem` event of a solve refused or failed after it reported.
fn problem(problem: &Problem) -> Bytes {
    event(
        "problem",
        &serde_json::to_value(problem).unwrap_or(Value::Null),
    )
}

/// The events of one solve; dropped with the connection, it stops the solve.
struct Events {
    /// The events to send before any other.
    ready: VecDeque<Bytes>,
    /// The `progress` events.
    progress: mpsc::Receiver<Bytes>,
    /// The solve, until it has ended.
    decided: Option<JoinHandle<Result<Answer, json::Error>>>,
    _cancel: CancelOnDrop,
}

impl Stream for Events {
    type Item = Result<Bytes, std::convert::Infallible>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if let Some(next) = this.ready.pop_front() {
            return Poll::Ready(Some(Ok(next)));
        }
        let Some(decided) = this.decided.as_mut() else {
            return Poll::Ready(None);
        };
        if let Poll::Ready(Some(report)) = this.progress.poll_recv(cx) {
            return Poll::Ready(Some(Ok(report)));
        }
        let Poll::Ready(joined) = Pin::new(decided).poll(cx) else {
            return Poll::Pending;
        };
        this.decided = None;
        // The reports sent since the poll above come first: their sender is dropped when the
        // solve ends, so none comes after.
        while let Ok(report) = this.progress.try_recv() {
            this.ready.push_back(report);
        }
        this.ready.push_back(ending(joined));
        Poll::Ready(this.ready.pop_front().map(Ok))
    }
}
