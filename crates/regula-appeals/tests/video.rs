//! OX-3, AP-4: the oral exam by video as policy — who must be connected, whether a sitting is
//! valid, and until when its recording is kept (the seed's: until the appeal window closes; a
//! policy's: a deadline in days or months).

use regula_appeals::request::{DeadlinesRequest, answer_deadlines};
use regula_appeals::{AppealsPolicy, Deadline, DeadlineUnit, Moment, Participant};
use regula_core::locale::{Lang, in_language};
use regula_core::{CheckedPolicy, PolicyHistory, Versioned};

fn history(policy: AppealsPolicy) -> PolicyHistory<AppealsPolicy> {
    PolicyHistory::new(
        "test",
        vec![Versioned {
            effective_from: "2020-05-06".parse().unwrap(),
            note: String::new(),
            policy,
        }],
    )
    .unwrap()
}

fn request(connected: Option<Vec<Participant>>) -> DeadlinesRequest {
    serde_json::from_value(serde_json::json!({
        "form": "oral_by_video",
        "exam_end": "2021-01-29T12:00",
        "connected": connected,
    }))
    .unwrap()
}

/// The seed's reading: the student and the committee connected; the recording kept until the
/// video appeal window closes (4 hours after the end). Without `connected`, the outcome is as
/// it was.
#[test]
fn ox3_the_seed_sitting_and_recording() {
    let seed = history(AppealsPolicy::umc_2020());
    let plain = answer_deadlines(&seed, &request(None)).unwrap();
    let json = serde_json::to_value(&plain).unwrap();
    assert!(json["outcome"].get("video_sitting").is_none(), "{json}");
    assert!(
        json["outcome"]["deadlines"]
            .get("recording_kept_until")
            .is_none()
    );

    let answer = answer_deadlines(
        &seed,
        &request(Some(vec![Participant::Student, Participant::Committee])),
    )
    .unwrap();
    let sitting = answer.outcome.video_sitting.as_ref().unwrap();
    assert!(sitting.valid);
    assert_eq!(
        sitting.recording_kept_until.to_rfc3339(),
        "2021-01-29T16:00:00+02:00"
    );
    let answer = answer_deadlines(&seed, &request(Some(vec![Participant::Student]))).unwrap();
    let sitting = answer.outcome.video_sitting.as_ref().unwrap();
    assert!(!sitting.valid);
    assert_eq!(sitting.missing, [Participant::Committee]);
    let text = in_language(Lang::En, || answer.to_string());
    assert!(
        text.contains("Not connected: the committee's members (required: the student, the committee's members): the sitting is not valid."),
        "{text}"
    );
    let ro = in_language(Lang::Ro, || answer.to_string());
    assert!(ro.contains("examinarea nu este valabilă"), "{ro}");
}

/// A policy: the student, the committee and the holder connected; the recording kept 6 months
/// after the exam, to 24:00 on 29 July.
#[test]
fn ap4_a_recording_kept_six_months() {
    let mut policy = AppealsPolicy::umc_2020();
    policy.video_oral = serde_json::from_value(serde_json::json!({
        "participants": ["student", "committee", "holder"],
        "recording_kept": {"amount": 6, "unit": "months", "from": "exam_end"}
    }))
    .unwrap();
    assert_eq!(policy.problems(), []);
    let answer = answer_deadlines(
        &history(policy),
        &request(Some(vec![Participant::Student, Participant::Committee])),
    )
    .unwrap();
    assert_eq!(
        answer
            .outcome
            .deadlines
            .recording_kept_until
            .map(|at| at.to_rfc3339()),
        Some("2021-07-30T00:00:00+03:00".into())
    );
    let sitting = answer.outcome.video_sitting.as_ref().unwrap();
    assert_eq!(sitting.missing, [Participant::Holder]);
    assert_eq!(
        sitting.recording_kept_until,
        answer.outcome.deadlines.recording_kept_until.unwrap()
    );
    let text = answer.to_string();
    assert!(text.contains("6 months after the exam ended"), "{text}");
    // A month count from 31 August ends on the last day of a shorter month.
    let due = Deadline {
        amount: 1,
        unit: DeadlineUnit::Months,
        from: Moment::ExamEnd,
    };
    let mut policy = AppealsPolicy::umc_2020();
    policy.video_oral.recording_kept = Some(due);
    let mut late = request(None);
    late.exam_end = "2021-08-31T12:00".parse().unwrap();
    let answer = answer_deadlines(&history(policy), &late).unwrap();
    assert_eq!(
        answer
            .outcome
            .deadlines
            .recording_kept_until
            .map(|at| at.to_rfc3339()),
        Some("2021-10-01T00:00:00+03:00".into())
    );
}

/// Every problem on load, with its path and value; `connected` for another form is an error
/// naming the field.
#[test]
fn ox3_the_video_oral_policy_is_checked_and_connected_belongs_to_video() {
    let mut policy = AppealsPolicy::umc_2020();
    policy.video_oral = serde_json::from_value(serde_json::json!({
        "participants": ["student", "student"],
        "recording_kept": {"amount": 61, "unit": "months", "from": "papers_viewed"}
    }))
    .unwrap();
    let problems: Vec<String> = policy
        .problems()
        .iter()
        .map(|p| format!("{} = {}", p.field, p.value))
        .collect();
    assert_eq!(
        problems,
        [
            "video_oral.participants[1] = student",
            "video_oral.recording_kept.amount = 61",
            "video_oral.recording_kept.from = papers_viewed",
        ]
    );
    let mut quiz = request(Some(vec![Participant::Student]));
    quiz.form = regula_appeals::ExamForm::OnlineQuiz;
    let err = answer_deadlines(&history(AppealsPolicy::umc_2020()), &quiz)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`connected`") && err.contains("online quiz"),
        "{err}"
    );
}
