//! Erasmus+ selection at scale (MO-7): score, rank and allocate 10,000 applications over 50
//! fields. Target: ≤ 50 ms.

use std::collections::BTreeMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use regula::NoExplanation;
use regula::mobility::{Application, FieldPlaces, MobilityPolicy, select_with};
use rust_decimal::Decimal;

/// A deterministic call: 50 fields of 1..=8 places, 10,000 applications with scores spread over
/// the ITP scales (a linear congruential generator, so every run sees the same data).
fn call(applications: usize, fields: usize) -> (Vec<FieldPlaces>, Vec<Application>) {
    let mut state: u64 = 0x2027_0301;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % n
    };
    let field_places: Vec<FieldPlaces> = (0..fields)
        .map(|i| FieldPlaces {
            field: format!("field-{i:02}"),
            places: 1 + u32::try_from(next(8)).unwrap(),
        })
        .collect();
    let kinds = ["volunteering", "erasmus_activity", "student_organisation"];
    let apps = (0..applications)
        .map(|i| {
            let mut scores = BTreeMap::new();
            scores.insert(
                "weighted_average".to_owned(),
                Decimal::new(500 + i64::try_from(next(501)).unwrap(), 2),
            );
            scores.insert(
                "letter_cv_recommendation".to_owned(),
                Decimal::from(next(11)),
            );
            if next(2) == 0 {
                scores.insert("interview".to_owned(), Decimal::from(next(11)));
            }
            let mut activities = BTreeMap::new();
            let social: Vec<String> = (0..next(4))
                .map(|k| kinds[usize::try_from(k).unwrap()].to_owned())
                .collect();
            activities.insert("social".to_owned(), social);
            Application {
                candidate: format!("S{i:05}"),
                name: String::new(),
                field: field_places[usize::try_from(next(fields as u64)).unwrap()]
                    .field
                    .clone(),
                completed_at: None,
                scores,
                activities,
                exclusions: Vec::new(),
                found_exclusions: Vec::new(),
                progress: Default::default(),
            }
        })
        .collect();
    (field_places, apps)
}

fn bench(c: &mut Criterion) {
    let policy = MobilityPolicy::itp_2014();
    let (fields, apps) = call(10_000, 50);
    c.bench_function("mobility/select 10k applications, 50 fields", |b| {
        b.iter(|| {
            select_with(
                &policy,
                black_box(&fields),
                black_box(&apps),
                true,
                &mut NoExplanation,
            )
            .unwrap()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
