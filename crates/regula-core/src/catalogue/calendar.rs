//! The calendar, shared by every domain: time zone, public holidays, working days.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// CAL-1: local times are `Europe/Bucharest`; instants are stored in UTC.
pub const CAL_1: Rule = Rule::new(
    "CAL-1",
    LABOUR_CODE,
    "conventions of the catalogue",
    "time zone Europe/Bucharest; instants in UTC, shown in local time; N hours are elapsed hours",
);
/// CAL-2: the Romanian public holidays.
pub const CAL_2: Rule = Rule::interpreted(
    "CAL-2",
    LABOUR_CODE,
    "art. 139",
    "Romanian public holidays, as in force on the date in question; institutions may add closed days",
    Interpretation::new(
        &[],
        "the holidays of the Labour Code's first list (1–2 Jan, Easter Sunday and Monday, 1 May, 1 Dec, 25–26 Dec) are applied to every supported year; the additions from their year: Pentecost 2008, 15 August 2009, 30 November 2012, 24 January 2015, 1 June 2017, Good Friday 2018, 6–7 January 2024. Holidays before 1990 are not modelled historically. Institution closed days are data (`Calendar::with_closed_days`).",
    ),
);
/// CAL-3: a working day is Monday to Friday and not a holiday.
pub const CAL_3: Rule = Rule::new(
    "CAL-3",
    LABOUR_CODE,
    "art. 139",
    "a working day is Monday to Friday and not a public holiday or closed day",
);
