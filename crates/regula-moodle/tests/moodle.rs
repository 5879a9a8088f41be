//! Moodle exports built here (CSV text, XLSX written with rust_xlsxwriter, ODS written by hand
//! after the OpenDocument 1.2 package layout) read into grading requests.

use regula_grading::Score;
use regula_moodle::request::{GradebookRequest, QuizImportRequest, answer_gradebook, answer_quiz};
use regula_moodle::{
    FileInput, GradebookMapping, MediaType, QuizMapping, read_gradebook, read_quiz,
    read_table as read,
};
use serde_json::json;

fn mapping(extra: serde_json::Value) -> GradebookMapping {
    let mut m = json!({
        "sheet": {
            "code": "NAV-101", "credits": 5,
            "activities": [
                { "id": "lab", "kind": "laboratory", "allotment": 5 },
                { "id": "exam", "kind": "final_evaluation", "allotment": 5 }
            ]
        },
        "columns": {
            "Quiz: Test 1 (Real)": { "activity": "exam", "maximum": 10 },
            "Assignment: Lab 2 (Real)": { "activity": "lab", "maximum": 100 }
        }
    });
    for (k, v) in extra.as_object().unwrap() {
        m[k] = v.clone();
    }
    serde_json::from_value(m).unwrap()
}

const CSV: &str = "First name,Last name,ID number,Institution,Department,Email address,Quiz: Test 1 (Real),Assignment: Lab 2 (Real),Course total (Real),Last downloaded from this course\n\
Ana,Pop,S1,UMC,NAV,ana@x.ro,7.50,80.00,87.50,1700000000\n\
Ion,Ionescu,S2,UMC,NAV,ion@x.ro,-,50.00,50.00,1700000000\n\
Fara,Id,,UMC,NAV,f@x.ro,1.00,1.00,2.00,1700000000\n";

fn points(s: &str) -> Score {
    serde_json::from_value(json!(s)).unwrap()
}

#[test]
fn a_csv_gradebook_becomes_scores_with_every_left_out_said() {
    let table = read(MediaType::Csv, CSV.as_bytes(), None).unwrap();
    let book = read_gradebook(&table, &mapping(json!({}))).unwrap();
    let students = &book.course.students;
    assert_eq!(students.len(), 2);
    assert_eq!(students[0].student, "S1");
    assert_eq!(students[0].scores["exam"], points("3.75"));
    assert_eq!(students[0].scores["lab"], points("4"));
    assert_eq!(students[1].scores["exam"], Score::Absent);
    let reasons: Vec<(&str, &str)> = book
        .warnings
        .iter()
        .map(|w| (w.at.as_str(), w.reason.as_str()))
        .collect();
    assert!(
        reasons.contains(&("column 9", "course-total-ignored")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("line 3, column 7", "dash-read-as-absent")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("line 4", "no-student-key")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|(_, r)| *r == "column-ignored"));
}

#[test]
fn a_romanian_csv_with_semicolons_and_decimal_commas_is_read_exactly() {
    let csv = "\u{feff}Prenume;Nume;Număr ID;Instituție;Departament;Adresă email;Quiz: Test 1 (Real);Assignment: Lab 2 (Real)\n\
Ana;Pop;S1;UMC;NAV;ana@x.ro;8,25;12,5\n";
    let table = read(MediaType::Csv, csv.as_bytes(), None).unwrap();
    let book = read_gradebook(&table, &mapping(json!({"dash": "zero"}))).unwrap();
    assert_eq!(book.course.students[0].scores["exam"], points("4.125"));
    assert_eq!(book.course.students[0].scores["lab"], points("0.625"));
}

