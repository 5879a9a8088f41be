//! The calendar rules of the catalogue (`RULES.md`, "Calendar"), shared by every crate.

use regula_core::{Regulation, Rule};

/// CAL-1: local times are `Europe/Bucharest`; instants are stored in UTC.
pub const CAL_1: Rule = Rule::new(
    "CAL-1",
    Regulation::LabourCode,
    "RULES.md conventions",
    "time zone Europe/Bucharest; instants in UTC, shown in local time; N hours are elapsed hours",
);
/// CAL-2: the Romanian public holidays.
pub const CAL_2: Rule = Rule::new(
    "CAL-2",
    Regulation::LabourCode,
    "art. 139",
    "Romanian public holidays, as in force on the date in question; institutions may add closed days",
);
/// CAL-3: a working day is Monday to Friday and not a holiday.
pub const CAL_3: Rule = Rule::new(
    "CAL-3",
    Regulation::LabourCode,
    "art. 139",
    "a working day is Monday to Friday and not a public holiday or closed day",
);
