//! An ITC2007 or Toronto instance in the engine's model: the competition's periods (with their
//! days, lengths and penalties) and rooms, one conflict per pair of exams sharing students (never
//! in one period; the shared students price their distance), the period and room constraints,
//! and ITC2007's front load as each large exam's cost of the last periods.

use std::collections::HashMap;

use super::{BenchInstance, BenchSolution, BenchmarkKind};
use crate::engine::{self, Assignment, Conflict, Link, Model, Spread};

/// The engine's model of `instance`.
pub(super) fn model(instance: &BenchInstance) -> Model {
    let n = instance.exams.len();
    let periods = instance.periods.len();
    let itc = instance.kind == BenchmarkKind::Itc2007;
    let mut shared: HashMap<(usize, usize), u32> = HashMap::new();
    for exams in instance.exams_of_students() {
        for (i, &a) in exams.iter().enumerate() {
            for &b in &exams[i + 1..] {
                if a != b {
                    *shared.entry((a.min(b), a.max(b))).or_insert(0) += 1;
                }
            }
        }
    }
    let mut shared: Vec<_> = shared.into_iter().collect();
    shared.sort_unstable();
    let conflicts = shared
        .into_iter()
        .map(|((a, b), weight)| Conflict {
            exams: (a, b),
            min_days: Some(0),
            weight,
            spread: 0,
        })
        .collect();
    let w = &instance.weights;
    let spread = if itc {
        Spread::Itc2007 {
            two_in_a_row: w.two_in_a_row,
            two_in_a_day: w.two_in_a_day,
            period_spread: w.period_spread,
        }
    } else {
        Spread::ByPeriods(vec![0, 16, 8, 4, 2, 1])
    };
    // Front load: the largest exams cost this much in the last periods.
    let mut by_size: Vec<usize> = (0..n).collect();
    by_size.sort_by_key(|&e| (std::cmp::Reverse(instance.exams[e].students.len()), e));
    let mut front = vec![false; n];
    if itc {
        for &e in by_size.iter().take(w.front_load_exams as usize) {
            front[e] = true;
        }
    }
    let late = periods.saturating_sub(w.front_load_periods as usize);
    let exams = instance
        .exams
        .iter()
        .enumerate()
        .map(|(e, exam)| engine::Exam {
            size: exam.students.len() as u32,
            duration: exam.duration,
            allowed: Vec::new(),
            period_costs: if front[e] {
                (0..periods)
                    .map(|p| if p >= late { w.front_load_weight } else { 0 })
                    .collect()
            } else {
                Vec::new()
            },
            exclusive: instance.room_exclusive.contains(&e),
            seated: true,
        })
        .collect();
    let links = instance
        .after
        .iter()
        .map(|&(a, b)| Link::Before(b, a))
        .chain(
            instance
                .coincidence
                .iter()
                .map(|&(a, b)| Link::SamePeriod(a, b)),
        )
        .chain(
            instance
                .exclusion
                .iter()
                .map(|&(a, b)| Link::DifferentPeriods(a, b)),
        )
        .collect();
    Model {
        periods: instance
            .periods
            .iter()
            .map(|p| engine::Period {
                day: p.day,
                duration: p.duration,
                penalty: if itc { p.penalty } else { 0 },
            })
            .collect(),
        rooms: instance
            .rooms
            .iter()
            .map(|r| engine::Room {
                capacity: r.capacity,
                penalty: if itc { r.penalty } else { 0 },
            })
            .collect(),
        exams,
        conflicts,
        spreads: vec![spread],
        links,
        loads: Vec::new(),
        resources: Vec::new(),
        mixed_durations: if itc { w.non_mixed_durations } else { 0 },
    }
}

/// The engine's complete placement as a benchmark solution.
pub(super) fn solution(assignment: &Assignment) -> BenchSolution {
    BenchSolution {
        period: assignment.period.iter().map(|p| p.unwrap_or(0)).collect(),
        room: assignment.room.iter().map(|r| r.unwrap_or(0)).collect(),
    }
}
