//! Every core a user has: several searches with different seeds run in parallel, and the best
//! solution is kept. The result depends only on the seeds and the iteration budget (the searches
//! are deterministic, and ties go to the first seed), so a run with `--iterations` is reproducible
//! whatever the machine; with a time limit, each search cools over it and stops when it expires.
//! [`solve_portfolio_sharing`] makes the searches share their best placement as they go (issue
//! #31): every two million steps or so each offers its best, and one behind goes on from the
//! portfolio's. Measured against independent searches (README) it helped on one instance and hurt
//! on another, so it is not the default.

use super::solver::solve_sharing;
use super::{BenchInstance, BenchProgress, BenchSolution, Cost, Pace};
use crate::engine::Exchange;

/// The best of a portfolio: its seed, its solution and the solution's cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Best {
    /// The seed that found it.
    pub seed: u64,
    /// The solution.
    pub solution: BenchSolution,
    /// Its official cost.
    pub cost: Cost,
}

/// Runs one search per seed, each on its own thread, and keeps the best solution (feasible
/// first, then the lowest cost, then the first seed). `pace` is asked regularly by each search
/// (a time limit, a cancellation: see [`Pace`]); `max_iterations` bounds each search.
pub fn solve_portfolio(
    instance: &BenchInstance,
    seeds: &[u64],
    max_iterations: u64,
    pace: &(dyn Fn(&BenchProgress) -> Pace + Sync),
) -> Option<Best> {
    portfolio(instance, seeds, max_iterations, false, pace)
}

/// [`solve_portfolio`] whose searches, when paced by a time limit, share their best placement
/// as they go; with a budget of steps alone they stay independent and the run reproducible.
pub fn solve_portfolio_sharing(
    instance: &BenchInstance,
    seeds: &[u64],
    max_iterations: u64,
    pace: &(dyn Fn(&BenchProgress) -> Pace + Sync),
) -> Option<Best> {
    portfolio(instance, seeds, max_iterations, true, pace)
}

fn portfolio(
    instance: &BenchInstance,
    seeds: &[u64],
    max_iterations: u64,
    share: bool,
    pace: &(dyn Fn(&BenchProgress) -> Pace + Sync),
) -> Option<Best> {
    let exchange = Exchange::new();
    let shared = (share && seeds.len() > 1).then_some(&exchange);
    let results: Vec<Option<Best>> = std::thread::scope(|scope| {
        let handles: Vec<_> = seeds
            .iter()
            .map(|&seed| {
                scope.spawn(move || {
                    let mut progress = |p: &BenchProgress| pace(p);
                    solve_sharing(instance, seed, max_iterations, shared, &mut progress).map(
                        |solution| Best {
                            seed,
                            cost: Cost::of(instance, &solution),
                            solution,
                        },
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect()
    });
    results
        .into_iter()
        .flatten()
        .min_by_key(|b| (b.cost.key(), seeds.iter().position(|&s| s == b.seed)))
}
