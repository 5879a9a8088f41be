//! The EMREX/ELMO importer (EC-11, issue #16): the sample transcript of `examples/data/`,
//! documents built here for what the schema allows, broken documents, and the public documents
//! of EMREX and EWP projects (found through `REGULA_ELMO_DATA`, skipped without it).

use std::path::PathBuf;

use regula_core::Decimal;
use regula_ects::{ConversionPolicy, GradingScales, Transcript, convert, import_elmo};

/// The setting that names the folder of the public ELMO documents.
const DATA_VARIABLE: &str = "REGULA_ELMO_DATA";

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/data/transcript-elmo.xml"
    ))
    .unwrap()
}

/// An ELMO document with `reports` inside.
fn elmo(reports: &str) -> String {
    format!(
        r#"<?xml version="1.0"?>
<elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
  <generatedDate>2024-02-01T10:00:00Z</generatedDate>
  <learner><givenNames>Ana</givenNames><familyName>Pop</familyName></learner>
  {reports}
</elmo>"#
    )
}

/// A report of `issuer` (an Erasmus code) in `country` with `courses`.
fn report(issuer: &str, country: &str, courses: &str) -> String {
    format!(
        r#"<report>
    <issuer><country>{country}</country><identifier type="erasmus">{issuer}</identifier>
      <title xml:lang="en">University {issuer}</title></issuer>
    {courses}
    <issueDate>2024-02-01T10:00:00Z</issueDate>
  </report>"#
    )
}

/// A course: id, title, the instance's inner XML.
fn course(id: &str, title: &str, instance: &str) -> String {
    format!(
        r#"<learningOpportunitySpecification>
      <identifier type="local">{id}</identifier><title xml:lang="en">{title}</title><type>Course</type>
      <specifies><learningOpportunityInstance>{instance}</learningOpportunityInstance></specifies>
    </learningOpportunitySpecification>"#
    )
}

/// A result distribution: each category's label and count, in the document's order.
fn distribution(categories: &[(&str, u32)]) -> String {
    let cats: String = categories
        .iter()
        .map(|(l, c)| format!("<category label=\"{l}\" count=\"{c}\"></category>"))
        .collect();
    format!("<resultDistribution>{cats}</resultDistribution>")
}

fn ects(value: &str) -> String {
    format!("<credit><scheme>ects</scheme><value>{value}</value></credit>")
}

fn import(xml: &str) -> Transcript {
    import_elmo(xml, &GradingScales::european()).unwrap()
}

fn ids(t: &Transcript) -> Vec<&str> {
    t.courses.iter().map(|c| c.course.id.as_str()).collect()
}

#[test]
fn ec_11_the_sample_reads_courses_credits_results_scales_and_distributions() {
    let t = import_elmo(&sample(), &GradingScales::european()).unwrap();
    assert_eq!(t.issuers.len(), 1);
    assert_eq!(
        t.issuers[0].name,
        "Károli Gáspár University of the Reformed Church in Hungary"
    );
    assert_eq!(
        ids(&t),
        [
            "HU BUDAPES08/KRE-11",
            "HU BUDAPES08/TOR-07",
            "HU BUDAPES08/HEB-02",
            "HU BUDAPES08/ZEN-04"
        ]
    );
    let kre = &t.courses[0].course;
    assert_eq!(kre.title, "Dogmatics: Christology and Pneumatology");
    assert_eq!(
        t.courses[0].titles.len(),
        2,
        "the Hungarian title is kept too"
    );
    assert_eq!(kre.credits.value(), Decimal::from(6));
    assert!(kre.passed);
    assert_eq!(
        (kre.grade.scale.as_str(), kre.grade.value.as_str()),
        ("HU-5#HU BUDAPES08/KRE-11", "4")
    );
    assert!(!t.courses[2].course.passed);
    assert_eq!(t.courses[1].course.grade.scale, "ECTS");
    // The distribution: passing grades 5..2 (1 fails), best first, percentages of 100 passing.
    let grades: Vec<(&str, Decimal)> = t.tables[0]
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
    // Converted through the table: 4 covers 25%–60% of passing students → Romanian 8.
    let grade = convert(&ConversionPolicy::itp_2014(), &t.tables, &kre.grade)
        .unwrap()
        .grade()
        .unwrap();
    assert_eq!(grade.value(), 8);
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
}

