//! CA-6, issue #17: the grade register's hash chain. Whoever keeps the head (or the event hashes)
//! of a catalog detects a rewrite of its rows, of its history, or of both together, and the
//! removal or reordering of events; a change to one event without its hash is named at once.

use regula_catalog::{Catalog, CatalogPolicy, Command};
use regula_core::Grade;
use regula_core::chain::Digest;
use serde_json::Value;

/// The example catalog with the example's commands recorded: an entry, a correction, signatures.
fn recorded() -> Catalog {
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    let mut c: Catalog = serde_json::from_value(request["catalog"].clone()).unwrap();
    let commands: Vec<Command> = serde_json::from_value(request["commands"].clone()).unwrap();
    c.apply_all(&CatalogPolicy::umc_2020(), Grade::FIVE, &commands)
        .unwrap();
    assert!(c.history.len() >= 4, "{}", c.history.len());
    c
}

fn json(c: &Catalog) -> Value {
    serde_json::to_value(c).unwrap()
}

fn read(v: &Value) -> Result<Catalog, String> {
    serde_json::from_value::<Catalog>(v.clone()).map_err(|e| e.to_string())
}

/// The stored hashes and head removed, as a forger who recomputes nothing would leave them (the
/// reader then computes them again from the content).
fn unsealed(mut v: Value) -> Value {
    for event in v["history"].as_array_mut().unwrap() {
        event.as_object_mut().unwrap().remove("hash");
    }
    v.as_object_mut().unwrap().remove("head");
    v
}

/// The rows dropped, so that reading replays them from the (forged) history.
fn without_rows(mut v: Value) -> Value {
    v.as_object_mut().unwrap().remove("rows");
    v
}

/// The index of the first event after the first that enters a mark.
fn an_entry(v: &Value) -> usize {
    v["history"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, e)| e["change"]["mark"].is_number())
        .map(|(i, _)| i)
        .unwrap()
}

fn hashes(c: &Catalog) -> Vec<Digest> {
    c.history.iter().map(|e| e.hash.unwrap()).collect()
}

#[test]
fn ca_6_every_event_is_chained_and_the_catalog_reads_back_to_the_same_head() {
    let c = recorded();
    let back = read(&json(&c)).unwrap();
    assert_eq!(back.head, c.head);
    assert_eq!(back, c);
    back.verify_head(&c.head).unwrap();
    back.verify_prefix(&hashes(&c)).unwrap();
    // Without the stored hashes, the same chain is computed from the content.
    assert_eq!(read(&unsealed(json(&c))).unwrap().head, c.head);
}

/// Found by fuzzing (the `registers` target, `fuzz/corpus/registers`): a catalog whose exam
/// ended before 24 July 1931, when Bucharest time was 1:44:24 ahead of UTC, printed the end with
/// the offset cut to +01:44 and no longer read back to its own head.
#[test]
fn ca_6_a_catalog_with_an_exam_ended_before_1931_reads_back_to_the_same_head() {
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    let mut v = request["catalog"].clone();
    v["exams"][1]["date"] = "1931-02-15".into();
    v["exams"][1]["ends_at"] = "1931-02-15T11:00".into();
    let c = read(&v).unwrap();
    let back = read(&json(&c)).unwrap();
    assert_eq!(back.head, c.head);
    assert_eq!(back, c);
}

#[test]
fn ca_6_an_event_changed_without_its_hash_is_named() {
    let c = recorded();
    let mut v = json(&c);
    let i = an_entry(&v);
    v["history"][i]["change"]["mark"] = Value::from(10);
    v["rows"] = json(&read(&without_rows(unsealed(v.clone()))).unwrap())["rows"].clone();
    let err = read(&v).unwrap_err();
    assert!(
        err.contains(&format!("event {}: its hash does not follow", i + 1)),
        "{err}"
    );
}

