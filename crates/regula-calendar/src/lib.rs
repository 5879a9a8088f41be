//! # regula-calendar
//!
//! The calendar every Regula rule counts in (CAL-1..CAL-3 in the rule catalogue):
//!
//! - [`Instant`]: a moment stored in UTC and shown in `Europe/Bucharest` time ([`BUCHAREST`]);
//!   "N hours" are N elapsed hours ([`Instant::plus_hours`]), whatever the clocks do;
//! - [`public_holidays`] and [`Holiday`]: the Romanian public holidays of the Labour Code art.
//!   139, each from the year it took effect, with Orthodox Easter computed ([`orthodox_easter`]);
//! - [`Calendar`]: working days (Monday to Friday, not a holiday, not a day the institution
//!   closed): add or subtract N working days, count them between two dates;
//! - [`add_months`]: calendar months, with the end of the month clamped (31 Jan + 1 month = 28/29
//!   Feb).
//!
//! Supported years: 1900–2199 ([`MIN_YEAR`], [`MAX_YEAR`]); a date outside them is an error
//! that names the field, never a guess.
//!
//! ```
//! use regula_calendar::{Calendar, Instant};
//!
//! let calendar = Calendar::romania();
//! let exam_end: Instant = "2021-06-18T16:00".parse()?; // Friday, Bucharest time
//! // "Within 10 working days after return" (MO-10): counted on the local date.
//! let due = calendar.add_working_days(exam_end.local_date(), 10)?;
//! assert_eq!(due.to_string(), "2021-07-05"); // 21 June (Pentecost Monday) is not a working day
//! # Ok::<(), regula_calendar::CalendarError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod calendar;
mod error;
mod holidays;
mod instant;
pub mod rules;

pub use calendar::{
    Calendar, ClosedDay, Closure, add_days, add_months, check as check_date, subtract_days,
};
pub use error::CalendarError;
pub use holidays::{Holiday, orthodox_easter, public_holidays};
pub use instant::{BUCHAREST, Instant};

/// The first year Regula's calendar covers.
pub const MIN_YEAR: i32 = 1900;
/// The last year Regula's calendar covers.
pub const MAX_YEAR: i32 = 2199;
