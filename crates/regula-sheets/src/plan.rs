//! The session plan read from a workbook following the template ([`crate::template`]).
//!
//! Every problem is reported, each with its place; blank rows are skipped and each one is
//! reported as a warning, as is every column the template does not have.

use std::collections::HashMap;
use std::fmt;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Sheets};
use chrono::{NaiveDate, NaiveTime, Timelike};
use regula_scheduling::{
    CommitteeMember, Exam, ExamConstraint, Group, Room, Session, SessionPlan, Student, Teacher,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::template::{SHEETS, SheetSpec};
use crate::{Problem, Problems, cell_name};

/// A plan read from a workbook, with what was left out and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImportedPlan {
    /// The plan: the `plan` of a `schedule check` or `schedule solve` request.
    pub plan: SessionPlan,
    /// Every row or column left out, with its place and reason (blank rows, columns the
    /// template does not have).
    pub warnings: Vec<String>,
}

/// Reads the plan from an XLSX or ODS workbook (its bytes).
pub fn read_plan(bytes: &[u8]) -> Result<ImportedPlan, Problems> {
    // The readers are fuzzed upstream; a panic on a hostile file is still refused, not raised.
    std::panic::catch_unwind(|| read(bytes)).unwrap_or_else(|_| {
        Err(Problems::from(Problem::at(
            "workbook",
            "the file cannot be read as a workbook",
        )))
    })
}

struct Reading {
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

impl Reading {
    fn problem(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            message: message.into(),
        });
    }
}

/// One row of a sheet: its cells under the template's columns (`None` where the column is
/// absent).
struct Row<'a> {
    sheet: &'static str,
    /// The row's index from 0.
    row: u32,
    cells: Vec<Option<(u32, &'a Data, Option<&'a str>)>>,
}

struct Table<'a> {
    spec: &'static SheetSpec,
    rows: Vec<Row<'a>>,
}

