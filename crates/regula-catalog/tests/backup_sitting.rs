//! GR-10, a backup sitting after a confirmed technical failure, as policy: the student whose
//! proven failure left no reconnection within the exam sits it again (within so many days, or
//! in the retake session) instead of being recorded absent; the decision says which remedy.

use regula_calendar::Instant;
use regula_catalog::{BackupSitting, Catalog, CatalogPolicy, Command, Mark};
use regula_core::locale::{Lang, in_language};
use regula_core::{CheckedPolicy, Grade};

fn catalog() -> Catalog {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    serde_json::from_value(request["catalog"].clone()).unwrap()
}

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

fn failure(student: &str, proven: bool, lost: &str, back: Option<&str>) -> Command {
    Command::TechnicalFailure {
        student: student.into(),
        exam: "NAV-R".into(),
        proven,
        reconnected_at: back.map(at),
        by: "prof. Ionescu Mihai".into(),
        at: at(lost),
    }
}

fn with_backup(backup: BackupSitting) -> CatalogPolicy {
    CatalogPolicy {
        backup_sitting: Some(backup),
        ..CatalogPolicy::umc_2020()
    }
}

/// GR-10: a backup sitting on the exam's day: a proven failure without reconnection changes no
/// cell and the decision says so; an unproven one is recorded absent as the seed's remedy; a
/// reconnection within the exam still gives a different test.
#[test]
fn gr10_a_backup_sitting_the_same_day() {
    let policy = with_backup(BackupSitting::WithinDays { days: 0 });
    assert_eq!(policy.problems(), []);
    let mut c = catalog();
    let d = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &failure("NAV-1004", true, "2021-02-15T10:40", None),
        )
        .unwrap();
    assert!(c.row("NAV-1004").unwrap().cells.is_empty());
    let text = in_language(Lang::En, || d.explanation.to_string());
    assert!(
        text.contains("a backup sitting on the exam's day, by 24:00 on 15 February 2021"),
        "{text}"
    );
    let ro = in_language(Lang::Ro, || d.explanation.to_string());
    assert!(ro.contains("sesiune de rezervă în ziua examenului"), "{ro}");
    c.apply(
        &policy,
        Grade::FIVE,
        &failure("NAV-1001", false, "2021-02-15T10:45", None),
    )
    .unwrap();
    assert_eq!(c.row("NAV-1001").unwrap().cells[0].mark, Mark::Absent);
    // The history replays to the same rows.
    assert_eq!(regula_catalog::replay(&c, &c.history).unwrap(), c.rows);
}

/// GR-10: a backup sitting in the retake session, and within 7 days; the seed's remedy when the
/// policy grants none; too many days refused on load with the path and value.
#[test]
fn gr10_which_remedy_the_decision_gives() {
    let lost = || {
        failure(
            "NAV-1004",
            true,
            "2021-02-15T10:40",
            Some("2021-02-15T11:05"),
        )
    };
    let said = |policy: &CatalogPolicy| {
        let mut c = catalog();
        let d = c.apply_explained(policy, Grade::FIVE, &lost()).unwrap();
        (
            in_language(Lang::En, || d.explanation.to_string()),
            c.row("NAV-1004").unwrap().cells.len(),
        )
    };
    let (text, cells) = said(&with_backup(BackupSitting::RetakeSession));
    assert!(
        text.contains("a backup sitting in the retake session"),
        "{text}"
    );
    assert_eq!(cells, 0);
    let (text, _) = said(&with_backup(BackupSitting::WithinDays { days: 7 }));
    assert!(
        text.contains("within 7 days of the exam, by 24:00 on 22 February 2021"),
        "{text}"
    );
    let (text, cells) = said(&CatalogPolicy::umc_2020());
    assert!(text.contains("the catalog records absent"), "{text}");
    assert_eq!(cells, 1);
    let policy = with_backup(BackupSitting::WithinDays { days: 45 });
    let problems: Vec<String> = policy
        .problems()
        .iter()
        .map(|p| format!("{} = {}", p.field, p.value))
        .collect();
    assert_eq!(problems, ["backup_sitting.days = 45"]);
    let read: BackupSitting =
        serde_json::from_str(r#"{"when": "within_days", "days": 2}"#).unwrap();
    assert_eq!(read, BackupSitting::WithinDays { days: 2 });
}
