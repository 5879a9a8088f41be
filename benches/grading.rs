//! Batch grading: a whole faculty's session at once.
//!
//! 1,000,000 course results of 4 activities each (lab 2 + seminar 2 + project 1 + exam 5, with a
//! lab admission condition), graded on the fast path (no explanation, no allocation per item)
//! and on the explained path (every rule applied, with its sentence). Target of issue #2: at least
//! 5 million results per second per core on the fast path.
//!
//! The same batch on a weighted sheet (component grading: lab 20% + seminar 20% + project 10% +
//! exam 50%, each graded 1–10, exam and mean minimums): the fast path of both schemes, side by side.
//!
//! Rendering the explanations as text is measured apart (issue #14): building an explanation
//! records data (message identifiers and typed arguments); text is written only when asked for.
//!
//! Run with `cargo bench --bench grading`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regula::grading::{CourseSheet, GradingPolicy, Score};
use regula::locale::Lang;
use regula::{Decimal, Points, Policy};

const RESULTS: usize = 1_000_000;

fn sheet() -> CourseSheet {
    serde_json::from_str(include_str!("../tests/fixtures/batch-course-sheet.json"))
        .expect("a valid course sheet")
}

/// Deterministic scores within each allotment (in hundredths), about 5% absences.
fn results(allotments: [i64; 4]) -> Vec<[Score; 4]> {
    scores_between(allotments.map(|a| (0, a * 100)))
}

/// Deterministic grades 1–10 (in hundredths) for a weighted sheet, about 5% absences.
fn grades() -> Vec<[Score; 4]> {
    scores_between([(100, 1000); 4])
}

/// Deterministic scores between the bounds given in hundredths, about 5% absences.
fn scores_between(bounds: [(i64, i64); 4]) -> Vec<[Score; 4]> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..RESULTS)
        .map(|_| {
            bounds.map(|(low, high)| {
                let r = next();
                if r % 20 == 0 {
                    Score::Absent
                } else {
                    let h = low as u64 + (r >> 8) % ((high - low) as u64 + 1);
                    Score::Points(Points::new(Decimal::new(h as i64, 2)).expect("within 10"))
                }
            })
        })
        .collect()
}

fn batch(c: &mut Criterion) {
    let sheet = sheet();
    let policy: GradingPolicy = Policy::umc_2020().grading.latest().policy.clone();
    let students = results([2, 2, 1, 5]);
    let mut group = c.benchmark_group("grade 1M course results of 4 activities");
    group.throughput(Throughput::Elements(RESULTS as u64));
    group.sample_size(10);

    group.measurement_time(Duration::from_secs(8));
    group.bench_function("fast path (no explanation)", |b| {
        b.iter(|| {
            let mut passed = 0usize;
            for scores in &students {
                let outcome = sheet
                    .evaluate(&policy, "", black_box(scores))
                    .expect("valid scores");
                passed += usize::from(outcome.passed());
            }
            black_box(passed)
        })
    });

    let weighted: CourseSheet =
        serde_json::from_str(include_str!("../tests/fixtures/batch-weighted-sheet.json"))
            .expect("a valid weighted sheet");
    let graded = grades();
    group.bench_function("fast path, weighted components (no explanation)", |b| {
        b.iter(|| {
            let mut passed = 0usize;
            for scores in &graded {
                let outcome = weighted
                    .evaluate(&policy, "", black_box(scores))
                    .expect("valid grades");
                passed += usize::from(outcome.passed());
            }
            black_box(passed)
        })
    });

    group.measurement_time(Duration::from_secs(30));
    group.bench_function("explained path", |b| {
        b.iter(|| {
            let mut steps = 0usize;
            for scores in &students {
                let decision = sheet
                    .evaluate_explained(&policy, "", black_box(scores))
                    .expect("valid scores");
                steps += decision.explanation.steps().len();
            }
            black_box(steps)
        })
    });
    group.finish();
}

/// Rendering, measured apart from deciding (issue #14): the explained decisions of 100,000
/// results written as text in Romanian and in English, every step through Fluent.
fn rendering(c: &mut Criterion) {
    const RENDERED: usize = 100_000;
    let sheet = sheet();
    let policy: GradingPolicy = Policy::umc_2020().grading.latest().policy.clone();
    let decisions: Vec<_> = results([2, 2, 1, 5])
        .iter()
        .take(RENDERED)
        .map(|scores| {
            sheet
                .evaluate_explained(&policy, "", scores)
                .expect("valid scores")
        })
        .collect();
    let mut group = c.benchmark_group("render 100k explained course results");
    group.throughput(Throughput::Elements(RENDERED as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for lang in Lang::ALL {
        group.bench_function(format!("in {lang}"), |b| {
            b.iter(|| {
                let mut bytes = 0usize;
                for decision in &decisions {
                    for step in decision.explanation.steps() {
                        bytes += step.text(lang).len();
                    }
                }
                black_box(bytes)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, batch, rendering);
criterion_main!(benches);
