//! CO-3..CO-6, issue #32: a semester recorded step by step through sealed checkpoints, the
//! service keeping nothing between calls. Each call sends the checkpoint and its new steps; the
//! events it answers, appended to the file the caller keeps, are the history one call with the
//! whole file would have recorded, and a checkpoint changed or sealed under another key is
//! refused.

use regula_core::seal::SealKey;
use regula_counselling::policy::utcn_2021;
use regula_counselling::request::{RecordRequest, Recorded, answer_record};
use regula_counselling::{Checkpoint, Event, SemesterFile};
use serde_json::{Value, json};

fn example() -> Value {
    serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-record.json"
    ))
    .unwrap()
}

fn key() -> SealKey {
    SealKey::new(b"a key of thirty-two bytes or more, for tests").unwrap()
}

/// One `counselling record` call, its request and answer through JSON as an adapter sends them.
fn call(request: Value, key: Option<&SealKey>) -> Result<Recorded, String> {
    let request: RecordRequest = serde_json::from_value(request).map_err(|e| e.to_string())?;
    let answer = answer_record(&utcn_2021(), &request, key).map_err(|e| e.to_string())?;
    let outcome = serde_json::to_value(&answer.outcome).unwrap();
    Ok(serde_json::from_value(outcome).unwrap())
}

fn steps() -> Vec<Value> {
    example()["steps"].as_array().unwrap().clone()
}

/// The example in one call with the whole file.
fn at_once() -> Recorded {
    call(example(), Some(&key())).unwrap()
}

/// The example one step per call: the first with the empty file, then each with the checkpoint
/// the call before answered; the events kept as a records system keeps them.
fn step_by_step() -> (Vec<Event>, Recorded) {
    let example = example();
    let mut events = Vec::new();
    let mut last = call(
        json!({ "file": example["file"], "steps": [steps()[0]] }),
        Some(&key()),
    )
    .unwrap();
    events.extend(last.events.clone());
    for step in &steps()[1..] {
        let checkpoint = serde_json::to_value(last.checkpoint.as_ref().unwrap()).unwrap();
        last = call(
            json!({ "checkpoint": checkpoint, "steps": [step] }),
            Some(&key()),
        )
        .unwrap();
        assert!(last.file.is_none(), "a checkpoint's answer carries no file");
        events.extend(last.events.clone());
    }
    (events, last)
}

#[test]
fn co_3_step_by_step_through_checkpoints_is_the_history_of_one_call() {
    let whole = at_once();
    let (events, last) = step_by_step();
    let file = whole.file.unwrap();
    assert_eq!(events, file.history);
    assert_eq!(last.head, file.head);
    assert_eq!(
        last.checkpoint.as_ref().unwrap().events as usize,
        events.len()
    );
    // The file the caller keeps, with the events appended, reads back to the same head.
    let mut kept = example()["file"].clone();
    kept["history"] = serde_json::to_value(&events).unwrap();
    kept["head"] = serde_json::to_value(last.head).unwrap();
    let back: SemesterFile = serde_json::from_value(kept).unwrap();
    assert_eq!(back.head, file.head);
    back.verify(&regula_counselling::CounsellingPolicy::utcn_2021())
        .unwrap();
}

#[test]
fn co_3_a_checkpoint_is_far_smaller_than_the_file_and_keeps_no_attendance_list() {
    let whole = at_once();
    let file = serde_json::to_string(whole.file.as_ref().unwrap()).unwrap();
    let checkpoint = serde_json::to_string(whole.checkpoint.as_ref().unwrap()).unwrap();
    assert!(!checkpoint.contains("\"student\""), "{checkpoint}");
    assert!(
        checkpoint.len() * 2 < file.len(),
        "{} bytes against the file's {}",
        checkpoint.len(),
        file.len()
    );
}

fn sealed_checkpoint() -> Value {
    let first = call(
        json!({ "file": example()["file"], "steps": steps()[..3] }),
        Some(&key()),
    )
    .unwrap();
    serde_json::to_value(first.checkpoint.unwrap()).unwrap()
}