fn read(bytes: &[u8]) -> Result<ImportedPlan, Problems> {
    let refused = |message: String| {
        Problems(vec![Problem {
            place: "workbook".into(),
            message,
        }])
    };
    // XLSX and ODS are zip archives; the format is told by what the archive holds.
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(refused(
            "not an XLSX or ODS workbook: the file is not a zip archive".into(),
        ));
    }
    let mut workbook =
        match calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes)) {
            Ok(xlsx) => Sheets::Xlsx(xlsx),
            Err(xlsx_err) => {
                match calamine::open_workbook_from_rs::<calamine::Ods<_>, _>(Cursor::new(bytes)) {
                    Ok(ods) => Sheets::Ods(ods),
                    Err(ods_err) => {
                        return Err(refused(format!(
                            "not an XLSX or ODS workbook (a corrupt or foreign file): as XLSX, \
                         {xlsx_err}; as ODS, {ods_err}"
                        )));
                    }
                }
            }
        };
    let mut reading = Reading {
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    let names = workbook.sheet_names();
    for name in &names {
        if !SHEETS.iter().any(|s| s.name == name) {
            reading
                .warnings
                .push(format!("{name}: sheet not in the template; ignored"));
        }
    }
    let mut ranges: Vec<(&'static SheetSpec, Range<Data>, Range<String>)> = Vec::new();
    for spec in SHEETS {
        if !names.iter().any(|n| n == spec.name) {
            if spec.required {
                reading.problem(
                    "workbook",
                    format!(
                        "no sheet `{}` (the template's sheets: {})",
                        spec.name,
                        SHEETS.iter().map(|s| s.name).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            continue;
        }
        let range = match workbook.worksheet_range(spec.name) {
            Ok(range) => range,
            Err(err) => {
                reading.problem(spec.name, format!("the sheet cannot be read: {err}"));
                continue;
            }
        };
        // A formula is refused where a value is expected: the cells that hold one are read in a
        // second pass over the sheet (about a fifth of the reading time).
        let formulas = match workbook.worksheet_formula(spec.name) {
            Ok(formulas) => formulas,
            Err(err) => {
                reading.problem(
                    spec.name,
                    format!("the sheet's formulas cannot be read: {err}"),
                );
                continue;
            }
        };
        ranges.push((spec, range, formulas));
    }
    let tables: Vec<Table<'_>> = ranges
        .iter()
        .filter_map(|(spec, range, formulas)| table(spec, range, formulas, &mut reading))
        .collect();
    let plan = assemble(&tables, &mut reading);
    if reading.problems.is_empty() {
        Ok(ImportedPlan {
            plan,
            warnings: reading.warnings,
        })
    } else {
        Err(Problems(reading.problems))
    }
}

/// The sheet's rows under its header; `None` when the header itself is wrong.
fn table<'a>(
    spec: &'static SheetSpec,
    range: &'a Range<Data>,
    formulas: &'a Range<String>,
    reading: &mut Reading,
) -> Option<Table<'a>> {
    let name = spec.name;
    let expected = || {
        spec.columns
            .iter()
            .map(|(c, _)| *c)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (Some((start_row, start_col)), Some((end_row, end_col))) = (range.start(), range.end())
    else {
        reading.problem(
            format!("{name}!A1"),
            format!(
                "the sheet is empty: its first row must name the columns ({})",
                expected()
            ),
        );
        return None;
    };
    if start_row > 0 {
        reading.problem(
            format!("{name}!A1"),
            format!("the first row must name the columns ({})", expected()),
        );
        return None;
    }
    let mut columns: Vec<Option<u32>> = vec![None; spec.columns.len()];
    let mut ignored: Vec<u32> = Vec::new();
    let mut ok = true;
    for col in start_col..=end_col {
        let header = match range.get_value((0, col)) {
            Some(Data::String(s)) => s.trim().to_lowercase(),
            Some(Data::Empty) | None => String::new(),
            Some(other) => other.to_string(),
        };
        match spec.columns.iter().position(|(c, _)| *c == header) {
            Some(i) if columns[i].is_some() => {
                reading.problem(
                    format!("{name}!{}", cell_name(0, col)),
                    format!("the column `{header}` is named twice"),
                );
                ok = false;
            }
            Some(i) => columns[i] = Some(col),
            None => {
                let what = if header.is_empty() {
                    "a column without a name".to_owned()
                } else {
                    format!("the column `{header}` is not in the template")
                };
                reading
                    .warnings
                    .push(format!("{name}!{}: {what}; ignored", cell_name(0, col)));
                ignored.push(col);
            }
        }
    }
    for (i, (column, required)) in spec.columns.iter().enumerate() {
        if *required && columns[i].is_none() {
            reading.problem(
                format!("{name}!1"),
                format!("no column `{column}` (the sheet's columns: {})", expected()),
            );
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    let formula = |r: u32, c: u32| -> Option<&'a str> {
        formulas
            .get_value((r, c))
            .map(String::as_str)
            .filter(|f| !f.is_empty())
    };
    let mut rows = Vec::new();
    for r in 1..=end_row {
        let blank = (start_col..=end_col).all(|c| {
            matches!(range.get_value((r, c)), None | Some(Data::Empty)) && formula(r, c).is_none()
        });
        if blank {
            reading
                .warnings
                .push(format!("{name}!{}: a blank row; skipped", r + 1));
            continue;
        }
        let cells = columns
            .iter()
            .map(|col| {
                col.map(|c| {
                    (
                        c,
                        range.get_value((r, c)).unwrap_or(&Data::Empty),
                        formula(r, c),
                    )
                })
            })
            .collect();
        rows.push(Row {
            sheet: name,
            row: r,
            cells,
        });
    }
    Some(Table { spec, rows })
}

impl<'a> Row<'a> {
    fn index(&self, column: &str) -> usize {
        // The columns are the template's: asked for by the code below, never by the workbook.
        self.cells.len().min(
            SHEETS
                .iter()
                .find(|s| s.name == self.sheet)
                .and_then(|s| s.columns.iter().position(|(c, _)| *c == column))
                .unwrap_or(usize::MAX),
        )
    }

    fn place(&self, column: &str) -> String {
        let i = self.index(column);
        match self.cells.get(i).copied().flatten() {
            Some((c, _, _)) => format!("{}!{}", self.sheet, cell_name(self.row, c)),
            None => format!("{}!{}", self.sheet, self.row + 1),
        }
    }

    fn cell(&self, column: &str) -> Option<(&'a Data, Option<&'a str>)> {
        let i = self.index(column);
        self.cells
            .get(i)
            .copied()
            .flatten()
            .map(|(_, data, formula)| (data, formula))
    }

    /// Whether the cell holds a formula, reported as a problem: a value is expected.
    fn refuse_formula(
        &self,
        formula: Option<&str>,
        column: &str,
        what: &str,
        reading: &mut Reading,
    ) -> bool {
        let Some(formula) = formula else {
            return false;
        };
        reading.problem(
            self.place(column),
            format!(
                "a formula ({}) where {what} is expected: type the value",
                crate::cells::formula_text(formula)
            ),
        );
        true
    }

    /// The cell's text, or `None` when it is empty; a problem when it is not text.
    fn text(&self, column: &str, what: &str, reading: &mut Reading) -> Option<String> {
        let (data, formula) = self.cell(column)?;
        if self.refuse_formula(formula, column, what, reading) {
            return None;
        }
        match data {
            Data::Empty => None,
            Data::String(s) if s.trim().is_empty() => None,
            Data::String(s) => Some(s.trim().to_owned()),
            Data::Int(i) => Some(i.to_string()),
            // A whole number typed in a cell (`101`) is read as its digits; any other float is
            // not an id.
            Data::Float(f)
                if f.to_string()
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'-') =>
            {
                Some(f.to_string())
            }
            other => {
                reading.problem(
                    self.place(column),
                    format!("{} where {what} is expected", describe(other)),
                );
                None
            }
        }
    }

    fn required_text(&self, column: &str, what: &str, reading: &mut Reading) -> Option<String> {
        let text = self.text(column, what, reading);
        if text.is_none() && self.cell_is_empty(column) {
            reading.problem(self.place(column), format!("{what} is missing"));
        }
        text
    }

    fn cell_is_empty(&self, column: &str) -> bool {
        match self.cell(column) {
            None => true,
            Some((_, Some(_))) => false,
            Some((Data::Empty, None)) => true,
            Some((Data::String(s), None)) => s.trim().is_empty(),
            Some(_) => false,
        }
    }

    /// A `;`-separated list.
    fn list(&self, column: &str, what: &str, reading: &mut Reading) -> Vec<String> {
        self.text(column, what, reading)
            .map(|t| {
                t.split([';', ','])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A whole number (a count), exactly: `26`, `26.0` or the text `26`; never a rounded float.
    fn count(&self, column: &str, what: &str, reading: &mut Reading) -> Option<u32> {
        let (data, formula) = self.cell(column)?;
        if self.refuse_formula(formula, column, what, reading) {
            return None;
        }
        let text = match data {
            Data::Empty => return None,
            Data::Int(i) => i.to_string(),
            // The shortest form of the double: `26` for 26.0, `26.5` for 26.5 (refused below).
            Data::Float(f) => f.to_string(),
            Data::String(s) if s.trim().is_empty() => return None,
            Data::String(s) => s.trim().to_owned(),
            other => {
                reading.problem(
                    self.place(column),
                    format!("{} is not {what}", describe(other)),
                );
                return None;
            }
        };
        match text.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                reading.problem(self.place(column), format!("\"{text}\" is not {what}"));
                None
            }
        }
    }

    fn required_count(&self, column: &str, what: &str, reading: &mut Reading) -> Option<u32> {
        let n = self.count(column, what, reading);
        if n.is_none() && self.cell_is_empty(column) {
            reading.problem(self.place(column), format!("{what} is missing"));
        }
        n
    }

    /// A day: a date cell (at midnight) or the text `YYYY-MM-DD`.
    fn date(&self, column: &str, what: &str, reading: &mut Reading) -> Option<NaiveDate> {
        let (data, formula) = self.cell(column)?;
        if self.refuse_formula(formula, column, what, reading) {
            return None;
        }
        let day = match data {
            Data::Empty => return None,
            Data::DateTime(dt) => dt
                .as_datetime()
                .filter(|at| at.time() == NaiveTime::MIN)
                .map(|at| at.date()),
            Data::DateTimeIso(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            Data::String(s) if s.trim().is_empty() => return None,
            Data::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
            _ => None,
        };
        if day.is_none() {
            reading.problem(
                self.place(column),
                format!(
                    "{} is not {what} (a date cell, or the text YYYY-MM-DD)",
                    describe(data)
                ),
            );
        }
        day
    }

    fn required_date(&self, column: &str, what: &str, reading: &mut Reading) -> Option<NaiveDate> {
        let day = self.date(column, what, reading);
        if day.is_none() && self.cell_is_empty(column) {
            reading.problem(self.place(column), format!("{what} is missing"));
        }
        day
    }

    /// A time of day: a time cell or the text `HH:MM`.
    fn time(&self, column: &str, what: &str, reading: &mut Reading) -> Option<NaiveTime> {
        let (data, formula) = self.cell(column)?;
        if self.refuse_formula(formula, column, what, reading) {
            return None;
        }
        let time = match data {
            Data::Empty => return None,
            Data::DateTime(dt) => dt
                .as_datetime()
                .map(|at| at.time())
                .filter(|t| t.nanosecond() == 0),
            Data::DateTimeIso(s) | Data::String(s) => {
                let s = s.trim();
                if s.is_empty() {
                    return None;
                }
                NaiveTime::parse_from_str(s, "%H:%M")
                    .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
                    .ok()
            }
            // An OpenDocument time cell (`office:time-value="PT08H00M00S"`, ODF 1.2 §19.382).
            Data::DurationIso(_) => {
                calamine::DataType::as_time(data).filter(|t| t.nanosecond() == 0)
            }
            _ => None,
        };
        if time.is_none() {
            reading.problem(
                self.place(column),
                format!(
                    "{} is not {what} (a time cell, or the text HH:MM)",
                    describe(data)
                ),
            );
        }
        time
    }

    /// One of the JSON names of `T` (`face_to_face_written`); `None` when empty.
    fn word<T: DeserializeOwned>(
        &self,
        column: &str,
        what: &str,
        reading: &mut Reading,
    ) -> Option<T> {
        let text = self.text(column, what, reading)?;
        match serde_json::from_value(serde_json::Value::String(text.clone())) {
            Ok(value) => Some(value),
            Err(err) => {
                let expected = err.to_string();
                let expected = expected
                    .split_once("expected ")
                    .map_or(expected.as_str(), |(_, e)| e);
                reading.problem(
                    self.place(column),
                    format!("\"{text}\" is not {what} (expected {expected})"),
                );
                None
            }
        }
    }

    fn required_word<T: DeserializeOwned>(
        &self,
        column: &str,
        what: &str,
        reading: &mut Reading,
    ) -> Option<T> {
        let value = self.word(column, what, reading);
        if value.is_none() && self.cell_is_empty(column) {
            reading.problem(self.place(column), format!("{what} is missing"));
        }
        value
    }
}

/// What a cell holds, for a message.
fn describe(data: &Data) -> String {
    match data {
        Data::Empty => "an empty cell".into(),
        Data::String(s) => format!("\"{s}\""),
        Data::Int(i) => format!("the number {i}"),
        Data::Float(f) => format!("the number {f}"),
        Data::Bool(b) => format!("the truth value {}", if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(at) => format!("the date and time {at}"),
            None => "a date".into(),
        },
        Data::DateTimeIso(s) => format!("the date {s}"),
        Data::DurationIso(s) => format!("the duration {s}"),
        Data::Error(e) => format!("the error value {e}"),
    }
}

/// Ids seen in a sheet's first column, to report the second use of one.
struct Ids(HashMap<String, String>);

impl Ids {
    fn new() -> Self {
        Ids(HashMap::new())
    }

    /// Whether `id` is new; reports it where it is used again.
    fn fresh(&mut self, id: &str, row: &Row<'_>, what: &str, reading: &mut Reading) -> bool {
        let place = row.place("id");
        match self.0.get(id) {
            Some(first) => {
                reading.problem(
                    place,
                    format!("the {what} id `{id}` is already used at {first}"),
                );
                false
            }
            None => {
                self.0.insert(id.to_owned(), place);
                true
            }
        }
    }
}

fn rows<'t, 'a>(tables: &'t [Table<'a>], sheet: &str) -> impl Iterator<Item = &'t Row<'a>> {
    tables
        .iter()
        .filter(move |t| t.spec.name == sheet)
        .flat_map(|t| t.rows.iter())
}

fn assemble(tables: &[Table<'_>], reading: &mut Reading) -> SessionPlan {
    let mut session = None;
    for (i, row) in rows(tables, "Session").enumerate() {
        if i > 0 {
            reading.problem(
                format!("Session!{}", row.row + 1),
                "the session is one row; this is a second one",
            );
            continue;
        }
        let kind = row
            .word("kind", "a session kind", reading)
            .unwrap_or_default();
        let first = row.required_date("first_day", "the session's first day", reading);
        let last = row.required_date("last_day", "the session's last day", reading);
        if let (Some(first_day), Some(last_day)) = (first, last) {
            session = Some(Session {
                kind,
                first_day,
                last_day,
            });
        }
    }
    if session.is_none() && !rows(tables, "Session").any(|_| true) {
        reading.problem(
            "Session!2",
            "no session: the row under the header gives its days",
        );
    }

    let mut groups = Vec::new();
    let mut ids = Ids::new();
    for row in rows(tables, "Groups") {
        let id = row.required_text("id", "the group's id", reading);
        let form = row.word("form", "a form of study", reading);
        let year = row.count("year", "a year of study", reading);
        let level = row.word("level", "a level of study", reading);
        let series = row.text("series", "a series", reading);
        let size = row.count("size", "a number of students", reading);
        if let Some(id) = id
            && ids.fresh(&id, row, "group", reading)
        {
            let year = match year.map(u8::try_from) {
                Some(Ok(year)) => year,
                Some(Err(_)) => {
                    reading.problem(row.place("year"), "a year of study is at most 255");
                    0
                }
                None => 0,
            };
            groups.push(Group {
                id,
                form: form.unwrap_or_default(),
                year,
                level: level.unwrap_or_default(),
                series: series.unwrap_or_default(),
                size: size.unwrap_or_default(),
            });
        }
    }

    let mut teachers = Vec::new();
    let mut ids = Ids::new();
    for row in rows(tables, "Teachers") {
        let id = row.required_text("id", "the teacher's id", reading);
        let name = row.text("name", "a name", reading);
        if let Some(id) = id
            && ids.fresh(&id, row, "teacher", reading)
        {
            teachers.push(Teacher {
                id,
                name: name.unwrap_or_default(),
                unavailable: Vec::new(),
            });
        }
    }
    for row in rows(tables, "Unavailable") {
        let teacher = row.required_text("teacher", "the teacher's id", reading);
        let day = row.required_date("date", "a day", reading);
        if let (Some(teacher), Some(day)) = (teacher, day) {
            match teachers.iter_mut().find(|t| t.id == teacher) {
                Some(t) => t.unavailable.push(day),
                None => reading.problem(
                    row.place("teacher"),
                    format!("no teacher `{teacher}` in the sheet Teachers"),
                ),
            }
        }
    }

    let mut exams = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut ids = Ids::new();
    for row in rows(tables, "Exams") {
        let id = row.required_text("id", "the exam's id", reading);
        let course = row.text("course", "a course", reading);
        let groups = row.list("groups", "the groups (ids separated by `;`)", reading);
        if groups.is_empty() && row.cell_is_empty("groups") {
            reading.problem(
                row.place("groups"),
                "the groups sitting the exam are missing",
            );
        }
        let form = row.required_word("form", "an exam form", reading);
        let duration = row.required_count("duration_minutes", "a number of minutes", reading);
        let fixed_date = row.date("fixed_date", "a date", reading);
        let preferred_date = row.date("preferred_date", "a date", reading);
        let max_rooms = row.count("max_rooms", "a number of rooms", reading);
        if max_rooms == Some(0) {
            reading.problem(
                row.place("max_rooms"),
                "an exam is held in at least one room",
            );
        }
        let preferred_start = row.time("preferred_start", "a time of day", reading);
        let preferred_rooms = row.list("preferred_rooms", "room ids separated by `;`", reading);
        if let (Some(id), Some(form), Some(duration_minutes)) = (id, form, duration)
            && ids.fresh(&id, row, "exam", reading)
        {
            index.insert(id.clone(), exams.len());
            exams.push(Exam {
                id,
                course: course.unwrap_or_default(),
                groups,
                committee: Vec::new(),
                form,
                duration_minutes,
                fixed_date,
                preferred_date,
                max_rooms: max_rooms.unwrap_or(1).max(1),
                preferred_start,
                preferred_rooms,
            });
        }
    }
    for row in rows(tables, "Committee") {
        let exam = row.required_text("exam", "the exam's id", reading);
        let teacher = row.required_text("teacher", "the teacher's id", reading);
        let role = row.required_word("role", "a committee role", reading);
        if let (Some(exam), Some(teacher), Some(role)) = (exam, teacher, role) {
            match index.get(&exam) {
                Some(&i) => exams[i].committee.push(CommitteeMember { teacher, role }),
                None if ids.0.contains_key(&exam) => {}
                None => reading.problem(
                    row.place("exam"),
                    format!("no exam `{exam}` in the sheet Exams"),
                ),
            }
        }
    }

    let mut rooms = Vec::new();
    let mut ids = Ids::new();
    for row in rows(tables, "Rooms") {
        let id = row.required_text("id", "the room's id", reading);
        let capacity = row.required_count("capacity", "a number of seats", reading);
        if let (Some(id), Some(capacity)) = (id, capacity)
            && ids.fresh(&id, row, "room", reading)
        {
            rooms.push(Room { id, capacity });
        }
    }

    let mut students = Vec::new();
    let mut ids = Ids::new();
    for row in rows(tables, "Students") {
        let id = row.required_text("id", "the student's id", reading);
        let groups = row.list("groups", "group ids separated by `;`", reading);
        let exams = row.list("exams", "exam ids separated by `;`", reading);
        if let Some(id) = id
            && ids.fresh(&id, row, "student", reading)
        {
            students.push(Student { id, groups, exams });
        }
    }

    let mut constraints = Vec::new();
    for row in rows(tables, "Constraints") {
        let kind = row.required_text("kind", "a kind of constraint", reading);
        let listed = row.list("exams", "exam ids separated by `;`", reading);
        if listed.is_empty() && row.cell_is_empty("exams") {
            reading.problem(
                row.place("exams"),
                "the exams the constraint links are missing",
            );
        }
        let Some(kind) = kind else { continue };
        let constraint = match kind.as_str() {
            "before" => match listed.as_slice() {
                [first, then] => Some(ExamConstraint::Before {
                    first: first.clone(),
                    then: then.clone(),
                }),
                _ => {
                    reading.problem(
                        row.place("exams"),
                        "`before` links two exams: the first, then the one after it (`A;B`)",
                    );
                    None
                }
            },
            "same_day" => Some(ExamConstraint::SameDay { exams: listed }),
            "same_period" => Some(ExamConstraint::SamePeriod { exams: listed }),
            "different_periods" => Some(ExamConstraint::DifferentPeriods { exams: listed }),
            other => {
                reading.problem(
                    row.place("kind"),
                    format!(
                        "\"{other}\" is not a kind of constraint (expected one of before, \
                         same_day, same_period, different_periods)"
                    ),
                );
                None
            }
        };
        constraints.extend(constraint);
    }

    SessionPlan {
        session: session.unwrap_or(Session {
            kind: Default::default(),
            first_day: NaiveDate::MIN,
            last_day: NaiveDate::MIN,
        }),
        groups,
        teachers,
        exams,
        rooms,
        students,
        constraints,
    }
}

impl fmt::Display for ImportedPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let p = &self.plan;
        write!(
            f,
            "Session {} .. {}: {} groups, {} teachers, {} exams, {} rooms, {} students, {} constraints",
            p.session.first_day,
            p.session.last_day,
            p.groups.len(),
            p.teachers.len(),
            p.exams.len(),
            p.rooms.len(),
            p.students.len(),
            p.constraints.len()
        )?;
        for warning in &self.warnings {
            write!(f, "\nwarning: {warning}")?;
        }
        Ok(())
    }
}
