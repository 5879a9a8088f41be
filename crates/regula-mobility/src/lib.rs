//! # regula-mobility
//!
//! The Erasmus+ student mobility regulation of the Protestant Theological Institute, Cluj
//! (ITP-ERASMUS, rules MO-1..MO-12), from the call to the documents due after return:
//!
//! - [`eligibility`]: who may apply (MO-1 study, MO-2 training); every condition checked, every
//!   unmet one listed with its reason;
//! - [`check_dossier`]: the application dossier (MO-3, MO-4): required, "if asked" and
//!   recommended documents, signatures, data, the letter's 2,000 characters (Unicode
//!   characters, not bytes), the deadline; completable until the deadline;
//! - [`validate_call`], [`validate_committee`]: the call (MO-5) and the selection committee
//!   (MO-6), every violation reported;
//! - [`select`]: the published points system (MO-7) as policy, ranked by the engine of
//!   `regula-ranking` (shared with any other ranked selection), each candidate's score with its
//!   breakdown, the ranking per field with the documented tie-break, the places and the reserve
//!   list, and the grant conditions that keep a positive decision provisional (MO-8);
//!   [`check_minutes`]: the minutes and the simple majority (MO-7);
//! - [`mobility_calendar`]: duration (MO-9), every document deadline as a date — working days
//!   counted with the Romanian holidays of `regula-calendar` — (MO-10), the documents due after
//!   return (MO-11), the debts to clear before departure (MO-12), and what is overdue on a day.
//!
//! Every parameter is in [`MobilityPolicy`]; [`MobilityPolicy::itp_2014`] is the regulation with
//! Regula's documented defaults where it is silent.
//!
//! ```
//! use regula_calendar::Calendar;
//! use regula_mobility::{MobilityKind, MobilityPolicy, Trip, mobility_calendar_explained};
//!
//! let trip = Trip {
//!     kind: MobilityKind::Study,
//!     departure: "2027-02-15".parse()?,
//!     return_date: "2027-06-30".parse()?,
//!     agreement_signed_before_departure: true,
//!     earns_ects: false,
//!     debts: vec![],
//! };
//! let today = "2027-01-20".parse()?;
//! let decision = mobility_calendar_explained(&MobilityPolicy::itp_2014(), &Calendar::romania(), &trip, &[], today)?;
//! let contract = &decision.outcome.deadlines[0];
//! // MO-10: 15 working days before Monday 15 February 2027 is Monday 25 January.
//! assert_eq!(contract.date.unwrap().to_string(), "2027-01-25");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod award;
mod budget;
mod call;
mod cycle;
mod dossier;
mod eligibility;
mod error;
mod model;
pub mod policy;
pub mod request;
pub mod rules;
mod schedule;
mod selection;

pub use award::{Award, AwardWords, Gender, Title};
pub use call::{Call, Committee, FieldPlaces, Member, validate_call, validate_committee};
pub use cycle::{EarlierMobility, StudyCycle};
pub use dossier::{
    CommitteeAsks, Defect, Dossier, DossierItem, DossierStatus, DossierVerdict, Problem,
    check_dossier, check_dossier_explained, check_dossier_with,
};
pub use eligibility::{
    Applicant, Citizenship, ConditionResult, ConditionStatus, EligibilityVerdict, eligibility,
    eligibility_explained, eligibility_with,
};
pub use error::MobilityError;
pub use model::{DocumentKind, LanguageLevel, MobilityKind, Requirement};
pub use policy::{
    Band, CommitteePolicy, Covers, Criterion, DeadlinePolicy, DocumentRule, DurationPolicy,
    EarlierMobilityRule, ExtraCondition, MobilityPolicy, PointsSystem, Scale, TieBreak,
};
/// The ranking engine's types that a selection's JSON shows (MO-7), from `regula-ranking`.
pub use regula_ranking::{CriterionScore, Excluded};
pub use schedule::{
    Bound, Counted, Deadline, Debt, HandedIn, MobilityCalendar, MobilityDocument, Status, Trip,
    mobility_calendar, mobility_calendar_explained, mobility_calendar_with,
};
pub use selection::{
    Application, Awaited, FieldResult, GrantProgress, Minutes, Outcome, Ranked, Selection, Votes,
    check_minutes, score, select, select_explained, select_with,
};
