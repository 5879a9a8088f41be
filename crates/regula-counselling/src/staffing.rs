//! CO-1 as the policy counts it: how many holders each role has in each faculty (or in the
//! university) against the policy's `min` and `max`, and against its ratio of students per
//! holder for a faculty that gives its number of students.

use regula_core::locale::Message;
use regula_core::{AcademicYear, Breach};

use crate::organisation::Organisation;
use crate::policy::CounsellingPolicy;
use crate::role::{RoleDefinition, Scope};
use crate::rules::CO_1;

/// CO-1: the holders a faculty with `students` students needs when each holder has at most
/// `per` of them: ⌈students / per⌉ (none when `per` is 0, which the policy's check refuses).
pub fn holders_needed(students: u32, per: u32) -> u32 {
    if per == 0 {
        return 0;
    }
    students.div_ceil(per)
}

impl Organisation {
    /// CO-1: what the organisation breaks under `policy` in `year` — a faculty (or the university)
    /// with fewer holders of a role than its `min` or more than its `max`, a faculty with fewer
    /// holders than its students need, and appointments later than the policy's deadline or
    /// without their date ([`Organisation::late_appointments`]).
    pub fn breaches(&self, policy: &CounsellingPolicy, year: AcademicYear) -> Vec<Breach> {
        let mut found = Vec::new();
        for f in &self.faculties {
            for role in policy.roles.iter().filter(|r| r.scope == Scope::Faculty) {
                let count = self.holders(&role.id, Some(f.id.as_str())).len();
                found.extend(count_breach(role, Some(&f.id), count, year));
                if let (Some(students), Some(per)) = (f.students, role.students_per_holder) {
                    let needed = holders_needed(students, per);
                    if (count as u64) < u64::from(needed) {
                        found.push(Breach::new(
                            &CO_1,
                            Message::new("counselling-holders-ratio")
                                .arg("faculty", f.id.as_str())
                                .arg("students", u64::from(students))
                                .arg("count", count)
                                .arg("role", role.name_arg())
                                .arg("per", u64::from(per))
                                .arg("needed", u64::from(needed)),
                        ));
                    }
                }
            }
        }
        for role in policy.roles.iter().filter(|r| r.scope == Scope::University) {
            let count = self.holders(&role.id, None).len();
            found.extend(count_breach(role, None, count, year));
        }
        found.extend(self.late_appointments(policy, year));
        found
    }
}

/// CO-1: a count of holders out of the role's bounds, in a faculty or (`None`) the university.
fn count_breach(
    role: &RoleDefinition,
    faculty: Option<&str>,
    count: usize,
    year: AcademicYear,
) -> Option<Breach> {
    let count64 = count as u64;
    let (min, max) = (u64::from(role.min), role.max.map(u64::from));
    let place = |id: &'static str| match faculty {
        Some(f) => Message::new(id).arg("faculty", f),
        None => Message::new(id),
    };
    let message = if count64 < min {
        let due = role
            .appointed_within_days
            .and_then(|days| crate::appointments::due_day(year, days));
        match (count, faculty, due) {
            (0, Some(_), None) => place("counselling-holders-none"),
            (0, None, None) => place("counselling-university-holders-none"),
            (0, Some(_), Some(due)) => place("counselling-holders-none-due").arg("due", due),
            (0, None, Some(due)) => {
                place("counselling-university-holders-none-due").arg("due", due)
            }
            (_, Some(_), _) => place("counselling-holders-few").arg("min", min),
            (_, None, _) => place("counselling-university-holders-few").arg("min", min),
        }
    } else if let Some(max) = max.filter(|max| count64 > *max) {
        place(if faculty.is_some() {
            "counselling-holders-many"
        } else {
            "counselling-university-holders-many"
        })
        .arg("max", max)
    } else {
        return None;
    };
    Some(Breach::new(
        &CO_1,
        message.arg("count", count).arg("role", role.name_arg()),
    ))
}
