//! The solves that run at once: at most `max_solves`, at most `solve_queue` more waiting for
//! one of them to end (in the order they came), and `503` with `Retry-After` beyond. A waiting
//! request whose client disconnects leaves the queue.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::config::Config;
use crate::problem::Problem;

/// The places of the running solves and the count of those waiting for one.
#[derive(Debug)]
pub(crate) struct Solves {
    running: Arc<Semaphore>,
    max_solves: usize,
    waiting: AtomicUsize,
    queue: usize,
    /// Seconds to tell a refused client to wait: by then every solve running now has ended.
    retry_after: u64,
}

/// A place among the running solves, held until the solve ends.
pub(crate) type Place = OwnedSemaphorePermit;

impl Solves {
    /// The limits of `config`.
    pub(crate) fn new(config: &Config) -> Self {
        let max_solves = config.max_solves.clamp(1, Semaphore::MAX_PERMITS);
        Solves {
            running: Arc::new(Semaphore::new(max_solves)),
            max_solves,
            waiting: AtomicUsize::new(0),
            queue: config.solve_queue,
            retry_after: config.max_solve.as_secs().max(1),
        }
    }

    /// A place at once if one is free, after waiting in the queue if it has room; else the 503
    /// to answer. Dropping the future (the client is gone) leaves the queue.
    pub(crate) async fn admit(&self) -> Result<Place, Response> {
        if let Ok(place) = self.running.clone().try_acquire_owned() {
            return Ok(place);
        }
        let joined = self
            .waiting
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |w| {
                (w < self.queue).then_some(w + 1)
            });
        if joined.is_err() {
            return Err(self.busy());
        }
        let _waiting = Waiting(&self.waiting);
        // The semaphore is never closed.
        self.running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| self.busy())
    }

    /// `503 Service Unavailable` with `Retry-After`.
    fn busy(&self) -> Response {
        let mut response = Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            "Too many solves",
            format!(
                "{} solves are running and {} waiting, as many as this service runs and queues \
                 (--max-solves, --solve-queue); try again in {} seconds",
                self.max_solves, self.queue, self.retry_after
            ),
        )
        .into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(self.retry_after));
        response
    }
}

/// One request in the queue; it leaves when served or dropped.
struct Waiting<'a>(&'a AtomicUsize);

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}
