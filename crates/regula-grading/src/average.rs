//! A student's average over courses, weighted by credits (GR-8).

use std::collections::HashSet;

use regula_core::locale::{Arg, Message};
use regula_core::{Credits, Decimal, Decision, Grade, NoExplanation, Recorder, Step, Violations};
use serde::{Deserialize, Serialize};

use crate::course::{TotalKind, decide_total, shown_number};
use crate::policy::{FailedPoints, Obtained, OptionalCourses};
use crate::rules::{GR_1, GR_5, GR_8};
use crate::sheet::Assessment;
use crate::sheet::CourseKind;
use crate::{CourseOutcome, GradingError, GradingPolicy};

/// One course in a student's record, for the average.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AverageEntry {
    /// The course code.
    pub course: String,
    /// The course's ECTS credits: its weight.
    pub credits: Credits,
    /// Compulsory, optional or extra-curricular.
    #[serde(default)]
    pub kind: CourseKind,
    /// The student's result in the course.
    pub outcome: CourseOutcome,
    /// GR-8: the student asked in writing, registered at the Dean's office, that this optional
    /// course count in the average.
    #[serde(default)]
    pub written_request: bool,
    /// How the course was obtained: at an exam (the default), recognised, in advance, or at a
    /// second enrolment; the policy's `average.leave_out` may leave some out.
    #[serde(default, skip_serializing_if = "is_exam")]
    pub obtained: Obtained,
}

fn is_exam(obtained: &Obtained) -> bool {
    *obtained == Obtained::Exam
}

/// The period an average is computed for, which a fixed divisor needs (GR-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// A semester (the policy's `fixed_divisor.semester`, 30 credits).
    Semester,
    /// An academic year (`fixed_divisor.year`, 60 credits).
    Year,
}

/// A course as an average sees it (GR-8), whatever record it comes from: a course result of the
/// grading domain ([`AverageEntry`]) or a line of a student's credit ledger.
pub trait Averaged {
    /// The course code.
    fn course(&self) -> &str;
    /// Its credits: its weight.
    fn credits(&self) -> Credits;
    /// Compulsory, optional, facultative or beyond the plan.
    fn kind(&self) -> CourseKind;
    /// How it was obtained.
    fn obtained(&self) -> Obtained;
    /// Whether the student asked in writing that it count (an optional course).
    fn written_request(&self) -> bool;
    /// Whether it is assessed with a grade (not a qualifier): only such a course has a place in
    /// an average, even when it has no grade (absent).
    fn graded(&self) -> bool;
    /// Its grade, when it has one.
    fn grade(&self) -> Option<Grade>;
    /// Whether it is passed.
    fn passed(&self) -> bool;
    /// Its result, for an explanation.
    fn result(&self) -> Message;
}

impl Averaged for AverageEntry {
    fn course(&self) -> &str {
        &self.course
    }
    fn credits(&self) -> Credits {
        self.credits
    }
    fn kind(&self) -> CourseKind {
        self.kind
    }
    fn obtained(&self) -> Obtained {
        self.obtained
    }
    fn written_request(&self) -> bool {
        self.written_request
    }
    fn graded(&self) -> bool {
        !matches!(self.outcome, CourseOutcome::Qualified { .. })
    }
    fn grade(&self) -> Option<Grade> {
        self.outcome.grade()
    }
    fn passed(&self) -> bool {
        self.outcome.passed()
    }
    fn result(&self) -> Message {
        self.outcome.message()
    }
}

/// A student's weighted average (GR-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Average {
    /// The average with the policy's decimals and rounding; `None` when no course counts.
    pub average: Option<Decimal>,
    /// Σ(grade × credits) / Σ credits before rounding.
    pub exact: Option<Decimal>,
    /// The credits of the courses counted.
    pub credits_counted: Credits,
    /// The fixed divisor the sum was divided by, when the policy sets one (60 for a year);
    /// otherwise the credits counted are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_divisor: Option<Decimal>,
    /// How many courses were counted.
    pub courses_counted: usize,
    /// Courses that belong in the average but are not passed (failed, absent, not admitted,
    /// respins): an average with such courses is not that of a student who passed everything.
    pub not_passed: Vec<String>,
}

