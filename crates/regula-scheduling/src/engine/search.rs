//! The search: an iterated forward search for a placement that breaks no hard constraint
//! (phase 1), then simulated annealing on the soft cost with single moves and Kempe chains
//! (phase 2, see `cooling.rs`), restarting from the best placement at the end of each cycle.

use super::cooling::Cooling;
use super::exchange::Exchange;
use super::index::Index;
use super::model::{Assignment, Model};
use super::state::State;
use super::{Options, Outcome, Pace, Progress};
use crate::Rng;

/// A period for an exam: (period, room, exams in the way, preference key: lower is better).
type Candidate = (usize, Option<usize>, Vec<usize>, (usize, usize, i64, usize));

/// The longest Kempe chain tried.
const MAX_CHAIN: usize = 64;

/// How often (in steps) a search paced by a time limit offers its best to the portfolio and takes
/// a better one: about a second of search on the public instances.
const EXCHANGE_EVERY: u64 = 1 << 21;

/// How many moves are tried to calibrate the start temperature.
const CALIBRATION: usize = 2000;

pub(super) fn run(
    model: &Model,
    initial: Option<&[Option<usize>]>,
    options: &Options,
    exchange: Option<&Exchange>,
    progress: &mut dyn FnMut(&Progress) -> Pace,
) -> Outcome {
    let ix = Index::new(model);
    let mut s = State::new(&ix);
    let n = model.exams.len();
    let periods = model.periods.len();
    let mut rng = Rng::new(options.seed);
    let mut iteration = 0u64;
    // A repair starts from the periods of `initial` that are candidates and break nothing.
    for (e, p) in initial.unwrap_or(&[]).iter().enumerate().take(n) {
        if let Some(p) = *p
            && p < periods
            && let Some((out, r)) = s.conflicts(e, p)
            && out.is_empty()
        {
            s.assign(e, p, r);
        }
    }
    let mut report = |s: &State<'_>, iteration: u64, best: Option<i64>| {
        progress(&Progress {
            iteration,
            unassigned: s.period.iter().filter(|p| p.is_none()).count(),
            cost: s.total_cost(),
            best,
        })
    };
    // Phase 1: iterated forward search, the most constrained exams first.
    let mut last_moved = vec![0u64; n];
    let mut last_period: Vec<Option<usize>> = vec![None; n];
    let mut evicted = vec![0u32; n];
    let mut unassigned: Vec<usize> = (0..n).filter(|&e| s.period[e].is_none()).collect();
    let restricted: Vec<bool> = model
        .exams
        .iter()
        .map(|x| !x.allowed.is_empty() && x.allowed.iter().filter(|&&a| a).count() * 2 < periods)
        .collect();
    let mut stopped = false;
    while !unassigned.is_empty() && iteration < options.max_iterations {
        iteration += 1;
        // The most constrained among up to 8 sampled unassigned exams (a wider sample is greedier
        // and gets stuck more often on tight sessions with restanțieri).
        let mut pick: Option<(usize, (bool, usize, usize))> = None;
        for _ in 0..unassigned.len().min(8) {
            let i = rng.below(unassigned.len());
            let e = unassigned[i];
            let key = (restricted[e], ix.degree[e], rng.below(100));
            if pick.is_none_or(|(_, k)| key > k) {
                pick = Some((i, key));
            }
        }
        let Some((i, _)) = pick else { break };
        let e = unassigned.swap_remove(i);
        let mut best: Option<Candidate> = None;
        // Now and then (1 step in 100) a random walk, so that a cycle of evictions is broken.
        let walk = rng.below(100) < 1;
        for p in 0..periods {
            let Some((out, r)) = s.conflicts(e, p) else {
                continue;
            };
            let tabu = out
                .iter()
                .filter(|&&x| last_moved[x] + 20 > iteration)
                .count()
                + usize::from(last_period[e] == Some(p) && !out.is_empty());
            let weight: usize = out.iter().map(|&x| 1 + evicted[x] as usize / 8).sum();
            let cost = if out.is_empty() {
                s.pair_cost(e, p) + s.exam_terms(e, p, r)
            } else {
                0
            };
            let key = if walk {
                (0, 0, 0, rng.below(1000))
            } else {
                (tabu, weight, cost, rng.below(1000))
            };
            if best.as_ref().is_none_or(|b| key < b.3) {
                best = Some((p, r, out, key));
            }
        }
        let Some((p, r, out, _)) = best else {
            // No period can ever take the exam (its candidates, its length, the rooms' size).
            unassigned.push(e);
            break;
        };
        for x in out {
            last_period[x] = s.period[x];
            evicted[x] = evicted[x].saturating_add(1);
            s.unassign(x);
            unassigned.push(x);
        }
        s.assign(e, p, r);
        last_moved[e] = iteration;
        if iteration.is_multiple_of(1024) && report(&s, iteration, None) == Pace::Stop {
            stopped = true;
            break;
        }
    }
    if !unassigned.is_empty() {
        if !stopped {
            let _ = report(&s, iteration, None);
        }
        return Outcome {
            best: None,
            last: s.assignment(),
            iterations: iteration,
        };
    }
    // Phase 2: moves that keep every hard constraint, accepted by simulated annealing; at the
    // end of each cycle the search starts again from the best placement.
    let mut cost = s.total_cost();
    let mut best = (cost, s.assignment());
    let mut in_chain = vec![false; n];
    let start_temperature = calibrate(&mut s, &mut rng, &mut in_chain);
    let mut cooling = Cooling::new(start_temperature, iteration, options.max_iterations);
    while !stopped && iteration < options.max_iterations && n > 0 && periods > 0 {
        iteration += 1;
        // Before any move is tried, so that no `continue` below skips a report.
        if iteration.is_multiple_of(4096) {
            match report(&s, iteration, Some(best.0)) {
                Pace::Stop => {
                    stopped = true;
                    break;
                }
                Pace::Spent(millionths) => {
                    cooling.pace(millionths);
                    if let Some(exchange) = exchange
                        && iteration.is_multiple_of(EXCHANGE_EVERY)
                    {
                        exchange.offer(best.0, &best.1);
                        if let Some(shared) = exchange.better_than(best.0) {
                            s.restore(&shared.1);
                            cost = shared.0;
                            best = shared;
                        }
                    }
                }
                Pace::Go => {}
            }
        }
        if cooling.next_cycle(iteration) {
            s.restore(&best.1);
            cost = best.0;
        }
        let threshold = cooling.threshold(iteration, &mut rng);
        let e = rng.below(n);
        let p = rng.below(periods);
        let (Some(from), from_room) = (s.period[e], s.room[e]) else {
            continue;
        };
        let delta = if p != from && rng.below(10) < 3 {
            kempe_move(&mut s, e, from, p, threshold, &mut in_chain)
        } else {
            single_move(&mut s, e, from, from_room, p, threshold)
        };
        if let Some(delta) = delta {
            cost += delta;
            debug_assert!(
                !iteration.is_multiple_of(997) || cost == s.total_cost(),
                "the move's delta"
            );
            if cost < best.0 {
                best = (cost, s.assignment());
            }
        }
    }
    s.restore(&best.1);
    if !stopped {
        let _ = report(&s, iteration, Some(best.0));
    }
    Outcome {
        last: best.1.clone(),
        best: Some(best),
        iterations: iteration,
    }
}

