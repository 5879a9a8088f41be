//! # regula-progress
//!
//! What a student's results add up to at the end of a year (*situația școlară*, rule ids `PR-*`
//! of the catalogue):
//!
//! - [`Ledger`]: the credit ledger, a student's courses over the years of study, one line per
//!   course and academic year, checked as a whole (PR-1);
//! - [`feed`]: ledger lines from an ECTS recognition plan and from a grade register (PR-1);
//! - [`tally`]: the credits earned and outstanding, in the year and over the years, the failed
//!   courses and the credit points, counting what the policy counts (PR-2, PR-6);
//! - [`year_end`] / [`year_end_explained`]: the year-end decision — promoted, completed,
//!   repeating the year, an additional year, exmatriculated — from the policy's table, explained
//!   row by row, with the year's average (GR-8, the grading domain's one engine) and the credit
//!   index (PR-3..PR-6);
//! - [`rank_students_with`]: rankings for scholarships — eligibility from the year's results,
//!   then the order, tie-breaks on raw values, places and reserve list of the ranking engine the
//!   Erasmus+ selection uses (PR-7);
//! - [`policy`]: every threshold as data, with the UMC 2017 preset [`policy::umc_2017`];
//! - [`request`]: the JSON requests and responses of the `regula progress …` commands.
//!
//! ```
//! use regula_progress::{policy::umc_2017, year_end, Ledger, YearOutcome};
//! use regula_grading::policy::umc_2020;
//!
//! let ledger: Ledger = serde_json::from_str(r#"{
//!     "student": "S1", "year_of_study": 1, "years_of_study": 4,
//!     "courses": [
//!         {"course": "MATH-1", "credits": 6, "year_of_study": 1, "academic_year": "2023/2024", "result": 7},
//!         {"course": "PHYS-1", "credits": 5, "year_of_study": 1, "academic_year": "2023/2024", "result": 4},
//!         {"course": "NAV-1", "credits": 20, "year_of_study": 1, "academic_year": "2023/2024", "result": 8}
//!     ]
//! }"#)?;
//! let (progress, grading) = (umc_2017(), umc_2020());
//! let decision = year_end(
//!     &progress.latest().policy,
//!     &grading.latest().policy,
//!     "2023/2024".parse()?,
//!     &ledger,
//! )?;
//! assert_eq!(decision.outcome, YearOutcome::Promoted); // 26 credits ≥ 25 (PR-3)
//! assert_eq!(decision.tally.outstanding, ["PHYS-1"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod decide;
mod error;
pub mod feed;
mod ledger;
mod measure;
pub mod policy;
pub mod ranking;
mod re_enrolment;
pub mod request;
pub mod rules;
mod year_end;

pub use decide::{YearEnd, year_end, year_end_explained, year_end_with};
pub use error::ProgressError;
pub use ledger::{CourseResult, Ledger, LedgerEntry};
pub use measure::{Measure, Tally, tally};
pub use policy::{Counted, CreditIndex, ProgressPolicy};
pub use ranking::{Applicant, AwardName, RankingPolicy, rank_students_with};
pub use year_end::{Condition, YearEndRule, YearOutcome};
