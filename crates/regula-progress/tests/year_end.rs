//! The year-end decision under the UMC preset and under tables written as other regulations
//! write them (PR-1..PR-6).

mod support;

use regula_core::Decimal;
use regula_grading::GradingPolicy;
use regula_progress::policy::umc_2017;
use regula_progress::{
    CreditIndex, Ledger, ProgressError, ProgressPolicy, YearEndRule, YearOutcome, year_end,
    year_end_explained,
};
use serde_json::json;
use support::closing;

fn grading() -> GradingPolicy {
    GradingPolicy::umc_2020()
}

fn umc() -> ProgressPolicy {
    umc_2017().latest().policy.clone()
}

/// A ledger of `year` of `years`, each course `(code, credits, year, academic year, result)`.
fn ledger(year: u8, years: u8, courses: &[(&str, u32, u8, &str, serde_json::Value)]) -> Ledger {
    let courses: Vec<_> = courses
        .iter()
        .map(|(course, credits, y, ay, result)| {
            json!({"course": course, "credits": credits, "year_of_study": y,
                   "academic_year": ay, "result": result})
        })
        .collect();
    serde_json::from_value(json!({
        "student": "S1", "year_of_study": year, "years_of_study": years, "courses": courses
    }))
    .unwrap()
}

#[test]
fn pr3_umc_year_one_promoted_with_twenty_five_credits_not_with_twenty_four() {
    let promoted = ledger(
        1,
        4,
        &[
            ("A", 25, 1, "2023/2024", json!(5)),
            ("B", 35, 1, "2023/2024", json!(4)),
        ],
    );
    let d = year_end(&umc(), &grading(), closing(), &promoted).unwrap();
    assert_eq!(d.outcome, YearOutcome::Promoted);
    assert_eq!(d.tally.outstanding, ["B"]);
    let repeats = ledger(
        1,
        4,
        &[
            ("A", 24, 1, "2023/2024", json!(10)),
            ("B", 36, 1, "2023/2024", json!("absent")),
        ],
    );
    let d = year_end_explained(&umc(), &grading(), closing(), &repeats).unwrap();
    assert_eq!(d.outcome.outcome, YearOutcome::Repeat);
    assert_eq!(d.outcome.row, 0);
    assert!(d.explanation.cites("PR-4"));
    assert!(d.explanation.cites("GR-8"));
}

#[test]
fn pr3_umc_thresholds_are_cumulated_over_the_years() {
    // 50 credits in year I, 30 in year II: 80 < 85.
    let l = ledger(
        2,
        4,
        &[
            ("Y1", 50, 1, "2022/2023", json!(7)),
            ("Y1-B", 10, 1, "2022/2023", json!(3)),
            ("Y2", 30, 2, "2023/2024", json!(8)),
            ("Y2-B", 30, 2, "2023/2024", json!(2)),
        ],
    );
    let d = year_end(&umc(), &grading(), closing(), &l).unwrap();
    assert_eq!(d.tally.credits_total.value(), Decimal::from(80));
    assert_eq!(d.tally.credits_year.value(), Decimal::from(30));
    assert_eq!(d.outcome, YearOutcome::Repeat);
}

#[test]
fn pr1_a_course_failed_then_passed_is_earned_once_and_not_outstanding() {
    let l = ledger(
        2,
        4,
        &[
            ("A", 30, 1, "2022/2023", json!(4)),
            ("A", 30, 1, "2023/2024", json!(6)),
            ("B", 30, 1, "2022/2023", json!(9)),
            ("C", 30, 2, "2023/2024", json!(7)),
        ],
    );
    let d = year_end(&umc(), &grading(), closing(), &l).unwrap();
    assert_eq!(d.tally.credits_total.value(), Decimal::from(90));
    assert!(d.tally.outstanding.is_empty());
    assert_eq!(d.outcome, YearOutcome::Promoted);
}

#[test]
fn pr1_every_problem_of_a_ledger_is_reported_with_its_line() {
    let mut l = ledger(
        5,
        4,
        &[
            ("A", 6, 1, "2023/2024", json!(8)),
            ("A", 6, 1, "2023/2024", json!(9)),
            ("B", 0, 1, "2023/2024", json!(7)),
            ("C", 5, 7, "2024/2025", json!(7)),
        ],
    );
    l.courses[0].credits = "5.5".parse().unwrap();
    let mut policy = umc();
    policy.whole_credits = true;
    let err = year_end(&policy, &grading(), closing(), &l).unwrap_err();
    let text: Vec<String> = err.iter().map(ToString::to_string).collect();
    let all = text.join("\n");
    for expected in [
        "year_of_study: 5 is not a year of a programme of 4 years",
        "courses[0].credits: `A` has 5.5 credits",
        "courses[1]: `A` is listed twice in 2023/2024 (also courses[0])",
        "courses[1]: `A` is passed twice",
        "courses[2].credits: `B` has 0 credits",
        "courses[3].year_of_study: `C`: 7 is not a year",
        "courses[3].academic_year: `C`: 2024/2025 is after the academic year being closed",
    ] {
        assert!(all.contains(expected), "missing «{expected}» in:\n{all}");
    }
    assert!(
        err.iter()
            .all(|e| matches!(e, ProgressError::Invalid { student, .. } if student == "S1"))
    );
}

