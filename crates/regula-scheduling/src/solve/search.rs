//! The session front door of the engine: the plan translated into the engine's model, its days
//! chosen by the engine's search, then start times and rooms, and the validator's word on the
//! result.

use std::ops::ControlFlow;

use regula_core::Violations;

use super::infeasible::explain_unplaced;
use super::setup::{Start, start};
use super::times::times;
use super::translate::{self, Days};
use super::{Progress, SolveOutcome, SolverOptions};
use crate::engine;
use crate::model::{SessionPlan, Timetable};
use crate::validate::Indexed;
use crate::{ScheduleError, SchedulingPolicy, validate};

pub(super) fn run(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    current: Option<&Timetable>,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    let ix = Indexed::new(plan, policy)?;
    let Start {
        days,
        allowed,
        group_exams,
        original,
        preferred,
        reasons,
    } = start(&ix, policy, options, current);
    if !reasons.is_empty() {
        return Ok(SolveOutcome::Infeasible {
            proven: true,
            unplaced: plan.exams.iter().map(|e| e.id.clone()).collect(),
            reasons,
            iterations: 0,
        });
    }
    let days_of = Days {
        count: days,
        allowed: &allowed,
        original: &original,
        preferred: &preferred,
        group_exams: &group_exams,
    };
    let model = translate::model(&ix, policy, options, &days_of);
    let engine_options = engine::Options {
        seed: options.seed,
        max_iterations: options.max_iterations,
    };
    let outcome = engine::solve(
        &model,
        Some(&original),
        &engine_options,
        &mut |p| match progress(&Progress {
            iteration: p.iteration,
            unassigned: p.unassigned,
            soft_cost: p.cost.max(0) as u64,
            best_soft_cost: p.best.map(|b| b.max(0) as u64),
        }) {
            ControlFlow::Break(()) => engine::Pace::Stop,
            ControlFlow::Continue(()) => engine::Pace::Go,
        },
    );
    let n = plan.exams.len();
    let iterations = outcome.iterations;
    let Some((soft_cost, best)) = outcome.best else {
        let unplaced: Vec<usize> = (0..n)
            .filter(|&e| outcome.last.period[e].is_none())
            .collect();
        let reasons = explain_unplaced(&ix, policy, &model, &outcome.last, &allowed, &unplaced);
        return Ok(SolveOutcome::Infeasible {
            proven: false,
            unplaced: unplaced.iter().map(|&e| plan.exams[e].id.clone()).collect(),
            reasons,
            iterations,
        });
    };
    let timetable = match times(&ix, policy, &best.period, days, plan.session.first_day) {
        Ok(t) => t,
        Err(reasons) => {
            return Ok(SolveOutcome::Infeasible {
                proven: false,
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
            proven: false,
            unplaced: Vec::new(),
            reasons: report.violations,
            iterations,
        });
    }
    let moved = (0..n)
        .filter(|&e| original[e].is_some() && original[e] != best.period[e])
        .map(|e| plan.exams[e].id.clone())
        .collect();
    Ok(SolveOutcome::Solved {
        timetable,
        soft_cost: soft_cost.max(0) as u64,
        moved,
        iterations,
    })
}
