//! The recognition rules' invariants (EC-4..EC-6, EC-10, EC-11), as property tests.

use proptest::prelude::*;
use regula_core::{Credits, Decimal};
use regula_ects::{
    Category, ConversionPolicy, DistributionTable, GradeShare, HomeCourse, HostCourse, HostGrade,
    Mobility, SyllabusMatch, check, convert, propose,
};

/// Small mobilities: up to 5 host and 5 home courses, random passes, matches and credits.
fn mobility() -> impl Strategy<Value = Mobility> {
    (1usize..=5, 1usize..=5).prop_flat_map(|(hosts, homes)| {
        (
            prop::collection::vec((1i64..=8, any::<bool>(), 0usize..5), hosts),
            prop::collection::vec((1i64..=8, prop::bool::weighted(0.2)), homes),
            prop::collection::vec(prop::option::weighted(0.6, 50i64..=100), hosts * homes),
        )
            .prop_map(move |(host, home, matches)| {
                let letters = ["A", "B", "C", "D", "E"];
                Mobility {
                    home_courses: home
                        .iter()
                        .enumerate()
                        .map(|(k, &(c, passed))| HomeCourse {
                            id: format!("H{k}"),
                            title: String::new(),
                            credits: Credits::new(Decimal::from(c)).unwrap(),
                            passed_at_home: passed,
                            kind: Default::default(),
                            topics: vec![],
                        })
                        .collect(),
                    host_courses: host
                        .iter()
                        .enumerate()
                        .map(|(h, &(c, passed, letter))| HostCourse {
                            id: format!("X{h}"),
                            title: String::new(),
                            credits: Credits::new(Decimal::from(c)).unwrap(),
                            passed,
                            grade: HostGrade {
                                scale: "ECTS".into(),
                                value: (if passed { letters[letter] } else { "F" }).into(),
                            },
                        })
                        .collect(),
                    matches: matches
                        .iter()
                        .enumerate()
                        .filter_map(|(i, m)| {
                            m.map(|p| SyllabusMatch {
                                host: format!("X{}", i / homes),
                                home: format!("H{}", i % homes),
                                percent: Some(Decimal::from(p)),
                                covered_topics: vec![],
                            })
                        })
                        .collect(),
                    grade_tables: vec![],
                    csc_decisions: vec![],
                    learning_agreement: None,
                    supplement_requested: false,
                }
            })
    })
}

/// The most home credits any valid plan recognises, by trying every assignment.
fn brute_force_best(m: &Mobility) -> Decimal {
    fn go(h: usize, m: &Mobility, used: &mut Vec<bool>) -> Decimal {
        if h == m.host_courses.len() {
            return Decimal::ZERO;
        }
        let mut best = go(h + 1, m, used);
        let host = &m.host_courses[h];
        if host.passed {
            for (k, home) in m.home_courses.iter().enumerate() {
                let ok = !used[k]
                    && !home.passed_at_home
                    && m.matches.iter().any(|x| {
                        x.host == host.id
                            && x.home == home.id
                            && x.percent.unwrap() >= Decimal::from(75)
                    });
                if ok {
                    used[k] = true;
                    best = best.max(home.credits.value() + go(h + 1, m, used));
                    used[k] = false;
                }
            }
        }
        best
    }
    go(0, m, &mut vec![false; m.home_courses.len()])
}

proptest! {
    /// EC-4, EC-6: no host course is used twice and no home course is recognised twice.
    #[test]
    fn ec6_no_course_is_used_twice(m in mobility()) {
        let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
        let mut hosts: Vec<&str> = plan.lines.iter().map(|l| l.host.as_str()).collect();
        hosts.sort_unstable();
        let before = hosts.len();
        hosts.dedup();
        prop_assert_eq!(hosts.len(), before);
        let mut homes: Vec<&str> = plan.lines.iter().filter_map(|l| match &l.category {
            Category::Replaces { home } => Some(home.as_str()),
            _ => None,
        }).collect();
        homes.sort_unstable();
        let before = homes.len();
        homes.dedup();
        prop_assert_eq!(homes.len(), before);
    }

    /// EC-4..EC-6, EC-10, EC-11: the proposer's plan always passes the checker.
    #[test]
    fn ec_the_proposed_plan_passes_the_checker(m in mobility()) {
        let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
        let violations = check(&ConversionPolicy::itp_2014(), &m, &plan).unwrap();
        prop_assert!(violations.is_empty(), "{:?}", violations);
    }

    /// EC-6: the proposer recognises as many home credits as the best valid plan, found by brute
    /// force.
    #[test]
    fn ec6_the_proposer_recognises_the_most_credits(m in mobility()) {
        let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
        prop_assert_eq!(plan.home_credits(), brute_force_best(&m));
    }

    /// EC-11: conversion through distribution tables is monotone: a better host grade never
    /// converts to a lower Romanian grade.
    #[test]
    fn ec11_conversion_is_monotone(shares in prop::collection::vec(1i64..=40, 2..=8)) {
        let total: i64 = shares.iter().sum();
        // Percentages adding up to exactly 100: scale the shares, the rest to the last grade.
        let mut percents: Vec<Decimal> = shares.iter().map(|s| Decimal::from(s * 100) / Decimal::from(total)).map(|p| p.round_dp(4)).collect();
        let rest = Decimal::ONE_HUNDRED - percents[..percents.len() - 1].iter().copied().sum::<Decimal>();
        let last = percents.len() - 1;
        percents[last] = rest;
        let table = DistributionTable {
            scale: "S".into(),
            grades: percents.iter().enumerate().map(|(i, p)| GradeShare { grade: format!("g{i}"), percent: *p }).collect(),
        }
        .validated()
        .unwrap();
        let policy = ConversionPolicy::itp_2014();
        let grades: Vec<u8> = (0..table.grades.len())
            .map(|i| convert(&policy, std::slice::from_ref(&table), &HostGrade { scale: "S".into(), value: format!("g{i}") }).unwrap().grade().unwrap().value())
            .collect();
        prop_assert!(grades.windows(2).all(|w| w[0] >= w[1]), "{:?}", grades);
    }

    /// EC-5: a match of exactly 75% allows a replacement; anything below does not.
    #[test]
    fn ec5_seventy_five_percent_passes_and_below_does_not(hundredths in 7000i64..=8000) {
        let percent = Decimal::new(hundredths, 2);
        let m = Mobility {
            home_courses: vec![HomeCourse { id: "H".into(), title: String::new(), credits: Credits::new(Decimal::from(5)).unwrap(), passed_at_home: false, kind: Default::default(), topics: vec![] }],
            host_courses: vec![HostCourse { id: "X".into(), title: String::new(), credits: Credits::new(Decimal::from(5)).unwrap(), passed: true, grade: HostGrade { scale: "ECTS".into(), value: "A".into() } }],
            matches: vec![SyllabusMatch { host: "X".into(), home: "H".into(), percent: Some(percent), covered_topics: vec![] }],
            grade_tables: vec![],
                    csc_decisions: vec![],
        learning_agreement: None,
        supplement_requested: false,
        };
        let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
        let replaced = matches!(plan.lines[0].category, Category::Replaces { .. });
        prop_assert_eq!(replaced, percent >= Decimal::from(75));
    }
}
