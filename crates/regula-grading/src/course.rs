//! A student's result in a course: points per activity, total, grade, pass or fail, absent or not
//! admitted (GR-1, GR-3..GR-7, GR-9).

use std::fmt;

use regula_core::{Decimal, Decision, Grade, NoExplanation, Points, Recorder, Step, Violations};
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::rules::{GR_1, GR_2, GR_3, GR_4, GR_5, GR_6, GR_7, GR_9};
use crate::sheet::{Assessment, CourseSheet};
use crate::{GradingError, GradingPolicy};

/// What a student obtained on one activity: points, or absent (GR-6: absence is 0 points).
///
/// In JSON: a number or decimal string for points (`2.5`, `"2.50"`), or the string `"absent"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Score {
    /// Points earned, between 0 and the activity's allotment.
    Points(Points),
    /// Absent from the activity's evaluation.
    Absent,
}

impl Score {
    /// The points this score counts for: an absence counts 0 (GR-6).
    pub fn points(self) -> Points {
        match self {
            Score::Points(points) => points,
            Score::Absent => Points::ZERO,
        }
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Score::Points(points) => write!(f, "{points}"),
            Score::Absent => f.write_str("absent"),
        }
    }
}

/// In JSON: points from 0 to 10 (a decimal string or a number), or `"absent"` (GR-6).
impl schemars::JsonSchema for Score {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Score".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An activity's score: points from 0 to its allotment (a decimal string such as \"2.50\", or a JSON number), or \"absent\" (GR-6: 0 points).",
            "oneOf": [
                { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$" },
                { "type": "number", "minimum": 0, "maximum": 10 },
                { "const": "absent" }
            ]
        })
    }
}

impl Serialize for Score {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Score::Points(points) => points.serialize(serializer),
            Score::Absent => serializer.serialize_str("absent"),
        }
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ScoreVisitor;
        impl serde::de::Visitor<'_> for ScoreVisitor {
            type Value = Score;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("points from 0 to 10, or \"absent\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Score, E> {
                if text == "absent" {
                    return Ok(Score::Absent);
                }
                let value = regula_core::exact::parse(text).map_err(|err| match err {
                    regula_core::exact::ExactError::NotANumber(_) => E::custom(format!(
                        "expected points from 0 to 10, or \"absent\", got {text:?}"
                    )),
                    too_long => E::custom(too_long),
                })?;
                Points::new(value).map(Score::Points).map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<Score, E> {
                Points::new(Decimal::from(value))
                    .map(Score::Points)
                    .map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<Score, E> {
                Points::new(Decimal::from(value))
                    .map(Score::Points)
                    .map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<Score, E> {
                // The JSON number's shortest decimal text: 2.35 stays 2.35, never 2.34999…
                self.visit_str(&value.to_string())
            }
        }
        deserializer.deserialize_any(ScoreVisitor)
    }
}

/// *admis* (pass) or *respins* (fail): the result of a qualifier course (GR-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Pass.
    Admis,
    /// Fail.
    Respins,
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Qualifier::Admis => "admis",
            Qualifier::Respins => "respins",
        })
    }
}

/// The result of a course or an online quiz for one student.
///
/// In JSON the variant is the `status` field: `graded`, `qualified`, `absent`, `not_admitted`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CourseOutcome {
    /// A grade from the total (GR-3, GR-4) and whether it passes (GR-5).
    Graded {
        /// The total points (GR-3).
        total: Points,
        /// The grade (GR-4).
        grade: Grade,
        /// Whether the course is passed (GR-5).
        passed: bool,
    },
    /// A qualifier course's result (GR-1).
    Qualified {
        /// The total points (GR-3).
        total: Points,
        /// *admis* when the total reaches the pass threshold (GR-5).
        qualifier: Qualifier,
    },
    /// The final evaluation was missed: not passed, and the catalog records *absent* (GR-9).
    Absent {
        /// The points the student earned in the other activities (GR-3, GR-6); given in every
        /// decision, optional in a request.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<Points>,
    },
    /// A condition for admission to the final evaluation was not met (GR-7): no grade.
    NotAdmitted {
        /// The points the student earned in the applied activities (GR-3, GR-6), the final
        /// evaluation not counted; given in every decision, optional in a request.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        total: Option<Points>,
    },
}

