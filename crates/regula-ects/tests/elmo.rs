//! The EMREX/ELMO importer on the sample transcript of `examples/data/`, and on broken files.

use regula_core::Decimal;
use regula_ects::{ConversionPolicy, FailingGrades, convert, parse_elmo};

fn hungarian() -> FailingGrades {
    FailingGrades {
        by_scheme: vec![("HU-5".into(), vec!["1".into()])],
    }
}

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/transcript-elmo.xml"
    ))
    .unwrap()
}

#[test]
fn reads_courses_credits_results_schemes_and_distributions() {
    let t = parse_elmo(&sample(), &hungarian()).unwrap();
    assert_eq!(t.issuer, "Károli Gáspár Református Egyetem");
    let ids: Vec<&str> = t.courses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["KRE-11", "TOR-07", "HEB-02", "ZEN-04"]);
    let kre = &t.courses[0];
    assert_eq!(kre.title, "Dogmatics: Christology and Pneumatology");
    assert_eq!(kre.credits.value(), Decimal::from(6));
    assert!(kre.passed);
    assert_eq!(
        (kre.grade.scale.as_str(), kre.grade.value.as_str()),
        ("HU-5#KRE-11", "4")
    );
    assert!(!t.courses[2].passed);
    assert_eq!(t.courses[1].grade.scale, "ECTS");
    // The distribution: passing grades 5..2 (1 fails), best first, percentages of 100 passing.
    let table = &t.tables[0];
    let grades: Vec<(&str, Decimal)> = table
        .grades
        .iter()
        .map(|g| (g.grade.as_str(), g.percent))
        .collect();
    assert_eq!(
        grades,
        [
            ("5", Decimal::from(25)),
            ("4", Decimal::from(35)),
            ("3", Decimal::from(25)),
            ("2", Decimal::from(15))
        ]
    );
    // Converted through the tables: 4 covers 25%–60% of passing students → Romanian 8.
    let grade = convert(&ConversionPolicy::itp_2014(), &t.tables, &kre.grade)
        .unwrap()
        .grade()
        .unwrap();
    assert_eq!(grade.value(), 8);
}

#[test]
fn malformed_or_unsupported_xml_names_the_element() {
    let err = parse_elmo("<transcript><course/></transcript>", &hungarian()).unwrap_err();
    assert_eq!(err.element, "transcript");
    assert!(err.message.contains("root element must be <elmo>"), "{err}");
    let err = parse_elmo(
        "<elmo><report><learningOpportunitySpecification><title>X</titel>",
        &hungarian(),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("element <title>")
            || err
                .to_string()
                .contains("element <learningOpportunitySpecification>"),
        "{err}"
    );
    let err = parse_elmo("<elmo><report>", &hungarian()).unwrap_err();
    assert!(err.to_string().contains("ends inside"), "{err}");
    let broken = sample().replace("<value>6</value>", "<value>six</value>");
    let err = parse_elmo(&broken, &hungarian()).unwrap_err();
    assert!(
        err.to_string().contains("KRE-11") && err.to_string().contains("six"),
        "{err}"
    );
}
