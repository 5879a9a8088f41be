//! The placement as the search changes it: which exams stand in the way of a period (every hard
//! constraint of the model), and the soft cost of the exams and periods a move touches.

use super::index::{Index, NO_HARD_DISTANCE, Side};
use super::model::Assignment;

pub(super) struct State<'a> {
    pub(super) ix: &'a Index<'a>,
    pub(super) period: Vec<Option<usize>>,
    pub(super) room: Vec<Option<usize>>,
    /// Per period and room: the exams in it.
    placed: Vec<Vec<Vec<usize>>>,
    /// Per period and room: the seats taken.
    seated: Vec<Vec<u32>>,
    /// Per period and room: how many exams of each duration (duration, count).
    durations: Vec<Vec<Vec<(u32, u32)>>>,
    /// Per period and room: how many exams that must be alone in their room.
    exclusive: Vec<Vec<u32>>,
    /// Per resource and day: the positions (in the resource's list) of its exams that day.
    resource_day: Vec<Vec<Vec<usize>>>,
}

impl<'a> State<'a> {
    pub(super) fn new(ix: &'a Index<'a>) -> Self {
        let m = ix.model;
        let n = m.exams.len();
        State {
            ix,
            period: vec![None; n],
            room: vec![None; n],
            placed: vec![vec![Vec::new(); m.rooms.len()]; m.periods.len()],
            seated: vec![vec![0; m.rooms.len()]; m.periods.len()],
            durations: vec![vec![Vec::new(); m.rooms.len()]; m.periods.len()],
            exclusive: vec![vec![0; m.rooms.len()]; m.periods.len()],
            resource_day: vec![vec![Vec::new(); ix.days]; m.resources.len()],
        }
    }

    pub(super) fn assignment(&self) -> Assignment {
        Assignment {
            period: self.period.clone(),
            room: self.room.clone(),
        }
    }

    /// Whether exam `e` may take period `p` at all (its candidates, the period's length).
    pub(super) fn candidate(&self, e: usize, p: usize) -> bool {
        let exam = &self.ix.model.exams[e];
        exam.allowed
            .get(p)
            .copied()
            .unwrap_or(exam.allowed.is_empty())
            && exam.duration <= self.ix.model.periods[p].duration
    }

    /// The placed exams in the way of `e` in period `p`, and the room it would take there once
    /// they are gone; `None` if `p` is not a candidate or no room can ever seat it.
    pub(super) fn conflicts(&self, e: usize, p: usize) -> Option<(Vec<usize>, Option<usize>)> {
        let mut out = Vec::new();
        let room = self.scan(e, p, true, &mut out)?;
        out.sort_unstable();
        out.dedup();
        out.retain(|&x| x != e);
        Some((out, room))
    }

    /// The room `e` would take in period `p` if nothing is in its way there; `None` otherwise.
    pub(super) fn free_room(&self, e: usize, p: usize) -> Option<Option<usize>> {
        let mut out = Vec::new();
        let room = self.scan(e, p, false, &mut out)?;
        out.is_empty().then_some(room)
    }

    /// The exams in the way of `e` in `p` into `out` (all of them, or stopping at the first
    /// unless `all`), and the room.
    fn scan(&self, e: usize, p: usize, all: bool, out: &mut Vec<usize>) -> Option<Option<usize>> {
        if !self.candidate(e, p) {
            return None;
        }
        let ix = self.ix;
        let d = ix.day(p);
        for edge in &ix.edges[e] {
            if let Some(q) = self.period[edge.other] {
                let clash = match edge.min_days {
                    0 => q == p,
                    NO_HARD_DISTANCE => false,
                    min => (ix.day(q).abs_diff(d) as u32) < min,
                };
                if clash {
                    out.push(edge.other);
                    if !all {
                        return Some(None);
                    }
                }
            }
        }
        for side in &ix.sides[e] {
            let other = match *side {
                Side::Before(x)
                | Side::After(x)
                | Side::SamePeriod(x)
                | Side::SameDay(x)
                | Side::DifferentPeriods(x) => x,
            };
            let Some(q) = self.period[other].filter(|_| other != e) else {
                continue;
            };
            let breaks = match side {
                Side::Before(_) => q <= p,
                Side::After(_) => q >= p,
                Side::SamePeriod(_) => q != p,
                Side::SameDay(_) => ix.day(q) != d,
                Side::DifferentPeriods(_) => q == p,
            };
            if breaks {
                out.push(other);
            }
        }
        self.load_conflicts(e, d, out);
        self.resource_conflicts(e, d, out);
        if !all && out.iter().any(|&x| x != e) {
            return Some(None);
        }
        self.room_for(e, p, out)
    }

