//! The benchmark importers and the official cost functions, on small instances kept in
//! `tests/data/` with costs worked by hand; and, when the public files are present, the importers
//! against the counts of their sources and the solver on real instances.
//!
//! The public instances (ITC2007's examination track; Toronto, Carter, Laporte & Lee 1996) are
//! not part of the repository: set `REGULA_BENCHMARK_DATA` to the folder that holds them
//! (`exam_comp_set1.exam`, `hec-s-92.crs`, …). Without it, those tests say so and pass.

mod common;

use std::path::PathBuf;

use common::{read_local, small_itc2007, small_toronto};
use regula_scheduling::benchmarks::{
    BenchSolution, BenchmarkKind, DATA_VARIABLE, Pace, itc2007_cost, parse_itc2007, parse_toronto,
    solve_benchmark, toronto_cost,
};
use rust_decimal::Decimal;

/// The folder of the public instances, or `None` (with a note on the test's output) when
/// `REGULA_BENCHMARK_DATA` is not set.
fn public_data(test: &str) -> Option<PathBuf> {
    match std::env::var_os(DATA_VARIABLE) {
        Some(dir) if PathBuf::from(&dir).is_dir() => Some(PathBuf::from(dir)),
        Some(dir) => panic!("{DATA_VARIABLE}={} is not a folder", dir.to_string_lossy()),
        None => {
            // Written past the test harness's capture, so that the skip shows in every run.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "{test}: skipped, {DATA_VARIABLE} is not set (the folder of the public benchmark files)"
            );
            None
        }
    }
}

fn read_public(dir: &std::path::Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.join(file).display()))
}

#[test]
fn the_importers_read_the_small_instances() {
    let itc = small_itc2007();
    assert_eq!(itc.kind, BenchmarkKind::Itc2007);
    // 20 exams, 10 periods over 5 days, 3 rooms, students numbered 0..79.
    assert_eq!(
        (
            itc.exams.len(),
            itc.periods.len(),
            itc.rooms.len(),
            itc.students
        ),
        (20, 10, 3, 80)
    );
    let toronto = small_toronto();
    assert_eq!(toronto.kind, BenchmarkKind::Toronto);
    // 24 exams, 60 students (one line each in small.stu), 147 enrolments (the sum of small.crs).
    assert_eq!(
        (toronto.exams.len(), toronto.students, toronto.enrolments()),
        (24, 60, 147)
    );
    assert_eq!(toronto.periods.len(), 10);
}

#[test]
fn itc2007_files_match_their_sources_counts() {
    let Some(dir) = public_data("itc2007_files_match_their_sources_counts") else {
        return;
    };
    // exams / periods / rooms / students, as the instances' published descriptions give them.
    for (file, exams, periods, rooms, students) in [
        ("exam_comp_set1.exam", 607, 54, 7, 7883),
        ("exam_comp_set4.exam", 273, 21, 1, 4421),
        ("exam_comp_set6.exam", 242, 16, 8, 7909),
    ] {
        let instance = parse_itc2007(file, &read_public(&dir, file)).unwrap();
        assert_eq!(
            (
                instance.exams.len(),
                instance.periods.len(),
                instance.rooms.len(),
                instance.students as usize
            ),
            (exams, periods, rooms, students),
            "{file}"
        );
    }
}

#[test]
fn toronto_files_match_their_sources_counts() {
    let Some(dir) = public_data("toronto_files_match_their_sources_counts") else {
        return;
    };
    // exams / students / enrolments / standard periods, as the instances' published descriptions give them.
    for (name, exams, students, enrolments, periods) in [
        ("hec-s-92", 81, 2823, 10632, 18),
        ("sta-f-83", 139, 611, 5751, 13),
        ("yor-f-83", 181, 941, 6034, 21),
    ] {
        let instance = parse_toronto(
            name,
            &read_public(&dir, &format!("{name}.crs")),
            &read_public(&dir, &format!("{name}.stu")),
            periods,
        )
        .unwrap();
        assert_eq!(instance.exams.len(), exams, "{name}");
        assert_eq!(instance.students as usize, students, "{name}");
        assert_eq!(instance.enrolments(), enrolments, "{name}");
        assert_eq!(instance.periods.len(), periods as usize, "{name}");
    }
}

#[test]
fn the_itc2007_cost_of_a_hand_checked_solution() {
    // 4 exams, 4 periods over 2 days, 2 rooms. Students: s0 sits e0,e1,e2; s1 sits e1,e3.
    let instance = parse_itc2007("tiny.exam", &read_local("tiny.exam")).unwrap();
    // e0 → p0 r1, e1 → p1 r1, e2 → p2 r1, e3 → p2 r1 (with e2: durations 120 and 60 mix).
    let solution = BenchSolution {
        period: vec![0, 1, 2, 2],
        room: vec![1, 1, 1, 1],
    };
    let cost = itc2007_cost(&instance, &solution);
    // Hard: none (room 1 seats 2: e2 + e3 = 1 + 1 students; AFTER holds: p2 > p0).
    assert_eq!(cost.hard, 0);
    // s0: (e0,e1) p0–p1 same day, in a row: 7; (e0,e2) p0–p2: other day; (e1,e2) p1–p2: other day.
    // s1: (e1,e3) p1–p2: other day.
    assert_eq!(cost.two_in_a_row, 7);
    assert_eq!(cost.two_in_a_day, 0);
    // Spread 3: every pair is within 3 periods: (0,1), (0,2), (1,2) for s0 and (1,3) for s1.
    assert_eq!(cost.period_spread, 4);
    assert_eq!(cost.mixed_durations, 10); // p2, room 1: 120 and 60
    // Front load: the largest exam (e0 and e1 have 1 and 2 students: e1) in the last period?
    // e1 is in p1, not p3: 0.
    assert_eq!(cost.front_load, 0);
    assert_eq!(cost.period_penalty, 5); // e1 in p1
    assert_eq!(cost.room_penalty, 40); // four exams in room 1 (penalty 10)
    assert_eq!(cost.soft, 7 + 4 + 10 + 5 + 40);

    // e2 before e0 breaks AFTER; e1's 2 students in room 0 (1 seat) overflow it.
    let solution = BenchSolution {
        period: vec![2, 1, 0, 2],
        room: vec![0, 0, 0, 1],
    };
    let cost = itc2007_cost(&instance, &solution);
    assert_eq!(cost.hard, 2, "{cost:?}");
}