#[test]
fn every_problem_is_named_by_its_place() {
    let csv = "First name,ID number,Quiz: Test 1 (Real),Assignment: Lab 2 (Real)\n\
A,S1,abc,10\n\
B,S1,5,10\n\
C,S3,11,10\n\
D,S4,5\n";
    let table = read(MediaType::Csv, csv.as_bytes(), None);
    let err = table.unwrap_err().to_string();
    assert!(err.contains("line 5: a ragged row"), "{err}");
    let csv = "First name,ID number,Quiz: Test 1 (Real),Assignment: Lab 2 (Real)\n\
A,S1,abc,10\n\
B,S1,5,10\n\
C,S3,11,10\n\
D,S4,5,1\n";
    let table = read(MediaType::Csv, csv.as_bytes(), None).unwrap();
    let err = read_gradebook(&table, &mapping(json!({})))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 2, column 3: `abc` where a grade"),
        "{err}"
    );
    assert!(
        err.contains("line 3: the student `S1` again (first at line 2)"),
        "{err}"
    );
    assert!(
        err.contains("line 4, column 3: the grade 11 is outside 0..10"),
        "{err}"
    );
    // 1 × 5 / 3 points is no exact decimal: refused, not rounded.
    let m = mapping(json!({"columns": {
        "Quiz: Test 1 (Real)": { "activity": "exam", "maximum": 10 },
        "Assignment: Lab 2 (Real)": { "activity": "lab", "maximum": 3 },
        "Quiz: Missing (Real)": { "activity": "lab2", "maximum": 3 }
    }}));
    let csv = "ID number,Quiz: Test 1 (Real),Assignment: Lab 2 (Real)\nS1,5,1\n";
    let table = read(MediaType::Csv, csv.as_bytes(), None).unwrap();
    let err = read_gradebook(&table, &m).unwrap_err().to_string();
    assert!(
        err.contains("line 2, column 3: 1 × 5 / 3 is not an exact decimal"),
        "{err}"
    );
    assert!(
        err.contains("the column `Quiz: Missing (Real)` is not in the header"),
        "{err}"
    );
    assert!(
        err.contains("the activity `lab2` is not in the course sheet"),
        "{err}"
    );
}

fn xlsx(formula: bool) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "First name",
        "Last name",
        "ID number",
        "Email address",
        "Quiz: Test 1 (Real)",
        "Assignment: Lab 2 (Real)",
        "Course total (Real)",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Ana").unwrap();
    sheet.write_string(1, 2, "S1").unwrap();
    sheet.write_number(1, 4, 8.3).unwrap();
    sheet.write_number(1, 5, 90).unwrap();
    sheet.write_string(2, 0, "Ion").unwrap();
    sheet.write_string(2, 2, "S2").unwrap();
    sheet.write_string(2, 4, "-").unwrap();
    if formula {
        sheet.write_formula(2, 5, "=40+10").unwrap();
    } else {
        sheet.write_number(2, 5, 50).unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn an_xlsx_gradebook_is_read_exactly_and_a_formula_is_named() {
    let table = read(MediaType::Xlsx, &xlsx(false), None).unwrap();
    let book = read_gradebook(&table, &mapping(json!({}))).unwrap();
    assert_eq!(book.course.students[0].scores["exam"], points("4.15"));
    assert_eq!(book.course.students[0].scores["lab"], points("4.5"));
    assert!(
        book.warnings
            .iter()
            .any(|w| w.at == "Sheet1!E3" && w.reason == "dash-read-as-absent")
    );
    assert!(
        book.warnings.iter().any(
            |w| w.at == "Sheet1 column G" && w.column.as_deref() == Some("Course total (Real)")
        )
    );
    let table = read(MediaType::Xlsx, &xlsx(true), None).unwrap();
    let err = read_gradebook(&table, &mapping(json!({})))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Sheet1!F3: a formula (`=40+10`)"), "{err}");
}

#[test]
fn a_corrupt_workbook_is_refused() {
    let err = read(MediaType::Xlsx, b"PK\x03\x04 not a zip", None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a readable XLSX workbook"), "{err}");
}

#[path = "../../regula-sheets/tests/support/ods.rs"]
mod ods;

/// A one-sheet ODS package (`#9.5` a number, anything else text).
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let rows = rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| match cell.strip_prefix('#') {
                    Some(n) => ods::OdsCell::Float(n.to_owned()),
                    None => ods::OdsCell::Text((*cell).to_owned()),
                })
                .collect()
        })
        .collect();
    ods::ods_package(&[("Note".to_owned(), rows)])
}

#[test]
fn an_ods_gradebook_is_read() {
    let bytes = ods(&[
        &[
            "Prenume",
            "Nume",
            "Număr ID",
            "Quiz: Test 1 (Real)",
            "Assignment: Lab 2 (Real)",
        ],
        &["Ana", "Pop", "S1", "#9.5", "#100"],
        &["Ion", "Ion", "S2", "abc", "#100"],
    ]);
    let table = read(MediaType::Ods, &bytes, None).unwrap();
    let err = read_gradebook(&table, &mapping(json!({})))
        .unwrap_err()
        .to_string();
    assert!(err.contains("Note!D3: `abc`"), "{err}");
    let table = read(MediaType::Ods, &bytes[..], None).unwrap();
    let first = &table.rows[1];
    assert_eq!(first[3].text(), "9.5");
}