#[test]
fn not_xml_or_not_elmo_is_an_error_with_line_and_column() {
    let scales = GradingScales::european();
    let err = import_elmo("<transcript>\n  <course/>\n</transcript>", &scales).unwrap_err();
    assert_eq!((err.line, err.column), (1, 1));
    assert!(err.message.contains("not an ELMO document"), "{err}");
    let err = import_elmo(
        "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\">\n<report>\n  <title>X</titel>",
        &scales,
    )
    .unwrap_err();
    assert_eq!(err.line, 3, "{err}");
    assert!(err.message.contains("not well-formed"), "{err}");
    let err = import_elmo(
        "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"><report>",
        &scales,
    )
    .unwrap_err();
    assert!(err.message.contains("ends inside <report>"), "{err}");
    // A namespace that is neither ELMO's nor the EMREX format's before 1.0.
    let err = import_elmo(
        "<r>\n  <elmo xmlns=\"urn:x:other\"><report/></elmo></r>",
        &scales,
    )
    .unwrap_err();
    assert_eq!((err.line, err.column), (2, 3), "{err}");
    assert!(
        err.message.contains("urn:x:other") && err.message.contains("ELMO 1.0"),
        "{err}"
    );
    // A layout older than 1.0, in the namespace: no report to hold the courses.
    let err = import_elmo(
        "<elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"><learningOpportunitySpecification/></elmo>",
        &scales,
    )
    .unwrap_err();
    assert!(err.message.contains("without a <report>"), "{err}");
    let err = import_elmo("<a>&nbsp;</a>", &scales).unwrap_err();
    assert!(err.message.contains("&nbsp;"), "{err}");
    let err = import_elmo("<a/>\n<b/>", &scales).unwrap_err();
    assert!(err.message.contains("more than one root"), "{err}");
    assert_eq!((err.line, err.column), (2, 1), "{err}");
    let deep = "<a>".repeat(300) + &"</a>".repeat(300);
    let err = import_elmo(&deep, &scales).unwrap_err();
    assert!(err.message.contains("deeper than 256"), "{err}");
}

#[test]
fn ec_11_a_course_that_cannot_be_used_is_a_warning_and_the_rest_is_imported() {
    let xml = elmo(&report(
        "X LAND01",
        "DE",
        &[
            course("A1", "Good", &format!("<status>passed</status><resultLabel>1.7</resultLabel>{}", ects("5"))),
            course("A2", "Bad credits", &format!("<status>passed</status><resultLabel>2.0</resultLabel>{}", ects("five"))),
            course("A3", "In progress", &format!("<status>in-progress</status>{}", ects("5"))),
            "<learningOpportunitySpecification><title>No id</title><specifies><learningOpportunityInstance><resultLabel>2.0</resultLabel><credit><scheme>ects</scheme><value>3</value></credit></learningOpportunityInstance></specifies></learningOpportunitySpecification>".to_owned(),
            "<learningOpportunitySpecification><identifier>A5</identifier><title>No instance</title><credit><scheme>ects</scheme><value>3</value></credit></learningOpportunitySpecification>".to_owned(),
        ]
        .concat(),
    ));
    let t = import(&xml);
    assert_eq!(ids(&t), ["X LAND01/A1"]);
    let said: Vec<(Option<&str>, &str, u32)> = t
        .warnings
        .iter()
        .map(|w| (w.course.as_deref(), w.element.as_str(), w.line))
        .collect();
    assert_eq!(said.len(), 5, "{:?}", t.warnings);
    assert_eq!(
        said[0].0,
        Some("X LAND01/A2"),
        "the bad value names its course"
    );
    assert_eq!(said[0].1, "value");
    assert!(
        t.warnings[0].message.contains("\"five\""),
        "{}",
        t.warnings[0]
    );
    assert!(t.warnings.iter().any(|w| w.message.contains("in progress")));
    assert!(t.warnings.iter().any(
        |w| w.course.as_deref() == Some("No id") && w.message.contains("without an identifier")
    ));
    // As the secretariat reads it: the courses, then every warning with its place.
    let text = t.to_string();
    assert!(text.contains("X LAND01/A1"), "{text}");
    assert!(
        text.contains(&format!("\n  {}", t.warnings[0]))
            && t.warnings[0]
                .to_string()
                .starts_with(&format!("line {}, column ", t.warnings[0].line))
            && t.warnings[0]
                .to_string()
                .contains("<value>, course X LAND01/A2: "),
        "{text}"
    );
    let clean = import(&elmo(&report(
        "X LAND01",
        "DE",
        &course(
            "A1",
            "Good",
            &format!(
                "<status>passed</status><resultLabel>1.7</resultLabel>{}",
                ects("5")
            ),
        ),
    )));
    assert!(
        clean.warnings.is_empty() && !clean.to_string().contains("warning"),
        "{clean}"
    );
}

