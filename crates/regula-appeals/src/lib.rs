//! # regula-appeals
//!
//! When results, platform grades, the grade register (catalog) and the electronic entry are due
//! after an exam, the appeal window and who judges an appeal — for every exam form of UMC-EXAM —
//! and whether an appeal filed at a given instant on given grounds is admissible (AP-1..AP-5,
//! OX-2..OX-4, CA-7).
//!
//! Deadlines are instants ([`regula_calendar::Instant`]); each deadline of the policy is a
//! [`Deadline`]: an amount of elapsed hours (exactly N hours after the moment, also across a
//! change of the clocks), calendar days or working days (ending at 24:00 of the last day, the
//! moment's own day not counted), from a [`Moment`] (the exam's end, the posting of the results,
//! the viewing of the papers, …). Deadlines are inclusive.
//!
//! ```
//! use regula_appeals::{check_appeal, deadlines, Appeal, AppealsPolicy, ExamFacts, ExamForm, Grounds};
//!
//! let policy = AppealsPolicy::umc_2020();
//! let quiz = ExamFacts::ended(ExamForm::OnlineQuiz, "2021-01-25T12:00".parse()?);
//! let d = deadlines(&policy, &quiz)?;
//! assert_eq!(d.appeal.closes.to_rfc3339(), "2021-01-25T14:00:00+02:00"); // AP-2: 2 hours
//! let late = Appeal { filed_at: "2021-01-25T14:00:01".parse()?, grounds: Grounds::Technical, proof: true };
//! assert!(!check_appeal(&policy, &quiz, &late)?.admissible);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod appeal;
mod deadline;
mod deadlines;
mod entry;
mod error;
mod grounds;
pub mod policy;
pub mod request;
pub mod rules;
mod video;

pub use appeal::{
    Admissibility, Appeal, Grounds, Refusal, check_appeal, check_appeal_explained,
    check_appeal_with,
};
pub use deadline::{Deadline, DeadlineUnit, Moment};
pub use deadlines::{
    AcceptedGrounds, AppealWindow, Deadlines, ExamFacts, Filing, Judge, WindowStart, deadlines,
    deadlines_explained, deadlines_with, student_register_due, student_register_due_with,
};
pub use entry::ElectronicEntry;
pub use error::AppealsError;
pub use grounds::FormGrounds;
pub use policy::AppealsPolicy;
pub use regula_core::ExamForm;
pub use video::{Participant, VideoOralPolicy, VideoSitting};
