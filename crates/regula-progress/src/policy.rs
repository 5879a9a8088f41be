//! Progress policies: what counts, the year-end table, credit points and the ranking, as data
//! with the date each version takes effect (PR-1..PR-7).

use regula_core::{CheckedPolicy, Decimal, ParameterProblem, PolicyHistory, Problems, Versioned};
use regula_grading::{CourseKind, Obtained};
use serde::{Deserialize, Serialize};

use crate::ranking::RankingPolicy;
use crate::year_end::{Condition, YearEndRule, YearOutcome};

/// Which courses count towards a year-end decision (PR-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counted {
    /// The kinds of course whose credits count: compulsory and optional by default.
    #[serde(default = "Counted::plan_kinds")]
    pub kinds: Vec<CourseKind>,
    /// The ways of obtaining a course whose credits count: every way by default (exam,
    /// recognised, advanced, re_enrolled).
    #[serde(default = "Counted::every_way")]
    pub obtained: Vec<Obtained>,
}

impl Default for Counted {
    fn default() -> Self {
        Counted {
            kinds: Counted::plan_kinds(),
            obtained: Counted::every_way(),
        }
    }
}

impl Counted {
    fn plan_kinds() -> Vec<CourseKind> {
        vec![CourseKind::Compulsory, CourseKind::Optional]
    }

    fn every_way() -> Vec<Obtained> {
        vec![
            Obtained::Exam,
            Obtained::Recognised,
            Obtained::Advanced,
            Obtained::ReEnrolled,
        ]
    }
}

/// The credit index (*indicele de credit*, PR-6): the credit points of a year divided by a
/// number of credits (60).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditIndex {
    /// The divisor, in credits (60 for a year).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub divisor: Decimal,
    /// Decimal places it is given with (2); the digits beyond are cut, never rounded up.
    pub decimals: u32,
}

/// Every parameter of a student's progress for one institution (PR-1..PR-7), as one version of
/// its policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgressPolicy {
    /// PR-1: whether a course's credits must be whole numbers (most plans give whole credits).
    #[serde(default)]
    pub whole_credits: bool,
    /// PR-2: which courses count.
    #[serde(default)]
    pub counted: Counted,
    /// PR-3..PR-5: the year-end table, tried in order: the first row whose years and conditions
    /// hold gives the outcome. The last row has no condition, so that every student gets one.
    pub year_end: Vec<YearEndRule>,
    /// PR-6: the credit index, when the regulation defines one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_index: Option<CreditIndex>,
    /// PR-7: the ranking of students by their results (scholarships), when the regulation
    /// provides one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranking: Option<RankingPolicy>,
}

impl ProgressPolicy {
    /// The UMC thresholds of 2017/2018 (PR-3): promotion with 25 credits from year I to II, 85
    /// from II to III, 145 from III to IV, cumulated; below them, the year is repeated (the
    /// notice does not say; PR-4). The final year is completed with every credit earned and
    /// repeated otherwise. No exmatriculation rule, no credit index and no ranking: no seed
    /// regulation states them (PR-5..PR-7).
    pub fn umc_2017() -> Self {
        let below_total =
            |credits: i64| Condition::below(crate::Measure::CreditsTotal, Decimal::from(credits));
        let row = |years: Vec<u8>, final_year: Option<bool>, when, outcome| YearEndRule {
            years,
            final_year,
            when,
            outcome,
        };
        ProgressPolicy {
            whole_credits: false,
            counted: Counted::default(),
            year_end: vec![
                row(
                    vec![1],
                    Some(false),
                    vec![below_total(25)],
                    YearOutcome::Repeat,
                ),
                row(
                    vec![2],
                    Some(false),
                    vec![below_total(85)],
                    YearOutcome::Repeat,
                ),
                row(
                    vec![3],
                    Some(false),
                    vec![below_total(145)],
                    YearOutcome::Repeat,
                ),
                row(
                    vec![],
                    Some(true),
                    vec![Condition::above(
                        crate::Measure::FailedCreditsTotal,
                        Decimal::ZERO,
                    )],
                    YearOutcome::Repeat,
                ),
                row(vec![], Some(true), vec![], YearOutcome::Completed),
                row(vec![], None, vec![], YearOutcome::Promoted),
            ],
            credit_index: None,
            ranking: None,
        }
    }
}

impl CheckedPolicy for ProgressPolicy {
    const DOMAIN: &'static str = "progress";

    /// The table gives every student an outcome (its last row has no condition and no years),
    /// every condition compares one way with a value that is not negative, no year is 0, the
    /// counted lists are not empty, the credit index divides by credits, the ranking is sound.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            !self.counted.kinds.is_empty(),
            "counted.kinds",
            "[]",
            "no course would count: list at least one kind (PR-2)",
        );
        found.check(
            !self.counted.obtained.is_empty(),
            "counted.obtained",
            "[]",
            "no course would count: list at least one way of obtaining it (PR-2)",
        );
        match self.year_end.last() {
            None => found.check(
                false,
                "year_end",
                "[]",
                "the table needs at least one row (PR-3)",
            ),
            Some(last) => found.check(
                last.when.is_empty() && last.years.is_empty() && last.final_year.is_none(),
                format!("year_end[{}]", self.year_end.len() - 1),
                "a row with conditions",
                "the last row applies to every student (no `years`, `final_year` or `when`), so that every student gets an outcome (PR-3)",
            ),
        }
        for (i, rule) in self.year_end.iter().enumerate() {
            rule.problems(&format!("year_end[{i}]"), &mut found);
        }
        if let Some(index) = self.credit_index {
            found.check(
                index.divisor > Decimal::ZERO,
                "credit_index.divisor",
                index.divisor,
                "the credit index divides by a positive number of credits (PR-6)",
            );
            found.check(
                index.decimals <= 10,
                "credit_index.decimals",
                index.decimals,
                "at most 10 decimal places (PR-6)",
            );
        }
        if let Some(ranking) = &self.ranking {
            ranking.problems(&mut found);
        }
        found.into_vec()
    }
}

/// The UMC 2017 preset history (PR-1..PR-4).
pub fn umc_2017() -> PolicyHistory<ProgressPolicy> {
    PolicyHistory::single(
        "UMC 2017",
        Versioned {
            effective_from: regula_core::catalogue::seed::UMC_PROMOTION_FROM,
            note: "UMC 2017/2018: promotion by cumulated credits, 25 / 85 / 145".into(),
            policy: ProgressPolicy::umc_2017(),
        },
    )
}
