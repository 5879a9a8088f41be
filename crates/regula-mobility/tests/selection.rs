//! MO-5..MO-8: the call, the committee, the points, the ranking, the places, the minutes.

use std::collections::BTreeMap;

use regula_core::Decimal;
use regula_mobility::{
    Application, Awaited, Committee, FieldPlaces, Member, MobilityError, MobilityPolicy, Outcome,
    Scale, TieBreak, Votes, check_minutes, select_explained, validate_committee,
};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn app(candidate: &str, field: &str, average: &str, letter: &str) -> Application {
    let mut scores = BTreeMap::new();
    scores.insert("weighted_average".to_owned(), dec(average));
    scores.insert("letter_cv_recommendation".to_owned(), dec(letter));
    Application {
        candidate: candidate.into(),
        name: String::new(),
        field: field.into(),
        completed_at: None,
        scores,
        activities: BTreeMap::new(),
        exclusions: vec![],
        found_exclusions: vec![],
        progress: Default::default(),
    }
}

fn fields(list: &[(&str, u32)]) -> Vec<FieldPlaces> {
    list.iter()
        .map(|(f, p)| FieldPlaces {
            field: (*f).into(),
            places: *p,
        })
        .collect()
}

#[test]
fn the_score_is_the_weighted_sum_with_capped_activities_and_its_breakdown() {
    let mut a = app("S1", "theology", "9.20", "8");
    a.scores.insert("interview".into(), dec("9"));
    a.activities.insert(
        "scientific".into(),
        vec![
            "student_conference_mention".into(),
            "publication_class_a".into(),
            "competition_mention".into(),
        ],
    );
    let d = select_explained(
        &MobilityPolicy::itp_2014(),
        &fields(&[("theology", 1)]),
        &[a],
        true,
    )
    .unwrap();
    let r = &d.outcome.fields[0].ranking[0];
    // 9.20×5 + 8×2 + 9×1 + min(5+5+3, 10)×1 + 0 = 46 + 16 + 9 + 10 = 81
    assert_eq!(r.total, dec("81"));
    let points: Vec<Decimal> = r.breakdown.iter().map(|c| c.points).collect();
    assert_eq!(
        points,
        [dec("46"), dec("16"), dec("9"), dec("10"), dec("0")]
    );
    assert!(r.breakdown[2].assessed && !r.breakdown[4].assessed);
    assert_eq!(
        r.outcome,
        Outcome::Selected {
            grant_confirmed: false,
            waiting_for: vec![Awaited::EnrolmentProof, Awaited::LearningAgreement]
        },
        "MO-8: provisional until the host's proof and the agreement are in"
    );
    assert!(d.explanation.cites("MO-7") && d.explanation.cites("MO-8"));
}

#[test]
fn places_then_the_reserve_list_then_not_selected() {
    let mut policy = MobilityPolicy::itp_2014();
    policy.reserve_list = Some(1);
    let apps = [
        app("A", "f", "6", "5"),
        app("B", "f", "9", "5"),
        app("C", "f", "8", "5"),
        app("D", "f", "7", "5"),
    ];
    let d = select_explained(&policy, &fields(&[("f", 2)]), &apps, true).unwrap();
    let got: Vec<(&str, &Outcome)> = d.outcome.fields[0]
        .ranking
        .iter()
        .map(|r| (r.candidate.as_str(), &r.outcome))
        .collect();
    let selected = Outcome::Selected {
        grant_confirmed: false,
        waiting_for: vec![Awaited::EnrolmentProof, Awaited::LearningAgreement],
    };
    assert_eq!(
        got,
        [
            ("B", &selected),
            ("C", &selected),
            ("D", &Outcome::Reserve { position: 1 }),
            ("A", &Outcome::NotSelected)
        ]
    );
}

#[test]
fn ties_are_broken_by_the_published_order() {
    // Equal totals: 9×5 + 5×2 = 55 and 8×5 + 7.5×2 = 55.
    let apps = [app("Z", "f", "9", "5"), app("A", "f", "8", "7.5")];
    let policy = MobilityPolicy::itp_2014();
    let d = select_explained(&policy, &fields(&[("f", 1)]), &apps, true).unwrap();
    let order: Vec<&str> = d.outcome.fields[0]
        .ranking
        .iter()
        .map(|r| r.candidate.as_str())
        .collect();
    assert_eq!(order, ["Z", "A"], "the higher weighted average first");
    let reversed = [apps[1].clone(), apps[0].clone()];
    let d = select_explained(&policy, &fields(&[("f", 1)]), &reversed, true).unwrap();
    assert_eq!(
        d.outcome.fields[0].ranking[0].candidate, "Z",
        "whatever the order of the applications"
    );
    let mut by_id = policy.clone();
    by_id.points.tie_break = vec![TieBreak::CandidateId];
    let d = select_explained(&by_id, &fields(&[("f", 1)]), &apps, true).unwrap();
    assert_eq!(d.outcome.fields[0].ranking[0].candidate, "A");
    let mut earlier = policy;
    earlier.points.tie_break = vec![TieBreak::EarlierSubmission];
    let mut apps = apps;
    apps[0].completed_at = Some("2027-02-20T10:00".parse().unwrap());
    apps[1].completed_at = Some("2027-02-19T10:00".parse().unwrap());
    let d = select_explained(&earlier, &fields(&[("f", 1)]), &apps, true).unwrap();
    assert_eq!(d.outcome.fields[0].ranking[0].candidate, "A");
}

