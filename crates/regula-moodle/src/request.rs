//! The requests of `regula moodle gradebook` and `regula moodle quiz`: a Moodle export (the
//! document, as text or base64) and the course holder's mapping.

use std::fmt;

use regula_core::locale::Message;
use regula_core::{PolicyHistory, Response, Violations};
use regula_grading::request::{CourseRequest, CourseResults, QuizRequest, QuizResults};
use regula_grading::{GradingError, GradingPolicy};
use serde::{Deserialize, Serialize};

use crate::error::{Problem, Problems, Warning};
use crate::gradebook::{GradebookMapping, read_gradebook};
use crate::quiz::{QuizMapping, read_quiz};
use regula_sheets::{FileInput, Table, read_table};

/// The document of a request read into a table; `separator` for CSV (guessed when `None`).
fn table(file: &FileInput, separator: Option<char>) -> Result<Table, Problems> {
    let bytes = file.bytes()?;
    let separator = match separator {
        None => None,
        Some(c @ (',' | ';' | '\t' | '|')) => Some(c as u8),
        Some(c) => {
            return Err(Problem::at(
                "mapping.separator",
                format!(
                    "`{}` is not a CSV separator (`,`, `;`, a tab or `|`)",
                    c.escape_default()
                ),
            )
            .into());
        }
    };
    read_table(file.media_type, &bytes, separator)
}

/// `regula moodle gradebook`: a gradebook export mapped to a course sheet's activities.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradebookRequest {
    /// The gradebook: CSV, XLSX or ODS (the first sheet).
    pub file: FileInput,
    /// Which grade item is which activity, and how.
    pub mapping: GradebookMapping,
}

/// What a gradebook gave: the request `grade course` reads, what was left out, and the students'
/// outcomes when the mapping asked to grade them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GradebookImport {
    /// The `grade course` request: the course sheet and each student's scores.
    pub course: CourseRequest,
    /// Every row and column left out, and why.
    pub warnings: Vec<Warning>,
    /// Each student's outcome (`mapping.grade`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<CourseResults>,
}

impl fmt::Display for GradebookImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("moodle-gradebook-header")
            .arg("course", self.course.sheet.code.as_str())
            .arg("students", self.course.students.len());
        write!(f, "{header}")?;
        write_warnings(f, &self.warnings)?;
        if let Some(results) = &self.results {
            write!(f, "\n\n{results}")?;
        }
        Ok(())
    }
}

fn write_warnings(f: &mut fmt::Formatter<'_>, warnings: &[Warning]) -> fmt::Result {
    if !warnings.is_empty() {
        write!(f, "\n{}", Message::new("moodle-left-out"))?;
        for w in warnings {
            write!(f, "\n  {w}")?;
        }
    }
    Ok(())
}

/// Why a Moodle export could not be read or graded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoodleError {
    /// The document or the mapping: every problem, each with its place.
    #[error("{0}")]
    Read(#[from] Problems),
    /// Read, but the grading engine refused it: every problem.
    #[error("the export was read, but cannot be graded: {0}")]
    Graded(String),
}

/// Answers a [`GradebookRequest`] under the grading policy.
pub fn answer_gradebook(
    history: &PolicyHistory<GradingPolicy>,
    request: &GradebookRequest,
) -> Result<Response<GradebookImport>, MoodleError> {
    let table = table(&request.file, request.mapping.separator)?;
    let book = read_gradebook(&table, &request.mapping)?;
    let grade = request
        .mapping
        .grade
        .then_some(regula_grading::request::grade_course as GradeFn<_, _>);
    imported(
        history,
        book.course,
        request.mapping.date,
        grade,
        |course, results| GradebookImport {
            course,
            warnings: book.warnings,
            results,
        },
    )
}

/// The response to an import: the request read, graded at once when `grade` is given (the
/// grading's policy version and explanation), else under the version in force on `date`.
fn imported<R, O, I>(
    history: &PolicyHistory<GradingPolicy>,
    read: R,
    date: Option<chrono::NaiveDate>,
    grade: Option<GradeFn<R, O>>,
    import: impl FnOnce(R, Option<O>) -> I,
) -> Result<Response<I>, MoodleError> {
    if let Some(grade) = grade {
        let graded = grade(history, &read).map_err(|e| MoodleError::Graded(e.to_string()))?;
        return Ok(Response {
            policy: graded.policy,
            outcome: import(read, Some(graded.outcome)),
            explanation: graded.explanation,
        });
    }
    let version = history
        .in_force_on_or_latest(date)
        .map_err(|e| MoodleError::Graded(e.to_string()))?;
    Ok(Response::unexplained(history, version, import(read, None)))
}

/// A grading command's answer (`grade_course`, `grade_quiz`).
type GradeFn<R, O> =
    fn(&PolicyHistory<GradingPolicy>, &R) -> Result<Response<O>, Violations<GradingError>>;

/// `regula moodle quiz`: a quiz results report mapped to a quiz's attempts (QZ-4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizImportRequest {
    /// The results report: CSV, XLSX or ODS (the first sheet).
    pub file: FileInput,
    /// The quiz, and how its report is read.
    pub mapping: QuizMapping,
}

/// What a quiz report gave: the request `grade quiz` reads, what was left out, and the students'
/// outcomes when the mapping asked to grade them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct QuizImport {
    /// The `grade quiz` request: the quiz and one attempt per finished row.
    pub quiz: QuizRequest,
    /// Every row and column left out, and why.
    pub warnings: Vec<Warning>,
    /// Each student's outcome (`mapping.grade`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<QuizResults>,
}

impl fmt::Display for QuizImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("moodle-quiz-header")
            .arg("course", self.quiz.quiz.course.as_str())
            .arg("attempts", self.quiz.attempts.len());
        write!(f, "{header}")?;
        write_warnings(f, &self.warnings)?;
        if let Some(results) = &self.results {
            write!(f, "\n\n{results}")?;
        }
        Ok(())
    }
}

/// Answers a [`QuizImportRequest`] under the grading policy.
pub fn answer_quiz(
    history: &PolicyHistory<GradingPolicy>,
    request: &QuizImportRequest,
) -> Result<Response<QuizImport>, MoodleError> {
    let table = table(&request.file, request.mapping.separator)?;
    let report = read_quiz(&table, &request.mapping)?;
    let grade = request
        .mapping
        .grade
        .then_some(regula_grading::request::grade_quiz as GradeFn<_, _>);
    let date = Some(request.mapping.quiz.session_date);
    imported(history, report.request, date, grade, |quiz, results| {
        QuizImport {
            quiz,
            warnings: report.warnings,
            results,
        }
    })
}
