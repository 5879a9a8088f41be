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
    let mut by_day: Vec<Vec<usize>> = vec![Vec::new(); days];
    for (e, d) in day.iter().enumerate() {
        if let Some(d) = d {
            by_day[*d].push(e);
        }
    }
    let mut placements = Vec::with_capacity(plan.exams.len());
    let mut failures = Vec::new();
    let mut busy = Busy::new(
        plan.teachers.len(),
        plan.groups.len(),
        plan.rooms.len(),
        ix.pairs.len(),
    );
    for (d, exams) in by_day.iter_mut().enumerate() {
        let date = first.checked_add_days(Days::new(d as u64)).unwrap_or(first);
        // The exams with the shortest hours first (SC-3: the same for all without `hours`).
        exams.sort_by_key(|&e| {
            let (start, end) = crate::hours::exam_hours(ix, policy, e, date);
            (
                end - start,
                std::cmp::Reverse((ix.exam_teachers[e].len(), plan.exams[e].duration_minutes)),
            )
        });
        let mut day = place_day(ix, policy, date, exams, &mut busy);
        if !day.1.is_empty() {
            // Other orders before giving up the day: those of a group or teacher with a full day
            // (several exams of a group on one day, SC-4's gap of 0) can fit in another.
            for order in other_orders(ix, exams, d) {
                let retry = place_day(ix, policy, date, &order, &mut busy);
                if retry.1.is_empty() {
                    day = retry;
                    break;
                }
            }
        }
        placements.extend(day.0);
        failures.extend(day.1);
    }
    if failures.is_empty() {
        Ok(Timetable { placements })
    } else {
        Err(failures)
    }
}

/// Who is busy when on the day being timed, as minutes from the examination day's start.
struct Busy {
    teacher: Vec<Vec<(u32, u32)>>,
    group: Vec<Vec<(u32, u32)>>,
    room: Vec<Vec<(u32, u32)>>,
    /// SC-PAIR within a day: the sittings of each different-periods link.
    link: Vec<Vec<(u32, u32)>>,
    /// The start of each same-period link once one of its exams is placed.
    link_start: Vec<Option<u32>>,
}

impl Busy {
    fn new(teachers: usize, groups: usize, rooms: usize, links: usize) -> Self {
        Busy {
            teacher: vec![Vec::new(); teachers],
            group: vec![Vec::new(); groups],
            room: vec![Vec::new(); rooms],
            link: vec![Vec::new(); links],
            link_start: vec![None; links],
        }
    }

    fn clear(&mut self) {
        for list in self
            .teacher
            .iter_mut()
            .chain(self.group.iter_mut())
            .chain(self.room.iter_mut())
            .chain(self.link.iter_mut())
        {
            list.clear();
        }
        self.link_start.iter_mut().for_each(|s| *s = None);
    }
}

/// Other orders for a day whose exams did not all fit: the exams of its busiest groups and
/// teachers first (the longest chain of sittings that must follow one another), then a few
/// shuffles, deterministic for the day.
fn other_orders(ix: &Indexed<'_>, exams: &[usize], day: usize) -> Vec<Vec<usize>> {
    let plan = ix.plan;
    let mut minutes_of_group = std::collections::HashMap::<usize, u32>::new();
    let mut minutes_of_teacher = std::collections::HashMap::<usize, u32>::new();
    for &e in exams {
        let duration = plan.exams[e].duration_minutes;
        for &g in &ix.exam_groups[e] {
            *minutes_of_group.entry(g).or_default() += duration;
        }
        for &t in &ix.exam_teachers[e] {
            *minutes_of_teacher.entry(t).or_default() += duration;
        }
    }
    let load = |e: usize| {
        let groups = ix.exam_groups[e].iter().map(|g| minutes_of_group[g]);
        let teachers = ix.exam_teachers[e].iter().map(|t| minutes_of_teacher[t]);
        groups.chain(teachers).max().unwrap_or(0)
    };
    let mut busiest = exams.to_vec();
    busiest.sort_by_key(|&e| {
        (
            std::cmp::Reverse(load(e)),
            std::cmp::Reverse(plan.exams[e].duration_minutes),
            e,
        )
    });
    let mut orders = vec![busiest];
    let mut rng = crate::rng::Rng::new(day as u64);
    for _ in 0..SHUFFLES {
        let mut order = exams.to_vec();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        orders.push(order);
    }
    orders
}

