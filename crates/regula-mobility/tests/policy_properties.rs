//! Invariants of the selection and eligibility parameters of issue #33, each named after its
//! rule: criterion minimums (MO-7), step scales (MO-7) and the months budget per cycle (MO-1,
//! MO-2).

use std::collections::BTreeMap;

use proptest::prelude::*;
use regula_core::{Credits, Decimal, NaiveDate};
use regula_mobility::{
    Applicant, Application, Band, Citizenship, Covers, Criterion, EarlierMobility,
    EarlierMobilityRule, FieldPlaces, LanguageLevel, MobilityKind, MobilityPolicy, Outcome,
    PointsSystem, Scale, StudyCycle, TieBreak, eligibility, select_explained,
};

/// An average on a step scale of two decimals (5.00–10.00 in five bands of 1 to 5 points) with a
/// minimum of 6.00, a language test 1–10 with a minimum of 6, and an interview 1–10 with a
/// minimum of 7, ties broken by the average.
fn policy() -> MobilityPolicy {
    let band = |from: i64, to: i64, points: i64| Band {
        from: Decimal::new(from, 2),
        to: Decimal::new(to, 2),
        points: Decimal::from(points),
    };
    let range = |id: &str, minimum: i64| Criterion {
        minimum: Some(Decimal::from(minimum)),
        ..Criterion::range(id, Decimal::ONE, Decimal::ONE, Decimal::TEN)
    };
    let mut policy = MobilityPolicy::itp_2014();
    policy.points = PointsSystem {
        criteria: vec![
            Criterion {
                scale: Scale::Steps {
                    decimals: 2,
                    bands: vec![
                        band(900, 1000, 5),
                        band(800, 899, 4),
                        band(700, 799, 3),
                        band(600, 699, 2),
                        band(500, 599, 1),
                    ],
                    covers: Some(Covers {
                        min: Decimal::new(500, 2),
                        max: Decimal::new(1000, 2),
                    }),
                },
                minimum: Some(Decimal::new(600, 2)),
                ..Criterion::range("average", Decimal::TWO, Decimal::ONE, Decimal::TEN)
            },
            range("language", 6),
            range("interview", 7),
        ],
        tie_break: vec![TieBreak::HigherCriterion("average".into())],
    };
    policy
}

/// Up to 30 candidates: an average 5.00–10.00 with two decimals, a language test and an
/// interview 1–10 in halves.
fn applications() -> impl Strategy<Value = Vec<(i64, i64, i64)>> {
    prop::collection::vec((500i64..=1000, 2i64..=20, 2i64..=20), 0..30)
}

proptest! {
    /// MO-7: a candidate below any criterion's minimum is never selected, never on the reserve
    /// list, never ranked — and is told which minimum; everyone ranked meets every minimum.
    #[test]
    fn mo_7_a_candidate_below_a_criterions_minimum_is_never_selected(
        rows in applications(),
        places in 0u32..=5,
    ) {
        let policy = policy();
        let apps: Vec<Application> = rows
            .iter()
            .enumerate()
            .map(|(i, (average, language, interview))| {
                let mut scores = BTreeMap::new();
                scores.insert("average".to_owned(), Decimal::new(*average, 2));
                scores.insert("language".to_owned(), Decimal::new(*language * 5, 1));
                scores.insert("interview".to_owned(), Decimal::new(*interview * 5, 1));
                Application {
                    candidate: format!("C{i:02}"),
                    name: String::new(),
                    field: "f".into(),
                    completed_at: None,
                    scores,
                    activities: BTreeMap::new(),
                    exclusions: vec![],
                    found_exclusions: vec![],
                    progress: Default::default(),
                }
            })
            .collect();
        let fields = [FieldPlaces { field: "f".into(), places }];
        let d = select_explained(&policy, &fields, &apps, true).unwrap();
        let result = &d.outcome.fields[0];
        for r in &result.ranking {
            if matches!(r.outcome, Outcome::Selected { .. }) {
                let raw = r.breakdown[0].raw.unwrap();
                prop_assert!(raw >= Decimal::new(600, 2), "{} selected with {raw}", r.candidate);
            }
        }
        for (app, (average, language, interview)) in apps.iter().zip(&rows) {
            let below = *average < 600 || *language * 5 < 60 || *interview * 5 < 70;
            let ranked = result.ranking.iter().find(|r| r.candidate == app.candidate);
            if below {
                prop_assert!(ranked.is_none(), "{} is ranked", app.candidate);
                let excluded = result.excluded.iter().find(|e| e.candidate == app.candidate);
                prop_assert!(excluded.is_some_and(|e| !e.reasons.is_empty()));
            } else {
                prop_assert!(ranked.is_some(), "{} meets every minimum but is not ranked", app.candidate);
            }
        }
    }
}

