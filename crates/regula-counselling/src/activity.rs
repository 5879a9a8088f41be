//! Information activities (CO-2): individual or group; in person, by phone, on the ESCOUNIV
//! platform or electronically; in the weekly counselling hour or when information arises; in
//! Romanian, or in English or French with the international office's help; for bachelor or master
//! students; with the attendance list (*lista de prezență*).

use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use regula_core::Breach;
use serde::{Deserialize, Serialize};

use crate::error::{CounsellingError, invalid};
use crate::rules::CO_2;
use crate::semester::Semester;

/// CO-3: the longest an activity may last, a day.
const MINUTES_A_DAY: u32 = 24 * 60;

/// One student or a group (CO-2).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// One student (*informare individuală*).
    Individual,
    /// A group of students (*informare de grup*).
    Group,
}

/// How the students were reached (CO-2).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Face to face (*direct*).
    InPerson,
    /// By phone (*telefonic*).
    Phone,
    /// On the ESCOUNIV platform.
    Escouniv,
    /// By e-mail.
    Email,
    /// A post on the faculty's website.
    FacultyWebsite,
    /// A post in the students' groups.
    StudentGroups,
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Channel::InPerson => "in person",
            Channel::Phone => "by phone",
            Channel::Escouniv => "on ESCOUNIV",
            Channel::Email => "by e-mail",
            Channel::FacultyWebsite => "on the faculty website",
            Channel::StudentGroups => "in the student groups",
        })
    }
}

/// When: the weekly counselling hour of the timetable, or when information of interest arises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    /// The counselling hour of the timetable (*ora de orientare și consiliere*).
    CounsellingHour,
    /// When information of interest to students arises.
    AdHoc,
}

/// The language of the activity: Romanian, or English or French with the international office's
/// help (CO-2).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Romanian.
    #[default]
    Ro,
    /// English.
    En,
    /// French.
    Fr,
}

/// The students' level of study (CO-2: bachelor and master students).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// *Licență*.
    Bachelor,
    /// *Master*.
    Master,
}

/// A student on an attendance list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    /// The student (matriculation number).
    pub student: String,
    /// Bachelor or master.
    pub level: Level,
}

/// An information activity of a counsellor (CO-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Its id, unique in the report.
    pub id: String,
    /// The day it was held.
    pub date: NaiveDate,
    /// Individual or group.
    pub form: Form,
    /// How the students were reached.
    pub channel: Channel,
    /// The counselling hour or ad hoc.
    pub occasion: Occasion,
    /// The language; Romanian when absent.
    #[serde(default)]
    pub language: Language,
    /// The international office helped (needed for English or French, CO-2).
    #[serde(default)]
    pub international_office: bool,
    /// What the students were informed about (educational and occupational routes, the centre's
    /// events…).
    #[serde(default)]
    pub topic: String,
    /// The attendance list; absent when none was kept.
    #[serde(default)]
    pub attendance: Option<Vec<Attendee>>,
    /// CO-3: how long it lasted, in minutes (a 2-hour slot: 120), 1 to 1440; absent, the
    /// activities of a day without a length are one counselling hour together (the seed's
    /// reading: a day with the counselling hour).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

impl Activity {
    /// Checks the data: held within the semester, an individual activity with one student, no
    /// student listed twice. `at` is the activity's path (`history[0].report.activities[2]`).
    pub fn validated(&self, at: &str, semester: &Semester) -> Result<(), CounsellingError> {
        if let Some(minutes) = self.minutes
            && !(1..=MINUTES_A_DAY).contains(&minutes)
        {
            return Err(invalid(
                format!("{at}.minutes"),
                format!("{minutes} is not a length of 1 to {MINUTES_A_DAY} minutes (CO-3)"),
            ));
        }
        if !semester.contains(self.date) {
            return Err(invalid(
                format!("{at}.date"),
                format!("{} is outside the semester ({semester})", self.date),
            ));
        }
        if let Some(list) = &self.attendance {
            let mut seen = HashSet::new();
            for (j, a) in list.iter().enumerate() {
                if a.student.trim().is_empty() {
                    return Err(invalid(format!("{at}.attendance[{j}].student"), "is empty"));
                }
                if !seen.insert(a.student.as_str()) {
                    return Err(invalid(
                        format!("{at}.attendance[{j}].student"),
                        format!("`{}` is listed twice for activity `{}`", a.student, self.id),
                    ));
                }
            }
            if self.form == Form::Individual && list.len() != 1 {
                return Err(invalid(
                    format!("{at}.attendance"),
                    format!(
                        "an individual activity has one student, not {} (CO-2)",
                        list.len()
                    ),
                ));
            }
        }
        Ok(())
    }

    /// CO-2: English and French need the international office's help.
    pub fn breaches(&self) -> Vec<Breach> {
        match self.language {
            Language::En | Language::Fr if !self.international_office => vec![Breach::new(
                &CO_2,
                regula_core::locale::Message::new(if self.language == Language::En {
                    "counselling-activity-english"
                } else {
                    "counselling-activity-french"
                })
                .arg("activity", self.id.as_str())
                .arg("date", self.date),
            )],
            _ => Vec::new(),
        }
    }

    /// The students who attended: the attendance list, or none.
    pub fn attendees(&self) -> &[Attendee] {
        self.attendance.as_deref().unwrap_or(&[])
    }
}
