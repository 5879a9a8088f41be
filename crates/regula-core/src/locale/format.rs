//! Numbers, dates, instants and money as each language writes them.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use rust_decimal::Decimal;

use super::Lang;
use crate::{Currency, Money};

const MONTHS_RO: [&str; 12] = [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month `month` (1–12) in `lang`: `ianuarie`, `January`; empty outside 1–12.
pub fn month_name(lang: Lang, month: u32) -> &'static str {
    let months = match lang {
        Lang::Ro => &MONTHS_RO,
        Lang::En => &MONTHS_EN,
    };
    months
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// Digits with the language's decimal separator: `7,25` in Romanian, `7.25` in English.
/// `digits` is a number as Rust writes it (`-7.25`).
pub(super) fn decimal_text(lang: Lang, digits: &str) -> String {
    match lang {
        Lang::Ro => digits.replace('.', ","),
        Lang::En => digits.to_owned(),
    }
}

/// An exact number as the language writes it, with the digits it has (`2.50` stays `2,50`).
pub(super) fn number(lang: Lang, value: Decimal) -> String {
    decimal_text(lang, &value.to_string())
}

/// `20 ianuarie 2026`, `20 January 2026`.
pub(super) fn date(lang: Lang, date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(lang, date.month()),
        date.year()
    )
}

const WEEKDAYS_RO: [&str; 7] = [
    "luni",
    "marți",
    "miercuri",
    "joi",
    "vineri",
    "sâmbătă",
    "duminică",
];

const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The name of a day of the week in `lang`: `marți`, `Tuesday`.
pub fn weekday_name(lang: Lang, weekday: chrono::Weekday) -> &'static str {
    let index = weekday.num_days_from_monday() as usize;
    match lang {
        Lang::Ro => WEEKDAYS_RO[index],
        Lang::En => WEEKDAYS_EN[index],
    }
}

/// `marți, 20 ianuarie 2026, 14:30 EET`: the weekday, the date and the time in 24 h, in
/// Bucharest time (CAL-1), named as Bucharest's clocks name it (EET in winter, EEST in summer)
/// or by its offset (`UTC+01:44:24`, Bucharest's mean solar time until 1931), so that the hour
/// repeated in October is never ambiguous.
pub(super) fn instant(lang: Lang, at: DateTime<FixedOffset>) -> String {
    let at = crate::time::in_bucharest(at);
    let weekday = weekday_name(lang, at.weekday());
    let zone = match at.offset().local_minus_utc() {
        7200 => "EET".to_owned(),
        10800 => "EEST".to_owned(),
        _ => format!("UTC{}", at.offset()),
    };
    format!(
        "{weekday}, {}, {:02}:{:02} {zone}",
        date(lang, at.date_naive()),
        at.hour(),
        at.minute()
    )
}

/// `150,00 lei`, `520,00 EUR` in Romanian; `150.00 RON`, `520.00 EUR` in English.
pub(super) fn money(lang: Lang, money: Money) -> String {
    let mut amount = money.amount();
    amount.rescale(2);
    let amount = number(lang, amount);
    match (lang, money.currency()) {
        (Lang::Ro, Currency::Ron) => format!("{amount} lei"),
        (Lang::Ro, currency) => format!("{amount} {}", currency.code()),
        (Lang::En, currency) => format!("{amount} {}", currency.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn romanian_writes_a_decimal_comma_and_month_names() {
        assert_eq!(number(Lang::Ro, dec!(7.75)), "7,75");
        assert_eq!(number(Lang::En, dec!(7.75)), "7.75");
        let day = NaiveDate::from_ymd_opt(2026, 1, 20).unwrap();
        assert_eq!(date(Lang::Ro, day), "20 ianuarie 2026");
        assert_eq!(date(Lang::En, day), "20 January 2026");
        let at = DateTime::parse_from_rfc3339("2026-01-20T14:05:00+02:00").unwrap();
        assert_eq!(instant(Lang::Ro, at), "marți, 20 ianuarie 2026, 14:05 EET");
        let summer = DateTime::parse_from_rfc3339("2021-10-31T03:30:00+03:00").unwrap();
        assert_eq!(
            instant(Lang::En, summer),
            "Sunday, 31 October 2021, 03:30 EEST"
        );
        // Any offset is shown in Bucharest time; before 1931, Bucharest's mean solar time.
        let utc = DateTime::parse_from_rfc3339("2026-01-20T12:05:00Z").unwrap();
        assert_eq!(instant(Lang::Ro, utc), "marți, 20 ianuarie 2026, 14:05 EET");
        let mean_solar = DateTime::parse_from_rfc3339("1921-10-30T22:15:36Z").unwrap();
        assert_eq!(
            instant(Lang::En, mean_solar),
            "Monday, 31 October 1921, 00:00 UTC+01:44:24"
        );
    }

    #[test]
    fn money_has_two_decimals_and_its_currency() {
        let fee = Money::new(dec!(150), Currency::Ron).unwrap();
        assert_eq!(money(Lang::Ro, fee), "150,00 lei");
        assert_eq!(money(Lang::En, fee), "150.00 RON");
        let grant = Money::new(dec!(520.5), Currency::Eur).unwrap();
        assert_eq!(money(Lang::Ro, grant), "520,50 EUR");
    }
}
