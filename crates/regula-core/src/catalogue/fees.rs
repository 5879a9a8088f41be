//! Retake fees (UMC-EXAM §5; ITP-ERASMUS §12): taxe de reexaminare.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// FE-1: current-year students pay nothing to retake an exam.
pub const FE_1: Rule = Rule::interpreted(
    "FE-1",
    UMC_EXAM,
    "§5 Reguli generale",
    "current-year students pay nothing to retake an exam",
    Interpretation::new(
        &["fees.current_year_free", "fees.free_presentations"],
        "a current-year retake is an exam of the current academic year of kind `retake` (an exam that names no kind); the other kinds (difference, improvement, redone, re-enrolment) are never free under FE-1. With `free_presentations` instead, the first N presentations are free, absences counting as presentations, and the request gives the earlier ones in `presentations`.",
    ),
);
/// FE-2: restanțieri from earlier years pay per exam by its age: 50, 100, 150, 200 RON.
pub const FE_2: Rule = Rule::interpreted(
    "FE-2",
    UMC_EXAM,
    "§5 Reguli generale",
    "an outstanding exam from an earlier year costs 50 RON (1 year old), 100 (2), 150 (3), 200 (4)",
    Interpretation::new(
        &[
            "fees.by_age",
            "fees.beyond_schedule",
            "fees.formulas",
            "fees.rounding",
        ],
        "the first of `formulas` that matches the exam's kind and the student's status sets the fee (per credit, per credit by year of study, a share of the tuition, or flat per presentation; `not_covered` where the sources set no fee); an exam none matches is charged by age. A rule's `free_first` makes the first N exams it matches free (an improvement exam is charged here, by the rule for the kind `improvement`), counted by the exam's `earlier_of_kind`. A computed fee finer than the ban is rounded per item as `rounding` says, never silently; the total is the sum of the items. An exam's age is the number of academic years between its year and the current one (1 October starts a year: the September retake session belongs to the year ending). Older than 4 years: not covered, no amount, unless the policy sets `beyond_schedule`.",
    ),
);
/// FE-3: how fees are paid.
pub const FE_3: Rule = Rule::new(
    "FE-3",
    UMC_EXAM,
    "§5 Reguli generale",
    "fees are paid online (Taxe online), by bank transfer to the Treasury, or at the cash desk",
);
/// FE-4: courses not completed during an Erasmus+ mobility are retaken without the fee.
pub const FE_4: Rule = Rule::interpreted(
    "FE-4",
    ITP_ERASMUS,
    "§12",
    "courses of the mobility semester not completed may be taken at home in the next semester without the fee",
    Interpretation::new(
        &["fees.mobility_exemption_max_age"],
        "\"in the next semester\": an Erasmus+ course is exempt when its exam is at most one academic year old; FE-4 takes precedence over FE-1/FE-2.",
    ),
);
