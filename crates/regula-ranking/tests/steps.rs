//! MO-7: a criterion scored on a step scale — points read from bands of the raw value — with
//! the bands checked when the policy is read, the raw value kept for minimums and tie-breaks.

use proptest::prelude::*;
use regula_core::catalogue::MO_7;
use regula_core::locale::Lang;
use regula_core::{Decimal, NoExplanation};
use regula_ranking::{
    Band, CandidateProblem, Covers, Criterion, PointsSystem, RankingError, Scale, Standing,
    TieBreak, rank_with, score, score_message,
};
use regula_ranking::{Candidate, Ranking};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn band(from: &str, to: &str, points: &str) -> Band {
    Band {
        from: dec(from),
        to: dec(to),
        points: dec(points),
    }
}

/// Five bands of a grade with two decimals, listed as a regulation lists them (the highest
/// first): 9.00–10.00 gives 5, 8.00–8.99 gives 4, … 5.00–5.99 gives 1; they cover 5.00–10.00.
fn five_steps() -> Scale {
    Scale::Steps {
        decimals: 2,
        bands: vec![
            band("9.00", "10.00", "5"),
            band("8.00", "8.99", "4"),
            band("7.00", "7.99", "3"),
            band("6.00", "6.99", "2"),
            band("5.00", "5.99", "1"),
        ],
        covers: Some(Covers {
            min: dec("5.00"),
            max: dec("10.00"),
        }),
    }
}

fn stepped(id: &str, minimum: Option<&str>) -> Criterion {
    Criterion {
        scale: five_steps(),
        minimum: minimum.map(dec),
        ..Criterion::range(id, Decimal::ONE, Decimal::ZERO, Decimal::ONE)
    }
}

fn system() -> PointsSystem {
    PointsSystem {
        criteria: vec![stepped("average", Some("6.00")), stepped("test", None)],
        tie_break: vec![TieBreak::HigherCriterion("average".into())],
    }
}

fn candidate(id: &str, average: &str, test: &str) -> Candidate {
    let mut c = Candidate::new(id);
    c.scores.insert("average".into(), dec(average));
    c.scores.insert("test".into(), dec(test));
    c
}

fn rank(candidates: &[Candidate]) -> Ranking {
    rank_with(&system(), 1, None, candidates, &MO_7, &mut NoExplanation).unwrap()
}

#[test]
fn mo_7_a_step_scale_gives_its_band_points_and_keeps_the_raw_value() {
    let s = score(&system().criteria, &candidate("A", "8.99", "9.00")).unwrap();
    assert_eq!(s.total, dec("9"));
    assert_eq!(s.breakdown[0].value, dec("4"));
    assert_eq!(s.breakdown[0].raw, Some(dec("8.99")));
    assert_eq!(s.breakdown[1].value, dec("5"));
    assert_eq!(
        score_message("A", &s).render(Lang::En),
        "A has 9 points: average 8.99 → 4 × 1 + test 9.00 → 5 × 1."
    );
    assert_eq!(
        score_message("A", &s).render(Lang::Ro),
        "A are 9 puncte: average 8,99 → 4 × 1 + test 9,00 → 5 × 1."
    );
}

#[test]
fn mo_7_equal_points_are_ordered_by_the_raw_value_and_a_minimum_reads_it() {
    // Both 5 + 4 points: the higher average (9.80 against 9.10) comes first. 5.99 gives a point
    // but is below the minimum of 6.00.
    let r = rank(&[
        candidate("B", "9.10", "8.50"),
        candidate("A", "9.80", "8.00"),
        candidate("C", "5.99", "10"),
    ]);
    let order: Vec<&str> = r.ranking.iter().map(|p| p.candidate.as_str()).collect();
    assert_eq!(order, ["A", "B"]);
    assert_eq!(r.ranking[0].standing, Standing::Place);
    assert_eq!(r.excluded[0].candidate, "C");
    assert_eq!(
        r.excluded[0].reasons[0].0.render(Lang::En),
        "`average` 5.99, below the minimum of 6.00"
    );
}

fn problem(candidates: &[Candidate]) -> CandidateProblem {
    match rank_with(&system(), 1, None, candidates, &MO_7, &mut NoExplanation) {
        Err(RankingError::Candidate { problem, .. }) => problem,
        other => panic!("{other:?}"),
    }
}

#[test]
fn mo_7_a_value_finer_than_the_scale_off_it_or_in_a_gap_is_refused_never_rounded() {
    assert_eq!(
        problem(&[candidate("A", "8.995", "9")]),
        CandidateProblem::TooManyDecimals {
            criterion: "average".into(),
            value: dec("8.995"),
            decimals: 2
        }
    );
    assert!(matches!(
        problem(&[candidate("A", "4.99", "9")]),
        CandidateProblem::ScoreOutOfScale { min, max, .. } if min == dec("5.00") && max == dec("10.00")
    ));
    // Without `covers`, a gap is allowed; a value in it is in no band.
    let mut gapped = system();
    gapped.criteria[1].scale = Scale::Steps {
        decimals: 1,
        bands: vec![band("9", "10", "2"), band("5", "7", "1")],
        covers: None,
    };
    assert!(gapped.problems(&MO_7).is_empty());
    let err = rank_with(
        &gapped,
        1,
        None,
        &[candidate("A", "9", "8.5")],
        &MO_7,
        &mut NoExplanation,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "application of `A`: criterion `test` = 8.5 falls in no band of its step scale"
    );
}

