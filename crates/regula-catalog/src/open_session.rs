//! The open session (SC-9): who may sit an exam outside the sessions — the categories the policy
//! grants, each on its conditions — and from when.

use std::fmt;

use chrono::NaiveDate;
use regula_calendar::{add_days, add_months};
use regula_core::locale::{Arg, Message, Said};
use regula_core::{Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::CatalogError;
use crate::open_session_grants::{Category, GrantedCategory, OpenSessionCondition, not_granted};
use crate::policy::{CatalogPolicy, OpenSessionPolicy};
use crate::rules::SC_9;

/// A period, both days included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub from: NaiveDate,
    /// The last day.
    pub to: NaiveDate,
}

impl Period {
    fn validated(self, field: &str) -> Result<Self, CatalogError> {
        if self.to < self.from {
            return Err(CatalogError::Invalid {
                field: field.to_owned(),
                problem: format!("ends on {}, before it starts on {}", self.to, self.from),
            });
        }
        Ok(self)
    }

    fn overlap(self, other: Period) -> Option<Period> {
        let from = self.from.max(other.from);
        let to = self.to.min(other.to);
        (from <= to).then_some(Period { from, to })
    }
}

/// SC-9: the first day at sea within `semester` and the number of days at sea in it, every voyage
/// added up and a day on two overlapping voyages counted once; `None` when none falls within it.
fn days_at_sea(voyages: &[Period], semester: Period) -> Option<(NaiveDate, i64)> {
    let mut within: Vec<Period> = voyages.iter().filter_map(|p| p.overlap(semester)).collect();
    within.sort_by_key(|p| p.from);
    let first = within.first()?.from;
    let mut days = 0;
    let mut counted_to: Option<NaiveDate> = None;
    for p in within {
        let from = match counted_to {
            Some(last) if p.from <= last => match last.succ_opt() {
                Some(next) => next,
                None => continue,
            },
            _ => p.from,
        };
        if from <= p.to {
            days += (p.to - from).num_days() + 1;
            counted_to = Some(p.to);
        }
    }
    Some((first, days))
}

/// A request to sit a course's exam in the open session (SC-9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenSessionFacts {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// The category the student claims, one the policy grants (`open_session.categories`):
    /// `shipboard_training` when absent (the seed's meaning).
    #[serde(default)]
    pub category: Category,
    /// The periods at sea (shipboard training or professional voyages).
    #[serde(default)]
    pub at_sea: Vec<Period>,
    /// Documents proving the voyages (IFR).
    #[serde(default)]
    pub voyage_documents: bool,
    /// SC-9: the student asked for the open session in writing, for a category granted on
    /// request.
    #[serde(default)]
    pub written_request: bool,
    /// SC-9: the documents the student shows, by the ids the policy's `proof` conditions name
    /// (`mobility_certificate`).
    #[serde(default)]
    pub documents: Vec<String>,
    /// The semester of the course.
    pub semester: Period,
    /// The scheduled exam session.
    pub session: Period,
    /// The student sat this course's exam in the normal session.
    #[serde(default)]
    pub sat_in_normal_session: bool,
    /// The course coordinator found the competence criteria of the syllabus met (§5.5.3.2(1–2)).
    pub criteria_met: bool,
    /// The day the Dean's office checked the plan, once it has.
    #[serde(default)]
    pub plan_checked_on: Option<NaiveDate>,
    /// The exam day agreed with the examiner, once it is.
    #[serde(default)]
    pub exam_date: Option<NaiveDate>,
}

/// The verdict on an open-session request (SC-9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct OpenSessionVerdict {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// May sit the course's exam in the open session.
    pub eligible: bool,
    /// Why not, every reason: each `{ message, args, text }`.
    pub reasons: Vec<Said>,
    /// The first day the exam may be held (3 days after the plan check), once checked.
    pub earliest_exam_date: Option<NaiveDate>,
    /// Whether the agreed date respects it; none until both are known.
    pub date_ok: Option<bool>,
}

impl fmt::Display for OpenSessionVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = if self.eligible {
            Message::new("catalog-open-session-eligible")
        } else {
            Message::new("catalog-open-session-not-eligible").arg(
                "reasons",
                Arg::List(self.reasons.iter().map(|r| r.0.clone()).collect()),
            )
        }
        .arg("student", self.student.as_str())
        .arg("course", self.course.as_str());
        write!(f, "{verdict}")?;
        if let Some(d) = self.earliest_exam_date {
            write!(f, "; {}", Message::new("catalog-not-before").arg("date", d))?;
        }
        if self.date_ok == Some(false) {
            write!(f, " ({})", Message::new("catalog-date-too-early"))?;
        }
        Ok(())
    }
}

/// SC-9: why `facts` do not meet `condition` of their `category` (named by the policy), or
/// `None` when they do.
fn unmet(
    policy: &OpenSessionPolicy,
    category: &GrantedCategory,
    condition: &OpenSessionCondition,
    facts: &OpenSessionFacts,
    semester: Period,
    session: Period,
) -> Result<Option<Said>, CatalogError> {
    let during_session = facts.at_sea.iter().any(|p| p.overlap(session).is_some());
    Ok(match condition {
        OpenSessionCondition::MonthsAtSea { months } => {
            let months = months.unwrap_or(policy.months_at_sea);
            // "More than N months of a semester": the days at sea within the semester, every
            // voyage added up (a day counted once), beyond N calendar months from the first.
            let long = match days_at_sea(&facts.at_sea, semester) {
                Some((first, days)) => days > (add_months(first, months)? - first).num_days(),
                None => false,
            };
            (!(long || during_session)).then(|| {
                Said(
                    Message::new("catalog-open-session-trainee")
                        .arg("category", category.said())
                        .arg("months", u64::from(months)),
                )
            })
        }
        OpenSessionCondition::AtSeaDuringSession { proven } => {
            if !during_session {
                Some(Said(
                    Message::new("catalog-open-session-ifr-no-voyage")
                        .arg("category", category.said()),
                ))
            } else if *proven && !facts.voyage_documents {
                Some(Said(Message::new("catalog-open-session-no-documents")))
            } else {
                None
            }
        }
        OpenSessionCondition::WrittenRequest => {
            (!facts.written_request).then(|| Said(Message::new("catalog-open-session-no-request")))
        }
        OpenSessionCondition::Proof { document } => {
            (!facts.documents.contains(document)).then(|| {
                Said(
                    Message::new("catalog-open-session-no-proof")
                        .arg("document", document.as_str()),
                )
            })
        }
    })
}

