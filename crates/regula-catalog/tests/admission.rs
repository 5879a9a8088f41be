//! SC-8: the documents that admit a student to an exam, as a rule over kinds — the UMC rule (the
//! student card and an identity document), "an identity document or a stamped student card"
//! (either suffices), "the student card and the identity card" (both) — and its checks on load.

use chrono::NaiveDate;
use regula_catalog::{
    AdmissionDocument, AdmissionFacts, CatalogPolicy, Document, IdDocument, admit, admit_with,
};
use regula_core::locale::{Lang, in_language};
use regula_core::{CheckedPolicy, Explanation};

use AdmissionDocument::{IdentityCard, IdentityDocument, Passport, StudentCard};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

const EXAM: &str = "2021-06-10";

fn facts(card: Option<&str>, docs: &[(IdDocument, Option<&str>)]) -> AdmissionFacts {
    AdmissionFacts {
        student: "S".into(),
        card_stamped_for: card.map(|c| c.parse().unwrap()),
        documents: docs
            .iter()
            .map(|(kind, until)| Document {
                kind: *kind,
                valid_until: until.map(day),
            })
            .collect(),
    }
}

fn with_rule(rule: Vec<Vec<AdmissionDocument>>) -> CatalogPolicy {
    let mut policy = CatalogPolicy::umc_2020();
    policy.admission_documents = rule;
    policy
}

/// The verdict, its reasons and the explanation, in `lang`.
fn door(policy: &CatalogPolicy, facts: &AdmissionFacts, lang: Lang) -> (bool, Vec<String>, String) {
    let mut why = Explanation::new();
    let a = admit_with(policy, facts, day(EXAM), &mut why);
    in_language(lang, || {
        (
            a.admitted,
            a.reasons.iter().map(|r| r.0.to_string()).collect(),
            why.to_string(),
        )
    })
}

#[test]
fn sc_8_the_umc_rule_is_the_card_and_an_identity_document_with_todays_texts() {
    let policy = CatalogPolicy::umc_2020();
    assert_eq!(
        policy.admission_documents,
        [vec![StudentCard, IdentityDocument]]
    );
    let shown = facts(Some("2020/2021"), &[(IdDocument::Passport, None)]);
    let (admitted, _, why) = door(&policy, &shown, Lang::En);
    assert!(admitted);
    assert!(
        why.ends_with(
            "S shows a student card stamped for 2020/2021 and an identity document: admitted."
        ),
        "{why}"
    );
    let (_, _, why) = door(&policy, &shown, Lang::Ro);
    assert!(
        why.ends_with(
            "S prezintă carnetul de student vizat pentru 2020/2021 și un act de identitate: admis."
        ),
        "{why}"
    );
    let (admitted, reasons, _) = door(&policy, &facts(Some("2020/2021"), &[]), Lang::En);
    assert!(!admitted);
    assert_eq!(
        reasons,
        ["no identity card, passport or driving licence besides the student card"]
    );
    let (_, reasons, _) = door(
        &policy,
        &facts(None, &[(IdDocument::Other, None)]),
        Lang::Ro,
    );
    assert_eq!(
        reasons,
        [
            "lipsește carnetul de student",
            "lipsește cartea de identitate, pașaportul sau permisul de conducere, pe lângă carnetul de student"
        ]
    );
}

#[test]
fn sc_8_either_an_identity_document_or_a_stamped_student_card_suffices() {
    let policy = with_rule(vec![vec![IdentityDocument], vec![StudentCard]]);
    let card_only = facts(Some("2020/2021"), &[]);
    let (admitted, _, why) = door(&policy, &card_only, Lang::En);
    assert!(admitted);
    assert!(
        why.ends_with("S shows a student card stamped for 2020/2021: admitted."),
        "{why}"
    );
    let id_only = facts(None, &[(IdDocument::DrivingLicence, Some("2030-01-01"))]);
    let (admitted, _, why) = door(&policy, &id_only, Lang::En);
    assert!(admitted);
    assert!(
        why.ends_with("S shows an identity document: admitted."),
        "{why}"
    );
    // Neither: what each alternative misses.
    let neither = facts(
        Some("2019/2020"),
        &[(IdDocument::Passport, Some("2021-06-09"))],
    );
    let (admitted, reasons, _) = door(&policy, &neither, Lang::En);
    assert!(!admitted);
    assert_eq!(
        reasons,
        [
            "with an identity document: every identity document shown expired before the exam day 10 June 2021",
            "with a student card stamped for 2020/2021: the student card is stamped for 2019/2020, not for the current year 2020/2021",
        ]
    );
    let (_, reasons, _) = door(&policy, &facts(None, &[]), Lang::Ro);
    assert_eq!(
        reasons,
        [
            "cu un act de identitate: lipsește cartea de identitate, pașaportul sau permisul de conducere",
            "cu carnetul de student vizat pentru 2020/2021: lipsește carnetul de student",
        ]
    );
}

