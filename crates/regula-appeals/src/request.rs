//! Requests and responses of `regula deadlines` and `regula appeal check`.

use std::fmt;

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::{Explanation, PolicyApplied, PolicyHistory, Versioned};
use serde::{Deserialize, Serialize};

use crate::appeal::{Admissibility, Appeal, check_appeal_with};
use crate::deadlines::{Deadlines, ExamFacts, deadlines_with, student_register_due};
use crate::{AppealsError, AppealsPolicy};
use regula_core::ExamForm;

/// `regula deadlines`: every deadline of one exam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlinesRequest {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the grades were announced, if they have been (AP-3 counts from it).
    #[serde(default)]
    pub grades_announced: Option<Instant>,
    /// The last day of the autumn session, for the student-register deadline (CA-7).
    #[serde(default)]
    pub autumn_session_end: Option<NaiveDate>,
}

/// The answer to a [`DeadlinesRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlinesResponse {
    /// The policy version applied (in force on the exam's date).
    pub policy: PolicyApplied,
    /// The deadlines.
    pub deadlines: Deadlines,
    /// When the student register is due (CA-7), if the autumn session's end was given.
    pub student_register_due: Option<Instant>,
    /// The rules behind each deadline.
    pub explanation: Explanation,
}

impl fmt::Display for DeadlinesResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Deadlines of the {} exam that ended {} — {}\n\n{}",
            self.deadlines.form, self.deadlines.exam_end, self.policy, self.explanation
        )
    }
}

/// Answers a [`DeadlinesRequest`] under the policy in force on the exam's (local) date.
pub fn answer_deadlines(
    history: &PolicyHistory<AppealsPolicy>,
    request: &DeadlinesRequest,
) -> Result<DeadlinesResponse, AppealsError> {
    let (exam, version) = exam_under(
        history,
        request.form,
        request.exam_end,
        request.grades_announced,
    )?;
    let mut explanation = Explanation::new();
    let deadlines = deadlines_with(&version.policy, &exam, &mut explanation)?;
    let student_register_due = request
        .autumn_session_end
        .map(|end| student_register_due(&version.policy, end, &mut explanation))
        .transpose()?;
    Ok(DeadlinesResponse {
        policy: history.applied(version),
        deadlines,
        student_register_due,
        explanation,
    })
}

/// `regula appeal check`: is this appeal admissible?
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the grades were announced, if they have been (AP-3 counts from it).
    #[serde(default)]
    pub grades_announced: Option<Instant>,
    /// The appeal.
    pub appeal: Appeal,
}

/// The answer to an [`AppealRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppealResponse {
    /// The policy version applied (in force on the exam's date).
    pub policy: PolicyApplied,
    /// How the exam was held.
    pub form: ExamForm,
    /// The verdict.
    pub outcome: Admissibility,
    /// Why.
    pub explanation: Explanation,
}

impl fmt::Display for AppealResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Appeal against the {} exam: {} — {}\n\nWhy:\n{}",
            self.form, self.outcome, self.policy, self.explanation
        )
    }
}

/// Answers an [`AppealRequest`] under the policy in force on the exam's (local) date.
pub fn answer_appeal(
    history: &PolicyHistory<AppealsPolicy>,
    request: &AppealRequest,
) -> Result<AppealResponse, AppealsError> {
    let (exam, version) = exam_under(
        history,
        request.form,
        request.exam_end,
        request.grades_announced,
    )?;
    let mut explanation = Explanation::new();
    let outcome = check_appeal_with(&version.policy, &exam, &request.appeal, &mut explanation)?;
    Ok(AppealResponse {
        policy: history.applied(version),
        form: request.form,
        outcome,
        explanation,
    })
}

/// The exam's facts and the policy version in force on its (local) date.
fn exam_under(
    history: &PolicyHistory<AppealsPolicy>,
    form: ExamForm,
    exam_end: Instant,
    grades_announced: Option<Instant>,
) -> Result<(ExamFacts, &Versioned<AppealsPolicy>), AppealsError> {
    let version = history.in_force_on(exam_end.local_date())?;
    let exam = ExamFacts {
        form,
        exam_end,
        grades_announced,
    };
    Ok((exam, version))
}
