//! GR-8's average as other regulations compute it: failed courses as 0 points, a fixed divisor,
//! optional and facultative courses, courses beyond the plan, courses left out by how they were
//! obtained.

use regula_core::NoExplanation;
use regula_core::{Credits, Decimal, Grade, Points};
use regula_grading::{
    AverageEntry, CourseKind, CourseOutcome, FailedPoints, FixedDivisor, GradingError,
    GradingPolicy, Obtained, OptionalCourses, Period, weighted_average_for,
};
use rust_decimal_macros::dec;

fn graded(g: u8) -> CourseOutcome {
    CourseOutcome::Graded {
        total: Points::new(Decimal::from(g)).unwrap(),
        grade: Grade::new(g).unwrap(),
        passed: g >= 5,
    }
}

fn entry(course: &str, credits: i64, kind: CourseKind, outcome: CourseOutcome) -> AverageEntry {
    AverageEntry {
        course: course.into(),
        credits: Credits::new(Decimal::from(credits)).unwrap(),
        kind,
        outcome,
        written_request: false,
        obtained: Obtained::Exam,
    }
}

/// The UTCN reading: Σ grade × credits / 30 a semester, a failed course (or an absence) 0 points.
fn utcn() -> GradingPolicy {
    let mut policy = GradingPolicy::umc_2020();
    policy.average.failed_points = FailedPoints::Zero;
    policy.average.fixed_divisor = Some(FixedDivisor {
        semester: dec!(30),
        year: dec!(60),
    });
    policy
}

fn average(policy: &GradingPolicy, period: Option<Period>, entries: &[AverageEntry]) -> Decimal {
    weighted_average_for(policy, period, entries, &mut NoExplanation)
        .unwrap()
        .average
        .unwrap()
}

#[test]
fn gr8_failed_courses_count_zero_points_and_the_divisor_is_thirty_a_semester() {
    let entries = [
        entry("A", 6, CourseKind::Compulsory, graded(10)),
        entry("B", 5, CourseKind::Compulsory, graded(8)),
        entry("C", 9, CourseKind::Compulsory, graded(4)),
        entry("D", 10, CourseKind::Compulsory, graded(9)),
    ];
    // (60 + 40 + 0 + 90) / 30 = 6.333… → 6.33
    assert_eq!(
        average(&utcn(), Some(Period::Semester), &entries),
        dec!(6.33)
    );
    // The same record under the preset: 4 × 9 counts as 36, divided by the 30 credits counted.
    assert_eq!(
        average(&GradingPolicy::umc_2020(), None, &entries),
        dec!(7.53)
    );
    let mut absent = entries.clone();
    absent[2].outcome = CourseOutcome::Absent { total: None };
    assert_eq!(
        average(&utcn(), Some(Period::Semester), &absent),
        dec!(6.33),
        "an absence is 0 points too, its credits in the divisor"
    );
}

#[test]
fn gr8_a_fixed_divisor_needs_the_period() {
    let entries = [entry("A", 6, CourseKind::Compulsory, graded(10))];
    let err = weighted_average_for(&utcn(), None, &entries, &mut NoExplanation).unwrap_err();
    assert!(matches!(
        err.iter().next(),
        Some(GradingError::PeriodNeeded)
    ));
    assert!(err.to_string().contains("`period` is required"));
    // 60 / 60 = 1: credits not earned lower the year's average.
    assert_eq!(average(&utcn(), Some(Period::Year), &entries), dec!(1));
}

#[test]
fn gr8_optional_facultative_and_beyond_plan_courses_as_the_policy_says() {
    let entries = [
        entry("A", 5, CourseKind::Compulsory, graded(6)),
        entry("OPT", 5, CourseKind::Optional, graded(10)),
        entry("FAC", 5, CourseKind::Facultative, graded(10)),
        entry("EXTRA", 5, CourseKind::BeyondPlan, graded(10)),
    ];
    let mut policy = GradingPolicy::umc_2020();
    assert_eq!(average(&policy, None, &entries), dec!(6));
    policy.average.optional_courses = OptionalCourses::Always;
    assert_eq!(average(&policy, None, &entries), dec!(8));
    policy.average.count_facultative = true;
    assert_eq!(average(&policy, None, &entries), dec!(8.66));
    policy.average.optional_courses = OptionalCourses::Never;
    assert_eq!(average(&policy, None, &entries), dec!(8));
}

#[test]
fn gr8_courses_taken_in_advance_or_a_second_time_may_be_left_out() {
    let mut entries = vec![
        entry("A", 5, CourseKind::Compulsory, graded(6)),
        entry("ADV", 5, CourseKind::Compulsory, graded(10)),
        entry("AGAIN", 5, CourseKind::Compulsory, graded(10)),
    ];
    entries[1].obtained = Obtained::Advanced;
    entries[2].obtained = Obtained::ReEnrolled;
    let mut policy = GradingPolicy::umc_2020();
    assert_eq!(average(&policy, None, &entries), dec!(8.66));
    policy.average.leave_out = vec![Obtained::Advanced, Obtained::ReEnrolled];
    let decision = regula_grading::weighted_average_explained(&policy, &entries).unwrap();
    assert_eq!(decision.outcome.average, Some(dec!(6)));
    let text = decision.explanation.to_string();
    assert!(text.contains("taken in advance"), "{text}");
}

#[test]
fn gr8_the_variants_are_checked_on_load() {
    use regula_core::CheckedPolicy;
    let mut policy = utcn();
    policy.average.count_failed_grades = false;
    policy.average.fixed_divisor = Some(FixedDivisor {
        semester: dec!(0),
        year: dec!(-60),
    });
    policy.average.leave_out = vec![Obtained::Exam];
    let fields: Vec<String> = policy.problems().into_iter().map(|p| p.field).collect();
    for field in [
        "average.failed_points",
        "average.fixed_divisor.semester",
        "average.fixed_divisor.year",
        "average.leave_out[0]",
    ] {
        assert!(
            fields.iter().any(|f| f == field),
            "{field} not in {fields:?}"
        );
    }
}
