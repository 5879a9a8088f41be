//! A student's result in a course: points per activity, total, grade, pass or fail, absent or not
//! admitted (GR-1, GR-3..GR-7, GR-9).

use std::fmt;
use std::sync::Arc;

use regula_core::locale::{Arg, Message};
use regula_core::{Decimal, Decision, Grade, NoExplanation, Points, Recorder, Step, Violations};
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

use crate::rules::{GR_1, GR_2, GR_3, GR_4, GR_5, GR_6, GR_7, GR_9};
use crate::sheet::{Assessment, CourseSheet};
use crate::{GradingError, GradingPolicy};

/// What a student obtained on one activity: points, a component's grade, or absent (GR-3, GR-6).
///
/// On a `points` sheet the value is points between 0 and the activity's allotment, and an absence
/// is 0 points; on a `weighted` sheet it is the component's grade 1–10 (decimals allowed), and an
/// absence counts as `grading.components.absence`.
///
/// In JSON: a number or decimal string (`2.5`, `"2.50"`), or the string `"absent"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Score {
    /// Points earned, between 0 and the activity's allotment (`points` sheet), or the
    /// component's grade 1–10 (`weighted` sheet).
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

/// In JSON: points from 0 to 10 or a component's grade 1–10 (a decimal string or a number), or
/// `"absent"` (GR-3, GR-6).
impl schemars::JsonSchema for Score {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Score".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An activity's score (a decimal string such as \"2.50\", or a JSON number): on a points sheet, points from 0 to the activity's allotment; on a weighted sheet, the component's grade from 1 to 10; or \"absent\" (GR-6: 0 points on a points sheet, `grading.components.absence` on a weighted one).",
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

impl CourseOutcome {
    /// The outcome as a message, to write in a language (GR-1, GR-4, GR-5, GR-7, GR-9): „nota 8
    /// (opt), promovat — punctaj total 7,75 puncte”.
    pub fn message(&self) -> Message {
        match self {
            CourseOutcome::Graded {
                total,
                grade,
                passed,
            } => Message::new(if *passed {
                "grading-outcome-passed"
            } else {
                "grading-outcome-not-passed"
            })
            .arg("grade", *grade)
            .arg("total", shown(total.value())),
            CourseOutcome::Qualified { total, qualifier } => Message::new(match qualifier {
                Qualifier::Admis => "grading-outcome-admis",
                Qualifier::Respins => "grading-outcome-respins",
            })
            .arg("total", shown(total.value())),
            CourseOutcome::Absent { total } => {
                earned(Message::new("grading-outcome-absent"), *total)
            }
            CourseOutcome::NotAdmitted { total } => {
                earned(Message::new("grading-outcome-not-admitted"), *total)
            }
        }
    }
}

impl fmt::Display for CourseOutcome {
    /// The outcome in the language of [`regula_core::locale::in_language`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// The points earned in the other activities, when they are known ("-" otherwise).
fn earned(message: Message, total: Option<Points>) -> Message {
    match total {
        Some(total) => message.arg(
            "earned",
            Arg::Phrase(Box::new(
                Message::new("grading-outcome-earned").arg("total", shown(total.value())),
            )),
        ),
        None => message.arg("earned", ""),
    }
}

/// A total as a message argument: exact points when it has at most 4 decimals, otherwise „≈”
/// and 4 decimals (a quiz total such as 20/3 points, QZ-4).
pub(crate) fn shown(value: Decimal) -> Arg {
    exact_or_about(value, Arg::Points)
}

/// Any other number as a message argument, likewise (an average of 22/3, GR-8).
pub(crate) fn shown_number(value: Decimal) -> Arg {
    exact_or_about(value, Arg::Number)
}

fn exact_or_about(value: Decimal, exact: fn(Decimal) -> Arg) -> Arg {
    let value = value.normalize();
    if value.scale() <= 4 {
        exact(value)
    } else {
        Arg::About(value.round_dp(4).normalize())
    }
}

/// A score as a message argument: its points, or „absent”.
pub(crate) fn score_arg(score: Score) -> Arg {
    match score {
        Score::Absent => Arg::Term("score-absent".into()),
        Score::Points(p) => Arg::Points(p.value()),
    }
}

/// An admission condition (GR-7) and the score it is judged on: attendance, or at least
/// `minimum` points.
pub(crate) fn condition(activity: &Arc<str>, score: Score, minimum: Points) -> Message {
    let message = if minimum == Points::ZERO {
        Message::new("grading-condition-attendance")
    } else {
        Message::new("grading-condition-points").arg("minimum", Arg::Points(minimum.value()))
    };
    message
        .arg("activity", activity)
        .arg("score", score_arg(score))
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
    let held = policy.pass_by == crate::PassBy::Points;
    let (value, reason) = if held && total.value() < policy.pass_points() && rounded >= pass {
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

/// What a total passed to [`decide_total`] is, for the GR-5 sentence: points out of 10 (the points
/// scheme, a quiz) or the weighted mean of grades (component grading).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TotalKind {
    /// Points out of 10.
    Points,
    /// The weighted mean of component grades 1–10.
    Mean,
}

/// GR-3: a total with the policy's default point `d` (`grading.components.default_point`,
/// *punctul din oficiu*), never above 10 and never below the total; with `d` = 0 (the default),
/// the total itself:
///
/// - points (a `points` sheet whose allotments add up to 10 − d): `total + d`;
/// - a weighted mean of grades 1–10, which counts for the 10 − d points not given ex officio:
///   `d + mean × (10 − d) / 10`.
pub(crate) fn with_default_point(
    total: Points,
    kind: TotalKind,
    policy: &GradingPolicy,
    recorder: &mut impl Recorder,
) -> Result<Points, Violations<GradingError>> {
    let default_point = policy.components.default_point;
    if default_point.is_zero() {
        return Ok(total);
    }
    let rest = Decimal::TEN - default_point;
    let value = match kind {
        TotalKind::Points => total.value() + default_point,
        TotalKind::Mean => default_point + total.value() * rest / Decimal::TEN,
    };
    let with = Points::new(value).map_err(|e| Violations::one(GradingError::from(e)))?;
    recorder.record(|| {
        let message = match kind {
            TotalKind::Points => Message::new("grading-default-point"),
            TotalKind::Mean => Message::new("grading-default-point-weighted")
                .arg("rest", Arg::Number(rest.normalize())),
        };
        let message = message
            .arg("default", Arg::Number(default_point.normalize()))
            .arg("earned", shown(total.value()))
            .arg("total", shown(with.value()));
        Step::says(&GR_3, message)
    });
    Ok(with)
}

/// GR-4 and GR-5 (or GR-1 for a qualifier course): from a total to the outcome, recording why.
pub(crate) fn decide_total(
    total: Points,
    assessment: Assessment,
    kind: TotalKind,
    policy: &GradingPolicy,
    recorder: &mut impl Recorder,
) -> CourseOutcome {
    let pass_points = policy.pass_points();
    let passed_by_points = total.value() >= pass_points;
    if assessment == Assessment::Qualifier {
        let passed = passed_by_points;
        let qualifier = if passed {
            Qualifier::Admis
        } else {
            Qualifier::Respins
        };
        recorder.record(|| {
            Step::says(
                &GR_1,
                Message::new(if passed {
                    "grading-qualifier-admis"
                } else {
                    "grading-qualifier-respins"
                })
                .arg("total", shown(total.value()))
                .arg("pass", Arg::Points(pass_points)),
            )
        });
        return CourseOutcome::Qualified { total, qualifier };
    }
    let (grade, reason) = grade_for_total(total, policy);
    let passed = match policy.pass_by {
        crate::PassBy::Points => passed_by_points,
        crate::PassBy::RoundedGrade => grade >= policy.pass_grade,
    };
    recorder.record(|| {
        // A weighted sheet's total is a mean, not points.
        let id = |points, mean| match kind {
            TotalKind::Points => points,
            TotalKind::Mean => mean,
        };
        let message = match reason {
            GradeReason::Rounded => Message::new(id("grading-rounded", "grading-mean-rounded")),
            GradeReason::LowestGrade => {
                Message::new(id("grading-lowest-grade", "grading-mean-lowest-grade"))
            }
            GradeReason::HeldBelowPass { rounded } => Message::new(id(
                "grading-held-below-pass",
                "grading-mean-held-below-pass",
            ))
            .arg("rounded", Arg::Count(u64::from(rounded)))
            .arg("pass", Arg::Points(pass_points)),
        }
        .arg("total", shown(total.value()))
        .arg("rounding", Arg::Term(policy.rounding.term().into()))
        .arg("grade", grade);
        Step::says(&GR_4, message)
    });
    recorder.record(|| {
        let message = match policy.pass_by {
            crate::PassBy::Points => Message::new(match (kind, passed) {
                (TotalKind::Points, true) => "grading-passed",
                (TotalKind::Points, false) => "grading-not-passed",
                (TotalKind::Mean, true) => "grading-mean-passed",
                (TotalKind::Mean, false) => "grading-mean-not-passed",
            })
            .arg("total", shown(total.value()))
            .arg("pass", Arg::Points(pass_points)),
            crate::PassBy::RoundedGrade => Message::new(if passed {
                "grading-passed-by-grade"
            } else {
                "grading-not-passed-by-grade"
            })
            .arg("grade", grade)
            .arg("pass_grade", policy.pass_grade),
        };
        Step::says(&GR_5, message)
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
        // GR-3: no score finer than the policy's precision, whatever the scheme.
        // Cheap on the common path: the written scale first, trailing zeros only beyond it.
        let decimals = policy.components.points_decimals;
        let finer = |score: &Score| {
            let value = score.points().value();
            value.scale() > decimals && value.normalize().scale() > decimals
        };
        if scores.iter().any(finer) {
            let too_fine = activities
                .iter()
                .zip(scores)
                .filter(|(_, score)| finer(score))
                .map(|(activity, score)| GradingError::PointsTooPrecise {
                    course: self.code().to_owned(),
                    student: student.to_owned(),
                    activity: activity.id.to_string(),
                    points: score.points(),
                    decimals,
                })
                .collect();
            Violations::from_vec(too_fine)?;
        }
        if self.scheme() == crate::sheet::Scheme::Weighted {
            return crate::weighted::evaluate(self, policy, student, scores, recorder);
        }
        if scores.len() != activities.len() {
            return Err(Violations::one(GradingError::ScoreCount {
                course: self.code().to_owned(),
                expected: activities.len(),
                got: scores.len(),
            }));
        }
        // GR-2: the sheet's allotments and the policy's default point add up to 10.
        let default_point = policy.components.default_point;
        if self.default_point() != default_point {
            return Err(Violations::one(self.default_point_mismatch(default_point)));
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
                    activity: activity.id.to_string(),
                    points,
                    allotment: activity.allotment,
                });
            }
            total += points.value();
        }
        Violations::from_vec(errors)?;

        recorder.record(|| {
            let split = activities
                .iter()
                .map(|a| (a.id.clone(), Arg::Points(a.allotment.value())))
                .collect();
            Step::says(
                &GR_2,
                Message::new("grading-split")
                    .arg("course", self.code())
                    .arg("split", Arg::Sum(split)),
            )
        });
        for (activity, score) in activities.iter().zip(scores) {
            if *score == Score::Absent {
                recorder.record(|| {
                    Step::says(
                        &GR_6,
                        Message::new("grading-absent-activity").arg("activity", &activity.id),
                    )
                });
            }
        }

        // GR-7: admission to the final evaluation.
        let unmet = self.admission_unmet(scores, recorder);
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
                Step::says(
                    &GR_9,
                    Message::new("grading-absent-final")
                        .arg("activity", &activities[final_index].id),
                )
            });
            return Ok(CourseOutcome::Absent {
                total: Some(earned),
            });
        }

        // GR-3: the total. Allotments sum to 10 and each score is within its allotment.
        let total = Points::new(total).map_err(|e| Violations::one(GradingError::from(e)))?;
        recorder.record(|| {
            let terms = activities
                .iter()
                .zip(scores)
                .map(|(a, s)| {
                    let value = match s {
                        Score::Absent => Arg::Term("grading-term-absent".into()),
                        Score::Points(p) => Arg::Points(p.value()),
                    };
                    (a.id.clone(), value)
                })
                .collect();
            Step::says(
                &GR_3,
                Message::new("grading-total")
                    .arg("total", shown(total.value()))
                    .arg("terms", Arg::Sum(terms)),
            )
        });
        // GR-3: the default point (*punctul din oficiu*) completes the allotments' 10 − d.
        let total = with_default_point(total, TotalKind::Points, policy, recorder)?;
        Ok(decide_total(
            total,
            self.assessment(),
            TotalKind::Points,
            policy,
            recorder,
        ))
    }
}

