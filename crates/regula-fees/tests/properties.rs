//! The fee rules' invariants (FE-1, FE-2, FE-4), as property tests.

use proptest::prelude::*;
use regula_core::{AcademicYear, CheckedPolicy, Currency, Decimal, Money};
use regula_fees::{FeePolicy, FeeStatus, OutstandingExam, assess, fee_for};

fn policies() -> impl Strategy<Value = FeePolicy> {
    // The preset, and the preset extended with an amount beyond the schedule.
    prop_oneof![
        Just(FeePolicy::umc_2020()),
        (200i64..=1000).prop_map(|beyond| {
            let mut p = FeePolicy::umc_2020();
            p.beyond_schedule = Some(Money::new(Decimal::from(beyond), Currency::Ron).unwrap());
            assert_eq!(p.problems(), []);
            p
        }),
    ]
}

proptest! {
    /// FE-1, FE-2, FE-4: a fee is never negative.
    #[test]
    fn fe2_a_fee_is_never_negative(policy in policies(), age in 0u32..=20, mobility in any::<bool>()) {
        let (_, amount, _) = fee_for(&policy, age, mobility);
        if let Some(amount) = amount {
            prop_assert!(amount.amount() >= Decimal::ZERO);
        }
    }

    /// FE-2: an older exam never costs less, and one the regulation covers never becomes
    /// uncovered by being younger.
    #[test]
    fn fe2_an_older_exam_never_costs_less(policy in policies(), age in 0u32..=20, older_by in 1u32..=10) {
        let (young_status, young, _) = fee_for(&policy, age, false);
        let (old_status, old, _) = fee_for(&policy, age + older_by, false);
        match (young, old) {
            (Some(young), Some(old)) => prop_assert!(old.amount() >= young.amount()),
            (None, Some(_)) => prop_assert!(false, "a younger exam is not covered but an older one is"),
            (_, None) => prop_assert_eq!(old_status, FeeStatus::NotCovered),
        }
        if young_status == FeeStatus::NotCovered {
            prop_assert_eq!(old_status, FeeStatus::NotCovered);
        }
    }

    /// FE-1: a current-year exam is free; FE-4: a mobility course taken within the exemption
    /// window is free.
    #[test]
    fn fe1_fe4_current_year_and_mobility_retakes_are_free(policy in policies(), mobility in any::<bool>()) {
        let (status, amount, _) = fee_for(&policy, 0, mobility);
        prop_assert!(matches!(status, FeeStatus::Free | FeeStatus::Exempt));
        prop_assert_eq!(amount.map(|a| a.amount()), Some(Decimal::ZERO));
        let (status, _, _) = fee_for(&policy, policy.mobility_exemption_max_age, true);
        prop_assert_eq!(status, FeeStatus::Exempt);
    }

    /// The total is the exact sum of the itemised amounts, in RON.
    #[test]
    fn fe2_the_total_is_the_sum_of_the_items(
        policy in policies(), exams in prop::collection::vec((2000i32..=2021, any::<bool>()), 0..=12)
    ) {
        let current = AcademicYear::starting(2021);
        let exams: Vec<OutstandingExam> = exams
            .iter()
            .enumerate()
            .map(|(i, &(year, mobility))| OutstandingExam {
                erasmus_mobility: mobility,
                ..OutstandingExam::new(format!("C{i}"), AcademicYear::starting(year))
            })
            .collect();
        let owed = assess(&policy, current, &exams).unwrap();
        let sum: Decimal = owed.items.iter().filter_map(|i| i.amount).map(|m| m.amount()).sum();
        prop_assert_eq!(owed.total.amount(), sum);
        prop_assert_eq!(owed.total.currency(), Currency::Ron);
        prop_assert_eq!(owed.items.len(), exams.len());
    }
}
