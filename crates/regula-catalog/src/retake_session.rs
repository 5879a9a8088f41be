//! The retake sessions (SC-2): the September session for restanțieri of the current and earlier
//! years, and the session before the final exams that final-year students meeting the conditions
//! for the final exam may ask for.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use regula_core::{AcademicYear, Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::open_session::Period;
use crate::rules::SC_2;

/// Which retake session (*sesiune de restanțe*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RetakeSession {
    /// The September session, for restanțieri of the current and earlier years.
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
    /// For the session before the final exams: the student is in the final year.
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
    pub reasons: Vec<String>,
}

impl fmt::Display for RetakeVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let session = match self.session {
            RetakeSession::September => "the September retake session",
            RetakeSession::BeforeFinalExams => "the retake session before the final exams",
        };
        if self.eligible {
            write!(f, "{} may sit {} in {session}", self.student, self.course)
        } else {
            write!(
                f,
                "{} may not sit {} in {session}: {}",
                self.student,
                self.course,
                self.reasons.join("; ")
            )
        }
    }
}

/// SC-2 on the fast path: nothing is recorded.
pub fn retake_session(facts: &RetakeFacts) -> Result<RetakeVerdict, CatalogError> {
    retake_session_with(facts, &mut NoExplanation)
}

/// [`retake_session`] with the rule that decided it.
pub fn retake_session_explained(
    facts: &RetakeFacts,
) -> Result<Decision<RetakeVerdict>, CatalogError> {
    Decision::explained(|why| retake_session_with(facts, why))
}

/// The one evaluation behind [`retake_session`] and [`retake_session_explained`].
pub fn retake_session_with(
    facts: &RetakeFacts,
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
        reasons.push(format!(
            "{} has passed {}: a retake session is for restanțieri",
            facts.student, facts.course
        ));
    }
    match facts.session {
        RetakeSession::September => {
            if dates.from.month() != 9
                || dates.to.month() != 9
                || dates.from.year() != dates.to.year()
            {
                reasons.push(format!(
                    "the session from {} to {} is not held in September",
                    dates.from, dates.to
                ));
            }
        }
        RetakeSession::BeforeFinalExams => {
            if !facts.final_year {
                reasons.push("it is for final-year students".into());
            }
            if !facts.requested {
                reasons.push("it is held at the students' request, and there is none".into());
            }
            if !facts.meets_final_exam_conditions {
                reasons.push("the student does not meet the conditions for the final exam".into());
            }
            match facts.final_exam_starts {
                Some(start) if dates.to < start => {}
                Some(start) => reasons.push(format!(
                    "it ends on {}, not before the final exam starts on {start}",
                    dates.to
                )),
                None => reasons.push("the final exam's first day is not given".into()),
            }
        }
    }
    let verdict = RetakeVerdict {
        student: facts.student.clone(),
        course: facts.course.clone(),
        session: facts.session,
        eligible: reasons.is_empty(),
        reasons,
    };
    recorder.record(|| {
        Step::new(&SC_2, format!("{verdict}."))
            .fact("course year", facts.course_year)
            .fact("session year", current)
    });
    Ok(verdict)
}
