//! MO-7, MO-8 for any selection, not only Erasmus+ grants: ordering-only criteria that break
//! ties on their raw values, the award named by the policy in both languages, minimums per
//! criterion, and the policy's checks.

use std::collections::BTreeMap;

use regula_core::locale::{Lang, in_language};
use regula_core::{CheckedPolicy, Decimal};
use regula_mobility::request::SelectOutcome;
use regula_mobility::{
    Application, Award, AwardWords, Criterion, FieldPlaces, Gender, MobilityPolicy, Outcome,
    PointsSystem, Scale, Selection, TieBreak, select_explained,
};

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn criterion(id: &str, weight: &str, min: &str, max: &str) -> Criterion {
    Criterion {
        id: id.into(),
        label: id.into(),
        weight: dec(weight),
        scale: Scale::Range {
            min: dec(min),
            max: dec(max),
        },
        optional: false,
        minimum: None,
    }
}

/// A hall of residence's places (*locuri în cămin*): ranked by a social score; ties broken by
/// the year's average, then by the language grade, both of weight 0.
fn hall_of_residence() -> MobilityPolicy {
    let mut policy = MobilityPolicy::itp_2014();
    policy.points = PointsSystem {
        criteria: vec![
            criterion("social_score", "1", "0", "100"),
            criterion("year_average", "0", "1", "10"),
            criterion("language", "0", "1", "10"),
        ],
        tie_break: vec![
            TieBreak::HigherCriterion("year_average".into()),
            TieBreak::HigherCriterion("language".into()),
        ],
    };
    policy.award = Award {
        ro: AwardWords {
            one: "loc în cămin".into(),
            other: "locuri în cămin".into(),
            the: "locul în cămin".into(),
        },
        gender: Gender::Neuter,
        en: AwardWords {
            one: "place in the hall of residence".into(),
            other: "places in the hall of residence".into(),
            the: "the place in the hall of residence".into(),
        },
        title: None,
        confirmed_by: vec![],
    };
    policy
}

fn app(candidate: &str, scores: &[(&str, &str)]) -> Application {
    Application {
        candidate: candidate.into(),
        name: String::new(),
        field: "f".into(),
        completed_at: None,
        scores: scores
            .iter()
            .map(|(c, v)| ((*c).to_owned(), dec(v)))
            .collect::<BTreeMap<_, _>>(),
        activities: BTreeMap::new(),
        exclusions: vec![],
        found_exclusions: vec![],
        progress: Default::default(),
    }
}

fn field(places: u32) -> Vec<FieldPlaces> {
    vec![FieldPlaces {
        field: "f".into(),
        places,
    }]
}

fn order(selection: &Selection) -> Vec<&str> {
    selection.fields[0]
        .ranking
        .iter()
        .map(|r| r.candidate.as_str())
        .collect()
}

#[test]
fn mo_7_a_weight_0_criterion_breaks_ties_on_its_raw_value_in_the_stated_order() {
    let apps = [
        app(
            "A",
            &[
                ("social_score", "80"),
                ("year_average", "8"),
                ("language", "7"),
            ],
        ),
        app(
            "B",
            &[
                ("social_score", "80"),
                ("year_average", "8"),
                ("language", "9"),
            ],
        ),
        app(
            "C",
            &[
                ("social_score", "80"),
                ("year_average", "9.5"),
                ("language", "5"),
            ],
        ),
        app(
            "D",
            &[
                ("social_score", "81"),
                ("year_average", "5"),
                ("language", "5"),
            ],
        ),
    ];
    let policy = hall_of_residence();
    let d = select_explained(&policy, &field(2), &apps, true).unwrap();
    // D has the most points; C, B and A tie at 80: the average puts C first, then the language
    // grade B before A — both criteria weigh 0, so their points are all 0.
    assert_eq!(order(&d.outcome), ["D", "C", "B", "A"]);
    let ranking = &d.outcome.fields[0].ranking;
    assert!(ranking[1..].iter().all(|r| r.total == dec("80")));
    assert!(
        ranking
            .iter()
            .all(|r| r.breakdown[1].points.is_zero() && r.breakdown[2].points.is_zero())
    );
    let why = in_language(Lang::En, || d.explanation.to_string());
    assert!(
        why.contains(
            "ties broken by the higher `year_average`, the higher `language`, the candidate id"
        ),
        "{why}"
    );

    // The stated order matters: the language grade first puts B before C.
    let mut language_first = policy;
    language_first.points.tie_break.reverse();
    let d = select_explained(&language_first, &field(2), &apps, true).unwrap();
    assert_eq!(order(&d.outcome), ["D", "B", "A", "C"]);
}

