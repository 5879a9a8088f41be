//! Working days (CAL-3): Monday to Friday, not a public holiday (CAL-2), not a day the
//! institution closed.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::holidays::{Holiday, public_holidays};
use crate::{CalendarError, MAX_YEAR, MIN_YEAR};

/// A day an institution closes on top of the public holidays (CAL-2): a rector's day off, a
/// "punte" bridging day, a day the government gives state employees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClosedDay {
    /// The date.
    pub date: NaiveDate,
    /// Why it is closed, as the decision that closed it says.
    pub reason: String,
}

/// Why a day is not a working day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Closure {
    /// Saturday or Sunday.
    Weekend,
    /// A public holiday (CAL-2).
    Holiday {
        /// Which one.
        holiday: Holiday,
    },
    /// A day the institution closed.
    Institution {
        /// Its reason.
        reason: String,
    },
}

/// The working-day calendar of an institution (CAL-3) for the years 1900–2199: weekends, the
/// Romanian public holidays in force each year (CAL-2) and the institution's own closed days.
///
/// Build it once and share it: it holds one bit per day (about 14 KB), so that a working-day
/// question is a lookup, not a computation.
///
/// ```
/// use regula_calendar::Calendar;
/// use chrono::NaiveDate;
///
/// let calendar = Calendar::romania();
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// // Friday 29 November 2024 + 1 working day: 30 Nov (Saint Andrew) and 1 Dec (National Day)
/// // fall on the weekend, so it is Monday 2 December.
/// assert_eq!(calendar.add_working_days(d(2024, 11, 29), 1)?, d(2024, 12, 2));
/// // Thursday 28 November 2019 + 1: Friday 29 Nov is a working day.
/// assert_eq!(calendar.add_working_days(d(2019, 11, 28), 1)?, d(2019, 11, 29));
/// # Ok::<(), regula_calendar::CalendarError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Bit `i` is set when day `i` (days since 1900-01-01) is a working day.
    working: Vec<u64>,
    closed: BTreeMap<NaiveDate, String>,
}

const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(MIN_YEAR, 1, 1) {
    Some(date) => date,
    None => unreachable!(),
};
const LAST: NaiveDate = match NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31) {
    Some(date) => date,
    None => unreachable!(),
};

impl Calendar {
    /// The Romanian calendar: weekends and public holidays only.
    pub fn romania() -> Self {
        let days = index(LAST) + 1;
        let mut working = vec![0u64; days.div_ceil(64)];
        // 1900-01-01 was a Monday: day i is a weekday when i % 7 < 5.
        for i in 0..days {
            if i % 7 < 5 {
                working[i / 64] |= 1 << (i % 64);
            }
        }
        let mut calendar = Calendar {
            working,
            closed: BTreeMap::new(),
        };
        for year in MIN_YEAR..=MAX_YEAR {
            for (date, _) in public_holidays(year).unwrap_or_default() {
                calendar.close(date);
            }
        }
        calendar
    }

    /// The Romanian calendar with an institution's closed days added; an error names a date
    /// outside 1900–2199.
    pub fn with_closed_days(
        days: impl IntoIterator<Item = ClosedDay>,
    ) -> Result<Self, CalendarError> {
        let mut calendar = Calendar::romania();
        for day in days {
            check("closed_days.date", day.date)?;
            calendar.close(day.date);
            calendar.closed.insert(day.date, day.reason);
        }
        Ok(calendar)
    }

