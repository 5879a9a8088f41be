//! # regula-ects
//!
//! Recognition of an Erasmus+ study mobility by the faculty's Studies and Credits Commission
//! (ITP-ERASMUS §12, rules EC-*):
//!
//! - [`convert`]: a host grade to the Romanian 10..1 scale (EC-11) — the ECTS letter table, or
//!   grade distribution tables (the ECTS Users' Guide 2015 method); never a guess;
//! - [`propose`]: the plan recognising the most home credits (EC-4..EC-6, EC-9, EC-10), solved
//!   exactly as a maximum-weight assignment, every line explained;
//! - [`check`]: every rule a hand-written plan breaks;
//! - [`consequences`]: the minimums (EC-1, EC-3), grant repayment (EC-13) and the home courses
//!   still to sit (FE-4).
//!
//! - [`import_elmo`]: a transcript of records in the EMREX/ELMO XML format (1.x, 2.0, inside an
//!   EWP response), problems per course, grading scales as data.
//!
//! Not yet: optional-course recognition (EC-7), CSC n:m mappings and credit overrides (EC-8,
//! EC-12).
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod convert;
mod elmo;
mod error;
mod hungarian;
mod minimums;
mod plan;
pub mod request;
pub mod rules;
mod supplement;

pub use convert::{
    Conversion, ConversionPolicy, DistributionTable, GradeShare, HostGrade, LetterRow, Minimums,
    convert,
};
pub use elmo::{
    ELMO_MAX_DEPTH, ELMO_NAMESPACE, ELMO_PRE_1_0_NAMESPACE, ElmoError, ElmoWarning, GradingScale,
    GradingScales, ImportedCourse, Institution, InstitutionId, Issuer, Learner,
    RecognitionDocument, Title, Transcript, export_recognition, import_elmo,
};
pub use error::EctsError;
pub use minimums::{Consequences, Period, consequences};
pub use plan::{
    AgreementChange, Category, CscDecision, CscKind, HomeCourse, HomeKind, HostCourse,
    LearningAgreement, Mobility, PlanLine, PlanViolation, RecognitionPlan, SyllabusMatch, Topic,
    check, match_threshold, propose, propose_explained, propose_with,
};
pub use supplement::SupplementRule;
