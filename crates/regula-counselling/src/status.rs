//! What a semester still lacks at a moment (CO-1..CO-5): the organisation's gaps, the activities'
//! breaches, the weekly counselling hour, and every report or summary not sent, registered,
//! analysed, verified or approved — with its due date and whether it is overdue.

use std::fmt;

use chrono::Days;
use regula_calendar::Instant;
use regula_core::locale::Message;
use regula_core::{Breach, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::error::CounsellingError;
use crate::flow::SemesterFile;
use crate::hours::HourCheck;
use crate::policy::{Action, CounsellingPolicy};
use crate::role::Role;
use crate::rules::{CO_1, CO_2, CO_3, CO_4, CO_5};
use crate::stages::{next_report_step, next_summary_step};

/// A step still to take.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Missing {
    /// The faculty.
    pub faculty: String,
    /// What: a report's id, `report of <counsellor>` for one not sent, or `summary`.
    pub document: String,
    /// The step still to take.
    pub step: Action,
    /// Who takes it (the matrix's roles, CO-6).
    pub by: Vec<Role>,
    /// When it is due (policy).
    pub due: Instant,
    /// Whether the due moment has passed.
    pub overdue: bool,
}

impl Missing {
    /// What is missing, as a message (CO-3..CO-5).
    pub fn message(&self) -> Message {
        Message::new(if self.overdue {
            "counselling-missing-overdue"
        } else {
            "counselling-missing"
        })
        .arg("faculty", self.faculty.as_str())
        .arg("document", self.document.as_str())
        .arg("step", self.step.term())
        .arg("due", self.due)
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// Where the semester stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SemesterStatus {
    /// Whether nothing is missing and nothing is breached.
    pub complete: bool,
    /// CO-1: the organisation's gaps.
    pub organisation: Vec<Breach>,
    /// CO-2: the activities' breaches.
    pub activities: Vec<Breach>,
    /// CO-3: the weekly counselling hour, per submitted report.
    pub hours: Vec<HourCheck>,
    /// CO-3..CO-5: the steps still to take.
    pub missing: Vec<Missing>,
}

impl fmt::Display for SemesterStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = Message::new(if self.complete {
            "counselling-complete"
        } else {
            "counselling-not-complete"
        });
        write!(f, "{verdict}")?;
        for m in &self.missing {
            write!(f, "\n- {m}")?;
        }
        Ok(())
    }
}

/// CO-1..CO-5 at `now`.
pub fn status_with(
    policy: &CounsellingPolicy,
    file: &SemesterFile,
    now: Instant,
    recorder: &mut impl Recorder,
) -> Result<SemesterStatus, CounsellingError> {
    let due = |days: u32| -> Result<Instant, CounsellingError> {
        let day = file
            .semester
            .to
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(file.semester.to);
        Ok(Instant::end_of_local_day("semester.to", day)?)
    };
    file.organisation.checked(policy)?;
    let organisation = file
        .organisation
        .breaches(policy, file.semester.academic_year);
    for b in &organisation {
        recorder.record(|| Step::says(&CO_1, b.sentence()));
    }
    let mut activities = Vec::new();
    let mut hours = Vec::new();
    let mut missing = Vec::new();
    let mut push = |faculty: &str, document: String, step: Action, due: Instant| {
        missing.push(Missing {
            faculty: faculty.to_owned(),
            document,
            step,
            by: policy.roles_for(step).to_vec(),
            due,
            overdue: now > due,
        });
    };
    for faculty in &file.organisation.faculties {
        let faculty = faculty.id.as_str();
        let mut writers: Vec<&str> = Vec::new();
        for role in policy.roles_for(Action::SubmitReport) {
            if policy.in_a_faculty(role) {
                for person in file.organisation.holders(role, Some(faculty)) {
                    if !writers.contains(&person) {
                        writers.push(person);
                    }
                }
            }
        }
        for counsellor in writers {
            let sent: Vec<_> = file
                .reports
                .values()
                .filter(|r| r.report.faculty == faculty && r.report.counsellor == counsellor)
                .collect();
            if sent.is_empty() {
                push(
                    faculty,
                    format!("report of {counsellor}"),
                    Action::SubmitReport,
                    due(policy.due_days.report)?,
                );
            }
            for state in sent {
                let report = &state.report;
                for a in &report.activities {
                    activities.extend(a.breaches());
                }
                let check = report.hours(policy, &file.semester);
                recorder.record(|| match check.breach() {
                    Some(b) => Step::says(&CO_3, b.sentence()),
                    None => Step::says(
                        &CO_3,
                        Message::new("counselling-hours-held")
                            .arg("report", check.report.as_str())
                            .arg("hours", u64::from(check.hours_per_week))
                            .arg("weeks", check.weeks),
                    ),
                });
                hours.push(check);
                if let Some(step) = next_report_step(policy, state) {
                    push(
                        faculty,
                        report.id.clone(),
                        step,
                        due(policy.due_days.analysis)?,
                    );
                }
            }
        }
        let next = match file.summaries.get(faculty) {
            None => Some((Action::SubmitSummary, policy.due_days.summary)),
            Some(s) => match next_summary_step(policy, s) {
                Some(step) => Some((step, policy.due_days.approval)),
                None => {
                    for a in &s.activities {
                        activities.extend(a.breaches());
                    }
                    None
                }
            },
        };
        if let Some((step, days)) = next {
            push(faculty, "summary".to_owned(), step, due(days)?);
        }
    }
    for b in &activities {
        recorder.record(|| Step::says(&CO_2, b.sentence()));
    }
    for m in &missing {
        let rule = match m.step {
            Action::SubmitReport => &CO_3,
            Action::RegisterReport | Action::AnalyseReport => &CO_4,
            _ => &CO_5,
        };
        recorder.record(|| {
            Step::says(
                rule,
                Message::new("counselling-still-to-do").arg(
                    "what",
                    regula_core::locale::Arg::Phrase(Box::new(m.message())),
                ),
            )
        });
    }
    let hours_ok = hours.iter().all(|h| h.missing_weeks.is_empty());
    Ok(SemesterStatus {
        complete: organisation.is_empty()
            && activities.is_empty()
            && missing.is_empty()
            && hours_ok,
        organisation,
        activities,
        hours,
        missing,
    })
}
