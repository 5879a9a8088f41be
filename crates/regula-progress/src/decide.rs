//! A student's year-end decision (PR-1..PR-6, GR-8): the ledger checked, its measures, the
//! year's average, the credit points and index, and the first row of the table that holds.

use regula_core::locale::{Arg, Message};
use regula_core::{
    AcademicYear, Credits, Decimal, Decision, Grade, NoExplanation, Recorder, Step, Violations,
};
use regula_grading::{
    Average, Averaged, CourseKind, GradingPolicy, Obtained, Period, RoundingMode, average_of,
};
use serde::{Deserialize, Serialize};

use crate::ProgressError;
use crate::ledger::{CourseResult, Ledger, LedgerEntry};
use crate::measure::{Measure, Tally, standings, tally};
use crate::policy::ProgressPolicy;
use crate::rules::{PR_1, PR_2, PR_6};
use crate::year_end::YearOutcome;

/// A student's year-end decision (PR-3..PR-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearEnd {
    /// The student.
    pub student: String,
    /// The year of study closed.
    pub year_of_study: u8,
    /// The outcome.
    pub outcome: YearOutcome,
    /// The row of the policy's `year_end` table that gave it.
    pub row: usize,
    /// What the ledger adds up to.
    pub tally: Tally,
    /// The year's average (GR-8).
    pub average: Average,
    /// The credit index, when the policy defines one (PR-6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_index: Option<Decimal>,
    /// What taking the outstanding courses again costs — as courses redone for a student who
    /// repeats the year or has an additional year, as exams after re-enrolment for one
    /// exmatriculated — when the fee schedule has a formula for that kind (PR-4, PR-5, FE-2);
    /// filled by the `progress year-end` request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub re_enrolment: Option<regula_fees::FeeAssessment>,
}

/// A ledger line as the year's average sees it (GR-8).
struct YearLine<'a> {
    line: &'a LedgerEntry,
    pass: Grade,
}

impl Averaged for YearLine<'_> {
    fn course(&self) -> &str {
        &self.line.course
    }
    fn credits(&self) -> Credits {
        self.line.credits
    }
    fn kind(&self) -> CourseKind {
        self.line.kind
    }
    fn obtained(&self) -> Obtained {
        self.line.obtained
    }
    fn written_request(&self) -> bool {
        self.line.written_request
    }
    fn graded(&self) -> bool {
        !matches!(
            self.line.result,
            CourseResult::Admis | CourseResult::Respins
        )
    }
    fn grade(&self) -> Option<Grade> {
        match self.line.result {
            CourseResult::Grade(g) => Some(g),
            _ => None,
        }
    }
    fn passed(&self) -> bool {
        self.line.result.passes(self.pass)
    }
    fn result(&self) -> Message {
        Message::new("progress-result").arg("result", self.line.result.arg())
    }
}

/// [`year_end_with`] without an explanation.
pub fn year_end(
    policy: &ProgressPolicy,
    grading: &GradingPolicy,
    closing: AcademicYear,
    ledger: &Ledger,
) -> Result<YearEnd, Violations<ProgressError>> {
    year_end_with(policy, grading, closing, ledger, &mut NoExplanation)
}

/// [`year_end_with`] with the rules that decided it.
pub fn year_end_explained(
    policy: &ProgressPolicy,
    grading: &GradingPolicy,
    closing: AcademicYear,
    ledger: &Ledger,
) -> Result<Decision<YearEnd>, Violations<ProgressError>> {
    Decision::explained(|why| year_end_with(policy, grading, closing, ledger, why))
}