#[test]
fn bad_input_is_an_error_naming_it() {
    let policy = MobilityPolicy::itp_2014();
    let f = fields(&[("f", 1), ("g", 1)]);
    let two = [app("S1", "f", "9", "5"), app("S1", "g", "9", "5")];
    let err = select_explained(&policy, &f, &two, true).unwrap_err();
    assert!(
        matches!(err, MobilityError::CandidateInTwoFields { .. }),
        "{err}"
    );
    let mut allowed = policy.clone();
    allowed.one_field_per_candidate = false;
    assert!(select_explained(&allowed, &f, &two, true).is_ok());

    let mut negative = policy.clone();
    negative.points.criteria[1].weight = dec("-2");
    let err = select_explained(&negative, &f, &[app("S1", "f", "9", "5")], true).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid mobility policy: `points.criteria[1].weight` = -2: criterion `letter_cv_recommendation`: a weight cannot be negative (MO-7)"
    );

    let err = select_explained(&policy, &f, &[app("S1", "f", "10.5", "5")], true).unwrap_err();
    assert!(
        err.to_string()
            .contains("`weighted_average` = 10.5 is outside its scale 1..10"),
        "{err}"
    );
    let err = select_explained(&policy, &f, &[app("S1", "x", "9", "5")], true).unwrap_err();
    assert!(matches!(err, MobilityError::UnknownField { .. }));
    let mut unknown = app("S1", "f", "9", "5");
    unknown
        .activities
        .insert("social".into(), vec!["karaoke".into()]);
    let err = select_explained(&policy, &f, &[unknown], true).unwrap_err();
    assert!(
        err.to_string().contains("no points for activity `karaoke`"),
        "{err}"
    );
    let mut stray = app("S1", "f", "9", "5");
    stray.scores.insert("charisma".into(), dec("9"));
    let err = select_explained(&policy, &f, &[stray], true).unwrap_err();
    assert!(
        matches!(&err, MobilityError::UnknownCriterion { criterion, .. } if criterion == "charisma"),
        "{err}"
    );
    let mut missing = app("S1", "f", "9", "5");
    missing.scores.remove("weighted_average");
    let err = select_explained(&policy, &f, &[missing], true).unwrap_err();
    assert!(matches!(err, MobilityError::MissingScore { .. }));
    let mut bad_scale = policy.clone();
    bad_scale.points.criteria[0].scale = Scale::Range {
        min: dec("10"),
        max: dec("1"),
    };
    assert!(select_explained(&bad_scale, &f, &[], true).is_err());
}

#[test]
fn excluded_applications_are_listed_with_their_reasons_not_ranked() {
    let mut out = app("S2", "f", "10", "10");
    out.exclusions = vec!["MO-4 transcript: not handed in".into()];
    let d = select_explained(
        &MobilityPolicy::itp_2014(),
        &fields(&[("f", 1)]),
        &[app("S1", "f", "6", "5"), out],
        true,
    )
    .unwrap();
    let field = &d.outcome.fields[0];
    assert_eq!(field.ranking.len(), 1);
    assert_eq!(field.ranking[0].candidate, "S1");
    assert_eq!(field.excluded[0].candidate, "S2");
}

fn member(name: &str, field: &str) -> Member {
    Member {
        name: name.into(),
        id: None,
        field: field.into(),
        student_organisation: false,
        declaration_signed: true,
        family_ties: vec![],
    }
}

#[test]
fn every_breach_of_the_committee_rules_is_reported() {
    let mut student = member("Student", "");
    student.student_organisation = true;
    student.id = Some("S1".into());
    let mut related = member("Prof. B", "theology");
    related.family_ties = vec!["S2".into()];
    related.declaration_signed = false;
    let committee = Committee {
        named_by_rector: false,
        members: vec![member("Prof. A", "theology"), related, student],
        secretary: None,
    };
    let found: Vec<String> =
        validate_committee(&MobilityPolicy::itp_2014(), &committee, &["S1", "S2"])
            .into_iter()
            .map(|v| v.to_string())
            .collect();
    assert_eq!(
        found,
        [
            "MO-6: the committee is not named by the Rector",
            "MO-6: student member Student is also a candidate",
            "MO-6: members Prof. A, Prof. B all represent `theology`; the members come from different fields",
            "MO-6: Prof. B has not signed the conflict-of-interest declaration",
            "MO-6: Prof. B has a family tie with candidate S2",
            "MO-6: no secretary: the Erasmus+ coordinator is the committee's secretary",
        ]
    );
    let two = Committee {
        named_by_rector: true,
        members: vec![member("A", "x"), member("B", "y")],
        secretary: Some("Coordinator".into()),
    };
    let found = validate_committee(&MobilityPolicy::itp_2014(), &two, &[]);
    assert_eq!(found.len(), 2, "{found:?}"); // too few, and no student member
}

