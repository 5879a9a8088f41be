//! Invariants of the year-end decision, over generated ledgers (PR-2, PR-3, GR-8).

mod support;

use proptest::prelude::*;
use regula_core::{AcademicYear, Credits, Decimal, Grade};
use regula_grading::{CourseKind, GradingPolicy, Obtained};
use regula_progress::policy::umc_2017;
use regula_progress::{CourseResult, Ledger, LedgerEntry, ProgressPolicy, year_end};
use support::{closing, exmatriculation_table};

/// A result: mostly grades, some qualifiers and absences.
fn result() -> impl Strategy<Value = CourseResult> {
    prop_oneof![
        6 => (1u8..=10).prop_map(|g| CourseResult::Grade(Grade::new(g).unwrap())),
        1 => Just(CourseResult::Admis),
        1 => Just(CourseResult::Respins),
        1 => Just(CourseResult::Absent),
    ]
}

/// A ledger of year `year` of `years`: one line per course, each in its own year of study.
fn ledger() -> impl Strategy<Value = Ledger> {
    (2u8..=4)
        .prop_flat_map(|years| (Just(years), 1..=years))
        .prop_flat_map(|(years, year)| {
            let line = (1..=year, 1u32..=10, result(), 0usize..3);
            (Just(years), Just(year), prop::collection::vec(line, 1..=24))
        })
        .prop_map(|(years, year, lines)| Ledger {
            student: "S".into(),
            year_of_study: year,
            years_of_study: years,
            courses: lines
                .into_iter()
                .enumerate()
                .map(|(i, (y, credits, result, kind))| LedgerEntry {
                    course: format!("C{i}"),
                    credits: Credits::new(Decimal::from(credits)).unwrap(),
                    kind: [
                        CourseKind::Compulsory,
                        CourseKind::Optional,
                        CourseKind::Facultative,
                    ][kind],
                    year_of_study: y,
                    academic_year: AcademicYear::starting(2023 - i32::from(year - y)),
                    semester: None,
                    session: None,
                    result,
                    obtained: Obtained::Exam,
                    written_request: kind == 1,
                })
                .collect(),
        })
}

fn policies() -> [ProgressPolicy; 2] {
    [umc_2017().latest().policy.clone(), exmatriculation_table()]
}

proptest! {
    /// PR-3: promotion is monotone in the credits earned — passing one more course never turns
    /// an outcome into a worse one (promoted into repeating, repeating into exmatriculated).
    #[test]
    fn pr3_earning_one_more_course_never_worsens_the_outcome(ledger in ledger(), pick in any::<prop::sample::Index>()) {
        let grading = GradingPolicy::umc_2020();
        let pass = grading.pass_grade;
        let failed: Vec<usize> = ledger
            .courses
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.result.passes(pass))
            .map(|(i, _)| i)
            .collect();
        prop_assume!(!failed.is_empty());
        let mut better = ledger.clone();
        better.courses[failed[pick.index(failed.len())]].result = CourseResult::Grade(pass);
        for policy in policies() {
            let before = year_end(&policy, &grading, closing(), &ledger).unwrap();
            let after = year_end(&policy, &grading, closing(), &better).unwrap();
            prop_assert!(after.tally.credits_total >= before.tally.credits_total);
            prop_assert!(
                after.outcome >= before.outcome,
                "{} became {} after passing one more course",
                before.outcome,
                after.outcome
            );
        }
    }

    /// PR-2: every counted course due by the year closed is either earned or outstanding: the
    /// credits earned and outstanding add up to the counted courses' credits.
    #[test]
    fn pr2_earned_and_outstanding_credits_partition_the_counted_courses(ledger in ledger()) {
        let grading = GradingPolicy::umc_2020();
        let policy = umc_2017().latest().policy.clone();
        let d = year_end(&policy, &grading, closing(), &ledger).unwrap();
        let due: Decimal = ledger
            .courses
            .iter()
            .filter(|l| policy.counted.kinds.contains(&l.kind))
            .map(|l| l.credits.value())
            .sum();
        prop_assert_eq!(
            d.tally.credits_total.value() + d.tally.failed_credits_total.value(),
            due
        );
        prop_assert_eq!(d.tally.outstanding.len(), d.tally.failed_courses_total as usize);
    }

    /// GR-8: the year's average lies within the grades it averages (between the lowest and the
    /// highest grade of the year's courses that count).
    #[test]
    fn gr8_the_year_average_lies_within_the_grades_it_averages(ledger in ledger()) {
        let grading = GradingPolicy::umc_2020();
        let policy = umc_2017().latest().policy.clone();
        let d = year_end(&policy, &grading, closing(), &ledger).unwrap();
        let grades: Vec<Decimal> = ledger
            .courses
            .iter()
            .filter(|l| l.year_of_study == ledger.year_of_study)
            .filter(|l| {
                l.kind == CourseKind::Compulsory
                    || (l.kind == CourseKind::Optional && l.written_request)
            })
            .filter_map(|l| match l.result {
                CourseResult::Grade(g) => Some(g.to_decimal()),
                _ => None,
            })
            .collect();
        match d.average.average {
            None => prop_assert!(grades.is_empty()),
            Some(average) => {
                let low = grades.iter().copied().min().unwrap();
                let high = grades.iter().copied().max().unwrap();
                prop_assert!(low <= average && average <= high, "{low} ≤ {average} ≤ {high}");
            }
        }
    }
}