    /// SC-LOAD: the exams of `e`'s people that would exceed a cap with `e` on day `d`.
    fn load_conflicts(&self, e: usize, d: usize, out: &mut Vec<usize>) {
        let ix = self.ix;
        for &l in &ix.loads_of[e] {
            let load = &ix.model.loads[l];
            let on = |from: usize, to: usize| {
                load.exams.iter().copied().filter(move |&x| {
                    x != e && self.period[x].is_some_and(|q| (from..=to).contains(&ix.day(q)))
                })
            };
            if let Some(max) = load.per_day
                && on(d, d).count() + 1 > max as usize
            {
                out.extend(on(d, d));
            }
            if let Some((exams, span)) = load.in_days {
                let span = span.max(1) as usize;
                for from in d.saturating_sub(span - 1)..=d {
                    let to = from + span - 1;
                    if on(from, to).count() + 1 > exams as usize {
                        out.extend(on(from, to));
                    }
                }
            }
        }
    }

    /// SC-5: the exams of `e`'s teachers on day `d` when `e` would bring them over a cap.
    fn resource_conflicts(&self, e: usize, d: usize, out: &mut Vec<usize>) {
        let ix = self.ix;
        for &(r, i) in &ix.resources_of[e] {
            let resource = &ix.model.resources[r];
            let today = &self.resource_day[r][d];
            let mut tags: Vec<u32> = resource.exams[i].1.clone();
            let mut minutes = ix.model.exams[e].duration;
            for &j in today {
                let (x, more) = &resource.exams[j];
                let x = *x;
                if x == e {
                    continue;
                }
                minutes += ix.model.exams[x].duration;
                tags.extend(more);
            }
            tags.sort_unstable();
            tags.dedup();
            if tags.len() > resource.max_tags as usize || minutes > resource.max_minutes {
                out.extend(
                    today
                        .iter()
                        .map(|&j| resource.exams[j].0)
                        .filter(|&x| x != e),
                );
            }
        }
    }