    /// The institution's closed days.
    pub fn closed_days(&self) -> impl Iterator<Item = ClosedDay> + '_ {
        self.closed.iter().map(|(date, reason)| ClosedDay {
            date: *date,
            reason: reason.clone(),
        })
    }

    fn close(&mut self, date: NaiveDate) {
        let i = index(date);
        self.working[i / 64] &= !(1 << (i % 64));
    }

    fn bit(&self, date: NaiveDate) -> bool {
        let i = index(date);
        self.working[i / 64] & (1 << (i % 64)) != 0
    }

    /// Whether `date` is a working day (CAL-3).
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        check("date", date)?;
        Ok(self.bit(date))
    }

    /// Why `date` is not a working day, or `None` when it is one.
    pub fn closure(&self, date: NaiveDate) -> Result<Option<Closure>, CalendarError> {
        check("date", date)?;
        if self.bit(date) {
            return Ok(None);
        }
        if let Some(reason) = self.closed.get(&date) {
            return Ok(Some(Closure::Institution {
                reason: reason.clone(),
            }));
        }
        if let Some((_, holiday)) = public_holidays(date.year())?
            .into_iter()
            .find(|(d, _)| *d == date)
        {
            return Ok(Some(Closure::Holiday { holiday }));
        }
        debug_assert!(matches!(date.weekday(), Weekday::Sat | Weekday::Sun));
        Ok(Some(Closure::Weekend))
    }

    /// The `n`-th working day after `date` (`date` itself is not counted; `n = 0` gives `date`).
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
        check("date", date)?;
        let mut i = index(date);
        let last = index(LAST);
        for _ in 0..n {
            loop {
                i += 1;
                if i > last {
                    return Err(out_of_range("date", LAST));
                }
                if self.working[i / 64] & (1 << (i % 64)) != 0 {
                    break;
                }
            }
        }
        Ok(from_index(i))
    }

    /// The `n`-th working day before `date` (`date` itself is not counted; `n = 0` gives `date`).
    pub fn subtract_working_days(
        &self,
        date: NaiveDate,
        n: u32,
    ) -> Result<NaiveDate, CalendarError> {
        check("date", date)?;
        let mut i = index(date);
        for _ in 0..n {
            loop {
                if i == 0 {
                    return Err(out_of_range("date", EPOCH));
                }
                i -= 1;
                if self.working[i / 64] & (1 << (i % 64)) != 0 {
                    break;
                }
            }
        }
        Ok(from_index(i))
    }

    /// How many working days fall after `start` up to and including `end`, so that
    /// `working_days_after(d, add_working_days(d, n)) == n`. An error when `end` is before
    /// `start`.
    pub fn working_days_after(
        &self,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<u32, CalendarError> {
        check("start", start)?;
        check("end", end)?;
        if end < start {
            return Err(CalendarError::EndBeforeStart {
                start_field: "start",
                start: start.to_string(),
                end_field: "end",
                end: end.to_string(),
            });
        }
        let (from, to) = (index(start) + 1, index(end) + 1); // the half-open range [from, to)
        Ok(count_bits(&self.working, from, to))
    }
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::romania()
    }
}

/// Ones in bits `[from, to)`.
fn count_bits(words: &[u64], from: usize, to: usize) -> u32 {
    if from >= to {
        return 0;
    }
    let mask = |lo: usize, hi: usize| -> u64 {
        // bits lo..hi of one word, 0 <= lo < hi <= 64
        let upper = if hi == 64 { u64::MAX } else { (1u64 << hi) - 1 };
        upper & !((1u64 << lo) - 1)
    };
    let (first, last) = (from / 64, (to - 1) / 64);
    if first == last {
        return (words[first] & mask(from % 64, (to - 1) % 64 + 1)).count_ones();
    }
    let mut count = (words[first] & mask(from % 64, 64)).count_ones();
    count += words[first + 1..last]
        .iter()
        .map(|w| w.count_ones())
        .sum::<u32>();
    count + (words[last] & mask(0, (to - 1) % 64 + 1)).count_ones()
}

fn index(date: NaiveDate) -> usize {
    (date - EPOCH).num_days() as usize
}

fn from_index(i: usize) -> NaiveDate {
    EPOCH.checked_add_days(Days::new(i as u64)).unwrap_or(LAST)
}

fn out_of_range(field: &'static str, date: NaiveDate) -> CalendarError {
    CalendarError::OutOfRange {
        field,
        date,
        min: MIN_YEAR,
        max: MAX_YEAR,
    }
}

/// An error unless `date` is in 1900–2199; `field` names it.
pub fn check(field: &'static str, date: NaiveDate) -> Result<(), CalendarError> {
    if (EPOCH..=LAST).contains(&date) {
        Ok(())
    } else {
        Err(out_of_range(field, date))
    }
}

/// `date` plus `n` calendar days ("within 2 weeks" = 14 days); an error naming `field` outside
/// 1900–2199.
pub fn add_days(field: &'static str, date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
    check(field, date)?;
    let result = date
        .checked_add_days(Days::new(u64::from(n)))
        .ok_or(out_of_range(field, LAST))?;
    check(field, result)?;
    Ok(result)
}

/// `date` minus `n` calendar days ("no earlier than 10 days before"); an error naming `field`
/// outside 1900–2199.
pub fn subtract_days(
    field: &'static str,
    date: NaiveDate,
    n: u32,
) -> Result<NaiveDate, CalendarError> {
    check(field, date)?;
    let result = date
        .checked_sub_days(Days::new(u64::from(n)))
        .ok_or(out_of_range(field, EPOCH))?;
    check(field, result)?;
    Ok(result)
}

