//! The course sheet (*fișa disciplinei*): how a course's 10 points are split over its activities
//! (GR-2), whether it ends in a grade or a qualifier (GR-1), and what admits a student to the final
//! evaluation (GR-7).

use std::sync::Arc;

use std::collections::{BTreeMap, HashSet};

use regula_core::{Credits, Decimal, Points, Violations};
use serde::{Deserialize, Serialize};

use crate::{GradingError, GradingPolicy, Score};

/// What kind of activity of a course is graded (GR-2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// The final evaluation (*verificarea finală*): exam, colloquium or verification.
    FinalEvaluation,
    /// Seminar.
    Seminar,
    /// Laboratory.
    Laboratory,
    /// Project.
    Project,
    /// A test during the semester.
    Test,
    /// Homework.
    Homework,
    /// Any other graded activity.
    Other,
}

/// One graded activity of a course: the points it is allotted out of 10 (GR-2, the `points`
/// scheme), or its weight in percent and the least grade it needs (the `weighted` scheme).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// A short id, unique in the course sheet: `lab`, `seminar`, `exam`.
    pub id: Arc<str>,
    /// What kind of activity it is; exactly one is the final evaluation.
    pub kind: ActivityKind,
    /// The points allotted to it out of the course's 10 (`points` scheme only; absent in a
    /// `weighted` sheet).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub allotment: Points,
    /// GR-2 (`weighted` scheme): the activity's weight in percent (*pondere*); the weights of a
    /// sheet add up to exactly 100.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub weight: Option<Decimal>,
    /// GR-5 (`weighted` scheme): the least grade this component needs for the course to pass
    /// (*nota minimă*): "the exam at least 5".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Points>,
}

/// GR-2: the allotments of a `points` sheet and the default point do not add up to 10. Read
/// under a policy (`Some` default point, 0 included), the refusal names the policy's default
/// point too; read without one, only the sum.
fn allotments_error(course: &str, sum: Decimal, default_point: Option<Decimal>) -> GradingError {
    match default_point {
        None => GradingError::AllotmentsDoNotSumToTen {
            course: course.to_owned(),
            sum: sum.normalize(),
        },
        Some(default_point) => GradingError::AllotmentsAndDefaultPoint {
            course: course.to_owned(),
            sum: sum.normalize(),
            default_point: default_point.normalize(),
        },
    }
}

fn is_zero(points: &Points) -> bool {
    *points == Points::ZERO
}

/// How a course sheet grades its activities (GR-2, GR-3).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// The course's 10 points are split over the activities (`allotment`) and added up. The
    /// default.
    #[default]
    Points,
    /// Each activity (component) is graded 1–10, decimals allowed (7.5 for a test), and the
    /// course's result is the mean weighted by the activities' `weight` in percent; each
    /// component may have a `minimum` grade and the sheet a `minimum_mean`.
    Weighted,
}

/// Whether a course ends in a grade or in a qualifier (GR-1).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Assessment {
    /// A whole grade 1..10 (GR-4).
    #[default]
    Grade,
    /// *admis* (pass) or *respins* (fail).
    Qualifier,
}

/// How a course sits in the student's study contract (GR-8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CourseKind {
    /// Compulsory (*obligatorie*).
    #[default]
    Compulsory,
    /// Optional, freely chosen (*opțională*): counts in the average only on written request.
    Optional,
    /// Facultative (*facultativă*): in the plan, outside the contract's credits; in the average
    /// only when the policy's `average.count_facultative` says so (never by default).
    Facultative,
    /// Beyond the study plan (*peste plan*, *suplimentară*): never in the average (GR-8).
    BeyondPlan,
}

/// GR-7: a condition for admission to the final evaluation. The student must not be absent from
/// `activity` and must have at least `minimum_points` on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdmissionCondition {
    /// The applied activity (seminar, lab, project) that must be completed.
    pub activity: String,
    /// The least points it needs; 0 means that attending (not being absent) is enough.
    #[serde(default)]
    pub minimum_points: Points,
}

