//! The mobility rules' invariants as property tests, each named after its rule.

use std::collections::{BTreeMap, HashMap};

use proptest::prelude::*;
use regula_calendar::Calendar;
use regula_core::{Decimal, NaiveDate};
use regula_mobility::{
    Application, Counted, Criterion, FieldPlaces, MobilityKind, MobilityPolicy, Outcome,
    PointsSystem, Scale, TieBreak, Trip, mobility_calendar_explained, select_explained,
};

/// Up to 6 fields of 0..=4 places and up to 60 applications, some excluded, with scores on the
/// ITP scales (coarse, so that ties are frequent).
fn call() -> impl Strategy<Value = (Vec<FieldPlaces>, Vec<Application>)> {
    (1usize..=6).prop_flat_map(|n_fields| {
        (
            prop::collection::vec(0u32..=4, n_fields),
            prop::collection::vec(
                (
                    0..n_fields,
                    10i64..=20,
                    0i64..=4,
                    prop::option::of(0i64..=2),
                    prop::bool::weighted(0.15),
                    prop::collection::vec(0usize..3, 0..4),
                ),
                0..60,
            ),
        )
            .prop_map(|(places, apps)| {
                let fields: Vec<FieldPlaces> = places
                    .iter()
                    .enumerate()
                    .map(|(i, &p)| FieldPlaces {
                        field: format!("F{i}"),
                        places: p,
                    })
                    .collect();
                let kinds = ["volunteering", "erasmus_activity", "student_organisation"];
                let apps = apps
                    .into_iter()
                    .enumerate()
                    .map(|(i, (f, avg, letter, interview, excluded, social))| {
                        let mut scores = BTreeMap::new();
                        scores.insert(
                            "weighted_average".to_owned(),
                            Decimal::from(avg) / Decimal::TWO,
                        );
                        scores.insert(
                            "letter_cv_recommendation".to_owned(),
                            Decimal::from(letter * 2),
                        );
                        if let Some(v) = interview {
                            scores.insert("interview".to_owned(), Decimal::from(v * 5));
                        }
                        let mut activities = BTreeMap::new();
                        activities.insert(
                            "social".to_owned(),
                            social.into_iter().map(|k| kinds[k].to_owned()).collect(),
                        );
                        Application {
                            candidate: format!("S{i:03}"),
                            name: String::new(),
                            field: format!("F{f}"),
                            completed_at: None,
                            scores,
                            activities,
                            exclusions: if excluded {
                                vec!["MO-4 not considered".into()]
                            } else {
                                vec![]
                            },
                            found_exclusions: vec![],
                            progress: Default::default(),
                        }
                    })
                    .collect();
                (fields, apps)
            })
    })
}

/// A points system of a weighted score (×1), an ordering-only criterion `a` (×0) and a weighted
/// criterion `b` (×2), each scored 0..3, ties broken by `a` then `b`, or by `b` then `a`.
fn ordering_policy(a_first: bool) -> MobilityPolicy {
    let criterion = |id: &str, weight: i64| Criterion {
        id: id.into(),
        label: id.into(),
        weight: Decimal::from(weight),
        scale: Scale::Range {
            min: Decimal::ZERO,
            max: Decimal::from(3),
        },
        optional: false,
        minimum: None,
    };
    let mut keys = vec![
        TieBreak::HigherCriterion("a".into()),
        TieBreak::HigherCriterion("b".into()),
    ];
    if !a_first {
        keys.reverse();
    }
    let mut policy = MobilityPolicy::itp_2014();
    policy.points = PointsSystem {
        criteria: vec![criterion("score", 1), criterion("a", 0), criterion("b", 2)],
        tie_break: keys,
    };
    policy
}

/// Up to 40 applications in one field with values 0..3 on `score`, `a` and `b`: ties on every
/// key are frequent.
fn tied_applications() -> impl Strategy<Value = Vec<Application>> {
    prop::collection::vec((0i64..=3, 0i64..=3, 0i64..=3), 0..40).prop_map(|values| {
        values
            .into_iter()
            .enumerate()
            .map(|(i, (score, a, b))| Application {
                candidate: format!("S{i:03}"),
                name: String::new(),
                field: "F".into(),
                completed_at: None,
                scores: [("score", score), ("a", a), ("b", b)]
                    .into_iter()
                    .map(|(c, v)| (c.to_owned(), Decimal::from(v)))
                    .collect(),
                activities: BTreeMap::new(),
                exclusions: vec![],
                found_exclusions: vec![],
                progress: Default::default(),
            })
            .collect()
    })
}

