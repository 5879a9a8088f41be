//! MO-1, MO-2: earlier Erasmus+ mobilities as policy — no earlier mobility of the same kind (the
//! default), or a budget of months per study cycle, every earlier month of the cycle counted.

use regula_core::locale::Lang;
use regula_core::{CheckedPolicy, Credits, Decimal, NaiveDate};
use regula_mobility::{
    Applicant, Citizenship, EarlierMobility, EarlierMobilityRule, EligibilityVerdict,
    LanguageLevel, MobilityError, MobilityKind, MobilityPolicy, StudyCycle, eligibility_explained,
};

fn credits(n: i64) -> Credits {
    Credits::new(Decimal::from(n)).unwrap()
}

fn applicant(kind: MobilityKind) -> Applicant {
    Applicant {
        id: "S1".into(),
        name: String::new(),
        kind,
        enrolled: true,
        study_contract_signed: true,
        extension_year: false,
        semesters_completed: 4,
        credits_due: credits(120),
        credits_earned: credits(120),
        citizenship: Citizenship::Romanian,
        language: "en".into(),
        language_level: Some(LanguageLevel::B2),
        plan_compatible: true,
        earlier_mobilities: vec![],
        cycle: Some(StudyCycle::Bachelor),
        months_requested: None,
        conditions_met: vec![],
    }
}

fn done(kind: MobilityKind, cycle: StudyCycle, months: u32) -> EarlierMobility {
    EarlierMobility {
        kind,
        cycle: Some(cycle),
        months: Some(months),
    }
}

fn twelve_a_cycle() -> MobilityPolicy {
    MobilityPolicy {
        earlier_mobility: EarlierMobilityRule::MonthsPerCycle { months: 12 },
        ..MobilityPolicy::itp_2014()
    }
}

fn decide(policy: &MobilityPolicy, a: &Applicant) -> Result<EligibilityVerdict, MobilityError> {
    eligibility_explained(policy, a, "2027-03-01".parse::<NaiveDate>().unwrap()).map(|d| d.outcome)
}

/// The reason of the months condition, in English, as the explanation states it.
fn months_reason(policy: &MobilityPolicy, a: &Applicant) -> String {
    let d = eligibility_explained(policy, a, "2027-03-01".parse().unwrap()).unwrap();
    let step = d
        .explanation
        .steps()
        .iter()
        .map(|s| s.to_string())
        .find(|s| s.contains("mobility_months"))
        .unwrap();
    assert!(
        step.starts_with("MO-1") || step.starts_with("MO-2"),
        "{step}"
    );
    step
}

#[test]
fn mo_1_five_earlier_months_leave_seven_and_the_decision_says_so() {
    let policy = twelve_a_cycle();
    let mut a = applicant(MobilityKind::Study);
    a.earlier_mobilities = vec![
        done(MobilityKind::Training, StudyCycle::Bachelor, 5),
        // Another cycle's months are not counted.
        done(MobilityKind::Study, StudyCycle::Master, 10),
    ];
    let verdict = decide(&policy, &a).unwrap();
    assert!(verdict.eligible, "{verdict}");
    // The verdict carries the number too, for a records system to offer at most 7 months.
    assert_eq!(verdict.months_left, Some(7));
    assert_eq!(serde_json::to_value(&verdict).unwrap()["months_left"], 7);
    // Under "no earlier mobility" there is no budget to state.
    let seed = decide(&MobilityPolicy::itp_2014(), &applicant(MobilityKind::Study)).unwrap();
    assert_eq!(seed.months_left, None);
    assert!(
        serde_json::to_value(&seed)
            .unwrap()
            .get("months_left")
            .is_none()
    );
    let why = months_reason(&policy, &a);
    assert!(
        why.contains(
            "5 months of the 12 of the bachelor's cycle used: eligible for up to 7 more months"
        ),
        "{why}"
    );
    a.months_requested = Some(7);
    assert!(decide(&policy, &a).unwrap().eligible);
}

#[test]
fn mo_1_asking_more_months_than_remain_is_refused_with_the_numbers_in_both_languages() {
    let policy = twelve_a_cycle();
    let mut a = applicant(MobilityKind::Study);
    a.earlier_mobilities = vec![done(MobilityKind::Study, StudyCycle::Bachelor, 5)];
    a.months_requested = Some(8);
    let verdict = decide(&policy, &a).unwrap();
    assert!(!verdict.eligible);
    assert_eq!(verdict.unmet.len(), 1);
    let unmet = &verdict.unmet[0];
    assert_eq!(unmet.condition, "mobility_months");
    assert_eq!(unmet.rule.as_str(), "MO-1");
    assert_eq!(
        unmet.reason.0.render(Lang::En),
        "8 months asked, but 5 of the 12 months of the bachelor's cycle are used: only 7 remain"
    );
    assert_eq!(
        unmet.reason.0.render(Lang::Ro),
        "8 luni cerute, dar 5 din cele 12 luni ale ciclului de licență sunt folosite: mai rămân doar 7"
    );
}

