//! The solver: a timetable that meets every hard rule, preferring the policy's soft goals; an
//! explanation when none exists; the repair of a timetable after a change.
//!
//! Days first, times second. The plan is translated into the exam-timetabling engine's model (one
//! period per day; the engine is the one `schedule benchmarks` runs) and the engine chooses the
//! days: an iterated forward search (the most constrained exam first; when no day is free, the
//! exams in the way are unassigned and retried), then a local search on the soft goals with
//! single moves and Kempe chains. Last, every day's exams get start times (and rooms) so that
//! nobody is in two places at once. The solver never reads the clock: the caller's
//! `progress` callback sees every report and can stop the search (a time limit is a callback).

use std::ops::ControlFlow;

use chrono::Weekday;
use regula_core::Violations;
use serde::{Deserialize, Serialize};

use crate::model::{SessionPlan, Timetable};
use crate::validate::Violation;
use crate::{ScheduleError, SchedulingPolicy};

mod infeasible;
mod portfolio;
mod search;
mod setup;
mod times;
mod translate;

/// The weights of the soft goals (SC-4 spirit, SC-6): what the solver prefers among valid
/// timetables.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SoftWeights {
    /// Per day that two exams of a group are closer than an even spread of the group's exams
    /// over the session (at most 7 days): wider gaps for every group. For a student placed as an
    /// individual, where SC-4 is soft for them, per day their two exams are closer than the
    /// policy's gap.
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
    /// Searches run in parallel with the seeds `seed`, `seed + 1`, …; the best timetable is kept
    /// (solved first, then the lowest soft cost, then the first seed), so the answer is the same
    /// for the same options on any machine. 1 to 64; 1 by default.
    #[serde(default = "default_threads")]
    #[schemars(range(min = 1, max = 64))]
    pub threads: u32,
}

fn default_threads() -> u32 {
    1
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
            threads: default_threads(),
        }
    }
}

/// What the solver reports as it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
    /// No valid timetable was found: proven impossible under the policy (`proven`), or not found
    /// within the search's steps or time, where more may find one.
    Infeasible {
        /// Whether no timetable can exist, whatever the search (a group with more exams than the
        /// session's days fit at its gap, an exam with no allowed day, a teacher with more groups
        /// than the days hold); `false` when the search stopped without one — then `reasons`
        /// say where it was stuck, and a longer search (more steps, `time_limit`) may succeed.
        #[serde(default)]
        proven: bool,
        /// Why.
        reasons: Vec<Infeasibility>,
        /// The exams left without a place in the best attempt.
        unplaced: Vec<String>,
        /// Search steps used.
        iterations: u64,
    },
}

/// Builds a timetable for `plan`: every hard rule met, soft goals preferred.
pub fn solve(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    progress: &mut dyn FnMut(&Progress) -> ControlFlow<()>,
) -> Result<SolveOutcome, Violations<ScheduleError>> {
    portfolio::run(plan, policy, options, None, progress)
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
    portfolio::run(plan, policy, options, Some(current), progress)
}
