//! What stops a Moodle export from being read: every problem, each naming its place.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::table::Place;

/// One problem: where (`Sheet1!C7`, `line 7, column 3`, `mapping.columns`) and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    /// The place: a cell, a line, a column or a field of the mapping.
    pub at: String,
    /// What is wrong there, with the value.
    pub message: String,
}

impl Problem {
    /// A problem at a cell.
    pub fn new(place: &Place, message: impl Into<String>) -> Self {
        Problem::at(place.to_string(), message)
    }

    /// A problem at a place described in words.
    pub fn at(at: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            at: at.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// Every problem found, in the order of the document; never empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "the Moodle export cannot be read ({n} {}):",
            if n == 1 { "problem" } else { "problems" }
        )?;
        for problem in &self.0 {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Self {
        Problems(vec![problem])
    }
}

/// A row or a column left out, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Warning {
    /// The place: `line 7`, `Sheet1!7:7` (a row), `column 9`, `Sheet1 column I` (a column), or a
    /// cell (`line 3, column 7`, `Sheet1!E3`).
    pub at: String,
    /// The column's header, for a column left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Why, in one word: `no-student-key`, `column-not-mapped`, `course-total-ignored`,
    /// `column-ignored`, `dash-read-as-absent`, `dash-read-as-zero`, `overall-average`,
    /// `attempt-not-finished`, `activity-not-mapped`.
    pub reason: String,
    /// The same, for a person.
    pub message: String,
}

impl Warning {
    pub(crate) fn new(at: impl Into<String>, reason: &str, message: impl Into<String>) -> Self {
        Warning {
            at: at.into(),
            column: None,
            reason: reason.to_owned(),
            message: message.into(),
        }
    }

    pub(crate) fn with_column(mut self, header: String) -> Self {
        self.column = Some(header);
        self
    }
}

/// In the answer's language: the place and the reason (the JSON's `message` is English, for the
/// integration's developer, and quotes the header).
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = regula_core::locale::Message::new(match self.reason.as_str() {
            "no-student-key" => "moodle-no-student-key",
            "column-not-mapped" => "moodle-column-not-mapped",
            "course-total-ignored" => "moodle-course-total-ignored",
            "dash-read-as-absent" => "moodle-dash-read-as-absent",
            "dash-read-as-zero" => "moodle-dash-read-as-zero",
            "overall-average" => "moodle-overall-average",
            "attempt-not-finished" => "moodle-attempt-not-finished",
            "activity-not-mapped" => "moodle-activity-not-mapped",
            _ => "moodle-column-ignored",
        });
        write!(f, "{}: {reason}", self.at)
    }
}
