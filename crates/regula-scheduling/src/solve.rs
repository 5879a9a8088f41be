//! The solver: a timetable that meets every hard rule, preferring the policy's soft goals; an
//! explanation when none exists; the repair of a timetable after a change.
//!
//! Days first, times second. Exams get days by an iterated forward search (the most constrained
//! exam first; when no day is free, the exams in the way are unassigned and retried), then a
//! local search improves the soft goals; last, every day's exams get start times (and rooms) so
//! that nobody is in two places at once. The solver never reads the clock: the caller's
//! `progress` callback sees every report and can stop the search (a time limit is a callback).

use std::ops::ControlFlow;

use chrono::{Datelike, Days, NaiveDate, TimeDelta, Weekday};
use regula_core::Violations;
use serde::{Deserialize, Serialize};

use crate::model::{Placement, SessionPlan, Timetable};
use crate::rules::{SC_1, SC_3, SC_4, SC_5, SC_6, SC_CLASH, SC_ROOM};
use crate::synthetic::Rng;
use crate::validate::{Indexed, Violation, check_plan};
use crate::{GapCounting, ScheduleError, SchedulingPolicy, validate};

/// The weights of the soft goals (SC-4 spirit, SC-6): what the solver prefers among valid
/// timetables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SoftWeights {
    /// Per day that two consecutive exams of a group are closer than an even spread of the
    /// group's exams over the session (at most 7 days): wider gaps for every group.
    pub group_gap: u32,
    /// Per examination day of each teacher: fewer examination days per teacher.
    pub teacher_day: u32,
    /// Per exam not on the date its students preferred (SC-6).
    pub preferred_date: u32,
    /// Per exam a repair moves away from its day.
    pub moved_exam: u32,
}

impl Default for SoftWeights {
    fn default() -> Self {
        SoftWeights {
            group_gap: 10,
            teacher_day: 3,
            preferred_date: 50,
            moved_exam: 1000,
        }
    }
}

/// How to run the solver.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SolverOptions {
    /// The seed: the same seed gives the same timetable.
    #[serde(default)]
    pub seed: u64,
    /// The most search steps (assignment and improvement together).
    #[serde(default = "default_iterations")]
    pub max_iterations: u64,
    /// The soft goals' weights.
    #[serde(default)]
    pub weights: SoftWeights,
    /// Weekdays on which the solver places no exam, such as `["Sun"]` (the regulation leaves the
    /// days to the Dean's office, so none by default). The validator does not hold a timetable to
    /// them.
    #[serde(default = "default_rest_days")]
    pub rest_days: Vec<Weekday>,
}

fn default_rest_days() -> Vec<Weekday> {
    Vec::new()
}

fn default_iterations() -> u64 {
    200_000
}

impl Default for SolverOptions {
    fn default() -> Self {
        SolverOptions {
            seed: 0,
            max_iterations: default_iterations(),
            weights: SoftWeights::default(),
            rest_days: default_rest_days(),
        }
    }
}

/// What the solver reports as it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Search steps so far.
    pub iteration: u64,
    /// Exams without a day.
    pub unassigned: usize,
    /// The soft cost of the current days.
    pub soft_cost: u64,
    /// The best soft cost with every exam placed, if any yet.
    pub best_soft_cost: Option<u64>,
}

/// Why no valid timetable was found: a rule and the groups, teachers and exams that make it
/// impossible — the same shape as a validator's [`Violation`].
pub type Infeasibility = Violation;

/// The solver's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum SolveOutcome {
    /// A timetable that breaks no hard rule.
    Solved {
        /// The timetable.
        timetable: Timetable,
        /// Its soft cost.
        soft_cost: u64,
        /// Exams a repair moved (empty for a fresh solve).
        moved: Vec<String>,
        /// Search steps used.
        iterations: u64,
    },
    /// No valid timetable was found.
    Infeasible {
        /// Why.
        reasons: Vec<Infeasibility>,
        /// The exams left without a place in the best attempt.
        unplaced: Vec<String>,
        /// Search steps used.
        iterations: u64,
    },
}

