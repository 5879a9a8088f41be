//! The public exam-timetabling benchmarks — ITC2007 examination track (`.exam`) and Toronto
//! (`.crs`/`.stu`) — as one instance model, with each benchmark's official cost function, so that
//! Regula's solver is measured against published results.
//!
//! The files are read from text given by the caller: this crate does no I/O.

mod itc2007;
mod portfolio;
mod report;
mod solution_file;
mod solver;
mod suite;
mod toronto;
mod translate;
mod verify;

pub use crate::engine::Pace;
pub use itc2007::{Itc2007Cost, itc2007_cost, parse_itc2007};
pub use portfolio::{Best, solve_portfolio, solve_portfolio_sharing};
pub use report::BenchmarkRow;
pub use solution_file::{read_solution, solution_extension, write_solution};
pub use solver::{BenchProgress, solve_benchmark};
pub use suite::{Found, TORONTO_PERIODS, discover, reference, toronto_periods};
pub use toronto::{TorontoCost, parse_toronto, toronto_cost};
pub use verify::Cost;

use serde::{Deserialize, Serialize};

/// The environment variable that names the folder of the public benchmark files
/// (`exam_comp_set1.exam`, `hec-s-92.crs`, …), read by the tests and the `regula` command.
pub const DATA_VARIABLE: &str = "REGULA_BENCHMARK_DATA";

/// Which benchmark an instance comes from, and so which cost function applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BenchmarkKind {
    /// International Timetabling Competition 2007, examination track.
    Itc2007,
    /// Carter, Laporte & Lee (1996), uncapacitated.
    Toronto,
}

/// An exam of a benchmark instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BenchExam {
    /// Its duration in minutes (0 for Toronto).
    pub duration: u32,
    /// The students sitting it (indices).
    pub students: Vec<u32>,
}

/// A period (time slot).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BenchPeriod {
    /// Index of its day (periods of one day share it).
    pub day: u32,
    /// Its length in minutes (`u32::MAX` for Toronto: any exam fits).
    pub duration: u32,
    /// The penalty for using it.
    pub penalty: u32,
}

/// A room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BenchRoom {
    /// Seats.
    pub capacity: u32,
    /// The penalty for using it.
    pub penalty: u32,
}

/// The weights of the ITC2007 soft constraints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Weights {
    /// Two exams of a student in consecutive periods of a day.
    pub two_in_a_row: u32,
    /// Two exams of a student on one day, not consecutive.
    pub two_in_a_day: u32,
    /// Exams of a student within this many periods.
    pub period_spread: u32,
    /// Each extra distinct duration in a room and period.
    pub non_mixed_durations: u32,
    /// Front load: the this-many largest exams…
    pub front_load_exams: u32,
    /// …placed in the last this-many periods…
    pub front_load_periods: u32,
    /// …cost this much each.
    pub front_load_weight: u32,
}

/// A benchmark instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BenchInstance {
    /// Its name (the file's).
    pub name: String,
    /// Which benchmark.
    pub kind: BenchmarkKind,
    /// The exams, in the file's order.
    pub exams: Vec<BenchExam>,
    /// How many students.
    pub students: u32,
    /// The periods.
    pub periods: Vec<BenchPeriod>,
    /// The rooms (one unbounded room for Toronto).
    pub rooms: Vec<BenchRoom>,
    /// `(a, b)`: exam `a` after exam `b` (ITC2007 AFTER).
    pub after: Vec<(usize, usize)>,
    /// `(a, b)`: exams in the same period (EXAM_COINCIDENCE).
    pub coincidence: Vec<(usize, usize)>,
    /// `(a, b)`: exams in different periods (EXCLUSION).
    pub exclusion: Vec<(usize, usize)>,
    /// Exams alone in their room (ROOM_EXCLUSIVE).
    pub room_exclusive: Vec<usize>,
    /// Soft-constraint weights (ITC2007).
    pub weights: Weights,
}

impl BenchInstance {
    /// The total number of enrolments (exam–student pairs).
    pub fn enrolments(&self) -> usize {
        self.exams.iter().map(|e| e.students.len()).sum()
    }

    /// For each student, the exams they sit.
    pub fn exams_of_students(&self) -> Vec<Vec<usize>> {
        let mut of = vec![Vec::new(); self.students as usize];
        for (e, exam) in self.exams.iter().enumerate() {
            for &s in &exam.students {
                of[s as usize].push(e);
            }
        }
        of
    }
}

/// A solution: a period and a room for every exam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BenchSolution {
    /// The period of each exam.
    pub period: Vec<usize>,
    /// The room of each exam.
    pub room: Vec<usize>,
}

/// A benchmark file that cannot be read: the line and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}, line {line}: {message}")]
pub struct BenchmarkError {
    /// The file.
    pub file: String,
    /// The line (1-based; 0 for the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A published reference value for an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The instance's file name without extension.
    pub instance: &'static str,
    /// Which benchmark.
    pub kind: BenchmarkKind,
    /// The published cost to compare with: for ITC2007 the organisers' best of 10 runs of the
    /// winning solver (Müller), from the competition's published results.
    pub cost: Option<u64>,
}

/// The published reference values Regula knows: the ITC2007 instances of the data folder. The
/// Toronto instances' standard periods are [`TORONTO_PERIODS`]; their best known costs move with
/// the literature and are not kept here.
///
/// The files are not part of the repository (their redistribution terms are unclear): ITC2007's
/// come from the examination track of the Second International Timetabling Competition, the
/// Toronto ones from the Carter, Laporte & Lee (1996) set. Adapters find the folder that holds
/// them through the environment variable [`DATA_VARIABLE`] or a path argument.
pub const REFERENCES: [Reference; 3] = [
    Reference {
        instance: "exam_comp_set1",
        kind: BenchmarkKind::Itc2007,
        cost: Some(4370),
    },
    Reference {
        instance: "exam_comp_set4",
        kind: BenchmarkKind::Itc2007,
        cost: Some(18141),
    },
    Reference {
        instance: "exam_comp_set6",
        kind: BenchmarkKind::Itc2007,
        cost: Some(26585),
    },
];
