//! Every core a user has: several searches with different seeds run in parallel, and the best
//! solution is kept. The result depends only on the seeds and the iteration budget (the searches
//! are deterministic, and ties go to the first seed), so a run with `--iterations` is reproducible
//! whatever the machine; with a time limit, each search cools over it and stops when it expires.

use super::{BenchInstance, BenchProgress, BenchSolution, Cost, Pace, solve_benchmark};

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
    let results: Vec<Option<Best>> = std::thread::scope(|scope| {
        let handles: Vec<_> = seeds
            .iter()
            .map(|&seed| {
                scope.spawn(move || {
                    let mut progress = |p: &BenchProgress| pace(p);
                    solve_benchmark(instance, seed, max_iterations, &mut progress).map(|solution| {
                        Best {
                            seed,
                            cost: Cost::of(instance, &solution),
                            solution,
                        }
                    })
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