struct State<'a> {
    ix: &'a Indexed<'a>,
    policy: &'a SchedulingPolicy,
    weights: &'a SoftWeights,
    days: usize,
    allowed: Vec<Vec<bool>>,
    day: Vec<Option<usize>>,
    /// Assigned exams of each group.
    group_exams: Vec<Vec<usize>>,
    /// Per teacher and day: exams.
    teacher_day: Vec<Vec<Vec<usize>>>,
    original: Vec<Option<usize>>,
    preferred: Vec<Option<usize>>,
    exam_of_group_count: Vec<usize>,
}

impl<'a> State<'a> {
    fn gap_ok(&self, a: usize, b: usize) -> bool {
        let diff = a.abs_diff(b) as i64;
        let gap = match self.policy.gap_counting {
            GapCounting::DateDifference => diff,
            GapCounting::FreeDaysBetween => diff - 1,
        };
        gap >= i64::from(self.policy.min_gap_days)
    }

    /// The assigned exams that stop `e` from taking day `d`.
    fn conflicts(&self, e: usize, d: usize) -> Vec<usize> {
        let mut found = Vec::new();
        for &g in &self.ix.exam_groups[e] {
            for &other in &self.group_exams[g] {
                if other != e
                    && let Some(od) = self.day[other]
                    && !self.gap_ok(od, d)
                    && !found.contains(&other)
                {
                    found.push(other);
                }
            }
        }
        let max = self.policy.max_groups_per_teacher_day as usize;
        let day_minutes = self.ix.day_minutes;
        for &t in &self.ix.exam_teachers[e] {
            let on_day: Vec<usize> = self.teacher_day[t][d]
                .iter()
                .copied()
                .filter(|&x| x != e)
                .collect();
            let counts = |x: usize| {
                self.policy
                    .counts_for_teacher_load(self.ix.plan.exams[x].form)
            };
            let mut groups: Vec<usize> = if counts(e) {
                self.ix.exam_groups[e].clone()
            } else {
                Vec::new()
            };
            let mut minutes = self.ix.plan.exams[e].duration_minutes;
            for &x in &on_day {
                minutes += self.ix.plan.exams[x].duration_minutes;
                if !counts(x) {
                    continue;
                }
                for &g in &self.ix.exam_groups[x] {
                    if !groups.contains(&g) {
                        groups.push(g);
                    }
                }
            }
            if groups.len() > max || minutes > day_minutes {
                for x in on_day {
                    if !found.contains(&x) {
                        found.push(x);
                    }
                }
            }
        }
        found
    }

    fn assign(&mut self, e: usize, d: usize) {
        self.day[e] = Some(d);
        for &t in &self.ix.exam_teachers[e] {
            self.teacher_day[t][d].push(e);
        }
    }

    fn unassign(&mut self, e: usize) {
        if let Some(d) = self.day[e].take() {
            for &t in &self.ix.exam_teachers[e] {
                self.teacher_day[t][d].retain(|&x| x != e);
            }
        }
    }

    /// The soft cost of one group's days.
    fn group_cost(&self, g: usize) -> u64 {
        let mut days: Vec<usize> = self.group_exams[g]
            .iter()
            .filter_map(|&e| self.day[e])
            .collect();
        days.sort_unstable();
        let n = self.exam_of_group_count[g].max(2);
        let ideal = ((self.days.saturating_sub(1)) / (n - 1)).min(7);
        days.windows(2)
            .map(|w| ideal.saturating_sub(w[1] - w[0]) as u64 * u64::from(self.weights.group_gap))
            .sum()
    }

    fn teacher_cost(&self, t: usize) -> u64 {
        self.teacher_day[t].iter().filter(|d| !d.is_empty()).count() as u64
            * u64::from(self.weights.teacher_day)
    }

    fn exam_cost(&self, e: usize) -> u64 {
        let mut cost = 0;
        if let (Some(p), Some(d)) = (self.preferred[e], self.day[e])
            && p != d
        {
            cost += u64::from(self.weights.preferred_date);
        }
        if let (Some(o), Some(d)) = (self.original[e], self.day[e])
            && o != d
        {
            cost += u64::from(self.weights.moved_exam);
        }
        cost
    }

    /// The part of the soft cost that depends on exam `e`'s day.
    fn local_cost(&self, e: usize) -> u64 {
        self.ix.exam_groups[e]
            .iter()
            .map(|&g| self.group_cost(g))
            .sum::<u64>()
            + self.ix.exam_teachers[e]
                .iter()
                .map(|&t| self.teacher_cost(t))
                .sum::<u64>()
            + self.exam_cost(e)
    }

