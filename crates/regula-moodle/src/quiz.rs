//! Moodle's quiz results report ("Results > Grades", downloaded) read into the attempts `grade
//! quiz` scores (QZ-4): one attempt per finished row, one answer per question column.

use std::collections::{BTreeMap, HashMap};

use regula_core::Points;
use regula_grading::request::QuizRequest;
use regula_grading::{Answer, QuizAttempt, QuizSpec};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Problem, Problems, Warning};
use crate::gradebook::{EMAIL, ID_NUMBER, MatchBy, column_warning, find, key_column, row_place};
use regula_sheets::cells::{Cell, Table, Value, parse_decimal};

fn email() -> MatchBy {
    MatchBy::Email
}

/// How a quiz results report becomes a quiz's attempts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizMapping {
    /// The quiz as the teacher set it up (as `grade quiz` reads it); its session date selects the
    /// policy version.
    pub quiz: QuizSpec,
    /// Which column identifies a student: `email` (the default: the report always has it) or
    /// `id_number` (when the site shows it).
    #[serde(default = "email")]
    pub match_by: MatchBy,
    /// The semester bonus of each student (by the key matched), when the quiz has one (QZ-4).
    #[serde(default)]
    pub bonus: BTreeMap<String, Points>,
    /// The CSV separator (`,`, `;` or a tab); guessed from the header line when absent.
    #[serde(default)]
    pub separator: Option<char>,
    /// Grade the attempts at once (`grade quiz`): each student's outcome.
    #[serde(default)]
    pub grade: bool,
}

const STATE: &[&str] = &["State", "Stare"];
const FINISHED: &[&str] = &["Finished", "Terminat", "Finalizat", "Încheiat"];
const INFORMATIONAL: &[&str] = &[
    "Surname",
    "Last name",
    "Nume",
    "First name",
    "Prenume",
    "Institution",
    "Department",
    "Started on",
    "Început",
    "Început la",
    "Completed",
    "Finalizat",
    "Completat",
    "Time taken",
    "Timp necesar",
    "Durată",
];

/// What a quiz report gave: the request `grade quiz` reads, and what was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizReport {
    /// The quiz and one attempt per finished row.
    pub request: QuizRequest,
    /// Every row and column left out, and why.
    pub warnings: Vec<Warning>,
}

/// `Q. 3 /1.00` (or `Î. 3 /1,00`): the question's number and its maximum mark.
fn question(header: &str) -> Option<(u32, Decimal)> {
    let (left, right) = header.rsplit_once('/')?;
    let maximum = parse_decimal(right)?;
    let left = left.trim();
    let number = left.rsplit(|c: char| !c.is_ascii_digit()).next()?;
    let prefix = left[..left.len() - number.len()]
        .trim()
        .trim_end_matches('.');
    if !matches!(prefix, "Q" | "Î" | "I" | "Întrebarea" | "Question") {
        return None;
    }
    Some((number.parse().ok()?, maximum))
}

fn is_grade(header: &str) -> bool {
    let lower = header.to_lowercase();
    lower.starts_with("grade/") || lower.starts_with("notă/") || lower.starts_with("nota/")
}

