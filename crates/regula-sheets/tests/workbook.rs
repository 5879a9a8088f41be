//! The session-plan workbook (docs/spreadsheets.md): the template's round trip, and every kind of
//! problem named with its cell. Workbooks are built here with rust_xlsxwriter, following the
//! template's sheets.

use calamine::{Reader, Xlsx};
use regula_scheduling::SessionPlan;
use regula_sheets::{SHEETS, read_plan, template};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// A cell to write.
#[derive(Clone)]
enum C {
    S(&'static str),
    N(f64),
    D(u16, u8, u8),
    T(u16, u8),
    F(&'static str),
    B(bool),
    E,
}

use C::*;

mod support {
    pub mod ods;
}
use support::ods::{OdsCell, ods_package};

/// A sheet to write: its name, its header (the template's when `None`) and its rows.
type SheetRows<'a> = (&'a str, Option<&'a [&'a str]>, Vec<Vec<C>>);

/// The header of a sheet: `header`, else the template's.
fn header_of<'a>(name: &str, header: Option<&'a [&'a str]>) -> Vec<&'a str> {
    match header {
        Some(h) => h.to_vec(),
        None => SHEETS
            .iter()
            .find(|s| s.name == name)
            .unwrap()
            .columns
            .iter()
            .map(|(c, _)| *c)
            .collect(),
    }
}

/// A workbook of `sheets`.
fn book(sheets: &[SheetRows<'_>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let time = Format::new().set_num_format("hh:mm");
    for (name, header, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (c, h) in header_of(name, *header).iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    S(s) => {
                        sheet.write_string(r, c, *s).unwrap();
                    }
                    N(n) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    D(y, m, d) => {
                        let day = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                        sheet.write_datetime_with_format(r, c, &day, &date).unwrap();
                    }
                    T(h, m) => {
                        let at = ExcelDateTime::from_hms(*h, *m, 0).unwrap();
                        sheet.write_datetime_with_format(r, c, &at, &time).unwrap();
                    }
                    F(f) => {
                        sheet.write_formula(r, c, Formula::new(*f)).unwrap();
                    }
                    B(b) => {
                        sheet.write_boolean(r, c, *b).unwrap();
                    }
                    E => {}
                }
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// The plan of `examples/requests/schedule-solve.json`, cut down, with every sheet used.
fn filled() -> Vec<u8> {
    book(&filled_sheets())
}

/// The sheets of [`filled`].
fn filled_sheets() -> Vec<SheetRows<'static>> {
    vec![
        (
            "Session",
            None,
            vec![vec![S("regular"), D(2022, 1, 17), D(2022, 2, 6)]],
        ),
        (
            "Groups",
            None,
            vec![
                vec![S("NAV-2-A"), S("full_time"), N(2.0), E, S("NAV-2"), N(26.0)],
                vec![
                    S("NAV-2-IFR"),
                    S("ifr"),
                    N(2.0),
                    S("bachelor"),
                    S("NAV-2-IFR"),
                    S("31"),
                ],
                vec![S("MST-1"), E, N(1.0), S("master"), E, N(12.0)],
            ],
        ),
        (
            "Teachers",
            None,
            vec![
                vec![S("popescu"), S("Conf. dr. Ana Popescu")],
                vec![S("dumitru"), S("Asist. dr. Elena Dumitru")],
            ],
        ),
        (
            "Unavailable",
            None,
            vec![
                vec![S("popescu"), D(2022, 1, 24)],
                vec![S("popescu"), S("2022-01-25")],
            ],
        ),
        (
            "Exams",
            None,
            vec![
                vec![
                    S("NAV-201-A"),
                    S("Navigație maritimă I"),
                    S("NAV-2-A"),
                    S("face_to_face_written"),
                    N(180.0),
                    E,
                    D(2022, 1, 20),
                    E,
                    T(9, 0),
                    S("A101; B204"),
                ],
                vec![
                    S("NAV-201-IFR"),
                    S("Navigație maritimă I"),
                    S("NAV-2-IFR;MST-1"),
                    S("online_quiz"),
                    S("60"),
                    D(2022, 1, 27),
                    E,
                    N(2.0),
                ],
            ],
        ),
        (
            "Committee",
            None,
            vec![
                vec![S("NAV-201-A"), S("popescu"), S("holder")],
                vec![S("NAV-201-A"), S("dumitru"), S("applied_teacher")],
                vec![S("NAV-201-IFR"), S("popescu"), S("holder")],
            ],
        ),
        (
            "Rooms",
            None,
            vec![vec![S("A101"), N(30.0)], vec![S("B204"), N(60.0)]],
        ),
        (
            "Students",
            None,
            vec![vec![N(1042.0), S("NAV-2-A"), S("NAV-201-IFR")]],
        ),
        (
            "Constraints",
            None,
            vec![
                vec![S("before"), S("NAV-201-A;NAV-201-IFR")],
                vec![S("different_periods"), S("NAV-201-A; NAV-201-IFR")],
            ],
        ),
    ]
}

const EXPECTED: &str = r#"{
  "session": { "kind": "regular", "first_day": "2022-01-17", "last_day": "2022-02-06" },
  "groups": [
    { "id": "NAV-2-A", "form": "full_time", "year": 2, "series": "NAV-2", "size": 26 },
    { "id": "NAV-2-IFR", "form": "ifr", "year": 2, "series": "NAV-2-IFR", "size": 31 },
    { "id": "MST-1", "year": 1, "level": "master", "size": 12 }
  ],
  "teachers": [
    { "id": "popescu", "name": "Conf. dr. Ana Popescu", "unavailable": ["2022-01-24", "2022-01-25"] },
    { "id": "dumitru", "name": "Asist. dr. Elena Dumitru" }
  ],
  "exams": [
    {
      "id": "NAV-201-A", "course": "Navigație maritimă I", "groups": ["NAV-2-A"],
      "form": "face_to_face_written", "duration_minutes": 180,
      "preferred_date": "2022-01-20", "preferred_start": "09:00:00",
      "preferred_rooms": ["A101", "B204"],
      "committee": [
        { "teacher": "popescu", "role": "holder" },
        { "teacher": "dumitru", "role": "applied_teacher" }
      ]
    },
    {
      "id": "NAV-201-IFR", "course": "Navigație maritimă I", "groups": ["NAV-2-IFR", "MST-1"],
      "form": "online_quiz", "duration_minutes": 60, "fixed_date": "2022-01-27", "max_rooms": 2,
      "committee": [{ "teacher": "popescu", "role": "holder" }]
    }
  ],
  "rooms": [{ "id": "A101", "capacity": 30 }, { "id": "B204", "capacity": 60 }],
  "students": [{ "id": "1042", "groups": ["NAV-2-A"], "exams": ["NAV-201-IFR"] }],
  "constraints": [
    { "kind": "before", "first": "NAV-201-A", "then": "NAV-201-IFR" },
    { "kind": "different_periods", "exams": ["NAV-201-A", "NAV-201-IFR"] }
  ]
}"#;

#[test]
fn the_template_has_every_sheet_with_its_header_row() {
    let bytes = template().unwrap();
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = workbook.sheet_names();
    assert_eq!(names, SHEETS.iter().map(|s| s.name).collect::<Vec<_>>());
    for spec in SHEETS {
        let range = workbook.worksheet_range(spec.name).unwrap();
        let header: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|d| d.to_string())
            .collect();
        let expected: Vec<&str> = spec.columns.iter().map(|(c, _)| *c).collect();
        assert_eq!(header, expected, "{}", spec.name);
        assert_eq!(range.height(), 1, "{}: the header only", spec.name);
    }
}

