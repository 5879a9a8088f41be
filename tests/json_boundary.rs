//! The facade's JSON boundary, as an adapter sees it: every command of the table decides, every
//! answer has the one envelope, and every way a call can go wrong is a typed error whose message
//! names what is wrong.

use std::path::PathBuf;

use regula::Policy;
use regula::json::{self, Context, Document, ErrorKind};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example request of a command (`grade course` → `examples/requests/grade-course.json`).
fn example(command: &str) -> Option<String> {
    let file = root()
        .join("examples/requests")
        .join(format!("{}.json", command.replace(' ', "-")));
    std::fs::read_to_string(file).ok()
}

#[test]
fn every_decision_of_the_table_answers_its_example_with_the_envelope() {
    let policy = Policy::umc_2020();
    let mut decided = 0;
    for command in json::commands() {
        let Some(request) = example(command.name) else {
            continue;
        };
        let answer = json::decide(command.name, &policy, &request, &mut Context::default())
            .unwrap_or_else(|e| panic!("{}: {e}", command.name));
        let json = answer.json();
        if command.documents.is_empty() {
            let keys: Vec<&str> = json
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                ["policy", "outcome", "explanation"],
                "{}",
                command.name
            );
            assert!(json["policy"]["name"].is_string(), "{}", command.name);
            assert_reads_back_as_itself(&answer, command.name);
            assert!(json["explanation"].is_array(), "{}", command.name);
            assert!(
                answer.to_text().contains("Decided under policy"),
                "{}",
                command.name
            );
        } else if let Some(bytes) = answer.document_bytes() {
            // A binary document (XLSX): base64 in the JSON, the bytes for the adapters.
            assert_eq!(json["encoding"], "base64", "{}", command.name);
            assert_eq!(
                regula::sheets::decode_base64(json["body"].as_str().unwrap()).unwrap(),
                bytes
            );
            assert!(answer.read_back().is_none(), "a document is not read back");
        } else {
            assert!(json["media_type"].as_str().unwrap().starts_with("text/"));
            assert!(answer.read_back().is_none(), "a document is not read back");
            assert_eq!(json["body"].as_str().unwrap(), answer.to_text());
        }
        decided += 1;
    }
    assert!(
        decided >= 20,
        "only {decided} commands have an example request"
    );
}

/// A decision parses back from its JSON as the same decision (#17): read into its Rust type and
/// written again, it is the same JSON, its explanations in the same words.
fn assert_reads_back_as_itself(answer: &json::Answer, what: &str) {
    let again = answer
        .read_back()
        .unwrap_or_else(|| panic!("{what}: a decision reads back"));
    assert_eq!(
        &again.unwrap_or_else(|e| panic!("{what}: {e}")),
        answer.json(),
        "{what}: the decision parses back from its JSON as the same decision"
    );
}