#[test]
fn ec_11_the_status_rule_and_a_grade_that_contradicts_it() {
    // No status: passed, as the schema says — unless the grade fails on a known scale.
    let xml = elmo(&report(
        "DK KOBENHA01",
        "DK",
        &[
            course(
                "P",
                "No status, passing",
                &format!("<resultLabel>7</resultLabel>{}", ects("7.5")),
            ),
            course(
                "F",
                "No status, failing",
                &format!("<resultLabel>00</resultLabel>{}", ects("7.5")),
            ),
            course(
                "C",
                "Passed with a failing grade",
                &format!(
                    "<status>passed</status><resultLabel>-3</resultLabel>{}",
                    ects("5")
                ),
            ),
        ]
        .concat(),
    ));
    let t = import(&xml);
    let passed: Vec<bool> = t.courses.iter().map(|c| c.course.passed).collect();
    assert_eq!(passed, [true, false, true]);
    assert_eq!(t.courses[1].course.grade.scale, "DK-7");
    assert!(
        t.warnings[0]
            .message
            .contains("no status, and 00 fails on the DK-7 scale"),
        "{}",
        t.warnings[0]
    );
    assert!(
        t.warnings[1]
            .message
            .contains("status passed, but -3 fails"),
        "{}",
        t.warnings[1]
    );
}

#[test]
fn ec_11_several_reports_keep_their_issuers_and_repeated_ids_apart() {
    let a = report(
        "A CITY01",
        "FI",
        &[
            course("C1", "One", &ects("5")),
            course("C1", "One, retaken", &ects("5")),
        ]
        .concat(),
    );
    let b = report(
        "B TOWN02",
        "SE",
        &course("C1", "Other", &ects("7,5".replace(',', ".").as_str())),
    );
    let t = import(&elmo(&(a + &b)));
    assert_eq!(ids(&t), ["A CITY01/C1", "A CITY01/C1#2", "B TOWN02/C1"]);
    assert_eq!(t.issuers.len(), 2);
    assert!(
        t.warnings
            .iter()
            .any(|w| w.course.as_deref() == Some("A CITY01/C1#2")
                && w.message.contains("also the course's on line")),
        "{:?}",
        t.warnings
    );
}

#[test]
fn ec_11_credits_count_once_at_the_level_that_carries_them() {
    // A programme with 60 ECTS whose modules carry their own; a module's classes carry none.
    let class = |id: &str| {
        format!(
            "<hasPart><learningOpportunitySpecification><identifier type=\"local\">{id}</identifier><title>{id}</title><type>Class</type><specifies><learningOpportunityInstance><resultLabel>A</resultLabel></learningOpportunityInstance></specifies></learningOpportunitySpecification></hasPart>"
        )
    };
    let module = |id: &str, credits: &str| {
        format!(
            "<hasPart><learningOpportunitySpecification><identifier type=\"local\">{id}</identifier><title>{id}</title><type>Module</type><specifies><learningOpportunityInstance><status>passed</status><resultLabel>B</resultLabel>{}</learningOpportunityInstance></specifies>{}{}</learningOpportunitySpecification></hasPart>",
            ects(credits),
            class(&format!("{id}.1")),
            class(&format!("{id}.2"))
        )
    };
    let programme = format!(
        "<learningOpportunitySpecification><identifier type=\"local\">P</identifier><title>Programme</title><type>Degree Programme</type><specifies><learningOpportunityInstance><status>passed</status>{}</learningOpportunityInstance></specifies>{}{}</learningOpportunitySpecification>",
        ects("60"),
        module("M1", "+20.0"),
        module("M2", "007.50"),
    );
    let t = import(&elmo(&report("X UNI01", "NL", &programme)));
    assert_eq!(ids(&t), ["X UNI01/M1", "X UNI01/M2"]);
    let total: Decimal = t.courses.iter().map(|c| c.course.credits.value()).sum();
    assert_eq!(
        total,
        Decimal::new(275, 1),
        "20 + 7.5, the programme's 60 not again"
    );
    assert!(
        t.warnings[0]
            .message
            .contains("60 ECTS credits are not counted"),
        "{}",
        t.warnings[0]
    );
    // The classes' results without credits belong to modules that carry them: no warning.
    assert_eq!(t.warnings.len(), 1, "{:?}", t.warnings);
}

