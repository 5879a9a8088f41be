//! `docs/policy.schema.json` is the JSON Schema of a policy document, generated from the Rust
//! types and their documentation; this test fails when it is stale (issue #26). Run
//! `REGULA_BLESS=1 cargo test --test policy_schema` to write it again after a change. The presets
//! and every policy of `examples/policies/` are valid against it and pass `check_policy`.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[path = "support/generated.rs"]
mod generated;

#[test]
fn docs_policy_schema_json_is_generated_from_the_types() {
    let mut schema = serde_json::to_string_pretty(&regula::json::policy_schema()).unwrap();
    schema.push('\n');
    generated::assert_fresh("policy.schema.json", &schema, "policy_schema");
}

/// The parts `regula policy check` reads one by one are exactly the policy's, each documented.
#[test]
fn the_schema_documents_every_part_of_a_policy_and_check_reads_them_all() {
    let schema = regula::json::policy_schema();
    let properties = schema["properties"].as_object().unwrap();
    let in_schema: Vec<&str> = properties.keys().map(String::as_str).collect();
    assert_eq!(in_schema, regula::json::POLICY_PARTS);
    for part in regula::json::POLICY_PARTS {
        let documented = &properties[part]["description"];
        assert!(
            documented.as_str().is_some_and(|d| !d.is_empty()),
            "`{part}` has no description in the schema"
        );
    }
}

#[test]
fn every_policy_of_the_examples_loads_and_has_no_problem() {
    let preset = serde_json::to_string(&regula::Policy::umc_2020()).unwrap();
    assert_eq!(regula::json::check_policy(&preset), vec![]);
    let dir = root().join("examples/policies");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let problems = regula::json::check_policy(&text);
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
        regula::json::load_policy(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        seen += 1;
    }
    assert!(seen >= 2, "examples/policies holds the adopters' policies");
}

#[test]
fn check_lists_every_problem_at_once_with_its_path() {
    let mut policy = serde_json::to_value(regula::Policy::umc_2020()).unwrap();
    policy["colour"] = "blue".into();
    policy["grading"]["versions"][1]["effective_from"] = "2019-01-01".into();
    policy["grading"]["versions"][0]["policy"]["pass_grade"] = 1.into();
    policy["fees"]["versions"][0]["policy"] = 3.into();
    policy["sources"]["articles"]["XX-1"] = serde_json::json!({ "article": "art. 1" });
    policy["sources"]["articles"]["GR-4"]["regulation"] = "NOWHERE".into();
    policy["sources"]["not_adopted"] = serde_json::json!(["GR-5"]);
    let problems = regula::json::check_policy(&policy.to_string());
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for expected in [
        "colour",
        "sources.articles.XX-1",
        "sources.articles.GR-4.regulation",
        "sources.articles.GR-5",
        "grading.versions[0].policy.pass_grade",
        "grading.versions[1].effective_from",
        "fees.versions[0].policy",
    ] {
        assert!(fields.contains(&expected), "{expected} not in {fields:?}");
    }
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("NOWHERE") && t.contains("not a regulation of the policy")),
        "{text:#?}"
    );
}

/// AP-1, CA-7: `regula policy check` names a deadline's wrong unit, amount and moment by their
/// full path, all at once.
#[test]
fn ap_check_names_every_wrong_deadline_with_its_path() {
    let mut policy = serde_json::to_value(regula::Policy::umc_2020()).unwrap();
    let appeals = &mut policy["appeals"]["versions"][0]["policy"];
    appeals["catalog"] =
        serde_json::json!({"amount": 0, "unit": "calendar_days", "from": "papers_viewed"});
    appeals["face_to_face_appeal"] =
        serde_json::json!({"amount": 3, "unit": "calendar_days", "from": "grades_announced"});
    let problems = regula::json::check_policy(&policy.to_string());
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "appeals.versions[0].policy.catalog.amount",
            "appeals.versions[0].policy.catalog.from"
        ],
        "{text:#?}"
    );
    assert!(text[1].contains("papers_viewed"), "{text:#?}");
    appeals_unit(&mut policy, "fortnights");
    let problems = regula::json::check_policy(&policy.to_string());
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("appeals.versions[0].policy.catalog") && t.contains("fortnights")),
        "{text:#?}"
    );
}

fn appeals_unit(policy: &mut serde_json::Value, unit: &str) {
    policy["appeals"]["versions"][0]["policy"]["catalog"]["unit"] = unit.into();
}

/// EC-9, SC-9 (issue #33): a Diploma Supplement rule that is not one of the two, and a granted
/// open-session category without an id or with a proof that names no document, are refused on
/// load, each by its full path.
#[test]
fn ec9_sc9_check_names_a_bad_supplement_rule_and_bad_categories_by_their_paths() {
    let mut policy = serde_json::to_value(regula::Policy::umc_2020()).unwrap();
    policy["ects"]["versions"][0]["policy"]["diploma_supplement"] = "sometimes".into();
    let problems = regula::json::check_policy(&policy.to_string());
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|t| t.contains("ects")
            && t.contains("diploma_supplement")
            && t.contains("sometimes")),
        "{text:#?}"
    );
    let mut policy = serde_json::to_value(regula::Policy::umc_2020()).unwrap();
    let categories = &mut policy["catalog"]["versions"][0]["policy"]["open_session"]["categories"];
    categories[0]["id"] = "".into();
    categories[1]["conditions"] = serde_json::json!([{ "condition": "proof", "document": "" }]);
    let problems = regula::json::check_policy(&policy.to_string());
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "catalog.versions[0].policy.open_session.categories[0].id",
            "catalog.versions[0].policy.open_session.categories[1].conditions[0].document"
        ],
        "{problems:#?}"
    );
}
