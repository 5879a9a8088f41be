//! One deadline of the appeals policy (AP-1..AP-5, OX-2..OX-4, CA-7): an amount of a unit —
//! elapsed hours, calendar days (zile calendaristice) or working days (zile lucrătoare) —
//! counted from a moment (the exam's end, the posting of the results, the viewing of the
//! papers, …).
//!
//! A count of days follows the Civil Code: the day of the moment is not counted and the term
//! ends at 24:00 (Bucharest time) of its last day, so "3 days" from Monday 12:00 ends Thursday
//! at 24:00. A count of hours is that many elapsed hours, also across a change of the clocks
//! (CAL-1). Working days skip weekends and Romanian public holidays (CAL-2, CAL-3).

use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use regula_calendar::{Calendar, CalendarError, Instant};
use regula_core::locale::{Arg, Message};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The unit a deadline counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineUnit {
    /// Elapsed hours ("within 48 hours"), exact across a change of the clocks (CAL-1).
    Hours,
    /// Calendar days (zile calendaristice): the moment's day is not counted; the deadline ends
    /// at 24:00 of the last day (as the Civil Code counts a term in days).
    CalendarDays,
    /// Working days (zile lucrătoare, CAL-3): weekends and public holidays are not counted; the
    /// deadline ends at 24:00 of the last working day.
    WorkingDays,
    /// Calendar months (luni, AP-4: how long a recording is kept): the deadline ends at 24:00 of
    /// the day with the moment's day number that many months later, or of that month's last day
    /// when it is shorter.
    Months,
}

impl DeadlineUnit {
    /// The longest amount that is not absurd for one year of this unit: 8,784 hours, 366
    /// calendar days, 262 working days, 12 months.
    pub const fn year(self) -> u32 {
        match self {
            DeadlineUnit::Hours => 24 * 366,
            DeadlineUnit::CalendarDays => 366,
            DeadlineUnit::WorkingDays => 262,
            DeadlineUnit::Months => 12,
        }
    }

    fn name(self) -> &'static str {
        match self {
            DeadlineUnit::Hours => "hours",
            DeadlineUnit::CalendarDays => "calendar_days",
            DeadlineUnit::WorkingDays => "working_days",
            DeadlineUnit::Months => "months",
        }
    }
}

/// The moment a deadline counts from. Which moments a deadline may count from depends on the
/// deadline (see each field of [`crate::AppealsPolicy`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    /// The end of the exam (request field `exam_end`).
    ExamEnd,
    /// The end of the exam's day, 24:00 of its local date (AP-1: "24 hours after the exam day").
    ExamDayEnd,
    /// The posting of the results (afișarea / comunicarea rezultatelor; request field
    /// `grades_announced`).
    GradesAnnounced,
    /// The viewing of the papers by the students (vizualizarea lucrărilor; request field
    /// `papers_viewed`).
    PapersViewed,
    /// The filing of the appeal (request field `appeal.filed_at`).
    AppealFiled,
    /// The close of the appeal window.
    AppealCloses,
    /// The catalog's deadline (CA-7).
    CatalogDue,
    /// The last day of the autumn session, at 24:00 (request field `autumn_session_end`).
    AutumnSessionEnd,
}

impl Moment {
    /// Its name in a policy file: `grades_announced`.
    pub fn name(self) -> &'static str {
        match self {
            Moment::ExamEnd => "exam_end",
            Moment::ExamDayEnd => "exam_day_end",
            Moment::GradesAnnounced => "grades_announced",
            Moment::PapersViewed => "papers_viewed",
            Moment::AppealFiled => "appeal_filed",
            Moment::AppealCloses => "appeal_closes",
            Moment::CatalogDue => "catalog_due",
            Moment::AutumnSessionEnd => "autumn_session_end",
        }
    }

    /// The message id of the moment in a sentence: `moment-grades-announced`.
    fn term(self) -> &'static str {
        match self {
            Moment::ExamEnd => "moment-exam-end",
            Moment::ExamDayEnd => "moment-exam-day-end",
            Moment::GradesAnnounced => "moment-grades-announced",
            Moment::PapersViewed => "moment-papers-viewed",
            Moment::AppealFiled => "moment-appeal-filed",
            Moment::AppealCloses => "moment-appeal-closes",
            Moment::CatalogDue => "moment-catalog-due",
            Moment::AutumnSessionEnd => "moment-autumn-session-end",
        }
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A deadline: `amount` `unit`s after the moment `from`, as a policy writes it:
/// `{ "amount": 3, "unit": "calendar_days", "from": "grades_announced" }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// How many units: from 1 to a year of them (8,784 hours, 366 calendar days, 262 working
    /// days, 12 months; five years for how long papers and recordings are kept).
    pub amount: u32,
    /// `hours`, `calendar_days`, `working_days` or `months`.
    pub unit: DeadlineUnit,
    /// The moment counted from.
    pub from: Moment,
}