#[test]
fn sc_8_both_the_student_card_and_the_identity_card_are_needed() {
    // „carnetul de student şi buletinul/cartea de identitate”.
    let policy = with_rule(vec![vec![StudentCard, IdentityCard]]);
    let both = facts(Some("2020/2021"), &[(IdDocument::IdentityCard, None)]);
    let (admitted, _, why) = door(&policy, &both, Lang::En);
    assert!(admitted);
    assert!(
        why.ends_with(
            "S shows a student card stamped for 2020/2021 and an identity card: admitted."
        ),
        "{why}"
    );
    // A passport is not the identity card this rule asks for.
    let passport = facts(Some("2020/2021"), &[(IdDocument::Passport, None)]);
    let (admitted, reasons, _) = door(&policy, &passport, Lang::En);
    assert!(!admitted);
    assert_eq!(reasons, ["no identity card"]);
    let (_, reasons, _) = door(&policy, &passport, Lang::Ro);
    assert_eq!(reasons, ["lipsește cartea de identitate"]);
    let expired = facts(None, &[(IdDocument::IdentityCard, Some("2021-06-09"))]);
    let (admitted, reasons, why) = door(&policy, &expired, Lang::En);
    assert!(!admitted);
    assert_eq!(
        reasons,
        [
            "no student card",
            "the identity card expired before the exam day 10 June 2021"
        ]
    );
    assert!(
        why.ends_with("S is not admitted: no student card; the identity card expired before the exam day 10 June 2021."),
        "{why}"
    );
    let (_, reasons, _) = door(&policy, &expired, Lang::Ro);
    assert_eq!(
        reasons[1],
        "cartea de identitate a expirat înainte de ziua examenului, 10 iunie 2021"
    );
    // Valid on the exam day itself.
    let last_day = facts(Some("2020/2021"), &[(IdDocument::IdentityCard, Some(EXAM))]);
    assert!(admit(&policy, &last_day, day(EXAM)).admitted);
}

#[test]
fn sc_8_the_first_alternative_satisfied_is_named() {
    let policy = with_rule(vec![vec![StudentCard, IdentityDocument], vec![Passport]]);
    let passport = facts(None, &[(IdDocument::Passport, None)]);
    let (admitted, reasons, why) = door(&policy, &passport, Lang::En);
    assert!(admitted && reasons.is_empty());
    assert!(why.ends_with("S shows a passport: admitted."), "{why}");
}

#[test]
fn sc_8_an_admission_rule_empty_or_with_an_empty_alternative_or_a_repeated_kind_is_refused() {
    let problems = |rule| -> Vec<String> {
        with_rule(rule)
            .problems()
            .iter()
            .map(|p| p.to_string())
            .collect()
    };
    assert_eq!(
        problems(vec![]),
        ["`admission_documents` = []: no alternative: nobody would be admitted (SC-8)"]
    );
    assert_eq!(
        problems(vec![
            vec![StudentCard, IdentityCard, StudentCard],
            vec![],
            vec![Passport, Passport]
        ]),
        [
            "`admission_documents[0][2]` = student_card: listed twice in the same alternative (SC-8)",
            "`admission_documents[1]` = []: an alternative without documents would admit anyone (SC-8)",
            "`admission_documents[2][1]` = passport: listed twice in the same alternative (SC-8)",
        ]
    );
    assert!(CatalogPolicy::umc_2020().problems().is_empty());
}

#[test]
fn sc_8_a_policy_file_states_its_admission_rule_or_keeps_the_umc_one() {
    let mut json = serde_json::to_value(CatalogPolicy::umc_2020()).unwrap();
    json.as_object_mut().unwrap().remove("admission_documents");
    let older: CatalogPolicy = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(older, CatalogPolicy::umc_2020());
    json["admission_documents"] = serde_json::json!([["identity_document"], ["student_card"]]);
    let either: CatalogPolicy = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(
        either.admission_documents,
        [vec![IdentityDocument], vec![StudentCard]]
    );
    json["admission_documents"] = serde_json::json!([["student_card", "library_card"]]);
    let err = serde_json::from_value::<CatalogPolicy>(json).unwrap_err();
    assert!(err.to_string().contains("library_card"), "{err}");
}
