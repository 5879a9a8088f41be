use chrono::{NaiveDate, NaiveDateTime};

/// What can be wrong with a calendar question; each variant names the field and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// Regula's calendar covers the years 1900–2199.
    #[error("`{field}` = {date}: Regula's calendar covers the years {min}–{max}")]
    OutOfRange {
        /// The field that held the date.
        field: &'static str,
        /// The date.
        date: NaiveDate,
        /// The first supported year.
        min: i32,
        /// The last supported year.
        max: i32,
    },
    /// A year outside 1900–2199.
    #[error("`{field}` = {year}: Regula's calendar covers the years {min}–{max}")]
    YearOutOfRange {
        /// The field that held the year.
        field: &'static str,
        /// The year.
        year: i32,
        /// The first supported year.
        min: i32,
        /// The last supported year.
        max: i32,
    },
    /// A local time that does not exist in Bucharest (the hour skipped when DST starts).
    #[error(
        "{}: this local time does not exist in Europe/Bucharest (the clocks skip it when summer time starts); give the UTC offset",
        named(field, time)
    )]
    NonexistentLocalTime {
        /// The field (empty when the caller names it, as a JSON path does).
        field: &'static str,
        /// The local time.
        time: NaiveDateTime,
    },
    /// A local time that happens twice in Bucharest (the hour repeated when DST ends).
    #[error(
        "{}: this local time happens twice in Europe/Bucharest (the clocks repeat it when summer time ends); give the UTC offset, +03:00 or +02:00",
        named(field, time)
    )]
    AmbiguousLocalTime {
        /// The field (empty when the caller names it, as a JSON path does).
        field: &'static str,
        /// The local time.
        time: NaiveDateTime,
    },
    /// An interval whose end comes before its start.
    #[error("`{end_field}` = {end} comes before `{start_field}` = {start}")]
    EndBeforeStart {
        /// The field of the start.
        start_field: &'static str,
        /// The start.
        start: String,
        /// The field of the end.
        end_field: &'static str,
        /// The end.
        end: String,
    },
    /// Text that is not an instant.
    #[error(
        "expected a date and time such as \"2021-01-25T12:00:00+02:00\" or \"2021-01-25T12:00\" (Bucharest time), got {text:?}"
    )]
    NotAnInstant {
        /// The rejected text.
        text: String,
    },
}

/// "`field` = value", or the value alone when the field is named elsewhere.
fn named(field: &str, value: &NaiveDateTime) -> String {
    let value = value.format("%Y-%m-%dT%H:%M");
    if field.is_empty() {
        value.to_string()
    } else {
        format!("`{field}` = {value}")
    }
}
