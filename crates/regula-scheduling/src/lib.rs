//! # regula-scheduling
//!
//! Exam sessions (UMC-EXAM §5, §5.4, §5.5; rules SC-1..SC-7, OX-1, OX-2):
//!
//! - [`model`]: the session (kind and window), groups, teachers and their unavailable days, exams
//!   with their committees, forms and durations, rooms, dates fixed or preferred by agreement;
//! - [`validate`]: every violation of a timetable, each with its rule, citation and the groups,
//!   teachers, exams and dates involved;
//! - [`policy`]: the numbers (3 weeks, 08:00–20:00, 3 days, 2 groups per teacher per day, …);
//! - [`solve`] and [`repair`]: a timetable that meets every hard rule, preferring the soft goals;
//! - [`benchmarks`]: the ITC2007 and Toronto benchmark formats and their official cost functions.
//!
//! One exam-timetabling engine (a model of periods grouped in days, rooms, exams with their
//! candidate periods, hard constraints and weighted soft goals; an iterated forward search, then
//! simulated annealing with single moves and Kempe chains) serves both [`solve`] and
//! [`benchmarks::solve_benchmark`]: a session plan and a benchmark instance are each translated
//! into its model, so the figures measured on the public benchmarks measure the search users run.
//!
//! ```
//! use regula_scheduling::{validate, SchedulingPolicy, SessionPlan, Timetable};
//!
//! let plan: SessionPlan = serde_json::from_str(r#"{
//!   "session": {"first_day": "2022-01-17", "last_day": "2022-02-06"},
//!   "groups": [{"id": "NAV-2-A"}],
//!   "teachers": [{"id": "popescu"}, {"id": "ionescu"}],
//!   "exams": [
//!     {"id": "NAV-201", "groups": ["NAV-2-A"], "form": "face_to_face_written", "duration_minutes": 180,
//!      "committee": [{"teacher": "popescu", "role": "holder"}, {"teacher": "ionescu", "role": "applied_teacher"}]},
//!     {"id": "MATH-201", "groups": ["NAV-2-A"], "form": "online_quiz", "duration_minutes": 60,
//!      "committee": [{"teacher": "ionescu", "role": "holder"}]}
//!   ]
//! }"#)?;
//! let timetable: Timetable = serde_json::from_str(r#"{"placements": [
//!   {"exam": "NAV-201", "start": "2022-01-17T09:00:00"},
//!   {"exam": "MATH-201", "start": "2022-01-19T19:30:00"}
//! ]}"#)?;
//! let report = validate(&plan, &SchedulingPolicy::umc_2020(), &timetable)?;
//! let rules: Vec<&str> = report.violations.iter().map(|v| v.rule.as_str()).collect();
//! // The quiz ends at 20:30 (SC-3) and comes 2 days after the group's previous exam (SC-4).
//! assert_eq!(rules, ["SC-3", "SC-4"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod benchmarks;
mod committee;
mod engine;
mod error;
pub mod export;
mod hours;
mod last_exam;
mod links;
mod load;
pub mod model;
pub mod policy;
mod quiz_year;
pub mod request;
mod rng;
pub mod rules;
mod solve;
pub mod synthetic;
mod validate;

pub use committee::FormCommittee;
pub use error::ScheduleError;
pub use hours::ExamHours;
pub use load::{CourseCap, TeacherLoadCounts, TeacherLoadPer};
pub use model::{
    CommitteeMember, Exam, ExamConstraint, Group, Placement, Role, Room, Session, SessionKind,
    SessionPlan, Student, StudyForm, StudyLevel, Teacher, Timetable,
};
pub use policy::{ExamsInDays, GapCounting, SchedulingPolicy, StudentGap, TeacherLoadForms};
pub use rng::Rng;
pub use solve::{Infeasibility, Progress, SoftWeights, SolveOutcome, SolverOptions, repair, solve};
pub use validate::{Report, Violation, validate};
