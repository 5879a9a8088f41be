//! Recognition at the scale of a full mobility year: propose and check a plan of 30 host × 30
//! home courses. Target of issue #5: at most 1 ms.
//!
//! Run with `cargo bench --bench ects`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use regula::ects::{
    ConversionPolicy, HomeCourse, HostCourse, HostGrade, Mobility, SyllabusMatch, check, propose,
};
use regula::{Credits, Decimal};

/// 30 host and 30 home courses; each host course matches 6 home courses between 60% and 100%.
fn mobility() -> Mobility {
    let credits = |c: u64| Credits::new(Decimal::from(c)).expect("non-negative");
    let letters = ["A", "B", "C", "D", "E"];
    Mobility {
        home_courses: (0..30)
            .map(|k| HomeCourse {
                id: format!("H{k:02}"),
                title: String::new(),
                credits: credits(2 + k % 5),
                passed_at_home: k % 11 == 0,
                kind: Default::default(),
                topics: vec![],
            })
            .collect(),
        host_courses: (0..30)
            .map(|h| HostCourse {
                id: format!("X{h:02}"),
                title: String::new(),
                credits: credits(3 + h % 4),
                passed: h % 9 != 0,
                grade: HostGrade {
                    scale: "ECTS".into(),
                    value: letters[(h % 5) as usize].into(),
                },
            })
            .collect(),
        matches: (0..30u64)
            .flat_map(|h| {
                (0..6u64).map(move |j| SyllabusMatch {
                    host: format!("X{h:02}"),
                    home: format!("H{:02}", (h * 7 + j * 5) % 30),
                    percent: Some(Decimal::from(60 + (h * 13 + j * 17) % 41)),
                    covered_topics: vec![],
                })
            })
            .collect(),
        grade_tables: vec![],
        csc_decisions: vec![],
        learning_agreement: None,
        supplement_requested: false,
    }
}

fn bench(c: &mut Criterion) {
    let policy = ConversionPolicy::itp_2014();
    let mobility = mobility();
    c.bench_function("propose and check 30 host × 30 home courses", |b| {
        b.iter(|| {
            let plan = propose(&policy, black_box(&mobility)).expect("valid");
            let violations = check(&policy, &mobility, &plan).expect("valid");
            assert!(violations.is_empty());
            black_box(plan)
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