#[test]
fn the_request_reads_base64_and_grades_at_once() {
    let request = GradebookRequest {
        file: FileInput::new(MediaType::Xlsx, None, &xlsx(false)),
        mapping: mapping(json!({"grade": true})),
    };
    let response = answer_gradebook(&regula_grading::policy::umc_2020(), &request).unwrap();
    let results = response.outcome.results.as_ref().unwrap();
    assert_eq!(results.results.len(), 2);
    let json = serde_json::to_value(&response.outcome).unwrap();
    assert_eq!(json["course"]["students"][0]["scores"]["exam"], "4.15");
}

const QUIZ: &str = "Surname,First name,Email address,State,Started on,Completed,Time taken,Grade/10.00,Q. 1 /1.00,Q. 2 /1.00,Q. 3 /1.00\n\
Pop,Ana,ana@x.ro,Finished,1 Feb 2021,1 Feb 2021,10 mins,6.67,1.00,0.00,-\n\
Ion,Ion,ion@x.ro,In progress,1 Feb 2021,,,-,1.00,-,-\n\
Vas,Vali,v@x.ro,Terminat,1 Feb 2021,1 Feb 2021,9 mins,10.00,1.00,1.00,1.00\n\
Overall average,,,,,,,8.33,1.00,0.50,1.00\n";

fn quiz_mapping(grade: bool) -> QuizMapping {
    serde_json::from_value(json!({
        "quiz": { "course": "MATH-1", "session_date": "2021-01-25", "bank_size": 30, "questions": 3 },
        "grade": grade
    }))
    .unwrap()
}

#[test]
fn a_quiz_report_becomes_attempts() {
    let table = read(MediaType::Csv, QUIZ.as_bytes(), None).unwrap();
    let report = read_quiz(&table, &quiz_mapping(false)).unwrap();
    let attempts = &report.request.attempts;
    assert_eq!(attempts.len(), 2);
    assert_eq!(attempts[0].student, "ana@x.ro");
    assert_eq!(
        attempts[0].answers,
        vec![
            regula_grading::Answer::single(true),
            regula_grading::Answer::single(false),
            regula_grading::Answer::default()
        ]
    );
    let reasons: Vec<(&str, &str)> = report
        .warnings
        .iter()
        .map(|w| (w.at.as_str(), w.reason.as_str()))
        .collect();
    assert!(
        reasons.contains(&("line 3", "attempt-not-finished")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("line 5", "overall-average")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("column 8", "column-ignored")),
        "{reasons:?}"
    );
}

#[test]
fn a_partial_mark_is_refused_with_its_cell() {
    let csv = "Surname,First name,Email address,State,Q. 1 /1.00\nPop,Ana,ana@x.ro,Finished,0.50\n";
    let table = read(MediaType::Csv, csv.as_bytes(), None).unwrap();
    let mut m = quiz_mapping(false);
    m.quiz.questions = 1;
    let err = read_quiz(&table, &m).unwrap_err().to_string();
    assert!(
        err.contains("line 2, column 5: a partial mark 0.50 of 1.00"),
        "{err}"
    );
}

#[test]
fn a_quiz_is_graded_at_once() {
    let questions: Vec<String> = (1..=10).map(|q| format!("Q. {q} /1.00")).collect();
    let mut csv = format!(
        "Surname,First name,Email address,State,Started on,Completed,Time taken,Grade/10.00,{}\n",
        questions.join(",")
    );
    csv.push_str("Pop,Ana,ana@x.ro,Finished,,,,7.00,1,1,1,1,1,1,1,0,0,-\n");
    csv.push_str("Vas,Vali,v@x.ro,Finished,,,,10.00,1,1,1,1,1,1,1,1,1,1\n");
    let mut mapping = quiz_mapping(true);
    mapping.quiz.bank_size = 60;
    mapping.quiz.questions = 10;
    let request = QuizImportRequest {
        file: FileInput {
            media_type: MediaType::Csv,
            name: None,
            text: Some(csv),
            base64: None,
        },
        mapping,
    };
    let response = answer_quiz(&regula_grading::policy::umc_2020(), &request).unwrap();
    let results = response.outcome.results.unwrap();
    assert_eq!(results.results.len(), 2);
    let json = serde_json::to_value(&results.results[1])
        .unwrap()
        .to_string();
    assert!(json.contains("\"grade\":10"), "{json}");
}