/// The year-end decision of `ledger` at the end of academic year `closing` (PR-1..PR-6, GR-8):
/// every problem of the ledger is reported at once; then the measures, the year's average, the
/// credit points, and the outcome of the first row of the table that holds.
pub fn year_end_with(
    policy: &ProgressPolicy,
    grading: &GradingPolicy,
    closing: AcademicYear,
    ledger: &Ledger,
    recorder: &mut impl Recorder,
) -> Result<YearEnd, Violations<ProgressError>> {
    let pass = grading.pass_grade;
    Violations::from_vec(ledger.problems(closing, pass, policy.whole_credits))?;
    let student = ledger.student.as_str();
    let year = ledger.year_of_study;
    let years = ledger.years_of_study;
    let t = tally(ledger, &policy.counted, pass).map_err(Violations::one)?;
    recorder.record(|| {
        Step::says(
            &PR_1,
            Message::new("progress-ledger")
                .arg("student", student)
                .arg("lines", ledger.courses.len())
                .arg("year", u64::from(year))
                .arg("years", u64::from(years))
                .arg("closing", closing.to_string()),
        )
    });
    recorder.record(|| {
        let outstanding = if t.outstanding.is_empty() {
            Arg::Term("progress-none".into())
        } else {
            Arg::from(t.outstanding.join(", "))
        };
        Step::says(
            &PR_2,
            Message::new("progress-tally")
                .arg("credits_year", Arg::Number(t.credits_year.value()))
                .arg("credits_total", Arg::Number(t.credits_total.value()))
                .arg("failed_year", Arg::Number(t.failed_credits_year.value()))
                .arg("failed_total", Arg::Number(t.failed_credits_total.value()))
                .arg("outstanding", outstanding),
        )
    });
    let lines: Vec<YearLine<'_>> = standings(ledger, pass)
        .into_iter()
        .filter(|s| s.line.year_of_study == year || (s.line.year_of_study > year && s.passed))
        .map(|s| YearLine { line: s.line, pass })
        .collect();
    let average = average_of(grading, Some(Period::Year), &lines, recorder).map_err(|v| {
        Violations::one(ProgressError::Average {
            student: student.to_owned(),
            problem: v.to_string(),
        })
    })?;
    let credit_index = policy.credit_index.map(|index| {
        let exact = t.credit_points_year / index.divisor;
        RoundingMode::Down.round(exact, index.decimals).normalize()
    });
    let uses_points = policy.year_end.iter().any(|r| {
        r.when
            .iter()
            .any(|c| c.measure == Measure::CreditPointsYear)
    });
    if uses_points || credit_index.is_some() {
        recorder.record(|| {
            let message = Message::new("progress-credit-points")
                .arg("points", Arg::Number(t.credit_points_year.normalize()));
            let message = match (credit_index, policy.credit_index) {
                (Some(value), Some(index)) => Message::new("progress-credit-index")
                    .arg("points", Arg::Number(t.credit_points_year.normalize()))
                    .arg("divisor", Arg::Number(index.divisor.normalize()))
                    .arg("index", Arg::Number(value)),
                _ => message,
            };
            Step::says(&PR_6, message)
        });
    }
    let (row, rule) = policy
        .year_end
        .iter()
        .enumerate()
        .find(|(_, r)| r.applies_to(year, years) && r.holds(&t))
        .ok_or_else(|| {
            // The last row holds for everyone in a checked policy; one built in code may lack it.
            Violations::one(ProgressError::NoRowHolds {
                student: student.to_owned(),
                year,
            })
        })?;
    let misfit = |why| {
        Violations::one(ProgressError::OutcomeDoesNotFit {
            student: student.to_owned(),
            row,
            outcome: rule.outcome,
            year,
            years,
            why,
        })
    };
    match rule.outcome {
        YearOutcome::Promoted if year == years => {
            return Err(misfit("there is no year after the final one"));
        }
        YearOutcome::Completed if year != years => {
            return Err(misfit("only the final year is completed"));
        }
        YearOutcome::AdditionalYear if year != years => {
            return Err(misfit("an additional year follows the final one only"));
        }
        _ => {}
    }
    recorder.record(|| {
        let conditions: Vec<Message> = rule
            .when
            .iter()
            .map(|c| c.message(t.value(c.measure)))
            .collect();
        let id = match (conditions.is_empty(), t.outstanding.is_empty()) {
            (false, _) => "progress-decided",
            (true, true) => "progress-decided-default",
            (true, false) => "progress-decided-default-outstanding",
        };
        Step::says(
            &rule.outcome.rule(),
            Message::new(id)
                .arg("student", student)
                .arg("year", u64::from(year))
                .arg("row", row + 1)
                .arg(
                    "conditions",
                    Arg::Enumeration(
                        conditions
                            .into_iter()
                            .map(|m| Arg::Phrase(Box::new(m)))
                            .collect(),
                    ),
                )
                .arg("outcome", rule.outcome.term())
                .arg("outstanding", u64::from(t.failed_courses_total)),
        )
    });
    Ok(YearEnd {
        student: student.to_owned(),
        year_of_study: year,
        outcome: rule.outcome,
        row,
        tally: t,
        average,
        credit_index,
        re_enrolment: None,
    })
}
