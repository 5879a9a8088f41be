//! Import of transcripts of records in the EMREX/ELMO XML format (ELMO 1.x and 2.0, and the EMREX
//! format before 1.0; bare or
//! inside an Erasmus Without Paper ToR response), as European universities' systems send them
//! (EC-11): courses at the level that carries the ECTS credits, issuers kept apart, titles in
//! every language, grading scales identified from data, result distributions put best first.
//!
//! A course the importer cannot use is a [`ElmoWarning`] naming it, the element, its line and
//! column; the rest of the document is imported. Only a document that is not well-formed XML, or
//! not ELMO, is an [`ElmoError`].

mod decimal;
mod export;
mod read;
mod scales;
mod tree;

use serde::{Deserialize, Serialize};

use crate::convert::DistributionTable;
use crate::plan::HostCourse;

pub use export::{Institution, InstitutionId, Learner, RecognitionDocument, export_recognition};
pub use read::import_elmo;
pub use scales::{GradingScale, GradingScales};
pub use tree::MAX_DEPTH as ELMO_MAX_DEPTH;

/// The namespace of ELMO 1.x and 2.0 documents.
pub const ELMO_NAMESPACE: &str = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

/// The namespace of the EMREX format before ELMO 1.0 (which the 1.0 schema says it is "loosely
/// based on"); such documents also come with no namespace at all. Both are read as ELMO 1.0.
pub const ELMO_PRE_1_0_NAMESPACE: &str = "http://purl.org/net/elmo";

/// A title in a language (`xml:lang`, empty when the document gives none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Title {
    /// The language.
    pub lang: String,
    /// The text, whole.
    pub text: String,
}

/// An institution that issued a report of the transcript.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Issuer {
    /// The key its courses' ids are qualified with: its SCHAC code, else its Erasmus code, its
    /// PIC, its first identifier.
    pub key: String,
    /// Its name for display: the English title where there is one.
    pub name: String,
    /// Every title.
    pub titles: Vec<Title>,
    /// Its country (ISO 3166), if given.
    pub country: Option<String>,
}

/// A course of the transcript, as the importer read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImportedCourse {
    /// The course as recognition uses it: its id qualified by its issuer (`issuer/local id`), its
    /// English title, ECTS credits, pass or fail and grade on its scale.
    pub course: HostCourse,
    /// Its issuer's key.
    pub issuer: String,
    /// Its id at the issuer.
    pub local_id: String,
    /// Every title.
    pub titles: Vec<Title>,
    /// Its type (`Course`, `Module`, …), if given.
    pub kind: Option<String>,
    /// Its status as written (`passed`, `failed`), if given.
    pub status: Option<String>,
    /// Its result as written, if given.
    pub result: Option<String>,
    /// The line where its `learningOpportunitySpecification` starts.
    pub line: u32,
}

/// Something the importer could not use, and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ElmoWarning {
    /// The course concerned (its qualified id or, without one, its title), if any.
    pub course: Option<String>,
    /// The element.
    pub element: String,
    /// Its line and column (from 1).
    pub line: u32,
    /// The column.
    pub column: u32,
    /// What is wrong, and what the importer did.
    pub message: String,
}

impl std::fmt::Display for ElmoWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {}, <{}>",
            self.line, self.column, self.element
        )?;
        if let Some(course) = &self.course {
            write!(f, ", course {course}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A transcript read from ELMO.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Transcript {
    /// The issuers, one per institution, in document order.
    pub issuers: Vec<Issuer>,
    /// The courses at the level that carries the ECTS credits.
    pub courses: Vec<ImportedCourse>,
    /// The distribution tables of the courses' scales, best grade first, passing grades only:
    /// one per course that gives a `resultDistribution` on a scale other than the ECTS letters,
    /// named `<scale>#<course id>`.
    pub tables: Vec<DistributionTable>,
    /// What could not be used.
    pub warnings: Vec<ElmoWarning>,
}

impl Transcript {
    /// The courses as recognition uses them.
    pub fn host_courses(&self) -> Vec<HostCourse> {
        self.courses.iter().map(|c| c.course.clone()).collect()
    }
}

/// A document that is not well-formed XML, or not ELMO: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ELMO transcript, line {line}, column {column}: {message}")]
pub struct ElmoError {
    /// The line (from 1).
    pub line: u32,
    /// The column (from 1, in bytes).
    pub column: u32,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Transcript {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use regula_core::locale::{Arg, Message};
        let credits: regula_core::Decimal =
            self.courses.iter().map(|c| c.course.credits.value()).sum();
        let issuers: Vec<Arg> = self
            .issuers
            .iter()
            .map(|i| Arg::from(i.name.as_str()))
            .collect();
        let header = Message::new("ects-transcript-header")
            .arg("issuers", Arg::Enumeration(issuers))
            .arg("courses", self.courses.len())
            .arg("credits", Arg::Number(credits.normalize()));
        write!(f, "EC-11: {header}")?;
        for c in &self.courses {
            let course = &c.course;
            let verdict = if course.passed {
                "ects-course-passed"
            } else {
                "ects-course-failed"
            };
            let line = Message::new("ects-transcript-course")
                .arg("id", course.id.as_str())
                .arg("title", course.title.as_str())
                .arg("credits", Arg::Number(course.credits.value().normalize()))
                .arg("verdict", Arg::Term(std::borrow::Cow::Borrowed(verdict)))
                .arg("grade", c.result.as_deref().unwrap_or("—"))
                .arg("scale", course.grade.scale.as_str());
            write!(f, "\n  {line}")?;
        }
        if !self.warnings.is_empty() {
            let header =
                Message::new("ects-transcript-warnings").arg("warnings", self.warnings.len());
            write!(f, "\n{header}")?;
            for w in &self.warnings {
                write!(f, "\n  {w}")?;
            }
        }
        Ok(())
    }
}
