//! Writes the request bodies of the HTTP load benchmark (`benches/http_load.sh`) into a folder:
//! `deadlines`, `grade course` for 30 students, `schedule check` of the 10,000-exam session of
//! the scheduling bench, and a `schedule solve` that runs until its time limit.
//!
//! Run by the script: `cargo bench --bench http_bodies -- DIR`.

use std::path::PathBuf;

use chrono::NaiveDate;
use regula::scheduling::synthetic::{faculty, staggered_timetable};
use serde_json::json;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .rfind(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .expect("the folder to write the bodies into");
    std::fs::create_dir_all(&dir).expect("a writable folder");
    let write = |name: &str, value: &serde_json::Value| {
        std::fs::write(dir.join(name), value.to_string()).expect("written");
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let example = |name: &str| -> serde_json::Value {
        let text =
            std::fs::read_to_string(root.join("examples/requests").join(name)).expect("an example");
        serde_json::from_str(&text).expect("JSON")
    };
    write("deadlines.json", &example("deadlines.json"));

    let mut course = example("grade-course.json");
    let template = course["students"][0].clone();
    course["students"] = (0..30)
        .map(|i| {
            let mut s = template.clone();
            s["student"] = format!("S{i:03}").into();
            s
        })
        .collect();
    write("grade-course-30.json", &course);

    let monday = NaiveDate::from_ymd_opt(2022, 1, 17).expect("a date");
    let plan = faculty(2000, 5, 1500, monday, 11);
    let timetable = staggered_timetable(&plan, monday);
    write(
        "schedule-check-10k.json",
        &json!({ "plan": plan, "timetable": timetable }),
    );

    let mut solve = example("schedule-solve.json");
    solve["options"]["max_iterations"] = 1_000_000_000u64.into();
    write("schedule-solve-long.json", &solve);
    println!("request bodies written to {}", dir.display());
}
