//! What the progress tests share: the academic year they close, and a year-end table in the shape
//! other regulations write (exmatriculation above 30 failed credits, an additional year for a
//! final year with outstanding courses, repetition below 40 credits of the year).

use regula_core::{AcademicYear, Decimal};
use regula_progress::policy::umc_2017;
use regula_progress::{Condition, Measure, ProgressPolicy, YearEndRule, YearOutcome};

/// The academic year the tests close.
pub fn closing() -> AcademicYear {
    "2023/2024".parse().unwrap()
}

/// PR-3..PR-5: the UMC preset's other parts with a table of exmatriculation, additional year and
/// repetition rows.
pub fn exmatriculation_table() -> ProgressPolicy {
    let row = |final_year, when, outcome| YearEndRule {
        years: vec![],
        final_year,
        when,
        outcome,
    };
    ProgressPolicy {
        year_end: vec![
            row(
                None,
                vec![Condition::above(
                    Measure::FailedCreditsTotal,
                    Decimal::from(30),
                )],
                YearOutcome::Exmatriculated,
            ),
            row(
                Some(true),
                vec![Condition::above(Measure::FailedCoursesTotal, Decimal::ZERO)],
                YearOutcome::AdditionalYear,
            ),
            row(Some(true), vec![], YearOutcome::Completed),
            row(
                Some(false),
                vec![Condition::below(Measure::CreditsYear, Decimal::from(40))],
                YearOutcome::Repeat,
            ),
            row(None, vec![], YearOutcome::Promoted),
        ],
        ..umc_2017().latest().policy.clone()
    }
}
