//! Request and outcome of `fees`, answered with a [`Response`].

use regula_core::locale::Message;
use std::fmt;

use chrono::NaiveDate;
use regula_core::{AcademicYear, Decision, PolicyHistory, Response};
use serde::{Deserialize, Serialize};

use crate::assess::{FeeAssessment, OutstandingExam, assess_with};
use crate::{FeePolicy, FeesError};

/// `regula fees`: what a student owes for outstanding exams.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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

/// The outcome of a [`FeeRequest`]: the student, as given, and what they owe.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FeeOutcome {
    /// The student, as given.
    pub student: Option<String>,
    /// The assessment.
    pub assessment: FeeAssessment,
}

impl fmt::Display for FeeOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = match &self.student {
            Some(student) => Message::new("fees-header-student").arg("student", student.as_str()),
            None => Message::new("fees-header"),
        }
        .arg("year", self.assessment.academic_year.to_string());
        write!(f, "{header}: {}", self.assessment)
    }
}

/// Answers a [`FeeRequest`].
pub fn answer_fees(
    history: &PolicyHistory<FeePolicy>,
    request: &FeeRequest,
) -> Result<Response<FeeOutcome>, FeesError> {
    let version = history.in_force_on(request.date)?;
    let year = AcademicYear::containing(request.date);
    let decision = Decision::explained(|why| {
        let assessment = assess_with(&version.policy, year, &request.exams, why)?;
        Ok::<_, FeesError>(FeeOutcome {
            student: request.student.clone(),
            assessment,
        })
    })?;
    Ok(Response::new(history, version, decision))
}
