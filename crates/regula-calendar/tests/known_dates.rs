//! Known dates and the calendar's edges (CAL-1..CAL-3): each test here was written because
//! mutation testing (`scripts/mutants.sh`) showed a change of the code going unnoticed.

use chrono::NaiveDate;
use regula_calendar::{Calendar, ClosedDay, Closure, Holiday, orthodox_easter};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// CAL-2: Orthodox Easter Sunday, as the Romanian Patriarchate's calendars give it.
#[test]
fn orthodox_easter_falls_on_the_published_sundays() {
    let published = [
        (2000, 4, 30),
        (2001, 4, 15),
        (2002, 5, 5),
        (2003, 4, 27),
        (2004, 4, 11),
        (2005, 5, 1),
        (2006, 4, 23),
        (2007, 4, 8),
        (2008, 4, 27),
        (2009, 4, 19),
        (2010, 4, 4),
        (2011, 4, 24),
        (2012, 4, 15),
        (2013, 5, 5),
        (2014, 4, 20),
        (2015, 4, 12),
        (2016, 5, 1),
        (2017, 4, 16),
        (2018, 4, 8),
        (2019, 4, 28),
        (2020, 4, 19),
        (2021, 5, 2),
        (2022, 4, 24),
        (2023, 4, 16),
        (2024, 5, 5),
        (2025, 4, 20),
        (2026, 4, 12),
    ];
    for (y, m, d) in published {
        assert_eq!(orthodox_easter(y).unwrap(), date(y, m, d), "{y}");
    }
}

/// CAL-3: the calendar reaches its last day, 31 December 2199 (a Tuesday), and not beyond.
#[test]
fn the_calendar_s_last_day_is_a_working_day_and_the_edge_is_named() {
    let calendar = Calendar::romania();
    assert!(calendar.is_working_day(date(2199, 12, 31)).unwrap());
    assert!(calendar.is_working_day(date(2199, 12, 30)).unwrap());
    assert_eq!(
        calendar.add_working_days(date(2199, 12, 30), 1).unwrap(),
        date(2199, 12, 31)
    );
    let err = calendar
        .add_working_days(date(2199, 12, 30), 2)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`date`") && err.contains("2199-12-31"),
        "{err}"
    );
}

/// CAL-3: an institution's closed days are kept with their reason.
#[test]
fn closed_days_are_kept_with_their_reason() {
    let rector = ClosedDay {
        date: date(2022, 6, 3),
        reason: "Rector's day".into(),
    };
    let calendar = Calendar::with_closed_days([rector.clone()]).unwrap();
    assert_eq!(calendar.closed_days().collect::<Vec<_>>(), [rector]);
    assert!(Calendar::romania().closed_days().next().is_none());
}

/// CAL-2: a holiday is named in Romanian, as the law names it.
#[test]
fn holidays_read_in_romanian() {
    assert_eq!(Holiday::Easter.to_string(), "Paștele");
    assert_eq!(
        Holiday::NationalDay.romanian_name(),
        "Ziua Națională a României"
    );
    let closure = Calendar::romania().closure(date(2021, 12, 1)).unwrap();
    assert_eq!(
        closure,
        Some(Closure::Holiday {
            holiday: Holiday::NationalDay
        })
    );
}

/// CAL-1: a Bucharest wall-clock time the clocks skip or repeat is refused, naming the field and
/// the time; in JSON (where the path names the field) the time alone.
#[test]
fn a_skipped_or_repeated_local_time_names_its_field_and_time() {
    use regula_calendar::Instant;
    let skipped = Instant::parse("exam_end", "2021-03-28T03:30")
        .unwrap_err()
        .to_string();
    assert!(
        skipped.starts_with("`exam_end` = 2021-03-28T03:30: "),
        "{skipped}"
    );
    let repeated = Instant::parse("exam_end", "2021-10-31T03:30")
        .unwrap_err()
        .to_string();
    assert!(
        repeated.starts_with("`exam_end` = 2021-10-31T03:30: "),
        "{repeated}"
    );
    let unnamed = Instant::parse("", "2021-03-28T03:30")
        .unwrap_err()
        .to_string();
    assert!(unnamed.starts_with("2021-03-28T03:30: "), "{unnamed}");
}

/// The JSON schema of an instant says what it accepts, with examples.
#[test]
fn an_instant_s_schema_shows_both_forms() {
    let schema = serde_json::to_string(&schemars::schema_for!(regula_calendar::Instant)).unwrap();
    assert!(schema.contains("\"type\":\"string\""), "{schema}");
    assert!(schema.contains("2021-10-29T14:00:00+03:00"), "{schema}");
}
