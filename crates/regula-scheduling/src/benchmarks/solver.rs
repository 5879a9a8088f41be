//! A solver for the benchmark instances: the same two phases as the session solver — an
//! iterated forward search for a feasible timetable, then threshold-accepting local search on the
//! benchmark's own cost — on the benchmark model (periods and rooms, students' conflicts,
//! ITC2007's period and room constraints).

use std::ops::ControlFlow;

use super::{BenchInstance, BenchSolution, BenchmarkKind};
use crate::Rng;

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

/// A period for an exam: (period, room, exams in the way, preference key: lower is better).
type Candidate = (usize, usize, Vec<usize>, (usize, usize, i64));

struct Problem<'a> {
    inst: &'a BenchInstance,
    /// Neighbours: (exam, shared students).
    adj: Vec<Vec<(usize, u32)>>,
    size: Vec<u32>,
    /// Exams that must share the period (coincidence), be in other periods (exclusion), come
    /// after / before.
    same: Vec<Vec<usize>>,
    differ: Vec<Vec<usize>>,
    after: Vec<Vec<usize>>,
    before: Vec<Vec<usize>>,
    exclusive: Vec<bool>,
    front: Vec<bool>,
}

impl<'a> Problem<'a> {
    fn new(inst: &'a BenchInstance) -> Self {
        let n = inst.exams.len();
        let mut adj: Vec<Vec<(usize, u32)>> = vec![Vec::new(); n];
        let mut pairs = std::collections::HashMap::new();
        for exams in inst.exams_of_students() {
            for (i, &a) in exams.iter().enumerate() {
                for &b in &exams[i + 1..] {
                    let key = if a < b { (a, b) } else { (b, a) };
                    *pairs.entry(key).or_insert(0u32) += 1;
                }
            }
        }
        let mut pairs: Vec<_> = pairs.into_iter().collect();
        pairs.sort_unstable();
        for ((a, b), w) in pairs {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        let mut same = vec![Vec::new(); n];
        let mut differ = vec![Vec::new(); n];
        let mut after = vec![Vec::new(); n];
        let mut before = vec![Vec::new(); n];
        for &(a, b) in &inst.coincidence {
            same[a].push(b);
            same[b].push(a);
        }
        for &(a, b) in &inst.exclusion {
            differ[a].push(b);
            differ[b].push(a);
        }
        for &(a, b) in &inst.after {
            after[a].push(b); // a after b
            before[b].push(a);
        }
        let mut exclusive = vec![false; n];
        for &e in &inst.room_exclusive {
            exclusive[e] = true;
        }
        let mut by_size: Vec<usize> = (0..n).collect();
        by_size.sort_by_key(|&e| (std::cmp::Reverse(inst.exams[e].students.len()), e));
        let mut front = vec![false; n];
        for &e in by_size.iter().take(inst.weights.front_load_exams as usize) {
            front[e] = true;
        }
        Problem {
            inst,
            adj,
            size: inst.exams.iter().map(|e| e.students.len() as u32).collect(),
            same,
            differ,
            after,
            before,
            exclusive,
            front,
        }
    }

    /// The students' pair term for periods `p` and `q` (p ≠ q).
    fn pair(&self, p: usize, q: usize) -> i64 {
        let d = p.abs_diff(q);
        match self.inst.kind {
            BenchmarkKind::Toronto => [0, 16, 8, 4, 2, 1].get(d).copied().unwrap_or(0),
            BenchmarkKind::Itc2007 => {
                let w = &self.inst.weights;
                let periods = &self.inst.periods;
                let mut c = 0;
                if periods[p].day == periods[q].day {
                    c += if d == 1 {
                        i64::from(w.two_in_a_row)
                    } else {
                        i64::from(w.two_in_a_day)
                    };
                }
                if d <= w.period_spread as usize {
                    c += 1;
                }
                c
            }
        }
    }
}

struct Search<'a> {
    pb: Problem<'a>,
    period: Vec<Option<usize>>,
    room: Vec<usize>,
    /// Students seated per (period, room), exams per (period, room).
    seated: Vec<Vec<u32>>,
    placed: Vec<Vec<Vec<usize>>>,
}