impl CourseOutcome {
    /// Whether the course is passed: a passing grade or *admis* (GR-5).
    pub fn passed(self) -> bool {
        match self {
            CourseOutcome::Graded { passed, .. } => passed,
            CourseOutcome::Qualified { qualifier, .. } => qualifier == Qualifier::Admis,
            CourseOutcome::Absent { .. } | CourseOutcome::NotAdmitted { .. } => false,
        }
    }

    /// The grade, when there is one.
    pub fn grade(self) -> Option<Grade> {
        match self {
            CourseOutcome::Graded { grade, .. } => Some(grade),
            _ => None,
        }
    }
}

impl fmt::Display for CourseOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CourseOutcome::Graded {
                total,
                grade,
                passed,
            } => write!(
                f,
                "grade {} ({}), {} — total {} points",
                grade,
                grade.romanian_word(),
                if *passed { "passed" } else { "not passed" },
                show(total.value())
            ),
            CourseOutcome::Qualified { total, qualifier } => {
                write!(f, "{qualifier} — total {} points", show(total.value()))
            }
            CourseOutcome::Absent { total } => {
                f.write_str("absent — not passed")?;
                earned(f, *total)
            }
            CourseOutcome::NotAdmitted { total } => {
                f.write_str("not admitted to the final evaluation — not passed")?;
                earned(f, *total)
            }
        }
    }
}

/// ", 4.25 points earned in the other activities" when the points are known.
fn earned(f: &mut fmt::Formatter<'_>, total: Option<Points>) -> fmt::Result {
    match total {
        Some(total) => write!(
            f,
            " — {} points earned in the other activities",
            show(total.value())
        ),
        None => Ok(()),
    }
}

/// A decimal as a sentence shows it: exact when it has at most 4 decimals, otherwise "≈" and 4
/// decimals (a quiz total such as 20/3 points).
pub(crate) fn show(value: Decimal) -> String {
    let value = value.normalize();
    if value.scale() <= 4 {
        value.to_string()
    } else {
        format!("≈{}", value.round_dp(4).normalize())
    }
}

/// How GR-4 arrived at a grade, for the explanation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GradeReason {
    /// The total rounded to the grade.
    Rounded,
    /// The total rounded below 1; the lowest grade is 1.
    LowestGrade,
    /// The total rounded to a passing grade but is below the pass threshold, so it is held at the
    /// grade below the pass grade.
    HeldBelowPass {
        /// The grade rounding alone would have given.
        rounded: u8,
    },
}

/// GR-4: the grade for a total, by the policy's rounding, at least 1, and never a passing grade
/// for a total below the pass threshold (4.50–4.99 gives 4, not 5).
///
/// ```
/// use regula_grading::{grade_for_total, GradingPolicy};
/// use regula_core::{Points, Decimal};
///
/// let policy = GradingPolicy::umc_2020();
/// let grade = |total: &str| grade_for_total(Points::new(total.parse().unwrap()).unwrap(), &policy).0.value();
/// assert_eq!(grade("7.5"), 8);
/// assert_eq!(grade("7.49"), 7);
/// assert_eq!(grade("4.99"), 4); // below 5 points never passes
/// assert_eq!(grade("0.2"), 1); // the lowest grade is 1
/// ```
pub fn grade_for_total(total: Points, policy: &GradingPolicy) -> (Grade, GradeReason) {
    let pass = policy.pass_grade.value();
    // 0 <= total <= 10, so the rounded value is a whole number 0..=10.
    let rounded = policy.rounding.round(total.value(), 0).to_u8().unwrap_or(0);
    let (value, reason) = if total.value() < policy.pass_points() && rounded >= pass {
        (
            pass.saturating_sub(1),
            GradeReason::HeldBelowPass { rounded },
        )
    } else if rounded == 0 {
        (1, GradeReason::LowestGrade)
    } else {
        (rounded, GradeReason::Rounded)
    };
    (Grade::checked(value).unwrap_or(Grade::MIN), reason)
}

