//! Instants in UTC, shown in Bucharest time (CAL-1); deadlines of N elapsed hours.

use std::fmt;

use chrono::{DateTime, Days, LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::CalendarError;
use crate::calendar::check;

pub use regula_core::time::BUCHAREST;

/// A moment in time: stored in UTC, shown in Bucharest local time (CAL-1), within the years
/// 1900–2199.
///
/// In JSON an instant is written with its UTC offset, `"2021-01-25T14:00:00+02:00"`; a request
/// may also give a Bucharest wall-clock time without offset, `"2021-01-25T14:00"`. A wall-clock
/// time that does not exist (the hour skipped when summer time starts) or that happens twice (the
/// hour repeated when it ends) is an error asking for the offset, never a guess.
///
/// ```
/// use regula_calendar::Instant;
///
/// let end: Instant = "2021-03-27T22:00".parse()?; // Saturday night, before the DST change
/// let deadline = end.plus_hours(24)?; // 24 elapsed hours (CAL-1)
/// assert_eq!(deadline.to_rfc3339(), "2021-03-28T23:00:00+03:00"); // the clocks moved forward
/// # Ok::<(), regula_calendar::CalendarError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(DateTime<Utc>);

impl Instant {
    /// An instant from a UTC date-time; `field` names it in the error when it is outside
    /// 1900–2199.
    pub fn from_utc(field: &'static str, utc: DateTime<Utc>) -> Result<Self, CalendarError> {
        check(field, utc.date_naive())?;
        Ok(Instant(utc))
    }

    /// The instant of a Bucharest wall-clock time; an error when that local time does not exist
    /// or happens twice.
    pub fn from_local(field: &'static str, local: NaiveDateTime) -> Result<Self, CalendarError> {
        match BUCHAREST.from_local_datetime(&local) {
            LocalResult::Single(time) => Instant::from_utc(field, time.with_timezone(&Utc)),
            LocalResult::None => Err(CalendarError::NonexistentLocalTime { field, time: local }),
            LocalResult::Ambiguous(..) => {
                Err(CalendarError::AmbiguousLocalTime { field, time: local })
            }
        }
    }

    /// The first instant of a Bucharest calendar day (local midnight, which always exists: the
    /// clocks change at 03:00 and 04:00).
    pub fn start_of_local_day(field: &'static str, date: NaiveDate) -> Result<Self, CalendarError> {
        Instant::from_local(field, date.and_time(chrono::NaiveTime::MIN))
    }

    /// The end of a Bucharest calendar day, as a deadline: the next day's local midnight. A
    /// deadline "by the end of 5 May" is met by anything done before 6 May 00:00.
    pub fn end_of_local_day(field: &'static str, date: NaiveDate) -> Result<Self, CalendarError> {
        let next = date
            .checked_add_days(Days::new(1))
            .ok_or(CalendarError::OutOfRange {
                field,
                date,
                min: crate::MIN_YEAR,
                max: crate::MAX_YEAR,
            })?;
        Instant::start_of_local_day(field, next)
    }

    /// Parses an instant, naming `field` in the error.
    pub fn parse(field: &'static str, text: &str) -> Result<Self, CalendarError> {
        let text = text.trim();
        if let Ok(time) = DateTime::parse_from_rfc3339(text) {
            return Instant::from_utc(field, time.with_timezone(&Utc));
        }
        // With an offset but without seconds (`2026-01-20T14:00+02:00`, `…14:00Z`), as a local
        // time without seconds is accepted.
        for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M%:z"] {
            let with_offset = text.strip_suffix(['Z', 'z']).map(|t| format!("{t}+00:00"));
            if let Ok(time) =
                DateTime::parse_from_str(with_offset.as_deref().unwrap_or(text), format)
            {
                return Instant::from_utc(field, time.with_timezone(&Utc));
            }
        }
        for format in [
            "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M:%S",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(local) = NaiveDateTime::parse_from_str(text, format) {
                return Instant::from_local(field, local);
            }
        }
        Err(CalendarError::NotAnInstant {
            text: text.to_owned(),
        })
    }

    /// The instant in UTC.
    pub const fn utc(self) -> DateTime<Utc> {
        self.0
    }

    /// The instant in Bucharest time.
    pub fn local(self) -> DateTime<Tz> {
        self.0.with_timezone(&BUCHAREST)
    }

    /// The Bucharest calendar date of the instant.
    pub fn local_date(self) -> NaiveDate {
        self.local().date_naive()
    }

    /// The instant `hours` elapsed hours later (CAL-1: a DST change does not shift it).
    pub fn plus_hours(self, hours: u32) -> Result<Self, CalendarError> {
        let later = self.0 + TimeDelta::hours(i64::from(hours));
        Instant::from_utc("instant", later)
    }

    /// Elapsed time from `earlier` to `self` (negative when `earlier` is later).
    pub fn since(self, earlier: Instant) -> TimeDelta {
        self.0 - earlier.0
    }

    /// RFC 3339 in Bucharest time, as [`regula_core::time::rfc3339`] writes every instant:
    /// `2021-01-25T14:00:00+02:00`; before 24 July 1931, when Bucharest's offset had seconds, in
    /// UTC (`1931-02-15T09:15:36Z`), so that it reads back as the same instant.
    pub fn to_rfc3339(self) -> String {
        regula_core::time::rfc3339(self.local().fixed_offset())
    }
}

