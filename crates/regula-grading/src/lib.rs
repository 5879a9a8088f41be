//! # regula-grading
//!
//! The grading rules of a Romanian university (UMC-EXAM §5.2–§5.5, rule ids `GR-*` and `QZ-*` of
//! the catalogue):
//!
//! - [`CourseSheet`]: the course sheet (*fișa disciplinei*), whose activities' allotments add up to
//!   exactly 10 points (GR-2), with qualifier courses (GR-1) and admission conditions (GR-7);
//! - [`CourseSheet::evaluate`] / [`CourseSheet::evaluate_explained`]: a student's result: absence is 0 points
//!   (GR-6), the total (GR-3), the grade (GR-4, [`grade_for_total`]), pass or fail (GR-5), *absent*
//!   (GR-9), *not admitted* (GR-7);
//! - [`weighted_average`]: the credit-weighted average, optional courses only on written request
//!   (GR-8);
//! - [`Quiz`]: the online multiple-choice quiz: bank minimum by session (QZ-3), question value with
//!   and without a semester bonus, multiple-answer scoring as a policy (QZ-4), then GR-4;
//! - [`policy`]: every number above as data, with the UMC 2020 preset [`policy::umc_2020`];
//! - [`ImprovementPolicy`]: grade improvement (*mărire de notă*): the request's deadline
//!   (GR-12), eligibility and quotas (GR-13), the higher grade stands (GR-14);
//! - [`request`]: the JSON requests and responses of the `regula grade …` commands.
//!
//! Every evaluation has a fast path that builds no explanation and allocates nothing for valid
//! input, and an explained path that runs the same code and records each rule applied.
//!
//! ```
//! use std::collections::BTreeMap;
//! use regula_grading::{policy::umc_2020, CourseSheet, CourseOutcome, Score};
//!
//! let sheet: CourseSheet = serde_json::from_str(r#"{
//!     "code": "NAV-101", "credits": 5,
//!     "activities": [
//!         {"id": "lab", "kind": "laboratory", "allotment": 3},
//!         {"id": "exam", "kind": "final_evaluation", "allotment": 7}
//!     ],
//!     "admission": [{"activity": "lab"}]
//! }"#)?;
//! let history = umc_2020();
//! let policy = &history.latest().policy;
//! let scores = [Score::Points("2.5".parse()?), Score::Points("4.25".parse()?)];
//! let decision = sheet.evaluate_explained(policy, "S1", &scores)?;
//! assert!(matches!(decision.outcome, CourseOutcome::Graded { passed: true, .. }));
//! assert_eq!(decision.outcome.grade().unwrap().in_words(), "7 (șapte)");
//! assert!(decision.explanation.cites("GR-4"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod average;
mod course;
mod error;
mod improvement;
pub mod policy;
mod quiz;
mod quiz_penalty;
pub mod request;
pub mod rules;
mod sheet;
mod weighted;

pub use average::{
    Average, AverageEntry, Averaged, Period, average_of, weighted_average,
    weighted_average_explained, weighted_average_for, weighted_average_with,
};
pub use course::{CourseOutcome, GradeReason, Qualifier, Score, grade_for_total};
pub use error::GradingError;
pub use improvement::{
    EarlierImprovement, ImprovementFacts, ImprovementPolicy, ImprovementResult, ImprovementVerdict,
    grade_that_stands,
};
pub use policy::{
    AveragePolicy, ComponentAbsence, ComponentPolicy, FailedPoints, FixedDivisor, GradingPolicy,
    MultipleAnswerScoring, Obtained, OptionalCourses, PassBy, QuizPolicy, RoundingMode,
    WeightBound,
};
pub use quiz::{Answer, MAX_CHOICES, Quiz, QuizAttempt, QuizSpec};
pub use quiz_penalty::OptionsPenalty;
pub use sheet::{
    Activity, ActivityKind, AdmissionCondition, Assessment, CourseKind, CourseSheet,
    CourseSheetSpec, Scheme,
};
