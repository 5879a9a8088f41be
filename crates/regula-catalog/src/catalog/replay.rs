//! A catalog read back: its rows are replayed from its history, and a catalog whose stored rows
//! differ from what its history gives (a tampered catalog) is refused (CA-6).

use std::collections::HashMap;

use regula_core::chain::Digest;
use serde::Deserialize;

use super::*;
use crate::CatalogError;
use crate::model::{Exam, Header, Mark, Student};

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct CatalogSpec {
    header: Header,
    students: Vec<Student>,
    #[serde(default)]
    exams: Vec<Exam>,
    #[serde(default)]
    rows: Option<Vec<Row>>,
    #[serde(default)]
    history: Vec<Event>,
    #[serde(default)]
    head: Option<Digest>,
}

impl TryFrom<CatalogSpec> for Catalog {
    type Error = CatalogError;
    fn try_from(spec: CatalogSpec) -> Result<Self, Self::Error> {
        let mut catalog = Catalog::new(spec.header, spec.students, spec.exams)?;
        catalog.rows = replay(&catalog, &spec.history)?;
        // The hash chain (CA-6): every event's stored hash must follow from its content and the
        // events before it; a history written before the chain gets its hashes now.
        let mut history = spec.history;
        for event in &mut history {
            let expected = event.link(&catalog.head);
            if event.hash.is_some_and(|stored| stored != expected) {
                return Err(CatalogError::Tampered {
                    catalog: catalog.header.id.clone(),
                    problem: format!(
                        "event {}: its hash does not follow from its content and the events \
                         before it: the history was changed there",
                        event.seq
                    ),
                });
            }
            event.hash = Some(expected);
            catalog.head = expected;
        }
        catalog.history = history;
        if let Some(head) = spec.head
            && head != catalog.head
        {
            return Err(CatalogError::Tampered {
                catalog: catalog.header.id.clone(),
                problem: format!(
                    "its head {head} is not where its history leads ({}): events were removed, \
                     added or changed",
                    catalog.head
                ),
            });
        }
        if let Some(rows) = spec.rows
            && rows != catalog.rows
        {
            let problem = first_difference(&rows, &catalog.rows);
            return Err(CatalogError::Tampered {
                catalog: catalog.header.id.clone(),
                problem,
            });
        }
        Ok(catalog)
    }
}

pub(super) fn first_difference(stored: &[Row], replayed: &[Row]) -> String {
    for (a, b) in stored.iter().zip(replayed) {
        if a != b {
            return format!("the stored row of `{}` differs from its history", b.student);
        }
    }
    format!(
        "{} rows stored, {} in the history",
        stored.len(),
        replayed.len()
    )
}

/// The rows `history` gives for `catalog`'s students and exams: what must be stored. The history
/// must be numbered from 1 without gaps, in time order, each event fitting the rows before it.
pub fn replay(catalog: &Catalog, history: &[Event]) -> Result<Vec<Row>, CatalogError> {
    let tampered = |problem: String| CatalogError::Tampered {
        catalog: catalog.header.id.clone(),
        problem,
    };
    let mut rows: Vec<Row> = catalog
        .students
        .iter()
        .map(|s| Row {
            student: s.id.clone(),
            cells: Vec::new(),
        })
        .collect();
    let index: HashMap<&str, usize> = catalog
        .students
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    for (i, event) in history.iter().enumerate() {
        if event.seq != i as u64 + 1 {
            return Err(tampered(format!(
                "event {} is numbered {}",
                i + 1,
                event.seq
            )));
        }
        if i > 0 && event.at < history[i - 1].at {
            return Err(tampered(format!(
                "event {} is dated before the one before it",
                event.seq
            )));
        }
        let student = event.change.student();
        let row = index.get(student).ok_or_else(|| {
            tampered(format!(
                "event {} names unknown student `{student}`",
                event.seq
            ))
        })?;
        fold(&mut rows[*row], &catalog.exams, event).map_err(tampered)?;
    }
    Ok(rows)
}

