//! The Romanian public holidays (CAL-2): Labour Code art. 139, with the year each was added, and
//! Orthodox Easter computed.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::{CalendarError, MAX_YEAR, MIN_YEAR};

/// A Romanian public holiday (*zi de sărbătoare legală*) of the Labour Code, art. 139 (CAL-2).
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
#[serde(rename_all = "snake_case")]
pub enum Holiday {
    /// 1 January.
    NewYear,
    /// 2 January.
    NewYearSecondDay,
    /// 6 January, Epiphany (*Bobotează*), from 2024.
    Epiphany,
    /// 7 January, Saint John the Baptist (*Sfântul Ioan Botezătorul*), from 2024.
    SaintJohn,
    /// 24 January, Union of the Romanian Principalities, from 2015.
    UnionDay,
    /// Orthodox Good Friday (*Vinerea Mare*), from 2018.
    GoodFriday,
    /// Orthodox Easter Sunday (*Paștele*).
    Easter,
    /// Orthodox Easter Monday.
    EasterMonday,
    /// 1 May, Labour Day.
    LabourDay,
    /// 1 June, Children's Day, from 2017.
    ChildrensDay,
    /// Orthodox Pentecost Sunday (*Rusaliile*), 49 days after Easter, from 2008.
    Pentecost,
    /// Orthodox Pentecost Monday, from 2008.
    PentecostMonday,
    /// 15 August, Dormition of the Mother of God (*Adormirea Maicii Domnului*), from 2009.
    Assumption,
    /// 30 November, Saint Andrew (*Sfântul Andrei*), from 2012.
    SaintAndrew,
    /// 1 December, National Day (*Ziua Națională*).
    NationalDay,
    /// 25 December, Christmas.
    Christmas,
    /// 26 December.
    ChristmasSecondDay,
}

impl Holiday {
    /// Every holiday, in calendar order of a typical year.
    pub const ALL: [Holiday; 17] = [
        Holiday::NewYear,
        Holiday::NewYearSecondDay,
        Holiday::Epiphany,
        Holiday::SaintJohn,
        Holiday::UnionDay,
        Holiday::GoodFriday,
        Holiday::Easter,
        Holiday::EasterMonday,
        Holiday::LabourDay,
        Holiday::ChildrensDay,
        Holiday::Pentecost,
        Holiday::PentecostMonday,
        Holiday::Assumption,
        Holiday::SaintAndrew,
        Holiday::NationalDay,
        Holiday::Christmas,
        Holiday::ChristmasSecondDay,
    ];

    /// The first year the holiday was a day off, or `None` for the days of the Labour Code's
    /// original list (1–2 January, Easter Sunday and Monday, 1 May, 1 December, 25–26 December),
    /// which Regula applies to every supported year.
    pub const fn since(self) -> Option<i32> {
        match self {
            Holiday::Epiphany | Holiday::SaintJohn => Some(2024),
            Holiday::UnionDay => Some(2015),
            Holiday::GoodFriday => Some(2018),
            Holiday::ChildrensDay => Some(2017),
            Holiday::Pentecost | Holiday::PentecostMonday => Some(2008),
            Holiday::Assumption => Some(2009),
            Holiday::SaintAndrew => Some(2012),
            Holiday::NewYear
            | Holiday::NewYearSecondDay
            | Holiday::Easter
            | Holiday::EasterMonday
            | Holiday::LabourDay
            | Holiday::NationalDay
            | Holiday::Christmas
            | Holiday::ChristmasSecondDay => None,
        }
    }

    /// Whether the holiday is a day off in `year`.
    pub const fn observed_in(self, year: i32) -> bool {
        match self.since() {
            Some(first) => year >= first,
            None => true,
        }
    }

