//! The engine on small models built by hand: every hard constraint kind holds in what it returns.

use super::model::{Conflict, DayResource, Exam, Link, Load, Model, Period, Room, Spread};
use super::{Options, Outcome, blockers, solve};

fn exam(size: u32, duration: u32) -> Exam {
    Exam {
        size,
        duration,
        allowed: Vec::new(),
        period_costs: Vec::new(),
        exclusive: false,
        seated: true,
    }
}

/// `days` days of `per_day` periods of 3 hours.
fn periods(days: u32, per_day: u32) -> Vec<Period> {
    (0..days * per_day)
        .map(|p| Period {
            day: p / per_day,
            duration: 180,
            penalty: 0,
        })
        .collect()
}

fn conflict(a: usize, b: usize, min_days: u32) -> Conflict {
    Conflict {
        exams: (a, b),
        min_days: Some(min_days),
        weight: 1,
        spread: 0,
    }
}

fn run(model: &Model) -> Outcome {
    let options = Options {
        seed: 3,
        max_iterations: 20_000,
    };
    solve(model, None, &options, &mut |_| super::Pace::Go)
}

fn periods_of(outcome: &Outcome) -> Vec<usize> {
    let (_, best) = outcome.best.as_ref().expect("solved");
    best.period.iter().map(|p| p.expect("placed")).collect()
}

#[test]
fn sc_4_conflicting_exams_keep_their_days_apart_and_spread_out() {
    // Four exams of one group over 10 days, at least 3 days apart; the soft spread prefers 3.
    let mut conflicts = Vec::new();
    for a in 0..4 {
        for b in a + 1..4 {
            conflicts.push(conflict(a, b, 3));
        }
    }
    let model = Model {
        periods: periods(10, 1),
        exams: vec![exam(10, 120); 4],
        conflicts,
        spreads: vec![Spread::ByDays(vec![40, 30, 20, 10])],
        ..Model::default()
    };
    let mut days = periods_of(&run(&model));
    days.sort_unstable();
    assert_eq!(
        days,
        [0, 3, 6, 9],
        "the only way to keep 4 exams 3 days apart in 10 days"
    );
}

#[test]
fn a_clash_is_never_in_one_period_and_rooms_seat_their_exams() {
    // Two periods, one room of 100 seats; exams 0 and 1 share students.
    let model = Model {
        periods: periods(1, 2),
        rooms: vec![Room {
            capacity: 100,
            penalty: 0,
        }],
        exams: vec![exam(60, 120), exam(30, 120), exam(40, 120)],
        conflicts: vec![conflict(0, 1, 0)],
        spreads: vec![Spread::ByPeriods(vec![0, 5])],
        ..Model::default()
    };
    let p = periods_of(&run(&model));
    assert_ne!(p[0], p[1]);
    // 60 + 40 seats would fit, 30 + 40 too; never 60 + 30 + 40.
    let mut seats = [0u32; 2];
    for (e, &period) in p.iter().enumerate() {
        seats[period] += model.exams[e].size;
    }
    assert!(seats.iter().all(|&s| s <= 100), "{seats:?}");
}

#[test]
fn links_hold_before_same_period_same_day_different_periods() {
    let model = Model {
        periods: periods(3, 2),
        exams: vec![exam(1, 60); 6],
        links: vec![
            Link::Before(0, 1),
            Link::SamePeriod(2, 3),
            Link::SameDay(4, 5),
            Link::DifferentPeriods(4, 5),
        ],
        ..Model::default()
    };
    for seed in 0..5 {
        let options = Options {
            seed,
            max_iterations: 5_000,
        };
        let outcome = solve(&model, None, &options, &mut |_| super::Pace::Go);
        let p = periods_of(&outcome);
        let day = |e: usize| model.periods[p[e]].day;
        assert!(p[0] < p[1], "{p:?}");
        assert_eq!(p[2], p[3]);
        assert_eq!(day(4), day(5));
        assert_ne!(p[4], p[5]);
    }
}

#[test]
fn sc_load_and_sc_5_caps_hold() {
    // One person sits 4 exams, at most 2 a day and 3 in any 2 days; a teacher examines exams
    // 4..8, at most 2 groups (tags) a day.
    let model = Model {
        periods: periods(4, 3),
        exams: vec![exam(1, 60); 8],
        loads: vec![Load {
            exams: vec![0, 1, 2, 3],
            per_day: Some(2),
            in_days: Some((3, 2)),
        }],
        resources: vec![DayResource {
            exams: vec![(4, vec![1]), (5, vec![2]), (6, vec![3]), (7, vec![1])],
            max_tags: 2,
            max_minutes: 600,
            day_cost: 0,
        }],
        ..Model::default()
    };
    let p = periods_of(&run(&model));
    let day = |e: usize| model.periods[p[e]].day as usize;
    let mut per_day = [0; 4];
    for e in 0..4 {
        per_day[day(e)] += 1;
    }
    assert!(per_day.iter().all(|&n| n <= 2), "{per_day:?}");
    assert!(per_day.windows(2).all(|w| w[0] + w[1] <= 3), "{per_day:?}");
    let mut tags: Vec<Vec<u32>> = vec![Vec::new(); 4];
    for (e, t) in [(4, 1), (5, 2), (6, 3), (7, 1)] {
        if !tags[day(e)].contains(&t) {
            tags[day(e)].push(t);
        }
    }
    assert!(tags.iter().all(|t| t.len() <= 2), "{tags:?}");
}

#[test]
fn an_impossible_exam_is_left_unplaced_and_its_blockers_are_named() {
    // Three exams that clash pairwise, two periods: one cannot be placed.
    let model = Model {
        periods: periods(1, 2),
        exams: vec![exam(1, 60); 3],
        conflicts: vec![conflict(0, 1, 0), conflict(1, 2, 0), conflict(0, 2, 0)],
        spreads: vec![Spread::ByPeriods(Vec::new())],
        ..Model::default()
    };
    let outcome = run(&model);
    assert!(outcome.best.is_none());
    let unplaced: Vec<usize> = (0..3)
        .filter(|&e| outcome.last.period[e].is_none())
        .collect();
    assert_eq!(unplaced.len(), 1);
    let e = unplaced[0];
    let found = blockers(&model, &outcome.last, e);
    assert_eq!(found.len(), 2, "both periods are candidates");
    assert!(found.iter().all(|(_, exams)| exams.len() == 1), "{found:?}");
}

#[test]
fn an_exam_longer_than_every_period_or_outside_its_candidates_is_never_placed_there() {
    let mut long = exam(1, 240);
    long.allowed = vec![true, true];
    let mut fixed = exam(1, 60);
    fixed.allowed = vec![false, true];
    let model = Model {
        periods: periods(1, 2),
        exams: vec![fixed, long],
        ..Model::default()
    };
    let outcome = run(&model);
    assert!(
        outcome.best.is_none(),
        "the 4-hour exam fits no 3-hour period"
    );
    assert_eq!(outcome.last.period[0], Some(1));
}