/// Applies one event to its student's row — the one place a row changes, whether a command is
/// recorded or a history replayed. An error says why the event does not fit the row.
pub(super) fn fold(row: &mut Row, exams: &[Exam], event: &Event) -> Result<(), String> {
    let seq = event.seq;
    let student = &row.student;
    let Some(column) = event.change.column() else {
        // GR-10: a technical failure changes no cell; its consequence, if any, is its own entry.
        return Ok(());
    };
    if let Change::Entered { exam, mark, .. } = &event.change {
        let e = exams
            .iter()
            .find(|e| &e.id == exam)
            .ok_or_else(|| format!("event {seq} names unknown exam `{exam}`"))?;
        if column != row.cells.len() + 1 {
            return Err(format!(
                "event {seq} enters column {column} of `{student}`, whose next column is {}",
                row.cells.len() + 1
            ));
        }
        row.cells.push(Cell {
            exam: exam.clone(),
            session: e.session.clone(),
            exam_day: e.date,
            mark: *mark,
            entered_by: event.by.clone(),
            entered_at: event.at,
            signatures: Vec::new(),
            corrections: Vec::new(),
            annulled: None,
            improvements: Vec::new(),
        });
        return Ok(());
    }
    let cell = row.cells.get_mut(column.wrapping_sub(1)).ok_or_else(|| {
        format!("event {seq} changes column {column} of `{student}`, which is empty")
    })?;
    match &event.change {
        Change::Signed { exam: None, .. } => cell.signatures.push(event.by.clone()),
        Change::Signed {
            exam: Some(exam), ..
        } => {
            let improvement = cell
                .improvements
                .iter_mut()
                .find(|i| &i.exam == exam)
                .ok_or_else(|| {
                    format!(
                        "event {seq} signs an improvement at `{exam}` that column {column} of \
                         `{student}` does not have"
                    )
                })?;
            improvement.signatures.push(event.by.clone());
        }
        Change::Improved {
            exam,
            before,
            result,
            stands,
            ..
        } => {
            let e = exams
                .iter()
                .find(|e| &e.id == exam)
                .ok_or_else(|| format!("event {seq} names unknown exam `{exam}`"))?;
            if cell.annulled.is_some() {
                return Err(format!(
                    "event {seq} improves column {column} of `{student}`, which is annulled"
                ));
            }
            if cell.mark != Mark::Grade(*before) {
                return Err(format!(
                    "event {seq} improves {before}, but the column holds {}",
                    cell.mark
                ));
            }
            if cell.exam == *exam || cell.improvement(exam).is_some() || e.date <= cell.exam_day {
                return Err(format!(
                    "event {seq} improves column {column} of `{student}` at `{exam}`, which is \
                     not an exam after the column's own and not yet recorded in it"
                ));
            }
            // GR-14, decided in one place: the stored grade that stands must be the one it gives.
            let given = before.after_improvement(result.grade());
            if *stands != given {
                return Err(format!(
                    "event {seq} says {stands} stands after {before} and an improvement result \
                     of {result}; the higher grade stands, {given} (GR-14)"
                ));
            }
            cell.improvements.push(Improvement {
                exam: exam.clone(),
                session: e.session.clone(),
                exam_day: e.date,
                before: *before,
                result: *result,
                stands: *stands,
                by: event.by.clone(),
                at: event.at,
                signatures: Vec::new(),
            });
            cell.mark = Mark::Grade(*stands);
        }
        Change::Corrected { from, to, .. } => {
            if cell.mark != *from {
                return Err(format!(
                    "event {seq} corrects {from}, but the column holds {}",
                    cell.mark
                ));
            }
            cell.corrections.push(Correction {
                from: *from,
                to: *to,
                by: event.by.clone(),
                at: event.at,
            });
            cell.mark = *to;
        }
        Change::Annulled {
            reason,
            retake_ordered,
            ..
        } => {
            if cell.annulled.is_some() {
                return Err(format!(
                    "event {seq} annuls column {column} of `{student}`, already annulled"
                ));
            }
            cell.annulled = Some(Annulment {
                by: event.by.clone(),
                at: event.at,
                reason: reason.clone(),
                retake_ordered: *retake_ordered,
            });
        }
        Change::Entered { .. } | Change::TechnicalFailure { .. } => {}
    }
    Ok(())
}