proptest! {
    /// MO-7: the ranking is a total order consistent with the stated criteria order: by the
    /// weighted total, then by each tie-break criterion's raw value in the order the policy
    /// states (a weight-0 criterion included), then by the candidate id — strictly decreasing
    /// along the ranking, and the same whatever the order of the applications.
    #[test]
    fn mo_7_the_ranking_is_a_total_order_consistent_with_the_stated_criteria_order(
        apps in tied_applications(),
        a_first in any::<bool>(),
    ) {
        let policy = ordering_policy(a_first);
        let fields = [FieldPlaces { field: "F".into(), places: 3 }];
        let d = select_explained(&policy, &fields, &apps, true).unwrap();
        let ranking = &d.outcome.fields[0].ranking;
        prop_assert_eq!(ranking.len(), apps.len());
        let value = |candidate: &str, c: &str| {
            apps.iter().find(|x| x.candidate == candidate).unwrap().scores[c]
        };
        let key = |candidate: &str, total: Decimal| {
            let (first, second) = if a_first { ("a", "b") } else { ("b", "a") };
            (
                total,
                value(candidate, first),
                value(candidate, second),
                std::cmp::Reverse(candidate.to_owned()),
            )
        };
        for pair in ranking.windows(2) {
            prop_assert!(
                key(&pair[0].candidate, pair[0].total) > key(&pair[1].candidate, pair[1].total),
                "{} above {}", pair[0].candidate, pair[1].candidate
            );
        }
        let mut reversed = apps.clone();
        reversed.reverse();
        let again = select_explained(&policy, &fields, &reversed, true).unwrap();
        prop_assert_eq!(&again.outcome.fields[0].ranking, ranking);
    }

    /// MO-7: the ranking of each field is a permutation of its eligible (not excluded)
    /// candidates — nobody lost, nobody invented, nobody twice.
    #[test]
    fn mo_7_the_ranking_is_a_permutation_of_the_eligible_candidates((fields, apps) in call()) {
        let d = select_explained(&MobilityPolicy::itp_2014(), &fields, &apps, true).unwrap();
        for f in &d.outcome.fields {
            let mut ranked: Vec<&str> = f.ranking.iter().map(|r| r.candidate.as_str()).collect();
            let mut eligible: Vec<&str> = apps
                .iter()
                .filter(|a| a.field == f.field && a.exclusions.is_empty())
                .map(|a| a.candidate.as_str())
                .collect();
            ranked.sort_unstable();
            eligible.sort_unstable();
            prop_assert_eq!(ranked, eligible);
            let ranks: Vec<u32> = f.ranking.iter().map(|r| r.rank).collect();
            prop_assert_eq!(ranks, (1..=f.ranking.len() as u32).collect::<Vec<_>>());
        }
    }

    /// MO-5, MO-7: a field never gives more places than the call offers, and gives all of them
    /// while eligible candidates remain.
    #[test]
    fn mo_7_the_allocation_never_exceeds_the_places_of_a_field((fields, apps) in call()) {
        let d = select_explained(&MobilityPolicy::itp_2014(), &fields, &apps, true).unwrap();
        for f in &d.outcome.fields {
            prop_assert!(f.selected() <= f.places as usize);
            prop_assert_eq!(f.selected(), (f.places as usize).min(f.ranking.len()));
        }
    }

    /// MO-7: within a field, no candidate with more points is placed below one with fewer, and
    /// no selected candidate has fewer points than one on the reserve list.
    #[test]
    fn mo_7_more_points_never_rank_below_fewer((fields, apps) in call()) {
        let d = select_explained(&MobilityPolicy::itp_2014(), &fields, &apps, true).unwrap();
        let totals: HashMap<&str, Decimal> = d
            .outcome
            .fields
            .iter()
            .flat_map(|f| f.ranking.iter().map(|r| (r.candidate.as_str(), r.total)))
            .collect();
        for f in &d.outcome.fields {
            for pair in f.ranking.windows(2) {
                prop_assert!(pair[0].total >= pair[1].total, "{} above {}", pair[0].candidate, pair[1].candidate);
                let placed = |o: &Outcome| matches!(o, Outcome::Selected { .. });
                prop_assert!(placed(&pair[0].outcome) || !placed(&pair[1].outcome));
            }
            // The total is the sum of the breakdown.
            for r in &f.ranking {
                let sum: Decimal = r.breakdown.iter().map(|c| c.points).sum();
                prop_assert_eq!(sum, totals[r.candidate.as_str()]);
            }
        }
    }

    /// MO-10, CAL-3: every deadline counted in working days falls on a working day, whatever
    /// the departure and return.
    #[test]
    fn mo_10_working_day_deadlines_fall_on_working_days(
        start in 0u32..(365 * 30),
        length in 0u32..400,
        training in any::<bool>(),
    ) {
        let departure = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap() + chrono::Days::new(u64::from(start));
        let trip = Trip {
            kind: if training { MobilityKind::Training } else { MobilityKind::Study },
            departure,
            return_date: departure + chrono::Days::new(u64::from(length)),
            agreement_signed_before_departure: false,
            earns_ects: training,
            debts: vec![],
        };
        let calendar = Calendar::romania();
        let cal = mobility_calendar_explained(&MobilityPolicy::itp_2014(), &calendar, &trip, &[], departure)
            .unwrap()
            .outcome;
        let mut working = 0;
        for d in cal.deadlines.iter().filter(|d| d.counted == Counted::WorkingDays) {
            prop_assert!(calendar.is_working_day(d.date.unwrap()).unwrap(), "{:?}", d);
            working += 1;
        }
        prop_assert_eq!(working, 3);
        // The financing contract is at least 15 working days before departure.
        let contract = cal.deadlines.iter().find(|d| d.document == regula_mobility::MobilityDocument::FinancingContract).unwrap();
        prop_assert_eq!(calendar.working_days_after(contract.date.unwrap(), departure).unwrap() , 15 - u32::from(!calendar.is_working_day(departure).unwrap()));
    }
}
