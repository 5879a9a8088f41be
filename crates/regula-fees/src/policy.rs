//! The fee schedule as data.

use regula_core::{
    CheckedPolicy, Currency, Decimal, Money, ParameterProblem, PolicyHistory, Problems, Versioned,
};
use serde::{Deserialize, Serialize};

/// A way to pay a fee (FE-3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentChannel {
    /// Its name.
    pub name: String,
    /// How to use it.
    pub description: String,
}

/// Every number of the fee rules (FE-1..FE-4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeePolicy {
    /// FE-1: a retake of a current-year exam is free.
    pub current_year_free: bool,
    /// FE-2: the fee of an outstanding exam by its age: the first amount for 1 year, the second
    /// for 2 years, and so on. Never lower for an older exam.
    pub by_age: Vec<Money>,
    /// FE-2: the fee of an exam older than the schedule, or `null` when the regulation does not
    /// cover such exams (they are reported as not covered).
    pub beyond_schedule: Option<Money>,
    /// FE-4: an exam of a course not completed during an Erasmus+ mobility is free when taken at
    /// most this many academic years later (1: "in the next semester").
    pub mobility_exemption_max_age: u32,
    /// FE-3: how fees are paid; empty when the regulation does not say (the total is then
    /// stated under FE-2 alone, and FE-3 is not needed).
    pub channels: Vec<PaymentChannel>,
}

fn ron(amount: i64) -> Money {
    // Whole, non-negative lei: always a valid amount.
    Money::new(Decimal::from(amount), Currency::Ron).unwrap_or(Money::zero(Currency::Ron))
}

impl FeePolicy {
    /// The UMC 2020 schedule: 50, 100, 150, 200 RON for exams 1 to 4 years old; older exams not
    /// covered; FE-4 exemption in the next academic year; the three channels of FE-3.
    pub fn umc_2020() -> Self {
        FeePolicy {
            current_year_free: true,
            by_age: vec![ron(50), ron(100), ron(150), ron(200)],
            beyond_schedule: None,
            mobility_exemption_max_age: 1,
            channels: vec![
                PaymentChannel {
                    name: "Taxe online".into(),
                    description: "the university's online payment platform (preferred)".into(),
                },
                PaymentChannel {
                    name: "Bank transfer".into(),
                    description:
                        "to the university's account at the Treasury (Trezoreria Constanța)".into(),
                },
                PaymentChannel {
                    name: "Cash desk".into(),
                    description: "at the university's cash desk (Casieria Universității)".into(),
                },
            ],
        }
    }

    /// The currency of the schedule.
    pub fn currency(&self) -> Currency {
        self.by_age.first().map_or(Currency::Ron, |m| m.currency())
    }
}

impl CheckedPolicy for FeePolicy {
    const DOMAIN: &'static str = "fees";

    /// The schedule: not empty, one currency, never lower for an older exam (FE-2).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            !self.by_age.is_empty(),
            "by_age",
            "[]",
            "the schedule needs at least one amount (FE-2)",
        );
        let currency = self.currency();
        for (i, pair) in self.by_age.windows(2).enumerate() {
            found.check(
                pair[1].amount() >= pair[0].amount(),
                format!("by_age[{}]", i + 1),
                pair[1],
                format!(
                    "an older exam never costs less (FE-2): `by_age[{i}]` = {}",
                    pair[0]
                ),
            );
        }
        for (i, m) in self.by_age.iter().enumerate() {
            found.check(
                m.currency() == currency,
                format!("by_age[{i}]"),
                m,
                format!("every amount of the schedule is in one currency ({currency})"),
            );
        }
        if let Some(beyond) = self.beyond_schedule {
            found.check(
                beyond.currency() == currency,
                "beyond_schedule",
                beyond,
                format!("every amount of the schedule is in one currency ({currency})"),
            );
            if let Some(last) = self.by_age.last() {
                found.check(
                    beyond.amount() >= last.amount(),
                    "beyond_schedule",
                    beyond,
                    "an exam older than the schedule never costs less than the oldest in it (FE-2)",
                );
            }
        }
        found.into_vec()
    }
}

impl Default for FeePolicy {
    fn default() -> Self {
        Self::umc_2020()
    }
}

/// The UMC 2020 fee policy (UMC-EXAM §5 "Reguli generale", ITP-ERASMUS §12 for FE-4).
pub fn umc_2020() -> PolicyHistory<FeePolicy> {
    PolicyHistory::single(
        "UMC 2020",
        Versioned {
            effective_from: regula_core::catalogue::seed::UMC_EXAM_FROM,
            note: "UMC-EXAM 2020: retake fees by age of the outstanding exam".into(),
            policy: FeePolicy::umc_2020(),
        },
    )
}
