//! Spreadsheets through the JSON boundary (issue #29): each XLSX export read back with calamine
//! holds the CSV export's cells, typed; the template and the import answer as commands.

use std::io::Cursor;
use std::path::PathBuf;

use calamine::{Data, Reader, Xlsx};
use regula::Policy;
use regula::json::{self, Context, Document};
use regula::locale::Lang;

fn example(command: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples/requests")
        .join(format!("{}.json", command.replace(' ', "-")));
    std::fs::read_to_string(file).unwrap()
}

fn document(command: &str, request: &str, document: Document, lang: Lang) -> json::Answer {
    let mut context = Context {
        document: Some(document),
        lang: Some(lang),
        ..Context::default()
    };
    json::decide(command, &Policy::umc_2020(), request, &mut context)
        .unwrap_or_else(|e| panic!("{command}: {e}"))
}

/// The XLSX export's first sheet equals the CSV export cell by cell: text as the same text,
/// numbers as the number the CSV writes, ISO dates as dates.
fn assert_xlsx_holds_the_csv(command: &str, request: &str, lang: Lang) -> usize {
    let csv = document(command, request, Document::Csv, lang).to_text();
    let answer = document(command, request, Document::Xlsx, lang);
    assert_eq!(
        answer.json()["media_type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert_eq!(answer.json()["encoding"], "base64");
    let bytes = answer.document_bytes().expect("an XLSX export is binary");
    assert_eq!(
        regula::sheets::decode_base64(answer.json()["body"].as_str().unwrap()).unwrap(),
        bytes,
        "the JSON carries the same bytes"
    );
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = workbook.worksheet_range_at(0).unwrap().unwrap();
    let rows = regula::sheets::parse_csv(&csv);
    assert!(rows.len() > 1, "{command}: the example has rows");
    let mut numbers = 0;
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let cell = range
                .get_value((r as u32, c as u32))
                .cloned()
                .unwrap_or(Data::Empty);
            let place = format!(
                "{command} {}",
                regula::sheets::cell_name(r as u32, c as u32)
            );
            match cell {
                Data::Empty => assert!(text.is_empty(), "{place}: {text:?} is missing"),
                Data::String(s) => assert_eq!(&s, text, "{place}"),
                Data::Float(f) => {
                    assert!(r > 0, "{place}: the header is text");
                    // The decimal the CSV wrote, read back as the double's shortest form.
                    let written = text.trim_end_matches('0').trim_end_matches('.');
                    let written = if text.contains('.') {
                        written
                    } else {
                        text.as_str()
                    };
                    assert_eq!(f.to_string(), written, "{place}");
                    numbers += 1;
                }
                Data::Int(i) => assert_eq!(i.to_string(), *text, "{place}"),
                Data::DateTime(dt) => {
                    let at = dt.as_datetime().unwrap();
                    let shown = if text.len() == 10 {
                        at.date().to_string()
                    } else {
                        at.format("%Y-%m-%dT%H:%M").to_string()
                    };
                    assert_eq!(shown, text.replace(' ', "T"), "{place}");
                }
                other => panic!("{place}: unexpected {other:?}"),
            }
        }
    }
    numbers
}

#[test]
fn the_catalog_as_xlsx_holds_the_csv_cells_in_both_languages() {
    for lang in [Lang::En, Lang::Ro] {
        let numbers = assert_xlsx_holds_the_csv("catalog export", &example("catalog export"), lang);
        assert!(numbers > 0, "grades and row numbers are numbers");
    }
}

#[test]
fn the_attendance_lists_as_xlsx_hold_the_csv_cells() {
    for lang in [Lang::En, Lang::Ro] {
        assert_xlsx_holds_the_csv(
            "counselling attendance",
            &example("counselling attendance"),
            lang,
        );
    }
}

#[test]
fn the_template_command_writes_the_template_workbook() {
    let answer = document("schedule template", "{}", Document::Xlsx, Lang::En);
    assert_eq!(
        answer.document_bytes().unwrap(),
        regula::sheets::template().unwrap()
    );
}