    fn total_cost(&self) -> u64 {
        (0..self.ix.plan.groups.len())
            .map(|g| self.group_cost(g))
            .sum::<u64>()
            + (0..self.ix.plan.teachers.len())
                .map(|t| self.teacher_cost(t))
                .sum::<u64>()
            + (0..self.day.len()).map(|e| self.exam_cost(e)).sum::<u64>()
    }

    /// The soft cost change of moving `e` to day `d` (from its day, or from unassigned).
    fn delta(&mut self, e: usize, d: usize) -> i64 {
        let previous = self.day[e];
        let before = self.local_cost(e) as i64;
        self.unassign(e);
        self.assign(e, d);
        let after = self.local_cost(e) as i64;
        self.unassign(e);
        if let Some(p) = previous {
            self.assign(e, p);
        }
        after - before
    }
}

/// Builds a timetable for `plan`: every hard rule met, soft goals preferred.
pub fn solve(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    run(plan, policy, options, None, progress)
}

/// Repairs `current` after a change (an exam moved, a teacher unavailable): keeps every exam
/// that breaks nothing where it is, and moves as few as it can (each move costs
/// `weights.moved_exam`).
pub fn repair(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    current: &Timetable,
    options: &SolverOptions,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    run(plan, policy, options, Some(current), progress)
}

