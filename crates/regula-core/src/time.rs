//! The regulations' clock (CAL-1): `Europe/Bucharest`, and the one way an instant is written as
//! RFC 3339 text so that it reads back as the same instant — used by the calendar's `Instant`
//! and by the instants a message cites.

use chrono::{DateTime, FixedOffset, SecondsFormat};
use chrono_tz::Tz;

/// The time zone of every rule: `Europe/Bucharest` (CAL-1).
pub const BUCHAREST: Tz = chrono_tz::Europe::Bucharest;

/// `at` in Bucharest time, with the offset Bucharest's clocks kept then.
pub fn in_bucharest(at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    at.with_timezone(&BUCHAREST).fixed_offset()
}

/// `at` as RFC 3339 in its own offset: `2021-01-25T14:00:00+02:00`.
///
/// An offset that is not a whole number of minutes cannot be written in RFC 3339, which has no
/// seconds in offsets: Bucharest kept its mean solar time, 1:44:24 ahead of UTC, until
/// 24 July 1931. Cut to `+01:44`, such an instant would read back 24 seconds later; it is written
/// in UTC instead, `1921-10-29T12:15:36Z`, and reads back as the same instant. UTC itself is
/// written `Z`, so that what was written reads back and writes again to the same text.
///
/// ```
/// use chrono::{FixedOffset, TimeZone};
///
/// let eet = FixedOffset::east_opt(2 * 3600).unwrap();
/// let at = eet.with_ymd_and_hms(2021, 1, 25, 14, 0, 0).unwrap();
/// assert_eq!(regula_core::time::rfc3339(at), "2021-01-25T14:00:00+02:00");
///
/// let mean_solar_time = FixedOffset::east_opt(6264).unwrap(); // 1:44:24
/// let at = mean_solar_time.with_ymd_and_hms(1921, 10, 29, 14, 0, 0).unwrap();
/// assert_eq!(regula_core::time::rfc3339(at), "1921-10-29T12:15:36Z");
/// ```
pub fn rfc3339(at: DateTime<FixedOffset>) -> String {
    let offset = at.offset().local_minus_utc();
    if offset % 60 == 0 && offset != 0 {
        at.to_rfc3339()
    } else {
        at.to_utc().to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
}

/// Serialises `at` in Bucharest time as [`rfc3339`] writes it (a `serialize_with` for serde).
pub(crate) fn serialize_in_bucharest<S: serde::Serializer>(
    at: &DateTime<FixedOffset>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&rfc3339(in_bucharest(*at)))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    /// CAL-1: an instant in any offset, whole minutes or not, reads back as the same instant and
    /// writes again to the same text.
    #[test]
    fn an_instant_in_any_offset_reads_back_as_the_same_instant() {
        for seconds in [6264, 7200, 10800, 0, -3600, 6264 + 30, 5 * 3600 + 45 * 60] {
            let offset = FixedOffset::east_opt(seconds).unwrap();
            let at = offset.with_ymd_and_hms(1921, 10, 29, 14, 0, 7).unwrap();
            let text = rfc3339(at);
            let again = DateTime::parse_from_rfc3339(&text).unwrap();
            assert_eq!(again, at, "{text}");
            assert_eq!(rfc3339(again), text, "written twice the same");
        }
    }

    /// CAL-1: Bucharest's offsets — its mean solar time until 1931, EET and EEST after.
    #[test]
    fn bucharest_time_has_the_offset_its_clocks_kept() {
        let utc = FixedOffset::east_opt(0).unwrap();
        let offset = |y, m, d| {
            let at = utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap();
            in_bucharest(at).offset().local_minus_utc()
        };
        assert_eq!(offset(1921, 10, 29), 6264);
        assert_eq!(offset(2021, 1, 25), 7200);
        assert_eq!(offset(2021, 7, 25), 10800);
    }
}
