//! The ranking engine at scale (MO-7): 20,000 candidates scored on 3 criteria, ordered by points
//! with 2 tie-breaks on raw values (then the id), 500 places and a reserve list of 500, on the fast
//! path (no explanation) and on the explained path (every candidate's sum, the summary). Target of
//! issue #28: under 100 ms.
//!
//! Run with `cargo bench --bench ranking`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use regula::calendar::Instant;
use regula::mobility::rules::MO_7;
use regula::ranking::{Candidate, Criterion as Criterium, PointsSystem, TieBreak, rank_with};
use regula::{Decision, NoExplanation};
use rust_decimal::Decimal;

const CANDIDATES: usize = 20_000;

/// The year's average ×5 (at least 5), the letter ×2, the language level kept to order ties
/// (weight 0); ties by the higher language level, then the earlier application.
fn system() -> PointsSystem {
    PointsSystem {
        criteria: vec![
            Criterium {
                minimum: Some(Decimal::from(5)),
                ..Criterium::range("average", Decimal::from(5), Decimal::ZERO, Decimal::TEN)
            },
            Criterium::range("letter", Decimal::TWO, Decimal::ZERO, Decimal::TEN),
            Criterium::range("language", Decimal::ZERO, Decimal::ZERO, Decimal::from(6)),
        ],
        tie_break: vec![
            TieBreak::HigherCriterion("language".into()),
            TieBreak::EarlierSubmission,
        ],
    }
}

/// Deterministic candidates (a linear congruential generator): averages with two decimals, coarse
/// letters and levels so that ties are frequent, a submission time within a month.
fn candidates() -> Vec<Candidate> {
    let mut state: u64 = 0x2028_0301;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        i64::try_from((state >> 33) % n).expect("small")
    };
    let start: Instant = "2027-03-01T08:00:00+02:00".parse().expect("an instant");
    (0..CANDIDATES)
        .map(|i| {
            let mut c = Candidate::new(format!("S{i:05}"));
            c.scores
                .insert("average".into(), Decimal::new(400 + next(601), 2));
            c.scores.insert("letter".into(), Decimal::from(next(11)));
            c.scores.insert("language".into(), Decimal::from(next(7)));
            c.submitted_at = Some(
                start
                    .plus_hours(u32::try_from(next(720)).expect("small"))
                    .expect("within the calendar"),
            );
            c
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let system = system();
    let candidates = candidates();
    let mut group = c.benchmark_group("rank 20k candidates, 3 criteria, 2 tie-breaks");
    group.throughput(Throughput::Elements(CANDIDATES as u64));
    group.sample_size(20);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("fast path (no explanation)", |b| {
        b.iter(|| {
            let ranking = rank_with(
                &system,
                500,
                Some(500),
                black_box(&candidates),
                &MO_7,
                &mut NoExplanation,
            )
            .expect("a valid ranking");
            black_box(ranking.ranking.len())
        })
    });
    group.bench_function("explained path", |b| {
        b.iter(|| {
            let decision = Decision::explained(|why| {
                rank_with(&system, 500, Some(500), black_box(&candidates), &MO_7, why)
            })
            .expect("a valid ranking");
            black_box(decision.explanation.steps().len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
