//! The semester a report covers: inside its academic year, with its breaks.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};
use regula_core::AcademicYear;
use serde::{Deserialize, Serialize};

use crate::error::{CounsellingError, invalid};

/// A period of days, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub from: NaiveDate,
    /// The last day.
    pub to: NaiveDate,
}

/// A semester of an academic year (CO-3, CO-5: "every semester").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Semester {
    /// The academic year (`2025/2026`).
    pub academic_year: AcademicYear,
    /// 1 or 2.
    pub number: u8,
    /// Its first and last day of teaching.
    pub from: NaiveDate,
    /// Its last day.
    pub to: NaiveDate,
    /// Holidays inside it (the winter holiday): their weeks owe no counselling hour.
    #[serde(default)]
    pub breaks: Vec<Period>,
}

impl Semester {
    /// Checks the semester lies in its academic year (1 October – 30 September), in order.
    pub fn validated(&self) -> Result<(), CounsellingError> {
        if !(1..=2).contains(&self.number) {
            return Err(invalid(
                "semester.number",
                format!("{} is not 1 or 2", self.number),
            ));
        }
        let year = self.academic_year;
        for (field, day) in [("semester.from", self.from), ("semester.to", self.to)] {
            regula_calendar::check_date(field, day)?;
            if AcademicYear::containing(day) != year {
                return Err(invalid(
                    field,
                    format!("{day} is outside the academic year {year}"),
                ));
            }
        }
        if self.to < self.from {
            return Err(invalid(
                "semester.to",
                format!("{} is before `semester.from` = {}", self.to, self.from),
            ));
        }
        for (i, b) in self.breaks.iter().enumerate() {
            if b.to < b.from {
                return Err(invalid(
                    format!("semester.breaks[{i}].to"),
                    format!("{} is before its start {}", b.to, b.from),
                ));
            }
        }
        Ok(())
    }

    /// Whether `day` is in the semester.
    pub fn contains(&self, day: NaiveDate) -> bool {
        (self.from..=self.to).contains(&day)
    }

    /// The Mondays of the semester's teaching weeks: every week it touches, less the weeks that
    /// fall wholly in a break.
    pub fn teaching_weeks(&self) -> Vec<NaiveDate> {
        let back = u64::from(self.from.weekday().num_days_from_monday());
        let mut monday = self
            .from
            .checked_sub_days(Days::new(back))
            .unwrap_or(self.from);
        let mut weeks = Vec::new();
        while monday <= self.to {
            let sunday = monday.checked_add_days(Days::new(6)).unwrap_or(monday);
            let first = monday.max(self.from);
            let last = sunday.min(self.to);
            let in_break = self.breaks.iter().any(|b| b.from <= first && last <= b.to);
            if !in_break {
                weeks.push(monday);
            }
            match monday.checked_add_days(Days::new(7)) {
                Some(next) => monday = next,
                None => break,
            }
        }
        weeks
    }
}

impl fmt::Display for Semester {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let semester = regula_core::locale::Message::new("counselling-semester")
            .arg("number", u64::from(self.number))
            .arg("year", self.academic_year.to_string())
            .arg("from", self.from)
            .arg("to", self.to);
        write!(f, "{semester}")
    }
}
