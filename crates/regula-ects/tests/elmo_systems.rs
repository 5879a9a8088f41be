//! The ELMO importer on the layouts of real EMREX systems (EC-11, issue #29), on transcripts
//! written for these tests following the schemas (`tests/data/elmo/`): a Ladok-like document that
//! repeats a programme's courses under a module with their parts, a VIRTA-like one with the
//! course's identifier on the instance, and the EMREX format before ELMO 1.0 in both its
//! namespace forms.

use regula_core::Decimal;
use regula_ects::{GradingScales, Transcript, import_elmo};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/data/elmo/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn import(name: &str) -> Transcript {
    import_elmo(&fixture(name), &GradingScales::european()).unwrap()
}

fn ids(t: &Transcript) -> Vec<&str> {
    t.courses.iter().map(|c| c.course.id.as_str()).collect()
}

fn total(t: &Transcript) -> Decimal {
    t.courses.iter().map(|c| c.course.credits.value()).sum()
}

#[test]
fn ec_11_a_course_repeated_under_a_module_with_its_parts_counts_once() {
    let t = import("ladok-programme-and-module.xml");
    // DA1001 by its identifier, DA1002 by title, credits and date (another identifier in the
    // module): each counted once, through its parts; DA1003 is only under the programme.
    assert_eq!(
        ids(&t),
        [
            "example.se/DA1003",
            "example.se/DA1001-0010",
            "example.se/DA1001-0020",
            "example.se/DA1002-0010",
            "example.se/DA1002-0020",
        ]
    );
    assert_eq!(
        total(&t),
        Decimal::new(225, 1),
        "the programme's 22.5, once"
    );
    let merged: Vec<_> = t
        .warnings
        .iter()
        .filter(|w| w.message.contains("in another tree"))
        .collect();
    assert_eq!(merged.len(), 2, "{:#?}", t.warnings);
    // The one dropped is named with its element, line and column; the one kept too.
    let da1001 = merged[0];
    assert_eq!(da1001.course.as_deref(), Some("example.se/DA1001"));
    assert_eq!(da1001.element, "learningOpportunitySpecification");
    assert_eq!((da1001.line, da1001.column), (25, 16), "{da1001}");
    assert!(
        da1001.message.contains("the same identifier")
            && da1001.message.contains("at line 62, column 16")
            && da1001.message.contains("its parts carry the credits"),
        "{da1001}"
    );
    let da1002 = merged[1];
    assert_eq!(da1002.course.as_deref(), Some("example.se/DA1002"));
    assert!(
        da1002
            .message
            .contains("the same title, 7.5 ECTS credits and date 2024-01-15")
            && da1002
                .message
                .contains("the course example.se/0b7c1e2a-5d3f-11ee-8c99-0242ac120002 again"),
        "{da1002}"
    );
    // The levels whose parts carry the credits say so, as before.
    for not_counted in ["22.5 ECTS", "15 ECTS"] {
        assert!(
            t.warnings.iter().any(|w| w
                .message
                .contains(&format!("its {not_counted} credits are not counted"))),
            "{not_counted}: {:#?}",
            t.warnings
        );
    }
}

#[test]
fn ec_11_the_identifier_on_the_instance_names_a_course_whose_specification_has_none() {
    let t = import("virta-instance-id.xml");
    // The specification's identifier wins where both have one; without either the course is
    // still a warning with its line and column.
    assert_eq!(ids(&t), ["example.fi/TIL-101", "example.fi/KIE-200"]);
    assert_eq!(total(&t), Decimal::from(8));
    let missing: Vec<_> = t
        .warnings
        .iter()
        .filter(|w| w.message.contains("without an identifier"))
        .collect();
    assert_eq!(missing.len(), 1, "{:#?}", t.warnings);
    assert_eq!(missing[0].course.as_deref(), Some("Orientation Studies"));
    assert_eq!((missing[0].line, missing[0].column), (36, 5));
    // An identifier on the instance is the schema's (1.2 and later): no warning about it.
    assert!(
        !t.warnings
            .iter()
            .any(|w| w.course.as_deref() == Some("example.fi/TIL-101")
                && w.message.contains("identifier")),
        "{:#?}",
        t.warnings
    );
}

#[test]
fn ec_11_the_emrex_format_before_1_0_is_read_in_both_namespace_forms() {
    for (name, form) in [
        ("pre-1.0-purl.xml", "the namespace http://purl.org/net/elmo"),
        ("pre-1.0-no-namespace.xml", "no namespace"),
    ] {
        let t = import(name);
        assert_eq!(
            ids(&t),
            ["N EXAMPLE01/INF1000", "N EXAMPLE01/MAT1100"],
            "{name}"
        );
        assert_eq!(total(&t), Decimal::from(20), "{name}");
        assert_eq!(t.issuers[0].name, "Example University College");
        // No status before 1.2: passed, unless the grade fails on a known scale.
        assert!(t.courses[0].course.passed && !t.courses[1].course.passed);
        assert_eq!(t.courses[0].course.grade.scale, "NO-A-F");
        let w = &t.warnings[0];
        assert_eq!(
            (w.element.as_str(), w.line, w.column),
            ("elmo", 7, 1),
            "{w}"
        );
        assert!(
            w.message.contains("before ELMO 1.0") && w.message.contains(form),
            "{w}"
        );
    }
}

#[test]
fn ec_11_an_older_document_s_errors_keep_their_line_and_column() {
    let xml = fixture("pre-1.0-no-namespace.xml").replace("<date>2014-12-15</date>", "<date>");
    let err = import_elmo(&xml, &GradingScales::european()).unwrap_err();
    assert!(err.message.contains("not well-formed"), "{err}");
    assert_eq!((err.line, err.column), (34, 7), "{err}");
}