fn run(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    current: Option<&Timetable>,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    let ix = Indexed::new(plan, policy)?;
    let plan_violations = check_plan(&ix, policy);
    let first = plan.session.first_day;
    let days = ((plan.session.last_day - first).num_days() + 1).max(0) as usize;
    let n = plan.exams.len();
    let index_of = |date: NaiveDate| -> Option<usize> {
        let d = (date - first).num_days();
        (0..days as i64).contains(&d).then_some(d as usize)
    };
    // Allowed days: inside the window, on the fixed date if any, no committee member unavailable.
    let mut allowed: Vec<Vec<bool>> = vec![
        (0..days)
            .map(|d| {
                let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
                !options.rest_days.contains(&date.weekday())
            })
            .collect();
        n
    ];
    for (e, exam) in plan.exams.iter().enumerate() {
        if let Some(fixed) = exam.fixed_date {
            let keep = index_of(fixed);
            for (d, ok) in allowed[e].iter_mut().enumerate() {
                *ok = Some(d) == keep;
            }
        }
        for &t in &ix.exam_teachers[e] {
            for day in &plan.teachers[t].unavailable {
                if let Some(d) = index_of(*day) {
                    allowed[e][d] = false;
                }
            }
        }
    }
    let mut group_exams = vec![Vec::new(); plan.groups.len()];
    for (e, gs) in ix.exam_groups.iter().enumerate() {
        for &g in gs {
            group_exams[g].push(e);
        }
    }
    let exam_of_group_count = group_exams.iter().map(Vec::len).collect();
    let original: Vec<Option<usize>> = match current {
        None => vec![None; n],
        Some(t) => {
            let mut o = vec![None; n];
            for p in &t.placements {
                if let Some(&e) = ix.exam_index.get(p.exam.as_str()) {
                    o[e] = index_of(p.start.date());
                }
            }
            o
        }
    };
    let preferred = plan
        .exams
        .iter()
        .map(|e| e.preferred_date.and_then(index_of))
        .collect();
    let mut reasons: Vec<Infeasibility> = plan_violations;
    reasons.extend(precheck(&ix, policy, days, &allowed, &group_exams));
    let mut state = State {
        ix: &ix,
        policy,
        weights: &options.weights,
        days,
        allowed,
        day: vec![None; n],
        group_exams,
        teacher_day: vec![vec![Vec::new(); days]; plan.teachers.len()],
        original: original.clone(),
        preferred,
        exam_of_group_count,
    };
    if !reasons.is_empty() {
        return Ok(SolveOutcome::Infeasible {
            unplaced: plan.exams.iter().map(|e| e.id.clone()).collect(),
            reasons,
            iterations: 0,
        });
    }
    // A repair starts from the current days that are allowed and break nothing.
    for (e, start) in original.iter().enumerate() {
        if let Some(d) = *start
            && state.allowed[e][d]
            && state.conflicts(e, d).is_empty()
        {
            state.assign(e, d);
        }
    }

    let mut rng = Rng::new(options.seed);
    let mut iteration = 0u64;
    let mut stopped = false;
    let mut best: Option<(u64, Vec<Option<usize>>)> = None;
    let mut recently: Vec<u64> = vec![0; n];
    let report =
        |iteration: u64, state: &State<'_>, best: &Option<(u64, Vec<Option<usize>>)>| Progress {
            iteration,
            unassigned: state.day.iter().filter(|d| d.is_none()).count(),
            soft_cost: state.total_cost(),
            best_soft_cost: best.as_ref().map(|b| b.0),
        };

    // Phase 1: give every exam a day.
    while iteration < options.max_iterations {
        let unassigned: Vec<usize> = (0..n).filter(|&e| state.day[e].is_none()).collect();
        if unassigned.is_empty() {
            break;
        }
        iteration += 1;
        // The most constrained exam: fewest conflict-free allowed days.
        let free_days = |e: usize, s: &State<'_>| {
            (0..days)
                .filter(|&d| s.allowed[e][d] && s.conflicts(e, d).is_empty())
                .count()
        };
        // Among at most 32 of them (sampled when there are more), to keep a step cheap.
        let sample: Vec<usize> = if unassigned.len() <= 32 {
            unassigned.clone()
        } else {
            (0..32)
                .map(|_| unassigned[rng.below(unassigned.len())])
                .collect()
        };
        let e = *sample
            .iter()
            .min_by_key(|&&e| {
                (
                    free_days(e, &state),
                    std::cmp::Reverse(ix.exam_groups[e].len() + ix.exam_teachers[e].len()),
                    rng.below(1000),
                )
            })
            .unwrap_or(&unassigned[0]);
        let mut choice: Option<(usize, usize, i64, usize)> = None; // (day, conflicts, delta, tiebreak)
        let candidates: Vec<usize> = (0..days).filter(|&d| state.allowed[e][d]).collect();
        for d in candidates {
            let conflicts = state.conflicts(e, d);
            let weight: usize = conflicts
                .iter()
                .map(|&x| 1 + (recently[x] + 50 > iteration) as usize * 5)
                .sum();
            let delta = if conflicts.is_empty() {
                state.delta(e, d)
            } else {
                0
            };
            let key = (d, weight, delta, rng.below(1000));
            if choice.is_none_or(|c| (key.1, key.2, key.3) < (c.1, c.2, c.3)) {
                choice = Some(key);
            }
        }
        let Some((d, _, _, _)) = choice else { break };
        for x in state.conflicts(e, d) {
            state.unassign(x);
        }
        state.assign(e, d);
        recently[e] = iteration;
        if iteration.is_multiple_of(256) && progress(&report(iteration, &state, &best)).is_break() {
            stopped = true;
            break;
        }
    }

    // Phase 2: improve the soft goals while every exam keeps a conflict-free day: threshold
    // accepting, the threshold falling to 0 over the remaining budget (integers only).
    if state.day.iter().all(Option::is_some) {
        let mut cost = state.total_cost();
        best = Some((cost, state.day.clone()));
        let budget = options.max_iterations.saturating_sub(iteration).max(1);
        let start_threshold = i64::from(options.weights.group_gap.max(options.weights.teacher_day));
        let phase_start = iteration;
        while !stopped && iteration < options.max_iterations && n > 0 && days > 0 {
            iteration += 1;
            // Before any `continue`, so that every 4096th step reports (and a time limit holds).
            if iteration.is_multiple_of(4096)
                && progress(&report(iteration, &state, &best)).is_break()
            {
                break;
            }
            let e = rng.below(n);
            let d = rng.below(days);
            if !state.allowed[e][d] || state.day[e] == Some(d) || !state.conflicts(e, d).is_empty()
            {
                continue;
            }
            let delta = state.delta(e, d);
            let remaining = (budget - (iteration - phase_start).min(budget)) as i64;
            let threshold = start_threshold * remaining / budget as i64;
            if delta <= threshold {
                state.unassign(e);
                state.assign(e, d);
                cost = cost.saturating_add_signed(delta);
                if best.as_ref().is_none_or(|b| cost < b.0) {
                    best = Some((cost, state.day.clone()));
                }
            }
        }
    }
    let _ = progress(&report(iteration, &state, &best));

    let Some((_, days_of)) = best else {
        let unplaced: Vec<usize> = (0..n).filter(|&e| state.day[e].is_none()).collect();
        let reasons = explain_unplaced(&state, &unplaced);
        return Ok(SolveOutcome::Infeasible {
            unplaced: unplaced.iter().map(|&e| plan.exams[e].id.clone()).collect(),
            reasons,
            iterations: iteration,
        });
    };
    // Restore the best days, then give times (and rooms).
    for e in 0..n {
        state.unassign(e);
    }
    for (e, d) in days_of.iter().enumerate() {
        if let Some(d) = d {
            state.assign(e, *d);
        }
    }
    let soft_cost = state.total_cost();
    let timetable = match times(&state, first) {
        Ok(t) => t,
        Err(reasons) => {
            return Ok(SolveOutcome::Infeasible {
                unplaced: reasons.iter().flat_map(|r| r.exams.clone()).collect(),
                reasons,
                iterations: iteration,
            });
        }
    };
    // Every timetable the solver returns passes the validator.
    let report = validate(plan, policy, &timetable)?;
    if !report.valid {
        return Ok(SolveOutcome::Infeasible {
            unplaced: Vec::new(),
            reasons: report.violations,
            iterations: iteration,
        });
    }
    let moved = (0..n)
        .filter(|&e| original[e].is_some() && original[e] != days_of[e])
        .map(|e| plan.exams[e].id.clone())
        .collect();
    Ok(SolveOutcome::Solved {
        timetable,
        soft_cost,
        moved,
        iterations: iteration,
    })
}