/// A course sheet as written, before validation: the shape of the JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseSheetSpec {
    /// The course code: `NAV-101`.
    pub code: String,
    /// The course title.
    #[serde(default)]
    pub title: String,
    /// The course's ECTS credits.
    pub credits: Credits,
    /// Compulsory, optional or extra-curricular (GR-8).
    #[serde(default)]
    pub kind: CourseKind,
    /// Grade or qualifier (GR-1).
    #[serde(default)]
    pub assessment: Assessment,
    /// How the activities are graded: points out of 10 (the default) or weighted grades (GR-2).
    #[serde(default, skip_serializing_if = "is_points")]
    pub scheme: Scheme,
    /// The graded activities and their allotments or weights (GR-2).
    pub activities: Vec<Activity>,
    /// GR-5 (`weighted` scheme): the least weighted mean that passes (*media minimă*), beside the
    /// pass grade: "the mean at least 6".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_mean: Option<Points>,
    /// The conditions for admission to the final evaluation (GR-7).
    #[serde(default)]
    pub admission: Vec<AdmissionCondition>,
}

fn is_points(scheme: &Scheme) -> bool {
    *scheme == Scheme::Points
}

/// A validated course sheet (*fișa disciplinei*): its activities' allotments add up to exactly 10
/// points (GR-2), ids are unique, exactly one activity is the final evaluation, and every admission
/// condition (GR-7) names an applied activity and can be met.
///
/// Built with [`CourseSheet::new`] or deserialised (which validates the same way), so a
/// `CourseSheet` in hand is always valid.
///
/// ```
/// use regula_grading::{Activity, ActivityKind, CourseSheet, CourseSheetSpec};
/// use regula_core::{Credits, Points, Decimal};
///
/// let points = |p: i64| Points::new(Decimal::from(p)).unwrap();
/// let spec = CourseSheetSpec {
///     code: "NAV-101".into(),
///     title: "Navigation".into(),
///     credits: Credits::new(Decimal::from(5)).unwrap(),
///     kind: Default::default(),
///     assessment: Default::default(),
///     activities: vec![
///         Activity { id: "lab".into(), kind: ActivityKind::Laboratory, allotment: points(3), weight: None, minimum: None },
///         Activity { id: "exam".into(), kind: ActivityKind::FinalEvaluation, allotment: points(6), weight: None, minimum: None },
///     ],
///     admission: vec![],
///     scheme: Default::default(),
///     minimum_mean: None,
/// };
/// let err = CourseSheet::new(spec).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "course `NAV-101`: the activities' allotments add up to 9 points, not 10 (GR-2)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "CourseSheetSpec", into = "CourseSheetSpec")]
pub struct CourseSheet {
    spec: CourseSheetSpec,
    final_index: usize,
    conditions: Vec<(usize, Points)>,
    /// GR-2 (`points` scheme): the default point the allotments were validated with (they add up
    /// to 10 less it); 0 for a weighted sheet.
    default_point: Decimal,
    /// GR-3 (`weighted` scheme): the sheet in integers, for the fast path.
    integral: Option<crate::weighted::Integral>,
}

impl TryFrom<CourseSheetSpec> for CourseSheet {
    type Error = Violations<GradingError>;
    fn try_from(spec: CourseSheetSpec) -> Result<Self, Self::Error> {
        CourseSheet::new(spec)
    }
}

impl From<CourseSheet> for CourseSheetSpec {
    fn from(sheet: CourseSheet) -> Self {
        sheet.spec
    }
}

impl CourseSheet {
    /// Validates a course sheet, reporting every problem found (GR-2, GR-7): a `points` sheet's
    /// allotments add up to exactly 10.
    pub fn new(spec: CourseSheetSpec) -> Result<Self, Violations<GradingError>> {
        Self::validated(spec, None)
    }

    /// Validates a course sheet under a policy, reporting every problem found (GR-2, GR-7): a
    /// `points` sheet's allotments add up to 10 less the policy's default point
    /// (`grading.components.default_point`: 9 + 1 ex officio), and a weighted sheet's weights lie
    /// within the policy's bounds ([`CourseSheet::check_under`]).
    pub fn new_under(
        spec: CourseSheetSpec,
        policy: &GradingPolicy,
    ) -> Result<Self, Violations<GradingError>> {
        let sheet = Self::validated(spec, Some(policy.components.default_point))?;
        sheet.check_under(policy)?;
        Ok(sheet)
    }