impl std::fmt::Display for Average {
    /// The average in the language of [`regula_core::locale::in_language`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self.average {
            Some(average) => Message::new("average-outcome")
                .arg("average", Arg::Number(average))
                .arg("courses", self.courses_counted)
                .arg("credits", Arg::Number(self.credits_counted.value())),
            None => Message::new("average-outcome-none"),
        };
        write!(f, "{message}")?;
        if !self.not_passed.is_empty() {
            let not_passed =
                Message::new("average-not-passed").arg("courses", self.not_passed.join(", "));
            write!(f, "{not_passed}")?;
        }
        Ok(())
    }
}

/// GR-8: the credit-weighted average of a student's grades, without an explanation.
///
/// Compulsory courses count; optional ones only with a written request; extra-curricular ones
/// never; courses without a numeric grade (qualifier, absent, not admitted) cannot. Whether a
/// failing grade counts, and how the average is rounded, is the policy's.
pub fn weighted_average(
    policy: &GradingPolicy,
    entries: &[AverageEntry],
) -> Result<Average, Violations<GradingError>> {
    weighted_average_with(policy, entries, &mut NoExplanation)
}

/// [`weighted_average`] with the rules that decided it.
pub fn weighted_average_explained(
    policy: &GradingPolicy,
    entries: &[AverageEntry],
) -> Result<Decision<Average>, Violations<GradingError>> {
    Decision::explained(|why| weighted_average_with(policy, entries, why))
}

/// GR-4, GR-5, GR-1: an outcome given for a course must be the one its total gives under the
/// policy; a total below 5 with grade 5 and `passed` is refused, not averaged.
fn inconsistent(
    policy: &GradingPolicy,
    index: usize,
    entry: &AverageEntry,
) -> Option<GradingError> {
    let (total, assessment) = match entry.outcome {
        CourseOutcome::Graded { total, .. } => (total, Assessment::Grade),
        CourseOutcome::Qualified { total, .. } => (total, Assessment::Qualifier),
        CourseOutcome::Absent { .. } | CourseOutcome::NotAdmitted { .. } => return None,
    };
    let expected = decide_total(
        total,
        assessment,
        TotalKind::Points,
        policy,
        &mut NoExplanation,
    );
    (expected != entry.outcome).then(|| GradingError::InconsistentOutcome {
        index,
        course: entry.course.clone(),
        given: entry.outcome.to_string(),
        expected: expected.to_string(),
    })
}

/// The one evaluation behind [`weighted_average`] and [`weighted_average_explained`].
pub fn weighted_average_with(
    policy: &GradingPolicy,
    entries: &[AverageEntry],
    recorder: &mut impl Recorder,
) -> Result<Average, Violations<GradingError>> {
    weighted_average_for(policy, None, entries, recorder)
}

/// [`weighted_average_with`] for a period (a semester, a year), which a policy dividing by a
/// fixed number of credits needs (GR-8).
pub fn weighted_average_for(
    policy: &GradingPolicy,
    period: Option<Period>,
    entries: &[AverageEntry],
    recorder: &mut impl Recorder,
) -> Result<Average, Violations<GradingError>> {
    let mut seen = HashSet::new();
    let mut problems: Vec<GradingError> = entries
        .iter()
        .filter(|e| !seen.insert(e.course.as_str()))
        .map(|e| GradingError::DuplicateCourse {
            course: e.course.clone(),
        })
        .collect();
    problems.extend(
        entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| inconsistent(policy, i, e)),
    );
    Violations::from_vec(problems)?;
    average_of(policy, period, entries, recorder)
}

