//! The session plan read from a workbook (issue #29): a faculty of 10,000 exams (and their
//! committees, groups, teachers and 500 restanțieri) written into the template, then read back
//! from the XLSX bytes into the request's plan. Target: under 200 ms.
//!
//! Run with `cargo bench --bench sheets`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regula::scheduling::synthetic;
use regula::sheets::{plan_to_workbook, read_plan};

fn read(c: &mut Criterion) {
    let first_day = NaiveDate::from_ymd_opt(2022, 1, 17).unwrap();
    let mut groups = 1_250;
    let plan = loop {
        let plan = synthetic::faculty(groups, 8, 600, first_day, 7);
        if plan.exams.len() >= 10_000 {
            break synthetic::with_restantieri(plan, 500, 7);
        }
        groups += 50;
    };
    let bytes = plan_to_workbook(&plan).unwrap();
    let read_back = read_plan(&bytes).unwrap();
    assert_eq!(read_back.plan, plan, "the workbook reads back as the plan");
    eprintln!(
        "sheets: {} exams, {} groups, {} teachers, {} students; {} bytes of XLSX",
        plan.exams.len(),
        plan.groups.len(),
        plan.teachers.len(),
        plan.students.len(),
        bytes.len()
    );
    let mut group = c.benchmark_group("sheets");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.throughput(Throughput::Elements(plan.exams.len() as u64));
    group.bench_function("read a 10,000-exam plan from XLSX", |b| {
        b.iter(|| read_plan(black_box(&bytes)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, read);
criterion_main!(benches);
