//! Every core a user has (issue #15): `threads` searches with the seeds `seed`, `seed + 1`, …
//! run in parallel and the best timetable is kept — solved before infeasible, then the lowest
//! soft cost, then the first seed — so the answer depends only on the options, not on the
//! machine. The first search runs on the caller's thread and reports to the caller; when the
//! caller stops it (a time limit, a client gone), every search stops.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use regula_core::Violations;

use super::{Progress, SolveOutcome, SolverOptions, search};
use crate::model::{SessionPlan, Timetable};
use crate::{ScheduleError, SchedulingPolicy};

/// The most searches one solve runs in parallel.
const MAX_THREADS: u32 = 64;

/// The searches of `options`, run in parallel; the best outcome.
pub(super) fn run(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    current: Option<&Timetable>,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    if !(1..=MAX_THREADS).contains(&options.threads) {
        return Err(Violations::one(ScheduleError::OutOfRange {
            field: "options.threads".into(),
            value: options.threads.to_string(),
            expected: "between 1 and 64 searches in parallel",
        }));
    }
    let threads = u64::from(options.threads);
    if threads == 1 {
        return search::run(plan, policy, options, current, progress);
    }
    let stop = AtomicBool::new(false);
    let with_seed = |k: u64| SolverOptions {
        seed: options.seed.wrapping_add(k),
        ..options.clone()
    };
    // Each search cites the policy's sources as this thread does.
    let sources = regula_core::sources::current();
    let outcomes = std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads)
            .map(|k| {
                let options = with_seed(k);
                let stop = &stop;
                let sources = sources.clone();
                scope.spawn(move || {
                    regula_core::sources::citing(sources, || {
                        search::run(plan, policy, &options, current, &mut |_| {
                            if stop.load(Ordering::Relaxed) {
                                ControlFlow::Break(())
                            } else {
                                ControlFlow::Continue(())
                            }
                        })
                    })
                })
            })
            .collect();
        let first = search::run(plan, policy, &with_seed(0), current, &mut |p| {
            let flow = progress(p);
            if flow.is_break() {
                stop.store(true, Ordering::Relaxed);
            }
            flow
        });
        let mut outcomes = vec![first];
        for handle in others {
            // A search that panicked is reported as the first search's outcome would be.
            if let Ok(outcome) = handle.join() {
                outcomes.push(outcome);
            }
        }
        outcomes
    });
    let mut best: Option<Result<SolveOutcome, Violations<ScheduleError>>> = None;
    for outcome in outcomes {
        let better = match (&best, &outcome) {
            (None, _) => true,
            (
                Some(Ok(SolveOutcome::Solved { soft_cost: b, .. })),
                Ok(SolveOutcome::Solved { soft_cost: c, .. }),
            ) => c < b,
            (
                Some(Ok(SolveOutcome::Infeasible { .. }) | Err(_)),
                Ok(SolveOutcome::Solved { .. }),
            ) => true,
            _ => false,
        };
        if better {
            best = Some(outcome);
        }
    }
    best.unwrap_or_else(|| search::run(plan, policy, options, current, progress))
}