#[test]
fn mo_7_a_tie_break_compares_raw_values_not_weighted_points() {
    // A weight of 2 and a raw tie-break rank alike; the ITP default is unchanged.
    let mut policy = MobilityPolicy::itp_2014();
    policy.points.criteria[1].weight = dec("0");
    policy.points.tie_break = vec![TieBreak::HigherCriterion("letter_cv_recommendation".into())];
    let itp = |c: &str, average: &str, letter: &str| {
        app(
            c,
            &[
                ("weighted_average", average),
                ("letter_cv_recommendation", letter),
            ],
        )
    };
    let apps = [itp("A", "9", "4"), itp("B", "9", "6")];
    let d = select_explained(&policy, &field(1), &apps, true).unwrap();
    assert_eq!(
        order(&d.outcome),
        ["B", "A"],
        "weight 0, still breaks the tie"
    );
}

fn confirmed_texts(policy: &MobilityPolicy, lang: Lang) -> (String, String) {
    let apps = [app(
        "S1",
        &[
            ("social_score", "80"),
            ("year_average", "8"),
            ("language", "7"),
            ("weighted_average", "9"),
            ("letter_cv_recommendation", "8"),
        ]
        .into_iter()
        .filter(|(c, _)| policy.points.criteria.iter().any(|k| k.id == *c))
        .collect::<Vec<_>>(),
    )];
    let mut app = apps[0].clone();
    app.progress.enrolment_proof = true;
    app.progress.learning_agreement_signed = true;
    let d = select_explained(policy, &field(1), &[app], true).unwrap();
    let outcome = SelectOutcome {
        procedure_valid: true,
        call_violations: vec![],
        minutes_violations: vec![],
        selection: d.outcome,
    };
    in_language(lang, || (outcome.to_string(), d.explanation.to_string()))
}

#[test]
fn mo_8_the_award_is_named_by_the_policy_in_both_languages() {
    let policy = hall_of_residence();
    let (text, why) = confirmed_texts(&policy, Lang::Ro);
    assert!(text.starts_with("Selecție: locuri în cămin\n"), "{text}");
    assert!(text.contains("selectat, loc în cămin confirmat"), "{text}");
    assert!(why.contains("S1: locul în cămin este confirmat."), "{why}");
    let (text, why) = confirmed_texts(&policy, Lang::En);
    assert!(
        text.starts_with("Selection: places in the hall of residence\n"),
        "{text}"
    );
    assert!(
        text.contains("selected, place in the hall of residence confirmed"),
        "{text}"
    );
    assert!(
        why.contains("S1: the place in the hall of residence is confirmed."),
        "{why}"
    );
    for lang in Lang::ALL {
        let (text, why) = confirmed_texts(&policy, lang);
        for word in ["Erasmus", "grant", "bursă", "bursa", "funding", "fondurile"] {
            assert!(
                !text.contains(word) && !why.contains(word),
                "{word}: {text}\n{why}"
            );
        }
    }
    // With nothing to wait for (`confirmed_by: []`), a selected candidate is confirmed.
    let d = select_explained(
        &policy,
        &field(1),
        &[app(
            "S1",
            &[
                ("social_score", "1"),
                ("year_average", "5"),
                ("language", "5"),
            ],
        )],
        false,
    )
    .unwrap();
    assert_eq!(
        d.outcome.fields[0].ranking[0].outcome,
        Outcome::Selected {
            grant_confirmed: true,
            waiting_for: vec![]
        }
    );
}

#[test]
fn mo_8_the_itp_preset_keeps_its_erasmus_grant_texts() {
    let policy = MobilityPolicy::itp_2014();
    let (text, why) = confirmed_texts(&policy, Lang::Ro);
    assert!(text.starts_with("Selecția Erasmus+\n"), "{text}");
    assert!(text.contains("selectat, bursă confirmată"), "{text}");
    assert!(why.contains("S1: bursa este confirmată."), "{why}");
    let (text, why) = confirmed_texts(&policy, Lang::En);
    assert!(text.starts_with("Erasmus+ selection\n"), "{text}");
    assert!(text.contains("selected, grant confirmed"), "{text}");
    assert!(why.contains("S1: the grant is confirmed."), "{why}");
}