#[test]
fn the_empty_template_reads_back_as_a_plan_without_a_session() {
    let err = read_plan(&template().unwrap()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the document cannot be read (1 problem):\n  \
         Session!2: no session: the row under the header gives its days"
    );
}

#[test]
fn a_filled_template_reads_back_as_the_hand_written_plan() {
    let imported = read_plan(&filled()).unwrap();
    let expected: SessionPlan = serde_json::from_str(EXPECTED).unwrap();
    assert_eq!(imported.plan, expected);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

fn problems(bytes: &[u8]) -> Vec<String> {
    read_plan(bytes)
        .unwrap_err()
        .0
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// The minimal sheets around `exams` rows (exam E1 of group G, teacher T).
fn with_exams(exams: Vec<Vec<C>>) -> Vec<u8> {
    book(&with_exams_sheets(exams))
}

/// The Session sheet of the tests' plans: a regular session of 17 January – 6 February 2022.
fn session() -> SheetRows<'static> {
    (
        "Session",
        None,
        vec![vec![E, D(2022, 1, 17), D(2022, 2, 6)]],
    )
}

/// The sheets of [`with_exams`].
fn with_exams_sheets(exams: Vec<Vec<C>>) -> Vec<SheetRows<'static>> {
    vec![
        session(),
        ("Groups", None, vec![vec![S("G")]]),
        ("Teachers", None, vec![vec![S("T")]]),
        ("Exams", None, exams),
        ("Committee", None, vec![]),
    ]
}

