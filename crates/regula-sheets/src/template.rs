//! The template workbook of a session plan: one sheet per part of the plan, a header row each
//! (`docs/spreadsheets.md` documents them column by column).

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use regula_scheduling::{ExamConstraint, SessionPlan};
use rust_xlsxwriter::{ExcelDateTime, Format, XlsxError};
use serde::Serialize;

/// A sheet of the template: its name, whether a plan needs it, and its columns (`*` marks a
/// column every row must fill).
#[derive(Clone, Copy, Debug)]
pub struct SheetSpec {
    /// The sheet's name.
    pub name: &'static str,
    /// Whether a workbook without it is refused (the others default to nothing).
    pub required: bool,
    /// Its columns: name and whether every row must fill it.
    pub columns: &'static [(&'static str, bool)],
}

/// The template's sheets, in order.
pub const SHEETS: &[SheetSpec] = &[
    SheetSpec {
        name: "Session",
        required: true,
        columns: &[("kind", false), ("first_day", true), ("last_day", true)],
    },
    SheetSpec {
        name: "Groups",
        required: true,
        columns: &[
            ("id", true),
            ("form", false),
            ("year", false),
            ("level", false),
            ("series", false),
            ("size", false),
        ],
    },
    SheetSpec {
        name: "Teachers",
        required: true,
        columns: &[("id", true), ("name", false)],
    },
    SheetSpec {
        name: "Unavailable",
        required: false,
        columns: &[("teacher", true), ("date", true)],
    },
    SheetSpec {
        name: "Exams",
        required: true,
        columns: &[
            ("id", true),
            ("course", false),
            ("groups", true),
            ("form", true),
            ("duration_minutes", true),
            ("fixed_date", false),
            ("preferred_date", false),
            ("max_rooms", false),
            ("preferred_start", false),
            ("preferred_rooms", false),
        ],
    },
    SheetSpec {
        name: "Committee",
        required: true,
        columns: &[("exam", true), ("teacher", true), ("role", true)],
    },
    SheetSpec {
        name: "Rooms",
        required: false,
        columns: &[("id", true), ("capacity", true)],
    },
    SheetSpec {
        name: "Students",
        required: false,
        columns: &[("id", true), ("groups", false), ("exams", false)],
    },
    SheetSpec {
        name: "Constraints",
        required: false,
        columns: &[("kind", true), ("exams", true)],
    },
];

/// The template workbook: every sheet with its header row and nothing else.
pub fn template() -> Result<Vec<u8>, String> {
    write(None).map_err(|err| format!("cannot write the template workbook: {err}"))
}

/// The template filled with `plan`: what [`crate::read_plan`] reads back as `plan` itself.
pub fn plan_to_workbook(plan: &SessionPlan) -> Result<Vec<u8>, String> {
    write(Some(plan)).map_err(|err| format!("cannot write the plan's workbook: {err}"))
}

/// A cell of a filled template.
enum Cell {
    Text(String),
    Count(u32),
    Day(NaiveDate),
    Time(NaiveTime),
}

/// The JSON name of a value (`face_to_face_written`).
fn word<T: Serialize>(value: &T) -> Cell {
    Cell::Text(match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    })
}

fn text(s: &str) -> Option<Cell> {
    (!s.is_empty()).then(|| Cell::Text(s.to_owned()))
}

fn list(items: &[String]) -> Option<Cell> {
    text(&items.join(";"))
}

