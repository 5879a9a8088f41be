//! CO-1's appointment deadlines: a role the policy says is appointed within N days of the
//! academic year's start — the academic year's, not the semester's, because an
//! appointment (a tutor for a year of study) holds for the whole year and a second semester's
//! file must not move its deadline. Within N days is by the year's N-th day, 1 October being the
//! first; 0 is by 30 September, the day before it starts ("appointed until 30 September"). A
//! holder appointed later, or whose appointment carries no date, is a breach naming the day it
//! was due.

use chrono::{Days, NaiveDate};
use regula_core::locale::Message;
use regula_core::{AcademicYear, Breach};

use crate::organisation::Organisation;
use crate::policy::CounsellingPolicy;
use crate::rules::CO_1;

/// CO-1: the last day an appointment is due: the academic year's `days`-th day, 1 October being
/// the first, or 30 September for 0; `None` past the calendar's range.
pub fn due_day(year: AcademicYear, days: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year.start_year(), 9, 30)?.checked_add_days(Days::new(u64::from(days)))
}

impl Organisation {
    /// CO-1: the appointments to a role with a deadline that came after it, or carry no date,
    /// in the order of `staff`.
    pub fn late_appointments(&self, policy: &CounsellingPolicy, year: AcademicYear) -> Vec<Breach> {
        let mut found = Vec::new();
        for a in &self.staff {
            let Some(role) = policy.role(&a.role) else {
                continue;
            };
            let Some(days) = role.appointed_within_days else {
                continue;
            };
            let Some(due) = due_day(year, days) else {
                continue;
            };
            let holder = match &a.faculty {
                Some(f) => Message::new("counselling-role-of")
                    .arg("role", role.name_arg())
                    .arg("faculty", f.as_str()),
                None => Message::new("counselling-role").arg("role", role.name_arg()),
            };
            let message = match a.appointed_on {
                Some(on) if on <= due => continue,
                Some(on) => Message::new("counselling-appointment-late").arg("on", on),
                None => Message::new("counselling-appointment-undated"),
            };
            found.push(Breach::new(
                &CO_1,
                message
                    .arg("person", a.person.as_str())
                    .arg("holder", holder)
                    .arg("due", due)
                    .arg("days", u64::from(days)),
            ));
        }
        found
    }
}