/// Reads a quiz results report under `mapping`: every problem at once, or the attempts.
pub fn read_quiz(table: &Table, mapping: &QuizMapping) -> Result<QuizReport, Problems> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let Some(header) = table.rows.first() else {
        return Err(Problem::at("the document", "it is empty: no header row").into());
    };
    let (key, key_names) = key_column(header, mapping.match_by, &mut problems);
    let state = find(header, STATE);
    if state.is_none() {
        problems.push(Problem::at(
            row_place(header),
            "the header has no `State` column: which attempts are finished is unknown",
        ));
    }
    let mut questions: Vec<(usize, u32, Decimal)> = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let text = cell.text();
        if let Some((number, maximum)) = question(&text) {
            if maximum <= Decimal::ZERO {
                problems.push(Problem::new(
                    &cell.place,
                    format!("the question's maximum mark must be positive: `{text}`"),
                ));
            }
            questions.push((index, number, maximum));
        } else if is_grade(&text) {
            warnings.push(column_warning(
                cell,
                "column-ignored",
                "Moodle's grade is left out: Regula scores the answers itself (QZ-4)",
            ));
        } else if !(INFORMATIONAL.iter().any(|n| n.eq_ignore_ascii_case(&text))
            || STATE.iter().any(|n| n.eq_ignore_ascii_case(&text))
            || ID_NUMBER.iter().any(|n| n.eq_ignore_ascii_case(&text))
            || EMAIL.iter().any(|n| n.eq_ignore_ascii_case(&text)))
        {
            warnings.push(column_warning(
                cell,
                "column-ignored",
                format!("the column `{text}` is not a question: left out"),
            ));
        }
    }
    questions.sort_by_key(|(_, number, _)| *number);
    if questions.len() != mapping.quiz.questions as usize {
        problems.push(Problem::at(
            row_place(header),
            format!(
                "{} question columns (`Q. n /max`), but the quiz draws {} questions (mapping.quiz.questions)",
                questions.len(),
                mapping.quiz.questions
            ),
        ));
    }
    let mut attempts = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for row in table.rows.iter().skip(1) {
        let (Some(key), Some(state)) = (key, state) else {
            break;
        };
        let place = row_place(row);
        let first = row.first().map(Cell::text).unwrap_or_default();
        let lower = first.to_lowercase();
        if lower.starts_with("overall average") || lower.starts_with("media generală") {
            warnings.push(Warning::new(
                place,
                "overall-average",
                "Moodle's overall average is not an attempt: left out",
            ));
            continue;
        }
        let id = row.get(key).map(Cell::text).unwrap_or_default();
        if id.is_empty() {
            warnings.push(Warning::new(
                place,
                "no-student-key",
                format!("the attempt has no {}: left out", key_names[0]),
            ));
            continue;
        }
        let status = row.get(state).map(Cell::text).unwrap_or_default();
        if !FINISHED.iter().any(|f| f.eq_ignore_ascii_case(&status)) {
            warnings.push(Warning::new(
                place,
                "attempt-not-finished",
                format!("the attempt of `{id}` is `{status}`, not finished: left out"),
            ));
            continue;
        }
        if let Some(first) = seen.insert(id.clone(), place.clone()) {
            problems.push(Problem::at(
                &place,
                format!(
                    "a second finished attempt of `{id}` (first at {first}): keep the one that counts"
                ),
            ));
            continue;
        }
        let mut answers = Vec::with_capacity(questions.len());
        for (index, number, maximum) in &questions {
            let Some(cell) = row.get(*index) else {
                problems.push(Problem::at(
                    &place,
                    format!("the row ends before question {number}"),
                ));
                continue;
            };
            match answer(cell, *number, *maximum) {
                Ok(a) => answers.push(a),
                Err(p) => problems.push(p),
            }
        }
        attempts.push(QuizAttempt {
            bonus: mapping.bonus.get(&id).copied().unwrap_or(Points::ZERO),
            student: id,
            absent: false,
            answers,
        });
    }
    for student in mapping.bonus.keys() {
        if !seen.contains_key(student) {
            problems.push(Problem::at(
                format!("mapping.bonus[{student:?}]"),
                "a bonus for a student with no finished attempt in the report",
            ));
        }
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    Ok(QuizReport {
        request: QuizRequest {
            quiz: mapping.quiz.clone(),
            attempts,
        },
        warnings,
    })
}

/// One question's mark: the full mark a correct answer, 0 a wrong one, `-` unanswered; a partial
/// mark (a multiple-answer question) cannot be told apart into choices, and is refused.
fn answer(cell: &Cell, number: u32, maximum: Decimal) -> Result<Answer, Problem> {
    if matches!(&cell.value, Value::Empty)
        || matches!(&cell.value, Value::Text(t) if t == "-" || t == "–")
    {
        return Ok(Answer::default());
    }
    let Some(mark) = cell.decimal()? else {
        return Err(Problem::new(
            &cell.place,
            format!(
                "`{}` where the mark of question {number} is expected",
                cell.text()
            ),
        ));
    };
    if mark == maximum {
        Ok(Answer::single(true))
    } else if mark.is_zero() {
        Ok(Answer::single(false))
    } else {
        Err(Problem::new(
            &cell.place,
            format!(
                "a partial mark {mark} of {maximum} on question {number}: QZ-4 scores whole \
                 answers, so only {maximum}, 0 or `-` can be read"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::question;
    use rust_decimal::Decimal;

    #[test]
    fn question_columns_are_recognised() {
        assert_eq!(question("Q. 1 /1.00"), Some((1, Decimal::new(100, 2))));
        assert_eq!(question("Q. 12 /0,50"), Some((12, Decimal::new(50, 2))));
        assert_eq!(question("Grade/10.00"), None);
    }
}
