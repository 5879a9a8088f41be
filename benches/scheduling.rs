//! Exam-session scheduling at faculty and university scale. Targets of issue #4: validate a
//! session of 10,000 exams, 2,000 groups and 1,500 teachers in at most 20 ms; solve a synthetic
//! faculty of 150 groups × 6 exams with 300 teachers over 3 weeks to a valid timetable in at
//! most 2 s. Issue #15: the same faculty with 3,000 restanțieri placed as individuals (each also
//! sits one or two exams of a group of the year below), solved to a valid timetable; the figure
//! is reported.
//!
//! Run with `cargo bench --bench scheduling`.

use std::hint::black_box;
use std::ops::ControlFlow;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use regula::scheduling::synthetic::{faculty, staggered_timetable, with_restantieri};
use regula::scheduling::{
    SchedulingPolicy, SolveOutcome, SolverOptions, Timetable, solve, validate,
};

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 1, 17).expect("a valid date")
}

/// The synthetic university and its staggered timetable (some days break SC-5, some hours clash,
/// so the validator has violations to report).
fn university() -> (regula::scheduling::SessionPlan, Timetable) {
    let plan = faculty(2000, 5, 1500, monday(), 11);
    let timetable = staggered_timetable(&plan, monday());
    (plan, timetable)
}

fn bench(c: &mut Criterion) {
    let policy = SchedulingPolicy::umc_2020();
    let (plan, timetable) = university();
    assert_eq!(
        (plan.exams.len(), plan.groups.len(), plan.teachers.len()),
        (10_000, 2000, 1500)
    );
    let report = validate(&plan, &policy, &timetable).expect("readable");
    eprintln!(
        "university timetable: {} violations",
        report.violations.len()
    );

    let mut group = c.benchmark_group("scheduling");
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("validate 10,000 exams, 2,000 groups, 1,500 teachers", |b| {
        b.iter(|| black_box(validate(&plan, &policy, black_box(&timetable)).expect("readable")))
    });

    let faculty_plan = faculty(150, 6, 300, monday(), 7);
    let options = SolverOptions {
        seed: 1,
        max_iterations: 60_000,
        ..SolverOptions::default()
    };
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("solve 150 groups × 6 exams, 300 teachers, 3 weeks", |b| {
        b.iter(|| {
            let outcome = solve(&faculty_plan, &policy, &options, &mut |_| {
                ControlFlow::Continue(())
            })
            .expect("readable");
            assert!(matches!(outcome, SolveOutcome::Solved { .. }), "not solved");
            black_box(outcome)
        })
    });

    let restanta_plan = with_restantieri(faculty(150, 6, 300, monday(), 7), 3000, 7);
    assert_eq!(
        (restanta_plan.exams.len(), restanta_plan.students.len()),
        (900, 3000)
    );
    // The solver's default budget: 60,000 steps leave a seed's first phase short of a complete
    // placement on this tight a faculty.
    let restanta_options = SolverOptions {
        max_iterations: 200_000,
        ..options.clone()
    };
    group.bench_function(
        "solve 150 groups × 6 exams, 300 teachers, 3,000 restanțieri",
        |b| {
            b.iter(|| {
                let outcome = solve(&restanta_plan, &policy, &restanta_options, &mut |_| {
                    ControlFlow::Continue(())
                })
                .expect("readable");
                assert!(matches!(outcome, SolveOutcome::Solved { .. }), "not solved");
                black_box(outcome)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