/// The outcome of [`open_session_explained`] alone, on the fast path: nothing is recorded.
pub fn open_session(
    policy: &CatalogPolicy,
    facts: &OpenSessionFacts,
) -> Result<OpenSessionVerdict, CatalogError> {
    open_session_with(policy, facts, &mut NoExplanation)
}

/// SC-9 for one request.
pub fn open_session_explained(
    policy: &CatalogPolicy,
    facts: &OpenSessionFacts,
) -> Result<Decision<OpenSessionVerdict>, CatalogError> {
    Decision::explained(|why| open_session_with(policy, facts, why))
}

/// [`open_session`] recording its steps into any [`Recorder`].
pub fn open_session_with(
    policy: &CatalogPolicy,
    facts: &OpenSessionFacts,
    recorder: &mut impl Recorder,
) -> Result<OpenSessionVerdict, CatalogError> {
    let semester = facts.semester.validated("semester")?;
    let session = facts.session.validated("session")?;
    for (i, p) in facts.at_sea.iter().enumerate() {
        p.validated(&format!("at_sea[{i}]"))?;
    }
    let mut reasons = Vec::new();
    // Every reason against the request is said; the request is eligible when there is none.
    match policy
        .open_session
        .categories
        .iter()
        .find(|c| c.id == facts.category)
    {
        Some(granted) => {
            for condition in &granted.conditions {
                if let Some(reason) = unmet(
                    &policy.open_session,
                    granted,
                    condition,
                    facts,
                    semester,
                    session,
                )? {
                    reasons.push(reason);
                }
            }
        }
        None => reasons.push(not_granted(
            &policy.open_session.categories,
            &facts.category,
        )),
    }
    if facts.sat_in_normal_session {
        reasons.push(Said(
            Message::new("catalog-open-session-sat")
                .arg("student", facts.student.as_str())
                .arg("course", facts.course.as_str()),
        ));
    }
    if !facts.criteria_met {
        reasons.push(Said(Message::new("catalog-open-session-criteria")));
    }
    let eligible = reasons.is_empty();
    let earliest_exam_date = facts
        .plan_checked_on
        .map(|d| {
            add_days(
                "plan_checked_on",
                d,
                policy.open_session.days_after_plan_check,
            )
        })
        .transpose()?;
    let date_ok = match (earliest_exam_date, facts.exam_date) {
        (Some(earliest), Some(date)) => Some(date >= earliest),
        _ => None,
    };
    recorder.record(|| {
        Step::says(
            &SC_9,
            if eligible {
                Message::new("catalog-open-session-may")
            } else {
                Message::new("catalog-open-session-may-not").arg(
                    "reasons",
                    Arg::List(reasons.iter().map(|r| r.0.clone()).collect()),
                )
            }
            .arg("student", facts.student.as_str())
            .arg("course", facts.course.as_str()),
        )
    });
    if let Some(earliest) = earliest_exam_date {
        recorder.record(|| {
            let message = match (facts.exam_date, date_ok) {
                (Some(date), Some(ok)) => Message::new(if ok {
                    "catalog-open-session-date-ok"
                } else {
                    "catalog-open-session-date-early"
                })
                .arg("date", date),
                _ => Message::new("catalog-open-session-earliest"),
            };
            Step::says(
                &SC_9,
                message
                    .arg("days", u64::from(policy.open_session.days_after_plan_check))
                    .arg("earliest", earliest),
            )
        });
    }
    Ok(OpenSessionVerdict {
        student: facts.student.clone(),
        course: facts.course.clone(),
        eligible,
        reasons,
        earliest_exam_date,
        date_ok,
    })
}

/// Several students of one course, to be examined on one date where possible (§5.5.3.2(6)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CommonDate {
    /// The course.
    pub course: String,
    /// The eligible students.
    pub students: Vec<String>,
    /// The first date allowed for all of them, once every plan is checked.
    pub earliest_common_date: Option<NaiveDate>,
}

/// The courses with several eligible students, each with the first date allowed for all of them
/// (SC-9, §5.5.3.2(6)).
pub fn common_dates(verdicts: &[OpenSessionVerdict]) -> Vec<CommonDate> {
    let mut courses: Vec<CommonDate> = Vec::new();
    for v in verdicts.iter().filter(|v| v.eligible) {
        match courses.iter_mut().find(|c| c.course == v.course) {
            Some(c) => {
                c.students.push(v.student.clone());
                c.earliest_common_date = c
                    .earliest_common_date
                    .zip(v.earliest_exam_date)
                    .map(|(a, b)| a.max(b));
            }
            None => courses.push(CommonDate {
                course: v.course.clone(),
                students: vec![v.student.clone()],
                earliest_common_date: v.earliest_exam_date,
            }),
        }
    }
    courses.retain(|c| c.students.len() > 1);
    courses
}