#[test]
fn ca_6_rows_and_history_rewritten_together_are_caught_by_the_head_kept() {
    let c = recorded();
    let kept = c.head;
    // The forger changes an entered mark, and the rows with it, and recomputes every hash.
    let mut v = without_rows(unsealed(json(&c)));
    let i = an_entry(&v);
    v["history"][i]["change"]["mark"] = Value::from(10);
    let forged = read(&v).unwrap(); // consistent in itself: rows replayed, hashes recomputed
    let v = json(&forged);
    let forged = read(&v).unwrap();
    assert_ne!(forged.head, kept);
    let err = forged.verify_head(&kept).unwrap_err().to_string();
    assert!(err.contains("it was rewritten"), "{err}");
    let err = forged.verify_prefix(&hashes(&c)).unwrap_err().to_string();
    assert!(
        err.contains(&format!("event {}: it is not the event kept", i + 1)),
        "{err}"
    );
    // Only the rows rewritten: refused on reading, as before the chain.
    let mut v = json(&c);
    v["rows"][0]["cells"][0]["mark"] = Value::from(3);
    assert!(read(&v).unwrap_err().contains("differs from its history"));
}

#[test]
fn ca_6_an_event_removed_or_moved_is_caught() {
    let c = recorded();
    let n = c.history.len();
    // The last event removed, hashes and head dropped: a consistent, shorter history.
    let mut v = without_rows(unsealed(json(&c)));
    v["history"].as_array_mut().unwrap().pop();
    let shorter = read(&v).unwrap();
    assert!(shorter.verify_head(&c.head).is_err());
    let err = shorter.verify_prefix(&hashes(&c)).unwrap_err().to_string();
    assert!(err.contains(&format!("event {n}: it was removed")), "{err}");
    // The stored head kept while an event is removed: refused on reading.
    let mut v = json(&c);
    v["history"].as_array_mut().unwrap().pop();
    v["rows"] = json(&read(&without_rows(unsealed(v.clone()))).unwrap())["rows"].clone();
    assert!(
        read(&v)
            .unwrap_err()
            .contains("is not where its history leads")
    );
    // Two events swapped, numbers and all: the first one moved is named.
    let mut v = json(&c);
    let history = v["history"].as_array_mut().unwrap();
    history.swap(1, 2);
    history[1]["seq"] = Value::from(2);
    history[2]["seq"] = Value::from(3);
    let err = read(&v).unwrap_err();
    assert!(err.contains("event 2"), "{err}");
}

#[test]
fn ca_6_events_appended_after_a_kept_head_keep_its_prefix() {
    let mut c = recorded();
    let kept = hashes(&c);
    let request: Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    let mut more: Vec<Command> = serde_json::from_value(request["commands"].clone()).unwrap();
    more.truncate(1);
    if let Command::Enter {
        exam,
        at,
        signatures,
        ..
    } = &mut more[0]
    {
        *exam = "NAV-R".into();
        *at = "2021-02-15T13:00".parse().unwrap();
        signatures.truncate(1); // the holder's
    }
    c.apply_all(&CatalogPolicy::umc_2020(), Grade::FIVE, &more)
        .unwrap();
    assert!(c.history.len() > kept.len());
    c.verify_prefix(&kept).unwrap();
    assert!(
        c.verify_head(kept.last().unwrap()).is_err(),
        "the head moved on"
    );
}

/// CA-6: a history whose events are not in time order was rewritten: reading names the event
/// dated before the one before it (the same minute is not before).
#[test]
fn ca_6_an_event_dated_before_the_one_before_it_is_refused() {
    let mut v = without_rows(unsealed(json(&recorded())));
    v["history"][2]["at"] = v["history"][0]["at"].clone();
    assert!(read(&v).is_ok(), "the same minute is not before");
    v["history"][2]["at"] = "2020-01-01T00:00".into();
    let err = read(&v).unwrap_err();
    assert!(
        err.contains("event 3 is dated before the one before it"),
        "{err}"
    );
}
