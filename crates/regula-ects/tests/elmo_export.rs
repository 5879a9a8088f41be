//! The recognition of a mobility written back as an ELMO 2.0 document (EC-11, issue #16): its
//! content, and its validity against the ELMO 2.0 schema with `xmllint --schema` (the schema from
//! `REGULA_ELMO_DATA`; skipped, and said, without it or without xmllint).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, NaiveDate};
use regula_ects::{
    ConversionPolicy, GradingScales, Institution, InstitutionId, Learner, Mobility,
    RecognitionDocument, Title, export_recognition, import_elmo, propose,
};

fn institution(id: &str, name: &str, country: &str, url: &str) -> Institution {
    Institution {
        country: Some(country.into()),
        identifiers: vec![InstitutionId {
            kind: "erasmus".into(),
            value: id.into(),
        }],
        titles: vec![Title {
            lang: "en".into(),
            text: name.into(),
        }],
        url: url.into(),
    }
}

/// The example mobility with the host's courses read from the sample ELMO transcript, its plan
/// proposed, and the recognition written as ELMO.
fn exported() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let xml = std::fs::read_to_string(root.join("examples/data/transcript-elmo.xml")).unwrap();
    let transcript = import_elmo(&xml, &GradingScales::european()).unwrap();
    let request: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("examples/requests/ects-recognise.json")).unwrap(),
    )
    .unwrap();
    let mut mobility: Mobility = serde_json::from_value(request["mobility"].clone()).unwrap();
    let qualified = |h: &str| format!("HU BUDAPES08/{h}");
    mobility.host_courses = transcript.host_courses();
    mobility.grade_tables = transcript.tables;
    mobility.matches.retain(|m| m.host != "PED-01");
    for m in &mut mobility.matches {
        m.host = qualified(&m.host);
    }
    for d in &mut mobility.csc_decisions {
        d.hosts = d.hosts.iter().map(|h| qualified(h)).collect();
    }
    let plan = propose(&ConversionPolicy::itp_2014(), &mobility).unwrap();
    let home = institution(
        "RO CLUJNAP05",
        "Protestant Theological Institute of Cluj-Napoca",
        "RO",
        "https://www.proteo.cj.edu.ro",
    );
    let host = institution(
        "HU BUDAPES08",
        "Károli Gáspár University of the Reformed Church in Hungary",
        "HU",
        "https://www.kre.hu",
    );
    let learner = Learner {
        given_names: "Péter".into(),
        family_name: "Kovács".into(),
    };
    export_recognition(&RecognitionDocument {
        home: &home,
        host: &host,
        learner: &learner,
        mobility: &mobility,
        plan: &plan,
        decided: NaiveDate::from_ymd_opt(2022, 3, 1).unwrap(),
        issued: DateTime::parse_from_rfc3339("2022-03-02T10:00:00+02:00").unwrap(),
    })
}

#[test]
fn ec_11_the_recognition_names_each_host_course_its_grade_and_what_it_became() {
    let xml = exported();
    assert_eq!(xml.matches("<resultOfRecognition>").count(), 4, "{xml}");
    assert_eq!(xml.matches("<status>Positive</status>").count(), 3);
    assert_eq!(
        xml.matches("<status>Negative</status>").count(),
        1,
        "HEB-02 failed"
    );
    // KRE-11's original title, grade and credits, and what it became: TEO-301 with grade 8.
    assert!(xml.contains("<title>Dogmatics: Christology and Pneumatology</title>"));
    assert!(xml.contains("replaces the home course TEO-301 (EC-6)"));
    assert!(xml.contains("<identifier type=\"local\">TEO-301</identifier>"));
    assert!(xml.contains("<resultLabel>8</resultLabel>"));
    // Text is escaped, never broken: a CSC justification with "&" or "<" stays well-formed.
    assert!(!xml.contains("& "), "raw ampersand");
    // Read back by Regula's own importer as well-formed ELMO (it has no course of its own).
    let back = import_elmo(&xml, &GradingScales::european()).unwrap();
    assert_eq!(back.issuers[0].key, "RO CLUJNAP05");
    assert!(back.courses.is_empty());
}

/// The ELMO 2.0 schema in a temporary folder, its imports pointed at the local references (and
/// at a stub of the one EWP common type the address schema uses, `CountryCode`).
fn offline_schema(data: &Path) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("regula-elmo-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let references = data.join("references");
    for file in [
        "xml.xsd",
        "xmldsig-core-schema.xsd",
        "EUROPASS_ISOCountries_V1.1.xsd",
    ] {
        std::fs::copy(references.join(file), dir.join(file)).unwrap();
    }
    let address = std::fs::read_to_string(references.join("ewp-specs-types-address-schema.xsd"))
        .unwrap()
        .replace(
            "https://raw.githubusercontent.com/erasmus-without-paper/ewp-specs-architecture/stable-v1/common-types.xsd",
            "common-types.xsd",
        );
    std::fs::write(dir.join("address.xsd"), address).unwrap();
    std::fs::write(
        dir.join("common-types.xsd"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
  targetNamespace="https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd">
  <xs:simpleType name="CountryCode"><xs:restriction base="xs:string"><xs:pattern value="[A-Z][A-Z]"/></xs:restriction></xs:simpleType>
</xs:schema>
"#,
    )
    .unwrap();
    let schema = std::fs::read_to_string(data.join("elmo-schema-v2.0.0.xsd"))
        .unwrap()
        .replace("https://www.w3.org/2001/03/xml.xsd", "xml.xsd")
        .replace(
            "https://raw.githubusercontent.com/emrex-eu/elmo-schemas/v1/references/",
            "",
        )
        .replace(
            "https://raw.githubusercontent.com/erasmus-without-paper/ewp-specs-types-address/stable-v1/schema.xsd",
            "address.xsd",
        );
    let path = dir.join("elmo-schema-v2.0.0.xsd");
    std::fs::write(&path, schema).unwrap();
    path
}

/// `xmllint --schema SCHEMA DOCUMENT`, offline.
fn xmllint(schema: &Path, document: &Path) -> std::process::Output {
    Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(schema)
        .arg(document)
        .output()
        .unwrap()
}

#[test]
fn ec_11_the_recognition_is_valid_against_the_elmo_2_schema() {
    use std::io::Write;
    let Some(data) = std::env::var_os("REGULA_ELMO_DATA").map(PathBuf::from) else {
        let _ = writeln!(
            std::io::stderr(),
            "ec_11_the_recognition_is_valid_against_the_elmo_2_schema: skipped, REGULA_ELMO_DATA is not set (the folder of the ELMO schemas)"
        );
        return;
    };
    if Command::new("xmllint").arg("--version").output().is_err() {
        let _ = writeln!(
            std::io::stderr(),
            "ec_11_the_recognition_is_valid_against_the_elmo_2_schema: skipped, xmllint is not installed (Debian: libxml2-utils)"
        );
        return;
    }
    let schema = offline_schema(&data);
    let document = schema.with_file_name("recognition.xml");
    std::fs::write(&document, exported()).unwrap();
    let out = xmllint(&schema, &document);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "xmllint: {said}");
    assert!(said.contains("validates"), "{said}");
    // The check can fail: a document without its required issuer URL does not validate.
    let broken = exported().replacen("<url>https://www.proteo.cj.edu.ro</url>", "", 1);
    std::fs::write(&document, broken).unwrap();
    let out = xmllint(&schema, &document);
    assert!(!out.status.success(), "the broken document validated");
    std::fs::remove_dir_all(schema.parent().unwrap()).unwrap();
}
