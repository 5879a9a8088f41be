//! What a Moodle export leaves out ([`Warning`]); what stops it from being read is a
//! [`Problem`] of the document, each naming its place ([`Problems`]).

use std::fmt;

use serde::{Deserialize, Serialize};

pub use regula_sheets::{Problem, Problems};

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
