//! Requests and responses: the JSON documents the `regula grade …` commands read and write, and
//! the functions that answer them. Adapters (the CLI, a future HTTP service) only parse, call and
//! print; everything a request means is decided here.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use regula_core::{
    Decimal, Decision, Explanation, PolicyApplied, PolicyHistory, Versioned, Violations,
};
use serde::{Deserialize, Serialize};

use crate::average::{Average, AverageEntry, explain_weighted_average};
use crate::course::show;
use crate::{
    CourseOutcome, CourseSheet, GradingError, GradingPolicy, Quiz, QuizAttempt, QuizSpec, Score,
};

/// One student's decision in a response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentDecision<O> {
    /// The student.
    pub student: String,
    /// What was decided.
    pub outcome: O,
    /// Why.
    pub explanation: Explanation,
}

impl<O: fmt::Display> fmt::Display for StudentDecision<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.student, self.outcome)?;
        for line in self.explanation.to_string().lines() {
            write!(f, "\n  {line}")?;
        }
        Ok(())
    }
}

/// One student's scores, by activity id: `{"lab": 2.5, "exam": "absent"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudentScores {
    /// The student (matriculation number or name).
    pub student: String,
    /// Points, or `"absent"`, for every activity of the course sheet.
    pub scores: BTreeMap<String, Score>,
}

/// `regula grade course`: grade a group of students in one course.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseRequest {
    /// The date of the evaluation, which selects the policy version; the latest version when
    /// omitted.
    #[serde(default)]
    pub date: Option<NaiveDate>,
    /// The course sheet (validated on load: GR-2, GR-7).
    pub sheet: CourseSheet,
    /// The students and their scores.
    pub students: Vec<StudentScores>,
}

/// The answer to a [`CourseRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseResponse {
    /// The course code.
    pub course: String,
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// One decision per student, in the request's order.
    pub results: Vec<StudentDecision<CourseOutcome>>,
}

impl fmt::Display for CourseResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Course {} — {}", self.course, self.policy)?;
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
) -> Result<CourseResponse, Violations<GradingError>> {
    let version = version_on(history, request.date)?;
    let sheet = &request.sheet;
    let results = decide_each(
        sheet.code(),
        &request.students,
        |s| &s.student,
        |student| {
            let scores = sheet.scores_in_order(&student.student, &student.scores)?;
            sheet.explain(&version.policy, &student.student, &scores)
        },
    )?;
    Ok(CourseResponse {
        course: sheet.code().to_owned(),
        policy: history.applied(version),
        results,
    })
}

/// `regula grade quiz`: score an online quiz for its students.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizRequest {
    /// The quiz as the teacher set it up; its session date selects the policy version.
    pub quiz: QuizSpec,
    /// The students' attempts.
    pub attempts: Vec<QuizAttempt>,
}

/// The answer to a [`QuizRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuizResponse {
    /// The course code.
    pub course: String,
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// The value of one fully correct question (QZ-4).
    pub question_value: Decimal,
    /// One decision per student, in the request's order.
    pub results: Vec<StudentDecision<CourseOutcome>>,
}

impl fmt::Display for QuizResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Online quiz {} — {}; each question is worth {} points",
            self.course,
            self.policy,
            show(self.question_value)
        )?;
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
) -> Result<QuizResponse, Violations<GradingError>> {
    let version = version_on(history, Some(request.quiz.session_date))?;
    let quiz = Quiz::with_policy(request.quiz.clone(), version)?;
    let results = decide_each(
        &request.quiz.course,
        &request.attempts,
        |a| &a.student,
        |attempt| quiz.explain(attempt),
    )?;
    Ok(QuizResponse {
        course: request.quiz.course.clone(),
        policy: history.applied(version),
        question_value: quiz.question_value(),
        results,
    })
}

/// `regula grade average`: a student's credit-weighted average (GR-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

/// The answer to an [`AverageRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AverageResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// The student's decision.
    pub result: StudentDecision<Average>,
}

impl fmt::Display for AverageResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Average — {}\n\n{}", self.policy, self.result)
    }
}

/// Answers an [`AverageRequest`].
pub fn grade_average(
    history: &PolicyHistory<GradingPolicy>,
    request: &AverageRequest,
) -> Result<AverageResponse, Violations<GradingError>> {
    let version = version_on(history, request.date)?;
    let decision = explain_weighted_average(&version.policy, &request.courses)?;
    Ok(AverageResponse {
        policy: history.applied(version),
        result: StudentDecision {
            student: request.student.clone(),
            outcome: decision.outcome,
            explanation: decision.explanation,
        },
    })
}

/// The policy version in force on `date`, or the newest one when no date is given.
fn version_on(
    history: &PolicyHistory<GradingPolicy>,
    date: Option<NaiveDate>,
) -> Result<&Versioned<GradingPolicy>, Violations<GradingError>> {
    history
        .in_force_on_or_latest(date)
        .map_err(|e| Violations::one(e.into()))
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
                outcome: decision.outcome,
                explanation: decision.explanation,
            }),
            Err(found) => errors.extend(found),
        }
    }
    Violations::from_vec(errors)?;
    Ok(results)
}
