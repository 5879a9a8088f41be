//! The study counsellor's semester report (CO-3): the activities of the semester with their
//! attendance lists, and the weekly counselling hour held through the semester.

use regula_core::locale::{Arg, Message};
use std::collections::HashSet;

use chrono::{Days, NaiveDate};
use regula_core::Breach;
use serde::{Deserialize, Serialize};

use crate::activity::{Activity, Occasion};
use crate::error::{CounsellingError, invalid};
use crate::policy::CounsellingPolicy;
use crate::rules::CO_3;
use crate::semester::Semester;

/// A study counsellor's semester report (*raport semestrial al CS*, CO-3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudyReport {
    /// Its id, unique in the semester's file.
    pub id: String,
    /// The study counsellor who wrote it.
    pub counsellor: String,
    /// The faculty.
    pub faculty: String,
    /// The information activities of the semester (CO-2).
    pub activities: Vec<Activity>,
}

/// CO-3: the weekly counselling hour against the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct HourCheck {
    /// The report.
    pub report: String,
    /// Hours a week the faculty's schedule asks for.
    pub hours_per_week: u32,
    /// The semester's teaching weeks.
    pub weeks: usize,
    /// The weeks with as many counselling hours as asked.
    pub weeks_held: usize,
    /// The Mondays of the weeks short of the counselling hour.
    pub missing_weeks: Vec<NaiveDate>,
}

impl StudyReport {
    /// Checks the report's data: activity ids once, each activity valid in the semester (CO-2).
    /// `at` is the report's path.
    pub fn validated(&self, at: &str, semester: &Semester) -> Result<(), CounsellingError> {
        let mut ids = HashSet::new();
        for (i, a) in self.activities.iter().enumerate() {
            let here = format!("{at}.activities[{i}]");
            if !ids.insert(a.id.as_str()) {
                return Err(invalid(
                    format!("{here}.id"),
                    format!("`{}` is used twice", a.id),
                ));
            }
            a.validated(&here, semester)?;
        }
        Ok(())
    }

    /// CO-3: the activities whose attendance list is missing though their channel needs one; a
    /// report with any cannot be registered.
    pub fn missing_attendance(&self, policy: &CounsellingPolicy) -> Vec<&Activity> {
        self.activities
            .iter()
            .filter(|a| policy.needs_attendance(a.channel))
            .filter(|a| a.attendance.as_ref().is_none_or(Vec::is_empty))
            .collect()
    }

    /// CO-3: the weekly counselling hour, every teaching week of the semester.
    pub fn hours(&self, policy: &CounsellingPolicy, semester: &Semester) -> HourCheck {
        let asked = policy.hours_for(&self.faculty);
        let weeks = semester.teaching_weeks();
        let held_in = |monday: NaiveDate| {
            let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(monday);
            self.activities
                .iter()
                .filter(|a| a.occasion == Occasion::CounsellingHour)
                .filter(|a| (monday..=sunday).contains(&a.date))
                .map(|a| a.date)
                .collect::<HashSet<_>>()
                .len()
        };
        let missing_weeks: Vec<NaiveDate> = weeks
            .iter()
            .copied()
            .filter(|m| held_in(*m) < asked as usize)
            .collect();
        HourCheck {
            report: self.id.clone(),
            hours_per_week: asked,
            weeks: weeks.len(),
            weeks_held: weeks.len() - missing_weeks.len(),
            missing_weeks,
        }
    }
}

impl HourCheck {
    /// CO-3: a breach when a teaching week had fewer counselling hours than the schedule asks.
    pub fn breach(&self) -> Option<Breach> {
        (!self.missing_weeks.is_empty()).then(|| {
            let weeks = self
                .missing_weeks
                .iter()
                .map(|m| Arg::from(Message::new("counselling-week-of").arg("monday", *m)))
                .collect();
            Breach::new(
                &CO_3,
                Message::new("counselling-hours-missing")
                    .arg("report", self.report.as_str())
                    .arg("hours", u64::from(self.hours_per_week))
                    .arg("held", self.weeks_held)
                    .arg("weeks", self.weeks)
                    .arg("missing", Arg::Enumeration(weeks)),
            )
        })
    }
}
