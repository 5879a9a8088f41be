//! Why there is no valid timetable: the reasons that hold before any search, and why each exam
//! the search could not place found no day.

use super::Infeasibility;
use super::state::State;
use crate::rules::{SC_1, SC_4, SC_5, SC_6};
use crate::validate::Indexed;
use crate::{GapCounting, SchedulingPolicy};

/// Reasons that hold before any search: too many exams for a group's window, fixed dates too
/// close, exams with no allowed day, teachers with more groups than days allow.
pub(super) fn precheck(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    days: usize,
    allowed: &[Vec<bool>],
    group_exams: &[Vec<usize>],
) -> Vec<Infeasibility> {
    let plan = ix.plan;
    let mut reasons = Vec::new();
    // At least 1: the policy was checked when the plan was indexed (SC-4's gap is at least 1).
    let gap = match policy.gap_counting {
        GapCounting::DateDifference => policy.min_gap_days as usize,
        GapCounting::FreeDaysBetween => policy.min_gap_days as usize + 1,
    };
    let fits = if days == 0 { 0 } else { (days - 1) / gap + 1 };
    for (g, exams) in group_exams.iter().enumerate() {
        if exams.len() > fits {
            reasons.push(Infeasibility {
                rule: SC_4.id.clone(),
                citation: SC_4.citation.clone(),
                text: format!(
                    "group `{}` has {} exams, but a {days}-day session with {} days between exams fits at most {fits}",
                    plan.groups[g].id,
                    exams.len(),
                    policy.min_gap_days
                ),
                exams: exams.iter().map(|&e| plan.exams[e].id.clone()).collect(),
                groups: vec![plan.groups[g].id.clone()],
                teachers: Vec::new(),
                dates: Vec::new(),
            });
        }
    }
    for (e, exam) in plan.exams.iter().enumerate() {
        if !allowed[e].iter().any(|&ok| ok) {
            let (rule, why) = match exam.fixed_date {
                Some(fixed) if fixed < plan.session.first_day || fixed > plan.session.last_day => (
                    &SC_1,
                    format!("its fixed date {fixed} is outside the session"),
                ),
                Some(fixed) => (
                    &SC_6,
                    format!("a committee member is unavailable on its fixed date {fixed}"),
                ),
                None => (
                    &SC_6,
                    "its committee is unavailable on every day of the session".to_owned(),
                ),
            };
            reasons.push(Infeasibility {
                rule: rule.id.clone(),
                citation: rule.citation.clone(),
                text: format!("exam `{}` has no possible day: {why}", exam.id),
                exams: vec![exam.id.clone()],
                groups: exam.groups.clone(),
                teachers: exam.committee.iter().map(|m| m.teacher.clone()).collect(),
                dates: Vec::new(),
            });
        }
    }
    let max = policy.max_groups_per_teacher_day as usize;
    for (t, teacher) in plan.teachers.iter().enumerate() {
        let mut groups = Vec::new();
        let mut exams = Vec::new();
        for (e, ts) in ix.exam_teachers.iter().enumerate() {
            if ts.contains(&t) && policy.counts_for_teacher_load(plan.exams[e].form) {
                exams.push(plan.exams[e].id.clone());
                groups.extend(ix.exam_groups[e].iter().copied());
                if ix.exam_groups[e].len() > max {
                    reasons.push(Infeasibility {
                        rule: SC_5.id.clone(),
                        citation: SC_5.citation.clone(),
                        text: format!(
                            "exam `{}` alone gives teacher `{}` {} groups in a day; at most {max}",
                            plan.exams[e].id,
                            teacher.id,
                            ix.exam_groups[e].len()
                        ),
                        exams: vec![plan.exams[e].id.clone()],
                        groups: plan.exams[e].groups.clone(),
                        teachers: vec![teacher.id.clone()],
                        dates: Vec::new(),
                    });
                }
            }
        }
        let available = days
            - teacher
                .unavailable
                .iter()
                .filter(|d| (plan.session.first_day..=plan.session.last_day).contains(d))
                .count()
                .min(days);
        if groups.len() > max * available {
            reasons.push(Infeasibility {
                rule: SC_5.id.clone(),
                citation: SC_5.citation.clone(),
                text: format!(
                    "teacher `{}` examines {} groups but may examine at most {max} a day on {available} available days",
                    teacher.id,
                    groups.len()
                ),
                exams,
                groups: Vec::new(),
                teachers: vec![teacher.id.clone()],
                dates: Vec::new(),
            });
        }
    }
    reasons
}

/// Why each unplaced exam found no day: for every allowed day, the groups (SC-4) and teachers
/// (SC-5) in the way.
pub(super) fn explain_unplaced(state: &State<'_>, unplaced: &[usize]) -> Vec<Infeasibility> {
    let plan = state.ix.plan;
    unplaced
        .iter()
        .map(|&e| {
            let exam = &plan.exams[e];
            let mut groups = Vec::new();
            let mut teachers = Vec::new();
            let mut blocked_by_gap = 0;
            let mut blocked_by_load = 0;
            for d in (0..state.days).filter(|&d| state.allowed[e][d]) {
                for x in state.conflicts(e, d) {
                    let shared_group: Vec<usize> = state.ix.exam_groups[x]
                        .iter()
                        .copied()
                        .filter(|g| state.ix.exam_groups[e].contains(g))
                        .collect();
                    if shared_group.is_empty() {
                        blocked_by_load += 1;
                        for &t in &state.ix.exam_teachers[x] {
                            if state.ix.exam_teachers[e].contains(&t) && !teachers.contains(&plan.teachers[t].id) {
                                teachers.push(plan.teachers[t].id.clone());
                            }
                        }
                    } else {
                        blocked_by_gap += 1;
                        for g in shared_group {
                            if !groups.contains(&plan.groups[g].id) {
                                groups.push(plan.groups[g].id.clone());
                            }
                        }
                    }
                }
            }
            let rule = if blocked_by_gap >= blocked_by_load { &SC_4 } else { &SC_5 };
            Infeasibility {
                rule: rule.id.clone(),
                citation: rule.citation.clone(),
                text: format!(
                    "exam `{}` found no day: on its {} possible days, the other exams of its groups are within {} days ({blocked_by_gap} times, SC-4) or its teachers already examine {} groups ({blocked_by_load} times, SC-5)",
                    exam.id,
                    state.allowed[e].iter().filter(|&&ok| ok).count(),
                    state.policy.min_gap_days,
                    state.policy.max_groups_per_teacher_day
                ),
                exams: vec![exam.id.clone()],
                groups,
                teachers,
                dates: Vec::new(),
            }
        })
        .collect()
}