#[test]
fn mo_2_a_training_counts_every_earlier_month_of_the_cycle_whatever_its_kind() {
    let policy = twelve_a_cycle();
    let mut a = applicant(MobilityKind::Training);
    a.earlier_mobilities = vec![
        done(MobilityKind::Study, StudyCycle::Bachelor, 5),
        done(MobilityKind::Training, StudyCycle::Bachelor, 6),
    ];
    // One month remains, fewer than the shortest training mobility (2, MO-9).
    let verdict = decide(&policy, &a).unwrap();
    assert_eq!(verdict.unmet[0].condition, "mobility_months");
    assert_eq!(verdict.unmet[0].rule.as_str(), "MO-2");
    assert_eq!(
        verdict.unmet[0].reason.0.render(Lang::En),
        "11 of the 12 months of the bachelor's cycle used: 1 remains, fewer than the shortest mobility of 2 months"
    );
}

#[test]
fn mo_1_the_default_rule_ignores_months_and_still_excludes_an_earlier_mobility_of_the_kind() {
    let policy = MobilityPolicy::itp_2014();
    let mut a = applicant(MobilityKind::Study);
    a.cycle = None;
    a.earlier_mobilities = vec![done(MobilityKind::Study, StudyCycle::Bachelor, 1)];
    a.months_requested = Some(3);
    let verdict = decide(&policy, &a).unwrap();
    assert_eq!(verdict.unmet.len(), 1);
    assert_eq!(verdict.unmet[0].condition, "no_earlier_mobility");
}

#[test]
fn mo_1_a_budget_needs_the_cycle_and_each_earlier_mobilitys_months_named_when_missing() {
    let policy = twelve_a_cycle();
    let mut a = applicant(MobilityKind::Study);
    a.cycle = None;
    assert_eq!(
        decide(&policy, &a).unwrap_err().to_string(),
        "applicant `S1`: `cycle` = absent: a budget of months per study cycle needs it (MO-1)"
    );
    a.cycle = Some(StudyCycle::Master);
    a.earlier_mobilities = vec![MobilityKind::Study.into()];
    assert_eq!(
        decide(&policy, &a).unwrap_err().to_string(),
        "applicant `S1`: `earlier_mobilities[0].cycle` = absent: a budget of months per study cycle needs it (MO-1)"
    );
    a.earlier_mobilities = vec![done(MobilityKind::Study, StudyCycle::Master, 0)];
    assert_eq!(
        decide(&policy, &a).unwrap_err().to_string(),
        "applicant `S1`: `earlier_mobilities[0].months` = 0: a mobility lasts at least one month"
    );
}

#[test]
fn mo_1_a_budget_that_allows_no_mobility_is_refused_on_load() {
    let mut policy = MobilityPolicy::itp_2014();
    policy.earlier_mobility = EarlierMobilityRule::MonthsPerCycle { months: 1 };
    let found: Vec<String> = policy.problems().iter().map(|p| p.to_string()).collect();
    assert_eq!(
        found,
        [
            "`earlier_mobility.months` = 1: a budget of fewer months than the shortest mobility (2) allows none (MO-1, MO-9)"
        ]
    );
}

#[test]
fn mo_1_earlier_mobilities_read_as_bare_kinds_or_with_months_and_write_back_as_given() {
    let json = serde_json::json!([
        "study",
        { "kind": "training", "cycle": "master", "months": 3 }
    ]);
    let read: Vec<EarlierMobility> = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(read[0], MobilityKind::Study.into());
    assert_eq!(read[1], done(MobilityKind::Training, StudyCycle::Master, 3));
    assert_eq!(serde_json::to_value(&read).unwrap(), json);
    let err = serde_json::from_value::<EarlierMobility>(serde_json::json!(3))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("a kind of mobility (`study`, `training`) or an object"),
        "{err}"
    );
    let err =
        serde_json::from_value::<EarlierMobility>(serde_json::json!({"kind": "study", "weeks": 3}))
            .unwrap_err()
            .to_string();
    assert!(err.contains("unknown field `weeks`"), "{err}");
    let policy: MobilityPolicy = serde_json::from_value({
        let mut p = serde_json::to_value(MobilityPolicy::itp_2014()).unwrap();
        p["earlier_mobility"] = serde_json::json!({ "rule": "months_per_cycle", "months": 12 });
        p
    })
    .unwrap();
    assert_eq!(policy, twelve_a_cycle());
}