    /// GR-2, GR-7: the one validation behind [`CourseSheet::new`] (no policy: no default point)
    /// and [`CourseSheet::new_under`] (the policy's default point).
    fn validated(
        spec: CourseSheetSpec,
        under: Option<Decimal>,
    ) -> Result<Self, Violations<GradingError>> {
        let default_point = under.unwrap_or(Decimal::ZERO);
        let course = &spec.code;
        let mut errors = Vec::new();
        if course.trim().is_empty() {
            errors.push(GradingError::BlankCourseCode);
        }
        if spec.activities.is_empty() {
            errors.push(GradingError::NoActivities {
                course: course.clone(),
            });
        }
        let weighted = spec.scheme == Scheme::Weighted;
        let mut seen = HashSet::new();
        let mut sum = Decimal::ZERO;
        let mut weights = Decimal::ZERO;
        let misplaced = |activity: &Activity, field: &'static str, problem: &'static str| {
            GradingError::SchemeField {
                course: course.clone(),
                activity: activity.id.to_string(),
                field,
                problem,
            }
        };
        for activity in &spec.activities {
            if activity.id.trim().is_empty() || !seen.insert(&*activity.id) {
                errors.push(GradingError::BadActivityId {
                    course: course.clone(),
                    activity: activity.id.to_string(),
                    problem: if activity.id.trim().is_empty() {
                        "blank"
                    } else {
                        "used twice"
                    },
                });
            }
            if weighted {
                match activity.weight {
                    None => errors.push(misplaced(
                        activity,
                        "weight",
                        "is missing: a weighted sheet gives every activity a weight in percent",
                    )),
                    Some(w) if w <= Decimal::ZERO || w > Decimal::ONE_HUNDRED => {
                        errors.push(GradingError::WeightOutOfRange {
                            course: course.clone(),
                            activity: activity.id.to_string(),
                            weight: w.normalize(),
                        })
                    }
                    Some(w) => weights += w,
                }
                if activity.allotment != Points::ZERO {
                    errors.push(misplaced(
                        activity,
                        "allotment",
                        "belongs to the points scheme; a weighted sheet gives weights",
                    ));
                }
                if activity.minimum.is_some_and(|m| m.value() < Decimal::ONE) {
                    errors.push(misplaced(
                        activity,
                        "minimum",
                        "is below grade 1, the lowest grade",
                    ));
                }
                continue;
            }
            if activity.weight.is_some() {
                errors.push(misplaced(
                    activity,
                    "weight",
                    "belongs to the weighted scheme; set `\"scheme\": \"weighted\"` or give an allotment",
                ));
            }
            if activity.minimum.is_some() {
                errors.push(misplaced(
                    activity,
                    "minimum",
                    "belongs to the weighted scheme",
                ));
            }
            if activity.allotment == Points::ZERO {
                errors.push(GradingError::ZeroAllotment {
                    course: course.clone(),
                    activity: activity.id.to_string(),
                });
            }
            sum += activity.allotment.value();
        }
        if weighted && !spec.activities.is_empty() && weights != Decimal::ONE_HUNDRED {
            errors.push(GradingError::WeightsDoNotSumToHundred {
                course: course.clone(),
                sum: weights.normalize(),
            });
        }
        if !weighted && spec.minimum_mean.is_some() {
            errors.push(GradingError::MinimumMeanInPointsSheet {
                course: course.clone(),
            });
        }
        if !weighted && !spec.activities.is_empty() && sum + default_point != Decimal::TEN {
            errors.push(allotments_error(course, sum, under));
        }
        let finals: Vec<usize> = (spec.activities.iter().enumerate())
            .filter(|(_, a)| a.kind == ActivityKind::FinalEvaluation)
            .map(|(i, _)| i)
            .collect();
        if finals.len() != 1 && !spec.activities.is_empty() {
            errors.push(GradingError::FinalEvaluationCount {
                course: course.clone(),
                count: finals.len(),
            });
        }
        let mut conditions = Vec::with_capacity(spec.admission.len());
        for condition in &spec.admission {
            let found = spec
                .activities
                .iter()
                .position(|a| *a.id == *condition.activity);
            match found.map(|i| (i, &spec.activities[i])) {
                None => errors.push(GradingError::UnknownConditionActivity {
                    course: course.clone(),
                    activity: condition.activity.clone(),
                }),
                Some((_, a)) if a.kind == ActivityKind::FinalEvaluation => {
                    errors.push(GradingError::ConditionOnFinalEvaluation {
                        course: course.clone(),
                        activity: a.id.to_string(),
                    })
                }
                Some((_, a)) if !weighted && condition.minimum_points > a.allotment => {
                    errors.push(GradingError::UnmeetableCondition {
                        course: course.clone(),
                        activity: a.id.to_string(),
                        minimum: condition.minimum_points,
                        allotment: a.allotment,
                    })
                }
                Some((i, _)) => conditions.push((i, condition.minimum_points)),
            }
        }
        Violations::from_vec(errors)?;
        Ok(CourseSheet {
            final_index: finals.first().copied().unwrap_or_default(),
            conditions,
            default_point: if weighted {
                Decimal::ZERO
            } else {
                default_point
            },
            integral: weighted
                .then(|| crate::weighted::Integral::new(&spec.activities))
                .flatten(),
            spec,
        })
    }

