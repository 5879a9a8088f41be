//! Moodle's gradebook ("Export to text file", or to an Excel or OpenDocument spreadsheet) read
//! into the course sheet's scores: each mapped grade item becomes an activity's points,
//! `value × allotment / item maximum`, computed exactly.

use std::collections::{BTreeMap, HashMap};

use regula_core::Points;
use regula_grading::request::{CourseRequest, StudentScores};
use regula_grading::{CourseSheetSpec, Scheme, Score};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Problem, Problems, Warning};
use regula_sheets::cells::{Cell, Place, Table, Value};

/// Which column identifies a student.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MatchBy {
    /// `ID number` (`Număr ID`): the matriculation number Moodle holds. The default.
    #[default]
    IdNumber,
    /// `Email address` (`Adresă email`).
    Email,
}

/// How a `-` (Moodle's "no grade") or an empty cell in a mapped column is read.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Dash {
    /// Absent from the activity (GR-6: it counts 0, and the outcome says absent). The default.
    #[default]
    Absent,
    /// 0 points.
    Zero,
}

/// One grade item mapped to an activity of the course sheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemMapping {
    /// The activity's id in the course sheet (`exam`).
    pub activity: String,
    /// The item's maximum grade in Moodle (`10` for a quiz out of 10).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    #[schemars(with = "regula_core::exact::ExactDecimal")]
    pub maximum: Decimal,
}

/// How a gradebook becomes a course sheet's scores, as the course holder states it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradebookMapping {
    /// The date of the evaluation, which selects the policy version; the latest when absent.
    #[serde(default)]
    pub date: Option<chrono::NaiveDate>,
    /// The course sheet whose activities the items are mapped to (as `grade course` reads it).
    pub sheet: CourseSheetSpec,
    /// Which column identifies a student: `id_number` (the default) or `email`.
    #[serde(default)]
    pub match_by: MatchBy,
    /// How `-` (no grade) is read: `absent` (the default) or `zero`.
    #[serde(default)]
    pub dash: Dash,
    /// Grade item column header (`Quiz: Test 1 (Real)`) → activity and the item's maximum. Every
    /// other item column is left out with a warning, `Course total` included.
    pub columns: BTreeMap<String, ItemMapping>,
    /// The CSV separator (`,`, `;` or a tab); guessed from the header line when absent.
    #[serde(default)]
    pub separator: Option<char>,
    /// Grade the students at once (`grade course`): each student's course outcome.
    #[serde(default)]
    pub grade: bool,
}

/// The identity columns of a gradebook, in English and Romanian: read or silently passed over.
const FIRST_NAME: &[&str] = &["First name", "Prenume"];
const LAST_NAME: &[&str] = &["Last name", "Surname", "Nume", "Nume de familie"];
pub(crate) const ID_NUMBER: &[&str] = &["ID number", "Număr ID", "Numar ID"];
pub(crate) const EMAIL: &[&str] = &[
    "Email address",
    "Adresă email",
    "Adresa email",
    "Adresă de email",
];
const IDENTITY: &[&str] = &[
    "Institution",
    "Instituție",
    "Instituţie",
    "Institutie",
    "Department",
    "Departament",
    "Username",
    "Nume utilizator",
    "Phone",
    "City/town",
];
const LAST_DOWNLOADED: &[&str] = &[
    "Last downloaded from this course",
    "Ultima descărcare din acest curs",
];

fn is(header: &str, names: &[&str]) -> bool {
    names.iter().any(|n| n.eq_ignore_ascii_case(header))
}

fn is_course_total(header: &str) -> bool {
    let lower = header.to_lowercase();
    lower.starts_with("course total") || lower.starts_with("total curs")
}

/// A column as a warning names it: `Sheet1 column C` in a sheet, `column 3` in CSV.
pub(crate) fn column_place(cell: &Cell) -> String {
    match &cell.place {
        Place::Csv { column, .. } => format!("column {column}"),
        Place::Sheet { sheet, column, .. } => {
            format!(
                "{sheet} column {}",
                regula_sheets::cells::column_letters(*column)
            )
        }
    }
}

/// A warning about the column of `cell` (a header cell): its place and its header.
pub(crate) fn column_warning(cell: &Cell, reason: &str, message: impl Into<String>) -> Warning {
    Warning::new(column_place(cell), reason, message).with_column(cell.text())
}

/// A row as a warning names it: `line 7` in CSV, `Sheet1!7:7` in a sheet.
pub(crate) fn row_place(row: &[Cell]) -> String {
    match row.first().map(|c| &c.place) {
        Some(Place::Csv { line, .. }) => format!("line {line}"),
        Some(Place::Sheet { sheet, row, .. }) => format!("{sheet}!{row}:{row}"),
        None => "an empty row".to_owned(),
    }
}

