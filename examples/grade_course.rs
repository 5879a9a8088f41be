//! A course at the end of the winter session: the secretary enters the points of three students
//! of *Navigație maritimă I* and Regula gives each result with the rules that decided it.
//!
//! Run with `cargo run --example grade_course`.

use regula::grading::{
    Activity, ActivityKind, AdmissionCondition, Assessment, CourseKind, CourseSheet,
    CourseSheetSpec, Score,
};
use regula::{Credits, Decimal, NaiveDate, Points, Policy};

fn points(text: &str) -> Points {
    text.parse().expect("a literal on the 10-point scale")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The course sheet (fișa disciplinei), approved by the head of department and the Dean:
    // 3 points for the lab, 2 for the seminar, 5 for the exam (GR-2), and at least 1 lab point
    // to be admitted to the exam (GR-7).
    let sheet = CourseSheet::new(CourseSheetSpec {
        code: "NAV-201".into(),
        title: "Navigație maritimă I".into(),
        credits: Credits::new(Decimal::from(5))?,
        kind: CourseKind::Compulsory,
        assessment: Assessment::Grade,
        activities: vec![
            Activity {
                id: "lab".into(),
                kind: ActivityKind::Laboratory,
                allotment: points("3"),
                weight: None,
                minimum: None,
            },
            Activity {
                id: "seminar".into(),
                kind: ActivityKind::Seminar,
                allotment: points("2"),
                weight: None,
                minimum: None,
            },
            Activity {
                id: "exam".into(),
                kind: ActivityKind::FinalEvaluation,
                allotment: points("5"),
                weight: None,
                minimum: None,
            },
        ],
        admission: vec![AdmissionCondition {
            activity: "lab".into(),
            minimum_points: points("1"),
        }],
        scheme: Default::default(),
        minimum_mean: None,
    })?;

    // The policy in force on the exam day.
    let policy = Policy::umc_2020();
    let exam_day = NaiveDate::from_ymd_opt(2021, 1, 25).expect("a valid date");
    let version = policy.grading.in_force_on(exam_day)?;
    println!(
        "{} — {} ({} ECTS credits), policy {} in force from {}\n",
        sheet.code(),
        sheet.title(),
        sheet.credits(),
        policy.grading.name(),
        version.effective_from
    );

    let students = [
        (
            "Popescu I. Ana",
            [
                Score::Points(points("2.5")),
                Score::Points(points("1.75")),
                Score::Points(points("3.5")),
            ],
        ),
        (
            "Ionescu M. Radu",
            [
                Score::Points(points("1.5")),
                Score::Absent,
                Score::Points(points("3.25")),
            ],
        ),
        (
            "Stan V. Mihai",
            [Score::Absent, Score::Points(points("1")), Score::Absent],
        ),
    ];
    for (student, scores) in &students {
        let decision = sheet.evaluate_explained(&version.policy, student, scores)?;
        println!("{student}: {decision}\n");
    }

    // A mistake in the points is an error that names the activity and the value, never a
    // silently clamped number.
    let typo = [
        Score::Points(points("3.8")),
        Score::Points(points("2")),
        Score::Points(points("4")),
    ];
    if let Err(errors) = sheet.evaluate(&version.policy, "Dumitru C. Elena", &typo) {
        println!("Rejected: {errors}");
    }
    Ok(())
}
