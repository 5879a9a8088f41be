//! # Regula: counselling and information of students
//!
//! The procedure PO_CCOC_07 of the Technical University of Cluj-Napoca (UTCN-CCOC), rules
//! CO-1..CO-6 of the catalogue:
//!
//! - [`Organisation`]: who holds which role of the policy's [`RoleDefinition`]s — in the seed, the
//!   study counsellors (*consilieri de studii*), the
//!   one career counsellor (*consilier de carieră*) of each faculty, the vice-dean for teaching
//!   (*prodecan didactic*), the counselling centre (CCOC) and its director (CO-1);
//! - [`Activity`]: an information activity — individual or group, in person, by phone, on
//!   ESCOUNIV or electronically, in the counselling hour or ad hoc, in Romanian, English or French,
//!   for bachelor or master students, with its attendance list (CO-2);
//! - [`StudyReport`]: the study counsellor's semester report and the weekly counselling hour
//!   checked against it (CO-3);
//! - [`SemesterFile`]: the semester's document flow as an append-only history, every step checked
//!   against the responsibility matrix (CO-6) of the [`CounsellingPolicy`];
//! - [`Checkpoint`]: where the file stands after its last step, sealed by the service that
//!   checked it, so that the next steps are recorded without resending the whole history;
//! - [`consolidate`]: the faculty's consolidation (CO-4) and the centre's across faculties
//!   (CO-5), and [`attendance_csv`], the attendance lists in electronic form (*centralizator*);
//! - [`status_with`]: what a semester still lacks at a moment, with due dates and what is overdue.
//!
//! ```
//! use regula_counselling::{Appointment, CounsellingPolicy, Faculty, Organisation, Role};
//! use regula_core::AcademicYear;
//!
//! let organisation = Organisation {
//!     faculties: vec![Faculty { id: "AC".into(), name: "Automatică și Calculatoare".into(), students: None }],
//!     staff: vec![Appointment { person: "Pop Ana".into(), role: Role::STUDY_COUNSELLOR, faculty: Some("AC".into()), appointed_on: None }],
//! };
//! // CO-1, as the policy counts it: a faculty has its one career counsellor and a vice-dean;
//! // the centre its director.
//! let policy = CounsellingPolicy::utcn_2021();
//! let gaps: Vec<String> = organisation
//!     .breaches(&policy, AcademicYear::starting(2025))
//!     .iter()
//!     .map(|b| b.text())
//!     .collect();
//! assert_eq!(gaps[0], "faculty `AC` has no career counsellor (consilier de carieră)");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod activity;
mod appointments;
mod checkpoint;
mod consolidate;
mod error;
mod flow;
mod hours;
mod organisation;
pub mod policy;
mod report;
pub mod request;
mod role;
pub mod rules;
mod semester;
mod staffing;
mod stages;
mod status;
mod words;

pub use activity::{Activity, Attendee, Channel, Form, Language, Level, Occasion};
pub use appointments::due_day;
pub use checkpoint::Checkpoint;
pub use consolidate::{
    Consolidation, Count, FacultyConsolidation, Figures, attendance_csv, attendance_csv_with,
    consolidate, consolidate_with,
};
pub use error::CounsellingError;
pub use flow::{Command, Event, ReportState, SemesterFile, Step, SummaryState};
pub use hours::{HourCheck, WeekHeld, minutes_held};
pub use organisation::{Appointment, Faculty, Organisation};
pub use policy::{Action, CounsellingPolicy, DueDays};
pub use report::StudyReport;
pub use role::{Role, RoleDefinition, RoleName, Scope};
pub use semester::{Period, Semester};
pub use staffing::holders_needed;
pub use status::{Missing, SemesterStatus, status_with};
