//! What taking courses again costs (PR-4, PR-5 with FE-2): the outstanding courses charged by the
//! fee schedule's formula for re-enrolment, per credit and by year of study.

use regula_core::{PolicyHistory, Versioned};
use regula_fees::FeePolicy;
use regula_grading::policy::umc_2020;
use regula_progress::YearOutcome;
use regula_progress::policy::umc_2017;
use regula_progress::request::{YearEndRequest, answer_year_end};
use serde_json::json;

fn request() -> YearEndRequest {
    serde_json::from_value(json!({
        "academic_year": "2023/2024",
        "students": [{
            "student": "S1", "year_of_study": 1, "years_of_study": 3,
            "courses": [
                {"course": "A", "credits": 20, "year_of_study": 1, "academic_year": "2023/2024", "result": 8},
                {"course": "B", "credits": 6, "year_of_study": 1, "academic_year": "2023/2024", "result": 4},
                {"course": "C", "credits": 34, "year_of_study": 1, "academic_year": "2023/2024", "result": "absent"}
            ]
        }]
    }))
    .unwrap()
}

/// The UMC schedule with a formula for courses redone and re-enrolment: 67 lei per credit in
/// year I, 50 later.
fn fees_with_re_enrolment() -> PolicyHistory<FeePolicy> {
    fees_for(&["redone", "re_enrolment"])
}

/// The UMC schedule with 67 / 50 lei per credit for exams of `kinds`.
fn fees_for(kinds: &[&str]) -> PolicyHistory<FeePolicy> {
    let mut policy = FeePolicy::umc_2020();
    policy.formulas = vec![
        serde_json::from_value(json!({
            "kinds": kinds,
            "fee": {"formula": "per_credit_by_year", "rates": [
                {"amount": "67", "currency": "RON"}, {"amount": "50", "currency": "RON"}
            ]}
        }))
        .unwrap(),
    ];
    PolicyHistory::single(
        "test",
        Versioned {
            effective_from: "2017-01-01".parse().unwrap(),
            note: String::new(),
            policy,
        },
    )
}

#[test]
fn pr4_repeating_the_year_costs_the_outstanding_credits_at_the_years_rate() {
    let response = answer_year_end(
        &umc_2017(),
        &umc_2020(),
        &fees_with_re_enrolment(),
        &request(),
    )
    .unwrap();
    let d = &response.outcome.decisions[0];
    assert_eq!(d.outcome, YearOutcome::Repeat); // 20 credits < 25
    let fee = d
        .re_enrolment
        .as_ref()
        .expect("a fee for the courses taken again");
    // (6 + 34) credits × 67 lei = 2,680 lei.
    assert_eq!(fee.total.to_string(), "2680.00 RON");
    assert_eq!(fee.items.len(), 2);
    assert!(response.explanation.cites("FE-2"));
}

#[test]
fn pr4_without_a_formula_for_re_enrolment_no_fee_is_stated() {
    let response = answer_year_end(
        &umc_2017(),
        &umc_2020(),
        &regula_fees::policy::umc_2020(),
        &request(),
    )
    .unwrap();
    assert_eq!(response.outcome.decisions[0].outcome, YearOutcome::Repeat);
    assert!(response.outcome.decisions[0].re_enrolment.is_none());
    assert!(!response.explanation.cites("FE-2"));
}

#[test]
fn pr4_a_repeated_year_is_charged_as_courses_redone_not_as_a_re_enrolment() {
    let fees = fees_for(&["re_enrolment"]);
    let response = answer_year_end(&umc_2017(), &umc_2020(), &fees, &request()).unwrap();
    assert_eq!(response.outcome.decisions[0].outcome, YearOutcome::Repeat);
    assert!(response.outcome.decisions[0].re_enrolment.is_none());
}
