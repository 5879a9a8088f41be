//! Start times and rooms for every exam on its day.

use chrono::{Days, NaiveDate, TimeDelta};

use regula_core::locale::Message;

use super::Infeasibility;
use crate::SchedulingPolicy;
use crate::model::{Placement, Timetable};
use crate::rules::{SC_3, SC_CLASH, SC_ROOM};
use crate::validate::{Indexed, PairKind};

/// Start times (and rooms) for every exam on its day: the earliest start, on a half-hour grid,
/// at which its groups, its teachers and a large enough room are free.
pub(super) fn times(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    day: &[Option<usize>],
    days: usize,
    first: NaiveDate,
) -> Result<Timetable, Vec<Infeasibility>> {
    let plan = ix.plan;
    let step = 30u32;
    let day_minutes = ix.day_minutes;
    let mut by_day: Vec<Vec<usize>> = vec![Vec::new(); days];
    for (e, d) in day.iter().enumerate() {
        if let Some(d) = d {
            by_day[*d].push(e);
        }
    }
    let mut placements = Vec::with_capacity(plan.exams.len());
    let mut failures = Vec::new();
    let mut busy_teacher: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.teachers.len()];
    let mut busy_group: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.groups.len()];
    let mut busy_room: Vec<Vec<(u32, u32)>> = vec![Vec::new(); plan.rooms.len()];
    // SC-PAIR within a day: the sittings of each different-periods link, the start of each
    // same-period link once one of its exams is placed.
    let links = &ix.pairs;
    let mut busy_link: Vec<Vec<(u32, u32)>> = vec![Vec::new(); links.len()];
    let mut link_start: Vec<Option<u32>> = vec![None; links.len()];
    let links_of = |e: usize| {
        links
            .iter()
            .enumerate()
            .filter(move |(_, (_, exams))| exams.contains(&e))
    };
    let free = |busy: &[(u32, u32)], s: u32, e: u32| busy.iter().all(|&(a, b)| e <= a || s >= b);
    for (d, exams) in by_day.iter_mut().enumerate() {
        for list in busy_teacher
            .iter_mut()
            .chain(busy_group.iter_mut())
            .chain(busy_room.iter_mut())
            .chain(busy_link.iter_mut())
        {
            list.clear();
        }
        link_start.iter_mut().for_each(|s| *s = None);
        let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
        // The exams with the shortest hours first (SC-3: the same for all without `hours`).
        exams.sort_by_key(|&e| {
            let (start, end) = crate::hours::exam_hours(ix, policy, e, date);
            (
                end - start,
                std::cmp::Reverse((ix.exam_teachers[e].len(), plan.exams[e].duration_minutes)),
            )
        });
        for &e in exams.iter() {
            let duration = plan.exams[e].duration_minutes;
            let students = ix.exam_students[e];
            // SC-3: its hours that day, as minutes from the examination day's start.
            let (hours_start, hours_end) = crate::hours::exam_hours(ix, policy, e, date);
            let minutes = |t: chrono::NaiveTime| {
                u32::try_from((t - policy.day_start).num_minutes()).unwrap_or(0)
            };
            let (lower, upper) = (minutes(hours_start), minutes(hours_end).min(day_minutes));
            let mut placed = None;
            // A same-period link already placed today fixes the start.
            let only = links_of(e)
                .filter(|(_, (kind, _))| *kind == PairKind::SamePeriod)
                .find_map(|(i, _)| link_start[i]);
            // The preferred start first (SC-PREFER), then the day from its beginning.
            let preferred = plan.exams[e]
                .preferred_start
                .and_then(|t| u32::try_from((t - policy.day_start).num_minutes()).ok())
                .filter(|s| *s >= lower && s + duration <= upper);
            let mut candidates = preferred.into_iter().chain(
                (0..)
                    .map(|k| lower + k * step)
                    .filter(move |&s| Some(s) != preferred),
            );
            let mut start = only.unwrap_or_else(|| candidates.next().unwrap_or(lower));
            while start >= lower && start + duration <= upper && only.is_none_or(|s| s == start) {
                let end = start + duration;
                let people_free = ix.exam_teachers[e]
                    .iter()
                    .all(|&t| free(&busy_teacher[t], start, end))
                    && ix.exam_groups[e]
                        .iter()
                        .all(|&g| free(&busy_group[g], start, end))
                    && links_of(e)
                        .filter(|(_, (kind, _))| *kind == PairKind::DifferentPeriods)
                        .all(|(i, _)| free(&busy_link[i], start, end));
                if people_free {
                    if plan.rooms.is_empty() || plan.exams[e].form.is_online() {
                        placed = Some((start, Vec::new()));
                        break;
                    }
                    // The smallest room that seats the exam, a preferred one first (SC-PREFER).
                    let room = (0..plan.rooms.len())
                        .filter(|&r| {
                            plan.rooms[r].capacity >= students && free(&busy_room[r], start, end)
                        })
                        .min_by_key(|&r| {
                            let preferred =
                                plan.exams[e].preferred_rooms.contains(&plan.rooms[r].id);
                            (!preferred, plan.rooms[r].capacity)
                        });
                    if let Some(r) = room {
                        placed = Some((start, vec![r]));
                        break;
                    }
                    // A large exam split over several free rooms, the largest first (SC-ROOM).
                    if plan.exams[e].max_rooms > 1 {
                        let mut free_rooms: Vec<usize> = (0..plan.rooms.len())
                            .filter(|&r| free(&busy_room[r], start, end))
                            .collect();
                        free_rooms.sort_by_key(|&r| std::cmp::Reverse(plan.rooms[r].capacity));
                        let mut chosen = Vec::new();
                        let mut seats = 0u32;
                        for r in free_rooms
                            .into_iter()
                            .take(plan.exams[e].max_rooms as usize)
                        {
                            if seats >= students {
                                break;
                            }
                            seats = seats.saturating_add(plan.rooms[r].capacity);
                            chosen.push(r);
                        }
                        if seats >= students {
                            placed = Some((start, chosen));
                            break;
                        }
                    }
                }
                if only.is_some() {
                    break;
                }
                start = match candidates.next() {
                    Some(next) => next,
                    None => break,
                };
            }
            match placed {
                Some((start, rooms)) => {
                    let end = start + duration;
                    for &t in &ix.exam_teachers[e] {
                        busy_teacher[t].push((start, end));
                    }
                    for &g in &ix.exam_groups[e] {
                        busy_group[g].push((start, end));
                    }
                    for &r in &rooms {
                        busy_room[r].push((start, end));
                    }
                    for (i, (kind, _)) in links_of(e) {
                        match kind {
                            PairKind::DifferentPeriods => busy_link[i].push((start, end)),
                            PairKind::SamePeriod => {
                                link_start[i].get_or_insert(start);
                            }
                            PairKind::Before | PairKind::SameDay => {}
                        }
                    }
                    let time = policy.day_start + TimeDelta::minutes(i64::from(start));
                    placements.push(Placement {
                        exam: plan.exams[e].id.clone(),
                        start: date.and_time(time),
                        room: rooms.first().map(|&r| plan.rooms[r].id.clone()),
                        split_rooms: rooms
                            .iter()
                            .skip(1)
                            .map(|&r| plan.rooms[r].id.clone())
                            .collect(),
                        last_day: None,
                    });
                }
                None => {
                    let needs_room = !plan.rooms.is_empty() && !plan.exams[e].form.is_online();
                    // The most seats the exam can have: its largest rooms, as many as it may use.
                    let mut capacities: Vec<u32> = plan.rooms.iter().map(|r| r.capacity).collect();
                    capacities.sort_unstable_by(|a, b| b.cmp(a));
                    let largest: u32 = capacities
                        .iter()
                        .take(plan.exams[e].max_rooms as usize)
                        .sum();
                    if needs_room && largest < students {
                        failures.push(Infeasibility {
                            rule: SC_ROOM.id.clone(),
                            citation: SC_ROOM.cited(),
                            message: Message::new("scheduling-no-room-large-enough")
                                .arg("exam", plan.exams[e].id.as_str())
                                .arg("students", u64::from(students))
                                .arg("largest", u64::from(largest)),
                            exams: vec![plan.exams[e].id.clone()],
                            groups: plan.exams[e].groups.clone(),
                            teachers: Vec::new(),
                            dates: Vec::new(),
                            students: Vec::new(),
                        });
                        continue;
                    }
                    let rule = if needs_room { &SC_3 } else { &SC_CLASH };
                    failures.push(Infeasibility {
                        rule: rule.id.clone(),
                        citation: rule.cited(),
                        message: Message::new(if needs_room {
                            "scheduling-no-start-with-room"
                        } else {
                            "scheduling-no-start"
                        })
                        .arg("exam", plan.exams[e].id.as_str())
                        .arg("day", date)
                        .arg("day_start", hours_start.format("%H:%M").to_string())
                        .arg("day_end", hours_end.format("%H:%M").to_string()),
                        exams: vec![plan.exams[e].id.clone()],
                        groups: plan.exams[e].groups.clone(),
                        teachers: plan.exams[e]
                            .committee
                            .iter()
                            .map(|m| m.teacher.clone())
                            .collect(),
                        dates: Vec::new(),
                        students: Vec::new(),
                    });
                }
            }
        }
    }
    if failures.is_empty() {
        Ok(Timetable { placements })
    } else {
        Err(failures)
    }
}
