//! Who holds which role (CO-1): the study counsellors (*consilieri de studii*, CS) and the one
//! career counsellor (*consilier de carieră*, CC) of each faculty, its vice-dean for teaching
//! (*prodecan didactic*), and the counselling centre (CCOC) with its director (*director CCOC*).

use std::collections::HashSet;
use std::fmt;

use regula_core::Breach;
use regula_core::locale::Message;
use serde::{Deserialize, Serialize};

use crate::error::{CounsellingError, invalid};
use crate::rules::CO_1;

/// A role of the counselling procedure (CO-1).
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
pub enum Role {
    /// *Consilier de studii* (CS): informs students and reports each semester to the CC.
    StudyCounsellor,
    /// *Consilier de carieră* (CC): one per faculty; informs students, registers and analyses the
    /// CS reports, consolidates them and reports to the centre.
    CareerCounsellor,
    /// *Prodecan didactic*: analyses the CS reports with the CC.
    ViceDean,
    /// The counselling centre's registry (*CCOC*): registers and consolidates the faculties'
    /// summaries.
    Centre,
    /// *Director CCOC*: verifies and approves each faculty's summary.
    CentreDirector,
}

impl Role {
    /// Whether the role belongs to a faculty (CS, CC, vice-dean) rather than to the centre.
    pub fn in_a_faculty(self) -> bool {
        matches!(
            self,
            Role::StudyCounsellor | Role::CareerCounsellor | Role::ViceDean
        )
    }
}

impl Role {
    /// The role as the procedure names it (CO-1): „consilier de studii”, „prodecan didactic”.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            Role::StudyCounsellor => "counselling-role-study-counsellor",
            Role::CareerCounsellor => "counselling-role-career-counsellor",
            Role::ViceDean => "counselling-role-vice-dean",
            Role::Centre => "counselling-role-centre",
            Role::CentreDirector => "counselling-role-centre-director",
        }))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Role::StudyCounsellor => "study counsellor (consilier de studii)",
            Role::CareerCounsellor => "career counsellor (consilier de carieră)",
            Role::ViceDean => "vice-dean for teaching (prodecan didactic)",
            Role::Centre => "counselling centre (CCOC)",
            Role::CentreDirector => "director of the counselling centre (director CCOC)",
        })
    }
}

/// A faculty of the university.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Faculty {
    /// Its id (`AC`).
    pub id: String,
    /// Its name (`Facultatea de Automatică și Calculatoare`).
    #[serde(default)]
    pub name: String,
}

/// A person in a role, in a faculty when the role is a faculty's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appointment {
    /// The person (name or staff id).
    pub person: String,
    /// The role.
    pub role: Role,
    /// The faculty, for a study counsellor, a career counsellor or a vice-dean.
    #[serde(default)]
    pub faculty: Option<String>,
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
            match (&a.faculty, a.role.in_a_faculty()) {
                (Some(f), true) if !ids.contains(f.as_str()) => {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("unknown faculty `{f}`"),
                    ));
                }
                (None, true) => {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("a {} belongs to a faculty", a.role),
                    ));
                }
                (Some(f), false) => {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("`{f}`: the {} is the centre's, not a faculty's", a.role),
                    ));
                }
                _ => {}
            }
            if !held.insert((a.person.as_str(), a.role, a.faculty.as_deref())) {
                return Err(invalid(
                    format!("{at}.person"),
                    format!("`{}` is appointed {} twice", a.person, a.role),
                ));
            }
        }
        Ok(())
    }

    /// CO-1: what the organisation breaks — a faculty without its one career counsellor or with
    /// several, a faculty without a study counsellor or vice-dean, a centre without a director.
    pub fn breaches(&self) -> Vec<Breach> {
        let mut found = Vec::new();
        for f in &self.faculties {
            let count = |role: Role| {
                self.staff
                    .iter()
                    .filter(|a| a.role == role && a.faculty.as_deref() == Some(f.id.as_str()))
                    .count()
            };
            match count(Role::CareerCounsellor) {
                1 => {}
                0 => found.push(Breach::new(
                    &CO_1,
                    Message::new("counselling-no-career-counsellor").arg("faculty", f.id.as_str()),
                )),
                n => found.push(Breach::new(
                    &CO_1,
                    Message::new("counselling-career-counsellors")
                        .arg("faculty", f.id.as_str())
                        .arg("count", n),
                )),
            }
            if count(Role::StudyCounsellor) == 0 {
                found.push(Breach::new(
                    &CO_1,
                    Message::new("counselling-no-study-counsellor").arg("faculty", f.id.as_str()),
                ));
            }
            if count(Role::ViceDean) == 0 {
                found.push(Breach::new(
                    &CO_1,
                    Message::new("counselling-no-vice-dean").arg("faculty", f.id.as_str()),
                ));
            }
        }
        let directors = self
            .staff
            .iter()
            .filter(|a| a.role == Role::CentreDirector)
            .count();
        if directors != 1 {
            found.push(Breach::new(
                &CO_1,
                Message::new("counselling-directors").arg("count", directors),
            ));
        }
        found
    }

    /// The roles `person` holds, with their faculty.
    pub fn roles_of<'a>(&'a self, person: &'a str) -> impl Iterator<Item = &'a Appointment> + 'a {
        self.staff.iter().filter(move |a| a.person == person)
    }

    /// Whether `faculty` is a faculty of the organisation.
    pub fn has_faculty(&self, faculty: &str) -> bool {
        self.faculties.iter().any(|f| f.id == faculty)
    }

    /// The people holding `role` in `faculty`.
    pub fn holders(&self, role: Role, faculty: Option<&str>) -> Vec<&str> {
        self.staff
            .iter()
            .filter(|a| a.role == role && a.faculty.as_deref() == faculty)
            .map(|a| a.person.as_str())
            .collect()
    }
}
