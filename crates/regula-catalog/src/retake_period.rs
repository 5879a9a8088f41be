//! When in the year a regulation holds its retake sessions (SC-2), and for whom: the UMC
//! procedure's September for everyone, or — as other regulations write it — 21–27 June for the
//! final years and 1–7 July for the others.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A day of the year by its month and day, `MM-DD` (`"09-01"`): a period that recurs every year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MonthDay {
    month: u32,
    day: u32,
}

impl MonthDay {
    /// The day `day` of `month`; `None` when no year has it (29 February is allowed).
    pub const fn new(month: u32, day: u32) -> Option<Self> {
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 => 29,
            _ => return None,
        };
        if day >= 1 && day <= days {
            Some(MonthDay { month, day })
        } else {
            None
        }
    }

    /// The same month and day as `date`.
    pub fn of(date: NaiveDate) -> Self {
        MonthDay {
            month: date.month(),
            day: date.day(),
        }
    }
}

impl FromStr for MonthDay {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || format!("`{text}` is not a day of the year as MM-DD (`09-01`)");
        let (month, day) = text.split_once('-').ok_or_else(wrong)?;
        if month.len() != 2 || day.len() != 2 {
            return Err(wrong());
        }
        let month = month.parse().map_err(|_| wrong())?;
        let day = day.parse().map_err(|_| wrong())?;
        MonthDay::new(month, day).ok_or_else(wrong)
    }
}

impl TryFrom<String> for MonthDay {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl From<MonthDay> for String {
    fn from(day: MonthDay) -> String {
        day.to_string()
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl schemars::JsonSchema for MonthDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MonthDay".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
            "description": "A day of the year, MM-DD (`09-01`)."
        })
    }
}

/// The caps some regulations set on retake sessions (SC-2); none in the UMC procedure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetakeCaps {
    /// The most retakes one student may be granted in one session (at least 1): the student's
    /// requests are granted in the order given, the ones beyond the cap refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_student: Option<u32>,
    /// The session before the final exams is for students whose outstanding courses carry at
    /// most this many credits (a *sesiune de lichidare* "for at most 20 credits"); a request must
    /// then give `outstanding_credits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_final_exams_max_credits: Option<regula_core::Credits>,
}

/// A period of the year in which a retake session may be held (SC-2), and for whom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetakePeriod {
    /// The period's first day, `MM-DD`.
    pub from: MonthDay,
    /// The period's last day, `MM-DD`, not before `from` (a period does not cross New Year).
    pub to: MonthDay,
    /// Whom the period is for: every student when absent; final-year students only when `true`;
    /// the students of the other years when `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_year: Option<bool>,
}

impl RetakePeriod {
    /// The UMC procedure's: September, for every student.
    pub const SEPTEMBER: RetakePeriod = RetakePeriod {
        from: MonthDay { month: 9, day: 1 },
        to: MonthDay { month: 9, day: 30 },
        final_year: None,
    };

    /// Whether the period is for a student who is (`final_year`) or is not in the final year.
    pub fn applies_to(&self, final_year: bool) -> bool {
        self.final_year.is_none_or(|only| only == final_year)
    }

    /// Whether the session from `from` to `to` lies within the period, in one year.
    pub fn holds(&self, from: NaiveDate, to: NaiveDate) -> bool {
        from.year() == to.year() && self.from <= MonthDay::of(from) && MonthDay::of(to) <= self.to
    }
}

impl RetakePeriod {
    /// The period as a phrase of an explanation: `06-21..06-27 (final years)`.
    pub fn message(&self) -> regula_core::locale::Message {
        let whom = match self.final_year {
            Some(true) => "catalog-retake-for-final",
            Some(false) => "catalog-retake-for-others",
            None => "catalog-retake-for-all",
        };
        regula_core::locale::Message::new("catalog-retake-period")
            .arg("from", self.from.to_string())
            .arg("to", self.to.to_string())
            .arg("whom", regula_core::locale::Arg::Term(whom.into()))
    }
}

impl fmt::Display for RetakePeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.from, self.to)?;
        match self.final_year {
            Some(true) => f.write_str(" (final years)"),
            Some(false) => f.write_str(" (other years)"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_day_of_the_year_is_read_and_written_as_mm_dd() {
        assert_eq!("09-01".parse::<MonthDay>().unwrap().to_string(), "09-01");
        assert_eq!(
            "02-29".parse::<MonthDay>().unwrap(),
            MonthDay::new(2, 29).unwrap()
        );
        for wrong in ["9-1", "13-01", "04-31", "00-10", "09/01", "", "ab-cd"] {
            let err = wrong.parse::<MonthDay>().unwrap_err();
            assert!(err.contains(&format!("`{wrong}`")), "{err}");
        }
    }

    #[test]
    fn sc2_a_session_is_held_within_a_period_for_its_students() {
        let july = RetakePeriod {
            from: "07-01".parse().unwrap(),
            to: "07-07".parse().unwrap(),
            final_year: Some(false),
        };
        assert!(july.holds(date("2024-07-01"), date("2024-07-07")));
        assert!(!july.holds(date("2024-06-30"), date("2024-07-07")));
        assert!(!july.holds(date("2024-07-01"), date("2024-07-08")));
        assert!(!july.holds(date("2024-07-01"), date("2025-07-05")));
        assert!(july.applies_to(false) && !july.applies_to(true));
        assert!(
            RetakePeriod::SEPTEMBER.applies_to(true) && RetakePeriod::SEPTEMBER.applies_to(false)
        );
    }
}