#[test]
fn ec_11_credits_that_cannot_be_counted_are_named() {
    let xml = elmo(&report(
        "X UNI01",
        "NL",
        &[
            course(
                "N1",
                "Negative",
                &format!("<resultLabel>A</resultLabel>{}", ects("-5")),
            ),
            course(
                "Z1",
                "Zero",
                &format!("<resultLabel>A</resultLabel>{}", ects("-0")),
            ),
            course(
                "D1",
                "Two values",
                &format!("<resultLabel>A</resultLabel>{}{}", ects("5"), ects("6")),
            ),
            course(
                "S1",
                "Same twice",
                &format!("<resultLabel>A</resultLabel>{}{}", ects("5"), ects("5.0")),
            ),
            course("R1", "A result, no credits", "<resultLabel>A</resultLabel>"),
        ]
        .concat(),
    ));
    let t = import(&xml);
    let said = |id: &str| -> Vec<&str> {
        t.warnings
            .iter()
            .filter(|w| w.course.as_deref() == Some(format!("X UNI01/{id}").as_str()))
            .map(|w| w.message.as_str())
            .collect()
    };
    assert!(
        said("N1")
            .iter()
            .any(|m| m.contains("negative ECTS credits")),
        "{:?}",
        t.warnings
    );
    assert_eq!(said("Z1"), Vec::<&str>::new());
    assert!(
        said("D1")
            .iter()
            .any(|m| m.contains("differs from the first")),
        "{:?}",
        t.warnings
    );
    assert_eq!(said("S1"), Vec::<&str>::new());
    assert_eq!(said("R1").len(), 1, "{:?}", t.warnings);
    // The warning's place is the `<value>` element's line and byte column.
    let negative = t
        .warnings
        .iter()
        .find(|w| w.message.contains("negative"))
        .unwrap();
    let line = xml.lines().nth(negative.line as usize - 1).unwrap();
    let column = line.find("<value>-5").unwrap() + 1;
    assert_eq!(
        (negative.element.as_str(), negative.column as usize),
        ("value", column)
    );
    let d1 = t
        .courses
        .iter()
        .find(|c| c.course.id.ends_with("/D1"))
        .unwrap();
    assert_eq!(
        d1.course.credits.value(),
        Decimal::from(5),
        "the first value is kept"
    );
}

#[test]
fn ec_11_titles_read_whole_english_preferred_and_later_versions_tolerated() {
    let xml = elmo(&report(
        "X UNI01",
        "PL",
        &format!(
            r#"<learningOpportunitySpecification>
      <identifier type="local">R</identifier>
      <title xml:lang="pl">Badania i rozwój</title>
      <title xml:lang="EN-gb">Research &amp; <![CDATA[Development <R&D>]]></title>
      <type>Seminar</type>
      <futureElement xmlns="urn:later">ignored</futureElement>
      <specifies><learningOpportunityInstance><status>passed</status><resultLabel>4,5</resultLabel>{}</learningOpportunityInstance></specifies>
    </learningOpportunitySpecification>"#,
            ects("5")
        ),
    ));
    let t = import(&xml);
    let c = &t.courses[0];
    assert_eq!(c.course.title, "Research & Development <R&D>");
    assert_eq!(
        c.kind.as_deref(),
        Some("Seminar"),
        "an unknown type is kept as written"
    );
    assert_eq!(
        c.course.grade.scale, "PL-2-5",
        "4,5 is 4.5 of the Polish scale"
    );
}

