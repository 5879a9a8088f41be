//! The ranking engine's invariants (MO-7) as property tests, each named after its rule.

use proptest::prelude::*;
use regula_calendar::Instant;
use regula_core::catalogue::MO_7;
use regula_core::locale::Message;
use regula_core::{Decimal, Decision, NoExplanation};
use regula_ranking::{
    Candidate, Criterion, PointsSystem, Ranking, RankingError, Standing, TieBreak, rank_with,
};

const MINIMUM: i64 = 3;

fn range(id: &str, weight: i64, max: i64, minimum: Option<i64>) -> Criterion {
    let (weight, max) = (Decimal::from(weight), Decimal::from(max));
    Criterion {
        minimum: minimum.map(Decimal::from),
        ..Criterion::range(id, weight, Decimal::ZERO, max)
    }
}

/// Three criteria — `average` with a minimum, `letter`, and `language` of weight 0 kept only to
/// order ties — and two tie-breaks on top of the id: the higher `language`, the earlier
/// application.
fn system() -> PointsSystem {
    PointsSystem {
        criteria: vec![
            range("average", 2, 10, Some(MINIMUM)),
            range("letter", 1, 4, None),
            range("language", 0, 3, None),
        ],
        tie_break: vec![
            TieBreak::HigherCriterion("language".into()),
            TieBreak::EarlierSubmission,
        ],
    }
}

/// Up to 40 candidates with coarse values (ties are frequent), some excluded by their caller.
fn candidates() -> impl Strategy<Value = Vec<Candidate>> {
    prop::collection::vec(
        (
            0i64..=10,
            0i64..=4,
            0i64..=3,
            prop::option::of(1u32..=3),
            prop::bool::weighted(0.1),
        ),
        0..40,
    )
    .prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (average, letter, language, day, excluded))| {
                let mut c = Candidate::new(format!("C{i:02}"));
                c.scores.insert("average".into(), Decimal::from(average));
                c.scores.insert("letter".into(), Decimal::from(letter));
                c.scores.insert("language".into(), Decimal::from(language));
                c.submitted_at = day.map(|d| {
                    format!("2027-03-0{d}T12:00:00+00:00")
                        .parse::<Instant>()
                        .unwrap()
                });
                if excluded {
                    c.exclusions
                        .push(Message::new("mobility-exclusion-given").arg("reason", "ineligible"));
                }
                c
            })
            .collect()
    })
}

fn rank(candidates: &[Candidate], places: u32, reserve: Option<u32>) -> Ranking {
    rank_with(
        &system(),
        places,
        reserve,
        candidates,
        &MO_7,
        &mut NoExplanation,
    )
    .unwrap()
}

fn raw(candidates: &[Candidate], id: &str, criterion: &str) -> Decimal {
    let c = candidates.iter().find(|c| c.id == id).unwrap();
    c.scores[criterion]
}

