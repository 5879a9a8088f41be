//! Requests and outcomes of `schedule check|solve|export`; the decisions are answered with a
//! [`Response`].

use std::fmt;
use std::ops::ControlFlow;

use regula_core::locale::Message;
use regula_core::{PolicyHistory, Response, Versioned, Violations};
use serde::{Deserialize, Serialize};

use crate::model::{SessionPlan, Timetable};
use crate::solve::{Progress, SolveOutcome, SolverOptions, repair, solve};
use crate::{Report, ScheduleError, SchedulingPolicy, export, validate};

/// `regula schedule check`: every violation of a timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The session.
    pub plan: SessionPlan,
    /// The timetable to check.
    pub timetable: Timetable,
}

fn version<'h>(
    history: &'h PolicyHistory<SchedulingPolicy>,
    plan: &SessionPlan,
) -> Result<&'h Versioned<SchedulingPolicy>, Violations<ScheduleError>> {
    history
        .in_force_on(plan.session.first_day)
        .map_err(|e| Violations::one(ScheduleError::Policy(e)))
}

/// Answers a [`CheckRequest`].
pub fn answer_check(
    history: &PolicyHistory<SchedulingPolicy>,
    request: &CheckRequest,
) -> Result<Response<Report>, Violations<ScheduleError>> {
    let version = version(history, &request.plan)?;
    let report = validate(&request.plan, &version.policy, &request.timetable)?;
    Ok(Response::unexplained(history, version, report))
}

/// `regula schedule solve`: build a timetable, or repair `current` after a change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SolveRequest {
    /// The session.
    pub plan: SessionPlan,
    /// The solver's seed, budget and weights.
    #[serde(default)]
    pub options: SolverOptions,
    /// A timetable to repair, moving as few exams as possible; a fresh solve when absent.
    #[serde(default)]
    pub current: Option<Timetable>,
}

/// The outcome of a [`SolveRequest`]: the timetable, or why there is none. Its JSON is the
/// [`SolveOutcome`]'s; its text adds the timetable as a table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Solution {
    /// The timetable, or why there is none.
    #[serde(flatten)]
    pub outcome: SolveOutcome,
    /// The timetable as a text table, when solved.
    #[serde(skip)]
    pub table: Option<String>,
}

impl fmt::Display for Solution {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            SolveOutcome::Solved {
                soft_cost,
                moved,
                iterations,
                ..
            } => {
                let solved = Message::new("scheduling-solved")
                    .arg("cost", *soft_cost)
                    .arg("steps", *iterations);
                write!(f, "{solved}")?;
                if !moved.is_empty() {
                    let moved = Message::new("scheduling-moved").arg("exams", moved.join(", "));
                    write!(f, "; {moved}")?;
                }
                if let Some(table) = &self.table {
                    write!(f, "\n\n{table}")?;
                }
                Ok(())
            }
            SolveOutcome::Infeasible {
                proven,
                reasons,
                unplaced,
                iterations,
            } => {
                let none = Message::new(if *proven {
                    "scheduling-infeasible"
                } else {
                    "scheduling-not-found"
                })
                .arg("unplaced", unplaced.len())
                .arg("steps", *iterations);
                write!(f, "{none}")?;
                for r in reasons {
                    write!(f, "\n- {} ({}): {}", r.rule, r.citation, r.message)?;
                }
                Ok(())
            }
        }
    }
}

/// Answers a [`SolveRequest`]; `progress` sees the solver's reports and may stop it.
pub fn answer_solve(
    history: &PolicyHistory<SchedulingPolicy>,
    request: &SolveRequest,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<Response<Solution>, Violations<ScheduleError>> {
    let version = version(history, &request.plan)?;
    let outcome = match &request.current {
        Some(current) => repair(
            &request.plan,
            &version.policy,
            current,
            &request.options,
            progress,
        )?,
        None => solve(&request.plan, &version.policy, &request.options, progress)?,
    };
    let table = match &outcome {
        SolveOutcome::Solved { timetable, .. } => Some(export::to_text(
            &request.plan,
            timetable,
            regula_core::locale::current(),
        )),
        SolveOutcome::Infeasible { .. } => None,
    };
    Ok(Response::unexplained(
        history,
        version,
        Solution { outcome, table },
    ))
}

/// `regula schedule export`: a timetable as iCalendar, HTML or text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportRequest {
    /// The session.
    pub plan: SessionPlan,
    /// The timetable.
    pub timetable: Timetable,
}