    /// The holiday's Romanian name.
    pub const fn romanian_name(self) -> &'static str {
        match self {
            Holiday::NewYear => "Anul Nou",
            Holiday::NewYearSecondDay => "a doua zi de Anul Nou",
            Holiday::Epiphany => "Bobotează",
            Holiday::SaintJohn => "Sfântul Ioan Botezătorul",
            Holiday::UnionDay => "Ziua Unirii Principatelor Române",
            Holiday::GoodFriday => "Vinerea Mare",
            Holiday::Easter => "Paștele",
            Holiday::EasterMonday => "a doua zi de Paști",
            Holiday::LabourDay => "Ziua Muncii",
            Holiday::ChildrensDay => "Ziua Copilului",
            Holiday::Pentecost => "Rusaliile",
            Holiday::PentecostMonday => "a doua zi de Rusalii",
            Holiday::Assumption => "Adormirea Maicii Domnului",
            Holiday::SaintAndrew => "Sfântul Andrei",
            Holiday::NationalDay => "Ziua Națională a României",
            Holiday::Christmas => "Crăciunul",
            Holiday::ChristmasSecondDay => "a doua zi de Crăciun",
        }
    }

    /// The holiday's date in `year`, given that year's Orthodox Easter Sunday.
    fn date(self, year: i32, easter: NaiveDate) -> Option<NaiveDate> {
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        let from_easter = |days: i64| {
            if days >= 0 {
                easter.checked_add_days(Days::new(days.unsigned_abs()))
            } else {
                easter.checked_sub_days(Days::new(days.unsigned_abs()))
            }
        };
        match self {
            Holiday::NewYear => fixed(1, 1),
            Holiday::NewYearSecondDay => fixed(1, 2),
            Holiday::Epiphany => fixed(1, 6),
            Holiday::SaintJohn => fixed(1, 7),
            Holiday::UnionDay => fixed(1, 24),
            Holiday::GoodFriday => from_easter(-2),
            Holiday::Easter => Some(easter),
            Holiday::EasterMonday => from_easter(1),
            Holiday::LabourDay => fixed(5, 1),
            Holiday::ChildrensDay => fixed(6, 1),
            Holiday::Pentecost => from_easter(49),
            Holiday::PentecostMonday => from_easter(50),
            Holiday::Assumption => fixed(8, 15),
            Holiday::SaintAndrew => fixed(11, 30),
            Holiday::NationalDay => fixed(12, 1),
            Holiday::Christmas => fixed(12, 25),
            Holiday::ChristmasSecondDay => fixed(12, 26),
        }
    }
}

impl std::fmt::Display for Holiday {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.romanian_name())
    }
}

pub(crate) fn check_year(field: &'static str, year: i32) -> Result<(), CalendarError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError::YearOutOfRange {
            field,
            year,
            min: MIN_YEAR,
            max: MAX_YEAR,
        })
    }
}

/// Orthodox Easter Sunday of `year`, as a Gregorian date (CAL-2): the Julian computus (Meeus),
/// converted to the Gregorian calendar by the centuries' difference (13 days in 1900–2099, 14 in
/// 2100–2199).
///
/// ```
/// use regula_calendar::orthodox_easter;
/// use chrono::NaiveDate;
///
/// assert_eq!(orthodox_easter(2021)?, NaiveDate::from_ymd_opt(2021, 5, 2).unwrap());
/// assert_eq!(orthodox_easter(2024)?, NaiveDate::from_ymd_opt(2024, 5, 5).unwrap());
/// assert!(orthodox_easter(1899).is_err());
/// # Ok::<(), regula_calendar::CalendarError>(())
/// ```
pub fn orthodox_easter(year: i32) -> Result<NaiveDate, CalendarError> {
    check_year("year", year)?;
    Ok(orthodox_easter_unchecked(year))
}

