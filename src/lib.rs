//! # Regula
//!
//! Rule engines for university regulations, so that grades, exam schedules, fees, deadlines and
//! credit recognition follow the rules — exactly, and with an explanation that cites the article.
//!
//! This is the facade a student-records system, an LMS plugin or a Dean's-office tool depends on.
//! It re-exports the shared vocabulary of [`regula_core`] at its root, each domain as a module,
//! and the policy presets of the institutions whose regulations Regula implements:
//!
//! | module | rules | what it decides |
//! |---|---|---|
//! | [`grading`] | GR-1..GR-9, QZ-2..QZ-5 | course sheets, totals, grades, pass/fail, averages, online quizzes |
//! | [`calendar`] | CAL-1..CAL-3 | Bucharest instants, public holidays, working days, months, elapsed hours |
//! | [`appeals`] | AP-1..AP-5, OX-2..OX-4, CA-7 | result, platform, catalog and appeal deadlines; appeal admissibility |
//! | [`fees`] | FE-1..FE-4 | retake fees by age, Erasmus+ exemption, payment channels |
//! | [`ects`] | EC-1, EC-3..EC-6, EC-9..EC-11, EC-13 | recognition plans (exact proposer, checker), grade conversion, minimums |
//! | [`catalog`] | CA-1..CA-7, SC-7..SC-9 | the grade register: entries, signatures, append-only corrections, supplementary catalogs, CA-7 deadlines, CSV/HTML; committees, admission, open session |
//! | [`ranking`] | MO-7 | the one ranking engine: points system, scores, total order with tie-breaks on raw values, places and reserve list (Erasmus+ selection, scholarships) |
//! | [`mobility`] | MO-1..MO-12 | Erasmus+ eligibility, application dossiers, call and committee, selection, document calendar |
//! | [`counselling`] | CO-1..CO-6 | counsellors' roles, information activities, semester reports, the document flow checked against the responsibility matrix, consolidations and attendance CSV |
//! | [`scheduling`] | SC-1, SC-3..SC-7, OX-1, OX-2 | session model, timetable validator, solver and repair, ITC2007/Toronto benchmarks, iCalendar/HTML export |
//!
//! Every rule id (`GR-4`) refers to the rule catalogue ([`catalogue`], `docs/rules.md`), which
//! gives the source article.
//!
//! ```
//! use std::collections::BTreeMap;
//! use regula::grading::{CourseOutcome, CourseSheet, Score};
//! use regula::Policy;
//!
//! let policy = Policy::umc_2020();
//! let grading = &policy.grading.latest().policy;
//! let sheet: CourseSheet = serde_json::from_str(r#"{
//!     "code": "NAV-101", "title": "Navigation I", "credits": 5,
//!     "activities": [
//!         {"id": "lab", "kind": "laboratory", "allotment": 3},
//!         {"id": "seminar", "kind": "seminar", "allotment": 2},
//!         {"id": "exam", "kind": "final_evaluation", "allotment": 5}
//!     ]
//! }"#)?;
//! let scores = [
//!     Score::Points("2.5".parse()?),
//!     Score::Absent, // GR-6: 0 points
//!     Score::Points("2.25".parse()?),
//! ];
//! let decision = sheet.evaluate_explained(grading, "S1", &scores)?;
//! // 4.75 points would round to 5, but a total below 5 never passes (GR-4).
//! assert!(matches!(decision.outcome, CourseOutcome::Graded { passed: false, .. }));
//! assert_eq!(decision.outcome.grade().unwrap().in_words(), "4 (patru)");
//! println!("{decision}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]

pub use regula_core::{
    AcademicYear, Article, Citation, Credits, Currency, Decimal, Decision, Explanation, Fact,
    Grade, Money, NaiveDate, NoExplanation, Points, PolicyApplied, PolicyError, PolicyHistory,
    Recorder, Regulation, RegulationId, Rule, RuleId, Sources, Step, ValueError, Versioned,
    Violations,
};

/// The regulations a policy cites and the citations in force ([`regula_core::sources`]).
pub mod sources {
    pub use regula_core::sources::*;
}