#[test]
fn ec_11_a_best_first_distribution_is_oriented_and_ranges_hold_their_grade() {
    let best_first = distribution(&[
        ("A", 10),
        ("B", 20),
        ("C", 40),
        ("D", 20),
        ("E", 10),
        ("F", 5),
    ]);
    let worst_first = distribution(&[
        ("F", 5),
        ("E", 10),
        ("D", 20),
        ("C", 40),
        ("B", 20),
        ("A", 10),
    ]);
    let ranges = distribution(&[("0-49.9", 10), ("50-74.9", 60), ("75-100", 30)]);
    let xml = elmo(&report(
        "N OSLO01",
        "NO",
        &[
            course("B1", "Best first", &format!("<status>passed</status><resultLabel>B</resultLabel>{}{best_first}", ects("10"))),
            course("W1", "Worst first", &format!("<status>passed</status><resultLabel>B</resultLabel>{}{worst_first}", ects("10"))),
            course("R1", "Ranges", &format!("<status>passed</status><gradingSchemeLocalId>pct</gradingSchemeLocalId><resultLabel>62.5</resultLabel>{}{ranges}", ects("10"))),
        ]
        .concat(),
    ));
    let t = import(&xml);
    let order = |i: usize| -> Vec<&str> {
        t.tables[i]
            .grades
            .iter()
            .map(|g| g.grade.as_str())
            .collect()
    };
    assert_eq!(
        order(0),
        ["A", "B", "C", "D", "E"],
        "F fails on the Norwegian scale"
    );
    assert_eq!(order(0), order(1), "the document's order does not matter");
    assert_eq!(order(2), ["75-100", "50-74.9", "0-49.9"]);
    assert_eq!(
        t.courses[2].course.grade.value, "50-74.9",
        "62.5 lies in 50-74.9"
    );
    assert_eq!(t.courses[2].result.as_deref(), Some("62.5"));
}

#[test]
fn ec_11_an_elmo_inside_an_ewp_response_is_read() {
    let inner = elmo(&report(
        "PL WARSZAW01",
        "PL",
        &course(
            "W",
            "Warsaw",
            &format!(
                "<status>passed</status><resultLabel>5</resultLabel>{}",
                ects("6")
            ),
        ),
    ));
    let inner = inner.trim_start_matches("<?xml version=\"1.0\"?>");
    let xml = format!(
        "<imobility-tors-get-response xmlns=\"urn:ewp\"><tor><omobility-id>1</omobility-id>{inner}</tor></imobility-tors-get-response>"
    );
    let t = import(&xml);
    assert_eq!(ids(&t), ["PL WARSZAW01/W"]);
}

/// The folder of the public ELMO documents, or `None` (said on standard error) without it.
fn public_data(test: &str) -> Option<PathBuf> {
    match std::env::var_os(DATA_VARIABLE) {
        Some(dir) if PathBuf::from(&dir).is_dir() => Some(PathBuf::from(dir)),
        Some(dir) => panic!("{DATA_VARIABLE}={} is not a folder", dir.to_string_lossy()),
        None => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "{test}: skipped, {DATA_VARIABLE} is not set (the folder of the public ELMO documents)"
            );
            None
        }
    }
}

fn public(dir: &std::path::Path, name: &str) -> Transcript {
    let xml = std::fs::read_to_string(dir.join(name)).unwrap();
    import_elmo(&xml, &GradingScales::european()).unwrap()
}

#[test]
fn ec_11_every_public_document_imports_as_a_careful_reader_reads_it() {
    let Some(dir) = public_data("ec_11_every_public_document_imports_as_a_careful_reader_reads_it")
    else {
        return;
    };
    let total =
        |t: &Transcript| -> Decimal { t.courses.iter().map(|c| c.course.credits.value()).sum() };
    // The official 1.7 example: a 120-ECTS programme whose course carries 15 of its own, and a
    // 6-ECTS course; a title of entity and CDATA read whole.
    let t = public(&dir, "example-elmo-schemas-v1.7.0.xml");
    assert_eq!(t.courses.len(), 2);
    assert_eq!(total(&t), Decimal::from(21));
    assert_eq!(t.issuers[0].name, "University of Warsaw");
    assert!(
        t.warnings
            .iter()
            .any(|w| w.message.contains("120 ECTS credits are not counted"))
    );
    assert!(
        t.warnings
            .iter()
            .any(|w| w.course.as_deref() == Some("The importance of <br> in HTML"))
    );
    // The 1.0 example: no status, no grading scheme; still one course of 6 ECTS.
    let t = public(&dir, "example-elmo-schemas-v1.0.0.xml");
    assert_eq!((t.courses.len(), total(&t)), (1, Decimal::from(6)));
    assert!(t.courses[0].course.passed);
    // Oslo: six courses of 10 ECTS, distributions listed best first, oriented best first.
    let t = public(&dir, "no-uio-emrex-1.0.xml");
    assert_eq!((t.courses.len(), total(&t)), (6, Decimal::from(60)));
    assert_eq!(t.issuers[0].name, "University of Oslo");
    assert!(t.tables.iter().all(|table| table.grades[0].grade == "A"));
    // Tampere: modules only, passed with "Hyv" (hyväksytty).
    let t = public(&dir, "fi-tampere-kaisa-v1.xml");
    assert_eq!(t.courses.len(), 3);
    assert!(
        t.courses
            .iter()
            .all(|c| c.course.passed && c.course.grade.scale == "FI-PASS")
    );
    // EWP: the ELMO inside the response; its one learning opportunity has no credits.
    let t = public(&dir, "ewp-imobility-tors-get-response-example.xml");
    assert_eq!(t.issuers[0].key, "uw.edu.pl");
    assert!(t.courses.is_empty());
    assert!(
        t.warnings[0].message.contains("without ECTS credits"),
        "{}",
        t.warnings[0]
    );
}

