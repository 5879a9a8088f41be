//! What a reader sees of `ects recognise`, `ects check` and `ects convert`, and the minimums'
//! edges (EC-1, EC-3, EC-11, EC-13). Each test here was written because mutation testing
//! (`scripts/mutants.sh`) showed a change of the code going unnoticed.

use regula_ects::request::{
    CheckRequest, ConvertRequest, RecogniseRequest, answer_check, answer_convert, answer_recognise,
};
use regula_ects::{Period, RecognitionPlan, consequences};

fn history() -> regula_core::PolicyHistory<regula_ects::ConversionPolicy> {
    regula_ects::request::itp_2014()
}

fn recognise() -> RecogniseRequest {
    serde_json::from_str(include_str!(
        "../../../examples/requests/ects-recognise.json"
    ))
    .unwrap()
}

/// The text of a recognition: the plan, then the minimums, the repayment and what is left to
/// sit, each only when there is something to say.
#[test]
fn a_recognition_reads_plan_minimums_and_what_is_left() {
    let request = recognise();
    let outcome = answer_recognise(&history(), &request).unwrap().outcome;
    let text = outcome.to_string();
    let c = outcome.consequences.as_ref().expect("the period is given");
    assert!(
        text.contains("\n\n"),
        "the minimums follow the plan: {text}"
    );
    assert_eq!(text.contains("repay"), !c.repayment.is_empty(), "{text}");
    assert_eq!(
        text.contains("Still to sit"),
        !c.still_to_sit.is_empty(),
        "{text}"
    );
    for course in &c.still_to_sit {
        assert!(text.contains(course.as_str()), "{text}");
    }
    // Without a period, the plan alone.
    let mut bare = request.clone();
    bare.period = None;
    let text = answer_recognise(&history(), &bare)
        .unwrap()
        .outcome
        .to_string();
    assert!(!text.contains('\n'), "{text}");
}

/// EC-13: a short mobility with too few credits is flagged for repayment, and the text says so.
#[test]
fn a_short_mobility_without_its_credits_reads_as_a_repayment() {
    let mut request = recognise();
    let period = request.period.as_mut().unwrap();
    period.end = period.start;
    for course in &mut request.mobility.host_courses {
        course.passed = false;
    }
    let outcome = answer_recognise(&history(), &request).unwrap().outcome;
    let c = outcome.consequences.as_ref().unwrap();
    assert!(!c.repayment.is_empty() && !c.still_to_sit.is_empty());
    let text = outcome.to_string();
    assert!(
        text.contains("repay") && text.contains("Still to sit"),
        "{text}"
    );
    for course in &c.still_to_sit {
        assert!(text.contains(course.as_str()), "{text}");
    }
}

/// The texts of `ects check` (valid, or each rule broken) and of `ects convert`.
#[test]
fn a_check_and_a_conversion_read_as_sentences() {
    let check: CheckRequest =
        serde_json::from_str(include_str!("../../../examples/requests/ects-check.json")).unwrap();
    let invalid = answer_check(&history(), &check).unwrap().outcome;
    assert!(!invalid.valid);
    // EC-5, EC-6: exactly what is wrong with TOR-07 for IST-302, nothing about KRE-11 (85%,
    // in the learning agreement, the home course's 6 credits).
    let rules: Vec<String> = invalid
        .violations
        .iter()
        .map(|v| format!("{} {}", v.rule, v.message.id))
        .collect();
    assert_eq!(
        rules,
        ["EC-5 ects-match-below", "EC-6 ects-replacement-credits"]
    );
    let text = invalid.to_string();
    assert_eq!(
        text.matches("\n- ").count(),
        invalid.violations.len(),
        "{text}"
    );
    // The plan Regula proposes checks as valid, in one line.
    let request = recognise();
    let proposed = answer_recognise(&history(), &request).unwrap().outcome.plan;
    let mut valid_request = check.clone();
    valid_request.mobility = request.mobility.clone();
    valid_request.plan = proposed;
    let valid = answer_check(&history(), &valid_request).unwrap().outcome;
    assert!(valid.valid, "{valid}");
    assert!(!valid.to_string().is_empty() && !valid.to_string().contains('\n'));
    let convert: ConvertRequest =
        serde_json::from_str(include_str!("../../../examples/requests/ects-convert.json")).unwrap();
    let text = answer_convert(&history(), &convert)
        .unwrap()
        .outcome
        .to_string();
    assert!(text.starts_with("EC-11: "), "{text}");
}

/// EC-1: one semester asks 15 ECTS, two ask 30; a one-day period is a period (not an error).
#[test]
fn one_semester_asks_15_credits_and_two_ask_30() {
    let request = recognise();
    let plan = RecognitionPlan { lines: Vec::new() };
    let period = |semesters: u8, same_day: bool| {
        let p = request.period.unwrap();
        Period {
            start: p.start,
            end: if same_day { p.start } else { p.end },
            semesters,
        }
    };
    let required = |p: Period| {
        consequences(
            &regula_ects::ConversionPolicy::itp_2014(),
            &request.mobility,
            &plan,
            p,
        )
        .unwrap()
        .required_ects
        .value()
    };
    assert_eq!(required(period(1, false)), 15.into());
    assert_eq!(required(period(2, false)), 30.into());
    assert_eq!(required(period(1, true)), 15.into());
}

