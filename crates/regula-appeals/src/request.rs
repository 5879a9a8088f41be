//! Requests and outcomes of `deadlines` and `appeal check`, each answered with a [`Response`].

use std::fmt;

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::{Decision, PolicyHistory, Response, Versioned};
use serde::{Deserialize, Serialize};

use crate::appeal::{Admissibility, Appeal, check_appeal_with};
use crate::deadlines::{Deadlines, ExamFacts, deadlines_with, student_register_due_with};
use crate::video::{Participant, VideoSitting, judge_sitting};
use crate::{AppealsError, AppealsPolicy};
use regula_core::ExamForm;

/// `regula deadlines`: every deadline of one exam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlinesRequest {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the grades were announced (posted, communicated), if they have been (AP-3 counts
    /// from it; a policy may count any deadline from it).
    #[serde(default)]
    pub grades_announced: Option<Instant>,
    /// When the students viewed their papers, if they have (a policy may count an appeal
    /// window from it).
    #[serde(default)]
    pub papers_viewed: Option<Instant>,
    /// The last day of the autumn session, for the student-register deadline (CA-7).
    #[serde(default)]
    pub autumn_session_end: Option<NaiveDate>,
    /// OX-3: for an oral exam by video, who was connected (`student`, `committee`, `holder`):
    /// the outcome then says whether the sitting is valid and until when its recording is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected: Option<Vec<Participant>>,
}

/// The outcome of a [`DeadlinesRequest`]: the exam's deadlines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DeadlinesOutcome {
    /// The deadlines.
    pub deadlines: Deadlines,
    /// When the student register is due (CA-7), if the autumn session's end was given.
    pub student_register_due: Option<Instant>,
    /// OX-3, AP-4: the sitting of an oral exam by video, if the request says who was connected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_sitting: Option<VideoSitting>,
}

impl fmt::Display for DeadlinesOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = regula_core::locale::Message::new("deadline-header")
            .arg(
                "form",
                regula_core::locale::Arg::Term(self.deadlines.form.term().into()),
            )
            .arg("ended", self.deadlines.exam_end);
        write!(f, "{header}")
    }
}

/// Answers a [`DeadlinesRequest`] under the policy in force on the exam's (local) date.
pub fn answer_deadlines(
    history: &PolicyHistory<AppealsPolicy>,
    request: &DeadlinesRequest,
) -> Result<Response<DeadlinesOutcome>, AppealsError> {
    let (exam, version) = exam_under(
        history,
        ExamFacts {
            form: request.form,
            exam_end: request.exam_end,
            grades_announced: request.grades_announced,
            papers_viewed: request.papers_viewed,
        },
    )?;
    let decision = Decision::explained(|why| {
        let deadlines = deadlines_with(&version.policy, &exam, why)?;
        let student_register_due = request
            .autumn_session_end
            .map(|end| student_register_due_with(&version.policy, end, why))
            .transpose()?;
        let video_sitting = request
            .connected
            .as_deref()
            .map(|connected| {
                if request.form == ExamForm::OralByVideo {
                    Ok(judge_sitting(
                        &version.policy.video_oral,
                        &deadlines,
                        connected,
                        why,
                    ))
                } else {
                    Err(AppealsError::NotAVideoOral {
                        field: "connected",
                        form: request.form,
                    })
                }
            })
            .transpose()?;
        Ok::<_, AppealsError>(DeadlinesOutcome {
            deadlines,
            student_register_due,
            video_sitting,
        })
    })?;
    Ok(Response::new(history, version, decision))
}

/// `regula appeal check`: is this appeal admissible?
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealRequest {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the grades were announced (posted, communicated), if they have been (AP-3 counts
    /// from it; a policy may count any deadline from it).
    #[serde(default)]
    pub grades_announced: Option<Instant>,
    /// When the students viewed their papers, if they have (a policy may count an appeal
    /// window from it).
    #[serde(default)]
    pub papers_viewed: Option<Instant>,
    /// The appeal.
    pub appeal: Appeal,
}

/// The outcome of an [`AppealRequest`]: whether the appeal is admissible, and why not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AppealVerdict {
    /// How the exam was held.
    pub form: ExamForm,
    /// The verdict.
    pub admissibility: Admissibility,
}

impl fmt::Display for AppealVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = regula_core::locale::Message::new("appeal-header").arg(
            "form",
            regula_core::locale::Arg::Term(self.form.term().into()),
        );
        write!(f, "{header}: {}", self.admissibility)
    }
}

/// Answers an [`AppealRequest`] under the policy in force on the exam's (local) date.
pub fn answer_appeal(
    history: &PolicyHistory<AppealsPolicy>,
    request: &AppealRequest,
) -> Result<Response<AppealVerdict>, AppealsError> {
    let (exam, version) = exam_under(
        history,
        ExamFacts {
            form: request.form,
            exam_end: request.exam_end,
            grades_announced: request.grades_announced,
            papers_viewed: request.papers_viewed,
        },
    )?;
    let decision = Decision::explained(|why| {
        let admissibility = check_appeal_with(&version.policy, &exam, &request.appeal, why)?;
        Ok::<_, AppealsError>(AppealVerdict {
            form: request.form,
            admissibility,
        })
    })?;
    Ok(Response::new(history, version, decision))
}

/// The exam's facts and the policy version in force on its (local) date.
fn exam_under(
    history: &PolicyHistory<AppealsPolicy>,
    exam: ExamFacts,
) -> Result<(ExamFacts, &Versioned<AppealsPolicy>), AppealsError> {
    let version = history.in_force_on(exam.exam_end.local_date())?;
    Ok((exam, version))
}
