//! # Regula: counselling and information of students
//!
//! The procedure PO_CCOC_07 of the Technical University of Cluj-Napoca (UTCN-CCOC), rules
//! CO-1..CO-6 of the catalogue:
//!
//! - [`Organisation`]: who holds which role — the study counsellors (*consilieri de studii*), the
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
//! use regula_counselling::{Organisation, Role, Appointment, Faculty};
//!
//! let organisation = Organisation {
//!     faculties: vec![Faculty { id: "AC".into(), name: "Automatică și Calculatoare".into() }],
//!     staff: vec![Appointment { person: "Pop Ana".into(), role: Role::StudyCounsellor, faculty: Some("AC".into()) }],
//! };
//! // CO-1: a faculty has its one career counsellor and a vice-dean; the centre its director.
//! let gaps: Vec<String> = organisation.breaches().iter().map(|b| b.text()).collect();
//! assert_eq!(gaps[0], "faculty `AC` has no career counsellor");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod activity;
mod checkpoint;
mod consolidate;
mod error;
mod flow;
mod organisation;
pub mod policy;
mod report;
pub mod request;
pub mod rules;
mod semester;
mod status;
mod words;

pub use activity::{Activity, Attendee, Channel, Form, Language, Level, Occasion};
pub use checkpoint::Checkpoint;
pub use consolidate::{
    Consolidation, Count, FacultyConsolidation, Figures, attendance_csv, consolidate,
};
pub use error::CounsellingError;
pub use flow::{Command, Event, ReportState, SemesterFile, Step, SummaryState};
pub use organisation::{Appointment, Faculty, Organisation, Role};
pub use policy::{Action, CounsellingPolicy, DueDays};
pub use report::{HourCheck, StudyReport};
pub use semester::{Period, Semester};
pub use status::{Missing, SemesterStatus, status_with};