/// Reasons that hold before any search: too many exams for a group's window, fixed dates too
/// close, exams with no allowed day, teachers with more groups than days allow.
fn precheck(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    days: usize,
    allowed: &[Vec<bool>],
    group_exams: &[Vec<usize>],
) -> Vec<Infeasibility> {
    let plan = ix.plan;
    let mut reasons = Vec::new();
    let gap = match policy.gap_counting {
        GapCounting::DateDifference => policy.min_gap_days as usize,
        GapCounting::FreeDaysBetween => policy.min_gap_days as usize + 1,
    }
    .max(1);
    let fits = if days == 0 { 0 } else { (days - 1) / gap + 1 };
    for (g, exams) in group_exams.iter().enumerate() {
        if exams.len() > fits {
            reasons.push(Infeasibility {
                rule: SC_4.id.clone(),
                citation: SC_4.citation.clone(),
                text: format!(
                    "group `{}` has {} exams, but a {days}-day session with {} days between exams fits at most {fits}",
                    plan.groups[g].id,
                    exams.len(),
                    policy.min_gap_days
                ),
                exams: exams.iter().map(|&e| plan.exams[e].id.clone()).collect(),
                groups: vec![plan.groups[g].id.clone()],
                teachers: Vec::new(),
                dates: Vec::new(),
            });
        }
    }
    for (e, exam) in plan.exams.iter().enumerate() {
        if !allowed[e].iter().any(|&ok| ok) {
            let (rule, why) = match exam.fixed_date {
                Some(fixed) if fixed < plan.session.first_day || fixed > plan.session.last_day => (
                    &SC_1,
                    format!("its fixed date {fixed} is outside the session"),
                ),
                Some(fixed) => (
                    &SC_6,
                    format!("a committee member is unavailable on its fixed date {fixed}"),
                ),
                None => (
                    &SC_6,
                    "its committee is unavailable on every day of the session".to_owned(),
                ),
            };
            reasons.push(Infeasibility {
                rule: rule.id.clone(),
                citation: rule.citation.clone(),
                text: format!("exam `{}` has no possible day: {why}", exam.id),
                exams: vec![exam.id.clone()],
                groups: exam.groups.clone(),
                teachers: exam.committee.iter().map(|m| m.teacher.clone()).collect(),
                dates: Vec::new(),
            });
        }
    }
    let max = policy.max_groups_per_teacher_day as usize;
    for (t, teacher) in plan.teachers.iter().enumerate() {
        let mut groups = Vec::new();
        let mut exams = Vec::new();
        for (e, ts) in ix.exam_teachers.iter().enumerate() {
            if ts.contains(&t) && policy.counts_for_teacher_load(plan.exams[e].form) {
                exams.push(plan.exams[e].id.clone());
                groups.extend(ix.exam_groups[e].iter().copied());
                if ix.exam_groups[e].len() > max {
                    reasons.push(Infeasibility {
                        rule: SC_5.id.clone(),
                        citation: SC_5.citation.clone(),
                        text: format!(
                            "exam `{}` alone gives teacher `{}` {} groups in a day; at most {max}",
                            plan.exams[e].id,
                            teacher.id,
                            ix.exam_groups[e].len()
                        ),
                        exams: vec![plan.exams[e].id.clone()],
                        groups: plan.exams[e].groups.clone(),
                        teachers: vec![teacher.id.clone()],
                        dates: Vec::new(),
                    });
                }
            }
        }
        let available = days
            - teacher
                .unavailable
                .iter()
                .filter(|d| (plan.session.first_day..=plan.session.last_day).contains(d))
                .count()
                .min(days);
        if groups.len() > max * available {
            reasons.push(Infeasibility {
                rule: SC_5.id.clone(),
                citation: SC_5.citation.clone(),
                text: format!(
                    "teacher `{}` examines {} groups but may examine at most {max} a day on {available} available days",
                    teacher.id,
                    groups.len()
                ),
                exams,
                groups: Vec::new(),
                teachers: vec![teacher.id.clone()],
                dates: Vec::new(),
            });
        }
    }
    reasons
}

