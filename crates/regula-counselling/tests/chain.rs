//! CO-3, issue #17: the counselling reports' flow as a hash chain. Whoever keeps the head (or the
//! event hashes) of a semester's file detects a rewrite of its history, and the removal or
//! reordering of events; a step changed without its hash is named at once.

use regula_core::NoExplanation;
use regula_core::chain::Digest;
use regula_counselling::{Command, CounsellingPolicy, SemesterFile};
use serde_json::Value;

/// The example file with the example's steps recorded.
fn recorded() -> SemesterFile {
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-record.json"
    ))
    .unwrap();
    let mut file: SemesterFile = serde_json::from_value(request["file"].clone()).unwrap();
    let steps: Vec<Command> = serde_json::from_value(request["steps"].clone()).unwrap();
    file.record_all(&CounsellingPolicy::utcn_2021(), &steps, &mut NoExplanation)
        .unwrap();
    assert!(file.history.len() >= 3, "{}", file.history.len());
    file
}

fn json(f: &SemesterFile) -> Value {
    serde_json::to_value(f).unwrap()
}

fn read(v: &Value) -> Result<SemesterFile, String> {
    serde_json::from_value::<SemesterFile>(v.clone()).map_err(|e| e.to_string())
}

fn unsealed(mut v: Value) -> Value {
    for event in v["history"].as_array_mut().unwrap() {
        event.as_object_mut().unwrap().remove("hash");
    }
    v.as_object_mut().unwrap().remove("head");
    v
}

fn hashes(f: &SemesterFile) -> Vec<Digest> {
    f.history.iter().map(|e| e.hash.unwrap()).collect()
}

#[test]
fn co_3_the_file_reads_back_to_the_same_head() {
    let f = recorded();
    let back = read(&json(&f)).unwrap();
    assert_eq!(back.head, f.head);
    back.verify_head(&f.head).unwrap();
    back.verify_prefix(&hashes(&f)).unwrap();
    assert_eq!(read(&unsealed(json(&f))).unwrap().head, f.head);
}

#[test]
fn co_3_a_step_changed_without_its_hash_is_named_and_a_rewrite_is_caught_by_the_head() {
    let f = recorded();
    let mut v = json(&f);
    // An activity of the first report renamed after the fact.
    v["history"][0]["report"]["activities"][0]["id"] = Value::from("RENAMED");
    let err = read(&v).unwrap_err();
    assert!(err.contains("event 1: its hash does not follow"), "{err}");
    // Rewritten with every hash recomputed: consistent in itself, not what was kept.
    let forged = read(&unsealed(v)).unwrap();
    assert!(forged.verify_head(&f.head).is_err());
    let err = forged.verify_prefix(&hashes(&f)).unwrap_err().to_string();
    assert!(err.contains("event 1: it is not the event kept"), "{err}");
}

#[test]
fn co_3_a_step_removed_or_moved_is_caught() {
    let f = recorded();
    let n = f.history.len();
    let mut v = unsealed(json(&f));
    v["history"].as_array_mut().unwrap().pop();
    let shorter = read(&v).unwrap();
    let err = shorter.verify_prefix(&hashes(&f)).unwrap_err().to_string();
    assert!(err.contains(&format!("event {n}: it was removed")), "{err}");
    // The stored head kept while the last step is removed: refused on reading.
    let mut v = json(&f);
    v["history"].as_array_mut().unwrap().pop();
    assert!(
        read(&v)
            .unwrap_err()
            .contains("is not where the history leads")
    );
    // The last two steps swapped with their numbers: refused (by the order or by the hash).
    let mut v = json(&f);
    let history = v["history"].as_array_mut().unwrap();
    history.swap(n - 2, n - 1);
    history[n - 2]["seq"] = Value::from(n - 1);
    history[n - 1]["seq"] = Value::from(n);
    assert!(read(&v).is_err());
}