#[test]
fn co_3_a_checkpoint_changed_in_any_field_is_refused_at_its_seal() {
    let register = steps()[3].clone();
    let changes: Vec<(&str, Value)> = vec![
        ("/events", json!(1)),
        ("/head", json!("0".repeat(64))),
        ("/last_at", json!("2026-01-19T10:00")),
        ("/reports/AC-CS-POP/registered", json!("2026-01-22T09:00")),
        ("/organisation/staff/0/person", json!("Someone Else")),
    ];
    for (path, value) in changes {
        let mut checkpoint = sealed_checkpoint();
        *checkpoint.pointer_mut(path).unwrap() = value;
        let err = call(
            json!({ "checkpoint": checkpoint, "steps": [register] }),
            Some(&key()),
        )
        .unwrap_err();
        assert!(
            err.contains("`checkpoint.seal`") && err.contains("send the file instead"),
            "{path}: {err}"
        );
    }
    // Sealed under another key.
    let other = SealKey::new(&[9u8; 32]).unwrap();
    let err = call(
        json!({ "checkpoint": sealed_checkpoint(), "steps": [register] }),
        Some(&other),
    )
    .unwrap_err();
    assert!(err.contains("`checkpoint.seal`"), "{err}");
    // Unchanged, it is read.
    call(
        json!({ "checkpoint": sealed_checkpoint(), "steps": [register] }),
        Some(&key()),
    )
    .unwrap();
}

#[test]
fn co_3_one_of_file_and_checkpoint_and_a_key_to_read_it() {
    let register = steps()[3].clone();
    let err = call(
        json!({ "checkpoint": sealed_checkpoint(), "steps": [register] }),
        None,
    )
    .unwrap_err();
    assert!(
        err.starts_with("`checkpoint`: this service holds no sealing key"),
        "{err}"
    );
    let err = call(
        json!({ "file": example()["file"], "checkpoint": sealed_checkpoint(), "steps": [] }),
        Some(&key()),
    )
    .unwrap_err();
    assert!(err.starts_with("`checkpoint`: sent with `file`"), "{err}");
    let err = call(json!({ "steps": [register] }), Some(&key())).unwrap_err();
    assert!(err.starts_with("`file`: missing"), "{err}");
    // Without a key, the file is recorded as before and no checkpoint is answered.
    let answered = call(example(), None).unwrap();
    assert!(answered.checkpoint.is_none());
    assert_eq!(answered.events.len(), steps().len());
}

#[test]
fn co_3_and_time_order_hold_across_a_checkpoint() {
    // A report sent without the attendance list of an in-person activity: the checkpoint keeps
    // that activity, and its registration is refused as in one call.
    let mut request = example();
    request["steps"][0]["report"]["activities"][0]
        .as_object_mut()
        .unwrap()
        .remove("attendance");
    let first = call(
        json!({ "file": request["file"], "steps": [request["steps"][0]] }),
        Some(&key()),
    )
    .unwrap();
    let checkpoint = serde_json::to_value(first.checkpoint.unwrap()).unwrap();
    // Kept: the activities without a list (the one stripped, and a web announcement, which needs
    // none); every activity with its list is left out.
    let kept: Vec<&str> = checkpoint["reports"]["AC-CS-POP"]["report"]["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(kept, ["POP-H01", "POP-W1"]);
    let register = json!({ "by": "Sabo Simona", "at": "2026-01-23T09:00", "action": "register_report", "report": "AC-CS-POP" });
    let err = call(
        json!({ "checkpoint": checkpoint, "steps": [register] }),
        Some(&key()),
    )
    .unwrap_err();
    assert!(
        err.contains("lacks the attendance lists of POP-H01"),
        "{err}"
    );
    // A step before the checkpoint's last one.
    let early = json!({ "by": "Mureșan Ion", "at": "2026-01-19T10:00", "action": "submit_report", "report": steps()[1]["report"] });
    let err = call(
        json!({ "checkpoint": checkpoint, "steps": [early] }),
        Some(&key()),
    )
    .unwrap_err();
    assert!(
        err.contains("is before the step it follows (no. 1"),
        "{err}"
    );
}

#[test]
fn a_checkpoint_reads_back_as_it_was_sealed() {
    let checkpoint: Checkpoint = serde_json::from_value(sealed_checkpoint()).unwrap();
    let again: Checkpoint =
        serde_json::from_value(serde_json::to_value(&checkpoint).unwrap()).unwrap();
    assert_eq!(again, checkpoint);
    let resumed = SemesterFile::resume(&checkpoint, &key()).unwrap();
    assert_eq!(resumed.head, checkpoint.head);
    assert!(resumed.history.is_empty());
}