/// Where a deadline's count starts: the instant of the moment and the local day it falls on (the
/// day not counted by a count of days).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Start {
    pub(crate) at: Instant,
    /// The day not counted by a count of days; the instant's local date when `None` (worked out
    /// only when a count of days needs it: hours do not).
    day: Option<NaiveDate>,
}

impl Start {
    /// A moment at an instant: its day is the instant's local date.
    pub(crate) fn at(at: Instant) -> Self {
        Start { at, day: None }
    }

    /// The day a count of days starts after.
    fn day(self) -> NaiveDate {
        self.day.unwrap_or_else(|| self.at.local_date())
    }

    /// The end of a local day (24:00): its day is that day, not the next.
    pub(crate) fn end_of(field: &'static str, day: NaiveDate) -> Result<Self, CalendarError> {
        Ok(Start {
            at: Instant::end_of_local_day(field, day)?,
            day: Some(day),
        })
    }
}

/// A deadline worked out: the instant it ends (inclusive) and, for a count of days, its last
/// day — a later deadline counted from this one starts after that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Due {
    pub(crate) at: Instant,
    /// The last day counted (`None` for hours).
    pub(crate) last_day: Option<NaiveDate>,
}

impl Due {
    /// This deadline as the start of another.
    pub(crate) fn as_start(self) -> Start {
        match self.last_day {
            Some(day) => Start {
                at: self.at,
                day: Some(day),
            },
            None => Start::at(self.at),
        }
    }
}

/// The Romanian calendar of working days, built once.
fn romania() -> &'static Calendar {
    static ROMANIA: OnceLock<Calendar> = OnceLock::new();
    ROMANIA.get_or_init(Calendar::romania)
}

impl Deadline {
    /// `amount` elapsed hours from `from`.
    pub const fn hours(amount: u32, from: Moment) -> Self {
        Deadline {
            amount,
            unit: DeadlineUnit::Hours,
            from,
        }
    }

    /// `amount` calendar days from `from`, ending at 24:00.
    pub const fn calendar_days(amount: u32, from: Moment) -> Self {
        Deadline {
            amount,
            unit: DeadlineUnit::CalendarDays,
            from,
        }
    }

    /// `amount` working days from `from`, ending at 24:00.
    pub const fn working_days(amount: u32, from: Moment) -> Self {
        Deadline {
            amount,
            unit: DeadlineUnit::WorkingDays,
            from,
        }
    }

    /// When the deadline ends, counted from `start`; `field` names the deadline in an error
    /// (a date beyond 2199).
    pub(crate) fn after(self, field: &'static str, start: Start) -> Result<Due, CalendarError> {
        match self.unit {
            DeadlineUnit::Hours => {
                let at = start.at.plus_hours(self.amount)?;
                Ok(Due { at, last_day: None })
            }
            DeadlineUnit::CalendarDays => {
                let day = regula_calendar::add_days(field, start.day(), self.amount)?;
                Ok(Due {
                    at: Instant::end_of_local_day(field, day)?,
                    last_day: Some(day),
                })
            }
            DeadlineUnit::WorkingDays => {
                let day = romania().add_working_days(start.day(), self.amount)?;
                Ok(Due {
                    at: Instant::end_of_local_day(field, day)?,
                    last_day: Some(day),
                })
            }
            DeadlineUnit::Months => {
                let from = start.day();
                regula_calendar::check_date(field, from)?;
                let day = from
                    .checked_add_months(chrono::Months::new(self.amount))
                    .unwrap_or(NaiveDate::MAX);
                regula_calendar::check_date(field, day)?;
                Ok(Due {
                    at: Instant::end_of_local_day(field, day)?,
                    last_day: Some(day),
                })
            }
        }
    }

    /// Whether this is `amount` elapsed hours from `from`: the shape every deadline of the seed
    /// regulation has, explained in its own words.
    pub(crate) fn is_hours_from(self, from: Moment) -> bool {
        self.unit == DeadlineUnit::Hours && self.from == from
    }