/// Why each unplaced exam found no day: for every allowed day, the groups (SC-4) and teachers
/// (SC-5) in the way.
fn explain_unplaced(state: &State<'_>, unplaced: &[usize]) -> Vec<Infeasibility> {
    let plan = state.ix.plan;
    unplaced
        .iter()
        .map(|&e| {
            let exam = &plan.exams[e];
            let mut groups = Vec::new();
            let mut teachers = Vec::new();
            let mut blocked_by_gap = 0;
            let mut blocked_by_load = 0;
            for d in (0..state.days).filter(|&d| state.allowed[e][d]) {
                for x in state.conflicts(e, d) {
                    let shared_group: Vec<usize> = state.ix.exam_groups[x]
                        .iter()
                        .copied()
                        .filter(|g| state.ix.exam_groups[e].contains(g))
                        .collect();
                    if shared_group.is_empty() {
                        blocked_by_load += 1;
                        for &t in &state.ix.exam_teachers[x] {
                            if state.ix.exam_teachers[e].contains(&t) && !teachers.contains(&plan.teachers[t].id) {
                                teachers.push(plan.teachers[t].id.clone());
                            }
                        }
                    } else {
                        blocked_by_gap += 1;
                        for g in shared_group {
                            if !groups.contains(&plan.groups[g].id) {
                                groups.push(plan.groups[g].id.clone());
                            }
                        }
                    }
                }
            }
            let rule = if blocked_by_gap >= blocked_by_load { &SC_4 } else { &SC_5 };
            Infeasibility {
                rule: rule.id.clone(),
                citation: rule.citation.clone(),
                text: format!(
                    "exam `{}` found no day: on its {} possible days, the other exams of its groups are within {} days ({blocked_by_gap} times, SC-4) or its teachers already examine {} groups ({blocked_by_load} times, SC-5)",
                    exam.id,
                    state.allowed[e].iter().filter(|&&ok| ok).count(),
                    state.policy.min_gap_days,
                    state.policy.max_groups_per_teacher_day
                ),
                exams: vec![exam.id.clone()],
                groups,
                teachers,
                dates: Vec::new(),
            }
        })
        .collect()
}

