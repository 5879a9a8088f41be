//! Who holds which role (CO-1): the faculties, and the appointments to the roles the policy
//! names — in the seed, the study counsellors (*consilieri de studii*, CS) and the one career
//! counsellor (*consilier de carieră*, CC) of each faculty, its vice-dean for teaching (*prodecan
//! didactic*), and the counselling centre (CCOC) with its director (*director CCOC*). Read from
//! JSON, the data is checked on its own; whether each role is one of the policy's, and held in a
//! faculty or not as the policy says, is checked under the policy ([`Organisation::checked`]).

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{CounsellingError, invalid};
use crate::policy::CounsellingPolicy;
use crate::role::Role;

/// A faculty of the university.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Faculty {
    /// Its id (`AC`).
    pub id: String,
    /// Its name (`Facultatea de Automatică și Calculatoare`).
    #[serde(default)]
    pub name: String,
    /// CO-1: its number of students, for the policy's ratios (one tutor per 60 students); no
    /// ratio is checked when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub students: Option<u32>,
}

/// A person in a role, in a faculty when the role is a faculty's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    /// The person (name or staff id).
    pub person: String,
    /// CO-1: the role, an id of the policy's `roles` (`study_counsellor`, `tutor`).
    pub role: Role,
    /// The faculty, for a faculty's role (in the seed: a study counsellor, a career counsellor or
    /// a vice-dean).
    #[serde(default)]
    pub faculty: Option<String>,
    /// CO-1: the day of the appointment, for the policy's appointment deadlines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointed_on: Option<NaiveDate>,
}

/// The faculties and who holds which role (CO-1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// The faculties.
    pub faculties: Vec<Faculty>,
    /// The appointments.
    pub staff: Vec<Appointment>,
}

impl Organisation {
    /// Checks the data: ids once, a known faculty for every faculty role and none for the
    /// centre's, a person in one role per faculty. An error names the field and the value.
    pub fn validated(&self) -> Result<(), CounsellingError> {
        let mut ids = HashSet::new();
        for (i, f) in self.faculties.iter().enumerate() {
            if f.id.trim().is_empty() || !ids.insert(f.id.as_str()) {
                return Err(invalid(
                    format!("organisation.faculties[{i}].id"),
                    format!("`{}` is empty or used twice", f.id),
                ));
            }
        }
        let mut held = HashSet::new();
        for (i, a) in self.staff.iter().enumerate() {
            let at = format!("organisation.staff[{i}]");
            if let Some(f) = &a.faculty
                && !ids.contains(f.as_str())
            {
                return Err(invalid(
                    format!("{at}.faculty"),
                    format!("unknown faculty `{f}`"),
                ));
            }
            if let Some(day) = a.appointed_on
                && regula_calendar::check_date("appointed_on", day).is_err()
            {
                return Err(invalid(
                    format!("{at}.appointed_on"),
                    format!("{day} is outside the calendar's years 1900–2199"),
                ));
            }
            if !held.insert((a.person.as_str(), &a.role, a.faculty.as_deref())) {
                return Err(invalid(
                    format!("{at}.person"),
                    format!("`{}` is appointed {} twice", a.person, a.role),
                ));
            }
        }
        Ok(())
    }

    /// CO-1: checks the appointments under `policy`: every role one of the policy's, a faculty
    /// named for a faculty's role and none for the university's. An error names the field and
    /// the value, and lists the policy's roles.
    pub fn checked(&self, policy: &CounsellingPolicy) -> Result<(), CounsellingError> {
        for (i, a) in self.staff.iter().enumerate() {
            let at = format!("organisation.staff[{i}]");
            let Some(definition) = policy.role(&a.role) else {
                return Err(invalid(
                    format!("{at}.role"),
                    format!(
                        "unknown role `{}`; the policy's roles are {} (CO-1)",
                        a.role.id(),
                        policy.role_ids()
                    ),
                ));
            };
            let in_a_faculty = definition.scope == crate::role::Scope::Faculty;
            match (&a.faculty, in_a_faculty) {
                (None, true) => {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("a {} belongs to a faculty", policy.role_in_english(&a.role)),
                    ));
                }
                (Some(f), false) => {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!(
                            "`{f}`: the {} is the university's, not a faculty's",
                            policy.role_in_english(&a.role)
                        ),
                    ));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The roles `person` holds, with their faculty.
    pub fn roles_of<'a>(&'a self, person: &'a str) -> impl Iterator<Item = &'a Appointment> + 'a {
        self.staff.iter().filter(move |a| a.person == person)
    }

    /// Whether `faculty` is a faculty of the organisation.
    pub fn has_faculty(&self, faculty: &str) -> bool {
        self.faculties.iter().any(|f| f.id == faculty)
    }

    /// The people holding `role` in `faculty` (CO-1).
    pub fn holders(&self, role: &Role, faculty: Option<&str>) -> Vec<&str> {
        self.staff
            .iter()
            .filter(|a| &a.role == role && a.faculty.as_deref() == faculty)
            .map(|a| a.person.as_str())
            .collect()
    }
}
