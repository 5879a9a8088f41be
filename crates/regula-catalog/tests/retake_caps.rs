//! SC-2's caps, as other regulations set them (issue #26): at most N retakes per student in one
//! session, granted in the order asked; a session before the final exams for students whose
//! outstanding courses carry at most so many credits. None in the UMC preset.

use regula_catalog::request::{RetakeSessionRequest, answer_retake_session};
use regula_catalog::{CatalogPolicy, RetakeCaps};
use regula_core::{CheckedPolicy, Credits, PolicyHistory, Versioned};
use serde_json::{Value, json};

fn history(caps: RetakeCaps) -> PolicyHistory<CatalogPolicy> {
    let policy = CatalogPolicy {
        retake_caps: caps,
        ..CatalogPolicy::umc_2020()
    };
    let version = Versioned {
        effective_from: "2020-05-06".parse().unwrap(),
        note: String::new(),
        policy,
    };
    PolicyHistory::new("capped", vec![version]).unwrap()
}

fn request(student: &str, course: &str, outstanding: bool, from: &str) -> Value {
    json!({ "student": student, "course": course, "course_year": "2025/2026",
            "outstanding": outstanding, "session": "september",
            "dates": { "from": from, "to": "2026-09-14" } })
}

fn eligible(history: &PolicyHistory<CatalogPolicy>, requests: Vec<Value>) -> Vec<bool> {
    let request: RetakeSessionRequest =
        serde_json::from_value(json!({ "requests": requests })).unwrap();
    let answer = answer_retake_session(history, &request).unwrap();
    answer.outcome.verdicts.iter().map(|v| v.eligible).collect()
}

#[test]
fn sc2_at_most_three_retakes_per_student_in_a_session_in_the_order_asked() {
    let capped = history(RetakeCaps {
        max_per_student: Some(3),
        ..RetakeCaps::default()
    });
    let asked = vec![
        request("A", "C1", true, "2026-09-01"),
        request("A", "C2", false, "2026-09-01"), // passed: refused, not counted
        request("A", "C3", true, "2026-09-01"),
        request("B", "C1", true, "2026-09-01"), // another student
        request("A", "C4", true, "2026-09-01"),
        request("A", "C5", true, "2026-09-01"), // the fourth: over the cap
        request("A", "C6", true, "2026-09-02"), // another session
    ];
    assert_eq!(
        eligible(&capped, asked.clone()),
        [true, false, true, true, true, false, true]
    );
    let request: RetakeSessionRequest =
        serde_json::from_value(json!({ "requests": asked })).unwrap();
    let answer = answer_retake_session(&capped, &request).unwrap();
    let over = &answer.outcome.verdicts[5];
    assert_eq!(over.reasons[0].0.id, "catalog-retake-over-cap");
    assert!(
        over.to_string().contains("already has 3 retakes granted"),
        "{over}"
    );
    // The UMC preset has no cap.
    let umc = regula_catalog::policy::umc_2020();
    let request: RetakeSessionRequest =
        serde_json::from_value(json!({ "requests": request.requests })).unwrap();
    let answer = answer_retake_session(&umc, &request).unwrap();
    assert_eq!(
        answer
            .outcome
            .verdicts
            .iter()
            .filter(|v| v.eligible)
            .count(),
        6
    );
}

#[test]
fn sc2_the_session_before_the_final_exams_for_at_most_twenty_outstanding_credits() {
    let capped = history(RetakeCaps {
        before_final_exams_max_credits: Some(Credits::new(20.into()).unwrap()),
        ..RetakeCaps::default()
    });
    let before_finals = |credits: Option<u32>| {
        let mut r = json!({ "student": "S", "course": "C", "course_year": "2025/2026",
            "outstanding": true, "session": "before_final_exams",
            "dates": { "from": "2026-06-22", "to": "2026-06-26" }, "final_year": true,
            "requested": true, "meets_final_exam_conditions": true,
            "final_exam_starts": "2026-07-06" });
        if let Some(c) = credits {
            r["outstanding_credits"] = c.into();
        }
        r
    };
    assert_eq!(
        eligible(
            &capped,
            vec![before_finals(Some(20)), before_finals(Some(21))]
        ),
        [true, false]
    );
    let request: RetakeSessionRequest =
        serde_json::from_value(json!({ "requests": [before_finals(None)] })).unwrap();
    let err = answer_retake_session(&capped, &request)
        .unwrap_err()
        .to_string();
    assert!(err.contains("requests[0]"), "{err}");
    assert!(err.contains("outstanding_credits"), "{err}");
    assert!(err.contains("at most 20 outstanding credits"), "{err}");
}

#[test]
fn sc2_a_cap_of_zero_is_refused_on_load() {
    let policy = CatalogPolicy {
        retake_caps: RetakeCaps {
            max_per_student: Some(0),
            ..RetakeCaps::default()
        },
        ..CatalogPolicy::umc_2020()
    };
    let err = policy.check().unwrap_err().to_string();
    assert!(err.contains("`retake_caps.max_per_student` = 0"), "{err}");
}