/// Start times (and rooms) for every exam on its day: the earliest start, on a half-hour grid,
/// at which its groups, its teachers and a large enough room are free.
fn times(state: &State<'_>, first: NaiveDate) -> Result<Timetable, Vec<Infeasibility>> {
    let plan = state.ix.plan;
    let policy = state.policy;
    let step = 30u32;
    let day_minutes = state.ix.day_minutes;
    let mut by_day: Vec<Vec<usize>> = vec![Vec::new(); state.days];
    for (e, d) in state.day.iter().enumerate() {
        if let Some(d) = d {
            by_day[*d].push(e);
        }
    }
    let mut placements = Vec::with_capacity(plan.exams.len());
    let mut failures = Vec::new();
    let mut busy_teacher: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.teachers.len()];
    let mut busy_group: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.groups.len()];
    let mut busy_room: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.rooms.len()];
    let free = |busy: &[(u32, u32)], s: u32, e: u32| busy.iter().all(|&(a, b)| e <= a || s >= b);
    for (d, exams) in by_day.iter_mut().enumerate() {
        for list in busy_teacher
            .iter_mut()
            .chain(busy_group.iter_mut())
            .chain(busy_room.iter_mut())
        {
            list.clear();
        }
        exams.sort_by_key(|&e| {
            std::cmp::Reverse((
                state.ix.exam_teachers[e].len(),
                plan.exams[e].duration_minutes,
            ))
        });
        let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
        for &e in exams.iter() {
            let duration = plan.exams[e].duration_minutes;
            let students = state.ix.exam_students[e];
            let mut placed = None;
            let mut start = 0;
            while start + duration <= day_minutes {
                let end = start + duration;
                let people_free = state.ix.exam_teachers[e]
                    .iter()
                    .all(|&t| free(&busy_teacher[t], start, end))
                    && state.ix.exam_groups[e]
                        .iter()
                        .all(|&g| free(&busy_group[g], start, end));
                if people_free {
                    if plan.rooms.is_empty() || plan.exams[e].form.is_online() {
                        placed = Some((start, None));
                        break;
                    }
                    let room = (0..plan.rooms.len())
                        .filter(|&r| {
                            plan.rooms[r].capacity >= students && free(&busy_room[r], start, end)
                        })
                        .min_by_key(|&r| plan.rooms[r].capacity);
                    if let Some(r) = room {
                        placed = Some((start, Some(r)));
                        break;
                    }
                }
                start += step;
            }
            match placed {
                Some((start, room)) => {
                    let end = start + duration;
                    for &t in &state.ix.exam_teachers[e] {
                        busy_teacher[t].push((start, end));
                    }
                    for &g in &state.ix.exam_groups[e] {
                        busy_group[g].push((start, end));
                    }
                    if let Some(r) = room {
                        busy_room[r].push((start, end));
                    }
                    let time = policy.day_start + TimeDelta::minutes(i64::from(start));
                    placements.push(Placement {
                        exam: plan.exams[e].id.clone(),
                        start: date.and_time(time),
                        room: room.map(|r| plan.rooms[r].id.clone()),
                        last_day: None,
                    });
                }
                None => {
                    let needs_room = !plan.rooms.is_empty() && !plan.exams[e].form.is_online();
                    let largest = plan.rooms.iter().map(|r| r.capacity).max().unwrap_or(0);
                    if needs_room && largest < students {
                        failures.push(Infeasibility {
                            rule: SC_ROOM.id.clone(),
                            citation: SC_ROOM.citation.clone(),
                            text: format!(
                                "exam `{}` has {students} students but the largest room seats {largest}",
                                plan.exams[e].id
                            ),
                            exams: vec![plan.exams[e].id.clone()],
                            groups: plan.exams[e].groups.clone(),
                            teachers: Vec::new(),
                            dates: Vec::new(),
                        });
                        continue;
                    }
                    let rule = if needs_room { &SC_3 } else { &SC_CLASH };
                    failures.push(Infeasibility {
                        rule: rule.id.clone(),
                        citation: rule.citation.clone(),
                        text: format!(
                            "exam `{}` on {date}: no start between {} and {} when its groups, teachers{} are free",
                            plan.exams[e].id,
                            policy.day_start.format("%H:%M"),
                            policy.day_end.format("%H:%M"),
                            if needs_room { " and a large enough room" } else { "" }
                        ),
                        exams: vec![plan.exams[e].id.clone()],
                        groups: plan.exams[e].groups.clone(),
                        teachers: plan.exams[e].committee.iter().map(|m| m.teacher.clone()).collect(),
                        dates: Vec::new(),
                    });
                }
            }
        }
    }
    if failures.is_empty() {
        Ok(Timetable { placements })
    } else {
        Err(failures)
    }
}
