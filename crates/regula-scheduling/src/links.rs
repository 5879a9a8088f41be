//! The timetabler's links between exams (SC-PAIR) and the cap on a group's or a student's exams
//! per day and per few days (SC-LOAD), as the validator judges them.

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate, NaiveDateTime};
use regula_core::locale::Message;

use crate::SchedulingPolicy;
use crate::rules::{SC_LOAD, SC_PAIR, SC_PREFER};
use crate::validate::{Indexed, PairKind, Placed, Violation, sittings};

/// Every SC-PAIR and SC-LOAD violation of the placements.
pub(crate) fn check_links(
    indexed: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
) -> Vec<Violation> {
    let plan = indexed.plan;
    let at: HashMap<usize, &Placed> = placed.iter().map(|p| (p.exam, p)).collect();
    let id = |e: usize| plan.exams[e].id.clone();
    let span = |e: usize| -> Vec<(NaiveDateTime, NaiveDateTime)> {
        at.get(&e)
            .map(|p| sittings(p, plan.exams[e].duration_minutes).collect())
            .unwrap_or_default()
    };
    let mut found = Vec::new();
    let mut breach = |message: Message, exams: Vec<usize>, dates: Vec<NaiveDate>| {
        let mut v = Violation::new(&SC_PAIR, message);
        v.exams = exams.into_iter().map(id).collect();
        v.dates = dates;
        found.push(v);
    };
    for (kind, exams) in &indexed.pairs {
        let placed_ones: Vec<(usize, &Placed)> = exams
            .iter()
            .filter_map(|e| at.get(e).map(|p| (*e, *p)))
            .collect();
        match kind {
            PairKind::Before => {
                if let [(a, pa), (b, pb)] = placed_ones[..] {
                    let end = span(a).last().map(|&(_, end)| end);
                    if end.is_some_and(|end| end > pb.start) {
                        breach(
                            Message::new("scheduling-pair-before")
                                .arg("first", id(a))
                                .arg("then", id(b)),
                            vec![a, b],
                            vec![pa.first_day, pb.first_day],
                        );
                    }
                }
            }
            PairKind::SameDay | PairKind::SamePeriod => {
                let same_day = *kind == PairKind::SameDay;
                if let Some(&(first, p0)) = placed_ones.first() {
                    for &(e, p) in &placed_ones[1..] {
                        let apart = if same_day {
                            p.first_day != p0.first_day
                        } else {
                            p.start != p0.start
                        };
                        if apart {
                            breach(
                                Message::new(if same_day {
                                    "scheduling-pair-same-day"
                                } else {
                                    "scheduling-pair-same-period"
                                })
                                .arg("first", id(first))
                                .arg("second", id(e)),
                                vec![first, e],
                                vec![p0.first_day, p.first_day],
                            );
                        }
                    }
                }
            }
            PairKind::DifferentPeriods => {
                for (i, &(a, pa)) in placed_ones.iter().enumerate() {
                    for &(b, _) in &placed_ones[i + 1..] {
                        let overlap = span(a)
                            .iter()
                            .any(|&(s1, e1)| span(b).iter().any(|&(s2, e2)| s1 < e2 && s2 < e1));
                        if overlap {
                            breach(
                                Message::new("scheduling-pair-different-periods")
                                    .arg("first", id(a))
                                    .arg("second", id(b)),
                                vec![a, b],
                                vec![pa.first_day],
                            );
                        }
                    }
                }
            }
        }
    }
    found.extend(check_load(indexed, policy, placed));
    found
}

