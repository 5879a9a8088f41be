//! Year-end decisions of a faculty (issue #28): 5,000 students × 60 courses each (three years of
//! 20 courses, some failed and passed the next year), decided with the UMC preset's table and
//! with a table of exmatriculation, additional year and repetition rows, on the fast path and
//! explained. Target: the explained decisions in under 1 s on one core.
//!
//! Run with `cargo bench --bench progress`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regula::grading::{GradingPolicy, Obtained};
use regula::progress::policy::umc_2017;
use regula::progress::{
    CourseResult, Ledger, LedgerEntry, YearOutcome, year_end, year_end_explained,
};
use regula::scheduling::Rng;
use regula::{AcademicYear, Credits, Decimal, Grade};

const STUDENTS: usize = 5_000;
const COURSES: usize = 60;

/// Deterministic ledgers: year III of IV, 20 courses a year, about 8% failed.
fn faculty() -> Vec<Ledger> {
    let mut rng = Rng::new(28);
    let mut next = move || rng.next_u64();
    (0..STUDENTS)
        .map(|s| Ledger {
            student: format!("S{s:05}"),
            year_of_study: 3,
            years_of_study: 4,
            courses: (0..COURSES)
                .map(|c| {
                    let year = u8::try_from(c / 20 + 1).unwrap();
                    let roll = next() % 100;
                    let result = match roll {
                        0..=5 => CourseResult::Grade(
                            Grade::new(u8::try_from(roll % 4 + 1).unwrap()).unwrap(),
                        ),
                        6..=7 => CourseResult::Absent,
                        _ => CourseResult::Grade(
                            Grade::new(u8::try_from(5 + roll % 6).unwrap()).unwrap(),
                        ),
                    };
                    LedgerEntry {
                        course: format!("C{c:02}"),
                        credits: Credits::new(Decimal::from(2 + (c % 4) as i64)).unwrap(),
                        kind: Default::default(),
                        year_of_study: year,
                        academic_year: AcademicYear::starting(2020 + i32::from(year)),
                        semester: Some(1 + u8::try_from(c % 2).unwrap()),
                        session: None,
                        result,
                        obtained: Obtained::Exam,
                        written_request: false,
                    }
                })
                .collect(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let ledgers = faculty();
    let grading = GradingPolicy::umc_2020();
    let preset = umc_2017();
    let progress = &preset.latest().policy;
    let closing: AcademicYear = "2023/2024".parse().unwrap();
    let mut group = c.benchmark_group("year-end, 5,000 students × 60 courses");
    group.throughput(Throughput::Elements(STUDENTS as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("fast path", |b| {
        b.iter(|| {
            let mut promoted = 0usize;
            for l in &ledgers {
                let d = year_end(progress, &grading, closing, black_box(l)).unwrap();
                promoted += usize::from(d.outcome == YearOutcome::Promoted);
            }
            black_box(promoted)
        })
    });
    group.bench_function("explained", |b| {
        b.iter(|| {
            let mut steps = 0usize;
            for l in &ledgers {
                let d = year_end_explained(progress, &grading, closing, black_box(l)).unwrap();
                steps += d.explanation.steps().len();
            }
            black_box(steps)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
