//! What a ledger adds up to at the end of a year (PR-2, PR-6): the credits earned and failed, in
//! the year and over the years, the failed courses, the credit points.

use std::collections::HashMap;

use regula_core::{Credits, Decimal, Grade};
use serde::{Deserialize, Serialize};

use crate::ProgressError;
use crate::ledger::{CourseResult, Ledger, LedgerEntry};
use crate::policy::Counted;

/// A quantity a year-end condition compares (PR-3..PR-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Credits earned in the courses of the year being closed (and courses of later years
    /// obtained in advance that year, when counted).
    CreditsYear,
    /// Credits earned over the years of study so far (cumulated: 40 / 80 / 120).
    CreditsTotal,
    /// Credits of the year's courses not passed.
    FailedCreditsYear,
    /// Credits of every course of the years so far not passed (outstanding credits).
    FailedCreditsTotal,
    /// The year's courses not passed.
    FailedCoursesYear,
    /// Every course of the years so far not passed.
    FailedCoursesTotal,
    /// Σ grade × credits over the year's passed courses (PR-6).
    CreditPointsYear,
}

impl Measure {
    /// The measure as a policy writes it: `credits_total`.
    pub const fn key(self) -> &'static str {
        match self {
            Measure::CreditsYear => "credits_year",
            Measure::CreditsTotal => "credits_total",
            Measure::FailedCreditsYear => "failed_credits_year",
            Measure::FailedCreditsTotal => "failed_credits_total",
            Measure::FailedCoursesYear => "failed_courses_year",
            Measure::FailedCoursesTotal => "failed_courses_total",
            Measure::CreditPointsYear => "credit_points_year",
        }
    }

    /// Its name in explanations.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            Measure::CreditsYear => "progress-measure-credits-year",
            Measure::CreditsTotal => "progress-measure-credits-total",
            Measure::FailedCreditsYear => "progress-measure-failed-credits-year",
            Measure::FailedCreditsTotal => "progress-measure-failed-credits-total",
            Measure::FailedCoursesYear => "progress-measure-failed-courses-year",
            Measure::FailedCoursesTotal => "progress-measure-failed-courses-total",
            Measure::CreditPointsYear => "progress-measure-credit-points-year",
        }))
    }
}

/// The measures of one ledger (PR-2, PR-6).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Tally {
    /// Credits earned in the year.
    pub credits_year: Credits,
    /// Credits earned over the years.
    pub credits_total: Credits,
    /// Credits of the year's courses not passed.
    pub failed_credits_year: Credits,
    /// Outstanding credits over the years.
    pub failed_credits_total: Credits,
    /// The year's courses not passed.
    pub failed_courses_year: u32,
    /// Courses not passed over the years.
    pub failed_courses_total: u32,
    /// Σ grade × credits over the year's passed courses.
    pub credit_points_year: Decimal,
    /// The courses not passed, over the years, in the ledger's order.
    pub outstanding: Vec<String>,
}

impl Tally {
    /// The value of `measure`.
    pub fn value(&self, measure: Measure) -> Decimal {
        match measure {
            Measure::CreditsYear => self.credits_year.value(),
            Measure::CreditsTotal => self.credits_total.value(),
            Measure::FailedCreditsYear => self.failed_credits_year.value(),
            Measure::FailedCreditsTotal => self.failed_credits_total.value(),
            Measure::FailedCoursesYear => Decimal::from(self.failed_courses_year),
            Measure::FailedCoursesTotal => Decimal::from(self.failed_courses_total),
            Measure::CreditPointsYear => self.credit_points_year,
        }
    }
}

/// Whether a line's course counts under the policy (PR-2).
pub(crate) fn counts(counted: &Counted, line: &LedgerEntry) -> bool {
    counted.kinds.contains(&line.kind) && counted.obtained.contains(&line.obtained)
}

/// A course's standing over the ledger: the line that decides it (the passing one, or the latest).
pub(crate) struct Standing<'a> {
    /// The line.
    pub line: &'a LedgerEntry,
    /// Whether the course is passed.
    pub passed: bool,
}

/// Each course of the ledger once, in the order of its first line: its passing line, or its
/// latest one (PR-1).
pub(crate) fn standings(ledger: &Ledger, pass: Grade) -> Vec<Standing<'_>> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(ledger.courses.len());
    let mut out: Vec<Standing<'_>> = Vec::with_capacity(ledger.courses.len());
    for line in &ledger.courses {
        let passed = line.result.passes(pass);
        match index.get(line.course.as_str()) {
            Some(&i) => {
                let s = &mut out[i];
                if !s.passed && (passed || line.academic_year >= s.line.academic_year) {
                    *s = Standing { line, passed };
                }
            }
            None => {
                index.insert(line.course.as_str(), out.len());
                out.push(Standing { line, passed });
            }
        }
    }
    out
}

/// `total` + `x`, or the error of a sum too large for a decimal.
fn add(total: &mut Decimal, x: Decimal, student: &str) -> Result<(), ProgressError> {
    *total = total
        .checked_add(x)
        .ok_or_else(|| ProgressError::Overflow {
            student: student.to_owned(),
        })?;
    Ok(())
}

/// Credits from a sum of credits (never negative).
fn credits(sum: Decimal) -> Credits {
    Credits::new(sum).unwrap_or_default()
}

/// The ledger's measures at the end of `ledger.year_of_study` (PR-2, PR-6). A course of a later
/// year counts only when obtained in advance (and the policy counts such courses); it is never
/// outstanding before its year.
pub fn tally(ledger: &Ledger, counted: &Counted, pass: Grade) -> Result<Tally, ProgressError> {
    let student = ledger.student.as_str();
    let year = ledger.year_of_study;
    let mut t = Tally::default();
    let [
        mut earned_year,
        mut earned_total,
        mut failed_year,
        mut failed_total,
    ] = [Decimal::ZERO; 4];
    for Standing { line, passed } in standings(ledger, pass) {
        if !counts(counted, line) {
            continue;
        }
        let later = line.year_of_study > year;
        let this_year = line.year_of_study == year || (later && passed);
        let c = line.credits.value();
        if passed {
            add(&mut earned_total, c, student)?;
            if this_year {
                add(&mut earned_year, c, student)?;
                if let CourseResult::Grade(g) = line.result {
                    let points =
                        g.to_decimal()
                            .checked_mul(c)
                            .ok_or_else(|| ProgressError::Overflow {
                                student: student.to_owned(),
                            })?;
                    add(&mut t.credit_points_year, points, student)?;
                }
            }
        } else if !later {
            add(&mut failed_total, c, student)?;
            t.failed_courses_total += 1;
            t.outstanding.push(line.course.clone());
            if this_year {
                add(&mut failed_year, c, student)?;
                t.failed_courses_year += 1;
            }
        }
    }
    t.credits_year = credits(earned_year);
    t.credits_total = credits(earned_total);
    t.failed_credits_year = credits(failed_year);
    t.failed_credits_total = credits(failed_total);
    Ok(t)
}