/// GR-4 and GR-5 (or GR-1 for a qualifier course): from a total to the outcome, recording why.
pub(crate) fn decide_total(
    total: Points,
    assessment: Assessment,
    policy: &GradingPolicy,
    recorder: &mut impl Recorder,
) -> CourseOutcome {
    let pass_points = policy.pass_points();
    let passed = total.value() >= pass_points;
    if assessment == Assessment::Qualifier {
        let qualifier = if passed {
            Qualifier::Admis
        } else {
            Qualifier::Respins
        };
        recorder.record(|| {
            Step::new(
                &GR_1,
                format!(
                    "A qualifier course: {} points {} the {} needed, so the result is {qualifier}.",
                    show(total.value()),
                    if passed { "reach" } else { "fall short of" },
                    pass_points
                ),
            )
            .fact("total", show(total.value()))
            .fact("qualifier", qualifier)
        });
        return CourseOutcome::Qualified { total, qualifier };
    }
    let (grade, reason) = grade_for_total(total, policy);
    recorder.record(|| {
        let mode = policy.rounding.name();
        let shown = show(total.value());
        let text = match reason {
            GradeReason::Rounded => format!(
                "{shown} points round {mode} to grade {}.",
                grade.in_words()
            ),
            GradeReason::LowestGrade => format!(
                "{shown} points round {mode} to 0; the lowest grade is {}.",
                grade.in_words()
            ),
            GradeReason::HeldBelowPass { rounded } => format!(
                "{shown} points would round {mode} to {rounded}, but a total below {pass_points} points never passes: grade {}.",
                grade.in_words()
            ),
        };
        Step::new(&GR_4, text)
            .fact("total", shown)
            .fact("rounding", mode)
            .fact("grade", grade.in_words())
    });
    recorder.record(|| {
        let text = if passed {
            format!(
                "{} ≥ {pass_points} points: the course is passed.",
                show(total.value())
            )
        } else {
            format!(
                "{} < {pass_points} points: the course is not passed.",
                show(total.value())
            )
        };
        Step::new(&GR_5, text).fact("passed", passed)
    });
    CourseOutcome::Graded {
        total,
        grade,
        passed,
    }
}

impl CourseSheet {
    /// A student's outcome in this course, without an explanation: the fast path for batches,
    /// which allocates nothing unless the input is invalid.
    ///
    /// `scores` are in the order of [`CourseSheet::activities`]; `student` is used only to name
    /// the student in errors.
    pub fn evaluate(
        &self,
        policy: &GradingPolicy,
        student: &str,
        scores: &[Score],
    ) -> Result<CourseOutcome, Violations<GradingError>> {
        self.evaluate_with(policy, student, scores, &mut NoExplanation)
    }

    /// The same outcome as [`CourseSheet::evaluate`], with the rules that decided it.
    pub fn evaluate_explained(
        &self,
        policy: &GradingPolicy,
        student: &str,
        scores: &[Score],
    ) -> Result<Decision<CourseOutcome>, Violations<GradingError>> {
        Decision::explained(|why| self.evaluate_with(policy, student, scores, why))
    }