#[test]
fn the_toronto_cost_of_a_hand_checked_solution() {
    let instance =
        parse_toronto("tiny", &read_local("tiny.crs"), &read_local("tiny.stu"), 8).unwrap();
    // Periods: e1 → 0, e2 → 2, e3 → 7.
    let cost = toronto_cost(
        &instance,
        &BenchSolution {
            period: vec![0, 2, 7],
            room: vec![0; 3],
        },
    );
    // s0: (1,2) d=2 → 8. s1: (1,2) → 8, (1,3) d=7 → 0, (2,3) d=5 → 1. Total 17 over 2 students.
    assert_eq!((cost.conflicts, cost.penalty), (0, 17));
    assert_eq!(cost.per_student, Decimal::new(85, 1));
    let clash = toronto_cost(
        &instance,
        &BenchSolution {
            period: vec![0, 0, 7],
            room: vec![0; 3],
        },
    );
    assert_eq!(clash.conflicts, 2);
}

#[test]
fn malformed_benchmark_files_name_the_line() {
    let err = parse_itc2007(
        "bad.exam",
        "[Exams:1]\n60, 1\n[Periods:1]\n01:01:2008, 09:00:00, x, 0\n",
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.exam, line 4: field 3 is not a number in \"01:01:2008, 09:00:00, x, 0\""
    );
    let err = parse_toronto("bad", "0001 2\n", "0001\n", 3).unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.crs, line 1: exam 1 declares 2 students but the .stu file lists 1"
    );
}

#[test]
fn the_benchmark_solver_finds_feasible_timetables() {
    let go = &mut |_: &regula_scheduling::benchmarks::BenchProgress| Pace::Go;
    let toronto = small_toronto();
    let solution = solve_benchmark(&toronto, 1, 60_000, go).expect("feasible");
    let cost = toronto_cost(&toronto, &solution);
    assert_eq!(cost.conflicts, 0);
    // A deterministic seed gives the same timetable.
    assert_eq!(solve_benchmark(&toronto, 1, 60_000, go), Some(solution));

    let itc = small_itc2007();
    let solution = solve_benchmark(&itc, 1, 60_000, go).expect("feasible");
    let cost = itc2007_cost(&itc, &solution);
    assert_eq!(cost.hard, 0, "{cost:?}");
    assert_eq!(solve_benchmark(&itc, 1, 60_000, go), Some(solution));
}

#[test]
fn the_benchmark_solver_reports_every_4096_steps_so_a_time_limit_holds() {
    let itc = small_itc2007();
    let mut improving: Vec<u64> = Vec::new();
    solve_benchmark(&itc, 1, 300_000, &mut |p| {
        if p.best.is_some() {
            improving.push(p.iteration);
        }
        Pace::Go
    })
    .expect("feasible");
    // Every multiple of 4,096 in the improvement phase is reported (none is skipped by a move
    // that was not tried), and the end.
    assert!(improving.len() >= 5, "{improving:?}");
    let (last, steps) = improving.split_last().expect("reports");
    for pair in steps.windows(2) {
        assert_eq!(pair[1] - pair[0], 4096, "{improving:?}");
    }
    assert_eq!(*last, 300_000);
    // A callback that stops at once stops the improvement phase at its first report.
    let mut reports = 0;
    solve_benchmark(&itc, 1, 300_000, &mut |p| {
        if p.best.is_some() {
            reports += 1;
            return Pace::Stop;
        }
        Pace::Go
    });
    assert_eq!(reports, 1);
}

#[test]
fn the_benchmark_solver_is_feasible_on_public_instances() {
    let Some(dir) = public_data("the_benchmark_solver_is_feasible_on_public_instances") else {
        return;
    };
    let go = &mut |_: &regula_scheduling::benchmarks::BenchProgress| Pace::Go;
    let toronto = parse_toronto(
        "sta-f-83",
        &read_public(&dir, "sta-f-83.crs"),
        &read_public(&dir, "sta-f-83.stu"),
        13,
    )
    .unwrap();
    let solution = solve_benchmark(&toronto, 1, 60_000, go).expect("feasible");
    assert_eq!(toronto_cost(&toronto, &solution).conflicts, 0);
    assert_eq!(solve_benchmark(&toronto, 1, 60_000, go), Some(solution));

    let itc = parse_itc2007(
        "exam_comp_set6.exam",
        &read_public(&dir, "exam_comp_set6.exam"),
    )
    .unwrap();
    let solution = solve_benchmark(&itc, 1, 60_000, go).expect("feasible");
    let cost = itc2007_cost(&itc, &solution);
    assert_eq!(cost.hard, 0, "{cost:?}");
    assert!(cost.soft > 0);
}
