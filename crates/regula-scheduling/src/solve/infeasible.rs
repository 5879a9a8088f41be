//! Why there is no valid timetable: the reasons that hold before any search, and why each exam
//! the search could not place found no day.

use regula_core::locale::{Arg, Message};

use super::Infeasibility;
use crate::engine::{self, Assignment, Model};
use crate::hours;
use crate::load::teacher_scope;
use crate::rules::{SC_1, SC_3, SC_4, SC_5, SC_6, SC_COURSE};
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
    // The days from one exam of a group to the next; 0 when they may share a day, where only
    // the day's hours and SC-LOAD's cap limit them (checked when the times are set).
    let gap = match policy.gap_counting {
        GapCounting::DateDifference => policy.min_gap_days as usize,
        GapCounting::FreeDaysBetween => policy.min_gap_days as usize + 1,
    };
    let fits = match (days, gap) {
        (0, _) => 0,
        (_, 0) => usize::MAX,
        _ => (days - 1) / gap + 1,
    };
    for (g, exams) in group_exams.iter().enumerate() {
        if exams.len() > fits {
            reasons.push(Infeasibility {
                rule: SC_4.id.clone(),
                citation: SC_4.cited(),
                message: Message::new("scheduling-infeasible-group")
                    .arg("group", plan.groups[g].id.as_str())
                    .arg("exams", exams.len())
                    .arg("days", u64::try_from(days).unwrap_or(0))
                    .arg("gap", u64::from(policy.min_gap_days))
                    .arg("fits", u64::try_from(fits).unwrap_or(0)),
                exams: exams.iter().map(|&e| plan.exams[e].id.clone()).collect(),
                groups: vec![plan.groups[g].id.clone()],
                teachers: Vec::new(),
                dates: Vec::new(),
                students: Vec::new(),
            });
        }
    }
    for (e, exam) in plan.exams.iter().enumerate() {
        if !allowed[e].iter().any(|&ok| ok) {
            let (rule, why) = match exam.fixed_date {
                Some(fixed) if fixed < plan.session.first_day || fixed > plan.session.last_day => (
                    &SC_1,
                    Message::new("scheduling-fixed-outside").arg("fixed", fixed),
                ),
                _ if !policy.hours.is_empty()
                    && !(0..days).any(|d| {
                        plan.session
                            .first_day
                            .checked_add_days(chrono::Days::new(d as u64))
                            .is_some_and(|date| {
                                exam.fixed_date.is_none_or(|f| f == date)
                                    && hours::fits(ix, policy, e, date)
                            })
                    }) =>
                {
                    (
                        &SC_3,
                        Message::new("scheduling-hours-too-short")
                            .arg("minutes", u64::from(exam.duration_minutes)),
                    )
                }
                Some(fixed) => (
                    &SC_6,
                    Message::new("scheduling-fixed-unavailable").arg("fixed", fixed),
                ),
                None => (&SC_6, Message::new("scheduling-committee-never-available")),
            };
            reasons.push(Infeasibility {
                rule: rule.id.clone(),
                citation: rule.cited(),
                message: Message::new("scheduling-no-possible-day")
                    .arg("exam", exam.id.as_str())
                    .arg("why", Arg::Phrase(Box::new(why))),
                exams: vec![exam.id.clone()],
                groups: exam.groups.clone(),
                teachers: exam.committee.iter().map(|m| m.teacher.clone()).collect(),
                dates: Vec::new(),
                students: Vec::new(),
            });
        }
    }
    let max = policy.max_groups_per_teacher_day as usize;
    for (t, teacher) in plan.teachers.iter().enumerate() {
        // Per scope (the day, or a course or form on the day, SC-5): its groups and exams.
        let mut scopes: Vec<(usize, Vec<usize>, Vec<String>)> = Vec::new();
        for (e, ts) in ix.exam_load_teachers.iter().enumerate() {
            if ts.contains(&t) {
                let scope = teacher_scope(policy, ix.exam_course[e], plan.exams[e].form);
                let k = match scopes.iter().position(|(s, _, _)| *s == scope) {
                    Some(k) => k,
                    None => {
                        scopes.push((scope, Vec::new(), Vec::new()));
                        scopes.len() - 1
                    }
                };
                scopes[k].2.push(plan.exams[e].id.clone());
                scopes[k].1.extend(ix.exam_groups[e].iter().copied());
                if ix.exam_groups[e].len() > max {
                    reasons.push(Infeasibility {
                        rule: SC_5.id.clone(),
                        citation: SC_5.cited(),
                        message: Message::new("scheduling-exam-overloads-teacher")
                            .arg("exam", plan.exams[e].id.as_str())
                            .arg("teacher", teacher.id.as_str())
                            .arg("groups", ix.exam_groups[e].len())
                            .arg("max", max),
                        exams: vec![plan.exams[e].id.clone()],
                        groups: plan.exams[e].groups.clone(),
                        teachers: vec![teacher.id.clone()],
                        dates: Vec::new(),
                        students: Vec::new(),
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
        for (_, groups, exams) in scopes {
            if groups.len() > max * available {
                reasons.push(Infeasibility {
                    rule: SC_5.id.clone(),
                    citation: SC_5.cited(),
                    message: Message::new("scheduling-teacher-overloaded")
                        .arg("teacher", teacher.id.as_str())
                        .arg("groups", groups.len())
                        .arg("max", max)
                        .arg("available", available),
                    exams,
                    groups: Vec::new(),
                    teachers: vec![teacher.id.clone()],
                    dates: Vec::new(),
                    students: Vec::new(),
                });
            }
        }
    }
    // SC-COURSE: an exam whose groups alone exceed its course's cap for its form.
    for exam in &plan.exams {
        if let Some(max) = policy.course_cap(exam.form)
            && exam.groups.len() > max as usize
        {
            reasons.push(Infeasibility {
                rule: SC_COURSE.id.clone(),
                citation: SC_COURSE.cited(),
                message: Message::new("scheduling-exam-overloads-course")
                    .arg("exam", exam.id.as_str())
                    .arg("groups", exam.groups.len())
                    .arg("course", exam.course_key())
                    .arg(
                        "form",
                        Arg::Term(std::borrow::Cow::Borrowed(exam.form.term())),
                    )
                    .arg("max", u64::from(max)),
                exams: vec![exam.id.clone()],
                groups: exam.groups.clone(),
                teachers: Vec::new(),
                dates: Vec::new(),
                students: Vec::new(),
            });
        }
    }
    reasons
}

/// Why each unplaced exam found no day: for every allowed day, the groups (SC-4) and teachers
/// (SC-5) in the way.
pub(super) fn explain_unplaced(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    model: &Model,
    last: &Assignment,
    allowed: &[Vec<bool>],
    unplaced: &[usize],
) -> Vec<Infeasibility> {
    let plan = ix.plan;
    unplaced
        .iter()
        .map(|&e| {
            let exam = &plan.exams[e];
            let mut groups = Vec::new();
            let mut teachers = Vec::new();
            let mut blocked_by_gap = 0;
            let mut blocked_by_load = 0;
            for (_, blocking) in engine::blockers(model, last, e) {
                for x in blocking {
                    let shared_group: Vec<usize> = ix.exam_groups[x]
                        .iter()
                        .copied()
                        .filter(|g| ix.exam_groups[e].contains(g))
                        .collect();
                    if shared_group.is_empty() {
                        blocked_by_load += 1;
                        for &t in &ix.exam_teachers[x] {
                            if ix.exam_teachers[e].contains(&t)
                                && !teachers.contains(&plan.teachers[t].id)
                            {
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
            let rule = if blocked_by_gap >= blocked_by_load {
                &SC_4
            } else {
                &SC_5
            };
            Infeasibility {
                rule: rule.id.clone(),
                citation: rule.cited(),
                message: Message::new("scheduling-no-day-found")
                    .arg("exam", exam.id.as_str())
                    .arg("possible", allowed[e].iter().filter(|&&ok| ok).count())
                    .arg("gap", u64::from(policy.min_gap_days))
                    .arg("blocked_by_gap", u64::try_from(blocked_by_gap).unwrap_or(0))
                    .arg("max", u64::from(policy.max_groups_per_teacher_day))
                    .arg(
                        "blocked_by_load",
                        u64::try_from(blocked_by_load).unwrap_or(0),
                    ),
                exams: vec![exam.id.clone()],
                groups,
                teachers,
                dates: Vec::new(),
                students: Vec::new(),
            }
        })
        .collect()
}
