//! Request and response of `regula fees`.

use std::fmt;

use chrono::NaiveDate;
use regula_core::{AcademicYear, Explanation, PolicyApplied, PolicyHistory};
use serde::{Deserialize, Serialize};

use crate::assess::{FeeAssessment, OutstandingExam, assess_with};
use crate::{FeePolicy, FeesError};

/// `regula fees`: what a student owes for outstanding exams.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeRequest {
    /// The day of the assessment: it sets the current academic year and the policy version.
    pub date: NaiveDate,
    /// The student, for the record.
    #[serde(default)]
    pub student: Option<String>,
    /// The outstanding exams.
    pub exams: Vec<OutstandingExam>,
}

/// The answer to a [`FeeRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeeResponse {
    /// The policy version applied.
    pub policy: PolicyApplied,
    /// The student, as given.
    pub student: Option<String>,
    /// The assessment.
    pub outcome: FeeAssessment,
    /// The rule behind every amount.
    pub explanation: Explanation,
}

impl fmt::Display for FeeResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Retake fees")?;
        if let Some(student) = &self.student {
            write!(f, " of {student}")?;
        }
        write!(
            f,
            " in {} — {}: {}\n\nWhy:\n{}",
            self.outcome.academic_year, self.policy, self.outcome, self.explanation
        )
    }
}

/// Answers a [`FeeRequest`].
pub fn answer_fees(
    history: &PolicyHistory<FeePolicy>,
    request: &FeeRequest,
) -> Result<FeeResponse, FeesError> {
    let version = history.in_force_on(request.date)?;
    let mut explanation = Explanation::new();
    let outcome = assess_with(
        &version.policy,
        AcademicYear::containing(request.date),
        &request.exams,
        &mut explanation,
    )?;
    Ok(FeeResponse {
        policy: history.applied(version),
        student: request.student.clone(),
        outcome,
        explanation,
    })
}
