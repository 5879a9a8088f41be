//! The fee schedule as data.

use regula_core::{
    CheckedPolicy, Currency, Decimal, Money, ParameterProblem, PolicyHistory, Problems, Versioned,
};
use serde::{Deserialize, Serialize};

use crate::formula::{FeeFormula, FeeRounding, FeeRule};

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
    /// for 2 years, and so on. Never lower for an older exam. May be empty only when `formulas`
    /// set the fee of every exam.
    #[serde(default)]
    pub by_age: Vec<Money>,
    /// FE-2: the fee of an exam older than the schedule, or `null` when the regulation does not
    /// cover such exams (they are reported as not covered).
    pub beyond_schedule: Option<Money>,
    /// FE-4: an exam of a course not completed during an Erasmus+ mobility is free when taken at
    /// most this many academic years later (1: "in the next semester").
    pub mobility_exemption_max_age: u32,
    /// FE-1: a current-year retake's first this many presentations (*prezentări*, absences
    /// included) are free and every later one is charged by `formulas`; `null`: `current_year_free`
    /// decides (the UMC rule). At least 1, and only with `current_year_free` false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_presentations: Option<u32>,
    /// FE-2: the fee formulas by kind of exam and student status; the first rule that matches an
    /// exam sets its fee, an exam no rule matches is charged by age (`by_age`). Empty (the
    /// default): every exam by age, the UMC schedule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formulas: Vec<FeeRule>,
    /// FE-2: how a computed fee finer than the ban is rounded (`ban` or `leu`, half away from
    /// zero); `null` (the default): never rounded, such a fee is an error. Each item is rounded,
    /// and the total is the sum of the items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<FeeRounding>,
    /// FE-3: how fees are paid; empty when the regulation does not say (the total is then
    /// stated under FE-2 alone, and FE-3 is not needed).
    pub channels: Vec<PaymentChannel>,
}

fn ron(amount: i64) -> Money {
    // Whole, non-negative lei: always a valid amount.
    Money::new(Decimal::from(amount), Currency::Ron).unwrap_or(Money::zero(Currency::Ron))
}

impl FeePolicy {
    /// FE-2: whether a rule of `formulas` is written for exams of `kind` with a formula of its
    /// own (not the schedule by age): only then does the schedule set what such an exam costs.
    pub fn has_formula_for(&self, kind: crate::ExamKind) -> bool {
        self.formulas
            .iter()
            .any(|rule| rule.applies_to_kind(kind) && rule.fee != crate::FeeFormula::ByAge)
    }

    /// The UMC 2020 schedule: 50, 100, 150, 200 RON for exams 1 to 4 years old; older exams not
    /// covered; FE-4 exemption in the next academic year; the three channels of FE-3.
    pub fn umc_2020() -> Self {
        FeePolicy {
            current_year_free: true,
            by_age: vec![ron(50), ron(100), ron(150), ron(200)],
            beyond_schedule: None,
            mobility_exemption_max_age: 1,
            free_presentations: None,
            formulas: vec![],
            rounding: None,
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
        self.by_age
            .first()
            .or(self.beyond_schedule.as_ref())
            .copied()
            .or_else(|| {
                self.formulas
                    .iter()
                    .find_map(|r| r.fee.amounts().first().copied())
            })
            .map_or(Currency::Ron, |m| m.currency())
    }

    /// Whether some exam can be charged by age (FE-2): no rule of `formulas` matches every exam,
    /// or one of them is `by_age`.
    pub fn charges_by_age(&self) -> bool {
        self.formulas.iter().any(|r| r.fee == FeeFormula::ByAge)
            || !self
                .formulas
                .iter()
                .any(|r| r.kinds.is_empty() && r.statuses.is_empty())
    }
}

impl CheckedPolicy for FeePolicy {
    const DOMAIN: &'static str = "fees";

    /// The schedule: not empty, one currency, never lower for an older exam (FE-2).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            !self.by_age.is_empty() || !self.charges_by_age(),
            "by_age",
            "[]",
            "the schedule needs at least one amount, unless `formulas` set the fee of every exam (FE-2)",
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
        if let Some(free) = self.free_presentations {
            found.check(
                free >= 1,
                "free_presentations",
                free,
                "at least one presentation is free; write `null` when none is (FE-1)",
            );
            found.check(
                !self.current_year_free,
                "free_presentations",
                free,
                "`current_year_free` makes every current-year retake free: set it to false to count free presentations (FE-1)",
            );
        }
        for (i, rule) in self.formulas.iter().enumerate() {
            if let Some(free) = rule.free_first {
                found.check(
                    free >= 1,
                    format!("formulas[{i}].free_first"),
                    free,
                    "at least one exam is free; write `null` when none is (FE-2)",
                );
            }
            for (j, m) in rule.fee.amounts().iter().enumerate() {
                found.check(
                    m.currency() == currency,
                    format!("formulas[{i}]"),
                    m,
                    format!(
                        "every amount of the schedule is in one currency ({currency}); amount {j}"
                    ),
                );
            }
            match &rule.fee {
                FeeFormula::PerCreditByYear { rates } => found.check(
                    !rates.is_empty(),
                    format!("formulas[{i}].rates"),
                    "[]",
                    "a rate for year I of study at least (FE-2)",
                ),
                FeeFormula::TuitionShare {
                    credits_per_tuition,
                    ..
                } => {
                    found.check(
                        *credits_per_tuition > regula_core::Decimal::ZERO,
                        format!("formulas[{i}].credits_per_tuition"),
                        credits_per_tuition,
                        "the tuition pays for a positive number of credits (FE-2)",
                    );
                    found.check(
                        self.rounding.is_some(),
                        "rounding",
                        "null",
                        format!("`formulas[{i}]` divides the tuition: say how its fee is rounded, `ban` or `leu` (FE-2)"),
                    );
                }
                _ => {}
            }
            if rule.kinds.is_empty() && rule.statuses.is_empty() && i + 1 < self.formulas.len() {
                found.check(
                    false,
                    format!("formulas[{}]", i + 1),
                    "…",
                    format!("never applies: `formulas[{i}]` matches every exam (FE-2)"),
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
