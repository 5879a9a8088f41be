//! Requests and outcomes: the JSON documents the `grade …` commands read and write, and the
//! functions that answer them, each with a [`Response`]. Adapters reach them through the facade's
//! JSON boundary; everything a request means is decided here.

use regula_core::locale::Message;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use regula_core::{Decimal, Decision, PolicyHistory, Response, Violations};
use serde::{Deserialize, Serialize};

use crate::average::{Average, AverageEntry, Period, weighted_average_for};
use crate::{
    CourseOutcome, CourseSheet, CourseSheetSpec, GradingError, GradingPolicy, ImprovementFacts,
    ImprovementVerdict, Quiz, QuizAttempt, QuizSpec, Score,
};

/// One student's decision: `{ "student", "outcome", "explanation" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StudentDecision<O> {
    /// The student.
    pub student: String,
    /// What was decided, and why.
    #[serde(flatten)]
    pub decision: Decision<O>,
}

impl<O: fmt::Display> fmt::Display for StudentDecision<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.student, self.decision.outcome)?;
        for line in self.decision.explanation.to_string().lines() {
            write!(f, "\n  {line}")?;
        }
        Ok(())
    }
}

/// One student's scores, by activity id: `{"lab": 2.5, "exam": "absent"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudentScores {
    /// The student (matriculation number or name).
    pub student: String,
    /// Points, or `"absent"`, for every activity of the course sheet.
    pub scores: BTreeMap<String, Score>,
}

/// `regula grade course`: grade a group of students in one course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseRequest {
    /// The date of the evaluation, which selects the policy version; the latest version when
    /// omitted.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The course sheet, validated under the policy version in force (GR-2, GR-7): a `points`
    /// sheet's allotments and the policy's default point (`grading.components.default_point`)
    /// add up to 10.
    pub sheet: CourseSheetSpec,
    /// The students and their scores.
    pub students: Vec<StudentScores>,
}

/// The outcome of a [`CourseRequest`]: every student's result in the course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CourseResults {
    /// The course code.
    pub course: String,
    /// One decision per student, in the request's order.
    pub results: Vec<StudentDecision<CourseOutcome>>,
}

impl fmt::Display for CourseResults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("grading-course").arg("course", self.course.as_str());
        write!(f, "{header}")?;
        for result in &self.results {
            write!(f, "\n\n{result}")?;
        }
        Ok(())
    }
}

/// Answers a [`CourseRequest`]: every student's outcome with its explanation, or every problem
/// with the request.
pub fn grade_course(
    history: &PolicyHistory<GradingPolicy>,
    request: &CourseRequest,
) -> Result<Response<CourseResults>, Violations<GradingError>> {
    let version = history
        .in_force_on_or_latest(request.date)
        .map_err(policy_error)?;
    // GR-2: the sheet read under the policy: its allotments with the default point, its
    // weights within the policy's bounds.
    let sheet = &CourseSheet::new_under(request.sheet.clone(), &version.policy)?;
    let results = decide_each(
        sheet.code(),
        &request.students,
        |s| &s.student,
        |student| {
            let scores = sheet.scores_in_order(&student.student, &student.scores)?;
            sheet.evaluate_explained(&version.policy, &student.student, &scores)
        },
    )?;
    let outcome = CourseResults {
        course: sheet.code().to_owned(),
        results,
    };
    Ok(Response::unexplained(history, version, outcome))
}

/// `regula grade quiz`: score an online quiz for its students.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizRequest {
    /// The quiz as the teacher set it up; its session date selects the policy version.
    pub quiz: QuizSpec,
    /// The students' attempts.
    pub attempts: Vec<QuizAttempt>,
}

/// The outcome of a [`QuizRequest`]: the value of a question and every student's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct QuizResults {
    /// The course code.
    pub course: String,
    /// The value of one fully correct question (QZ-4).
    pub question_value: Decimal,
    /// One decision per student, in the request's order.
    pub results: Vec<StudentDecision<CourseOutcome>>,
}

impl fmt::Display for QuizResults {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("quiz-header")
            .arg("course", self.course.as_str())
            .arg("value", crate::course::shown(self.question_value));
        write!(f, "{header}")?;
        for result in &self.results {
            write!(f, "\n\n{result}")?;
        }
        Ok(())
    }
}

/// Answers a [`QuizRequest`]: every student's outcome with its explanation, or every problem
/// with the quiz and the attempts.
pub fn grade_quiz(
    history: &PolicyHistory<GradingPolicy>,
    request: &QuizRequest,
) -> Result<Response<QuizResults>, Violations<GradingError>> {
    let version = history
        .in_force_on(request.quiz.session_date)
        .map_err(policy_error)?;
    let quiz = Quiz::with_policy(request.quiz.clone(), version)?;
    let results = decide_each(
        &request.quiz.course,
        &request.attempts,
        |a| &a.student,
        |attempt| quiz.evaluate_explained(attempt),
    )?;
    let outcome = QuizResults {
        course: request.quiz.course.clone(),
        question_value: quiz.question_value(),
        results,
    };
    Ok(Response::unexplained(history, version, outcome))
}

