//! CO-3: the weekly counselling hours a study counsellor's report shows, every teaching week of
//! the semester, summed from the counselling-hour activities' lengths against the hours the
//! faculty's schedule asks. An activity without a length counts as one hour for its day however
//! many such activities the day has (the seed's reading: a day with the counselling hour).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use regula_core::locale::{Arg, Message};
use regula_core::{Breach, Decimal};
use serde::{Deserialize, Serialize};

use crate::activity::{Activity, Occasion};
use crate::policy::CounsellingPolicy;
use crate::report::StudyReport;
use crate::rules::CO_3;
use crate::semester::Semester;

/// CO-3: the minutes an activity without a length counts for its day.
const ONE_HOUR: u32 = 60;

/// CO-3: the counselling time held in one teaching week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct WeekHeld {
    /// The week's Monday.
    pub monday: NaiveDate,
    /// The minutes of counselling hours held that week.
    pub minutes: u32,
}

impl WeekHeld {
    /// The hours held, to two decimals (CO-3).
    pub fn hours(&self) -> Decimal {
        (Decimal::from(self.minutes) / Decimal::from(ONE_HOUR)).round_dp(2)
    }
}

/// CO-3: the weekly counselling hours against the report.
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
    /// The Mondays of the weeks short of the counselling hours asked.
    pub missing_weeks: Vec<NaiveDate>,
    /// The counselling time held in each teaching week, in order.
    #[serde(default)]
    pub held: Vec<WeekHeld>,
}

/// CO-3: the minutes of counselling hours `activities` show in the week of `monday`: the
/// lengths given, and one hour for each day with an activity of no length.
pub fn minutes_held(activities: &[Activity], monday: NaiveDate) -> u32 {
    let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(monday);
    let mut days: BTreeMap<NaiveDate, (u32, bool)> = BTreeMap::new();
    for a in activities
        .iter()
        .filter(|a| a.occasion == Occasion::CounsellingHour)
        .filter(|a| (monday..=sunday).contains(&a.date))
    {
        let day = days.entry(a.date).or_default();
        match a.minutes {
            Some(m) => day.0 = day.0.saturating_add(m),
            None => day.1 = true,
        }
    }
    days.values()
        .map(|(timed, untimed)| timed.saturating_add(if *untimed { ONE_HOUR } else { 0 }))
        .fold(0, u32::saturating_add)
}

impl StudyReport {
    /// CO-3: the weekly counselling hours, every teaching week of the semester: a week passes
    /// when the hours held reach the hours asked.
    pub fn hours(&self, policy: &CounsellingPolicy, semester: &Semester) -> HourCheck {
        let asked = policy.hours_for(&self.faculty);
        let held: Vec<WeekHeld> = semester
            .teaching_weeks()
            .into_iter()
            .map(|monday| WeekHeld {
                monday,
                minutes: minutes_held(&self.activities, monday),
            })
            .collect();
        let asked_minutes = u64::from(asked) * u64::from(ONE_HOUR);
        let missing_weeks: Vec<NaiveDate> = held
            .iter()
            .filter(|w| u64::from(w.minutes) < asked_minutes)
            .map(|w| w.monday)
            .collect();
        HourCheck {
            report: self.id.clone(),
            hours_per_week: asked,
            weeks: held.len(),
            weeks_held: held.len() - missing_weeks.len(),
            missing_weeks,
            held,
        }
    }
}

impl HourCheck {
    /// CO-3: a breach when a teaching week had fewer counselling hours than the schedule asks,
    /// naming each such week with the hours held in it.
    pub fn breach(&self) -> Option<Breach> {
        (!self.missing_weeks.is_empty()).then(|| {
            let weeks = self
                .held
                .iter()
                .filter(|w| self.missing_weeks.contains(&w.monday))
                .map(|w| {
                    Arg::from(
                        Message::new("counselling-week-of")
                            .arg("monday", w.monday)
                            .arg("held", Arg::Number(w.hours()))
                            .arg("hours", u64::from(self.hours_per_week)),
                    )
                })
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
