//! The example request of each command (`examples/requests/<command>.json`), built into the
//! library: what the Studio starts from, and what `GET /v1/commands` lists. Each one decides
//! under the presets (`tests/json_boundary.rs`).

use serde_json::{Value, json};

use super::{Input, commands};

/// The example request of the command `name`, as JSON text; `None` for a command that has none
/// (one whose example needs an adopter's policy: `progress rank`, see
/// `examples/requests/adopters/`).
pub fn example(name: &str) -> Option<&'static str> {
    Some(match name {
        "grade course" => include_str!("../../examples/requests/grade-course.json"),
        "grade quiz" => include_str!("../../examples/requests/grade-quiz.json"),
        "grade average" => include_str!("../../examples/requests/grade-average.json"),
        "progress year-end" => include_str!("../../examples/requests/progress-year-end.json"),
        "deadlines" => include_str!("../../examples/requests/deadlines.json"),
        "appeal check" => include_str!("../../examples/requests/appeal-check.json"),
        "fees" => include_str!("../../examples/requests/fees.json"),
        "fees statement" => include_str!("../../examples/requests/fees-statement.json"),
        "schedule check" => include_str!("../../examples/requests/schedule-check.json"),
        "schedule solve" => include_str!("../../examples/requests/schedule-solve.json"),
        "schedule export" => include_str!("../../examples/requests/schedule-export.json"),
        "schedule template" => include_str!("../../examples/requests/schedule-template.json"),
        "schedule import" => include_str!("../../examples/requests/schedule-import.json"),
        "ects recognise" => include_str!("../../examples/requests/ects-recognise.json"),
        "ects check" => include_str!("../../examples/requests/ects-check.json"),
        "ects convert" => include_str!("../../examples/requests/ects-convert.json"),
        "ects import" => include_str!("../../examples/requests/ects-import.json"),
        "ects export" => include_str!("../../examples/requests/ects-export.json"),
        "mobility eligibility" => include_str!("../../examples/requests/mobility-eligibility.json"),
        "mobility dossier" => include_str!("../../examples/requests/mobility-dossier.json"),
        "mobility select" => include_str!("../../examples/requests/mobility-select.json"),
        "mobility calendar" => include_str!("../../examples/requests/mobility-calendar.json"),
        "catalog record" => include_str!("../../examples/requests/catalog-record.json"),
        "catalog check" => include_str!("../../examples/requests/catalog-check.json"),
        "catalog export" => include_str!("../../examples/requests/catalog-export.json"),
        "catalog admit" => include_str!("../../examples/requests/catalog-admit.json"),
        "open-session check" => include_str!("../../examples/requests/open-session-check.json"),
        "retake-session check" => include_str!("../../examples/requests/retake-session-check.json"),
        "counselling record" => include_str!("../../examples/requests/counselling-record.json"),
        "counselling status" => include_str!("../../examples/requests/counselling-status.json"),
        "counselling consolidate" => {
            include_str!("../../examples/requests/counselling-consolidate.json")
        }
        "counselling attendance" => {
            include_str!("../../examples/requests/counselling-attendance.json")
        }
        "moodle gradebook" => include_str!("../../examples/requests/moodle-gradebook.json"),
        "moodle quiz" => include_str!("../../examples/requests/moodle-quiz.json"),
        _ => return None,
    })
}

/// Every command of the table as JSON, in the order of the documentation: its name, summary (in
/// `lang`),
/// HTTP path, what it reads (`json`, `nothing`, or a `document` of `reads` media types with the
/// field `with` beside it), the documents it writes (media types), whether it reports progress,
/// and its example request.
pub fn commands_json(lang: crate::locale::Lang) -> Value {
    let list: Vec<Value> = commands()
        .iter()
        .map(|c| {
            let (input, reads, with) = match c.input {
                Input::Json => ("json", Vec::new(), None),
                Input::Nothing => ("nothing", Vec::new(), None),
                Input::Document { reads, with } => {
                    ("document", reads.iter().map(|m| m.as_str()).collect(), with)
                }
            };
            let example = example(c.name).and_then(|text| serde_json::from_str::<Value>(text).ok());
            json!({
                "name": c.name,
                "summary": c.summary_in(lang),
                "path": format!("/v1/{}", c.name.replace(' ', "/")),
                "input": input,
                "reads": reads,
                "with": with,
                "documents": c.documents.iter().map(|d| d.media_type()).collect::<Vec<_>>(),
                "reports_progress": c.reports_progress,
                "example": example,
            })
        })
        .collect();
    Value::Array(list)
}