/// Moves `e` from `from` to `p` if that breaks nothing and costs at most `threshold`; the delta.
fn single_move(
    s: &mut State<'_>,
    e: usize,
    from: usize,
    from_room: Option<usize>,
    p: usize,
    threshold: i64,
) -> Option<i64> {
    let r = s.free_room(e, p)?;
    if p == from && r == from_room {
        return None;
    }
    let before = s.local_cost(&[e], &[from, p]);
    s.unassign(e);
    s.assign(e, p, r);
    let delta = s.local_cost(&[e], &[from, p]) - before;
    if delta <= threshold {
        Some(delta)
    } else {
        s.unassign(e);
        s.assign(e, from, from_room);
        None
    }
}

/// A Kempe chain: the exams of periods `from` and `p` linked to `e` by shared people swap periods
/// together, if every one of them can; the delta.
fn kempe_move(
    s: &mut State<'_>,
    e: usize,
    from: usize,
    p: usize,
    threshold: i64,
    in_chain: &mut [bool],
) -> Option<i64> {
    let chain = kempe_chain(s, e, from, p, in_chain);
    if chain.len() < 2 || chain.len() > MAX_CHAIN {
        return None;
    }
    let before = s.local_cost(&chain, &[from, p]);
    let old: Vec<(usize, usize, Option<usize>)> = chain
        .iter()
        .filter_map(|&x| s.period[x].map(|px| (x, px, s.room[x])))
        .collect();
    for &(x, _, _) in &old {
        s.unassign(x);
    }
    let mut ok = true;
    for &(x, px, _) in &old {
        let target = if px == from { p } else { from };
        match s.free_room(x, target) {
            Some(r) => s.assign(x, target, r),
            None => {
                ok = false;
                break;
            }
        }
    }
    let delta = if ok {
        s.local_cost(&chain, &[from, p]) - before
    } else {
        i64::MAX
    };
    if delta <= threshold {
        return Some(delta);
    }
    for &(x, _, _) in &old {
        s.unassign(x);
    }
    for &(x, px, rx) in &old {
        s.assign(x, px, rx);
    }
    None
}

