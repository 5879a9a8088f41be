//! Reading a Moodle gradebook (issue #29): 2,000 students with the identity columns, three
//! mapped grade items, an unmapped one, the course total and the download stamp, as CSV and as
//! XLSX (written with rust_xlsxwriter), read and mapped to a course sheet's scores.
//!
//! Run with `cargo bench --bench moodle`. The aim: under 200 ms for each.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use regula::moodle::{GradebookMapping, MediaType, read_gradebook, read_table as read};

const HEADER: [&str; 12] = [
    "First name",
    "Last name",
    "ID number",
    "Institution",
    "Department",
    "Email address",
    "Quiz: Test 1 (Real)",
    "Assignment: Lab 1 (Real)",
    "Assignment: Lab 2 (Real)",
    "Forum: Talk (Real)",
    "Course total (Real)",
    "Last downloaded from this course",
];

fn row(k: usize) -> [String; 12] {
    let quiz = if k.is_multiple_of(17) {
        "-".to_owned()
    } else {
        format!("{}.{}", k % 10, if k.is_multiple_of(2) { 5 } else { 0 })
    };
    [
        format!("Prenume{k}"),
        format!("Nume{k}"),
        format!("S{k:05}"),
        "UMC".to_owned(),
        "NAV".to_owned(),
        format!("s{k}@example.ro"),
        quiz,
        format!("{}", k % 101),
        format!("{}.5", k % 100),
        format!("{}", k % 5),
        "0".to_owned(),
        "1700000000".to_owned(),
    ]
}

fn csv(students: usize) -> String {
    let mut text = HEADER.join(",");
    text.push('\n');
    for k in 0..students {
        text.push_str(&row(k).join(","));
        text.push('\n');
    }
    text
}

fn xlsx(students: usize) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for k in 0..students {
        for (c, value) in row(k).iter().enumerate() {
            let r = (k + 1) as u32;
            match value.parse::<f64>() {
                Ok(n) if c >= 6 => sheet.write_number(r, c as u16, n).unwrap(),
                _ => sheet.write_string(r, c as u16, value).unwrap(),
            };
        }
    }
    book.save_to_buffer().unwrap()
}

fn mapping() -> GradebookMapping {
    serde_json::from_value(serde_json::json!({
        "sheet": {
            "code": "NAV-101", "credits": 5,
            "activities": [
                { "id": "lab1", "kind": "laboratory", "allotment": 2 },
                { "id": "lab2", "kind": "laboratory", "allotment": 3 },
                { "id": "exam", "kind": "final_evaluation", "allotment": 5 }
            ]
        },
        "columns": {
            "Quiz: Test 1 (Real)": { "activity": "exam", "maximum": 10 },
            "Assignment: Lab 1 (Real)": { "activity": "lab1", "maximum": 100 },
            "Assignment: Lab 2 (Real)": { "activity": "lab2", "maximum": 100 }
        }
    }))
    .unwrap()
}

fn gradebook(c: &mut Criterion) {
    let mapping = mapping();
    let text = csv(2_000);
    let book = xlsx(2_000);
    // Every student is read: a bench of a refusal would measure nothing.
    for (media, bytes) in [
        (MediaType::Csv, text.as_bytes()),
        (MediaType::Xlsx, &book[..]),
    ] {
        let table = read(media, bytes, None).unwrap();
        let read = read_gradebook(&table, &mapping).unwrap();
        assert_eq!(read.course.students.len(), 2_000);
    }
    let mut group = c.benchmark_group("moodle gradebook, 2000 students");
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("csv", |b| {
        b.iter(|| {
            let table = read(MediaType::Csv, black_box(text.as_bytes()), None).unwrap();
            read_gradebook(&table, &mapping).unwrap()
        });
    });
    group.bench_function("xlsx", |b| {
        b.iter(|| {
            let table = read(MediaType::Xlsx, black_box(&book), None).unwrap();
            read_gradebook(&table, &mapping).unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, gradebook);
criterion_main!(benches);
