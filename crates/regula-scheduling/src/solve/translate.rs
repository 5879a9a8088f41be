//! A UMC session plan in the engine's model: one period per day of the session, and the
//! regulation's rules as its constraints.
//!
//! - SC-1, SC-6: an exam's candidate days are the session's, its fixed date if it has one, none on
//!   which a committee member is unavailable or the solver rests.
//! - SC-4: two exams of a group at least the policy's gap apart (hard); a group's exams spread
//!   evenly over the session, at most a week apart (soft, `weights.group_gap` per day short).
//! - SC-CLASH, SC-4 for students placed as individuals: never two exams on one day; SC-4's gap
//!   hard or soft as the policy says (`scheduling.student_gap`).
//! - SC-5: a teacher examines at most the policy's groups a day (per day and course, or form, as
//!   the policy counts them), within the examination day; SC-COURSE: a course's groups a day.
//! - SC-PAIR (days), SC-LOAD: links and caps per group and per student.
//! - Soft goals: preferred dates (SC-6), fewer examination days per teacher, and in a repair the
//!   exams left where they were.
//!
//! Start times and rooms within each day (SC-3, SC-7, SC-ROOM, SC-PAIR's periods) come after the
//! engine has chosen the days.

use std::collections::HashMap;

use super::SolverOptions;
use crate::engine::{self, Conflict, DayResource, Link, Load, Model, Spread};
use chrono::Weekday;

use crate::load::{TeacherLoadPer, teacher_scope};
use crate::model::StudyLevel;
use crate::validate::{Indexed, PairKind};
use crate::{SchedulingPolicy, StudentGap};

/// What the translation needs besides the plan: the session's days, each exam's candidate days,
/// its day in the timetable being repaired and its preferred day.
pub(super) struct Days<'a> {
    pub(super) count: usize,
    pub(super) allowed: &'a [Vec<bool>],
    pub(super) original: &'a [Option<usize>],
    pub(super) preferred: &'a [Option<usize>],
    pub(super) group_exams: &'a [Vec<usize>],
}

/// The fewest days between two exams of a group under SC-4's policy: 0 when they may share a
/// day (a gap of 0 days, counted as the dates' difference).
pub(super) fn gap_days(policy: &SchedulingPolicy, days: usize) -> u32 {
    (0..=days as u32 + 1)
        .find(|&k| policy.gap(i64::from(k)) >= i64::from(policy.min_gap_days))
        .unwrap_or(days as u32 + 1)
}