/// Why a course counts in the average or not, by its kind and how it was obtained (GR-8).
fn place_in_average(policy: &GradingPolicy, entry: &impl Averaged) -> (bool, Arg) {
    let average = &policy.average;
    if average.leave_out.contains(&entry.obtained()) {
        let reason = Message::new("average-reason-left-out-obtained")
            .arg("obtained", entry.obtained().term());
        return (false, Arg::Phrase(Box::new(reason)));
    }
    let (counts, reason) = match entry.kind() {
        CourseKind::BeyondPlan => (false, "average-reason-beyond-plan"),
        CourseKind::Facultative if average.count_facultative => {
            (true, "average-reason-facultative-counted")
        }
        CourseKind::Facultative => (false, "average-reason-facultative"),
        CourseKind::Optional => match (average.optional_courses, entry.written_request()) {
            (OptionalCourses::Always, _) => (true, "average-reason-optional-always"),
            (OptionalCourses::Never, _) => (false, "average-reason-optional-never"),
            (OptionalCourses::OnRequest, false) => (false, "average-reason-optional-unrequested"),
            (OptionalCourses::OnRequest, true) => (true, "average-reason-optional-requested"),
        },
        CourseKind::Compulsory => (true, "average-reason-compulsory"),
    };
    (counts, Arg::Term(reason.into()))
}