/// The header's column named one of `names`.
pub(crate) fn find(header: &[Cell], names: &[&str]) -> Option<usize> {
    header.iter().position(|c| is(&c.text(), names))
}

/// The column that identifies a student, and its names; a problem when the header lacks it.
pub(crate) fn key_column(
    header: &[Cell],
    match_by: MatchBy,
    problems: &mut Vec<Problem>,
) -> (Option<usize>, &'static [&'static str]) {
    let names = match match_by {
        MatchBy::IdNumber => ID_NUMBER,
        MatchBy::Email => EMAIL,
    };
    let key = find(header, names);
    if key.is_none() {
        problems.push(Problem::at(
            row_place(header),
            format!(
                "the header has no `{}` column to match students by (mapping.match_by)",
                names[0]
            ),
        ));
    }
    (key, names)
}

/// What a gradebook gave: the request `grade course` reads, and what was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gradebook {
    /// The course sheet and every student's scores.
    pub course: CourseRequest,
    /// Every row and column left out, and why.
    pub warnings: Vec<Warning>,
}

/// A mapped column: where, what activity, and the scale.
struct Mapped<'a> {
    index: usize,
    header: String,
    activity: &'a str,
    maximum: Decimal,
    /// The points a full mark is worth: the allotment (a `points` sheet) or 10 (a component's
    /// grade on a `weighted` sheet).
    worth: Decimal,
}

/// Reads a gradebook table under `mapping`: every problem at once, or the scores.
pub fn read_gradebook(table: &Table, mapping: &GradebookMapping) -> Result<Gradebook, Problems> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let Some(header) = table.rows.first() else {
        return Err(Problem::at("the document", "it is empty: no header row").into());
    };
    // The mapping against the sheet: every mapped activity exists, every maximum is positive.
    let sheet = &mapping.sheet;
    for (column, item) in &mapping.columns {
        let at = format!("mapping.columns[{column:?}]");
        if !sheet.activities.iter().any(|a| *a.id == *item.activity) {
            let known: Vec<&str> = sheet.activities.iter().map(|a| &*a.id).collect();
            problems.push(Problem::at(
                &at,
                format!(
                    "the activity `{}` is not in the course sheet (its activities: {})",
                    item.activity,
                    known.join(", ")
                ),
            ));
        }
        if item.maximum <= Decimal::ZERO {
            problems.push(Problem::at(
                &at,
                format!("the item's maximum must be positive, not {}", item.maximum),
            ));
        }
        if find(header, &[column.as_str()]).is_none() {
            problems.push(Problem::at(
                &at,
                format!(
                    "the column `{column}` is not in the header ({})",
                    row_place(header)
                ),
            ));
        }
    }
    let mut by_activity: HashMap<&str, &str> = HashMap::new();
    for (column, item) in &mapping.columns {
        if let Some(other) = by_activity.insert(item.activity.as_str(), column.as_str()) {
            problems.push(Problem::at(
                format!("mapping.columns[{column:?}]"),
                format!(
                    "the activity `{}` is mapped from `{other}` already: one column per activity",
                    item.activity
                ),
            ));
        }
    }
    for activity in &sheet.activities {
        if !by_activity.contains_key(&*activity.id) {
            warnings.push(Warning::new(
                format!("sheet.activities[{}]", activity.id),
                "activity-not-mapped",
                format!(
                    "no column is mapped to the activity `{}`: its scores are left out",
                    activity.id
                ),
            ));
        }
    }
    let (key, key_names) = key_column(header, mapping.match_by, &mut problems);
    // The columns: mapped, identity, or left out with a warning.
    let mut mapped = Vec::new();
    for (index, cell) in header.iter().enumerate() {
        let text = cell.text();
        if let Some(item) = mapping.columns.get(&text) {
            let worth = match sheet.scheme {
                Scheme::Points => sheet
                    .activities
                    .iter()
                    .find(|a| *a.id == *item.activity)
                    .map_or(Decimal::ZERO, |a| a.allotment.value()),
                Scheme::Weighted => Decimal::TEN,
            };
            if mapped.iter().any(|m: &Mapped<'_>| m.header == text) {
                problems.push(Problem::new(
                    &cell.place,
                    format!("the column `{text}` appears twice in the header"),
                ));
            }
            mapped.push(Mapped {
                index,
                header: text,
                activity: &item.activity,
                maximum: item.maximum,
                worth,
            });
        } else if text.is_empty() {
            warnings.push(column_warning(
                cell,
                "column-ignored",
                "a column with no header is left out",
            ));
        } else if is_course_total(&text) {
            warnings.push(column_warning(
                cell,
                "course-total-ignored",
                "Moodle's course total is left out: Regula computes the course's total from the mapped items",
            ));
        } else if is(&text, LAST_DOWNLOADED) {
            warnings.push(column_warning(
                cell,
                "column-ignored",
                "when the gradebook was downloaded is not a grade: left out",
            ));
        } else if is(&text, FIRST_NAME)
            || is(&text, LAST_NAME)
            || is(&text, ID_NUMBER)
            || is(&text, EMAIL)
            || is(&text, IDENTITY)
        {
            // Identity: who the student is, not a grade.
        } else {
            warnings.push(column_warning(
                cell,
                "column-not-mapped",
                format!("the grade item `{text}` is mapped to no activity: left out"),
            ));
        }
    }
    let mut students: Vec<StudentScores> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for row in table.rows.iter().skip(1) {
        let Some(key) = key else { break };
        let id = row.get(key).map(Cell::text).unwrap_or_default();
        if id.is_empty() {
            warnings.push(Warning::new(
                row_place(row),
                "no-student-key",
                format!("the student has no {}: the row is left out", key_names[0]),
            ));
            continue;
        }
        let place = row_place(row);
        if let Some(first) = seen.insert(id.clone(), place.clone()) {
            problems.push(Problem::at(
                &place,
                format!("the student `{id}` again (first at {first})"),
            ));
            continue;
        }
        let mut scores = BTreeMap::new();
        for column in &mapped {
            let Some(cell) = row.get(column.index) else {
                problems.push(Problem::at(
                    &place,
                    format!("the row ends before the column `{}`", column.header),
                ));
                continue;
            };
            match score(cell, column, mapping.dash) {
                Ok((score, warning)) => {
                    if let Some(w) = warning {
                        warnings.push(w);
                    }
                    scores.insert(column.activity.to_owned(), score);
                }
                Err(problem) => problems.push(problem),
            }
        }
        students.push(StudentScores {
            student: id,
            scores,
        });
    }
    if !problems.is_empty() {
        return Err(Problems(problems));
    }
    Ok(Gradebook {
        course: CourseRequest {
            date: mapping.date,
            sheet: mapping.sheet.clone(),
            students,
        },
        warnings,
    })
}

