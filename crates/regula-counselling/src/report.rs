//! The study counsellor's semester report (CO-3): the activities of the semester with their
//! attendance lists; the weekly counselling hours it shows are checked in `hours.rs`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::activity::Activity;
use crate::error::{CounsellingError, invalid};
use crate::policy::CounsellingPolicy;
use crate::semester::Semester;

/// A study counsellor's semester report (*raport semestrial al CS*, CO-3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudyReport {
    /// Its id, unique in the semester's file.
    pub id: String,
    /// The study counsellor who wrote it.
    pub counsellor: String,
    /// The faculty.
    pub faculty: String,
    /// The information activities of the semester (CO-2).
    pub activities: Vec<Activity>,
}

impl StudyReport {
    /// Checks the report's data: activity ids once, each activity valid in the semester (CO-2).
    /// `at` is the report's path.
    pub fn validated(&self, at: &str, semester: &Semester) -> Result<(), CounsellingError> {
        let mut ids = HashSet::new();
        for (i, a) in self.activities.iter().enumerate() {
            let here = format!("{at}.activities[{i}]");
            if !ids.insert(a.id.as_str()) {
                return Err(invalid(
                    format!("{here}.id"),
                    format!("`{}` is used twice", a.id),
                ));
            }
            a.validated(&here, semester)?;
        }
        Ok(())
    }

    /// CO-3: the activities whose attendance list is missing though their channel needs one; a
    /// report with any cannot be registered.
    pub fn missing_attendance(&self, policy: &CounsellingPolicy) -> Vec<&Activity> {
        self.activities
            .iter()
            .filter(|a| policy.needs_attendance(a.channel))
            .filter(|a| a.attendance.as_ref().is_none_or(Vec::is_empty))
            .collect()
    }
}
