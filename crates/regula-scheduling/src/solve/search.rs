//! The search: days by an iterated forward search (phase 1), then threshold accepting on the soft
//! goals (phase 2), then start times and rooms, and the validator's word on the result.

use std::ops::ControlFlow;

use regula_core::Violations;

use super::infeasible::explain_unplaced;
use super::setup::{Start, start};
use super::state::State;
use super::times::times;
use super::{Progress, SolveOutcome, SolverOptions};
use crate::Rng;
use crate::model::{SessionPlan, Timetable};
use crate::validate::Indexed;
use crate::{ScheduleError, SchedulingPolicy, validate};

/// The best days found so far: their soft cost and each exam's day.
type Best = Option<(u64, Vec<Option<usize>>)>;

/// What the search carries from step to step besides the days: the generator, the step count,
/// the best days, and the caller's callback.
struct Search<'p> {
    rng: Rng,
    iteration: u64,
    max_iterations: u64,
    best: Best,
    progress: &'p mut dyn FnMut(&Progress) -> ControlFlow<()>,
}

impl Search<'_> {
    /// Reports to the caller, who may stop the search.
    fn report(&mut self, state: &State<'_>) -> ControlFlow<()> {
        (self.progress)(&Progress {
            iteration: self.iteration,
            unassigned: state.day.iter().filter(|d| d.is_none()).count(),
            soft_cost: state.total_cost(),
            best_soft_cost: self.best.as_ref().map(|b| b.0),
        })
    }
}

pub(super) fn run(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    current: Option<&Timetable>,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    let ix = Indexed::new(plan, policy)?;
    let Start {
        mut state,
        original,
        reasons,
    } = start(&ix, policy, options, current);
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
    let mut search = Search {
        rng: Rng::new(options.seed),
        iteration: 0,
        max_iterations: options.max_iterations,
        best: None,
        progress,
    };
    let stopped = assign_days(&mut state, &mut search);
    if state.day.iter().all(Option::is_some) {
        let start_threshold = i64::from(options.weights.group_gap.max(options.weights.teacher_day));
        improve(&mut state, &mut search, stopped, start_threshold);
    }
    let _ = search.report(&state);
    finish(plan, policy, &mut state, &search, &original)
}

/// Phase 1: gives every exam a day, the most constrained first; when no day is free, the exams in
/// the way lose theirs and are retried. Returns whether the caller stopped the search.
fn assign_days(state: &mut State<'_>, search: &mut Search<'_>) -> bool {
    let n = state.day.len();
    let days = state.days;
    let mut recently: Vec<u64> = vec![0; n];
    while search.iteration < search.max_iterations {
        let unassigned: Vec<usize> = (0..n).filter(|&e| state.day[e].is_none()).collect();
        if unassigned.is_empty() {
            break;
        }
        search.iteration += 1;
        let iteration = search.iteration;
        let rng = &mut search.rng;
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
        let ix = state.ix;
        let e = *sample
            .iter()
            .min_by_key(|&&e| {
                (
                    free_days(e, state),
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
        if iteration.is_multiple_of(256) && search.report(state).is_break() {
            return true;
        }
    }
    false
}

/// Phase 2: improves the soft goals while every exam keeps a conflict-free day: threshold
/// accepting, the threshold falling to 0 over the remaining budget (integers only).
fn improve(state: &mut State<'_>, search: &mut Search<'_>, stopped: bool, start_threshold: i64) {
    let n = state.day.len();
    let days = state.days;
    let mut cost = state.total_cost();
    search.best = Some((cost, state.day.clone()));
    let budget = search
        .max_iterations
        .saturating_sub(search.iteration)
        .max(1);
    let phase_start = search.iteration;
    while !stopped && search.iteration < search.max_iterations && n > 0 && days > 0 {
        search.iteration += 1;
        // Before any `continue`, so that every 4096th step reports (and a time limit holds).
        if search.iteration.is_multiple_of(4096) && search.report(state).is_break() {
            break;
        }
        let e = search.rng.below(n);
        let d = search.rng.below(days);
        if !state.allowed[e][d] || state.day[e] == Some(d) || !state.conflicts(e, d).is_empty() {
            continue;
        }
        let delta = state.delta(e, d);
        let remaining = (budget - (search.iteration - phase_start).min(budget)) as i64;
        let threshold = start_threshold * remaining / budget as i64;
        if delta <= threshold {
            state.unassign(e);
            state.assign(e, d);
            cost = cost.saturating_add_signed(delta);
            if search.best.as_ref().is_none_or(|b| cost < b.0) {
                search.best = Some((cost, state.day.clone()));
            }
        }
    }
}

/// The best days with start times and rooms, checked by the validator; or why there is none.
fn finish(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    state: &mut State<'_>,
    search: &Search<'_>,
    original: &[Option<usize>],
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    let n = state.day.len();
    let iterations = search.iteration;
    let Some((_, days_of)) = &search.best else {
        let unplaced: Vec<usize> = (0..n).filter(|&e| state.day[e].is_none()).collect();
        let reasons = explain_unplaced(state, &unplaced);
        return Ok(SolveOutcome::Infeasible {
            unplaced: unplaced.iter().map(|&e| plan.exams[e].id.clone()).collect(),
            reasons,
            iterations,
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
    let timetable = match times(state, plan.session.first_day) {
        Ok(t) => t,
        Err(reasons) => {
            return Ok(SolveOutcome::Infeasible {
                unplaced: reasons.iter().flat_map(|r| r.exams.clone()).collect(),
                reasons,
                iterations,
            });
        }
    };
    // Every timetable the solver returns passes the validator.
    let report = validate(plan, policy, &timetable)?;
    if !report.valid {
        return Ok(SolveOutcome::Infeasible {
            unplaced: Vec::new(),
            reasons: report.violations,
            iterations,
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
        iterations,
    })
}