#[test]
fn a_result_off_the_scale_is_refused_when_read() {
    let bad = json!({"student": "S", "year_of_study": 1, "years_of_study": 3, "courses": [
        {"course": "A", "credits": 5, "year_of_study": 1, "academic_year": "2023/2024", "result": 11}
    ]});
    let err = serde_json::from_value::<Ledger>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("grade 11 is not on the scale 1..10"), "{err}");
    let bad = json!({"student": "S", "year_of_study": 1, "years_of_study": 3, "courses": [
        {"course": "A", "credits": 5, "year_of_study": 1, "academic_year": "2023/2024", "result": 7.5}
    ]});
    let err = serde_json::from_value::<Ledger>(bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a whole grade"), "{err}");
}

/// The shared exmatriculation table with a credit index of the year's points over 60 (PR-6).
fn exmatriculation_table() -> ProgressPolicy {
    ProgressPolicy {
        credit_index: Some(CreditIndex {
            divisor: Decimal::from(60),
            decimals: 2,
        }),
        ..support::exmatriculation_table()
    }
}

#[test]
fn pr5_more_than_thirty_failed_credits_over_the_years_exmatriculate() {
    let l = ledger(
        2,
        3,
        &[
            ("Y1-A", 16, 1, "2022/2023", json!(4)),
            ("Y1-B", 44, 1, "2022/2023", json!(9)),
            ("Y2-A", 16, 2, "2023/2024", json!("absent")),
            ("Y2-B", 44, 2, "2023/2024", json!(8)),
        ],
    );
    let d = year_end_explained(&exmatriculation_table(), &grading(), closing(), &l).unwrap();
    assert_eq!(d.outcome.outcome, YearOutcome::Exmatriculated);
    assert!(d.explanation.cites("PR-5"));
    let text = d.explanation.to_string();
    assert!(text.contains("32"), "{text}");
}

#[test]
fn pr6_the_credit_index_is_the_credit_points_over_the_divisor_cut_to_its_decimals() {
    let l = ledger(
        1,
        3,
        &[
            ("A", 25, 1, "2023/2024", json!(10)),
            ("B", 20, 1, "2023/2024", json!(7)),
            ("C", 15, 1, "2023/2024", json!(4)),
        ],
    );
    let d = year_end_explained(&exmatriculation_table(), &grading(), closing(), &l).unwrap();
    // 250 + 140 = 390 credit points (C is failed: no points); 390 / 60 = 6.5.
    assert_eq!(d.outcome.tally.credit_points_year, Decimal::from(390));
    assert_eq!(d.outcome.credit_index, Some("6.5".parse().unwrap()));
    assert_eq!(d.outcome.outcome, YearOutcome::Promoted);
    assert!(d.explanation.cites("PR-6"));
}

#[test]
fn pr4_a_final_year_with_outstanding_courses_gets_an_additional_year() {
    let l = ledger(
        3,
        3,
        &[
            ("Y12", 120, 1, "2022/2023", json!(8)),
            ("Y3-A", 50, 3, "2023/2024", json!(8)),
            ("Y3-B", 10, 3, "2023/2024", json!("respins")),
        ],
    );
    let d = year_end(&exmatriculation_table(), &grading(), closing(), &l).unwrap();
    assert_eq!(d.outcome, YearOutcome::AdditionalYear);
}

#[test]
fn pr3_an_outcome_that_does_not_fit_the_year_is_an_error_naming_the_row() {
    let mut policy = umc();
    policy.year_end = vec![YearEndRule {
        years: vec![],
        final_year: None,
        when: vec![],
        outcome: YearOutcome::Promoted,
    }];
    let l = ledger(3, 3, &[("A", 60, 3, "2023/2024", json!(8))]);
    let err = year_end(&policy, &grading(), closing(), &l)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`year_end[0]` gives `promoted` in year 3 of 3"),
        "{err}"
    );
}

#[test]
fn pr2_a_course_taken_in_advance_counts_in_the_year_only_when_passed() {
    let l = ledger(
        1,
        3,
        &[
            ("A", 30, 1, "2023/2024", json!(8)),
            ("ADV", 5, 2, "2023/2024", json!(9)),
            ("ADV-F", 5, 2, "2023/2024", json!(3)),
        ],
    );
    let mut l = l;
    for line in &mut l.courses[1..] {
        line.obtained = regula_grading::Obtained::Advanced;
    }
    let d = year_end(&umc(), &grading(), closing(), &l).unwrap();
    assert_eq!(d.tally.credits_year.value(), Decimal::from(35));
    assert!(
        d.tally.outstanding.is_empty(),
        "a later year's course is not due"
    );
    let mut policy = umc();
    policy.counted.obtained = vec![regula_grading::Obtained::Exam];
    let d = year_end(&policy, &grading(), closing(), &l).unwrap();
    assert_eq!(d.tally.credits_year.value(), Decimal::from(30));
}

#[test]
fn a_table_whose_last_row_has_conditions_is_refused_on_load() {
    use regula_core::CheckedPolicy;
    let mut policy = umc();
    policy.year_end.pop();
    policy.year_end[0].when[0].at_least = Some(Decimal::from(3));
    let problems = policy.problems();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert!(fields.contains(&"year_end[4]"), "{problems:?}");
    assert!(fields.contains(&"year_end[0].when[0]"), "{problems:?}");
}
