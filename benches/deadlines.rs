//! Deadline arithmetic at the scale of a faculty's session: every deadline of an exam (AP-*,
//! OX-4, CA-7) and working-day arithmetic over a two-month window (CAL-3). Target of issue #3: at
//! least 1 million deadline computations per second per core.
//!
//! Run with `cargo bench --bench deadlines`.

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate, TimeDelta};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regula::Policy;
use regula::appeals::{Appeal, ExamFacts, ExamForm, Grounds, check_appeal, deadlines};
use regula::calendar::{Calendar, Instant};

const N: usize = 100_000;

const FORMS: [ExamForm; 6] = [
    ExamForm::FaceToFaceWritten,
    ExamForm::FaceToFaceOral,
    ExamForm::OnlineQuiz,
    ExamForm::OnlineOpenQuestions,
    ExamForm::OnlinePortfolio,
    ExamForm::OralByVideo,
];

/// Exams spread over 2021–2024 at whole hours between 08:00 and 20:00, every form.
fn exams() -> Vec<ExamFacts> {
    let base: Instant = "2021-01-04T08:00".parse().expect("a valid instant");
    (0..N)
        .map(|i| {
            let offset = TimeDelta::days((i % 1400) as i64) + TimeDelta::hours((i % 12) as i64);
            let end = Instant::from_utc("exam_end", base.utc() + offset).expect("in range");
            let announced = Instant::from_utc("grades_announced", end.utc() + TimeDelta::hours(5))
                .expect("in range");
            ExamFacts {
                form: FORMS[i % FORMS.len()],
                exam_end: end,
                grades_announced: Some(announced),
                papers_viewed: None,
            }
        })
        .collect()
}

fn dates() -> Vec<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(2019, 1, 1).expect("a valid date");
    (0..N)
        .map(|i| start + Days::new((i % 3000) as u64))
        .collect()
}

fn bench(c: &mut Criterion) {
    let policy = Policy::umc_2020();
    let rules = policy.appeals.latest().policy.clone();
    let calendar = Calendar::romania();
    let exams = exams();
    let dates = dates();

    let mut group = c.benchmark_group("deadlines");
    group.throughput(Throughput::Elements(N as u64));
    group.measurement_time(Duration::from_secs(5));

    group.bench_function("every deadline of an exam (6 forms)", |b| {
        b.iter(|| {
            for exam in &exams {
                black_box(deadlines(&rules, black_box(exam)).expect("valid"));
            }
        })
    });
    group.bench_function("appeal admissibility", |b| {
        b.iter(|| {
            for exam in &exams {
                let appeal = Appeal {
                    filed_at: exam.grades_announced.expect("given"),
                    grounds: Grounds::Technical,
                    proof: true,
                };
                black_box(check_appeal(&rules, black_box(exam), &appeal).expect("valid"));
            }
        })
    });
    group.bench_function("add 42 working days (two months)", |b| {
        b.iter(|| {
            for date in &dates {
                black_box(
                    calendar
                        .add_working_days(black_box(*date), 42)
                        .expect("in range"),
                );
            }
        })
    });
    group.bench_function("count working days over 61 days", |b| {
        b.iter(|| {
            for date in &dates {
                let end = *date + Days::new(61);
                black_box(
                    calendar
                        .working_days_after(black_box(*date), end)
                        .expect("in range"),
                );
            }
        })
    });
    group.bench_function("exam deadlines + 10 working days after the catalog", |b| {
        b.iter(|| {
            for exam in &exams {
                let d = deadlines(&rules, black_box(exam)).expect("valid");
                black_box(
                    calendar
                        .add_working_days(d.catalog_due.local_date(), 10)
                        .expect("in range"),
                );
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
