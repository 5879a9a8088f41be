//! MO-1, MO-2: every condition checked, every unmet one listed.

use regula_core::{Credits, Decimal, NaiveDate};
use regula_mobility::{
    Applicant, Citizenship, ConditionStatus, ExtraCondition, LanguageLevel, MobilityError,
    MobilityKind, MobilityPolicy, eligibility_explained,
};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn credits(n: i64) -> Credits {
    Credits::new(Decimal::from(n)).unwrap()
}

fn good(kind: MobilityKind) -> Applicant {
    Applicant {
        id: "S1".into(),
        name: String::new(),
        kind,
        enrolled: true,
        study_contract_signed: true,
        extension_year: false,
        semesters_completed: 2,
        credits_due: credits(60),
        credits_earned: credits(60),
        citizenship: Citizenship::Romanian,
        language: "de".into(),
        language_level: Some(LanguageLevel::B1),
        plan_compatible: true,
        earlier_mobilities: vec![],
        cycle: None,
        months_requested: None,
        conditions_met: vec![],
    }
}

fn unmet(policy: &MobilityPolicy, a: &Applicant) -> Vec<String> {
    eligibility_explained(policy, a, day("2027-03-01"))
        .unwrap()
        .outcome
        .unmet
        .into_iter()
        .map(|c| c.condition)
        .collect()
}

#[test]
fn a_student_meeting_every_condition_is_eligible_and_the_trace_cites_mo_1() {
    let d = eligibility_explained(
        &MobilityPolicy::itp_2014(),
        &good(MobilityKind::Study),
        day("2027-03-01"),
    )
    .unwrap();
    assert!(d.outcome.eligible);
    assert!(d.explanation.cites("MO-1"));
    assert_eq!(d.explanation.steps().len(), 8);
}

#[test]
fn every_failed_condition_is_listed_not_only_the_first() {
    let mut a = good(MobilityKind::Study);
    a.enrolled = false;
    a.extension_year = true;
    a.semesters_completed = 1;
    a.credits_earned = credits(55);
    a.citizenship = Citizenship::Other;
    a.language_level = Some(LanguageLevel::A2);
    a.plan_compatible = false;
    a.earlier_mobilities = vec![MobilityKind::Study.into()];
    assert_eq!(
        unmet(&MobilityPolicy::itp_2014(), &a),
        [
            "active_status",
            "no_extension_year",
            "semesters_completed",
            "credits_up_to_date",
            "citizenship",
            "language",
            "plan_compatible",
            "no_earlier_mobility"
        ]
    );
}

#[test]
fn an_earlier_mobility_excludes_only_a_mobility_of_the_same_kind() {
    let policy = MobilityPolicy::itp_2014();
    let mut study = good(MobilityKind::Study);
    study.earlier_mobilities = vec![MobilityKind::Training.into()];
    assert!(
        unmet(&policy, &study).is_empty(),
        "MO-1: a training does not exclude a study"
    );
    let mut training = good(MobilityKind::Training);
    training.earlier_mobilities = vec![MobilityKind::Study.into()];
    assert!(
        unmet(&policy, &training).is_empty(),
        "MO-2: a study does not exclude a training"
    );
    training
        .earlier_mobilities
        .push(MobilityKind::Training.into());
    assert_eq!(unmet(&policy, &training), ["no_earlier_mobility"]);
}

#[test]
fn hungarian_needs_no_language_level_and_a_missing_level_waits_for_the_deans_test() {
    let policy = MobilityPolicy::itp_2014();
    let mut a = good(MobilityKind::Training);
    a.language = "HU".into();
    a.language_level = None;
    assert!(unmet(&policy, &a).is_empty());
    a.language = "fr".into();
    let d = eligibility_explained(&policy, &a, day("2027-03-01")).unwrap();
    assert!(!d.outcome.eligible);
    assert_eq!(d.outcome.unmet[0].status, ConditionStatus::Pending);
    assert_eq!(d.outcome.unmet[0].rule.as_str(), "MO-3");
    let strict = MobilityPolicy {
        dean_tests_language: false,
        ..policy
    };
    let d = eligibility_explained(&strict, &a, day("2027-03-01")).unwrap();
    assert_eq!(d.outcome.unmet[0].status, ConditionStatus::Failed);
}

#[test]
fn an_eu_citizen_needs_a_registration_certificate_valid_on_the_day() {
    let policy = MobilityPolicy::itp_2014();
    let mut a = good(MobilityKind::Study);
    a.citizenship = Citizenship::Eu {
        certificate_valid_until: Some(day("2027-03-01")),
    };
    assert!(
        unmet(&policy, &a).is_empty(),
        "valid through the day itself"
    );
    a.citizenship = Citizenship::Eu {
        certificate_valid_until: Some(day("2027-02-28")),
    };
    assert_eq!(unmet(&policy, &a), ["citizenship"]);
    a.citizenship = Citizenship::Eu {
        certificate_valid_until: None,
    };
    assert_eq!(unmet(&policy, &a), ["citizenship"]);
}

#[test]
fn the_committees_own_conditions_are_policy_and_unknown_ones_are_an_error() {
    let mut policy = MobilityPolicy::itp_2014();
    policy.committee_conditions = vec![ExtraCondition {
        id: "interview_attended".into(),
        description: "attended the information session".into(),
    }];
    let mut a = good(MobilityKind::Study);
    assert_eq!(unmet(&policy, &a), ["committee:interview_attended"]);
    a.conditions_met = vec!["interview_attended".into()];
    assert!(unmet(&policy, &a).is_empty());
    a.conditions_met = vec!["bogus".into()];
    let err = eligibility_explained(&policy, &a, day("2027-03-01")).unwrap_err();
    assert!(matches!(err, MobilityError::UnknownCondition { .. }));
    assert!(err.to_string().contains("`bogus`"), "{err}");
}