    /// A room for `e` in `p`: one with space as things are (the cheapest), else the room whose
    /// exams are fewest to move (added to `out`). `Some(None)` where the exam takes no room.
    fn room_for(&self, e: usize, p: usize, out: &mut Vec<usize>) -> Option<Option<usize>> {
        let m = self.ix.model;
        let exam = &m.exams[e];
        if m.rooms.is_empty() || !exam.seated {
            return Some(None);
        }
        let mut best: Option<(usize, usize, i64)> = None; // (room, evictions, penalty)
        for (r, room) in m.rooms.iter().enumerate() {
            if exam.size > room.capacity {
                continue;
            }
            // The room as it would be without `e` and the exams already in the way.
            let mut gone = 0usize;
            let mut freed = 0u32;
            let mut exclusive_gone = 0u32;
            let mut durations_gone: Vec<(u32, u32)> = Vec::new();
            let mut leave = |x: usize| {
                gone += 1;
                freed += m.exams[x].size;
                exclusive_gone += u32::from(m.exams[x].exclusive);
                let dx = m.exams[x].duration;
                match durations_gone.iter_mut().find(|(d, _)| *d == dx) {
                    Some((_, c)) => *c += 1,
                    None => durations_gone.push((dx, 1)),
                }
            };
            if self.period[e] == Some(p) && self.room[e] == Some(r) {
                leave(e);
            }
            for (i, &x) in out.iter().enumerate() {
                if x != e
                    && !out[..i].contains(&x)
                    && self.period[x] == Some(p)
                    && self.room[x] == Some(r)
                {
                    leave(x);
                }
            }
            let remaining = self.placed[p][r].len() - gone;
            let used = self.seated[p][r] - freed;
            let blocked =
                remaining > 0 && (exam.exclusive || self.exclusive[p][r] > exclusive_gone);
            let evictions = if blocked || used + exam.size > room.capacity {
                remaining
            } else {
                0
            };
            let mixed = self.durations[p][r].iter().any(|&(d, c)| {
                let left = c - durations_gone
                    .iter()
                    .find(|(g, _)| *g == d)
                    .map_or(0, |(_, k)| *k);
                d != exam.duration && left > 0
            });
            let penalty = i64::from(room.penalty)
                + if mixed {
                    i64::from(m.mixed_durations)
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
        Some(Some(r))
    }

    pub(super) fn assign(&mut self, e: usize, p: usize, r: Option<usize>) {
        let ix = self.ix;
        self.period[e] = Some(p);
        self.room[e] = r;
        if let Some(r) = r {
            let exam = &ix.model.exams[e];
            self.seated[p][r] += exam.size;
            self.placed[p][r].push(e);
            self.exclusive[p][r] += u32::from(exam.exclusive);
            let durations = &mut self.durations[p][r];
            match durations.iter_mut().find(|(d, _)| *d == exam.duration) {
                Some((_, c)) => *c += 1,
                None => durations.push((exam.duration, 1)),
            }
        }
        let d = ix.day(p);
        for &(res, i) in &ix.resources_of[e] {
            self.resource_day[res][d].push(i);
        }
    }

    pub(super) fn unassign(&mut self, e: usize) {
        let ix = self.ix;
        if let Some(p) = self.period[e].take() {
            if let Some(r) = self.room[e].take() {
                let exam = &ix.model.exams[e];
                self.seated[p][r] -= exam.size;
                self.placed[p][r].retain(|&x| x != e);
                self.exclusive[p][r] -= u32::from(exam.exclusive);
                let durations = &mut self.durations[p][r];
                if let Some(i) = durations.iter().position(|(d, _)| *d == exam.duration) {
                    durations[i].1 -= 1;
                    if durations[i].1 == 0 {
                        durations.swap_remove(i);
                    }
                }
            }
            let d = ix.day(p);
            for &(res, i) in &ix.resources_of[e] {
                self.resource_day[res][d].retain(|&j| j != i);
            }
        }
    }

    /// The spread costs of `e` in period `p` with its placed neighbours.
    pub(super) fn pair_cost(&self, e: usize, p: usize) -> i64 {
        let periods = self.ix.model.periods.len();
        let table = &self.ix.spread_cost;
        let row = p * periods;
        let mut c = 0;
        for edge in &self.ix.edges[e] {
            if let Some(q) = self.period[edge.other] {
                c += i64::from(edge.weight) * table[edge.spread][row + q];
            }
        }
        c
    }

    /// The costs of `e` alone in period `p` and room `r`: the period's, the room's, its own.
    pub(super) fn exam_terms(&self, e: usize, p: usize, r: Option<usize>) -> i64 {
        let m = self.ix.model;
        i64::from(m.periods[p].penalty)
            + r.map_or(0, |r| i64::from(m.rooms[r].penalty))
            + m.exams[e].period_costs.get(p).copied().map_or(0, i64::from)
    }

    /// The mixed-durations cost of one room in one period.
    fn mixed(&self, p: usize, r: usize) -> i64 {
        self.durations[p][r].len().saturating_sub(1) as i64
            * i64::from(self.ix.model.mixed_durations)
    }

    /// The cost of the exams `exams` and of periods `periods` (their rooms' mixed durations, the
    /// days their teachers examine), for the delta of a move of those exams between those
    /// periods: one exam, or a Kempe chain. A pair of exams both in `exams` is counted from both
    /// sides; the swap of a Kempe chain keeps their distance, so the two counts cancel out in the
    /// delta.
    pub(super) fn local_cost(&self, exams: &[usize], periods: &[usize]) -> i64 {
        let ix = self.ix;
        let mut c = 0;
        for &x in exams {
            if let Some(p) = self.period[x] {
                c += self.pair_cost(x, p) + self.exam_terms(x, p, self.room[x]);
            }
        }
        let mut days: Vec<usize> = periods.iter().map(|&p| ix.day(p)).collect();
        days.sort_unstable();
        days.dedup();
        for (i, &p) in periods.iter().enumerate() {
            if !periods[..i].contains(&p) {
                c += (0..ix.model.rooms.len())
                    .map(|r| self.mixed(p, r))
                    .sum::<i64>();
            }
        }
        let mut resources: Vec<usize> = exams
            .iter()
            .flat_map(|&x| ix.resources_of[x].iter().map(|&(r, _)| r))
            .collect();
        resources.sort_unstable();
        resources.dedup();
        for r in resources {
            let cost = i64::from(ix.model.resources[r].day_cost);
            c += days
                .iter()
                .filter(|&&d| !self.resource_day[r][d].is_empty())
                .count() as i64
                * cost;
        }
        c
    }

    /// The cost of the whole placement, counted from scratch.
    pub(super) fn total_cost(&self) -> i64 {
        let ix = self.ix;
        let m = ix.model;
        let mut c = 0;
        for e in 0..m.exams.len() {
            if let Some(p) = self.period[e] {
                c += self.pair_cost_after(e, p) + self.exam_terms(e, p, self.room[e]);
            }
        }
        for p in 0..m.periods.len() {
            for r in 0..m.rooms.len() {
                c += self.mixed(p, r);
            }
        }
        for (r, days) in self.resource_day.iter().enumerate() {
            c += days.iter().filter(|d| !d.is_empty()).count() as i64
                * i64::from(m.resources[r].day_cost);
        }
        c
    }

    /// The spread costs of `e` with its placed neighbours of higher index (each pair once).
    fn pair_cost_after(&self, e: usize, p: usize) -> i64 {
        let periods = self.ix.model.periods.len();
        self.ix.edges[e]
            .iter()
            .filter(|edge| edge.other > e)
            .filter_map(|edge| {
                self.period[edge.other].map(|q| {
                    i64::from(edge.weight) * self.ix.spread_cost[edge.spread][p * periods + q]
                })
            })
            .sum()
    }

    /// Puts every exam where `assignment` has it.
    pub(super) fn restore(&mut self, assignment: &Assignment) {
        for e in 0..self.period.len() {
            self.unassign(e);
        }
        for (e, (p, r)) in assignment.period.iter().zip(&assignment.room).enumerate() {
            if let Some(p) = *p {
                self.assign(e, p, *r);
            }
        }
    }
}