/// The UMC 2020 policy with every version in force a hundred years earlier: decisions about
/// exams before 24 July 1931, when Bucharest kept a time 1:44:24 ahead of UTC.
fn policy_a_century_earlier() -> Policy {
    let mut policy = json::policy_json(&Policy::umc_2020()).unwrap();
    fn century_earlier(value: &mut Value) {
        match value {
            Value::Object(fields) => {
                for (name, field) in fields {
                    match field.as_str() {
                        Some(date) if name == "effective_from" => {
                            *field = Value::from(date.replacen("20", "19", 1));
                        }
                        _ => century_earlier(field),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(century_earlier),
            _ => {}
        }
    }
    century_earlier(&mut policy);
    json::load_policy(&policy.to_string()).unwrap()
}

/// Found by reading back the decisions of issue #17: the deadlines of an exam in October 1921
/// cited their instants in the explanation with the offset cut to `+01:44`, so the decision no
/// longer parsed back from its JSON as itself (24 seconds later).
#[test]
fn a_decision_about_an_exam_before_1931_parses_back_from_its_json_as_itself() {
    let request = example("deadlines").unwrap().replace("2021-", "1921-");
    let answer = json::decide(
        "deadlines",
        &policy_a_century_earlier(),
        &request,
        &mut Context::default(),
    )
    .unwrap();
    let text = answer.to_json_string();
    assert!(text.contains("1921-10-29T12:15:36Z"), "{text}");
    assert!(!text.contains("+01:44\""), "{text}");
    assert_reads_back_as_itself(&answer, "deadlines in 1921");
}

/// A decision in Romanian reads back in Romanian, wherever the caller reads it: the
/// explanations are written again in the answer's language, not the caller's.
#[test]
fn a_decision_in_romanian_parses_back_from_its_json_as_itself() {
    let mut context = Context {
        lang: Some(regula::locale::Lang::Ro),
        ..Context::default()
    };
    let answer = json::decide(
        "deadlines",
        &Policy::umc_2020(),
        &example("deadlines").unwrap(),
        &mut context,
    )
    .unwrap();
    assert!(answer.to_json_string().contains("octombrie"), "{answer:?}");
    assert_reads_back_as_itself(&answer, "deadlines in Romanian");
}

#[test]
fn every_command_of_the_table_is_exercised_by_an_example_or_a_conformance_case() {
    let mut cases = String::new();
    for entry in std::fs::read_dir(root().join("tests/cases")).unwrap() {
        for file in std::fs::read_dir(entry.unwrap().path()).unwrap() {
            cases.push_str(&std::fs::read_to_string(file.unwrap().path()).unwrap());
        }
    }
    for command in json::commands() {
        assert!(
            example(command.name).is_some()
                || cases.contains(&format!("\"command\": \"{}\"", command.name)),
            "`{}` has neither an example request nor a conformance case",
            command.name
        );
    }
}

#[test]
fn a_value_and_its_text_get_the_same_answer() {
    let policy = Policy::umc_2020();
    let text = example("fees").unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    let from_text = json::decide("fees", &policy, &text, &mut Context::default()).unwrap();
    let from_value = json::decide_value("fees", &policy, &value, &mut Context::default()).unwrap();
    assert_eq!(from_text.json(), from_value.json());
}

#[test]
fn an_unknown_command_is_refused_with_the_list_of_commands() {
    let err = json::decide(
        "grade exam",
        &Policy::umc_2020(),
        "{}",
        &mut Context::default(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::UnknownCommand);
    assert!(
        err.message().starts_with(
            "no command is called `grade exam`; the commands are: grade course, grade quiz"
        ),
        "{err}"
    );
}

#[test]
fn a_request_that_is_not_json_is_a_syntax_error() {
    let err = json::decide(
        "fees",
        &Policy::umc_2020(),
        "{\"date\": ",
        &mut Context::default(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert!(
        err.message().starts_with("the request is not valid JSON"),
        "{err}"
    );
}

#[test]
fn an_invalid_field_is_named_with_its_value() {
    let err = json::decide(
        "fees",
        &Policy::umc_2020(),
        r#"{"date": "2021-13-01", "exams": []}"#,
        &mut Context::default(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert_eq!(err.field(), Some("date"));
    assert!(
        err.message()
            .starts_with("invalid request: field `date` = \"2021-13-01\""),
        "{err}"
    );
}

#[test]
fn a_document_a_command_does_not_write_is_refused() {
    let policy = Policy::umc_2020();
    let mut csv = Context {
        document: Some(Document::Csv),
        ..Context::default()
    };
    let mut ics = Context {
        document: Some(Document::ICalendar {
            audience: regula::scheduling::export::Audience::Group("G".into()),
            stamp: regula::calendar::Instant::parse("stamp", "2022-01-10T09:00:00+02:00").unwrap(),
        }),
        ..Context::default()
    };
    let err = json::decide(
        "catalog export",
        &policy,
        &example("catalog export").unwrap(),
        &mut ics,
    )
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    let err = json::decide("fees", &policy, &example("fees").unwrap(), &mut csv).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    assert!(err.message().contains("it writes JSON and text"), "{err}");
    let mut html = Context {
        document: Some(Document::Html),
        ..Context::default()
    };
    let page = json::decide(
        "catalog export",
        &policy,
        &example("catalog export").unwrap(),
        &mut html,
    )
    .unwrap();
    assert!(page.to_text().starts_with("<!DOCTYPE html>"));
}

#[test]
fn the_solver_reports_through_the_context_and_stops_when_told() {
    let mut reports = 0;
    let mut stop_at_once = |_: &regula::scheduling::Progress| {
        reports += 1;
        std::ops::ControlFlow::Break(())
    };
    let mut context = Context {
        progress: Some(&mut stop_at_once),
        ..Context::default()
    };
    let answer = json::decide(
        "schedule solve",
        &Policy::umc_2020(),
        &example("schedule solve").unwrap(),
        &mut context,
    )
    .unwrap();
    assert!(reports >= 1);
    assert!(answer.json()["outcome"]["iterations"].as_u64().unwrap() < 20_000);
}

#[test]
fn the_policy_and_the_catalogue_are_json_for_adapters() {
    let policy = json::policy_json(&Policy::umc_2020()).unwrap();
    let back = json::load_policy(&policy.to_string()).unwrap();
    assert_eq!(back, Policy::umc_2020());
    let rules = json::rules_json(&Policy::umc_2020()).unwrap();
    assert_eq!(rules[0]["id"], "GR-1");
    assert_eq!(
        rules.as_array().unwrap().len(),
        regula::catalogue::RULES.len()
    );
}

#[test]
fn a_missing_field_is_named_by_its_own_path() {
    let policy = regula::Policy::umc_2020();
    let err = |request: &str| {
        regula::json::decide(
            "fees",
            &policy,
            request,
            &mut regula::json::Context::default(),
        )
        .unwrap_err()
    };
    assert_eq!(err("{}").field(), Some("date"));
    let e = err(r#"{"date": "2021-06-10", "exams": [{}]}"#);
    assert_eq!(e.field(), Some("exams[0].course"), "{}", e.message());
}

/// GR-13: the grade register takes its pass grade from the grading policy: under a pass grade of
/// 6, `catalog record` refuses to improve a 5, which the preset's 5 lets it improve.
#[test]
fn the_catalog_improves_only_a_grade_the_grading_policy_passes() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/requests/adopters/umc-catalog-improve.json"
    ))
    .unwrap();
    let mut request: Value = serde_json::from_str(&text).unwrap();
    request["commands"][0]["mark"] = 5.into();
    let request = request.to_string();
    let record =
        |policy: &Policy| json::decide("catalog record", policy, &request, &mut Context::default());
    let improving = json::load_policy(include_str!(
        "../examples/policies/umc-with-grade-improvement.json"
    ))
    .unwrap();
    record(&improving).unwrap();
    // Under the presets GR-14 is not adopted (the UMC procedure has no grade improvement).
    let refused = record(&Policy::umc_2020()).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::NotAdopted, "{refused}");
    let mut six = serde_json::to_value(&improving).unwrap();
    for version in six["grading"]["versions"].as_array_mut().unwrap() {
        version["policy"]["pass_grade"] = 6.into();
    }
    assert!(
        six["catalog"]["versions"][0]["policy"]
            .get("pass_grade")
            .is_none()
    );
    let six = json::load_policy(&six.to_string()).unwrap();
    let err = record(&six).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidRequest);
    assert!(err.message().contains("at least 6"), "{err}");
}

/// The examples built into the library are the files under `examples/requests/`, and the
/// commands' listing (`GET /v1/commands`, the Studio) gives each one with its path.
#[test]
fn the_built_in_examples_are_the_example_files() {
    let listing = json::commands_json(regula::locale::Lang::En);
    let listing = listing.as_array().unwrap();
    assert_eq!(listing.len(), json::commands().len());
    for (command, listed) in json::commands().iter().zip(listing) {
        assert_eq!(listed["name"], command.name);
        assert_eq!(
            json::example(command.name).map(str::to_owned),
            example(command.name)
        );
        match json::example(command.name) {
            Some(text) => {
                let value: serde_json::Value = serde_json::from_str(text).unwrap();
                assert_eq!(listed["example"], value, "{}", command.name);
            }
            None => assert!(listed["example"].is_null(), "{}", command.name),
        }
    }
    let solve = listing
        .iter()
        .find(|c| c["name"] == "schedule solve")
        .unwrap();
    assert_eq!(solve["path"], "/v1/schedule/solve");
    assert_eq!(solve["reports_progress"], true);
    let gradebook = listing
        .iter()
        .find(|c| c["name"] == "moodle gradebook")
        .unwrap();
    assert_eq!(gradebook["input"], "document");
    assert_eq!(gradebook["with"], "mapping");
}

/// The words of Rust's types that no message an adapter returns may hold (issue #32).
const RUST_WORDS: &[&str] = &[
    "struct", "enum", "u8", "u16", "u32", "u64", "usize", "i8", "i16", "i32", "i64", "isize",
    "f32", "f64", "sequence", "map", "tuple", "Vec", "Option", "HashMap", "BTreeMap",
];

/// Panics naming the Rust word `message` holds, with `what` was sent.
fn assert_speaks_json(message: &str, what: &str) {
    let words: Vec<&str> = message
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .collect();
    for rust in RUST_WORDS {
        assert!(!words.contains(rust), "{what}: `{rust}` in: {message}");
    }
}

/// Issue #32: no message an adapter returns names a Rust type. Every top-level field of every
/// example request, replaced by a value of each other JSON type, is refused in the JSON's terms
/// (an object, an array, a whole number; a shape by its JSON Schema name), never `struct`, `u32`,
/// `Vec` or `sequence`.
#[test]
fn refusals_speak_json_not_rust() {
    let policy = Policy::umc_2020();
    let mut refused = 0;
    for command in json::commands() {
        let Some(text) = json::example(command.name) else {
            continue;
        };
        let Ok(serde_json::Value::Object(example)) = serde_json::from_str(text) else {
            continue;
        };
        for field in example.keys() {
            for wrong in [
                serde_json::json!(3),
                serde_json::json!(-1),
                serde_json::json!(2.5),
                serde_json::json!("x"),
                serde_json::json!([]),
                serde_json::json!({}),
                serde_json::json!(null),
                serde_json::json!([{"x": 1}]),
            ] {
                let mut request = example.clone();
                request.insert(field.clone(), wrong.clone());
                let request = serde_json::Value::Object(request).to_string();
                let Err(err) =
                    json::decide(command.name, &policy, &request, &mut Context::default())
                else {
                    continue;
                };
                refused += 1;
                assert_speaks_json(
                    &err.to_string(),
                    &format!("{}: `{field}` = {wrong}", command.name),
                );
            }
        }
    }
    assert!(refused > 500, "only {refused} refusals checked");
}

/// The same for a policy: each part, and each version's policy, replaced by a value of another
/// JSON type, is refused by the checker and by loading in JSON's terms.
#[test]
fn policy_refusals_speak_json_not_rust() {
    let preset = json::policy_json(&Policy::umc_2020()).unwrap();
    let mut checked = 0;
    for part in preset.as_object().unwrap().keys() {
        for wrong in [
            serde_json::json!(3),
            serde_json::json!([]),
            serde_json::json!("x"),
        ] {
            let mut edits = vec![];
            let mut whole = preset.clone();
            whole[part] = wrong.clone();
            edits.push(whole);
            if preset[part]["versions"].is_array() {
                let mut inner = preset.clone();
                inner[part]["versions"][0]["policy"] = wrong.clone();
                edits.push(inner);
            }
            for edited in edits {
                let text = edited.to_string();
                let mut messages: Vec<String> = json::check_policy(&text)
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                if let Err(err) = json::load_policy(&text) {
                    messages.push(err.to_string());
                }
                for message in messages {
                    checked += 1;
                    assert_speaks_json(&message, &format!("{part} = {wrong}"));
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} messages checked");
}