/// `regula grade average`: a student's credit-weighted average (GR-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AverageRequest {
    /// The date the average is computed for, which selects the policy version; the latest
    /// version when omitted.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The student.
    pub student: String,
    /// The student's courses and results.
    pub courses: Vec<AverageEntry>,
    /// The period the average is for (`semester`, `year`): needed when the policy divides by a
    /// fixed number of credits (GR-8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
}

/// The outcome of an [`AverageRequest`]: the student and their average.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StudentAverage {
    /// The student.
    pub student: String,
    /// The average (GR-8).
    pub average: Average,
}

impl fmt::Display for StudentAverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("average-header").arg("student", self.student.as_str());
        write!(f, "{header}{}", self.average)
    }
}

/// Answers an [`AverageRequest`].
pub fn grade_average(
    history: &PolicyHistory<GradingPolicy>,
    request: &AverageRequest,
) -> Result<Response<StudentAverage>, Violations<GradingError>> {
    let version = history
        .in_force_on_or_latest(request.date)
        .map_err(policy_error)?;
    let decision = Decision::explained(|why| {
        weighted_average_for(&version.policy, request.period, &request.courses, why)
    })?;
    let decision = Decision {
        outcome: StudentAverage {
            student: request.student.clone(),
            average: decision.outcome,
        },
        explanation: decision.explanation,
    };
    Ok(Response::new(history, version, decision))
}

/// `regula grade improve`: requests for grade improvement (*mărire de notă*, GR-12..GR-14).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImprovementRequest {
    /// The requests, in the order they were made: one granted earlier counts in the quotas of
    /// the same student's later ones (GR-13). The first exam's day selects the policy version.
    pub requests: Vec<ImprovementFacts>,
}

/// The outcome of an [`ImprovementRequest`]: one verdict per request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImprovementOutcome {
    /// One verdict per request, in the request's order.
    pub verdicts: Vec<ImprovementVerdict>,
}

impl fmt::Display for ImprovementOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Message::new("grading-improve-header"))?;
        for v in &self.verdicts {
            write!(f, "\n{v}")?;
        }
        Ok(())
    }
}

/// Answers an [`ImprovementRequest`] (GR-12..GR-14) under the policy in force on the first
/// exam's day; refused when that policy does not provide for grade improvement, or with every
/// problem of every request, by its path.
pub fn grade_improve(
    history: &PolicyHistory<GradingPolicy>,
    request: &ImprovementRequest,
) -> Result<Response<ImprovementOutcome>, Violations<GradingError>> {
    let day = request.requests.first().map(|r| r.exam_at.date());
    let version = history.in_force_on_or_latest(day).map_err(policy_error)?;
    let Some(policy) = &version.policy.improvement else {
        return Err(Violations::one(GradingError::ImprovementNotProvided {
            policy: history.name().to_owned(),
        }));
    };
    let pass = version.policy.pass_grade;
    let decision = Decision::explained(|why| {
        let mut errors = Vec::new();
        let mut verdicts = Vec::with_capacity(request.requests.len());
        let mut granted: Vec<&ImprovementFacts> = Vec::new();
        for (i, facts) in request.requests.iter().enumerate() {
            let before: Vec<&ImprovementFacts> = granted
                .iter()
                .copied()
                .filter(|g| g.student == facts.student)
                .collect();
            match crate::improvement::improvement_with(facts, policy, pass, &before, why) {
                Ok(verdict) => {
                    if verdict.eligible {
                        granted.push(facts);
                    }
                    verdicts.push(verdict);
                }
                Err(GradingError::InvalidImprovement {
                    field,
                    value,
                    problem,
                }) => errors.push(GradingError::InvalidImprovement {
                    field: format!("requests[{i}].{field}"),
                    value,
                    problem,
                }),
                Err(other) => errors.push(other),
            }
        }
        Violations::from_vec(errors)?;
        Ok::<_, Violations<GradingError>>(ImprovementOutcome { verdicts })
    })?;
    Ok(Response::new(history, version, decision))
}

fn policy_error(error: regula_core::PolicyError) -> Violations<GradingError> {
    Violations::one(error.into())
}

/// Decides for every student of a request; reports every problem of every student, and every
/// student listed twice, at once.
fn decide_each<T>(
    course: &str,
    items: &[T],
    student: impl Fn(&T) -> &String,
    decide: impl Fn(&T) -> Result<Decision<CourseOutcome>, Violations<GradingError>>,
) -> Result<Vec<StudentDecision<CourseOutcome>>, Violations<GradingError>> {
    let mut seen = HashSet::new();
    let mut errors = Vec::new();
    let mut results = Vec::with_capacity(items.len());
    for item in items {
        let name = student(item);
        if !seen.insert(name.as_str()) {
            errors.push(GradingError::DuplicateStudent {
                course: course.to_owned(),
                student: name.clone(),
            });
        }
        match decide(item) {
            Ok(decision) => results.push(StudentDecision {
                student: name.clone(),
                decision,
            }),
            Err(found) => errors.extend(found),
        }
    }
    Violations::from_vec(errors)?;
    Ok(results)
}
