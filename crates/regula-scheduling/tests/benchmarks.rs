//! The benchmark importers read every file in `shared/data/timetabling/` and reproduce the counts
//! of its SOURCES.md; the cost functions are checked on hand-computed instances.

use std::path::PathBuf;

use regula_scheduling::benchmarks::{
    BenchSolution, itc2007_cost, parse_itc2007, parse_toronto, toronto_cost,
};
use rust_decimal::Decimal;

fn data_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/timetabling");
    assert!(
        dir.is_dir(),
        "the benchmark data is missing: {}",
        dir.display()
    );
    dir
}

fn read(file: &str) -> String {
    std::fs::read_to_string(data_dir().join(file)).unwrap()
}

#[test]
fn itc2007_files_match_their_sources_counts() {
    // exams / periods / rooms / students, from SOURCES.md.
    for (file, exams, periods, rooms, students) in [
        ("exam_comp_set1.exam", 607, 54, 7, 7883),
        ("exam_comp_set4.exam", 273, 21, 1, 4421),
        ("exam_comp_set6.exam", 242, 16, 8, 7909),
    ] {
        let instance = parse_itc2007(file, &read(file)).unwrap();
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
    // exams / students / enrolments / standard periods, from SOURCES.md.
    for (name, exams, students, enrolments, periods) in [
        ("hec-s-92", 81, 2823, 10632, 18),
        ("sta-f-83", 139, 611, 5751, 13),
        ("yor-f-83", 181, 941, 6034, 21),
    ] {
        let instance = parse_toronto(
            name,
            &read(&format!("{name}.crs")),
            &read(&format!("{name}.stu")),
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
    let text = "[Exams:4]\n120, 0\n60, 0, 1\n120, 0\n60, 1\n\
        [Periods:4]\n01:01:2008, 09:00:00, 120, 0\n01:01:2008, 13:00:00, 120, 5\n\
        02:01:2008, 09:00:00, 120, 0\n02:01:2008, 13:00:00, 60, 0\n\
        [Rooms:2]\n1, 0\n2, 10\n\
        [PeriodHardConstraints]\n2, AFTER, 0\n\
        [RoomHardConstraints]\n\
        [InstitutionalWeightings]\nTWOINAROW,7\nTWOINADAY,5\nPERIODSPREAD,3\nNONMIXEDDURATIONS,10\nFRONTLOAD,1,1,5\n";
    let instance = parse_itc2007("tiny", text).unwrap();
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
    let crs = "0001 2\n0002 2\n0003 1\n";
    let stu = "0001 0002\n0001 0002 0003\n";
    let instance = parse_toronto("tiny", crs, stu, 8).unwrap();
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
    use regula_scheduling::benchmarks::solve_benchmark;
    use std::ops::ControlFlow;
    let go = &mut |_: &regula_scheduling::benchmarks::BenchProgress| ControlFlow::Continue(());
    let toronto =
        parse_toronto("sta-f-83", &read("sta-f-83.crs"), &read("sta-f-83.stu"), 13).unwrap();
    let solution = solve_benchmark(&toronto, 1, 60_000, go).expect("feasible");
    let cost = toronto_cost(&toronto, &solution);
    assert_eq!(cost.conflicts, 0);
    // A deterministic seed gives the same timetable.
    assert_eq!(solve_benchmark(&toronto, 1, 60_000, go), Some(solution));

    let itc = parse_itc2007("exam_comp_set6.exam", &read("exam_comp_set6.exam")).unwrap();
    let solution = solve_benchmark(&itc, 1, 60_000, go).expect("feasible");
    let cost = itc2007_cost(&itc, &solution);
    assert_eq!(cost.hard, 0, "{cost:?}");
    assert!(cost.soft > 0);
}

#[test]
fn the_benchmark_solver_reports_every_20000_steps_so_a_time_limit_holds() {
    use regula_scheduling::benchmarks::solve_benchmark;
    use std::ops::ControlFlow;
    let itc = parse_itc2007("exam_comp_set4.exam", &read("exam_comp_set4.exam")).unwrap();
    let mut improving: Vec<u64> = Vec::new();
    solve_benchmark(&itc, 1, 300_000, &mut |p| {
        if p.best.is_some() {
            improving.push(p.iteration);
        }
        ControlFlow::Continue(())
    })
    .expect("feasible");
    // Every multiple of 20,000 in the improvement phase is reported: none is skipped by a move
    // that was not tried.
    assert!(improving.len() >= 5, "{improving:?}");
    for pair in improving.windows(2) {
        assert_eq!(pair[1] - pair[0], 20_000, "{improving:?}");
    }
    // A callback that stops at once stops the improvement phase at its first report.
    let mut reports = 0;
    solve_benchmark(&itc, 1, 300_000, &mut |p| {
        if p.best.is_some() {
            reports += 1;
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    assert_eq!(reports, 1);
}