/// SC-LOAD: for each group and each student placed as an individual, the exams per day and per
/// window of consecutive days, against the policy's caps.
fn check_load(
    indexed: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
) -> Vec<Violation> {
    if policy.max_exams_per_day.is_none() && policy.max_exams_in_days.is_none() {
        return Vec::new();
    }
    let plan = indexed.plan;
    // Whose load: a group (by index) or a student placed as an individual (by index).
    enum Who {
        Group(usize),
        Student(usize),
    }
    let mut group_exams: Vec<Vec<usize>> = vec![Vec::new(); plan.groups.len()];
    for (e, groups) in indexed.exam_groups.iter().enumerate() {
        for &g in groups {
            group_exams[g].push(e);
        }
    }
    let mut units: Vec<(Who, Vec<usize>)> = group_exams
        .into_iter()
        .enumerate()
        .map(|(g, exams)| (Who::Group(g), exams))
        .collect();
    for (k, exams) in indexed.student_exams.iter().enumerate() {
        units.push((Who::Student(k), exams.clone()));
    }
    let mut found = Vec::new();
    for (unit, exams) in units {
        let who = match unit {
            Who::Group(g) => {
                Message::new("scheduling-unit-group").arg("group", plan.groups[g].id.as_str())
            }
            Who::Student(k) => {
                Message::new("scheduling-unit-student").arg("student", plan.students[k].id.as_str())
            }
        };
        // Exams per day: a portfolio counts on each of its days.
        let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for p in placed.iter().filter(|p| exams.contains(&p.exam)) {
            let mut day = p.first_day;
            while day <= p.last_day {
                by_day.entry(day).or_default().push(p.exam);
                match day.checked_add_days(Days::new(1)) {
                    Some(next) => day = next,
                    None => break,
                }
            }
        }
        let mut push = |message: Message, on: Vec<usize>, dates: Vec<NaiveDate>| {
            let mut v = Violation::new(&SC_LOAD, message);
            v.exams = on.iter().map(|&e| plan.exams[e].id.clone()).collect();
            v.dates = dates;
            match unit {
                Who::Group(g) => v.groups = vec![plan.groups[g].id.clone()],
                Who::Student(k) => v.students = vec![plan.students[k].id.clone()],
            }
            found.push(v);
        };
        if let Some(max) = policy.max_exams_per_day {
            for (day, on) in &by_day {
                if on.len() > max as usize {
                    push(
                        Message::new("scheduling-load-day")
                            .arg(
                                "who",
                                regula_core::locale::Arg::Phrase(Box::new(who.clone())),
                            )
                            .arg("exams", on.len())
                            .arg("day", *day)
                            .arg("max", u64::from(max)),
                        on.clone(),
                        vec![*day],
                    );
                }
            }
        }
        if let Some(cap) = policy.max_exams_in_days {
            let days: Vec<NaiveDate> = by_day.keys().copied().collect();
            for &start in &days {
                let end = start
                    .checked_add_days(Days::new(u64::from(cap.days.saturating_sub(1))))
                    .unwrap_or(NaiveDate::MAX);
                let mut on: Vec<usize> = by_day
                    .range(start..=end)
                    .flat_map(|(_, exams)| exams.iter().copied())
                    .collect();
                on.sort_unstable();
                on.dedup();
                if on.len() > cap.exams as usize {
                    push(
                        Message::new("scheduling-load-window")
                            .arg(
                                "who",
                                regula_core::locale::Arg::Phrase(Box::new(who.clone())),
                            )
                            .arg("exams", on.len())
                            .arg("days", u64::from(cap.days))
                            .arg("from", start)
                            .arg("max", u64::from(cap.exams)),
                        on,
                        vec![start, end],
                    );
                }
            }
        }
    }
    found
}

/// SC-PREFER: the preferred starts and rooms a timetable does not keep, each named.
pub(crate) fn check_preferences(indexed: &Indexed<'_>, placed: &[Placed]) -> Vec<Violation> {
    let plan = indexed.plan;
    let mut found = Vec::new();
    for p in placed {
        let exam = &plan.exams[p.exam];
        if let Some(start) = exam.preferred_start
            && p.start.time() != start
        {
            let mut v = Violation::new(
                &SC_PREFER,
                Message::new("scheduling-prefer-start")
                    .arg("exam", exam.id.as_str())
                    .arg("preferred", start.format("%H:%M").to_string())
                    .arg("start", p.start.time().format("%H:%M").to_string()),
            );
            v.exams = vec![exam.id.clone()];
            v.dates = vec![p.first_day];
            found.push(v);
        }
        let needs_room = !plan.rooms.is_empty() && !exam.form.is_online();
        if needs_room
            && !exam.preferred_rooms.is_empty()
            && !p
                .rooms
                .iter()
                .any(|&r| exam.preferred_rooms.contains(&plan.rooms[r].id))
        {
            let mut v = Violation::new(
                &SC_PREFER,
                Message::new("scheduling-prefer-room")
                    .arg("exam", exam.id.as_str())
                    .arg("preferred", exam.preferred_rooms.join(", ")),
            );
            v.exams = vec![exam.id.clone()];
            v.dates = vec![p.first_day];
            found.push(v);
        }
    }
    found
}
