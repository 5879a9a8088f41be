//! # regula-fees
//!
//! What a student owes for outstanding exams (*restanțe*), itemised per exam with the rule that
//! set each amount (FE-1..FE-4): current-year retakes are free; earlier years' exams cost by their
//! age (50, 100, 150, 200 RON for 1 to 4 years); an exam older than the schedule is reported as not
//! covered unless the policy sets an amount; a course not completed during an Erasmus+ mobility is
//! retaken without the fee; and how to pay.
//!
//! ```
//! use regula_fees::{assess, FeePolicy, OutstandingExam};
//!
//! let exams = [
//!     OutstandingExam::new("MATH-101", "2019/2020".parse()?),
//!     OutstandingExam::new("PHYS-101", "2021/2022".parse()?),
//! ];
//! let owed = assess(&FeePolicy::umc_2020(), "2021/2022".parse()?, &exams)?;
//! assert_eq!(owed.total.to_string(), "100.00 RON"); // 2 years old: 100 RON; current year: free
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod assess;
mod error;
pub mod formula;
mod mobility;
pub mod policy;
pub mod request;
pub mod rules;
mod statement;

pub use assess::{
    FeeAssessment, FeeBasis, FeeItem, FeeStatus, OutstandingExam, assess, assess_explained,
    assess_with, fee_for,
};
pub use error::FeesError;
pub use formula::{ExamKind, FeeFormula, FeeRounding, FeeRule, StudentStatus};
pub use mobility::mobility_exams;
pub use policy::{FeePolicy, PaymentChannel};
pub use statement::statement_csv;
