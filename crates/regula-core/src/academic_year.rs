use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// An academic year (*an universitar*), written `2021/2022`: from 1 October of its first year to
/// 30 September of the next.
///
/// ```
/// use regula_core::AcademicYear;
/// use chrono::NaiveDate;
///
/// let year: AcademicYear = "2021/2022".parse()?;
/// assert_eq!(year.start_year(), 2021);
/// assert_eq!(year.years_after(&"2019/2020".parse()?), 2);
/// let day = NaiveDate::from_ymd_opt(2022, 6, 20).unwrap();
/// assert_eq!(AcademicYear::containing(day), year);
/// assert!("2021/2023".parse::<AcademicYear>().is_err());
/// # Ok::<(), regula_core::ValueError>(())
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(try_from = "String", into = "String")]
pub struct AcademicYear(i32);

impl AcademicYear {
    /// The academic year that starts in October of `start_year`.
    pub const fn starting(start_year: i32) -> Self {
        AcademicYear(start_year)
    }

    /// The academic year a date falls in (it starts on 1 October).
    pub fn containing(date: NaiveDate) -> Self {
        if date.month() >= 10 {
            AcademicYear(date.year())
        } else {
            AcademicYear(date.year() - 1)
        }
    }

    /// The calendar year it starts in.
    pub const fn start_year(self) -> i32 {
        self.0
    }

    /// How many academic years `self` comes after `earlier` (negative when it comes before).
    pub const fn years_after(self, earlier: &AcademicYear) -> i32 {
        self.0 - earlier.0
    }
}

impl FromStr for AcademicYear {
    type Err = crate::ValueError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let invalid = || crate::ValueError::NotAnAcademicYear {
            text: text.to_owned(),
        };
        let (first, second) = text.trim().split_once('/').ok_or_else(invalid)?;
        let first: i32 = first.parse().map_err(|_| invalid())?;
        let second: i32 = second.parse().map_err(|_| invalid())?;
        if second != first + 1 || !(1000..=9998).contains(&first) {
            return Err(invalid());
        }
        Ok(AcademicYear(first))
    }
}

impl TryFrom<String> for AcademicYear {
    type Error = crate::ValueError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<AcademicYear> for String {
    fn from(year: AcademicYear) -> String {
        year.to_string()
    }
}

impl fmt::Display for AcademicYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0, self.0 + 1)
    }
}
