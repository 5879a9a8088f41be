//! The calendar's invariants (CAL-1..CAL-3), as property tests named after their rules.

use chrono::{Datelike, Days, NaiveDate, TimeDelta, Weekday};
use proptest::prelude::*;
use regula_calendar::{
    Calendar, ClosedDay, Holiday, Instant, add_months, orthodox_easter, public_holidays,
};
use std::sync::OnceLock;

fn calendar() -> &'static Calendar {
    static CALENDAR: OnceLock<Calendar> = OnceLock::new();
    CALENDAR.get_or_init(|| {
        Calendar::with_closed_days([ClosedDay {
            date: NaiveDate::from_ymd_opt(2022, 6, 3).unwrap(),
            reason: "Rector's day".into(),
        }])
        .unwrap()
    })
}

/// Any date from 1901 to 2198, so that two months either side stay in range.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(1901, 1, 1).unwrap();
    (0u64..108_000).prop_map(move |d| start.checked_add_days(Days::new(d)).unwrap())
}

fn is_holiday(date: NaiveDate) -> bool {
    public_holidays(date.year())
        .unwrap()
        .iter()
        .any(|(d, _)| *d == date)
}

proptest! {
    /// CAL-3: adding or subtracting N ≥ 1 working days never lands on a weekend, a public
    /// holiday or a closed day.
    #[test]
    fn cal3_working_day_arithmetic_never_lands_on_a_weekend_or_holiday(date in any_date(), n in 1u32..=45) {
        for result in [
            calendar().add_working_days(date, n).unwrap(),
            calendar().subtract_working_days(date, n).unwrap(),
        ] {
            prop_assert!(!matches!(result.weekday(), Weekday::Sat | Weekday::Sun), "{}", result);
            prop_assert!(!is_holiday(result), "{} is a holiday", result);
            prop_assert!(calendar().is_working_day(result).unwrap());
        }
    }

    /// CAL-3: adding then subtracting N working days returns to a working day at or before the
    /// start — the start itself when it is a working day.
    #[test]
    fn cal3_adding_then_subtracting_returns_at_or_before_the_start(date in any_date(), n in 1u32..=45) {
        let there = calendar().add_working_days(date, n).unwrap();
        let back = calendar().subtract_working_days(there, n).unwrap();
        prop_assert!(back <= date);
        prop_assert!(calendar().is_working_day(back).unwrap());
        if calendar().is_working_day(date).unwrap() {
            prop_assert_eq!(back, date);
        } else {
            // No working day lies strictly between `back` and `date`.
            prop_assert_eq!(calendar().working_days_after(back, date).unwrap(), 0);
        }
    }

    /// CAL-3: counting agrees with adding: exactly N working days follow the start up to the
    /// N-th working day after it, and the count grows by one per working day.
    #[test]
    fn cal3_counting_agrees_with_adding(date in any_date(), n in 0u32..=45) {
        let there = calendar().add_working_days(date, n).unwrap();
        prop_assert_eq!(calendar().working_days_after(date, there).unwrap(), n);
        let next = there.succ_opt().unwrap();
        let step = u32::from(calendar().is_working_day(next).unwrap());
        prop_assert_eq!(calendar().working_days_after(date, next).unwrap(), n + step);
    }

    /// CAL-2: Orthodox Easter is a Sunday between 4 April and 8 May (Gregorian) in 1900–2099,
    /// and Good Friday, Easter Monday and Pentecost follow it.
    #[test]
    fn cal2_orthodox_easter_is_a_sunday_between_4_april_and_8_may(year in 1900i32..=2099) {
        let easter = orthodox_easter(year).unwrap();
        prop_assert_eq!(easter.weekday(), Weekday::Sun);
        prop_assert!(easter >= NaiveDate::from_ymd_opt(year, 4, 4).unwrap());
        prop_assert!(easter <= NaiveDate::from_ymd_opt(year, 5, 8).unwrap());
        let holidays = public_holidays(year).unwrap();
        let date_of = |h: Holiday| holidays.iter().find(|(_, x)| *x == h).map(|(d, _)| *d);
        prop_assert_eq!(date_of(Holiday::Easter), Some(easter));
        prop_assert_eq!(date_of(Holiday::EasterMonday), easter.succ_opt());
        if year >= 2008 {
            prop_assert_eq!(date_of(Holiday::Pentecost), easter.checked_add_days(Days::new(49)));
            prop_assert_eq!(date_of(Holiday::Pentecost).map(|d| d.weekday()), Some(Weekday::Sun));
        }
        if year >= 2018 {
            prop_assert_eq!(date_of(Holiday::GoodFriday).map(|d| d.weekday()), Some(Weekday::Fri));
        }
    }

    /// CAL-1: an N-hour deadline is exactly N elapsed hours after the event, also across the
    /// changes of the clocks; the wall clock may show N ± 1 hours.
    #[test]
    fn cal1_an_n_hour_deadline_is_exactly_n_elapsed_hours(minutes in 0i64..(200 * 365 * 24 * 60), hours in 0u32..=2000) {
        let base = "1950-01-01T00:00:00Z".parse::<Instant>().unwrap();
        let event = Instant::from_utc("event", base.utc() + TimeDelta::minutes(minutes)).unwrap();
        let deadline = event.plus_hours(hours).unwrap();
        prop_assert_eq!(deadline.since(event), TimeDelta::hours(i64::from(hours)));
        let wall = deadline.local().naive_local() - event.local().naive_local();
        prop_assert!((wall - TimeDelta::hours(i64::from(hours))).num_hours().abs() <= 1);
    }

    /// CAL-1: any instant of 1900–2199, to the second, reads back from its JSON as the same
    /// instant (registers hash their events' times, so a second lost is a register that no
    /// longer verifies); its text is RFC 3339, in Bucharest time where the offset is whole
    /// minutes.
    #[test]
    fn cal1_an_instant_reads_back_from_its_json_as_the_same_instant(seconds in 0i64..(300 * 365 * 24 * 3600 - 2 * 24 * 3600)) {
        let base = "1900-01-02T00:00:00Z".parse::<Instant>().unwrap();
        let instant = Instant::from_utc("at", base.utc() + TimeDelta::seconds(seconds)).unwrap();
        let json = serde_json::to_string(&instant).unwrap();
        prop_assert!(chrono::DateTime::parse_from_rfc3339(json.trim_matches('"')).is_ok(), "{}", json);
        prop_assert_eq!(serde_json::from_str::<Instant>(&json).unwrap(), instant, "{}", json);
    }

    /// Calendar months clamp to the end of the month (the catalogue's conventions, CAL-1): the result is in
    /// the target month, on the same day or on its last day.
    #[test]
    fn calendar_months_clamp_to_the_end_of_the_month(date in any_date(), months in 0u32..=12) {
        let result = add_months(date, months).unwrap();
        let target = (date.year() * 12 + date.month0() as i32) + months as i32;
        prop_assert_eq!(result.year() * 12 + result.month0() as i32, target);
        if result.day() != date.day() {
            prop_assert!(result.day() < date.day());
            prop_assert_eq!(result.succ_opt().unwrap().day(), 1, "{} is not the month's last day", result);
        }
    }
}