#[test]
fn a_text_where_a_number_is_expected_is_named_with_its_cell() {
    let bytes = with_exams(vec![
        vec![S("E1"), E, S("G"), S("face_to_face_oral"), N(60.0)],
        vec![S("E2"), E, S("G"), S("face_to_face_oral"), S("abc")],
        vec![S("E3"), E, S("G"), S("face_to_face_oral"), N(60.5)],
    ]);
    assert_eq!(
        problems(&bytes),
        [
            "Exams!E3: \"abc\" is not a number of minutes",
            "Exams!E4: \"60.5\" is not a number of minutes"
        ]
    );
}

#[test]
fn a_formula_where_a_number_is_expected_is_refused() {
    let bytes = with_exams(vec![vec![
        S("E1"),
        E,
        S("G"),
        S("face_to_face_oral"),
        F("=30*2"),
    ]]);
    assert_eq!(
        problems(&bytes),
        ["Exams!E2: a formula (=30*2) where a number of minutes is expected: type the value"]
    );
}

#[test]
fn a_missing_sheet_is_named() {
    let bytes = book(&[
        session(),
        ("Groups", None, vec![]),
        ("Teachers", None, vec![]),
        ("Committee", None, vec![]),
    ]);
    assert_eq!(
        problems(&bytes),
        [
            "workbook: no sheet `Exams` (the template's sheets: Session, Groups, Teachers, \
          Unavailable, Exams, Committee, Rooms, Students, Constraints)"
        ]
    );
}

#[test]
fn a_duplicated_id_names_both_cells() {
    let bytes = with_exams(vec![
        vec![S("E1"), E, S("G"), S("face_to_face_oral"), N(60.0)],
        vec![S("E1"), E, S("G"), S("online_quiz"), N(30.0)],
    ]);
    assert_eq!(
        problems(&bytes),
        ["Exams!A3: the exam id `E1` is already used at Exams!A2"]
    );
}

#[test]
fn a_ragged_row_names_each_missing_cell() {
    let bytes = with_exams(vec![vec![S("E1"), S("Course")]]);
    assert_eq!(
        problems(&bytes),
        [
            "Exams!C2: the groups sitting the exam are missing",
            "Exams!D2: an exam form is missing",
            "Exams!E2: a number of minutes is missing"
        ]
    );
}

