//! Rankings of students by their results (PR-7): eligibility, order, tie-breaks on raw values.

use proptest::prelude::*;
use regula_core::AcademicYear;
use regula_core::NoExplanation;
use regula_grading::GradingPolicy;
use regula_progress::policy::umc_2017;
use regula_progress::{Applicant, ProgressPolicy, RankingPolicy, rank_students_with};
use serde_json::json;

fn policy() -> (ProgressPolicy, RankingPolicy) {
    let ranking: RankingPolicy = serde_json::from_value(json!({
        "award": {"ro": "bursă de merit", "en": "merit scholarship"},
        "integralist": true,
        "minimum_average": "8",
        "points": {
            "criteria": [
                {"id": "average", "label": "average", "weight": "1",
                 "scale": {"type": "range", "min": "1", "max": "10"}},
                {"id": "credit_points", "label": "credit points", "weight": "0",
                 "scale": {"type": "range", "min": "0", "max": "1000"}}
            ],
            "tie_break": [{"higher_criterion": "credit_points"}, "candidate_id"]
        }
    }))
    .unwrap();
    let mut progress = umc_2017().latest().policy.clone();
    progress.ranking = Some(ranking.clone());
    (progress, ranking)
}

/// A year-I student with the courses `(credits, grade)`.
fn applicant(id: &str, courses: &[(u32, u8)]) -> Applicant {
    let courses: Vec<_> = courses
        .iter()
        .enumerate()
        .map(|(i, (credits, grade))| {
            json!({"course": format!("C{i}"), "credits": credits,
            "year_of_study": 1, "academic_year": "2023/2024", "result": grade})
        })
        .collect();
    serde_json::from_value(json!({"ledger": {"student": id, "year_of_study": 1,
        "years_of_study": 3, "courses": courses}}))
    .unwrap()
}

fn rank(applicants: &[Applicant], places: u32) -> regula_ranking::Ranking {
    let (progress, ranking) = policy();
    let closing: AcademicYear = "2023/2024".parse().unwrap();
    rank_students_with(
        &progress,
        &ranking,
        &GradingPolicy::umc_2020(),
        closing,
        places,
        applicants,
        &mut NoExplanation,
    )
    .unwrap()
}

#[test]
fn pr7_equal_averages_are_ordered_by_credit_points_then_id() {
    let ranking = rank(
        &[
            applicant("B", &[(30, 9)]),
            applicant("A", &[(30, 9)]),
            applicant("C", &[(60, 9)]),
            applicant("D", &[(30, 10), (5, 4)]),
            applicant("E", &[(30, 7)]),
        ],
        2,
    );
    let order: Vec<&str> = ranking
        .ranking
        .iter()
        .map(|p| p.candidate.as_str())
        .collect();
    assert_eq!(order, ["C", "A", "B"]);
    let excluded: Vec<&str> = ranking
        .excluded
        .iter()
        .map(|e| e.candidate.as_str())
        .collect();
    assert_eq!(
        excluded,
        ["D", "E"],
        "an outstanding course, an average below 8"
    );
}

#[test]
fn pr7_a_budget_funded_ranking_needs_to_know_the_funding() {
    let (mut progress, mut ranking) = policy();
    ranking.budget_funded_only = true;
    progress.ranking = Some(ranking.clone());
    let err = rank_students_with(
        &progress,
        &ranking,
        &GradingPolicy::umc_2020(),
        "2023/2024".parse().unwrap(),
        1,
        &[applicant("A", &[(30, 9)])],
        &mut NoExplanation,
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("budget_funded: required"), "{err}");
}

proptest! {
    /// PR-7: a ranking is a total order that ties never reorder arbitrarily — the same students
    /// in any order rank the same.
    #[test]
    fn pr7_the_ranking_does_not_depend_on_the_order_students_are_given(
        (grades, shuffled) in prop::collection::vec((1u32..=3, 5u8..=10), 2..=12)
            .prop_flat_map(|grades| {
                let order: Vec<usize> = (0..grades.len()).collect();
                (Just(grades), Just(order).prop_shuffle())
            }),
    ) {
        let applicants: Vec<Applicant> = grades
            .iter()
            .enumerate()
            .map(|(i, (tens, g))| applicant(&format!("S{i:02}"), &[(tens * 10, *g)]))
            .collect();
        let shuffled: Vec<Applicant> = shuffled.iter().map(|&i| applicants[i].clone()).collect();
        let a = rank(&applicants, 3);
        let b = rank(&shuffled, 3);
        prop_assert_eq!(&a.ranking, &b.ranking);
        for pair in a.ranking.windows(2) {
            prop_assert!(pair[0].total >= pair[1].total);
        }
    }
}
