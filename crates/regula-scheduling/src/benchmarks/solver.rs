//! The benchmark front door of the engine: an instance translated into the engine's model,
//! solved by the same search `schedule solve` runs, and checked by the benchmark's official cost
//! function.

use super::{BenchInstance, BenchSolution, BenchmarkKind, translate};
use crate::engine::{self, Exchange, Pace};

/// What the benchmark solver reports as it goes, and returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenchProgress {
    /// Search steps so far.
    pub iteration: u64,
    /// Exams without a period.
    pub unassigned: usize,
    /// The current soft cost (students' pair terms and, for ITC2007, the room and period terms).
    pub cost: i64,
    /// The best cost of a complete feasible solution, if any.
    pub best: Option<i64>,
}

/// Solves a benchmark instance: a feasible timetable first, then the lowest cost it can find.
/// Deterministic for a seed and a budget of steps; `progress` sees regular reports and answers
/// with a [`Pace`]: `Stop` ends the search, `Spent` (the share of a time limit spent) makes it
/// cool over the whole time. Returns the best complete feasible solution, or `None`.
pub fn solve_benchmark(
    instance: &BenchInstance,
    seed: u64,
    max_iterations: u64,
    progress: &mut dyn FnMut(&BenchProgress) -> Pace,
) -> Option<BenchSolution> {
    solve_sharing(instance, seed, max_iterations, None, progress)
}

/// [`solve_benchmark`] as one search of a portfolio, sharing its best through `exchange` when
/// paced by a time limit.
pub(super) fn solve_sharing(
    instance: &BenchInstance,
    seed: u64,
    max_iterations: u64,
    exchange: Option<&Exchange>,
    progress: &mut dyn FnMut(&BenchProgress) -> Pace,
) -> Option<BenchSolution> {
    let model = translate::model(instance);
    let options = engine::Options {
        seed,
        max_iterations,
    };
    let mut report = |p: &engine::Progress| {
        progress(&BenchProgress {
            iteration: p.iteration,
            unassigned: p.unassigned,
            cost: p.cost,
            best: p.best,
        })
    };
    let outcome = match exchange {
        Some(exchange) => engine::solve_sharing(&model, &options, exchange, &mut report),
        None => engine::solve(&model, None, &options, &mut report),
    };
    let (_, best) = outcome.best?;
    let solution = translate::solution(&best);
    // The official cost function has the last word on feasibility.
    feasible(instance, &solution).then_some(solution)
}

/// Whether a solution breaks no hard constraint, by the benchmark's official cost function.
fn feasible(instance: &BenchInstance, solution: &BenchSolution) -> bool {
    match instance.kind {
        BenchmarkKind::Itc2007 => super::itc2007_cost(instance, solution).hard == 0,
        BenchmarkKind::Toronto => super::toronto_cost(instance, solution).conflicts == 0,
    }
}
