//! AP-1..AP-4: the grounds an appeal may use per exam form, as policy (`grounds_by_form`):
//! technical, marking, both or none, and whether technical grounds need proof. The seed's
//! reading (a quiz: technical only, with proof; other forms: any grounds) is the default.

use regula_appeals::{
    AcceptedGrounds, Appeal, AppealsPolicy, ExamFacts, ExamForm, Grounds, Refusal, check_appeal,
    check_appeal_explained, deadlines,
};
use regula_calendar::Instant;
use regula_core::CheckedPolicy;
use regula_core::locale::{Lang, in_language};

fn at(text: &str) -> Instant {
    text.parse().unwrap()
}

fn appeal(grounds: Grounds, proof: bool) -> Appeal {
    Appeal {
        filed_at: at("2021-01-25T13:00"),
        grounds,
        proof,
    }
}

fn policy(grounds: serde_json::Value) -> AppealsPolicy {
    let mut policy = serde_json::to_value(AppealsPolicy::umc_2020()).unwrap();
    policy["grounds_by_form"] = grounds;
    serde_json::from_value(policy).unwrap()
}

fn video() -> ExamFacts {
    ExamFacts::ended(ExamForm::OralByVideo, at("2021-01-25T12:00"))
}

/// The seed's reading is the default: a quiz on technical grounds only, with proof; a video
/// oral on any grounds, no proof asked. The policy written out has no `grounds_by_form`.
#[test]
fn ap_the_seed_grounds_are_the_default() {
    let seed = AppealsPolicy::umc_2020();
    let json = serde_json::to_value(&seed).unwrap();
    assert!(json.get("grounds_by_form").is_none());
    let quiz = ExamFacts::ended(ExamForm::OnlineQuiz, at("2021-01-25T12:00"));
    let window = deadlines(&seed, &quiz).unwrap().appeal;
    assert_eq!(window.grounds, AcceptedGrounds::TechnicalOnly);
    assert!(window.technical_proof);
    let window = deadlines(&seed, &video()).unwrap().appeal;
    assert_eq!(window.grounds, AcceptedGrounds::Any);
    assert!(!window.technical_proof);
    let verdict = check_appeal(&seed, &quiz, &appeal(Grounds::Marking, false)).unwrap();
    assert_eq!(
        verdict.refusals,
        [Refusal::GroundsNotAccepted {
            grounds: Grounds::Marking,
            accepted: AcceptedGrounds::TechnicalOnly,
            form: None,
        }]
    );
}

/// A faculty that "accepts no appeal for technical problems": a video oral on marking grounds
/// only. A technical appeal is refused, naming the grounds the policy accepts for the form.
#[test]
fn ap4_no_appeal_for_technical_problems() {
    let policy = policy(serde_json::json!([
        {"form": "oral_by_video", "grounds": ["marking"]}
    ]));
    assert_eq!(policy.problems(), []);
    let window = deadlines(&policy, &video()).unwrap().appeal;
    assert_eq!(window.grounds, AcceptedGrounds::MarkingOnly);
    let verdict = check_appeal(&policy, &video(), &appeal(Grounds::Technical, true)).unwrap();
    assert!(!verdict.admissible);
    assert_eq!(
        verdict.refusals,
        [Refusal::GroundsNotAccepted {
            grounds: Grounds::Technical,
            accepted: AcceptedGrounds::MarkingOnly,
            form: Some(ExamForm::OralByVideo),
        }]
    );
    assert_eq!(
        verdict.to_string(),
        "not admissible: technical grounds are not accepted: an appeal against the oral-by-video exam is on marking grounds only"
    );
    let ro = in_language(Lang::Ro, || verdict.to_string());
    assert!(ro.contains("numai motive privind notarea"), "{ro}");
    assert!(
        check_appeal(&policy, &video(), &appeal(Grounds::Marking, false))
            .unwrap()
            .admissible
    );
}

/// A form with no appeal at all, and technical grounds that need proof on another form; the
/// explanation gives the policy's grounds under the form's rule.
#[test]
fn ap_no_appeal_at_all_and_proof_by_form() {
    let policy = policy(serde_json::json!([
        {"form": "online_quiz", "grounds": []},
        {"form": "oral_by_video", "grounds": ["technical", "marking"], "technical_proof": true}
    ]));
    let quiz = ExamFacts::ended(ExamForm::OnlineQuiz, at("2021-01-25T12:00"));
    let verdict = check_appeal(&policy, &quiz, &appeal(Grounds::Technical, true)).unwrap();
    assert_eq!(verdict.window.grounds, AcceptedGrounds::NoAppeal);
    assert_eq!(
        verdict.to_string(),
        "not admissible: no appeal is accepted against the online quiz exam"
    );
    let verdict = check_appeal(&policy, &video(), &appeal(Grounds::Technical, false)).unwrap();
    assert_eq!(verdict.refusals, [Refusal::Unproven]);
    let decision =
        check_appeal_explained(&policy, &video(), &appeal(Grounds::Technical, true)).unwrap();
    let text = decision.to_string();
    assert!(
        text.contains("AP-4")
            && text.contains("Technical grounds, with proof: accepted for the oral-by-video exam."),
        "{text}"
    );
}

/// Every problem of `grounds_by_form` on load, with its path and value.
#[test]
fn ap_grounds_by_form_are_checked_on_load() {
    let policy = policy(serde_json::json!([
        {"form": "online_quiz", "grounds": ["technical", "technical"]},
        {"form": "online_quiz", "grounds": ["marking"], "technical_proof": true}
    ]));
    let problems: Vec<String> = policy
        .problems()
        .iter()
        .map(|p| format!("{} = {}", p.field, p.value))
        .collect();
    assert_eq!(
        problems,
        [
            "grounds_by_form[0].grounds[1] = technical",
            "grounds_by_form[1].form = online_quiz",
            "grounds_by_form[1].technical_proof = true",
        ]
    );
    let mut json = serde_json::to_value(AppealsPolicy::umc_2020()).unwrap();
    json["grounds_by_form"] = serde_json::json!([{"form": "online_quiz", "grounds": ["software"]}]);
    let err = serde_json::from_value::<AppealsPolicy>(json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("software"), "{err}");
}