/// The score of one cell: `-` or empty as the mapping says; a number scaled exactly.
fn score(
    cell: &Cell,
    column: &Mapped<'_>,
    dash: Dash,
) -> Result<(Score, Option<Warning>), Problem> {
    let dashed = matches!(&cell.value, Value::Empty)
        || matches!(&cell.value, Value::Text(t) if t == "-" || t == "–");
    if dashed {
        let (score, reason, how) = match dash {
            Dash::Absent => (Score::Absent, "dash-read-as-absent", "absent"),
            Dash::Zero => (Score::Points(Points::ZERO), "dash-read-as-zero", "0 points"),
        };
        let warning = Warning::new(
            cell.place.to_string(),
            reason,
            format!(
                "no grade for `{}`: read as {how} (mapping.dash)",
                column.header
            ),
        );
        return Ok((score, Some(warning)));
    }
    let Some(value) = cell.decimal()? else {
        return Err(Problem::new(
            &cell.place,
            format!(
                "`{}` where a grade of `{}` is expected (a number, or `-`)",
                cell.text(),
                column.header
            ),
        ));
    };
    if value.is_sign_negative() && !value.is_zero() || value > column.maximum {
        return Err(Problem::new(
            &cell.place,
            format!(
                "the grade {value} is outside 0..{} (the item's maximum in the mapping)",
                column.maximum
            ),
        ));
    }
    let points = scale(value, column.worth, column.maximum).ok_or_else(|| {
        Problem::new(
            &cell.place,
            format!(
                "{value} × {} / {} is not an exact decimal: the points are not rounded silently; \
                 give the grade so that it scales exactly, or a maximum that divides it",
                column.worth.normalize(),
                column.maximum.normalize()
            ),
        )
    })?;
    let points = Points::new(points).map_err(|e| Problem::new(&cell.place, e.to_string()))?;
    Ok((Score::Points(points), None))
}

/// `value × worth / maximum` when it is an exact decimal (the division leaves no remainder in
/// 28 digits), normalised; `None` otherwise.
pub fn scale(value: Decimal, worth: Decimal, maximum: Decimal) -> Option<Decimal> {
    let product = value.checked_mul(worth)?;
    let quotient = product.checked_div(maximum)?;
    (quotient.checked_mul(maximum)? == product).then(|| quotient.normalize())
}

#[cfg(test)]
mod tests {
    use super::scale;
    use rust_decimal::Decimal;

    #[test]
    fn scaling_is_exact_or_refused() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(scale(d("7.5"), d("5"), d("10")), Some(d("3.75")));
        assert_eq!(scale(d("1"), d("1"), d("3")), None);
        assert_eq!(scale(d("3"), d("1"), d("3")), Some(d("1")));
    }
}
