//! The retake sessions (SC-2): the September session for restanțieri of the current and earlier
//! years, and the session before the final exams that final-year students meeting the conditions
//! for the final exam may ask for.

use std::fmt;

use chrono::NaiveDate;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{AcademicYear, Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::open_session::Period;
use crate::policy::CatalogPolicy;
use crate::retake_period::RetakePeriod;
use crate::rules::SC_2;

/// Which retake session (*sesiune de restanțe*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RetakeSession {
    /// The regular retake session, for restanțieri of the current and earlier years: held within
    /// the policy's retake periods (`catalog.retake_periods`; September in the UMC preset).
    September,
    /// The session before the licence or dissertation exams, at the final-year students' request.
    BeforeFinalExams,
}

/// A student's request to sit an outstanding exam in a retake session (SC-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetakeFacts {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// The academic year the outstanding exam belongs to (the year the course was contracted).
    pub course_year: AcademicYear,
    /// The student has not passed the course: a restanțier in it.
    pub outstanding: bool,
    /// Which session.
    pub session: RetakeSession,
    /// The session's days.
    pub dates: Period,
    /// The student is in the final year: for the session before the final exams, and for the
    /// retake periods that are for final years only or for the others.
    #[serde(default)]
    pub final_year: bool,
    /// For the session before the final exams: the student asked for it.
    #[serde(default)]
    pub requested: bool,
    /// For the session before the final exams: the student meets the conditions for the final
    /// exam (but for the outstanding exams).
    #[serde(default)]
    pub meets_final_exam_conditions: bool,
    /// For the session before the final exams: the first day of the licence or dissertation exam.
    #[serde(default)]
    pub final_exam_starts: Option<NaiveDate>,
    /// The credits of all the student's outstanding courses: needed when the policy caps the
    /// session before the final exams by credits (`catalog.retake_caps`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outstanding_credits: Option<regula_core::Credits>,
}

/// The verdict on a retake-session request (SC-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RetakeVerdict {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// Which session.
    pub session: RetakeSession,
    /// May sit the course's exam in the session.
    pub eligible: bool,
    /// Why not, every reason.
    pub reasons: Vec<Said>,
}

impl fmt::Display for RetakeVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl RetakeVerdict {
    /// The verdict as a message (SC-2): who may sit what in which retake session, or why not.
    pub fn message(&self) -> Message {
        let session = Arg::Term(std::borrow::Cow::Borrowed(match self.session {
            RetakeSession::September => "catalog-retake-september",
            RetakeSession::BeforeFinalExams => "catalog-retake-before-final",
        }));
        if self.eligible {
            Message::new("catalog-retake-may")
        } else {
            Message::new("catalog-retake-may-not").arg(
                "reasons",
                Arg::List(self.reasons.iter().map(|r| r.0.clone()).collect()),
            )
        }
        .arg("student", self.student.as_str())
        .arg("course", self.course.as_str())
        .arg("session", session)
    }
}

/// SC-2 on the fast path, for a student's first request of the session: nothing is recorded.
pub fn retake_session(
    facts: &RetakeFacts,
    policy: &CatalogPolicy,
) -> Result<RetakeVerdict, CatalogError> {
    retake_session_with(facts, policy, 0, &mut NoExplanation)
}

/// [`retake_session`] with the rule that decided it.
pub fn retake_session_explained(
    facts: &RetakeFacts,
    policy: &CatalogPolicy,
) -> Result<Decision<RetakeVerdict>, CatalogError> {
    Decision::explained(|why| retake_session_with(facts, policy, 0, why))
}

/// The one evaluation behind [`retake_session`] and [`retake_session_explained`]: the regular
/// session (`september`) must lie within one of the policy's retake periods that applies to the
/// student (`final_year`), within the policy's caps (`granted_before`: the retakes already
/// granted to this student in this session).
pub fn retake_session_with(
    facts: &RetakeFacts,
    policy: &CatalogPolicy,
    granted_before: u32,
    recorder: &mut impl Recorder,
) -> Result<RetakeVerdict, CatalogError> {
    let dates = facts.dates;
    regula_calendar::check_date("dates.from", dates.from)?;
    regula_calendar::check_date("dates.to", dates.to)?;
    if dates.to < dates.from {
        return Err(CatalogError::Invalid {
            field: "dates.to".into(),
            problem: format!("{} is before `dates.from` = {}", dates.to, dates.from),
        });
    }
    // September belongs to the academic year that ends with it.
    let current = AcademicYear::containing(dates.from);
    if facts.course_year.start_year() > current.start_year() {
        return Err(CatalogError::Invalid {
            field: "course_year".into(),
            problem: format!(
                "{} is after the session's academic year {current}",
                facts.course_year
            ),
        });
    }
    let mut reasons = Vec::new();
    if !facts.outstanding {
        reasons.push(Said(
            Message::new("catalog-retake-passed")
                .arg("student", facts.student.as_str())
                .arg("course", facts.course.as_str()),
        ));
    }
    match facts.session {
        RetakeSession::September => {
            let periods: Vec<&RetakePeriod> = policy
                .retake_periods
                .iter()
                .filter(|p| p.applies_to(facts.final_year))
                .collect();
            if !periods.iter().any(|p| p.holds(dates.from, dates.to)) {
                reasons.push(Said(
                    Message::new("catalog-retake-outside-period")
                        .arg("from", dates.from)
                        .arg("to", dates.to)
                        .arg(
                            "periods",
                            Arg::List(periods.iter().map(|p| p.message()).collect()),
                        ),
                ));
            }
        }
        RetakeSession::BeforeFinalExams => {
            if !facts.final_year {
                reasons.push(Said(Message::new("catalog-retake-final-year")));
            }
            if !facts.requested {
                reasons.push(Said(Message::new("catalog-retake-no-request")));
            }
            if !facts.meets_final_exam_conditions {
                reasons.push(Said(Message::new("catalog-retake-conditions")));
            }
            match facts.final_exam_starts {
                Some(start) if dates.to < start => {}
                Some(start) => reasons.push(Said(
                    Message::new("catalog-retake-ends-late")
                        .arg("to", dates.to)
                        .arg("start", start),
                )),
                None => reasons.push(Said(Message::new("catalog-retake-no-final-exam-date"))),
            }
            if let Some(max) = policy.retake_caps.before_final_exams_max_credits {
                let credits = facts.outstanding_credits.ok_or_else(|| CatalogError::Invalid {
                    field: "outstanding_credits".into(),
                    problem: format!(
                        "missing: the policy holds the session before the final exams for at most {max} outstanding credits"
                    ),
                })?;
                if credits > max {
                    reasons.push(Said(
                        Message::new("catalog-retake-too-many-credits")
                            .arg("credits", Arg::Number(credits.value()))
                            .arg("max", Arg::Number(max.value())),
                    ));
                }
            }
        }
    }
    if let Some(max) = policy.retake_caps.max_per_student
        && reasons.is_empty()
        && granted_before >= max
    {
        reasons.push(Said(
            Message::new("catalog-retake-over-cap").arg("max", Arg::Count(u64::from(max))),
        ));
    }
    let verdict = RetakeVerdict {
        student: facts.student.clone(),
        course: facts.course.clone(),
        session: facts.session,
        eligible: reasons.is_empty(),
        reasons,
    };
    recorder.record(|| {
        Step::says(
            &SC_2,
            Message::new("common-sentence").arg("what", Arg::Phrase(Box::new(verdict.message()))),
        )
        .fact("course year", facts.course_year)
        .fact("session year", current)
    });
    Ok(verdict)
}