/// GR-8 over any courses ([`Averaged`]): the credit-weighted average as the policy computes it,
/// for `period` when its divisor is fixed. The courses are taken as valid: each caller checks its
/// own records first.
pub fn average_of<T: Averaged>(
    policy: &GradingPolicy,
    period: Option<Period>,
    entries: &[T],
    recorder: &mut impl Recorder,
) -> Result<Average, Violations<GradingError>> {
    let fixed_divisor = match (policy.average.fixed_divisor, period) {
        (None, _) => None,
        (Some(fixed), Some(Period::Semester)) => Some(fixed.semester),
        (Some(fixed), Some(Period::Year)) => Some(fixed.year),
        (Some(_), None) => return Err(Violations::one(GradingError::PeriodNeeded)),
    };
    let mut weighted = Decimal::ZERO;
    let mut credits = Credits::ZERO;
    let mut counted = 0;
    let mut not_passed = Vec::new();
    for entry in entries {
        let course = entry.course();
        let (counts, reason) = place_in_average(policy, entry);
        if !counts {
            recorder.record(|| {
                Step::says(
                    &GR_8,
                    Message::new("average-not-counted")
                        .arg("course", course)
                        .arg("reason", reason.clone()),
                )
            });
            continue;
        }
        let passed = entry.passed();
        if !passed {
            not_passed.push(course.to_owned());
        }
        let zero = !passed
            && policy.average.count_failed_grades
            && policy.average.failed_points == FailedPoints::Zero
            && entry.graded();
        let grade = match entry.grade() {
            Some(grade) => Some(grade),
            None if zero => None,
            None => {
                recorder.record(|| {
                    Step::says(
                        &GR_1,
                        Message::new("average-not-numeric")
                            .arg("course", course)
                            .arg("result", Arg::Phrase(Box::new(entry.result()))),
                    )
                });
                continue;
            }
        };
        if !passed && !policy.average.count_failed_grades {
            recorder.record(|| {
                Step::says(
                    &GR_5,
                    Message::new("average-failed-left-out")
                        .arg("course", course)
                        .arg(
                            "grade",
                            grade.map_or(Arg::Number(Decimal::ZERO), Arg::Grade),
                        ),
                )
            });
            continue;
        }
        let points = match grade {
            Some(grade) if !zero => grade.to_decimal(),
            _ => Decimal::ZERO,
        };
        weighted += points * entry.credits().value();
        credits = credits
            .checked_add(entry.credits())
            .map_err(|e| Violations::one(e.into()))?;
        counted += 1;
        recorder.record(|| {
            let message = match grade {
                Some(grade) if !zero => Message::new("average-counts").arg("grade", grade),
                _ => Message::new("average-counts-zero")
                    .arg("result", Arg::Phrase(Box::new(entry.result()))),
            };
            Step::says(
                &GR_8,
                message
                    .arg("course", course)
                    .arg("reason", reason.clone())
                    .arg("credits", Arg::Number(entry.credits().value())),
            )
        });
    }

    let divisor = fixed_divisor.unwrap_or(credits.value());
    let exact = (counted > 0 && divisor > Decimal::ZERO).then(|| (weighted / divisor).normalize());
    let average = exact.map(|e| {
        (policy.average.rounding)
            .round(e, policy.average.decimals)
            .normalize()
    });
    recorder.record(|| match (exact, average) {
        (Some(exact), Some(average)) => Step::says(
            &GR_8,
            Message::new(if fixed_divisor.is_some() {
                "average-result-fixed"
            } else {
                "average-result"
            })
            .arg("weighted", Arg::Number(weighted.normalize()))
            .arg("credits", Arg::Number(divisor))
            .arg("exact", shown_number(exact))
            .arg("average", Arg::Number(average))
            .arg("decimals", Arg::Count(u64::from(policy.average.decimals)))
            .arg("rounding", Arg::Term(policy.average.rounding.term().into())),
        ),
        _ => Step::says(&GR_8, Message::new("average-none")),
    });
    Ok(Average {
        average,
        exact,
        credits_counted: credits,
        fixed_divisor,
        courses_counted: counted,
        not_passed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regula_core::Points;
    use rust_decimal_macros::dec;

    fn graded(grade: u8) -> CourseOutcome {
        CourseOutcome::Graded {
            total: Points::new(Decimal::from(grade)).unwrap(),
            grade: Grade::new(grade).unwrap(),
            passed: grade >= 5,
        }
    }

    fn entry(
        course: &str,
        credits: i64,
        kind: CourseKind,
        outcome: CourseOutcome,
        request: bool,
    ) -> AverageEntry {
        AverageEntry {
            course: course.into(),
            credits: Credits::new(Decimal::from(credits)).unwrap(),
            kind,
            outcome,
            written_request: request,
            obtained: Obtained::Exam,
        }
    }

    #[test]
    fn gr8_optional_courses_count_only_on_written_request() {
        let policy = GradingPolicy::umc_2020();
        let mut entries = vec![
            entry("A", 6, CourseKind::Compulsory, graded(9), false),
            entry("B", 4, CourseKind::Compulsory, graded(7), false),
            entry("OPT", 5, CourseKind::Optional, graded(10), false),
            entry("FAC", 2, CourseKind::Facultative, graded(10), true),
        ];
        let avg = weighted_average(&policy, &entries).unwrap();
        assert_eq!(avg.average, Some(dec!(8.2))); // (54 + 28) / 10
        assert_eq!(avg.courses_counted, 2);
        entries[2].written_request = true;
        let avg = weighted_average(&policy, &entries).unwrap();
        assert_eq!(avg.exact, Some(dec!(132) / dec!(15)));
        assert_eq!(avg.average, Some(dec!(8.80))); // 8.8 exactly
    }

    #[test]
    fn the_average_is_cut_to_two_decimals_by_default() {
        let policy = GradingPolicy::umc_2020();
        let entries = vec![
            entry("A", 1, CourseKind::Compulsory, graded(9), false),
            entry("B", 2, CourseKind::Compulsory, graded(8), false),
        ];
        // 25 / 3 = 8.333…
        assert_eq!(
            weighted_average(&policy, &entries).unwrap().average,
            Some(dec!(8.33))
        );
        let entries = vec![
            entry("A", 1, CourseKind::Compulsory, graded(9), false),
            entry("B", 2, CourseKind::Compulsory, graded(10), false),
        ];
        // 29 / 3 = 9.666…, cut, not rounded up
        assert_eq!(
            weighted_average(&policy, &entries).unwrap().average,
            Some(dec!(9.66))
        );
    }

    #[test]
    fn courses_without_a_grade_are_listed_as_not_passed() {
        let policy = GradingPolicy::umc_2020();
        let entries = vec![
            entry("A", 5, CourseKind::Compulsory, graded(4), false),
            entry(
                "B",
                5,
                CourseKind::Compulsory,
                CourseOutcome::Absent { total: None },
                false,
            ),
            entry("C", 5, CourseKind::Compulsory, graded(8), false),
        ];
        let decision = weighted_average_explained(&policy, &entries).unwrap();
        assert_eq!(decision.outcome.average, Some(dec!(6)));
        assert_eq!(
            decision.outcome.not_passed,
            vec!["A".to_string(), "B".to_string()]
        );
        assert!(decision.explanation.cites("GR-1"));
        let mut leave_out = policy.clone();
        leave_out.average.count_failed_grades = false;
        assert_eq!(
            weighted_average(&leave_out, &entries).unwrap().average,
            Some(dec!(8))
        );
        let dup = vec![entries[0].clone(), entries[0].clone()];
        assert!(weighted_average(&policy, &dup).is_err());
    }
}
