//! What the search looks up at every step, derived once from the [`Model`]: each exam's
//! neighbours with their hard and soft distances, its links, caps and teachers, and every
//! spread's cost for every pair of periods.

use std::collections::HashMap;

use super::model::{Link, Model, Spread};

/// A neighbour of an exam: another exam sharing people with it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Edge {
    pub(super) other: usize,
    pub(super) weight: u32,
    /// The hard distance: 0 — not in one period; `k` — at least `k` days apart;
    /// [`NO_HARD_DISTANCE`] — none (kept a plain number: the edge stays 24 bytes in the hot scan).
    pub(super) min_days: u32,
    pub(super) spread: usize,
}

/// An edge's `min_days` when its exams may share any period (SC-4's gap of 0 for a group).
pub(super) const NO_HARD_DISTANCE: u32 = u32::MAX;

/// A link as one of its exams sees it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Side {
    /// The other exam must be in a later period.
    Before(usize),
    /// The other exam must be in an earlier period.
    After(usize),
    SamePeriod(usize),
    SameDay(usize),
    DifferentPeriods(usize),
}

pub(super) struct Index<'m> {
    pub(super) model: &'m Model,
    pub(super) days: usize,
    pub(super) edges: Vec<Vec<Edge>>,
    pub(super) sides: Vec<Vec<Side>>,
    pub(super) loads_of: Vec<Vec<usize>>,
    /// Per exam: (resource, position of the exam in the resource's list).
    pub(super) resources_of: Vec<Vec<(usize, usize)>>,
    /// Per spread: the cost of each pair of periods, `p * periods + q`.
    pub(super) spread_cost: Vec<Vec<i64>>,
    /// How constrained each exam is: neighbours and links.
    pub(super) degree: Vec<usize>,
}

impl<'m> Index<'m> {
    pub(super) fn new(model: &'m Model) -> Self {
        let n = model.exams.len();
        let periods = model.periods.len();
        let days = model
            .periods
            .iter()
            .map(|p| p.day as usize + 1)
            .max()
            .unwrap_or(0);
        // Conflicts between the same two exams with the same spread become one edge: the weights
        // add up, the largest hard distance holds.
        let mut merged: HashMap<(usize, usize, usize), (u32, Option<u32>)> = HashMap::new();
        for c in &model.conflicts {
            let (a, b) = c.exams;
            if a == b {
                continue;
            }
            let key = (a.min(b), a.max(b), c.spread);
            let entry = merged.entry(key).or_insert((0, None));
            entry.0 = entry.0.saturating_add(c.weight);
            entry.1 = entry.1.max(c.min_days);
        }
        let mut merged: Vec<_> = merged.into_iter().collect();
        merged.sort_unstable();
        let mut edges: Vec<Vec<Edge>> = vec![Vec::new(); n];
        for ((a, b, spread), (weight, min_days)) in merged {
            for (from, other) in [(a, b), (b, a)] {
                edges[from].push(Edge {
                    other,
                    weight,
                    min_days: min_days.unwrap_or(NO_HARD_DISTANCE),
                    spread,
                });
            }
        }
        let mut sides: Vec<Vec<Side>> = vec![Vec::new(); n];
        for link in &model.links {
            match *link {
                Link::Before(a, b) => {
                    sides[a].push(Side::Before(b));
                    sides[b].push(Side::After(a));
                }
                Link::SamePeriod(a, b) => {
                    sides[a].push(Side::SamePeriod(b));
                    sides[b].push(Side::SamePeriod(a));
                }
                Link::SameDay(a, b) => {
                    sides[a].push(Side::SameDay(b));
                    sides[b].push(Side::SameDay(a));
                }
                Link::DifferentPeriods(a, b) => {
                    sides[a].push(Side::DifferentPeriods(b));
                    sides[b].push(Side::DifferentPeriods(a));
                }
            }
        }
        let mut loads_of = vec![Vec::new(); n];
        for (l, load) in model.loads.iter().enumerate() {
            for &e in &load.exams {
                loads_of[e].push(l);
            }
        }
        let mut resources_of = vec![Vec::new(); n];
        for (r, resource) in model.resources.iter().enumerate() {
            for (i, (e, _)) in resource.exams.iter().enumerate() {
                resources_of[*e].push((r, i));
            }
        }
        let spread_cost = model
            .spreads
            .iter()
            .map(|spread| {
                let mut table = vec![0i64; periods * periods];
                // One period is a clash for ITC2007's spreads (never priced); for a spread by
                // days it is the same day, priced when conflicts may share it (SC-4's gap of 0).
                let same_period_priced = matches!(spread, Spread::ByDays(_));
                for p in 0..periods {
                    for q in 0..periods {
                        if p != q || same_period_priced {
                            table[p * periods + q] = pair_cost(model, spread, p, q);
                        }
                    }
                }
                table
            })
            .collect();
        let degree = (0..n)
            .map(|e| {
                edges[e].len()
                    + sides[e]
                        .iter()
                        .map(|s| {
                            if matches!(s, Side::SamePeriod(_)) {
                                4
                            } else {
                                1
                            }
                        })
                        .sum::<usize>()
                    + loads_of[e].len()
                    + resources_of[e].len()
            })
            .collect();
        Index {
            model,
            days,
            edges,
            sides,
            loads_of,
            resources_of,
            spread_cost,
            degree,
        }
    }

    /// The day of period `p`.
    pub(super) fn day(&self, p: usize) -> usize {
        self.model.periods[p].day as usize
    }
}

/// The soft cost of one shared person for exams in periods `p` and `q`.
fn pair_cost(model: &Model, spread: &Spread, p: usize, q: usize) -> i64 {
    let (dp, dq) = (model.periods[p].day, model.periods[q].day);
    let apart = p.abs_diff(q);
    match spread {
        Spread::Itc2007 {
            two_in_a_row,
            two_in_a_day,
            period_spread,
        } => {
            let mut c = 0;
            if dp == dq {
                c += i64::from(if apart == 1 {
                    *two_in_a_row
                } else {
                    *two_in_a_day
                });
            }
            if apart <= *period_spread as usize {
                c += 1;
            }
            c
        }
        Spread::ByPeriods(costs) => costs.get(apart).copied().map_or(0, i64::from),
        Spread::ByDays(costs) => costs
            .get(dp.abs_diff(dq) as usize)
            .copied()
            .map_or(0, i64::from),
    }
}