    /// The one evaluation behind [`CourseSheet::evaluate`] and [`CourseSheet::evaluate_explained`]:
    /// GR-3 (points within allotments), GR-6 (absence is 0), GR-7 (admission), GR-9 (absent from
    /// the final evaluation), GR-3 (total), GR-4 (grade), GR-5 (pass) or GR-1 (qualifier).
    pub fn evaluate_with(
        &self,
        policy: &GradingPolicy,
        student: &str,
        scores: &[Score],
        recorder: &mut impl Recorder,
    ) -> Result<CourseOutcome, Violations<GradingError>> {
        let activities = self.activities();
        if scores.len() != activities.len() {
            return Err(Violations::one(GradingError::ScoreCount {
                course: self.code().to_owned(),
                expected: activities.len(),
                got: scores.len(),
            }));
        }
        // GR-3: every activity's points lie within its allotment; report every breach.
        let mut errors = Vec::new();
        let mut total = Decimal::ZERO;
        for (activity, score) in activities.iter().zip(scores) {
            let points = score.points();
            if points > activity.allotment {
                errors.push(GradingError::PointsAboveAllotment {
                    course: self.code().to_owned(),
                    student: student.to_owned(),
                    activity: activity.id.clone(),
                    points,
                    allotment: activity.allotment,
                });
            }
            total += points.value();
        }
        Violations::from_vec(errors)?;

        recorder.record(|| {
            let split = join_with(
                activities
                    .iter()
                    .map(|a| format!("{} {}", a.id, a.allotment)),
                " + ",
            );
            let mut step = Step::new(
                &GR_2,
                format!(
                    "The course sheet of {} splits the 10 points as {split}.",
                    self.code()
                ),
            );
            for a in activities {
                step = step.fact(format!("allotment of {}", a.id), a.allotment);
            }
            step
        });
        for (activity, score) in activities.iter().zip(scores) {
            if *score == Score::Absent {
                recorder.record(|| {
                    Step::new(
                        &GR_6,
                        format!("Absent from {}: 0 points for that activity.", activity.id),
                    )
                    .fact(activity.id.clone(), "absent")
                });
            }
        }

        // GR-7: admission to the final evaluation.
        let conditions = self.conditions();
        let unmet = conditions
            .iter()
            .filter(|(i, minimum)| !condition_met(scores[*i], *minimum))
            .count();
        if !conditions.is_empty() {
            recorder.record(|| {
                let described = join_with(
                    conditions.iter().map(|(i, minimum)| {
                        let verdict = if condition_met(scores[*i], *minimum) {
                            "met"
                        } else {
                            "not met"
                        };
                        format!(
                            "{} {} (needs {}) — {verdict}",
                            activities[*i].id,
                            scores[*i],
                            requirement(*minimum)
                        )
                    }),
                    "; ",
                );
                let text = if unmet == 0 {
                    format!("Admitted to the final evaluation: {described}.")
                } else {
                    format!(
                        "Not admitted to the final evaluation, so it is not counted: {described}."
                    )
                };
                let mut step = Step::new(&GR_7, text);
                for (i, minimum) in conditions {
                    step = step.fact(
                        activities[*i].id.clone(),
                        format!("{} (needs {})", scores[*i], requirement(*minimum)),
                    );
                }
                step
            });
        }
        // The points of the applied activities, the final evaluation not counted (GR-3, GR-6):
        // what a student who is not admitted, or absent from the final evaluation, earned.
        let final_index = self.final_index();
        let earned = Points::new(total - scores[final_index].points().value())
            .map_err(|e| Violations::one(GradingError::from(e)))?;
        if unmet > 0 {
            return Ok(CourseOutcome::NotAdmitted {
                total: Some(earned),
            });
        }

        // GR-9: absent from the final evaluation.
        if scores[final_index] == Score::Absent {
            recorder.record(|| {
                Step::new(
                    &GR_9,
                    format!(
                        "Did not sit the final evaluation ({}): the course is not passed and the catalog records absent.",
                        activities[final_index].id
                    ),
                )
                .fact(activities[final_index].id.clone(), "absent")
            });
            return Ok(CourseOutcome::Absent {
                total: Some(earned),
            });
        }

        // GR-3: the total. Allotments sum to 10 and each score is within its allotment.
        let total = Points::new(total).map_err(|e| Violations::one(GradingError::from(e)))?;
        recorder.record(|| {
            let terms = join_with(
                activities.iter().zip(scores).map(|(a, s)| match s {
                    Score::Absent => format!("{} 0 (absent)", a.id),
                    Score::Points(p) => format!("{} {p}", a.id),
                }),
                " + ",
            );
            Step::new(
                &GR_3,
                format!("The total is {} points: {terms}.", show(total.value())),
            )
            .fact("total", show(total.value()))
        });
        Ok(decide_total(total, self.assessment(), policy, recorder))
    }
}