/// Parses an instant whose field is named by the caller (a JSON path, a form label).
impl std::str::FromStr for Instant {
    type Err = CalendarError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Instant::parse("", text)
    }
}

/// Readable Bucharest time: `Mon 25 Jan 2021 14:00 EET`.
impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.local().format("%a %-d %b %Y %H:%M %Z"))
    }
}

/// In JSON: RFC 3339 with the offset (`"2021-10-29T14:00:00+03:00"`, the seconds may be left
/// out), or a Bucharest wall-clock time without one (`"2021-10-29T14:00"`).
impl schemars::JsonSchema for Instant {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Instant".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An instant: RFC 3339 with the UTC offset (the seconds may be left out), or a Bucharest wall-clock time without one; responses write Bucharest time with its offset (UTC before 24 July 1931, when the offset had seconds).",
            "examples": ["2021-10-29T14:00:00+03:00", "2021-10-29T14:00"]
        })
    }
}

impl Serialize for Instant {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl From<Instant> for regula_core::locale::Arg {
    /// The instant in Bucharest time, as explanations write it („20 ianuarie 2026, 14:30”).
    fn from(instant: Instant) -> Self {
        regula_core::locale::Arg::Instant(instant.local().fixed_offset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing (the `registers` target): a catalog with an exam ending in 1931 did not
    /// read back, because its end was written with the offset cut to +01:44 and read back 24
    /// seconds later, which changed the register's hash.
    #[test]
    fn an_instant_before_1931_reads_back_from_its_json_as_the_same_instant() {
        let lmt: Instant = "1931-02-15T11:00".parse().unwrap();
        assert_eq!(lmt.utc().to_rfc3339(), "1931-02-15T09:15:36+00:00");
        let json = serde_json::to_string(&lmt).unwrap();
        assert_eq!(json, "\"1931-02-15T09:15:36Z\"");
        assert_eq!(serde_json::from_str::<Instant>(&json).unwrap(), lmt);
        // From 24 July 1931, whole minutes: Bucharest time with its offset, as always.
        let eet: Instant = "1931-07-24T12:00".parse().unwrap();
        assert_eq!(eet.to_rfc3339(), "1931-07-24T12:00:00+02:00");
    }

    #[test]
    fn local_times_without_offset_are_bucharest_time() {
        let winter: Instant = "2021-01-25T12:00".parse().unwrap();
        assert_eq!(winter.utc().to_rfc3339(), "2021-01-25T10:00:00+00:00");
        let summer: Instant = "2021-06-25 12:00".parse().unwrap();
        assert_eq!(summer.utc().to_rfc3339(), "2021-06-25T09:00:00+00:00");
        let explicit: Instant = "2021-06-25T09:00:00Z".parse().unwrap();
        assert_eq!(explicit, summer);
        assert_eq!(summer.to_string(), "Fri 25 Jun 2021 12:00 EEST");
    }

    /// CAL-1: an instant with an offset may leave out the seconds, as a local time may.
    #[test]
    fn an_offset_without_seconds_is_an_instant() {
        let with: Instant = "2026-01-20T14:00:00+02:00".parse().unwrap();
        let without: Instant = "2026-01-20T14:00+02:00".parse().unwrap();
        assert_eq!(with, without);
        let utc: Instant = "2026-01-20T12:00Z".parse().unwrap();
        assert_eq!(utc, with);
        let spaced: Instant = "2026-01-20 14:00+02:00".parse().unwrap();
        assert_eq!(spaced, with);
        assert!("2026-01-20T14:00+2".parse::<Instant>().is_err());
    }

    #[test]
    fn skipped_and_repeated_local_times_are_errors() {
        // 28 March 2021: 03:00 → 04:00; 31 October 2021: 04:00 → 03:00.
        let err = "2021-03-28T03:30".parse::<Instant>().unwrap_err();
        assert!(
            matches!(err, CalendarError::NonexistentLocalTime { .. }),
            "{err}"
        );
        let err = "2021-10-31T03:30".parse::<Instant>().unwrap_err();
        assert!(
            matches!(err, CalendarError::AmbiguousLocalTime { .. }),
            "{err}"
        );
        assert!("2021-10-31T03:30:00+03:00".parse::<Instant>().is_ok());
        assert!("tomorrow".parse::<Instant>().is_err());
        assert!("2300-01-01T00:00".parse::<Instant>().is_err());
    }

    #[test]
    fn hours_are_elapsed_hours_across_dst() {
        let before: Instant = "2021-10-30T20:00".parse().unwrap();
        let later = before.plus_hours(48).unwrap();
        assert_eq!(later.since(before), TimeDelta::hours(48));
        assert_eq!(later.to_rfc3339(), "2021-11-01T19:00:00+02:00"); // wall clock: 47 h later
    }

    #[test]
    fn the_end_of_a_day_is_the_next_local_midnight() {
        let date = NaiveDate::from_ymd_opt(2021, 3, 27).unwrap();
        let end = Instant::end_of_local_day("date", date).unwrap();
        assert_eq!(end.to_rfc3339(), "2021-03-28T00:00:00+02:00");
    }
}
