//! Fee schedules as formulas (FE-1, FE-2): by kind of exam and student status, per credit, a
//! share of the tuition, a flat fee per presentation, and how a computed amount is rounded.

use regula_core::{Decimal, Money};
use serde::{Deserialize, Serialize};

/// The kind of exam a fee is asked for (FE-2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExamKind {
    /// A retake of an exam not passed (*restanță*); the kind of an exam that names none.
    Retake,
    /// A difference exam (*examen de diferență*), after a transfer or a change of plan.
    Difference,
    /// A grade improvement (*mărire de notă*).
    Improvement,
    /// A course taken again (*refacere*).
    Redone,
    /// An exam after re-enrolment (*reînmatriculare*).
    ReEnrolment,
}

/// The student's status for the fee (FE-2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StudentStatus {
    /// A budget-funded place (*loc bugetat*).
    BudgetFunded,
    /// A fee-paying place (*loc cu taxă*).
    FeePaying,
    /// A former final-year student with outstanding exams (*cursant*).
    Cursant,
}

/// How an exam's fee is computed (FE-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "formula", rename_all = "snake_case", deny_unknown_fields)]
pub enum FeeFormula {
    /// By the exam's age: the policy's `by_age` and `beyond_schedule` (the UMC schedule).
    ByAge,
    /// `rate` × the course's credits ("55 lei × nr. credite").
    PerCredit {
        /// The amount per credit.
        rate: Money,
    },
    /// A rate per credit by the course's year of study: `rates[0]` for a year-I course,
    /// `rates[1]` for year II, and so on (67 lei × credits for year I, 50 lei for year II).
    PerCreditByYear {
        /// The amount per credit, by year of study.
        rates: Vec<Money>,
    },
    /// A share of the tuition fee: `tuition` / `credits_per_tuition` × the course's credits
    /// ("the semester's tuition / 30 × credits"). Needs the policy's `rounding`.
    TuitionShare {
        /// The tuition fee (*taxa de școlarizare*) the share is of.
        tuition: Money,
        /// The credits the tuition pays for (30 for a semester).
        credits_per_tuition: Decimal,
    },
    /// The same amount for every presentation (a cursant's 330 lei per presentation).
    Flat {
        /// The amount of one presentation.
        amount: Money,
    },
    /// No fee is set: the adopted sources say nothing of these exams, so each is reported as not
    /// covered, with no amount (the faculty decides), instead of a fee the regulation never set.
    NotCovered,
}

/// A formula and the exams it applies to (FE-2). The first rule of the policy's `formulas` whose
/// kinds and statuses match an exam sets its fee; an exam no rule matches is charged by age.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeRule {
    /// The kinds of exam it applies to; empty: every kind.
    #[serde(default)]
    pub kinds: Vec<ExamKind>,
    /// The student statuses it applies to; empty: every status.
    #[serde(default)]
    pub statuses: Vec<StudentStatus>,
    /// How the fee is computed: `{ "formula": "per_credit", "rate": … }`.
    pub fee: FeeFormula,
    /// The first this many exams the rule matches are free ("the first improvement in a session
    /// is free"), counted by the exam's `earlier_of_kind`; `null` (the default): none is (FE-2).
    /// At least 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_first: Option<u32>,
}

/// How a computed fee with more than two decimals is rounded (FE-2), half away from zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeRounding {
    /// To the ban (two decimals).
    Ban,
    /// To the leu (no decimals).
    Leu,
}

impl FeeRounding {
    /// `exact` rounded, half away from zero.
    pub fn round(self, exact: Decimal) -> Decimal {
        let unit = match self {
            FeeRounding::Ban => Decimal::new(1, 2),
            FeeRounding::Leu => Decimal::ONE,
        };
        let half = unit / Decimal::TWO;
        let magnitude = ((exact.abs() + half) / unit).floor() * unit;
        if exact.is_sign_negative() {
            -magnitude
        } else {
            magnitude
        }
    }

    /// Its message id, for an explanation.
    pub fn message_id(self) -> &'static str {
        match self {
            FeeRounding::Ban => "fees-rounding-ban",
            FeeRounding::Leu => "fees-rounding-leu",
        }
    }
}

impl FeeFormula {
    /// Every amount of the formula (to check their currency).
    pub fn amounts(&self) -> Vec<Money> {
        match self {
            FeeFormula::ByAge | FeeFormula::NotCovered => vec![],
            FeeFormula::PerCredit { rate } => vec![*rate],
            FeeFormula::PerCreditByYear { rates } => rates.clone(),
            FeeFormula::TuitionShare { tuition, .. } => vec![*tuition],
            FeeFormula::Flat { amount } => vec![*amount],
        }
    }
}

impl FeeRule {
    /// A rule for `kinds` and `statuses` with no free exams (FE-2).
    pub fn new(kinds: Vec<ExamKind>, statuses: Vec<StudentStatus>, fee: FeeFormula) -> Self {
        FeeRule {
            kinds,
            statuses,
            fee,
            free_first: None,
        }
    }

    /// Whether it applies to an exam of `kind` taken by a student of `status` (`None`: not
    /// given, which matches only a rule that does not ask).
    pub fn matches(&self, kind: ExamKind, status: Option<StudentStatus>) -> bool {
        self.applies_to_kind(kind)
            && (self.statuses.is_empty() || status.is_some_and(|s| self.statuses.contains(&s)))
    }

    /// Whether it is written for exams of `kind`: it lists the kind, or lists none (FE-2).
    pub fn applies_to_kind(&self, kind: ExamKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }
}