/// A service's seal on a state it checked, so that callers can hand it back
/// ([`regula_core::seal`]): the key [`json::Context::seal_key`] takes.
pub mod seal {
    pub use regula_core::seal::*;
}

/// Languages: explanations as messages, rendered in Romanian or English (see
/// [`regula_core::locale`]).
pub mod locale {
    pub use regula_core::locale::*;
}

/// Grading: course sheets, results, grades, averages and the online quiz (GR-*, QZ-*).
///
/// See [`regula_grading`] for the whole API; everything is re-exported here.
pub mod grading {
    pub use regula_grading::*;
}

/// The calendar: Bucharest instants, Romanian public holidays, working days (CAL-*).
///
/// See [`regula_calendar`]; everything is re-exported here.
pub mod calendar {
    pub use regula_calendar::*;
}

/// Result, catalog and appeal deadlines, and appeal admissibility (AP-*, OX-2..OX-4, CA-7).
///
/// See [`regula_appeals`]; everything is re-exported here.
pub mod appeals {
    pub use regula_appeals::*;
}

/// Retake fees (FE-*).
///
/// See [`regula_fees`]; everything is re-exported here.
pub mod fees {
    pub use regula_fees::*;
}

/// ECTS recognition of an Erasmus+ mobility (EC-*).
///
/// See [`regula_ects`]; everything is re-exported here.
pub mod ects {
    pub use regula_ects::*;
}

/// The grade register (catalog) and exam administration (CA-*, SC-7..SC-9).
///
/// See [`regula_catalog`]; everything is re-exported here.
pub mod catalog {
    pub use regula_catalog::*;
}

/// The ranking engine (MO-7): a published points system, each candidate's score, a total order
/// with tie-breaks on raw values, places and a reserve list; it ranks the Erasmus+ selection and
/// any other ranked selection (scholarships), citing the rule its caller gives.
///
/// See [`regula_ranking`]; everything is re-exported here.
pub mod ranking {
    pub use regula_ranking::*;
}

/// Erasmus+ student mobility: eligibility, dossier, call, committee, selection, calendar (MO-*).
///
/// See [`regula_mobility`]; everything is re-exported here.
pub mod mobility {
    pub use regula_mobility::*;
}

/// Counselling and information of students (CO-*): roles, activities, semester reports, the
/// document flow checked against the responsibility matrix, consolidations.
///
/// See [`regula_counselling`]; everything is re-exported here.
pub mod counselling {
    pub use regula_counselling::*;
}

/// A student's progress (PR-*): the credit ledger, year-end decisions, credit points, rankings.
///
/// See [`regula_progress`]; everything is re-exported here.
pub mod progress {
    pub use regula_progress::*;
}

/// Moodle exports (the gradebook, a quiz's results report) read into grading requests.
/// See [`regula_moodle`]; everything is re-exported here.
pub mod moodle {
    pub use regula_moodle::*;
}

/// Exam-session scheduling (SC-*, OX-1, OX-2).
///
/// See [`regula_scheduling`]; everything is re-exported here.
pub mod scheduling {
    pub use regula_scheduling::*;
}

/// Spreadsheets in and out: the session plan read from a workbook following the template, and
/// tables written as XLSX (`docs/spreadsheets.md`).
pub mod sheets {
    pub use regula_sheets::*;
}

pub mod catalogue;
pub mod json;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

fn seed_sources() -> Arc<Sources> {
    Arc::new(Sources::seed())
}