    /// GR-2 (`points` scheme): the default point the allotments were validated with.
    pub(crate) fn default_point(&self) -> Decimal {
        self.default_point
    }

    /// GR-3 (`weighted` scheme): the sheet in integers, when it has an integer form.
    pub(crate) fn integral(&self) -> Option<&crate::weighted::Integral> {
        self.integral.as_ref()
    }

    /// GR-2: a `points` sheet read under a policy whose default point does not complete its
    /// allotments to 10.
    pub(crate) fn default_point_mismatch(&self, default_point: Decimal) -> GradingError {
        allotments_error(
            &self.spec.code,
            Decimal::TEN - self.default_point,
            Some(default_point),
        )
    }

    /// The course code.
    pub fn code(&self) -> &str {
        &self.spec.code
    }

    /// The course title.
    pub fn title(&self) -> &str {
        &self.spec.title
    }

    /// The course's ECTS credits.
    pub fn credits(&self) -> Credits {
        self.spec.credits
    }

    /// Compulsory, optional or extra-curricular (GR-8).
    pub fn kind(&self) -> CourseKind {
        self.spec.kind
    }

    /// Grade or qualifier (GR-1).
    pub fn assessment(&self) -> Assessment {
        self.spec.assessment
    }

    /// The activities, in the order scores are given.
    pub fn activities(&self) -> &[Activity] {
        &self.spec.activities
    }

    /// Points out of 10 or weighted grades (GR-2).
    pub fn scheme(&self) -> Scheme {
        self.spec.scheme
    }

    /// GR-5 (`weighted` scheme): the least weighted mean that passes, when the sheet sets one.
    pub fn minimum_mean(&self) -> Option<Points> {
        self.spec.minimum_mean
    }

    /// GR-2: the sheet read under a policy: a `points` sheet's allotments and the policy's default
    /// point (`grading.components.default_point`) add up to 10; the weights of each kind of
    /// activity the policy bounds (`grading.components.weight_bounds`) lie within the bound;
    /// every breach reported.
    pub fn check_under(&self, policy: &GradingPolicy) -> Result<(), Violations<GradingError>> {
        if self.spec.scheme != Scheme::Weighted {
            let default_point = policy.components.default_point;
            return Violations::from_vec(if self.default_point == default_point {
                Vec::new()
            } else {
                vec![self.default_point_mismatch(default_point)]
            });
        }
        let mut errors = Vec::new();
        for bound in &policy.components.weight_bounds {
            let bounded: Vec<&Activity> = (self.spec.activities.iter())
                .filter(|a| bound.kinds.contains(&a.kind))
                .collect();
            if bounded.is_empty() {
                continue;
            }
            let weight: Decimal = bounded.iter().filter_map(|a| a.weight).sum();
            if weight < bound.minimum || weight > bound.maximum {
                errors.push(GradingError::WeightOutOfBound {
                    course: self.spec.code.clone(),
                    activities: bounded
                        .iter()
                        .map(|a| format!("`{}`", a.id))
                        .collect::<Vec<_>>()
                        .join(", "),
                    weight: weight.normalize(),
                    minimum: bound.minimum.normalize(),
                    maximum: bound.maximum.normalize(),
                });
            }
        }
        Violations::from_vec(errors)
    }

    /// The admission conditions (GR-7).
    pub fn admission(&self) -> &[AdmissionCondition] {
        &self.spec.admission
    }

    /// The final evaluation.
    pub fn final_evaluation(&self) -> &Activity {
        &self.spec.activities[self.final_index]
    }

    pub(crate) fn final_index(&self) -> usize {
        self.final_index
    }

    pub(crate) fn conditions(&self) -> &[(usize, Points)] {
        &self.conditions
    }