#[test]
fn mo_7_bands_that_overlap_leave_a_gap_or_are_out_of_order_are_refused_each_named() {
    let mut bad = system();
    bad.criteria[0].scale = Scale::Steps {
        decimals: 2,
        bands: vec![
            band("9.00", "10.00", "5"),
            band("8.00", "9.00", "4"),  // overlaps 9.00
            band("6.00", "7.50", "2"),  // a gap: 7.51..7.99
            band("5.999", "5.00", "1"), // finer than 2 decimals, and out of order
            band("4.00", "4.99", "-1"),
        ],
        covers: Some(Covers {
            min: dec("5.00"),
            max: dec("10.00"),
        }),
    };
    bad.criteria[1].scale = Scale::Steps {
        decimals: 11,
        bands: vec![],
        covers: None,
    };
    bad.criteria[1].minimum = None;
    let found: Vec<String> = bad.problems(&MO_7).iter().map(|p| p.to_string()).collect();
    let expected = [
        "`criteria[0].bands[3].from` = 5.999: criterion `average`: more decimals than the scale's 2 (MO-7)",
        "`criteria[0].bands[3].to` = 5.00: criterion `average`: below the band's `from` = 5.999 (MO-7)",
        "`criteria[0].bands[4].points` = -1: criterion `average`: points cannot be negative (MO-7)",
        "`criteria[0].bands[2].from` = 6.00: criterion `average`: a gap after `bands[4]` = 4.00..4.99; the bands cover 5.00..10.00 without a gap, so the next band starts at 5.00 (MO-7)",
        "`criteria[0].bands[1].from` = 8.00: criterion `average`: a gap after `bands[2]` = 6.00..7.50; the bands cover 5.00..10.00 without a gap, so the next band starts at 7.51 (MO-7)",
        "`criteria[0].bands[0].from` = 9.00: criterion `average`: overlaps `bands[1]` = 8.00..9.00 (MO-7)",
        "`criteria[0].bands[4].from` = 4.00: criterion `average`: the lowest band must start where the bands' range starts, `covers.min` = 5.00 (MO-7)",
        "`criteria[1].scale.bands` = []: criterion `test`: a step scale needs at least one band (MO-7)",
        "`criteria[1].scale.decimals` = 11: criterion `test`: at most 10 decimals (MO-7)",
    ];
    let expected: Vec<String> = expected
        .iter()
        .map(|e| e.replace("criteria[0].bands", "criteria[0].scale.bands"))
        .collect();
    assert_eq!(found, expected, "found:\n{}", found.join("\n"));
}

#[test]
fn mo_7_a_minimum_off_the_bands_is_refused() {
    let mut bad = system();
    bad.criteria[0].minimum = Some(dec("4"));
    let found: Vec<String> = bad.problems(&MO_7).iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "`criteria[0].minimum` = 4: criterion `average`: the minimum is off its scale 5.00..10.00 (MO-7)"
        ]
    );
}

/// Bands with two decimals that cover `from..=to` without a gap, their points ascending, listed
/// in a shuffled order: cut points between 1.00 and 10.00.
fn covering_bands() -> impl Strategy<Value = (Vec<Band>, Decimal, Decimal)> {
    (
        prop::collection::btree_set(101i64..=999, 0..6),
        prop::collection::vec(0i64..=3, 7),
        any::<u64>(),
    )
        .prop_map(|(cuts, rises, seed)| {
            let mut starts = vec![100i64];
            starts.extend(cuts);
            let mut bands = Vec::new();
            let mut points = 0;
            for (i, from) in starts.iter().enumerate() {
                let to = starts.get(i + 1).map_or(1000, |next| next - 1);
                points += rises[i];
                bands.push(Band {
                    from: Decimal::new(*from, 2),
                    to: Decimal::new(to, 2),
                    points: Decimal::from(points),
                });
            }
            let n = bands.len();
            bands.rotate_left(usize::try_from(seed % n as u64).unwrap());
            (bands, Decimal::new(100, 2), Decimal::new(1000, 2))
        })
}

proptest! {
    /// MO-7: a step scale that passes the load check and covers a range scores every value of
    /// the range at its precision — never an error — with the points of the one band holding it;
    /// and with points ascending from band to band, the points never decrease as the raw value
    /// increases.
    #[test]
    fn mo_7_a_covering_step_scale_scores_every_value_and_never_decreases(
        (bands, min, max) in covering_bands(),
        a in 100i64..=1000,
        b in 100i64..=1000,
    ) {
        let criterion = Criterion {
            scale: Scale::Steps { decimals: 2, bands: bands.clone(), covers: Some(Covers { min, max }) },
            ..Criterion::range("average", Decimal::ONE, Decimal::ZERO, Decimal::ONE)
        };
        let system = PointsSystem { criteria: vec![criterion], tie_break: vec![] };
        prop_assert!(system.problems(&MO_7).is_empty(), "{:?}", system.problems(&MO_7));
        let points = |v: i64| {
            let mut c = Candidate::new("X");
            c.scores.insert("average".into(), Decimal::new(v, 2));
            score(&system.criteria, &c).map(|s| s.total)
        };
        let (low, high) = (a.min(b), a.max(b));
        let (p_low, p_high) = (points(low).unwrap(), points(high).unwrap());
        prop_assert!(p_low <= p_high, "{low} gives {p_low}, {high} gives {p_high}");
        let holding: Vec<&Band> = bands
            .iter()
            .filter(|b| b.from <= Decimal::new(low, 2) && Decimal::new(low, 2) <= b.to)
            .collect();
        prop_assert_eq!(holding.len(), 1);
        prop_assert_eq!(holding[0].points, p_low);
    }
}
