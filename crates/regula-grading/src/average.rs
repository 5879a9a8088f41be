//! A student's average over courses, weighted by credits (GR-8).

use std::collections::HashSet;

use regula_core::locale::{Arg, Message};
use regula_core::{Credits, Decimal, Decision, NoExplanation, Recorder, Step, Violations};
use serde::{Deserialize, Serialize};

use crate::course::{TotalKind, decide_total, shown_number};
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

    let mut weighted = Decimal::ZERO;
    let mut credits = Credits::ZERO;
    let mut counted = 0;
    let mut not_passed = Vec::new();
    for entry in entries {
        let course = &entry.course;
        let (rule, counts, reason) = match (entry.kind, entry.written_request) {
            (CourseKind::Facultative, _) => (&GR_8, false, "average-reason-facultative"),
            (CourseKind::Optional, false) => (&GR_8, false, "average-reason-optional-unrequested"),
            (CourseKind::Optional, true) => (&GR_8, true, "average-reason-optional-requested"),
            (CourseKind::Compulsory, _) => (&GR_8, true, "average-reason-compulsory"),
        };
        if !counts {
            recorder.record(|| {
                Step::says(
                    rule,
                    Message::new("average-not-counted")
                        .arg("course", course.as_str())
                        .arg("reason", Arg::Term(reason.into())),
                )
            });
            continue;
        }
        if !entry.outcome.passed() {
            not_passed.push(course.clone());
        }
        let grade = match entry.outcome.grade() {
            Some(grade) => grade,
            None => {
                recorder.record(|| {
                    Step::says(
                        &GR_1,
                        Message::new("average-not-numeric")
                            .arg("course", course.as_str())
                            .arg("result", Arg::Phrase(Box::new(entry.outcome.message()))),
                    )
                });
                continue;
            }
        };
        if !entry.outcome.passed() && !policy.average.count_failed_grades {
            recorder.record(|| {
                Step::says(
                    &GR_5,
                    Message::new("average-failed-left-out")
                        .arg("course", course.as_str())
                        .arg("grade", grade),
                )
            });
            continue;
        }
        weighted += grade.to_decimal() * entry.credits.value();
        credits = credits
            .checked_add(entry.credits)
            .map_err(|e| Violations::one(e.into()))?;
        counted += 1;
        recorder.record(|| {
            Step::says(
                rule,
                Message::new("average-counts")
                    .arg("course", course.as_str())
                    .arg("reason", Arg::Term(reason.into()))
                    .arg("grade", grade)
                    .arg("credits", Arg::Number(entry.credits.value())),
            )
        });
    }

    let exact = (credits.value() > Decimal::ZERO).then(|| (weighted / credits.value()).normalize());
    let average = exact.map(|e| {
        (policy.average.rounding)
            .round(e, policy.average.decimals)
            .normalize()
    });
    recorder.record(|| match (exact, average) {
        (Some(exact), Some(average)) => Step::says(
            &GR_8,
            Message::new("average-result")
                .arg("weighted", Arg::Number(weighted.normalize()))
                .arg("credits", Arg::Number(credits.value()))
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
        courses_counted: counted,
        not_passed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regula_core::{Grade, Points};
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