    /// The deadline in words, with its unit and moment: "3 calendar days after the results
    /// were posted, ending at 24:00 on 23 January 2025".
    pub(crate) fn span(self, due: Due) -> Message {
        let id = match self.unit {
            DeadlineUnit::Hours => "deadline-span-hours",
            DeadlineUnit::CalendarDays => "deadline-span-calendar-days",
            DeadlineUnit::WorkingDays => "deadline-span-working-days",
            DeadlineUnit::Months => "deadline-span-months",
        };
        let message = Message::new(id)
            .arg("amount", Arg::Count(u64::from(self.amount)))
            .arg("from", Arg::Term(self.from.term().into()));
        match due.last_day {
            Some(day) => message.arg("day", day),
            None => message,
        }
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} from {}",
            self.amount,
            self.unit.name(),
            self.from.name()
        )
    }
}

/// Reads a deadline as a policy writes it: `{ "amount", "unit", "from" }`, or — as policies
/// written before deadlines had units — a plain number, read as `legacy` says (that many of
/// the field's former unit from the rule's moment). `None`: a number is not accepted.
pub(crate) fn read<'de, D: Deserializer<'de>>(
    deserializer: D,
    legacy: Option<(DeadlineUnit, Moment)>,
) -> Result<Deadline, D::Error> {
    deserializer.deserialize_any(DeadlineVisitor { legacy })
}

struct DeadlineVisitor {
    legacy: Option<(DeadlineUnit, Moment)>,
}

impl<'de> Visitor<'de> for DeadlineVisitor {
    type Value = Deadline;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.legacy {
            Some((unit, from)) => write!(
                f,
                "a deadline {{\"amount\", \"unit\", \"from\"}}, or a whole number of {} from {from}",
                unit.name()
            ),
            None => f.write_str("a deadline {\"amount\", \"unit\", \"from\"}"),
        }
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Deadline, E> {
        let Some((unit, from)) = self.legacy else {
            return Err(E::invalid_type(de::Unexpected::Unsigned(value), &self));
        };
        let amount = u32::try_from(value).map_err(|_| {
            E::custom(format!(
                "{value} {} is not a deadline: at most {} (a year)",
                unit.name(),
                unit.year()
            ))
        })?;
        Ok(Deadline { amount, unit, from })
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Deadline, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::custom(format!(
                "{value} is not a deadline: a deadline is a positive amount"
            ))),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Deadline, A::Error> {
        Deadline::deserialize(de::value::MapAccessDeserializer::new(map))
    }
}

/// The JSON Schema of a deadline field that also reads a plain number (older policies).
pub(crate) struct DeadlineOrNumber;

impl schemars::JsonSchema for DeadlineOrNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DeadlineOrNumber".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let deadline = generator.subschema_for::<Deadline>();
        schemars::json_schema!({
            "anyOf": [
                deadline,
                {
                    "type": "integer",
                    "minimum": 0,
                    "description": "As policies written before deadlines had units: that many of the field's former unit (hours; days for `electronic_entry` and `student_register`) from the rule's moment."
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(text: &str) -> Start {
        Start::at(text.parse().unwrap())
    }

    #[test]
    fn three_calendar_days_from_monday_noon_end_thursday_at_24() {
        let due = Deadline::calendar_days(3, Moment::ExamEnd)
            .after("t", start("2025-01-20T12:00"))
            .unwrap();
        assert_eq!(due.at.to_rfc3339(), "2025-01-24T00:00:00+02:00");
        assert_eq!(due.last_day, "2025-01-23".parse().ok());
    }

    #[test]
    fn a_deadline_reads_as_written_or_as_a_number_of_the_former_unit() {
        let read = |text: &str| {
            read(
                &mut serde_json::Deserializer::from_str(text),
                Some((DeadlineUnit::Hours, Moment::ExamEnd)),
            )
        };
        assert_eq!(read("48").unwrap(), Deadline::hours(48, Moment::ExamEnd));
        assert_eq!(
            read(r#"{"amount": 3, "unit": "working_days", "from": "papers_viewed"}"#).unwrap(),
            Deadline::working_days(3, Moment::PapersViewed)
        );
        let err = read(r#"{"amount": 3, "unit": "weeks", "from": "exam_end"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown variant `weeks`") && err.contains("calendar_days"),
            "{err}"
        );
        let err = read("-3").unwrap_err().to_string();
        assert!(err.contains("-3"), "{err}");
        let err = read("\"48h\"").unwrap_err().to_string();
        assert!(
            err.contains("a whole number of hours from exam_end"),
            "{err}"
        );
        let strict = read_strict("48").unwrap_err().to_string();
        assert!(strict.contains("a deadline {\"amount\""), "{strict}");
    }

    fn read_strict(text: &str) -> Result<Deadline, serde_json::Error> {
        read(&mut serde_json::Deserializer::from_str(text), None)
    }
}
