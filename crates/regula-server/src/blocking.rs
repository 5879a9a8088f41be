//! A decision off the request threads, on the blocking pool: a long solve never stalls the other
//! requests. A solve stops at its time limit, or when the guard its request holds is dropped (the
//! client disconnected); its place among the running solves is given back when it has stopped.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use regula::json::{self, Answer, Context, Document};
use regula::locale::Lang;
use regula::scheduling::Progress;
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::limits::Place;

/// Sets its flag when dropped: a client that disconnects drops its request's future (or its
/// stream of events), and the solver it started sees the flag and stops.
pub(crate) struct CancelOnDrop(Arc<AtomicBool>);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Sees each progress report of a solve with the time since it started.
pub(crate) type Report = Box<dyn FnMut(&Progress, Duration) + Send>;

/// A command to decide, and how.
pub(crate) struct Decision {
    /// The command's name (`schedule solve`).
    pub(crate) name: String,
    /// The JSON request.
    pub(crate) text: String,
    /// The document asked for, if any.
    pub(crate) document: Option<Document>,
    /// The language asked for, if any.
    pub(crate) lang: Option<Lang>,
    /// The longest a solve may run.
    pub(crate) limit: Duration,
    /// Whether the command reports progress (and can be stopped): a solve.
    pub(crate) reports_progress: bool,
}

/// Starts `decision` on the blocking pool; it holds `place` until it ends. The guard stops it
/// when dropped.
pub(crate) fn start(
    config: Arc<Config>,
    decision: Decision,
    place: Option<Place>,
    mut report: Option<Report>,
) -> (CancelOnDrop, JoinHandle<Result<Answer, json::Error>>) {
    let cancelled = Arc::new(AtomicBool::new(false));
    let guard = CancelOnDrop(cancelled.clone());
    let decided = tokio::task::spawn_blocking(move || {
        let _place = place;
        let started = Instant::now();
        let mut stop = |progress: &Progress| {
            let elapsed = started.elapsed();
            if let Some(report) = report.as_mut() {
                report(progress, elapsed);
            }
            if cancelled.load(Ordering::Relaxed) || elapsed >= decision.limit {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        };
        let mut context = Context {
            document: decision.document,
            progress: None,
            lang: decision.lang,
            seal_key: config.seal_key.as_ref(),
        };
        if decision.reports_progress {
            context.progress = Some(&mut stop);
        }
        json::decide(&decision.name, &config.policy, &decision.text, &mut context)
    });
    (guard, decided)
}