/// The exams of periods `a` and `b` reachable from `e` through shared people (at most one more
/// than [`MAX_CHAIN`]). `in_chain` is all false before and after.
fn kempe_chain(s: &State<'_>, e: usize, a: usize, b: usize, in_chain: &mut [bool]) -> Vec<usize> {
    let mut chain = vec![e];
    in_chain[e] = true;
    let mut i = 0;
    'grow: while i < chain.len() {
        let x = chain[i];
        for edge in &s.ix.edges[x] {
            let f = edge.other;
            if !in_chain[f] && matches!(s.period[f], Some(q) if q == a || q == b) {
                in_chain[f] = true;
                chain.push(f);
                if chain.len() > MAX_CHAIN {
                    break 'grow;
                }
            }
        }
        i += 1;
    }
    for &x in &chain {
        in_chain[x] = false;
    }
    chain
}

/// For each candidate period of exam `e`, the exams of `assignment` in its way (for an
/// explanation of why `e` found no place).
pub(super) fn blockers(
    model: &Model,
    assignment: &Assignment,
    e: usize,
) -> Vec<(usize, Vec<usize>)> {
    let ix = Index::new(model);
    let mut s = State::new(&ix);
    s.restore(assignment);
    s.unassign(e);
    (0..model.periods.len())
        .filter_map(|p| s.conflicts(e, p).map(|(out, _)| (p, out)))
        .collect()
}

/// The start temperature: the mean cost increase of up to [`CALIBRATION`] feasible moves tried
/// at random (and undone), so that a typical worsening move is accepted at first with
/// probability 1/e; 1 where no move worsens anything.
fn calibrate(s: &mut State<'_>, rng: &mut Rng, in_chain: &mut [bool]) -> u64 {
    let (n, periods) = (s.period.len(), s.ix.model.periods.len());
    let (mut sum, mut count) = (0u64, 0u64);
    for _ in 0..if n > 0 && periods > 0 { CALIBRATION } else { 0 } {
        let e = rng.below(n);
        let p = rng.below(periods);
        let (Some(from), from_room) = (s.period[e], s.room[e]) else {
            continue;
        };
        let before = s.assignment();
        let delta = if p != from && rng.below(10) < 3 {
            kempe_move(s, e, from, p, i64::MAX - 1, in_chain)
        } else {
            single_move(s, e, from, from_room, p, i64::MAX - 1)
        };
        if let Some(delta) = delta {
            if delta > 0 {
                sum = sum.saturating_add(delta.unsigned_abs());
                count += 1;
            }
            s.restore(&before);
        }
    }
    sum.checked_div(count).unwrap_or(1).max(1)
}