#[test]
fn mo_6_a_requirement_the_policy_does_not_ask_is_not_a_breach() {
    // A faculty committee of three professors, named by the Dean, without a student member or a
    // secretary and with no declarations asked: only the family tie and the student member who
    // applies (always a conflict) remain breaches.
    let mut student = member("Student", "");
    student.student_organisation = true;
    student.id = Some("S1".into());
    let mut related = member("Prof. B", "theology");
    related.family_ties = vec!["S2".into()];
    related.declaration_signed = false;
    let committee = Committee {
        named_by_rector: false,
        members: vec![member("Prof. A", "theology"), related, student],
        secretary: None,
    };
    let mut policy = MobilityPolicy::itp_2014();
    policy.committee.named_by_rector = false;
    policy.committee.student_member = false;
    policy.committee.secretary = false;
    policy.committee.conflict_declarations = false;
    policy.committee.distinct_fields = false;
    let found: Vec<String> = validate_committee(&policy, &committee, &["S1", "S2"])
        .into_iter()
        .map(|v| v.to_string())
        .collect();
    assert_eq!(
        found,
        [
            "MO-6: student member Student is also a candidate",
            "MO-6: Prof. B has a family tie with candidate S2",
        ]
    );
    policy.committee.no_family_ties = false;
    assert_eq!(
        validate_committee(&policy, &committee, &["S1", "S2"]).len(),
        1
    );
    let no_student = Committee {
        members: vec![member("A", "x"), member("B", "x"), member("C", "y")],
        ..committee
    };
    assert!(validate_committee(&policy, &no_student, &[]).is_empty());
    // A policy file that does not mention the requirements asks every one (the seed's reading).
    let mut json = serde_json::to_value(MobilityPolicy::itp_2014()).unwrap();
    json["committee"] = serde_json::json!({ "min_members": 3, "distinct_fields": true });
    let read: MobilityPolicy = serde_json::from_value(json).unwrap();
    assert_eq!(read, MobilityPolicy::itp_2014());
}

#[test]
fn the_minutes_need_every_part_every_signature_a_simple_majority_and_the_rector() {
    let committee = Committee {
        named_by_rector: true,
        members: vec![member("A", "x"), member("B", "y"), member("C", "z")],
        secretary: Some("Coordinator".into()),
    };
    let mut minutes = regula_mobility::Minutes {
        lists_committee: true,
        lists_criteria: true,
        lists_applications: true,
        lists_results: true,
        signed_by: vec!["A".into(), "B".into(), "C".into()],
        rector_countersigned: true,
        votes: Votes {
            in_favour: 2,
            against: 1,
            abstentions: 0,
        },
    };
    assert!(check_minutes(&committee, &minutes).unwrap().is_empty());
    minutes.votes = Votes {
        in_favour: 1,
        against: 1,
        abstentions: 1,
    };
    minutes.signed_by.pop();
    minutes.lists_criteria = false;
    minutes.rector_countersigned = false;
    let found: Vec<String> = check_minutes(&committee, &minutes)
        .unwrap()
        .into_iter()
        .map(|v| regula_core::locale::in_language(regula_core::locale::Lang::En, || v.text()))
        .collect();
    assert_eq!(
        found,
        [
            "the minutes do not give the selection criteria",
            "C has not signed the minutes",
            "no simple majority: 1 in favour, 1 against, 1 abstentions",
            "the Rector has not countersigned the decision"
        ]
    );
    minutes.votes.in_favour = 2;
    assert!(
        check_minutes(&committee, &minutes).is_err(),
        "4 votes from 3 members"
    );
    // A signature of someone not on the committee is named; 3 of 5 is a simple majority.
    let five = Committee {
        members: ["A", "B", "C", "D", "E"]
            .iter()
            .map(|n| member(n, "x"))
            .collect(),
        ..committee
    };
    let minutes = regula_mobility::Minutes {
        lists_committee: true,
        lists_criteria: true,
        lists_applications: true,
        lists_results: true,
        signed_by: ["A", "B", "C", "D", "E", "Z"]
            .iter()
            .map(|n| (*n).into())
            .collect(),
        rector_countersigned: true,
        votes: Votes {
            in_favour: 3,
            against: 2,
            abstentions: 0,
        },
    };
    let found: Vec<String> = check_minutes(&five, &minutes)
        .unwrap()
        .into_iter()
        .map(|v| regula_core::locale::in_language(regula_core::locale::Lang::En, || v.text()))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains('Z'), "{found:?}");
}

#[test]
fn points_too_large_for_a_decimal_are_an_error_not_a_panic() {
    let mut policy = MobilityPolicy::itp_2014();
    policy.points.criteria[0].weight = Decimal::MAX;
    policy.points.criteria[0].scale = Scale::Range {
        min: dec("1"),
        max: Decimal::MAX,
    };
    let err = select_explained(
        &policy,
        &fields(&[("f", 1)]),
        &[app("S1", "f", "9", "5")],
        true,
    )
    .unwrap_err();
    assert!(err.to_string().contains("overflow"), "{err}");
}