#[test]
fn ec_11_an_institution_extends_the_scales_with_its_partners() {
    // An Italian partner's 30-point scale: 18 to 30 pass. Unknown to the defaults, a course with
    // no status and 15 counts as passed (the schema's rule); known, it counts as failed.
    let xml = elmo(&report(
        "I ROMA01",
        "IT",
        &course(
            "S",
            "Storia",
            &format!("<resultLabel>15</resultLabel>{}", ects("6")),
        ),
    ));
    assert!(import(&xml).courses[0].course.passed);
    let mut scales = GradingScales::european();
    scales.scales.push(regula_ects::GradingScale {
        name: "IT-30".into(),
        countries: vec!["IT".into()],
        aliases: Vec::new(),
        passing: (18..=30).rev().map(|g| g.to_string()).collect(),
        failing: (0..18).rev().map(|g| g.to_string()).collect(),
    });
    let t = import_elmo(&xml, &scales).unwrap();
    assert!(!t.courses[0].course.passed);
    assert_eq!(t.courses[0].course.grade.scale, "IT-30");
}

/// EC-11: a distribution's percentages are rounded to four places and add up to exactly 100;
/// what rounding leaves over goes to the last grade.
#[test]
fn ec_11_a_distribution_s_percentages_add_up_to_100() {
    let thirds = distribution(&[("A", 1), ("B", 1), ("C", 1)]);
    let xml = elmo(&report(
        "N OSLO01",
        "NO",
        &course(
            "T1",
            "Thirds",
            &format!(
                "<status>passed</status><resultLabel>B</resultLabel>{}{thirds}",
                ects("10")
            ),
        ),
    ));
    let t = import(&xml);
    let percents: Vec<String> = t.tables[0]
        .grades
        .iter()
        .map(|g| g.percent.to_string())
        .collect();
    assert_eq!(percents, ["33.3333", "33.3333", "33.3334"]);
}

/// EC-11: an instance's grading scheme is the report's scheme of that local id: its description
/// names the scale, before the issuer's country.
#[test]
fn ec_11_the_grading_scheme_named_by_the_instance_names_the_scale() {
    let schemes = r#"<gradingScheme localId="own"><description xml:lang="en">Our own scale</description></gradingScheme>
        <gradingScheme localId="dk"><description xml:lang="en">The Danish 7-step scale</description></gradingScheme>"#;
    let xml = elmo(&report(
        "S LUND01",
        "SE",
        &[
            course(
                "D1",
                "Danish",
                &format!(
                    "<status>passed</status><gradingSchemeLocalId>dk</gradingSchemeLocalId><resultLabel>4</resultLabel>{}",
                    ects("5")
                ),
            ),
            schemes.to_owned(),
        ]
        .concat(),
    ));
    let t = import(&xml);
    assert_eq!(t.courses[0].course.grade.scale, "DK-7", "{:?}", t.warnings);
}

/// EC-11: a distribution category without a label cannot be matched with a grade: the warning
/// names it and the distribution is not used.
#[test]
fn ec_11_a_category_without_a_label_drops_the_distribution() {
    let xml = elmo(&report(
        "N OSLO01",
        "NO",
        &course(
            "U1",
            "Unlabelled",
            &format!(
                "<status>passed</status><resultLabel>B</resultLabel>{}{}",
                ects("10"),
                distribution(&[(" ", 3), ("B", 2)])
            ),
        ),
    ));
    let t = import(&xml);
    assert!(t.tables.is_empty(), "{:?}", t.tables);
    assert!(
        t.warnings
            .iter()
            .any(|w| w.course.as_deref() == Some("N OSLO01/U1")
                && w.message.contains("a category without a label")),
        "{:?}",
        t.warnings
    );
}
