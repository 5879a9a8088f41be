//! The recognition plan (EC-4..EC-6, EC-9, EC-10): which host course replaces which home course,
//! proposed exactly (a maximum-weight assignment) and checked rule by rule.

use regula_core::{Credits, Decimal, Grade};
use serde::{Deserialize, Serialize};

use crate::convert::{DistributionTable, HostGrade};

mod check;
mod index;
mod propose;
#[cfg(test)]
mod tests;

pub use check::check;
pub(crate) use index::Index;
pub use propose::{propose, propose_explained, propose_with};
/// A topic of a home syllabus and its hours (EC-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// The topic.
    pub name: String,
    /// Its hours.
    pub hours: u32,
}

/// A course of the home study plan for the mobility semester.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HomeCourse {
    /// Its id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its credits.
    pub credits: Credits,
    /// Already passed at home (EC-10: not recognised again).
    #[serde(default)]
    pub passed_at_home: bool,
    /// Compulsory or optional in the home plan.
    #[serde(default)]
    pub kind: HomeKind,
    /// Its syllabus' topics, to compute a match (EC-5).
    #[serde(default)]
    pub topics: Vec<Topic>,
}

/// Whether a home course is compulsory or optional in the study plan.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum HomeKind {
    /// Compulsory (*obligatorie*).
    #[default]
    Compulsory,
    /// Optional (*opțională*).
    Optional,
}

/// A change to the learning agreement after departure (MO-10: within a month).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementChange {
    /// The host course.
    pub host: String,
    /// Added (`true`) or removed (`false`).
    pub added: bool,
    /// When the change was signed.
    pub date: chrono::NaiveDate,
}

/// The learning agreement: the host courses planned before departure, and its changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningAgreement {
    /// The host courses planned.
    pub planned: Vec<String>,
    /// The changes, in order.
    #[serde(default)]
    pub changes: Vec<AgreementChange>,
}

impl LearningAgreement {
    /// The host courses of the agreement as amended.
    pub fn courses(&self) -> Vec<&str> {
        let mut courses: Vec<&str> = self.planned.iter().map(String::as_str).collect();
        for change in &self.changes {
            if change.added {
                if !courses.contains(&change.host.as_str()) {
                    courses.push(&change.host);
                }
            } else {
                courses.retain(|c| *c != change.host);
            }
        }
        courses
    }
}

/// A course of the host transcript of records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HostCourse {
    /// Its id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its ECTS credits.
    pub credits: Credits,
    /// Whether the student passed it.
    pub passed: bool,
    /// The grade and its scale.
    pub grade: HostGrade,
}

/// How much of a home course's syllabus a host course covers (EC-5): the CSC's percentage, or the
/// home topics it covers (their share of the home course's hours).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SyllabusMatch {
    /// The host course.
    pub host: String,
    /// The home course.
    pub home: String,
    /// The CSC's percentage.
    #[serde(default, deserialize_with = "regula_core::exact::optional")]
    pub percent: Option<Decimal>,
    /// The home topics the host course covers.
    #[serde(default)]
    pub covered_topics: Vec<String>,
}

/// Everything the CSC decides recognition from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mobility {
    /// The home courses contracted for the mobility semester(s).
    pub home_courses: Vec<HomeCourse>,
    /// The host transcript (empty when a request gives it as an ELMO document).
    #[serde(default)]
    pub host_courses: Vec<HostCourse>,
    /// The syllabus matches.
    #[serde(default)]
    pub matches: Vec<SyllabusMatch>,
    /// Grade distribution tables of the host scales (EC-11).
    #[serde(default)]
    pub grade_tables: Vec<DistributionTable>,
    /// The CSC's own decisions (EC-7, EC-8, EC-12), applied before the proposer's assignment.
    #[serde(default)]
    pub csc_decisions: Vec<CscDecision>,
    /// The learning agreement, as amended: a host course outside it replaces a home course only
    /// by a CSC decision (EC-2, EC-8).
    #[serde(default)]
    pub learning_agreement: Option<LearningAgreement>,
    /// EC-9: the student asked in writing that the passed host courses replacing no home course
    /// be listed in the Diploma Supplement. Read only under a policy whose
    /// `diploma_supplement` is `on_request`; not asked when absent.
    #[serde(default)]
    pub supplement_requested: bool,
}