/// An institution's policies for every domain Regula covers, each versioned by the date it takes
/// effect. Load one from JSON to use your institution's numbers, or start from a preset.
///
/// ```
/// let policy = regula::Policy::umc_2020();
/// let json = serde_json::to_string(&policy).unwrap();
/// let back: regula::Policy = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, policy);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The regulations the policy implements and, for every rule it adopts, the article it rests
    /// on: what every explanation, breach and document cites. The seed regulations (UMC-EXAM,
    /// ITP-ERASMUS, UTCN-CCOC, the Labour Code) when absent. A rule the policy neither cites nor
    /// adopts is not decided by: a decision that needs it is refused, naming it.
    #[serde(default = "seed_sources")]
    pub sources: Arc<Sources>,
    /// Grading and the online quiz (GR-*, QZ-*).
    pub grading: PolicyHistory<grading::GradingPolicy>,
    /// Result and appeal deadlines (AP-*, OX-2..OX-4, CA-7); the UMC 2020 preset when absent.
    #[serde(default = "appeals::policy::umc_2020")]
    pub appeals: PolicyHistory<appeals::AppealsPolicy>,
    /// Retake fees (FE-*); the UMC 2020 preset when absent.
    #[serde(default = "fees::policy::umc_2020")]
    pub fees: PolicyHistory<fees::FeePolicy>,
    /// Exam-session scheduling (SC-*, OX-1, OX-2); the UMC 2020 preset when absent.
    #[serde(default = "scheduling::policy::umc_2020")]
    pub scheduling: PolicyHistory<scheduling::SchedulingPolicy>,
    /// ECTS grade conversion (EC-11); the ITP 2014 preset when absent.
    #[serde(default = "ects::request::itp_2014")]
    pub ects: PolicyHistory<ects::ConversionPolicy>,
    /// Erasmus+ mobility (MO-*); the ITP 2014 preset when absent.
    #[serde(default = "mobility::policy::itp_2014")]
    pub mobility: PolicyHistory<mobility::MobilityPolicy>,
    /// The grade register and exam administration (CA-1..CA-6, SC-7..SC-9); the UMC 2020 preset
    /// when absent. CA-7's deadlines are the appeals policy's.
    #[serde(default = "catalog::policy::umc_2020")]
    pub catalog: PolicyHistory<catalog::CatalogPolicy>,
    /// Counselling and information of students (CO-*); the UTCN 2021 preset when absent.
    #[serde(default = "counselling::policy::utcn_2021")]
    pub counselling: PolicyHistory<counselling::CounsellingPolicy>,
    /// A student's progress (PR-*): the credit ledger, year-end decisions, credit points and
    /// rankings; the UMC 2017 promotion thresholds when absent.
    #[serde(default = "progress::policy::umc_2017")]
    pub progress: PolicyHistory<progress::ProgressPolicy>,
    /// The institution's language for explanations and documents (`"ro"`, `"en"`) when a call
    /// does not choose one (`--lang`, `Accept-Language`); English when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<locale::Lang>,
}

impl Policy {
    /// Universitatea Maritimă din Constanța, examination procedure of 2020 (UMC-EXAM), with the
    /// ITP 2014 ECTS conversion and Erasmus+ mobility rules (ITP-ERASMUS) and the UTCN 2021
    /// counselling procedure (UTCN-CCOC).
    pub fn umc_2020() -> Self {
        Policy {
            sources: seed_sources(),
            grading: grading::policy::umc_2020(),
            appeals: appeals::policy::umc_2020(),
            fees: fees::policy::umc_2020(),
            scheduling: scheduling::policy::umc_2020(),
            ects: ects::request::itp_2014(),
            mobility: mobility::policy::itp_2014(),
            catalog: catalog::policy::umc_2020(),
            counselling: counselling::policy::utcn_2021(),
            progress: progress::policy::umc_2017(),
            language: None,
        }
    }

    /// Whether and where the policy adopts the rule `id` (see [`Policy::sources`]).
    pub fn adoption(&self, id: &str) -> sources::Adoption<'_> {
        self.sources.adoption(id)
    }

    /// Checks every version of every domain's parameters, as reading a policy from JSON does: for
    /// a policy assembled in code. The error names the domain, the version, the field, the value
    /// and why.
    ///
    /// ```
    /// let mut policy = regula::Policy::umc_2020();
    /// assert_eq!(policy.check(), Ok(()));
    /// ```
    pub fn check(&self) -> Result<(), PolicyError> {
        use regula_core::CheckedPolicy;
        self.sources.check().map_err(PolicyError::Invalid)?;
        self.grading.check()?;
        self.appeals.check()?;
        self.fees.check()?;
        self.scheduling.check()?;
        self.ects.check()?;
        self.mobility.check()?;
        self.catalog.check()?;
        self.counselling.check()?;
        self.progress.check()
    }
}