impl Search<'_> {
    fn rooms(&self) -> usize {
        self.pb.inst.rooms.len()
    }

    /// Exams in the way of `e` at period `p`, and the best room there (if any room fits once they
    /// are gone).
    fn conflicts(&self, e: usize, p: usize) -> Option<(Vec<usize>, usize)> {
        let inst = self.pb.inst;
        if inst.exams[e].duration > inst.periods[p].duration {
            return None;
        }
        let mut out = Vec::new();
        for &(f, _) in &self.pb.adj[e] {
            if self.period[f] == Some(p) {
                out.push(f);
            }
        }
        for &f in &self.pb.differ[e] {
            if self.period[f] == Some(p) {
                out.push(f);
            }
        }
        for &f in &self.pb.same[e] {
            if self.period[f].is_some_and(|q| q != p) {
                out.push(f);
            }
        }
        for &f in &self.pb.after[e] {
            // e after f: f must be earlier.
            if self.period[f].is_some_and(|q| q >= p) {
                out.push(f);
            }
        }
        for &f in &self.pb.before[e] {
            if self.period[f].is_some_and(|q| q <= p) {
                out.push(f);
            }
        }
        // A room: one with space as things are; else the room whose removal is cheapest.
        let size = self.pb.size[e];
        let mut best: Option<(usize, usize, i64)> = None; // (room, evictions, penalty)
        for r in 0..self.rooms() {
            let cap = inst.rooms[r].capacity;
            if size > cap {
                continue;
            }
            let here: Vec<usize> = self.placed[p][r]
                .iter()
                .copied()
                .filter(|&x| x != e && !out.contains(&x))
                .collect();
            let used: u32 = here.iter().map(|&x| self.pb.size[x]).sum();
            let blocked = self.pb.exclusive[e] || here.iter().any(|&x| self.pb.exclusive[x]);
            let evictions = if blocked || used + size > cap {
                here.len()
            } else {
                0
            };
            let mixed = here
                .iter()
                .any(|&x| inst.exams[x].duration != inst.exams[e].duration);
            let penalty = i64::from(inst.rooms[r].penalty)
                + if mixed {
                    i64::from(inst.weights.non_mixed_durations)
                } else {
                    0
                };
            if best.is_none_or(|b| (evictions, penalty) < (b.1, b.2)) {
                best = Some((r, evictions, penalty));
            }
        }
        let (r, evictions, _) = best?;
        if evictions > 0 {
            for &x in &self.placed[p][r] {
                if x != e && !out.contains(&x) {
                    out.push(x);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        Some((out, r))
    }

    fn assign(&mut self, e: usize, p: usize, r: usize) {
        self.period[e] = Some(p);
        self.room[e] = r;
        self.seated[p][r] += self.pb.size[e];
        self.placed[p][r].push(e);
    }

    fn unassign(&mut self, e: usize) {
        if let Some(p) = self.period[e].take() {
            let r = self.room[e];
            self.seated[p][r] -= self.pb.size[e];
            self.placed[p][r].retain(|&x| x != e);
        }
    }

    /// The students' pair terms of exam `e` if it sat in period `p`.
    fn pair_cost(&self, e: usize, p: usize) -> i64 {
        let mut c = 0;
        for &(f, w) in &self.pb.adj[e] {
            if let Some(q) = self.period[f]
                && q != p
            {
                c += i64::from(w) * self.pb.pair(p, q);
            }
        }
        c
    }

    /// ITC2007's terms of exam `e` alone in period `p` and room `r`: period and room penalties,
    /// front load.
    fn exam_terms(&self, e: usize, p: usize, r: usize) -> i64 {
        let inst = self.pb.inst;
        if inst.kind != BenchmarkKind::Itc2007 {
            return 0;
        }
        let mut c = i64::from(inst.periods[p].penalty) + i64::from(inst.rooms[r].penalty);
        if self.pb.front[e]
            && p >= inst
                .periods
                .len()
                .saturating_sub(inst.weights.front_load_periods as usize)
        {
            c += i64::from(inst.weights.front_load_weight);
        }
        c
    }

    /// Mixed-durations penalty of one room and period.
    fn mixed(&self, p: usize, r: usize) -> i64 {
        let mut durations: Vec<u32> = self.placed[p][r]
            .iter()
            .map(|&x| self.pb.inst.exams[x].duration)
            .collect();
        durations.sort_unstable();
        durations.dedup();
        durations.len().saturating_sub(1) as i64
            * i64::from(self.pb.inst.weights.non_mixed_durations)
    }

    fn solution(&self) -> BenchSolution {
        BenchSolution {
            period: self.period.iter().map(|p| p.unwrap_or(0)).collect(),
            room: self.room.clone(),
        }
    }
}

/// Solves a benchmark instance: a feasible timetable first, then the lowest cost it can find.
/// Deterministic for a seed; `progress` sees regular reports and stops the search by returning
/// `Break` (the caller's time limit). Returns the best complete feasible solution, or `None`.
pub fn solve_benchmark(
    instance: &BenchInstance,
    seed: u64,
    max_iterations: u64,
    progress: &mut dyn FnMut(&BenchProgress) -> ControlFlow<()>,
) -> Option<BenchSolution> {
    let pb = Problem::new(instance);
    let n = instance.exams.len();
    let periods = instance.periods.len();
    let rooms = instance.rooms.len();
    let mut s = Search {
        pb,
        period: vec![None; n],
        room: vec![0; n],
        seated: vec![vec![0; rooms]; periods],
        placed: vec![vec![Vec::new(); rooms]; periods],
    };
    let mut rng = Rng::new(seed);
    let mut iteration = 0u64;
    let mut last_moved = vec![0u64; n];
    let mut last_period: Vec<Option<usize>> = vec![None; n];
    let mut evicted = vec![0u32; n];
    let mut unassigned: Vec<usize> = (0..n).collect();
    // Phase 1: iterated forward search, most constrained (highest degree) exams first.
    let degree: Vec<usize> = (0..n)
        .map(|e| {
            s.pb.adj[e].len() + s.pb.same[e].len() * 4 + s.pb.after[e].len() + s.pb.before[e].len()
        })
        .collect();
    while !unassigned.is_empty() && iteration < max_iterations {
        iteration += 1;
        // The highest degree among up to 24 sampled unassigned exams.
        let mut pick: Option<(usize, (usize, usize))> = None;
        for _ in 0..unassigned.len().min(24) {
            let i = rng.below(unassigned.len());
            let key = (degree[unassigned[i]], rng.below(100));
            if pick.is_none_or(|(_, k)| key > k) {
                pick = Some((i, key));
            }
        }
        let Some((i, _)) = pick else { break };
        let e = unassigned.swap_remove(i);
        // (period, room, exams in the way, preference key)
        let mut best: Option<Candidate> = None;
        // Now and then a random walk, so that a cycle of evictions is broken.
        let walk = rng.below(100) < 3;
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
            let key = if walk {
                (0, 0, rng.below(1000) as i64)
            } else {
                (tabu, weight, rng.below(1000) as i64)
            };
            if best.as_ref().is_none_or(|b| key < b.3) {
                best = Some((p, r, out, key));
            }
        }
        let Some((p, r, out, _)) = best else {
            // No period fits the exam at all (duration, room size): infeasible as given.
            return None;
        };
        for x in out {
            last_period[x] = s.period[x];
            evicted[x] = evicted[x].saturating_add(1);
            s.unassign(x);
            unassigned.push(x);
        }
        s.assign(e, p, r);
        last_moved[e] = iteration;
        if iteration.is_multiple_of(1000) {
            let report = BenchProgress {
                iteration,
                unassigned: unassigned.len(),
                cost: 0,
                best: None,
            };
            if progress(&report).is_break() {
                return None;
            }
        }
    }
    if !unassigned.is_empty() {
        return None;
    }
    // Phase 2: moves of one exam to another period (and room) that stay feasible; threshold
    // accepting, the threshold falling to 0 over the remaining budget.
    let itc = instance.kind == BenchmarkKind::Itc2007;
    let mut cost = recount(&s);
    let mut best = (cost, s.solution());
    // The best solution checked against the official cost function: returned if the search's own
    // bookkeeping ever let a hard violation through.
    let mut verified = feasible(instance, &best.1).then(|| best.1.clone());
    let budget = max_iterations.saturating_sub(iteration).max(1);
    let start = iteration;
    let threshold0 = i64::from(match instance.kind {
        BenchmarkKind::Toronto => 16,
        BenchmarkKind::Itc2007 => instance.weights.two_in_a_row.max(5),
    });
    let cycle = budget.min(2_000_000);
    while iteration < max_iterations {
        iteration += 1;
        // Reported before any move is tried, so that no `continue` below skips a report (and the
        // caller's time limit with it).
        if iteration.is_multiple_of(20_000) {
            let report = BenchProgress {
                iteration,
                unassigned: 0,
                cost,
                best: Some(best.0),
            };
            if progress(&report).is_break() {
                break;
            }
        }
        // The threshold falls to 0 over a cycle of at most 2 million steps, then the search starts
        // again from the best solution, so the schedule works whatever the caller's time limit.
        // (The restart happens before any move is tried, never in the middle of one.)
        let into = (iteration - start) % cycle;
        if into == 0 && iteration > start + 1 {
            if feasible(instance, &best.1) {
                verified = Some(best.1.clone());
            }
            restore(&mut s, &best.1);
            cost = best.0;
        }
        let threshold = threshold0 * (cycle - into) as i64 / cycle as i64;
        let e = rng.below(n);
        let p = rng.below(periods);
        let (Some(from), from_room) = (s.period[e], s.room[e]) else {
            continue;
        };
        if p != from && rng.below(10) < 3 {
            // A Kempe chain: the exams of periods `from` and `p` linked to `e` by shared students
            // swap periods together, so no student conflict arises.
            let chain = kempe_chain(&s, e, from, p);
            if chain.len() > 1 && chain.len() <= 64 {
                // The move's delta, counted on the two periods only: the chain's pair terms (its
                // own pairs keep their distance and cancel out), its exams' own terms, and the
                // mixed durations of the two periods' rooms.
                let local = |s: &Search<'_>| -> i64 {
                    let mut c = 0;
                    for &x in &chain {
                        if let Some(q) = s.period[x] {
                            c += s.pair_cost(x, q) + s.exam_terms(x, q, s.room[x]);
                        }
                    }
                    if itc {
                        for r in 0..s.rooms() {
                            c += s.mixed(from, r) + s.mixed(p, r);
                        }
                    }
                    c
                };
                let before = local(&s);
                let old: Vec<(usize, usize, usize)> = chain
                    .iter()
                    .map(|&x| (x, s.period[x].unwrap_or(0), s.room[x]))
                    .collect();
                for &(x, _, _) in &old {
                    s.unassign(x);
                }
                let mut ok = true;
                for &(x, px, _) in &old {
                    let target = if px == from { p } else { from };
                    match s.conflicts(x, target) {
                        Some((out, r)) if out.is_empty() => s.assign(x, target, r),
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                let after = if ok { local(&s) } else { i64::MAX };
                if ok && after - before <= threshold {
                    cost += after - before;
                    debug_assert_eq!(cost, recount(&s), "the Kempe move's delta");
                    if cost < best.0 {
                        best = (cost, s.solution());
                    }
                } else {
                    for &(x, _, _) in &old {
                        s.unassign(x);
                    }
                    for &(x, px, rx) in &old {
                        s.assign(x, px, rx);
                    }
                }
            }
            continue;
        }
        let Some((out, r)) = s.conflicts(e, p) else {
            continue;
        };
        if !out.is_empty() || (p == from && r == from_room) {
            continue;
        }
        let mixed_pair = |s: &Search<'_>| {
            if itc {
                s.mixed(from, from_room)
                    + if (p, r) != (from, from_room) {
                        s.mixed(p, r)
                    } else {
                        0
                    }
            } else {
                0
            }
        };
        let before = s.pair_cost(e, from) + s.exam_terms(e, from, from_room) + mixed_pair(&s);
        s.unassign(e);
        s.assign(e, p, r);
        let after = s.pair_cost(e, p) + s.exam_terms(e, p, r) + mixed_pair(&s);
        let delta = after - before;
        if delta <= threshold {
            cost += delta;
            debug_assert!(
                !iteration.is_multiple_of(997) || cost == recount(&s),
                "the move's delta"
            );
            if cost < best.0 {
                best = (cost, s.solution());
            }
        } else {
            s.unassign(e);
            s.assign(e, from, from_room);
        }
    }
    if feasible(instance, &best.1) {
        Some(best.1)
    } else {
        verified
    }
}

/// Whether a solution breaks no hard constraint, by the benchmark's official cost function.
fn feasible(instance: &BenchInstance, solution: &BenchSolution) -> bool {
    match instance.kind {
        BenchmarkKind::Itc2007 => super::itc2007_cost(instance, solution).hard == 0,
        BenchmarkKind::Toronto => super::toronto_cost(instance, solution).conflicts == 0,
    }
}

/// The exams of periods `a` and `b` reachable from `e` through shared students.
fn kempe_chain(s: &Search<'_>, e: usize, a: usize, b: usize) -> Vec<usize> {
    let mut chain = vec![e];
    let mut i = 0;
    while i < chain.len() && chain.len() <= 64 {
        let x = chain[i];
        for &(f, _) in &s.pb.adj[x] {
            if matches!(s.period[f], Some(q) if q == a || q == b) && !chain.contains(&f) {
                chain.push(f);
            }
        }
        i += 1;
    }
    chain
}

/// Puts every exam back where `solution` has it.
fn restore(s: &mut Search<'_>, solution: &BenchSolution) {
    for e in 0..solution.period.len() {
        s.unassign(e);
    }
    for (e, (&p, &r)) in solution.period.iter().zip(&solution.room).enumerate() {
        s.assign(e, p, r);
    }
}

/// The cost of the current complete assignment, recounted from scratch.
fn recount(s: &Search<'_>) -> i64 {
    let inst = s.pb.inst;
    let mut c = 0;
    for e in 0..inst.exams.len() {
        let Some(p) = s.period[e] else { continue };
        for &(f, w) in &s.pb.adj[e] {
            if f > e
                && let Some(q) = s.period[f]
                && q != p
            {
                c += i64::from(w) * s.pb.pair(p, q);
            }
        }
        if inst.kind == BenchmarkKind::Itc2007 {
            c += i64::from(inst.periods[p].penalty) + i64::from(inst.rooms[s.room[e]].penalty);
            if s.pb.front[e]
                && p >= inst
                    .periods
                    .len()
                    .saturating_sub(inst.weights.front_load_periods as usize)
            {
                c += i64::from(inst.weights.front_load_weight);
            }
        }
    }
    if inst.kind == BenchmarkKind::Itc2007 {
        for p in 0..inst.periods.len() {
            for r in 0..inst.rooms.len() {
                c += s.mixed(p, r);
            }
        }
    }
    c
}