proptest! {
    #[test]
    fn mo_7_the_ranking_is_a_total_order_whatever_the_order_given(
        (given, shuffled) in candidates().prop_flat_map(|c| (Just(c.clone()), Just(c).prop_shuffle())),
        places in 0u32..=6,
    ) {
        let first = rank(&given, places, None);
        let second = rank(&shuffled, places, None);
        prop_assert_eq!(first.ranking, second.ranking);
    }

    #[test]
    fn mo_7_equal_totals_are_ordered_by_the_tie_breaks_on_raw_values_then_the_id(
        given in candidates(),
    ) {
        let ranking = rank(&given, 3, None).ranking;
        for pair in ranking.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(a.total >= b.total);
            if a.total == b.total {
                let submitted = |id: &str| {
                    let at = given.iter().find(|c| c.id == id).unwrap().submitted_at;
                    // An application with a time comes first, the earlier first.
                    (at.is_none(), at)
                };
                let key = |id: &str| {
                    (std::cmp::Reverse(raw(&given, id, "language")), submitted(id), id.to_owned())
                };
                prop_assert!(key(&a.candidate) < key(&b.candidate), "{} before {}", a.candidate, b.candidate);
            }
        }
    }

    #[test]
    fn mo_7_places_reserve_and_not_selected_partition_the_ranked(
        given in candidates(),
        places in 0u32..=6,
        reserve in prop::option::of(0u32..=6),
    ) {
        let result = rank(&given, places, reserve);
        let n = result.ranking.len();
        prop_assert_eq!(n + result.excluded.len(), given.len());
        let on_place = (places as usize).min(n);
        let on_reserve = reserve.map_or(n - on_place, |r| (r as usize).min(n - on_place));
        for (i, p) in result.ranking.iter().enumerate() {
            prop_assert_eq!(p.rank as usize, i + 1);
            let expected = if i < on_place {
                Standing::Place
            } else if i < on_place + on_reserve {
                Standing::Reserve { position: u32::try_from(i - on_place + 1).unwrap() }
            } else {
                Standing::NotSelected
            };
            prop_assert_eq!(p.standing, expected);
            prop_assert!(!result.excluded.iter().any(|e| e.candidate == p.candidate));
        }
    }

    #[test]
    fn mo_7_a_candidate_below_a_criterion_minimum_is_never_ranked(given in candidates()) {
        let result = rank(&given, 2, Some(2));
        for c in &given {
            let below = c.scores["average"] < Decimal::from(MINIMUM);
            let ranked = result.ranking.iter().any(|p| p.candidate == c.id);
            if below || !c.exclusions.is_empty() {
                prop_assert!(!ranked, "{} is ranked", c.id);
            } else {
                prop_assert!(ranked, "{} is not ranked", c.id);
            }
        }
    }
}

#[test]
fn mo_7_every_step_cites_the_rule_the_caller_gives() {
    let mut given = vec![Candidate::new("A"), Candidate::new("B")];
    for (c, average) in given.iter_mut().zip([9, 2]) {
        c.scores.insert("average".into(), Decimal::from(average));
        c.scores.insert("letter".into(), Decimal::ONE);
        c.scores.insert("language".into(), Decimal::ONE);
    }
    let decision =
        Decision::explained(|why| rank_with(&system(), 1, None, &given, &MO_7, why)).unwrap();
    let texts: Vec<String> = decision
        .explanation
        .steps()
        .iter()
        .map(|s| {
            assert_eq!(s.rule, MO_7.id);
            s.message.to_string()
        })
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert_eq!(decision.outcome.excluded[0].candidate, "B");
    assert_eq!(decision.outcome.ranking[0].standing, Standing::Place);
}

#[test]
fn mo_7_a_candidate_given_twice_is_an_error_so_the_order_stays_total() {
    let mut a = Candidate::new("A");
    a.scores.insert("average".into(), Decimal::TEN);
    a.scores.insert("letter".into(), Decimal::ONE);
    a.scores.insert("language".into(), Decimal::ONE);
    let err = rank_with(
        &system(),
        1,
        None,
        &[a.clone(), a],
        &MO_7,
        &mut NoExplanation,
    )
    .unwrap_err();
    assert!(matches!(err, RankingError::DuplicateCandidate { candidate } if candidate == "A"));
}

#[test]
fn mo_7_a_system_with_problems_is_an_error_listing_each_citing_the_rule() {
    let mut bad = system();
    bad.criteria[0].weight = Decimal::NEGATIVE_ONE;
    bad.tie_break
        .push(TieBreak::HigherCriterion("charisma".into()));
    let err = rank_with(&bad, 1, None, &[], &MO_7, &mut NoExplanation).unwrap_err();
    let RankingError::InvalidPolicy(invalid) = err else {
        panic!("{err}")
    };
    assert_eq!(invalid.problems.len(), 2);
    assert!(invalid.to_string().contains("(MO-7)"), "{invalid}");
}