/// The rows of each sheet, in the template's order.
fn rows(plan: &SessionPlan) -> Vec<Vec<Vec<Option<Cell>>>> {
    let s = &plan.session;
    let session = vec![vec![
        Some(word(&s.kind)),
        Some(Cell::Day(s.first_day)),
        Some(Cell::Day(s.last_day)),
    ]];
    let groups = plan
        .groups
        .iter()
        .map(|g| {
            vec![
                Some(Cell::Text(g.id.clone())),
                Some(word(&g.form)),
                Some(Cell::Count(u32::from(g.year))),
                Some(word(&g.level)),
                text(&g.series),
                Some(Cell::Count(g.size)),
            ]
        })
        .collect();
    let teachers = plan
        .teachers
        .iter()
        .map(|t| vec![Some(Cell::Text(t.id.clone())), text(&t.name)])
        .collect();
    let unavailable = plan
        .teachers
        .iter()
        .flat_map(|t| {
            t.unavailable
                .iter()
                .map(|d| vec![Some(Cell::Text(t.id.clone())), Some(Cell::Day(*d))])
        })
        .collect();
    let exams = plan
        .exams
        .iter()
        .map(|e| {
            vec![
                Some(Cell::Text(e.id.clone())),
                text(&e.course),
                list(&e.groups),
                Some(word(&e.form)),
                Some(Cell::Count(e.duration_minutes)),
                e.fixed_date.map(Cell::Day),
                e.preferred_date.map(Cell::Day),
                (e.max_rooms != 1).then_some(Cell::Count(e.max_rooms)),
                e.preferred_start.map(Cell::Time),
                list(&e.preferred_rooms),
            ]
        })
        .collect();
    let committee = plan
        .exams
        .iter()
        .flat_map(|e| {
            e.committee.iter().map(|m| {
                vec![
                    Some(Cell::Text(e.id.clone())),
                    Some(Cell::Text(m.teacher.clone())),
                    Some(word(&m.role)),
                ]
            })
        })
        .collect();
    let rooms = plan
        .rooms
        .iter()
        .map(|r| {
            vec![
                Some(Cell::Text(r.id.clone())),
                Some(Cell::Count(r.capacity)),
            ]
        })
        .collect();
    let students = plan
        .students
        .iter()
        .map(|s| {
            vec![
                Some(Cell::Text(s.id.clone())),
                list(&s.groups),
                list(&s.exams),
            ]
        })
        .collect();
    let constraints = plan
        .constraints
        .iter()
        .map(|c| {
            let (kind, exams) = match c {
                ExamConstraint::Before { first, then } => {
                    ("before", vec![first.clone(), then.clone()])
                }
                ExamConstraint::SameDay { exams } => ("same_day", exams.clone()),
                ExamConstraint::SamePeriod { exams } => ("same_period", exams.clone()),
                ExamConstraint::DifferentPeriods { exams } => ("different_periods", exams.clone()),
            };
            vec![Some(Cell::Text(kind.to_owned())), list(&exams)]
        })
        .collect();
    vec![
        session,
        groups,
        teachers,
        unavailable,
        exams,
        committee,
        rooms,
        students,
        constraints,
    ]
}

fn write(plan: Option<&SessionPlan>) -> Result<Vec<u8>, XlsxError> {
    let filled = plan.map(rows);
    let mut workbook = crate::workbook()?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("hh:mm");
    for spec in SHEETS {
        let sheet = workbook.add_worksheet();
        sheet.set_name(spec.name)?;
        for (c, (name, _)) in spec.columns.iter().enumerate() {
            let c = c as u16;
            sheet.write_string_with_format(0, c, *name, &bold)?;
            sheet.set_column_width(c, (name.len() as f64).max(14.0))?;
            if name.ends_with("day") || name.ends_with("date") {
                sheet.set_column_format(c, &date)?;
            } else if *name == "preferred_start" {
                sheet.set_column_format(c, &time)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        let Some(filled) = &filled else { continue };
        let i = SHEETS.iter().position(|s| s.name == spec.name).unwrap_or(0);
        for (r, row) in filled[i].iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    None => {}
                    Some(Cell::Text(t)) => {
                        sheet.write_string(r, c, t)?;
                    }
                    Some(Cell::Count(n)) => {
                        sheet.write_number(r, c, f64::from(*n))?;
                    }
                    Some(Cell::Day(d)) => {
                        let day = ExcelDateTime::from_ymd(
                            d.year() as u16,
                            d.month() as u8,
                            d.day() as u8,
                        )?;
                        sheet.write_datetime_with_format(r, c, &day, &date)?;
                    }
                    Some(Cell::Time(t)) => {
                        let at = ExcelDateTime::from_hms(
                            t.hour() as u16,
                            t.minute() as u8,
                            f64::from(t.second()),
                        )?;
                        sheet.write_datetime_with_format(r, c, &at, &time)?;
                    }
                }
            }
        }
    }
    workbook.save_to_buffer()
}
