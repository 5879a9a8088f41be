//! What stops a document from being read: every problem, each naming its place.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::cells::Place;

/// One problem: where (`Exams!C7`, `line 7, column 3`, `mapping.columns`, `file.base64`) and
/// what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Problem {
    /// The place: a cell, a row, a line, a sheet, or a field of the request.
    pub place: String,
    /// What is wrong there, with the value.
    pub message: String,
}

impl Problem {
    /// A problem at a cell.
    pub fn new(place: &Place, message: impl Into<String>) -> Self {
        Problem::at(place.to_string(), message)
    }

    /// A problem at a place described in words.
    pub fn at(place: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            place: place.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
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
            "the document cannot be read ({n} {}):",
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