#[test]
fn a_workbook_read_through_the_boundary_is_the_plan_of_a_check_request() {
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/sheets/schedule-plan.xlsx"),
    )
    .unwrap();
    let request = json::request_from_bytes("schedule import", bytes).unwrap();
    let answer = json::decide(
        "schedule import",
        &Policy::umc_2020(),
        &request,
        &mut Context::default(),
    )
    .unwrap();
    let plan: regula::scheduling::SessionPlan =
        serde_json::from_value(answer.json()["outcome"]["plan"].clone()).unwrap();
    let expected: serde_json::Value = serde_json::from_str(&example("schedule solve")).unwrap();
    let expected: regula::scheduling::SessionPlan =
        serde_json::from_value(expected["plan"].clone()).unwrap();
    assert_eq!(plan, expected);
    assert_eq!(answer.json()["outcome"]["warnings"], serde_json::json!([]));
}

#[test]
fn a_corrupt_workbook_through_the_boundary_is_an_invalid_request() {
    let request =
        json::request_from_bytes("schedule import", b"PK\x03\x04 broken".to_vec()).unwrap();
    let err = json::decide(
        "schedule import",
        &Policy::umc_2020(),
        &request,
        &mut Context::default(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::InvalidRequest);
    assert!(
        err.to_string()
            .contains("workbook: not an XLSX or ODS workbook"),
        "{err}"
    );
}

#[test]
fn a_command_that_writes_no_xlsx_refuses_it() {
    let mut context = Context {
        document: Some(Document::Xlsx),
        ..Context::default()
    };
    let err =
        json::decide("fees", &Policy::umc_2020(), &example("fees"), &mut context).unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::Unsupported);
}

#[test]
fn the_timetable_as_xlsx_holds_the_csv_cells() {
    for lang in [Lang::En, Lang::Ro] {
        let numbers =
            assert_xlsx_holds_the_csv("schedule export", &example("schedule export"), lang);
        assert!(numbers > 0, "the minutes are numbers");
    }
}

#[test]
fn the_fee_statement_as_xlsx_holds_the_csv_cells() {
    for lang in [Lang::En, Lang::Ro] {
        let numbers = assert_xlsx_holds_the_csv("fees statement", &example("fees"), lang);
        assert!(numbers > 0, "ages and amounts are numbers");
    }
}

/// One way in for every document: `document_request` writes `{"file": …}` for any command that
/// reads one, tells the format from the media type, the name or the bytes, and refuses what the
/// command does not read, naming what it reads.
#[test]
fn every_document_goes_in_as_the_same_file() {
    let xlsx = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/sheets/schedule-plan.xlsx"),
    )
    .unwrap();
    // Told by the name, by the media type, by the bytes: the same request.
    let by_name =
        json::document_request("schedule import", &xlsx, None, Some("plan.xlsx"), None).unwrap();
    let by_type = json::document_request("schedule import", &xlsx, Some("xlsx"), None, None)
        .unwrap()
        .replace(",\"name\":\"plan.xlsx\"", "");
    let by_bytes = json::request_from_bytes("schedule import", xlsx.clone()).unwrap();
    let file =
        |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap()["file"].clone();
    assert_eq!(file(&by_type)["media_type"], file(&by_bytes)["media_type"]);
    assert_eq!(file(&by_type)["base64"], file(&by_bytes)["base64"]);
    assert_eq!(file(&by_name)["name"], "plan.xlsx");
    // A CSV is not a plan; a PDF is nothing Regula reads; each refusal says what is read.
    let err = json::document_request("schedule import", b"a,b", Some("text/csv"), None, None)
        .unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::Unsupported);
    assert!(
        err.to_string()
            .contains("reads application/vnd.openxmlformats"),
        "{err}"
    );
    let err = json::document_request("moodle gradebook", b"%PDF", None, Some("note.pdf"), None)
        .unwrap_err();
    assert!(err.to_string().contains("`note.pdf`"), "{err}");
    // What goes beside the document: required where the command has it, refused elsewhere.
    let err =
        json::document_request("moodle gradebook", b"a,b", Some("csv"), None, None).unwrap_err();
    assert_eq!(err.kind(), json::ErrorKind::InvalidRequest);
    assert_eq!(err.field(), Some("mapping"));
    let err = json::document_request("schedule import", &xlsx, None, None, Some("{}")).unwrap_err();
    assert!(
        err.to_string().contains("reads the document alone"),
        "{err}"
    );
    let err = json::document_request("fees", b"{}", None, None, None).unwrap_err();
    assert!(err.to_string().contains("reads no document"), "{err}");
    // A workbook given as text is refused, naming the field.
    let err = json::decide(
        "schedule import",
        &Policy::umc_2020(),
        r#"{"file": {"media_type": "xlsx", "text": "PK"}}"#,
        &mut Context::default(),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("file.text"));
}
