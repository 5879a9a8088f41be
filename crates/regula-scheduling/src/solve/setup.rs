//! The search's starting point: the days each exam may take (SC-1, SC-6, the solver's rest days),
//! the groups' exams, the current timetable of a repair, the preferred dates — and the reasons
//! that make a timetable impossible before any search.

use chrono::{Datelike, Days, NaiveDate};

use super::infeasible::precheck;
use super::{Infeasibility, SolverOptions};
use regula_core::locale::Message;

use crate::model::Timetable;
use crate::rules::SC_LAST;
use crate::validate::{Indexed, check_plan};
use crate::{SchedulingPolicy, hours, last_exam};

/// What the translation into the engine's model starts from.
pub(super) struct Start {
    /// The days of the session.
    pub(super) days: usize,
    /// Per exam and day: whether the exam may take the day.
    pub(super) allowed: Vec<Vec<bool>>,
    /// The exams of each group.
    pub(super) group_exams: Vec<Vec<usize>>,
    /// The day of each exam in the timetable being repaired.
    pub(super) original: Vec<Option<usize>>,
    /// The day each exam's students preferred (SC-6).
    pub(super) preferred: Vec<Option<usize>>,
    /// The reasons found before any search; the search does not run when there are any.
    pub(super) reasons: Vec<Infeasibility>,
}

/// Builds the [`Start`] of a search for the plan behind `ix`.
pub(super) fn start(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    current: Option<&Timetable>,
) -> Start {
    let plan = ix.plan;
    let first = plan.session.first_day;
    let days = ((plan.session.last_day - first).num_days() + 1).max(0) as usize;
    let n = plan.exams.len();
    let index_of = |date: NaiveDate| -> Option<usize> {
        let d = (date - first).num_days();
        (0..days as i64).contains(&d).then_some(d as usize)
    };
    // Allowed days: inside the window, on the fixed date if any, no committee member unavailable.
    let mut allowed: Vec<Vec<bool>> = vec![
        (0..days)
            .map(|d| {
                let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
                !options.rest_days.contains(&date.weekday())
            })
            .collect();
        n
    ];
    for (e, exam) in plan.exams.iter().enumerate() {
        if let Some(fixed) = exam.fixed_date {
            let keep = index_of(fixed);
            for (d, ok) in allowed[e].iter_mut().enumerate() {
                *ok = Some(d) == keep;
            }
        }
        for &t in &ix.exam_teachers[e] {
            for day in &plan.teachers[t].unavailable {
                if let Some(d) = index_of(*day) {
                    allowed[e][d] = false;
                }
            }
        }
        // SC-3: the hours of its groups' levels on the day hold it.
        if !policy.hours.is_empty() {
            for (d, ok) in allowed[e].iter_mut().enumerate() {
                let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
                *ok = *ok && hours::fits(ix, policy, e, date);
            }
        }
    }
    let mut group_exams = vec![Vec::new(); plan.groups.len()];
    for (e, gs) in ix.exam_groups.iter().enumerate() {
        for &g in gs {
            group_exams[g].push(e);
        }
    }
    let original: Vec<Option<usize>> = match current {
        None => vec![None; n],
        Some(t) => {
            let mut o = vec![None; n];
            for p in &t.placements {
                if let Some(&e) = ix.exam_index.get(p.exam.as_str()) {
                    o[e] = index_of(p.start.date());
                }
            }
            o
        }
    };
    let preferred = plan
        .exams
        .iter()
        .map(|e| e.preferred_date.and_then(index_of))
        .collect();
    let mut reasons: Vec<Infeasibility> = check_plan(ix, policy);
    reasons.extend(precheck(ix, policy, days, &allowed, &group_exams));
    // SC-LAST: one exam of each group kept to the session's last days.
    if let Err((groups, from, last_days)) =
        last_exam::keep_last_days(ix, policy, &mut allowed, &group_exams)
    {
        for g in groups {
            let group = plan.groups[g].id.as_str();
            reasons.push(Infeasibility {
                rule: SC_LAST.id.clone(),
                citation: SC_LAST.cited(),
                message: Message::new("scheduling-last-exam-impossible")
                    .arg("group", group)
                    .arg("days", u64::from(last_days))
                    .arg("from", from),
                exams: group_exams[g]
                    .iter()
                    .map(|&e| plan.exams[e].id.clone())
                    .collect(),
                groups: vec![group.to_owned()],
                teachers: Vec::new(),
                dates: vec![from],
                students: Vec::new(),
            });
        }
    }
    Start {
        days,
        allowed,
        group_exams,
        original,
        preferred,
        reasons,
    }
}