fn condition_met(score: Score, minimum: Points) -> bool {
    matches!(score, Score::Points(points) if points >= minimum)
}

fn requirement(minimum: Points) -> String {
    if minimum == Points::ZERO {
        "attendance".to_owned()
    } else {
        format!(
            "at least {minimum} point{}",
            if minimum.value() == Decimal::ONE {
                ""
            } else {
                "s"
            }
        )
    }
}

fn join_with(parts: impl Iterator<Item = String>, separator: &str) -> String {
    parts.collect::<Vec<_>>().join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn policy() -> GradingPolicy {
        GradingPolicy::umc_2020()
    }

    fn grade(total: Decimal) -> (u8, GradeReason) {
        let (g, r) = grade_for_total(Points::new(total).unwrap(), &policy());
        (g.value(), r)
    }

    #[test]
    fn gr4_rounds_half_up_with_a_floor_of_one_and_no_pass_below_five() {
        assert_eq!(grade(dec!(10)), (10, GradeReason::Rounded));
        assert_eq!(grade(dec!(9.5)), (10, GradeReason::Rounded));
        assert_eq!(grade(dec!(9.49)), (9, GradeReason::Rounded));
        assert_eq!(grade(dec!(5)), (5, GradeReason::Rounded));
        assert_eq!(
            grade(dec!(4.5)),
            (4, GradeReason::HeldBelowPass { rounded: 5 })
        );
        assert_eq!(
            grade(dec!(4.99)),
            (4, GradeReason::HeldBelowPass { rounded: 5 })
        );
        assert_eq!(grade(dec!(4.49)), (4, GradeReason::Rounded));
        assert_eq!(grade(dec!(0.49)), (1, GradeReason::LowestGrade));
        assert_eq!(grade(dec!(0)), (1, GradeReason::LowestGrade));
        assert_eq!(grade(dec!(0.5)), (1, GradeReason::Rounded));
    }

    #[test]
    fn gr4_rounding_mode_is_the_policy_s() {
        let mut p = policy();
        p.rounding = crate::RoundingMode::HalfEven;
        let g = |t| grade_for_total(Points::new(t).unwrap(), &p).0.value();
        assert_eq!(g(dec!(6.5)), 6);
        assert_eq!(g(dec!(7.5)), 8);
        p.rounding = crate::RoundingMode::Up;
        let g = |t| grade_for_total(Points::new(t).unwrap(), &p).0.value();
        assert_eq!(g(dec!(4.01)), 4); // still held below the pass grade
        assert_eq!(g(dec!(5.01)), 6);
    }

    #[test]
    fn scores_read_points_and_absent_from_json() {
        let scores: Vec<Score> = serde_json::from_str(r#"[2.35, "7.5", 0, "absent"]"#).unwrap();
        assert_eq!(
            scores,
            vec![
                Score::Points(Points::new(dec!(2.35)).unwrap()),
                Score::Points(Points::new(dec!(7.5)).unwrap()),
                Score::Points(Points::ZERO),
                Score::Absent
            ]
        );
        let err = serde_json::from_str::<Score>(r#""absnt""#).unwrap_err();
        assert!(err.to_string().contains(r#"got "absnt""#), "{err}");
        let err = serde_json::from_str::<Score>("-1").unwrap_err();
        assert!(err.to_string().contains("got -1"), "{err}");
        assert_eq!(
            serde_json::to_string(&Score::Absent).unwrap(),
            r#""absent""#
        );
    }
}