/// How many shuffled orders a day that does not fit is tried in, after the busiest-first one.
const SHUFFLES: usize = 8;

/// Start times and rooms for `exams` on `date`, in that order: the placements, and the exams
/// that found none.
fn place_day(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    date: NaiveDate,
    exams: &[usize],
    busy: &mut Busy,
) -> (Vec<Placement>, Vec<Infeasibility>) {
    let plan = ix.plan;
    let step = 30u32;
    let day_minutes = ix.day_minutes;
    let links = &ix.pairs;
    let links_of = |e: usize| {
        links
            .iter()
            .enumerate()
            .filter(move |(_, (_, exams))| exams.contains(&e))
    };
    let free = |busy: &[(u32, u32)], s: u32, e: u32| busy.iter().all(|&(a, b)| e <= a || s >= b);
    busy.clear();
    let mut placements = Vec::with_capacity(exams.len());
    let mut failures = Vec::new();
    for &e in exams.iter() {
        let duration = plan.exams[e].duration_minutes;
        let students = ix.exam_students[e];
        // SC-3: its hours that day, as minutes from the examination day's start.
        let (hours_start, hours_end) = crate::hours::exam_hours(ix, policy, e, date);
        let minutes =
            |t: chrono::NaiveTime| u32::try_from((t - policy.day_start).num_minutes()).unwrap_or(0);
        let (lower, upper) = (minutes(hours_start), minutes(hours_end).min(day_minutes));
        let mut placed = None;
        // A same-period link already placed today fixes the start.
        let only = links_of(e)
            .filter(|(_, (kind, _))| *kind == PairKind::SamePeriod)
            .find_map(|(i, _)| busy.link_start[i]);
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
                .all(|&t| free(&busy.teacher[t], start, end))
                && ix.exam_groups[e]
                    .iter()
                    .all(|&g| free(&busy.group[g], start, end))
                && links_of(e)
                    .filter(|(_, (kind, _))| *kind == PairKind::DifferentPeriods)
                    .all(|(i, _)| free(&busy.link[i], start, end));
            if people_free {
                if plan.rooms.is_empty() || plan.exams[e].form.is_online() {
                    placed = Some((start, Vec::new()));
                    break;
                }
                // The smallest room that seats the exam, a preferred one first (SC-PREFER).
                let room = (0..plan.rooms.len())
                    .filter(|&r| {
                        plan.rooms[r].capacity >= students && free(&busy.room[r], start, end)
                    })
                    .min_by_key(|&r| {
                        let preferred = plan.exams[e].preferred_rooms.contains(&plan.rooms[r].id);
                        (!preferred, plan.rooms[r].capacity)
                    });
                if let Some(r) = room {
                    placed = Some((start, vec![r]));
                    break;
                }
                // A large exam split over several free rooms, the largest first (SC-ROOM).
                if plan.exams[e].max_rooms > 1 {
                    let mut free_rooms: Vec<usize> = (0..plan.rooms.len())
                        .filter(|&r| free(&busy.room[r], start, end))
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
                    busy.teacher[t].push((start, end));
                }
                for &g in &ix.exam_groups[e] {
                    busy.group[g].push((start, end));
                }
                for &r in &rooms {
                    busy.room[r].push((start, end));
                }
                for (i, (kind, _)) in links_of(e) {
                    match kind {
                        PairKind::DifferentPeriods => busy.link[i].push((start, end)),
                        PairKind::SamePeriod => {
                            busy.link_start[i].get_or_insert(start);
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
    (placements, failures)
}