impl CourseSheet {
    /// GR-7: how many admission conditions the scores leave unmet, recording the verdict.
    pub(crate) fn admission_unmet(&self, scores: &[Score], recorder: &mut impl Recorder) -> usize {
        let activities = self.activities();
        let conditions = self.conditions();
        let unmet = conditions
            .iter()
            .filter(|(i, minimum)| !condition_met(scores[*i], *minimum))
            .count();
        if !conditions.is_empty() {
            recorder.record(|| {
                let described = conditions
                    .iter()
                    .map(|(i, minimum)| {
                        let verdict = if condition_met(scores[*i], *minimum) {
                            "condition-met"
                        } else {
                            "condition-not-met"
                        };
                        condition(&activities[*i].id, scores[*i], *minimum)
                            .arg("verdict", Arg::Term(verdict.into()))
                    })
                    .collect();
                let message = Message::new(if unmet == 0 {
                    "grading-admitted"
                } else {
                    "grading-not-admitted"
                })
                .arg("conditions", Arg::List(described));
                Step::says(&GR_7, message)
            });
        }
        unmet
    }
}

pub(crate) fn condition_met(score: Score, minimum: Points) -> bool {
    matches!(score, Score::Points(points) if points >= minimum)
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
    fn gr4_gr5_by_rounded_grade_four_and_a_half_points_pass_with_a_five() {
        let by_grade = GradingPolicy {
            pass_by: crate::PassBy::RoundedGrade,
            ..policy()
        };
        let total = Points::new(dec!(4.5)).unwrap();
        let (grade, reason) = grade_for_total(total, &by_grade);
        assert_eq!((grade.value(), reason), (5, GradeReason::Rounded));
        let mut why = regula_core::Explanation::new();
        let outcome = decide_total(
            total,
            Assessment::Grade,
            TotalKind::Points,
            &by_grade,
            &mut why,
        );
        assert!(outcome.passed());
        let text =
            regula_core::locale::in_language(regula_core::locale::Lang::En, || why.to_string());
        assert!(
            text.contains("Grade 5 (cinci) ≥ 5 (cinci): the course is passed."),
            "{text}"
        );
        let low = Points::new(dec!(4.49)).unwrap();
        assert!(
            !decide_total(
                low,
                Assessment::Grade,
                TotalKind::Points,
                &by_grade,
                &mut why
            )
            .passed()
        );
        // Under the UMC preset (points), the same 4.5 is held at 4 and fails.
        assert!(
            !decide_total(
                total,
                Assessment::Grade,
                TotalKind::Points,
                &policy(),
                &mut why
            )
            .passed()
        );
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
