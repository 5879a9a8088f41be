//! Moodle exports read into Regula's grading requests (issue #29).
//!
//! - The gradebook (Moodle's "Export to text file", or to an Excel or OpenDocument spreadsheet):
//!   each grade item the course holder maps becomes an activity of the course sheet, its points
//!   `value × allotment / item maximum` computed exactly (a value that does not scale to an exact
//!   decimal is refused, naming the cell: nothing is rounded here — rounding is the grading
//!   policy's, applied by `grade course` to the total).
//! - The quiz results report ("Results > Grades"): each finished attempt becomes the answers
//!   `grade quiz` scores (QZ-4).
//!
//! Every row or column left out comes back as a [`Warning`] with its reason; every problem as a
//! [`Problem`] naming its place (`Sheet1!C7`, `line 7, column 3`), all of them at once.
//!
//! A crate of its own, not the grading crate: reading spreadsheets brings `calamine`, a zip
//! reader and `csv`, which the rule engines do not need; the grading crate stays rules only, and
//! this one turns bytes into its requests. No I/O: a document is bytes.
#![forbid(unsafe_code)]

pub mod error;
pub mod gradebook;
pub mod quiz;
pub mod request;

pub use error::{Problem, Problems, Warning};
pub use gradebook::{Dash, Gradebook, GradebookMapping, ItemMapping, MatchBy, read_gradebook};
pub use quiz::{QuizMapping, QuizReport, read_quiz};
pub use regula_sheets::{FileInput, MediaType, Table, read_table};