pub(crate) fn orthodox_easter_unchecked(year: i32) -> NaiveDate {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31; // 3 = March, 4 = April (Julian)
    let day = (d + e + 114) % 31 + 1;
    let julian_to_gregorian = year / 100 - year / 400 - 2;
    // The Julian date read as a Gregorian one, then shifted: always a valid date in range.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
        .and_then(|d| d.checked_add_days(Days::new(julian_to_gregorian as u64)))
        .unwrap_or_default()
}

/// The public holidays of `year` in force that year, in date order (CAL-2). Two holidays can fall
/// on the same date (1 June and Pentecost Monday in 2020); both are listed.
///
/// ```
/// use regula_calendar::{public_holidays, Holiday};
///
/// let holidays = public_holidays(2017)?;
/// assert!(holidays.iter().any(|(_, h)| *h == Holiday::ChildrensDay)); // from 2017
/// assert!(!holidays.iter().any(|(_, h)| *h == Holiday::GoodFriday)); // from 2018
/// # Ok::<(), regula_calendar::CalendarError>(())
/// ```
pub fn public_holidays(year: i32) -> Result<Vec<(NaiveDate, Holiday)>, CalendarError> {
    check_year("year", year)?;
    let easter = orthodox_easter_unchecked(year);
    let mut days: Vec<(NaiveDate, Holiday)> = Holiday::ALL
        .iter()
        .filter(|h| h.observed_in(year))
        .filter_map(|h| h.date(year, easter).map(|d| (d, *h)))
        .collect();
    days.sort();
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn orthodox_easter_matches_the_published_dates() {
        // Dates published by the Romanian Orthodox Church.
        for (year, date) in [
            (1990, d(1990, 4, 15)),
            (2000, d(2000, 4, 30)),
            (2010, d(2010, 4, 4)),
            (2018, d(2018, 4, 8)),
            (2019, d(2019, 4, 28)),
            (2020, d(2020, 4, 19)),
            (2021, d(2021, 5, 2)),
            (2022, d(2022, 4, 24)),
            (2023, d(2023, 4, 16)),
            (2024, d(2024, 5, 5)),
            (2025, d(2025, 4, 20)),
            (2026, d(2026, 4, 12)),
        ] {
            assert_eq!(orthodox_easter(year).unwrap(), date, "{year}");
        }
    }

    #[test]
    fn the_2022_holidays() {
        let days: Vec<NaiveDate> = public_holidays(2022)
            .unwrap()
            .into_iter()
            .map(|(d, _)| d)
            .collect();
        assert_eq!(
            days,
            vec![
                d(2022, 1, 1),
                d(2022, 1, 2),
                d(2022, 1, 24),
                d(2022, 4, 22),
                d(2022, 4, 24),
                d(2022, 4, 25),
                d(2022, 5, 1),
                d(2022, 6, 1),
                d(2022, 6, 12),
                d(2022, 6, 13),
                d(2022, 8, 15),
                d(2022, 11, 30),
                d(2022, 12, 1),
                d(2022, 12, 25),
                d(2022, 12, 26),
            ]
        );
    }

    #[test]
    fn additions_take_effect_in_their_year() {
        let has = |year, holiday| {
            public_holidays(year)
                .unwrap()
                .iter()
                .any(|(_, h)| *h == holiday)
        };
        assert!(!has(2023, Holiday::Epiphany));
        assert!(has(2024, Holiday::Epiphany) && has(2024, Holiday::SaintJohn));
        assert!(!has(2007, Holiday::Pentecost) && has(2008, Holiday::PentecostMonday));
        assert!(!has(2011, Holiday::SaintAndrew) && has(2012, Holiday::SaintAndrew));
        assert!(has(1950, Holiday::Christmas) && !has(1950, Holiday::UnionDay));
    }

    #[test]
    fn years_outside_1900_2199_are_errors() {
        assert!(public_holidays(1899).is_err());
        assert!(public_holidays(2200).is_err());
        assert!(public_holidays(2199).is_ok());
        assert_eq!(orthodox_easter(2100).unwrap(), d(2100, 5, 2));
    }
}