/// The engine's model of the plan behind `ix`.
pub(super) fn model(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    options: &SolverOptions,
    days: &Days<'_>,
) -> Model {
    let plan = ix.plan;
    let weights = &options.weights;
    let gap = gap_days(policy, days.count);
    let mut spreads: Vec<Spread> = Vec::new();
    let mut spread_of: HashMap<Vec<u32>, usize> = HashMap::new();
    let mut spread = |costs: Vec<u32>| {
        *spread_of.entry(costs.clone()).or_insert_with(|| {
            spreads.push(Spread::ByDays(costs));
            spreads.len() - 1
        })
    };
    // The cost of each distance short of `ideal` days, per day short.
    let short_of = |ideal: usize| -> Vec<u32> {
        (0..ideal)
            .map(|d| (ideal - d) as u32 * weights.group_gap)
            .collect()
    };
    let mut conflicts = Vec::new();
    let mut pairs = |exams: &[usize], min_days: Option<u32>, spread: usize| {
        for (i, &a) in exams.iter().enumerate() {
            for &b in &exams[i + 1..] {
                conflicts.push(Conflict {
                    exams: (a, b),
                    min_days,
                    weight: 1,
                    spread,
                });
            }
        }
    };
    for exams in days.group_exams {
        let n = exams.len().max(2);
        let ideal = (days.count.saturating_sub(1) / (n - 1)).min(7);
        // SC-4 with a gap of 0: a group's exams may share a day (the times step keeps their
        // sittings apart, SC-LOAD caps them per day); otherwise at least the gap apart.
        pairs(exams, (gap > 0).then_some(gap), spread(short_of(ideal)));
    }
    let hard_gap = policy.student_gap == StudentGap::Hard;
    let student_spread = spread(if hard_gap {
        Vec::new()
    } else {
        short_of(policy.min_gap_days as usize)
    });
    for exams in &ix.student_exams {
        // A student placed as an individual never has two exams on one day (SC-CLASH): the times
        // step does not see individuals' sittings.
        pairs(
            exams,
            Some(if hard_gap { gap.max(1) } else { 1 }),
            student_spread,
        );
    }
    let mut links = Vec::new();
    for (kind, exams) in &ix.pairs {
        for (i, &a) in exams.iter().enumerate() {
            for &b in &exams[i + 1..] {
                match kind {
                    PairKind::Before => links.push(Link::Before(a, b)),
                    PairKind::SameDay | PairKind::SamePeriod => links.push(Link::SameDay(a, b)),
                    // Within a day: the start times' concern.
                    PairKind::DifferentPeriods => {}
                }
            }
        }
    }
    let capped = policy.max_exams_per_day.is_some() || policy.max_exams_in_days.is_some();
    let loads = if capped {
        days.group_exams
            .iter()
            .chain(&ix.student_exams)
            .map(|exams| Load {
                exams: exams.clone(),
                per_day: policy.max_exams_per_day,
                in_days: policy.max_exams_in_days.map(|w| (w.exams, w.days)),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut resources: Vec<DayResource> = (0..plan.teachers.len())
        .map(|_| DayResource {
            exams: Vec::new(),
            max_tags: policy.max_groups_per_teacher_day,
            max_minutes: ix.day_minutes,
            day_cost: weights.teacher_day,
        })
        .collect();
    // SC-5 per day: a teacher's resource counts the groups it is counted for. Per day and
    // course or form: the teacher's resource keeps the minutes and days, and one resource per
    // teacher and scope counts the groups. SC-COURSE: one resource per course and capped form.
    let per_day = policy.teacher_load_per == TeacherLoadPer::Day;
    let mut scoped: HashMap<(usize, usize, u8), usize> = HashMap::new();
    let mut cap_of = |resources: &mut Vec<DayResource>, key, max_tags| {
        *scoped.entry(key).or_insert_with(|| {
            resources.push(DayResource {
                exams: Vec::new(),
                max_tags,
                max_minutes: u32::MAX,
                day_cost: 0,
            });
            resources.len() - 1
        })
    };
    for (e, teachers) in ix.exam_teachers.iter().enumerate() {
        let exam = &plan.exams[e];
        let tags: Vec<u32> = ix.exam_groups[e].iter().map(|&g| g as u32).collect();
        for &t in teachers {
            let counted = ix.exam_load_teachers[e].contains(&t);
            let own = if counted && per_day {
                tags.clone()
            } else {
                Vec::new()
            };
            resources[t].exams.push((e, own));
            if counted && !per_day {
                let scope = teacher_scope(policy, ix.exam_course[e], exam.form);
                let r = cap_of(
                    &mut resources,
                    (t, scope, 0),
                    policy.max_groups_per_teacher_day,
                );
                resources[r].exams.push((e, tags.clone()));
            }
        }
        if let Some(max) = policy.course_cap(exam.form) {
            let key = (ix.exam_course[e], exam.form as usize, 1);
            let r = cap_of(&mut resources, key, max);
            resources[r].exams.push((e, tags));
        }
    }
    // SC-4 with a gap of 0: a group's exams on one day fit in the examination day (SC-3), one
    // after the other.
    if gap == 0 {
        for exams in days.group_exams {
            resources.push(DayResource {
                exams: exams.iter().map(|&e| (e, Vec::new())).collect(),
                max_tags: u32::MAX,
                max_minutes: ix.day_minutes,
                day_cost: 0,
            });
        }
    }
    // SC-3: a level's hours shorter than the day on some weekday hold at most that many
    // minutes of each teacher's exams of the level (the shortest such day bounds every day).
    if !policy.hours.is_empty() {
        for level in StudyLevel::ALL {
            let shortest = [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ]
            .into_iter()
            .map(|w| {
                let (start, end) = policy.hours_for(level, w);
                u32::try_from((end - start).num_minutes()).unwrap_or(0)
            })
            .min()
            .unwrap_or(ix.day_minutes);
            if shortest >= ix.day_minutes {
                continue;
            }
            for (e, teachers) in ix.exam_teachers.iter().enumerate() {
                if ix.exam_groups[e]
                    .iter()
                    .any(|&g| plan.groups[g].level == level)
                {
                    for &t in teachers {
                        let r = cap_of(&mut resources, (t, level as usize, 2), u32::MAX);
                        resources[r].max_minutes = shortest;
                        resources[r].exams.push((e, Vec::new()));
                    }
                }
            }
        }
    }
    let exams = (0..plan.exams.len())
        .map(|e| {
            let cost = |d: usize| {
                let mut c = 0;
                if days.preferred[e].is_some_and(|p| p != d) {
                    c += weights.preferred_date;
                }
                if days.original[e].is_some_and(|o| o != d) {
                    c += weights.moved_exam;
                }
                c
            };
            engine::Exam {
                size: ix.exam_students[e],
                duration: plan.exams[e].duration_minutes,
                allowed: days.allowed[e].clone(),
                period_costs: if days.preferred[e].is_some() || days.original[e].is_some() {
                    (0..days.count).map(cost).collect()
                } else {
                    Vec::new()
                },
                exclusive: false,
                seated: false,
            }
        })
        .collect();
    Model {
        periods: (0..days.count)
            .map(|d| engine::Period {
                day: d as u32,
                duration: ix.day_minutes,
                penalty: 0,
            })
            .collect(),
        rooms: Vec::new(),
        exams,
        conflicts,
        spreads,
        links,
        loads,
        resources,
        mixed_durations: 0,
    }
}
