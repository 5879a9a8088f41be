//! Year-end decisions (PR-3..PR-5): the policy's table of rows, each with the years it applies
//! to, its conditions on the ledger's measures and its outcome; the first row that holds decides.

use std::fmt;

use regula_core::locale::{Arg, Message};
use regula_core::{Decimal, Problems, Rule};
use serde::{Deserialize, Serialize};

use crate::measure::{Measure, Tally};
use crate::rules::{PR_3, PR_4, PR_5};

/// What a year ends in (PR-3..PR-5).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum YearOutcome {
    /// Exmatriculated (*exmatriculat*) for insufficient results (PR-5).
    Exmatriculated,
    /// Repeats the year (*repetă anul*, *reînmatriculare în același an*) (PR-4).
    Repeat,
    /// An additional year after the final one (*an suplimentar*, *prelungirea școlarității*)
    /// (PR-4).
    AdditionalYear,
    /// Promoted to the next year (*promovat*), outstanding courses listed when any (PR-3).
    Promoted,
    /// The final year completed, every credit earned: the student may sit the final exam
    /// (*absolvent*) (PR-3).
    Completed,
}

impl YearOutcome {
    /// The rule that gives this outcome.
    pub const fn rule(self) -> Rule {
        match self {
            YearOutcome::Exmatriculated => PR_5,
            YearOutcome::Repeat | YearOutcome::AdditionalYear => PR_4,
            YearOutcome::Promoted | YearOutcome::Completed => PR_3,
        }
    }

    /// The outcome as a policy writes it: `additional_year`.
    pub const fn key(self) -> &'static str {
        match self {
            YearOutcome::Exmatriculated => "exmatriculated",
            YearOutcome::Repeat => "repeat",
            YearOutcome::AdditionalYear => "additional_year",
            YearOutcome::Promoted => "promoted",
            YearOutcome::Completed => "completed",
        }
    }

    /// The outcome in words.
    pub fn term(self) -> Arg {
        Arg::Term(std::borrow::Cow::Borrowed(match self {
            YearOutcome::Exmatriculated => "progress-outcome-exmatriculated",
            YearOutcome::Repeat => "progress-outcome-repeat",
            YearOutcome::AdditionalYear => "progress-outcome-additional-year",
            YearOutcome::Promoted => "progress-outcome-promoted",
            YearOutcome::Completed => "progress-outcome-completed",
        }))
    }
}

impl fmt::Display for YearOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A condition of a year-end row (PR-3..PR-5): a measure compared with a value, exactly one of
/// `below`, `at_most`, `above`, `at_least` given: `{"measure": "credits_total", "below": 25}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// What is compared.
    pub measure: Measure,
    /// Holds when the measure is below this value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub below: Option<Decimal>,
    /// Holds when the measure is at most this value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub at_most: Option<Decimal>,
    /// Holds when the measure is above this value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub above: Option<Decimal>,
    /// Holds when the measure is at least this value.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub at_least: Option<Decimal>,
}

impl Condition {
    /// `measure` compared with nothing yet: the base of the constructors below.
    fn on(measure: Measure) -> Self {
        Condition {
            measure,
            below: None,
            at_most: None,
            above: None,
            at_least: None,
        }
    }

    /// `measure` below `value`.
    pub fn below(measure: Measure, value: Decimal) -> Self {
        Condition {
            below: Some(value),
            ..Condition::on(measure)
        }
    }

    /// `measure` above `value`.
    pub fn above(measure: Measure, value: Decimal) -> Self {
        Condition {
            above: Some(value),
            ..Condition::on(measure)
        }
    }

    /// The comparisons given, with their message ids.
    fn comparisons(&self) -> impl Iterator<Item = (&'static str, Decimal)> + '_ {
        [
            ("progress-compare-below", self.below),
            ("progress-compare-at-most", self.at_most),
            ("progress-compare-above", self.above),
            ("progress-compare-at-least", self.at_least),
        ]
        .into_iter()
        .filter_map(|(id, v)| v.map(|v| (id, v)))
    }

    /// Whether it holds for `value`.
    pub fn holds(&self, value: Decimal) -> bool {
        self.below.is_none_or(|v| value < v)
            && self.at_most.is_none_or(|v| value <= v)
            && self.above.is_none_or(|v| value > v)
            && self.at_least.is_none_or(|v| value >= v)
    }

    /// The condition with the student's value, for an explanation: "credits over the years 80
    /// below 85".
    pub fn message(&self, value: Decimal) -> Message {
        let (id, limit) = self
            .comparisons()
            .next()
            .unwrap_or(("progress-compare-below", Decimal::ZERO));
        Message::new(id)
            .arg("measure", self.measure.term())
            .arg("value", Arg::Number(value.normalize()))
            .arg("limit", Arg::Number(limit.normalize()))
    }
}

/// A row of the year-end table (PR-3..PR-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearEndRule {
    /// The years of study it applies to (1 = the first); every year when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<u8>,
    /// `true`: the final year only; `false`: every year but the final; any year when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_year: Option<bool>,
    /// The conditions, all of which must hold; none: the row always holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Condition>,
    /// The outcome.
    pub outcome: YearOutcome,
}

impl YearEndRule {
    /// Every problem of the row, with its path `at`.
    pub(crate) fn problems(&self, at: &str, found: &mut Problems) {
        for (j, y) in self.years.iter().enumerate() {
            found.check(
                *y > 0,
                format!("{at}.years[{j}]"),
                y,
                "years of study are numbered from 1 (PR-3)",
            );
        }
        for (j, c) in self.when.iter().enumerate() {
            let given = c.comparisons().count();
            found.check(
                given == 1,
                format!("{at}.when[{j}]"),
                given,
                "a condition gives exactly one of `below`, `at_most`, `above`, `at_least` (PR-3)",
            );
            for (_, v) in c.comparisons() {
                found.check(
                    v >= Decimal::ZERO,
                    format!("{at}.when[{j}]"),
                    v,
                    "credits, courses and credit points are never negative (PR-3)",
                );
            }
        }
        if self.outcome == YearOutcome::Completed {
            found.check(
                self.final_year != Some(false),
                format!("{at}.outcome"),
                "completed",
                "only the final year is completed (PR-3)",
            );
        }
    }

    /// Whether it applies to year `year` of a programme of `years` years.
    pub(crate) fn applies_to(&self, year: u8, years: u8) -> bool {
        (self.years.is_empty() || self.years.contains(&year))
            && self.final_year.is_none_or(|f| f == (year == years))
    }

    /// Whether every condition holds for `tally`.
    pub(crate) fn holds(&self, tally: &Tally) -> bool {
        self.when.iter().all(|c| c.holds(tally.value(c.measure)))
    }
}