/// `date` plus `n` calendar months; a day that the target month lacks becomes its last day
/// (31 January + 1 month = 28 or 29 February), as the catalogue's conventions say (CAL-1).
///
/// ```
/// use regula_calendar::add_months;
/// use chrono::NaiveDate;
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(add_months(d(2024, 1, 31), 1)?, d(2024, 2, 29));
/// assert_eq!(add_months(d(2023, 1, 31), 1)?, d(2023, 2, 28));
/// assert_eq!(add_months(d(2023, 10, 15), 3)?, d(2024, 1, 15));
/// # Ok::<(), regula_calendar::CalendarError>(())
/// ```
pub fn add_months(date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
    check("date", date)?;
    let result = date
        .checked_add_months(Months::new(n))
        .ok_or(out_of_range("date", LAST))?;
    check("date", result)?;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn calendar_days_stay_in_the_supported_years_and_name_the_field() {
        assert_eq!(add_days("due", d(2024, 2, 20), 14).unwrap(), d(2024, 3, 5));
        assert_eq!(
            subtract_days("due", d(2024, 3, 1), 10).unwrap(),
            d(2024, 2, 20)
        );
        let err = add_days("return", d(2199, 12, 25), 10).unwrap_err();
        assert!(
            err.to_string().starts_with("`return` = 2200-01-04"),
            "{err}"
        );
        assert!(subtract_days("departure", d(1900, 1, 5), 10).is_err());
    }

    #[test]
    fn the_epoch_is_a_monday() {
        assert_eq!(EPOCH.weekday(), Weekday::Mon);
    }

    #[test]
    fn weekends_holidays_and_closed_days_are_not_working_days() {
        let calendar = Calendar::with_closed_days([ClosedDay {
            date: d(2021, 12, 27),
            reason: "Rector's decision 123/2021".into(),
        }])
        .unwrap();
        assert!(calendar.is_working_day(d(2021, 12, 22)).unwrap());
        assert_eq!(
            calendar.closure(d(2021, 12, 25)).unwrap(),
            Some(Closure::Holiday {
                holiday: Holiday::Christmas
            })
        );
        assert_eq!(
            calendar.closure(d(2021, 12, 26)).unwrap(),
            Some(Closure::Holiday {
                holiday: Holiday::ChristmasSecondDay
            })
        );
        assert_eq!(
            calendar.closure(d(2021, 12, 18)).unwrap(),
            Some(Closure::Weekend)
        );
        assert_eq!(
            calendar.closure(d(2021, 12, 27)).unwrap(),
            Some(Closure::Institution {
                reason: "Rector's decision 123/2021".into()
            })
        );
        // Wednesday 22 Dec + 3 working days: 23, 24, (25–27 closed), 28.
        assert_eq!(
            calendar.add_working_days(d(2021, 12, 22), 3).unwrap(),
            d(2021, 12, 28)
        );
        assert_eq!(
            calendar.subtract_working_days(d(2021, 12, 28), 3).unwrap(),
            d(2021, 12, 22)
        );
        assert_eq!(
            calendar
                .working_days_after(d(2021, 12, 22), d(2021, 12, 28))
                .unwrap(),
            3
        );
    }

    #[test]
    fn counting_across_many_words_matches_day_by_day() {
        let calendar = Calendar::romania();
        let (start, end) = (d(2019, 9, 30), d(2021, 2, 3));
        let mut by_day = 0;
        let mut day = start;
        while day < end {
            day = day.succ_opt().unwrap();
            by_day += u32::from(calendar.is_working_day(day).unwrap());
        }
        assert_eq!(calendar.working_days_after(start, end).unwrap(), by_day);
        assert_eq!(calendar.working_days_after(start, start).unwrap(), 0);
    }

    #[test]
    fn errors_name_the_field() {
        let calendar = Calendar::romania();
        let err = calendar
            .working_days_after(d(2021, 5, 3), d(2021, 5, 1))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "`end` = 2021-05-01 comes before `start` = 2021-05-03"
        );
        let err = calendar.add_working_days(d(2200, 1, 1), 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "`date` = 2200-01-01: Regula's calendar covers the years 1900–2199"
        );
        assert!(calendar.add_working_days(d(2199, 12, 30), 5).is_err());
        assert!(calendar.subtract_working_days(d(1900, 1, 2), 5).is_err());
    }
}