fn applicant(kind: MobilityKind, earlier: Vec<EarlierMobility>, asked: Option<u32>) -> Applicant {
    Applicant {
        id: "S1".into(),
        name: String::new(),
        kind,
        enrolled: true,
        study_contract_signed: true,
        extension_year: false,
        semesters_completed: 4,
        credits_due: Credits::new(Decimal::from(120)).unwrap(),
        credits_earned: Credits::new(Decimal::from(120)).unwrap(),
        citizenship: Citizenship::Romanian,
        language: "en".into(),
        language_level: Some(LanguageLevel::B2),
        plan_compatible: true,
        earlier_mobilities: earlier,
        cycle: Some(StudyCycle::Master),
        months_requested: asked,
        conditions_met: vec![],
    }
}

fn cycle() -> impl Strategy<Value = StudyCycle> {
    prop_oneof![
        Just(StudyCycle::Bachelor),
        Just(StudyCycle::Master),
        Just(StudyCycle::Doctorate)
    ]
}

fn kind() -> impl Strategy<Value = MobilityKind> {
    prop_oneof![Just(MobilityKind::Study), Just(MobilityKind::Training)]
}

proptest! {
    /// MO-1, MO-2: under a budget of months per study cycle, an eligible applicant's months asked
    /// plus the earlier months of the same cycle never exceed the budget; and an applicant who
    /// asks no number is eligible exactly when the shortest mobility still fits.
    #[test]
    fn mo_1_months_granted_and_earlier_months_of_the_cycle_stay_within_the_budget(
        budget in 2u32..=24,
        earlier in prop::collection::vec((kind(), cycle(), 1u32..=12), 0..5),
        applying in kind(),
        asked in prop::option::of(1u32..=24),
    ) {
        let policy = MobilityPolicy {
            earlier_mobility: EarlierMobilityRule::MonthsPerCycle { months: budget },
            ..MobilityPolicy::itp_2014()
        };
        let earlier_in_cycle: u32 = earlier
            .iter()
            .filter(|(_, c, _)| *c == StudyCycle::Master)
            .map(|(_, _, m)| m)
            .sum();
        let records = earlier
            .into_iter()
            .map(|(kind, cycle, months)| EarlierMobility { kind, cycle: Some(cycle), months: Some(months) })
            .collect();
        let a = applicant(applying, records, asked);
        let on: NaiveDate = "2027-03-01".parse().unwrap();
        let verdict = eligibility(&policy, &a, on).unwrap();
        let shortest = match applying {
            MobilityKind::Study => policy.duration.min_months,
            MobilityKind::Training => policy.duration.training_min_months,
        };
        match asked {
            Some(asked) => prop_assert_eq!(verdict.eligible, asked + earlier_in_cycle <= budget),
            None => prop_assert_eq!(verdict.eligible, earlier_in_cycle + shortest <= budget),
        }
        if verdict.eligible {
            prop_assert!(asked.unwrap_or(shortest) + earlier_in_cycle <= budget);
        } else {
            prop_assert_eq!(verdict.unmet[0].condition.as_str(), "mobility_months");
        }
    }
}