/// EC-8, EC-12: home courses the CSC decided on are recognised, as much as replaced ones.
#[test]
fn the_csc_s_decision_recognises_its_home_courses() {
    let plan: RecognitionPlan = serde_json::from_str(
        r#"{ "lines": [
            { "host": "KRE-11", "category": "csc_decided", "homes": ["TEO-301", "IST-302"], "credits": 6, "grade": 9 },
            { "host": "TOR-07", "category": "replaces", "home": "FIL-303", "credits": 4, "grade": 8 }
        ] }"#,
    )
    .unwrap();
    assert_eq!(plan.recognised_homes(), ["TEO-301", "IST-302", "FIL-303"]);
}

/// EC-11: an export is the ELMO document itself; an issuer without a URL, a title or an
/// identifier is refused, naming the field.
#[test]
fn an_export_reads_as_its_document_and_an_issuer_needs_every_field() {
    use regula_ects::request::{ExportRequest, answer_export};
    let request: ExportRequest =
        serde_json::from_str(include_str!("../../../examples/requests/ects-export.json")).unwrap();
    let export = answer_export(&history(), &request).unwrap().outcome;
    assert!(export.elmo.starts_with("<?xml"));
    assert_eq!(export.to_string(), export.elmo.trim_end());
    // The document as written, indentation and all, reviewed as text.
    insta::assert_snapshot!(export.elmo);
    // A CSC's plan with every kind of line: one host course for two home courses (EC-12),
    // extra-curricular (EC-9), not recognised, optional (EC-7).
    let mut every_kind = request.clone();
    every_kind.plan = Some(
        serde_json::from_str(
            r#"{ "lines": [
            { "host": "HU BUDAPES08/KRE-11", "category": "csc_decided", "homes": ["TEO-301", "IST-302"], "credits": 6, "grade": 9 },
            { "host": "HU BUDAPES08/TOR-07", "category": "extra_curricular", "credits": 4, "grade": 8 },
            { "host": "HU BUDAPES08/HEB-02", "category": "not_recognised" },
            { "host": "HU BUDAPES08/ZEN-04", "category": "optional", "credits": 3, "grade": 10 }
        ] }"#,
        )
        .unwrap(),
    );
    let export = answer_export(&history(), &every_kind).unwrap().outcome;
    insta::assert_snapshot!("every_kind_of_line", export.elmo);
    let mut no_url = request.clone();
    no_url.home.url = " ".into();
    let err = answer_export(&history(), &no_url).unwrap_err();
    assert!(err.to_string().contains("home.url"), "{err}");
    let mut no_title = request.clone();
    no_title.host.titles.clear();
    let err = answer_export(&history(), &no_title).unwrap_err();
    assert!(err.to_string().contains("host.titles"), "{err}");
}

/// EC-11: a transcript given as ELMO takes the place of the host courses; both at once is an
/// error, not one silently chosen.
#[test]
fn an_elmo_transcript_replaces_the_host_courses_and_not_both() {
    let mut request = recognise();
    request.elmo = Some(include_str!("../../../examples/data/transcript-elmo.xml").to_owned());
    let both = answer_recognise(&history(), &request).unwrap_err();
    assert!(
        matches!(both, regula_ects::EctsError::TranscriptTwice),
        "{both}"
    );
    request.mobility.host_courses.clear();
    request.mobility.matches.clear();
    request.mobility.learning_agreement = None;
    request.mobility.csc_decisions.clear();
    let outcome = answer_recognise(&history(), &request).unwrap().outcome;
    assert!(!outcome.plan.lines.is_empty());
}

/// EC-5, EC-6: a host course that may replace several home courses replaces the one that
/// recognises the most credits (to the hundredth), and among equal credits the closest match.
#[test]
fn a_proposal_recognises_the_most_credits_then_the_closest_match() {
    let replaced = |homes: serde_json::Value, matches: serde_json::Value| {
        let mut request = serde_json::to_value(recognise()).unwrap();
        request["period"] = serde_json::Value::Null;
        request["mobility"] = serde_json::json!({
            "home_courses": homes,
            "host_courses": [{ "id": "X", "credits": 6, "passed": true,
                               "grade": { "scale": "ECTS", "value": "B" } }],
            "matches": matches,
        });
        let request: RecogniseRequest = serde_json::from_value(request).unwrap();
        let plan = answer_recognise(&history(), &request).unwrap().outcome.plan;
        plan.recognised_homes()
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let homes = serde_json::json!([
        { "id": "H1", "credits": "5.5" }, { "id": "H2", "credits": 5 }
    ]);
    let matches = serde_json::json!([
        { "host": "X", "home": "H1", "percent": 80 }, { "host": "X", "home": "H2", "percent": 95 }
    ]);
    assert_eq!(
        replaced(homes, matches.clone()),
        ["H1"],
        "5.5 credits over 5"
    );
    let equal = serde_json::json!([{ "id": "H1", "credits": 5 }, { "id": "H2", "credits": 5 }]);
    assert_eq!(replaced(equal, matches), ["H2"], "95% over 80%");
}