    /// Orders a student's scores given by activity id into the sheet's order, for
    /// [`CourseSheet::evaluate`]. Every activity needs a score (points or absent) and every score an
    /// activity; all mismatches are reported.
    pub fn scores_in_order(
        &self,
        student: &str,
        by_activity: &BTreeMap<String, Score>,
    ) -> Result<Vec<Score>, Violations<GradingError>> {
        let mut errors = Vec::new();
        let mut scores = Vec::with_capacity(self.spec.activities.len());
        for activity in &self.spec.activities {
            match by_activity.get(&*activity.id) {
                Some(score) => scores.push(*score),
                None => errors.push(GradingError::MissingScore {
                    course: self.spec.code.clone(),
                    student: student.to_owned(),
                    activity: activity.id.to_string(),
                }),
            }
        }
        for name in by_activity.keys() {
            if !self.spec.activities.iter().any(|a| *a.id == **name) {
                errors.push(GradingError::UnknownActivity {
                    course: self.spec.code.clone(),
                    student: student.to_owned(),
                    activity: name.clone(),
                });
            }
        }
        Violations::from_vec(errors)?;
        Ok(scores)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn activity(id: &str, kind: ActivityKind, allotment: Decimal) -> Activity {
        Activity {
            id: id.into(),
            kind,
            allotment: Points::new(allotment).unwrap(),
            weight: None,
            minimum: None,
        }
    }

    fn spec(activities: Vec<Activity>, admission: Vec<AdmissionCondition>) -> CourseSheetSpec {
        CourseSheetSpec {
            code: "C1".into(),
            title: String::new(),
            credits: Credits::new(dec!(5)).unwrap(),
            kind: CourseKind::Compulsory,
            assessment: Assessment::Grade,
            activities,
            admission,
            scheme: Scheme::Points,
            minimum_mean: None,
        }
    }

    #[test]
    fn reports_every_problem_of_a_sheet_at_once() {
        let bad = spec(
            vec![
                activity("lab", ActivityKind::Laboratory, dec!(3)),
                activity("lab", ActivityKind::Seminar, dec!(0)),
                activity("exam", ActivityKind::Test, dec!(6.5)),
            ],
            vec![AdmissionCondition {
                activity: "project".into(),
                minimum_points: Points::ZERO,
            }],
        );
        let errors = CourseSheet::new(bad).unwrap_err().into_vec();
        assert_eq!(
            errors,
            vec![
                GradingError::BadActivityId {
                    course: "C1".into(),
                    activity: "lab".into(),
                    problem: "used twice"
                },
                GradingError::ZeroAllotment {
                    course: "C1".into(),
                    activity: "lab".into()
                },
                GradingError::AllotmentsDoNotSumToTen {
                    course: "C1".into(),
                    sum: dec!(9.5)
                },
                GradingError::FinalEvaluationCount {
                    course: "C1".into(),
                    count: 0
                },
                GradingError::UnknownConditionActivity {
                    course: "C1".into(),
                    activity: "project".into()
                },
            ]
        );
    }

    #[test]
    fn admission_conditions_must_be_on_applied_activities_and_meetable() {
        let bad = spec(
            vec![
                activity("lab", ActivityKind::Laboratory, dec!(3)),
                activity("exam", ActivityKind::FinalEvaluation, dec!(7)),
            ],
            vec![
                AdmissionCondition {
                    activity: "exam".into(),
                    minimum_points: Points::ZERO,
                },
                AdmissionCondition {
                    activity: "lab".into(),
                    minimum_points: Points::new(dec!(3.5)).unwrap(),
                },
            ],
        );
        let text = CourseSheet::new(bad).unwrap_err().to_string();
        assert_eq!(
            text,
            "course `C1`: activity `exam` is the final evaluation and cannot condition admission to itself (GR-7)\n\
             course `C1`, activity `lab`: the admission condition asks for 3.5 points but the activity allots 3 (GR-7)"
        );
    }

    #[test]
    fn scores_by_name_must_match_the_activities() {
        let sheet = CourseSheet::new(spec(
            vec![
                activity("lab", ActivityKind::Laboratory, dec!(4)),
                activity("exam", ActivityKind::FinalEvaluation, dec!(6)),
            ],
            vec![],
        ))
        .unwrap();
        let mut named = BTreeMap::new();
        named.insert("exam".to_string(), Score::Absent);
        named.insert("labb".to_string(), Score::Absent);
        let errors = sheet.scores_in_order("S1", &named).unwrap_err().into_vec();
        assert_eq!(errors.len(), 2);
        assert!(
            matches!(&errors[0], GradingError::MissingScore { activity, .. } if activity == "lab")
        );
        assert!(
            matches!(&errors[1], GradingError::UnknownActivity { activity, .. } if activity == "labb")
        );
    }
}
