//! The ledger fed by an ECTS recognition and by a grade register (PR-1): every line either fed or
//! returned with its reason.

use regula_catalog::Catalog;
use regula_core::{AcademicYear, Credits, Decimal};
use regula_ects::RecognitionPlan;
use regula_grading::{CourseKind, Obtained};
use regula_progress::CourseResult;
use regula_progress::feed::{from_catalog, from_recognition};
use serde_json::json;

#[test]
fn pr1_a_recognition_plan_feeds_recognised_courses_and_returns_the_rest() {
    let plan: RecognitionPlan = serde_json::from_value(json!({"lines": [
        {"host": "H-1", "category": "replaces", "home": "NAV-201", "credits": 5, "grade": 9},
        {"host": "H-2", "category": "optional", "credits": 4, "grade": 8},
        {"host": "H-3", "category": "extra_curricular", "credits": 2},
        {"host": "H-4", "category": "not_recognised"},
        {"host": "H-5", "category": "csc_decided", "homes": ["A", "B"], "credits": 6, "grade": 7}
    ]}))
    .unwrap();
    let year: AcademicYear = "2023/2024".parse().unwrap();
    let fed = from_recognition(&plan, 2, year);
    let courses: Vec<(&str, CourseKind)> = fed
        .lines
        .iter()
        .map(|l| (l.course.as_str(), l.kind))
        .collect();
    assert_eq!(
        courses,
        [
            ("NAV-201", CourseKind::Compulsory),
            ("H-2", CourseKind::Optional),
            ("H-3", CourseKind::Facultative)
        ]
    );
    assert!(fed.lines.iter().all(|l| l.obtained == Obtained::Recognised));
    assert_eq!(fed.lines[2].result, CourseResult::Admis);
    let not_fed: Vec<&str> = fed.not_fed.iter().map(|n| n.item.as_str()).collect();
    assert_eq!(not_fed, ["H-4", "H-5"]);
    assert_eq!(fed.lines.len() + fed.not_fed.len(), plan.lines.len());
}

#[test]
fn pr1_a_register_feeds_each_students_last_value() {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-export.json"
    ))
    .unwrap();
    let catalog: Catalog = serde_json::from_value(request["catalog"].clone()).unwrap();
    let five = Credits::new(Decimal::from(5)).unwrap();
    let fed = from_catalog(&catalog, five, CourseKind::Compulsory, 1);
    let results: Vec<(&str, CourseResult)> = fed
        .lines
        .iter()
        .map(|l| (l.student.as_str(), l.line.result))
        .collect();
    let grade = |g| CourseResult::Grade(regula_core::Grade::new(g).unwrap());
    assert_eq!(
        results,
        [
            ("NAV-1003", grade(6)),
            ("NAV-1001", grade(10)),
            ("NAV-1004", grade(7))
        ]
    );
    assert_eq!(fed.not_fed.len(), 1);
    assert_eq!(fed.not_fed[0].item, "NAV-1002");
    assert_eq!(fed.lines[0].line.course, catalog.header.course);
    assert_eq!(
        fed.lines[0].line.academic_year,
        catalog.header.academic_year
    );
}