#[test]
fn blank_rows_are_skipped_and_reported() {
    let bytes = with_exams(vec![
        vec![S("E1"), E, S("G"), S("face_to_face_oral"), N(60.0)],
        vec![],
        vec![S("E2"), E, S("G"), S("face_to_face_oral"), N(60.0)],
    ]);
    let imported = read_plan(&bytes).unwrap();
    assert_eq!(imported.plan.exams.len(), 2);
    assert_eq!(imported.warnings, ["Exams!3: a blank row; skipped"]);
}

#[test]
fn a_column_or_a_sheet_not_in_the_template_is_reported() {
    let bytes = book(&[
        session(),
        ("Groups", Some(&["id", "notes"]), vec![vec![S("G"), S("x")]]),
        ("Teachers", None, vec![]),
        ("Exams", None, vec![]),
        ("Committee", None, vec![]),
        ("Notes", Some(&["anything"]), vec![]),
    ]);
    let imported = read_plan(&bytes).unwrap();
    assert_eq!(
        imported.warnings,
        [
            "Notes: sheet not in the template; ignored",
            "Groups!B1: the column `notes` is not in the template; ignored"
        ]
    );
}

#[test]
fn a_missing_column_is_named() {
    let bytes = book(&[
        session(),
        ("Groups", None, vec![]),
        ("Teachers", None, vec![]),
        ("Exams", Some(&["id", "groups", "form"]), vec![]),
        ("Committee", None, vec![]),
    ]);
    assert_eq!(
        problems(&bytes),
        [
            "Exams!1: no column `duration_minutes` (the sheet's columns: id, course, groups, form, \
          duration_minutes, fixed_date, preferred_date, max_rooms, preferred_start, \
          preferred_rooms)"
        ]
    );
}

#[test]
fn words_dates_and_references_are_checked_cell_by_cell() {
    let bytes = book(&[
        (
            "Session",
            None,
            vec![vec![S("winter"), S("17.01.2022"), D(2022, 2, 6)]],
        ),
        ("Groups", None, vec![vec![S("G"), E, E, E, E, B(true)]]),
        ("Teachers", None, vec![vec![S("T")]]),
        ("Unavailable", None, vec![vec![S("X"), D(2022, 1, 20)]]),
        (
            "Exams",
            None,
            vec![vec![S("E1"), E, S("G"), S("paper"), N(60.0)]],
        ),
        ("Committee", None, vec![vec![S("E9"), S("T"), S("holder")]]),
        (
            "Constraints",
            None,
            vec![vec![S("before"), S("E1")], vec![S("after"), S("E1")]],
        ),
    ]);
    let problems = problems(&bytes);
    let expected = [
        "Session!A2: \"winter\" is not a session kind (expected one of `regular`, \
         `september_retake`, `pre_graduation_retake`, `open`)",
        "Session!B2: \"17.01.2022\" is not the session's first day (a date cell, or the text \
         YYYY-MM-DD)",
        "Groups!F2: the truth value TRUE is not a number of students",
        "Unavailable!A2: no teacher `X` in the sheet Teachers",
        "Exams!D2: \"paper\" is not an exam form (expected one of `face_to_face_written`, \
         `face_to_face_oral`, `online_quiz`, `online_open_questions`, `online_portfolio`, \
         `oral_by_video`)",
        "Committee!A2: no exam `E9` in the sheet Exams",
        "Constraints!B2: `before` links two exams: the first, then the one after it (`A;B`)",
        "Constraints!A3: \"after\" is not a kind of constraint (expected one of before, \
         same_day, same_period, different_periods)",
    ];
    assert_eq!(problems, expected);
}

#[test]
fn a_corrupt_file_is_refused_not_a_panic() {
    for bytes in [
        b"not a workbook".to_vec(),
        b"PK\x03\x04garbage".to_vec(),
        filled()[..400].to_vec(),
        Vec::new(),
    ] {
        let problems = problems(&bytes);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("workbook: "), "{problems:?}");
    }
}

