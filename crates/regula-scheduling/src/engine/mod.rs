//! The exam-timetabling engine (issue #15): one model and one search behind both front doors.
//!
//! - `schedule solve` and `schedule repair` translate a UMC session plan into the [`Model`]
//!   (`solve/translate.rs`): one period per examination day, the regulation's rules as hard
//!   constraints (SC-1, SC-4, SC-5, SC-6, SC-CLASH, SC-PAIR, SC-LOAD, teachers' unavailable days,
//!   fixed dates), SC-4's spirit, SC-6's preferred dates and teachers' examination days as soft
//!   goals. The engine chooses the days; each day's start times and rooms follow (SC-3, SC-7,
//!   SC-ROOM), and the session validator judges the result.
//! - `schedule benchmarks` translates an ITC2007 or Toronto instance (`benchmarks/translate.rs`):
//!   the competition's periods and rooms, its hard constraints and its weights; the official cost
//!   functions measure the result.
//!
//! The search is an iterated forward search for a placement that breaks no hard constraint, then
//! simulated annealing on the soft cost with single moves and Kempe chains (in integers, see
//! `cooling.rs`). It never reads the
//! clock: the caller's `progress` sees regular reports, stops it by returning [`Pace::Stop`], and
//! may say how much of its time is spent ([`Pace::Spent`]) so that the search cools over all of it.

mod cooling;
mod exchange;
mod index;
pub(crate) mod model;
mod search;
mod state;

pub(crate) use exchange::Exchange;
pub(crate) use model::{
    Assignment, Conflict, DayResource, Exam, Link, Load, Model, Period, Room, Spread,
};

/// How to run the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Options {
    /// The same seed gives the same placement.
    pub(crate) seed: u64,
    /// The most steps, both phases together.
    pub(crate) max_iterations: u64,
}

/// What the search reports as it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Progress {
    /// Steps so far.
    pub(crate) iteration: u64,
    /// Exams without a period.
    pub(crate) unassigned: usize,
    /// The soft cost of the current placement.
    pub(crate) cost: i64,
    /// The best soft cost with every exam placed, if any yet.
    pub(crate) best: Option<i64>,
}

/// The caller's answer to a report of the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// Stop now: the best placement so far is the answer.
    Stop,
    /// Go on; the search's own budget of steps paces it.
    Go,
    /// Go on: this share of the caller's budget (a time limit) is spent, in millionths. The
    /// search then cools over the whole of that budget, once, instead of in cycles of steps.
    Spent(u32),
}

/// What the search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// The best complete placement and its soft cost, if one was found.
    pub(crate) best: Option<(i64, Assignment)>,
    /// The placement the search ended with (partial when no complete one was found).
    pub(crate) last: Assignment,
    /// Steps used.
    pub(crate) iterations: u64,
}

/// Places every exam of `model` in a period, breaking no hard constraint, at the lowest soft cost
/// it finds. A repair gives the `initial` periods, kept where they break nothing.
pub(crate) fn solve(
    model: &Model,
    initial: Option<&[Option<usize>]>,
    options: &Options,
    progress: &mut dyn FnMut(&Progress) -> Pace,
) -> Outcome {
    search::run(model, initial, options, None, progress)
}

/// [`solve`] as one search of a portfolio that shares its best placement through `exchange`
/// (when paced by a time limit).
pub(crate) fn solve_sharing(
    model: &Model,
    options: &Options,
    exchange: &Exchange,
    progress: &mut dyn FnMut(&Progress) -> Pace,
) -> Outcome {
    search::run(model, None, options, Some(exchange), progress)
}

/// For each period exam `e` may take, the exams of `assignment` in its way: why it found none.
pub(crate) fn blockers(
    model: &Model,
    assignment: &Assignment,
    e: usize,
) -> Vec<(usize, Vec<usize>)> {
    search::blockers(model, assignment, e)
}

#[cfg(test)]
mod tests;
