//! `regula policy check | schema | diff` and `regula rules --policy` as an institution writing
//! its policy meets them (issue #26): every problem at once, the schema it writes against, the
//! what-if before it amends its regulation, and the catalogue as its own regulation states it.

mod common;

use common::{regula, root};

const UCV: &str = "examples/policies/ucv-fie.json";

fn write_temp(name: &str, text: &str) -> String {
    let dir = root().join("target/policy-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn check_says_a_good_policy_loads_and_lists_every_problem_of_a_bad_one() {
    let (code, stdout, stderr) = regula(&["policy", "check", UCV], "");
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("no problem found"), "{stdout}");

    let mut policy: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(UCV)).unwrap()).unwrap();
    policy["catalog"]["versions"][0]["policy"]["retake_periods"][0]["to"] = "08-15".into();
    policy["sources"]["articles"]["XX-9"] = serde_json::json!({ "article": "art. 9" });
    policy["grading"]["versions"][0]["policy"]["rounding"] = "sideways".into();
    policy["deadline_unit"] = "fortnights".into();
    let path = write_temp("bad.json", &policy.to_string());
    let (code, stdout, stderr) = regula(&["policy", "check", &path], "");
    assert_eq!(code, 2, "{stdout}");
    assert!(stdout.is_empty(), "{stdout}");
    for needle in [
        "4 problems",
        "`deadline_unit`: no part of a policy is called so",
        "`sources.articles.XX-9`: XX-9: no rule of the catalogue has this id",
        "`grading.versions[0].policy.rounding`",
        "sideways",
        "`catalog.versions[0].policy.retake_periods[0].to`: 08-15: the period ends before it starts (09-01)",
    ] {
        assert!(stderr.contains(needle), "`{needle}` not in:\n{stderr}");
    }
}

#[test]
fn schema_is_the_json_schema_of_a_policy() {
    let (code, stdout, _) = regula(&["policy", "schema"], "");
    assert_eq!(code, 0);
    let schema: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(schema["title"], "Policy");
    let written = std::fs::read_to_string(root().join("docs/policy.schema.json")).unwrap();
    assert_eq!(
        stdout, written,
        "docs/policy.schema.json is what `regula policy schema` prints"
    );
}

#[test]
fn diff_shows_what_a_change_of_policy_changes_and_why_in_either_language() {
    let mut amended: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(UCV)).unwrap()).unwrap();
    amended["catalog"]["versions"][0]["policy"]["retake_periods"][0]["to"] = "09-30".into();
    let path = write_temp("ucv-whole-september.json", &amended.to_string());
    let case = "tests/cases/adopters/ucv-retake-session-first-half-of-september.json";
    // The faculty's policy speaks Romanian; English is asked for.
    let (code, stdout, stderr) = regula(&["policy", "diff", UCV, &path, case, "--lang", "en"], "");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("`retake-session check` under UCV FIE 2022"),
        "{stdout}"
    );
    assert!(
        stdout.contains("outcome.verdicts[1].eligible\n    − false\n    + true"),
        "{stdout}"
    );
    let (_, ro, _) = regula(&["policy", "diff", UCV, &path, case, "--lang", "ro"], "");
    assert!(ro.contains("se schimbă"), "{ro}");
    assert!(
        ro.contains("nu se află într-o perioadă de restanțe"),
        "{ro}"
    );
    // The same policy twice changes nothing.
    let (_, same, _) = regula(&["policy", "diff", UCV, UCV, case, "--lang", "en"], "");
    assert!(same.contains("the decision does not change"), "{same}");
    // As JSON, for a program.
    let (_, json, _) = regula(
        &["policy", "diff", UCV, &path, case, "--format", "json"],
        "",
    );
    let diffs: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        diffs[0]["diff"]["changes"][0]["path"],
        "outcome.verdicts[1].eligible"
    );
    // A plain request needs its command.
    let (code, _, stderr) = regula(
        &[
            "policy",
            "diff",
            "preset",
            UCV,
            "examples/requests/fees.json",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("--command"), "{stderr}");
    // Under the presets the fees are decided; under UCV's policy, the same request is refused for
    // FE-4 (the Erasmus+ exemption the faculty's notice does not have): the whole decision differs.
    let (code, stdout, stderr) = regula(
        &[
            "policy",
            "diff",
            "preset",
            UCV,
            "examples/requests/fees.json",
            "--command",
            "fees",
            "--lang",
            "en",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("refused"), "{stdout}");
    assert!(stdout.contains("FE-4"), "{stdout}");
}

#[test]
fn rules_lists_the_catalogue_as_the_policy_states_it() {
    let (code, stdout, _) = regula(&["rules", "--policy", UCV], "");
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with("UCV-FIE-EXAM: Regulament de examinare"),
        "{stdout}"
    );
    assert!(stdout.contains("GR-5 (UCV-FIE-EXAM art. 1): "), "{stdout}");
    assert!(stdout.contains("GR-6 [not adopted]: "), "{stdout}");
    assert!(!stdout.contains("UMC-EXAM"), "{stdout}");
    let (_, json, _) = regula(&["rules", "--policy", UCV, "--format", "json"], "");
    let rules: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let gr6 = rules.iter().find(|r| r["id"] == "GR-6").unwrap();
    assert_eq!(gr6["adopted"], false);
    assert!(gr6.get("citation").is_none());
    // The presets cite the seed regulations, as before.
    let (_, preset, _) = regula(&["rules"], "");
    assert!(preset.contains("GR-4 (UMC-EXAM §5.3(3)): "), "{preset}");
}

#[test]
fn a_decision_that_needs_a_rule_the_policy_does_not_adopt_is_refused_naming_it() {
    let request = r#"{"sheet": {"code": "IE-1", "title": "T", "credits": 5, "activities": [
        {"id": "lab", "kind": "laboratory", "allotment": 4},
        {"id": "exam", "kind": "final_evaluation", "allotment": 6}]},
      "students": [{"student": "S", "scores": {"lab": "absent", "exam": 5}}]}"#;
    let (code, stdout, stderr) = regula(&["grade", "course", "--policy", UCV], request);
    assert_eq!(code, 2, "{stdout}");
    assert!(stderr.contains("GR-6"), "{stderr}");
    assert!(stderr.contains("sources.not_adopted"), "{stderr}");
}