/// What a host course becomes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "category", rename_all = "snake_case")]
pub enum Category {
    /// It replaces a home course, with that course's credits (EC-5, EC-6).
    Replaces {
        /// The home course.
        home: String,
    },
    /// An optional course of the specialisation, with the credits the home institution gives
    /// (EC-7, by the CSC's decision).
    Optional,
    /// Recognised by the CSC's analysis as the home courses listed — one host course for several
    /// home courses or the reverse — with the credits the CSC sets (EC-8, EC-12).
    CscDecided {
        /// The home courses.
        homes: Vec<String>,
    },
    /// Extra-curricular, in the Diploma Supplement, with its own credits (EC-9).
    ExtraCurricular,
    /// Passed but replacing no home course, and left out of the Diploma Supplement: the policy
    /// lists such a course only at the student's written request, and the student did not ask
    /// (EC-9, `diploma_supplement: on_request`). No credits, no grade.
    NotInSupplement,
    /// Not recognised (failed).
    NotRecognised,
}

/// What the CSC decided for some host courses, with its reasons (EC-2, EC-7, EC-8, EC-12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum CscKind {
    /// An optional course in the specialisation (EC-7).
    Optional,
    /// The host courses are recognised as these home courses (EC-8: n:m).
    Mapping {
        /// The home courses.
        homes: Vec<String>,
    },
    /// Extra-curricular with credits set by the CSC (EC-9).
    ExtraCurricular,
}

/// A decision of the Studies and Credits Commission on some host courses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CscDecision {
    /// The host courses it decides on.
    pub hosts: Vec<String>,
    /// What they become.
    pub decision: CscKind,
    /// The credits recognised (carried by the first host course's line). EC-12: they may differ
    /// from the home courses' credits, with a justification.
    pub credits: Credits,
    /// The CSC's reasons, recorded in the plan.
    pub justification: String,
}

/// One line of a recognition plan. (Its category's fields sit beside the line's own, so unknown
/// fields cannot be refused here: serde's `flatten` does not allow it.)
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanLine {
    /// The host course.
    pub host: String,
    /// What it becomes.
    #[serde(flatten)]
    pub category: Category,
    /// The credits recognised.
    #[serde(default)]
    pub credits: Option<Credits>,
    /// The converted grade.
    #[serde(default)]
    pub grade: Option<Grade>,
}

/// A recognition plan: one line per host course.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecognitionPlan {
    /// The lines.
    pub lines: Vec<PlanLine>,
}

impl RecognitionPlan {
    /// The home credits the plan recognises: replacements (EC-6) and CSC mappings (EC-8).
    pub fn home_credits(&self) -> Decimal {
        self.lines
            .iter()
            .filter(|l| {
                matches!(
                    l.category,
                    Category::Replaces { .. } | Category::CscDecided { .. }
                )
            })
            .filter_map(|l| l.credits)
            .map(Credits::value)
            .sum()
    }

    /// The home courses the plan recognises.
    pub fn recognised_homes(&self) -> Vec<&str> {
        self.lines
            .iter()
            .flat_map(|l| match &l.category {
                Category::Replaces { home } => vec![home.as_str()],
                Category::CscDecided { homes } => homes.iter().map(String::as_str).collect(),
                _ => Vec::new(),
            })
            .collect()
    }
}

/// A rule a plan breaks: the rule, its article and what is wrong.
pub type PlanViolation = regula_core::Breach;

/// The EC-5 threshold of `policy`: the share of a home course's syllabus a host course must
/// match to replace it (75% in the ITP preset; `ects.syllabus_match_percent`).
pub fn match_threshold(policy: &crate::ConversionPolicy) -> Decimal {
    policy.syllabus_match_percent
}
