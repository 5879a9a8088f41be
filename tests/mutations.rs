//! Issue #17, item 2: a stable harness of structured mutations. Every example request, with a
//! field removed, renamed or given another JSON type, numbers at the edges, strings empty, long,
//! with control characters or from every Unicode plane, arrays empty or long, and deep nesting,
//! is answered through the JSON boundary with a decision or an error that says what is wrong —
//! never a panic. The seed is fixed, so every run tries the same mutations.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};
use regula::Policy;
use regula::json::{self, Context, ErrorKind};
use serde_json::{Value, json};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every command with an example request, and the request.
fn examples() -> Vec<(&'static str, Value)> {
    json::commands()
        .iter()
        .filter_map(|c| {
            let path = root()
                .join("examples/requests")
                .join(format!("{}.json", c.name.replace(' ', "-")));
            let text = std::fs::read_to_string(path).ok()?;
            Some((c.name, serde_json::from_str(&text).ok()?))
        })
        .collect()
}

/// Every path to a value inside `v` (object keys and array positions), at most 6 deep and 400 in
/// all.
fn paths(v: &Value) -> Vec<Vec<Step>> {
    let mut out = Vec::new();
    let mut pending = vec![(v, Vec::new())];
    while let Some((v, path)) = pending.pop() {
        if out.len() >= 400 || path.len() > 6 {
            continue;
        }
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let mut p = path.clone();
                    p.push(Step::Key(k.clone()));
                    out.push(p.clone());
                    pending.push((child, p));
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate().take(3) {
                    let mut p = path.clone();
                    p.push(Step::Index(i));
                    out.push(p.clone());
                    pending.push((child, p));
                }
            }
            _ => {}
        }
    }
    out
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

/// The structured mutations.
#[derive(Clone, Debug)]
enum Mutation {
    Remove,
    Rename,
    Replace(Value),
}

fn edge_values() -> Vec<Value> {
    let mut nested = json!(1);
    for _ in 0..300 {
        nested = json!([nested]);
    }
    vec![
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(-0.5),
        json!(1e28),
        json!(u64::MAX),
        json!(i64::MIN),
        json!("0.12345678901234567890123456789"),
        json!("10000000000000000000000000000"),
        json!("NaN"),
        json!("-Infinity"),
        json!(""),
        json!("x".repeat(1 << 20)),
        json!("\u{0}\u{7}\u{1b}[31m\r\n"),
        json!("ă ș ț \u{1F600} \u{10FFFF} \u{E000} 𝔘"),
        json!([]),
        Value::Array(vec![json!(1); 100_000]),
        json!({}),
        nested,
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Remove),
        Just(Mutation::Rename),
        proptest::sample::select(edge_values()).prop_map(Mutation::Replace),
    ]
}

/// `v` with `mutation` applied at `path`.
fn mutate(v: &Value, path: &[Step], mutation: &Mutation) -> Value {
    let mut out = v.clone();
    let (last, parents) = path.split_last().expect("a path");
    let mut at = &mut out;
    for step in parents {
        at = match step {
            Step::Key(k) => &mut at[k.as_str()],
            Step::Index(i) => &mut at[*i],
        };
    }
    match (last, mutation, at) {
        (Step::Key(k), Mutation::Remove, Value::Object(map)) => {
            map.remove(k);
        }
        (Step::Key(k), Mutation::Rename, Value::Object(map)) => {
            if let Some(value) = map.remove(k) {
                map.insert(format!("{k}_renamed"), value);
            }
        }
        (Step::Index(i), Mutation::Remove | Mutation::Rename, Value::Array(items))
            if *i < items.len() =>
        {
            items.remove(*i);
        }
        (Step::Key(k), Mutation::Replace(value), Value::Object(map)) => {
            map.insert(k.clone(), value.clone());
        }
        (Step::Index(i), Mutation::Replace(value), Value::Array(items)) => {
            if let Some(item) = items.get_mut(*i) {
                *item = value.clone();
            }
        }
        _ => {}
    }
    out
}

/// Decides `request` for `command`: the answer's kind, or the panic's message.
fn decide(command: &str, request: &str) -> Result<Result<(), json::Error>, String> {
    let policy = Policy::umc_2020();
    catch_unwind(AssertUnwindSafe(|| {
        let mut context = Context::default();
        json::decide(command, &policy, request, &mut context).map(|_| ())
    }))
    .map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
            .unwrap_or_default()
    })
}

proptest! {
    #![proptest_config(Config {
        cases: 400,
        rng_seed: RngSeed::Fixed(17),
        failure_persistence: None,
        ..Config::default()
    })]

    /// Every mutated example request: a decision, or an error that says what is wrong (naming the
    /// field when the request could not be read there) — never a panic.
    #[test]
    fn a_mutated_request_is_answered_or_refused_never_a_panic(
        pick in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        mutation in mutation(),
    ) {
        let examples = examples();
        prop_assert!(examples.len() >= 25);
        let (command, request) = &examples[pick.index(examples.len())];
        let paths = paths(request);
        prop_assume!(!paths.is_empty());
        let path = &paths[at.index(paths.len())];
        let mutated = serde_json::to_string(&mutate(request, path, &mutation)).unwrap();
        match decide(command, &mutated) {
            Err(panic) => prop_assert!(false, "{command}: panicked at {path:?} ({mutation:?}): {panic}"),
            Ok(Ok(())) => {}
            Ok(Err(err)) => {
                prop_assert!(!err.message().trim().is_empty(), "{command}: an empty error");
                // A request that could not be read names the field, for adapters to point at.
                let unreadable = err.message().starts_with("invalid request: field `")
                    || err.message().starts_with("invalid request: missing field `");
                if err.kind() == ErrorKind::InvalidRequest && unreadable {
                    prop_assert!(err.field().is_some(), "{command}: {}", err.message());
                }
            }
        }
    }
}

#[test]
fn deep_nesting_and_garbage_are_errors_not_crashes() {
    for (command, _) in examples() {
        for text in [
            "[".repeat(100_000),
            "{\"a\":".repeat(50_000),
            String::from("\u{feff}{}"),
            String::from("nul\u{0}l"),
        ] {
            match decide(command, &text) {
                Err(panic) => panic!("{command}: panicked: {panic}"),
                Ok(result) => assert!(result.is_err(), "{command}: garbage accepted"),
            }
        }
    }
}

/// A field read by its tag takes any shape until the tag is known, so only the nesting limit
/// stops a deep value there: the error says the limit (json::MAX_NESTING, docs/cli.md) and names
/// the field.
#[test]
fn nesting_deeper_than_the_limit_is_refused_with_the_limit_and_the_field() {
    let (_, mut request) = examples()
        .into_iter()
        .find(|(c, _)| *c == "grade average")
        .expect("the example");
    let mut deep = json!(1);
    for _ in 0..json::MAX_NESTING {
        deep = json!([deep]);
    }
    request["courses"][0]["outcome"]["total"] = deep;
    let err = decide("grade average", &request.to_string())
        .expect("no panic")
        .expect_err("refused");
    assert_eq!(err.field(), Some("courses[0].outcome.total"), "{err}");
    assert!(
        err.message().starts_with(
            "field `courses[0].outcome.total`: the request nests arrays and objects more than 127 levels deep (the limit)"
        ),
        "{err}"
    );
}