#[test]
fn mo_7_a_candidate_below_a_minimum_is_not_ranked_and_told_which() {
    // "Average at least 6, language at least 6, interview at least 7" (the interview optional).
    let mut policy = hall_of_residence();
    policy.points.criteria[1].minimum = Some(dec("6"));
    policy.points.criteria[2].minimum = Some(dec("6"));
    let mut interview = criterion("interview", "1", "0", "10");
    interview.optional = true;
    interview.minimum = Some(dec("7"));
    policy.points.criteria.push(interview);
    let apps = [
        app(
            "AT-MINIMUM",
            &[
                ("social_score", "50"),
                ("year_average", "6"),
                ("language", "6"),
                ("interview", "7"),
            ],
        ),
        app(
            "NO-INTERVIEW",
            &[
                ("social_score", "50"),
                ("year_average", "9"),
                ("language", "9"),
            ],
        ),
        app(
            "LOW-INTERVIEW",
            &[
                ("social_score", "90"),
                ("year_average", "9"),
                ("language", "9"),
                ("interview", "6.5"),
            ],
        ),
        app(
            "LOW-BOTH",
            &[
                ("social_score", "90"),
                ("year_average", "5.99"),
                ("language", "4"),
            ],
        ),
    ];
    let d = select_explained(&policy, &field(3), &apps, true).unwrap();
    assert_eq!(order(&d.outcome), ["AT-MINIMUM", "NO-INTERVIEW"]);
    let excluded: Vec<(&str, Vec<String>)> = d.outcome.fields[0]
        .excluded
        .iter()
        .map(|e| {
            (
                e.candidate.as_str(),
                e.reasons
                    .iter()
                    .map(|r| r.0.render(Lang::En))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        excluded,
        [
            (
                "LOW-INTERVIEW",
                vec!["`interview` 6.5, below the minimum of 7".to_owned()]
            ),
            (
                "LOW-BOTH",
                vec![
                    "`year_average` 5.99, below the minimum of 6".to_owned(),
                    "`language` 4, below the minimum of 6".to_owned()
                ]
            ),
        ]
    );
    assert_eq!(
        d.outcome.fields[0].excluded[1].reasons[1]
            .0
            .render(Lang::Ro),
        "„language” 4, sub minimul de 6"
    );
    let why = in_language(Lang::En, || d.explanation.to_string());
    assert!(
        why.contains(
            "LOW-INTERVIEW is not ranked in `f`: `interview` 6.5, below the minimum of 7."
        ),
        "{why}"
    );
}

fn problems(policy: &MobilityPolicy) -> Vec<String> {
    policy.problems().iter().map(|p| p.to_string()).collect()
}

#[test]
fn mo_7_a_policy_with_a_bad_tie_break_minimum_or_award_is_refused_naming_each_problem() {
    let mut policy = hall_of_residence();
    policy
        .points
        .criteria
        .push(criterion("language", "0", "1", "10"));
    policy.points.criteria[1].minimum = Some(dec("11"));
    policy.points.tie_break = vec![
        TieBreak::HigherCriterion("language".into()),
        TieBreak::HigherCriterion("langauge".into()),
        TieBreak::HigherCriterion("language".into()),
        TieBreak::EarlierSubmission,
        TieBreak::EarlierSubmission,
    ];
    policy.award.ro.one = " ".into();
    policy.award.en.other = String::new();
    policy.award.confirmed_by = vec![
        regula_mobility::Awaited::Funding,
        regula_mobility::Awaited::Funding,
    ];
    assert_eq!(
        problems(&policy),
        [
            "`points.criteria[1].minimum` = 11: criterion `year_average`: the minimum is off its scale 1..10 (MO-7)",
            "`points.criteria[3].id` = language: the id is used twice (MO-7)",
            "`points.tie_break[1]` = langauge: the tie-break names a criterion the system does not have (MO-7)",
            "`points.tie_break[2]` = higher_criterion: language: the tie-break is listed twice (MO-7)",
            "`points.tie_break[4]` = earlier_submission: the tie-break is listed twice (MO-7)",
            "`award.ro.one` = \" \": the award needs a name (MO-7)",
            "`award.en.other` = \"\": the award needs a name (MO-7)",
            "`award.confirmed_by[1]` = funding: listed twice (MO-8)",
        ]
    );
    assert!(problems(&hall_of_residence()).is_empty());
    assert!(problems(&MobilityPolicy::itp_2014()).is_empty());
}

#[test]
fn mo_7_an_award_and_minimums_read_from_a_policy_file() {
    let mut json = serde_json::to_value(MobilityPolicy::itp_2014()).unwrap();
    let object = json.as_object_mut().unwrap();
    // A policy written before awards were policy reads as the Erasmus+ grant.
    object.remove("award");
    let older: MobilityPolicy = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(older, MobilityPolicy::itp_2014());
    json["award"] = serde_json::json!({
        "ro": { "one": "loc în cămin", "other": "locuri în cămin", "the": "locul în cămin" },
        "gender": "neuter",
        "en": {
            "one": "place in the hall of residence",
            "other": "places in the hall of residence",
            "the": "the place in the hall of residence"
        },
        "confirmed_by": []
    });
    json["points"]["criteria"][0]["minimum"] = serde_json::json!("6");
    let policy: MobilityPolicy = serde_json::from_value(json).unwrap();
    assert_eq!(policy.award, hall_of_residence().award);
    assert_eq!(policy.points.criteria[0].minimum, Some(dec("6")));
}