#[test]
fn a_plan_written_into_the_template_reads_back_as_itself() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/requests/schedule-solve.json"),
    )
    .unwrap();
    let request: serde_json::Value = serde_json::from_str(&text).unwrap();
    let plan: SessionPlan = serde_json::from_value(request["plan"].clone()).unwrap();
    let bytes = regula_sheets::plan_to_workbook(&plan).unwrap();
    let imported = read_plan(&bytes).unwrap();
    assert_eq!(imported.plan, plan);
    assert!(imported.warnings.is_empty());
    // And the hand-filled workbook's plan too, with every sheet used.
    let expected: SessionPlan = serde_json::from_str(EXPECTED).unwrap();
    let again = read_plan(&regula_sheets::plan_to_workbook(&expected).unwrap()).unwrap();
    assert_eq!(again.plan, expected);
}

#[test]
fn a_corrupt_zip_says_what_it_is() {
    let problems = problems(b"PK\x03\x04garbage");
    assert!(
        problems[0].starts_with(
            "workbook: not an XLSX or ODS workbook (a corrupt or foreign file): as XLSX, "
        ),
        "{problems:?}"
    );
    assert_eq!(
        crate::problems(b"plain text"),
        ["workbook: not an XLSX or ODS workbook: the file is not a zip archive"]
    );
}

/// The same sheets as an OpenDocument spreadsheet.
fn ods_book(sheets: &[SheetRows<'_>]) -> Vec<u8> {
    let sheets: Vec<(String, Vec<Vec<OdsCell>>)> = sheets
        .iter()
        .map(|(name, header, rows)| {
            let mut cells = vec![
                header_of(name, *header)
                    .into_iter()
                    .map(|h| OdsCell::Text(h.to_owned()))
                    .collect(),
            ];
            cells.extend(rows.iter().map(|row| {
                row.iter()
                    .map(|cell| match cell {
                        S(s) => OdsCell::Text((*s).to_owned()),
                        N(n) => OdsCell::Float(n.to_string()),
                        D(y, m, d) => OdsCell::Date(*y, *m, *d),
                        T(h, m) => OdsCell::Time(*h, *m),
                        F(f) => OdsCell::Formula((*f).to_owned()),
                        B(b) => OdsCell::Bool(*b),
                        E => OdsCell::Empty,
                    })
                    .collect()
            }));
            ((*name).to_owned(), cells)
        })
        .collect();
    ods_package(&sheets)
}

#[test]
fn an_ods_workbook_reads_back_as_the_same_plan() {
    let bytes = ods_book(&filled_sheets());
    assert_eq!(
        regula_sheets::MediaType::of_bytes(&bytes),
        regula_sheets::MediaType::Ods
    );
    let imported = read_plan(&bytes).unwrap();
    let expected: SessionPlan = serde_json::from_str(EXPECTED).unwrap();
    assert_eq!(imported.plan, expected);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn an_ods_workbook_names_its_problems_by_cell() {
    let bytes = ods_book(&with_exams_sheets(vec![
        vec![S("E1"), E, S("G"), S("face_to_face_oral"), N(60.0)],
        vec![S("E2"), E, S("G"), S("face_to_face_oral"), S("abc")],
        vec![S("E3"), E, S("G"), S("face_to_face_oral"), F("=30*2")],
    ]));
    assert_eq!(
        problems(&bytes),
        [
            "Exams!E3: \"abc\" is not a number of minutes",
            "Exams!E4: a formula (=30*2) where a number of minutes is expected: type the value"
        ]
    );
    // A sheet that is missing is named as in an XLSX workbook.
    let mut sheets = with_exams_sheets(vec![]);
    sheets.retain(|(name, _, _)| *name != "Teachers");
    let problems = problems(&ods_book(&sheets));
    assert!(
        problems.iter().any(|p| p.contains("Teachers")),
        "{problems:?}"
    );
}
