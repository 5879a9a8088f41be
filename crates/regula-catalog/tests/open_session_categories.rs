//! SC-9: the open session for the categories an institution grants, each on its conditions —
//! an institution that opens it to students returning from a mobility on request, and not to
//! seafarers — and the refusal of a category it does not grant, listing those it does.

use chrono::NaiveDate;
use proptest::prelude::*;
use regula_catalog::{
    CatalogPolicy, Category, CategoryName, GrantedCategory, OpenSessionCondition, OpenSessionFacts,
    Period, open_session, open_session_explained,
};
use regula_core::CheckedPolicy;
use regula_core::locale::Lang;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A request claiming `category`, with nothing else shown.
fn request(category: Category) -> OpenSessionFacts {
    OpenSessionFacts {
        student: "S".into(),
        course: "MAN-2".into(),
        category,
        at_sea: vec![],
        voyage_documents: false,
        written_request: false,
        documents: vec![],
        semester: Period {
            from: day("2024-02-26"),
            to: day("2024-06-09"),
        },
        session: Period {
            from: day("2024-06-10"),
            to: day("2024-06-30"),
        },
        sat_in_normal_session: false,
        criteria_met: true,
        plan_checked_on: None,
        exam_date: None,
    }
}

fn erasmus() -> GrantedCategory {
    GrantedCategory {
        id: Category::new("erasmus_returning"),
        name: CategoryName {
            ro: "studenții care revin dintr-o mobilitate Erasmus+".into(),
            en: "students returning from an Erasmus+ mobility".into(),
        },
        conditions: vec![
            OpenSessionCondition::WrittenRequest,
            OpenSessionCondition::Proof {
                document: "mobility_certificate".into(),
            },
        ],
    }
}

/// An institution that opens the session to students returning from a mobility, on request with
/// the host's certificate of attendance, and not to seafarers.
fn erasmus_only() -> CatalogPolicy {
    let mut policy = CatalogPolicy::umc_2020();
    policy.open_session.categories = vec![erasmus()];
    policy
}

fn reasons(policy: &CatalogPolicy, facts: &OpenSessionFacts) -> Vec<String> {
    open_session(policy, facts)
        .unwrap()
        .reasons
        .iter()
        .map(|r| r.0.render(Lang::En))
        .collect()
}

/// SC-9: under the Erasmus-only policy a returning student who asked in writing and shows the
/// certificate may sit the exam; without either, each missing thing is a reason; a seafarer is
/// refused, the refusal naming the one category the policy grants.
#[test]
fn sc9_an_erasmus_session_on_request_and_not_for_seafarers() {
    let policy = erasmus_only();
    assert!(policy.problems().is_empty());
    let mut asked = request(Category::new("erasmus_returning"));
    asked.written_request = true;
    asked.documents = vec!["mobility_certificate".into()];
    let decision = open_session_explained(&policy, &asked).unwrap();
    assert!(decision.outcome.eligible, "{:?}", decision.outcome.reasons);
    assert!(decision.explanation.cites("SC-9"));

    let not_asked = request(Category::new("erasmus_returning"));
    assert_eq!(
        reasons(&policy, &not_asked),
        [
            "the student has not asked for it in writing",
            "the proof `mobility_certificate` is not among the documents shown",
        ]
    );

    let mut seafarer = request(Category::ShipboardTraining);
    seafarer.at_sea = vec![Period {
        from: day("2024-03-01"),
        to: day("2024-06-20"),
    }];
    let refused = reasons(&policy, &seafarer);
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(
        refused[0].contains("students returning from an Erasmus+ mobility")
            && refused[0].contains("`shipboard_training` is not one of them")
            && !refused[0].contains("seafarers"),
        "{refused:?}"
    );
}

/// SC-9, issue #33 item 7: a condition the seed uses for its seafarers, used by a category the
/// policy names otherwise, is explained with the policy's name for the category, in each
/// language — never the seed's "shipboard trainee" or "IFR student".
#[test]
fn sc9_a_seafarers_condition_is_explained_with_the_policys_category() {
    let mut policy = CatalogPolicy::umc_2020();
    policy.open_session.categories = vec![GrantedCategory {
        id: Category::new("fishing_fleet"),
        name: CategoryName {
            ro: "studenții îmbarcați pe nave de pescuit".into(),
            en: "students serving on fishing vessels".into(),
        },
        conditions: vec![
            OpenSessionCondition::MonthsAtSea { months: Some(3) },
            OpenSessionCondition::AtSeaDuringSession { proven: false },
        ],
    }];
    assert!(policy.problems().is_empty());
    let facts = request(Category::new("fishing_fleet"));
    let outcome = open_session(&policy, &facts).unwrap();
    let en: Vec<String> = outcome
        .reasons
        .iter()
        .map(|r| r.0.render(Lang::En))
        .collect();
    let ro: Vec<String> = outcome
        .reasons
        .iter()
        .map(|r| r.0.render(Lang::Ro))
        .collect();
    assert_eq!(
        en,
        [
            "students serving on fishing vessels qualify when at sea more than 3 months of the semester or during the session; neither holds",
            "students serving on fishing vessels qualify by voyages during the session; none is given",
        ]
    );
    assert!(
        ro.iter()
            .all(|r| r.starts_with("studenții îmbarcați pe nave de pescuit se califică")),
        "{ro:?}"
    );
    assert!(
        !en.join(" ").contains("trainee") && !en.join(" ").contains("IFR"),
        "{en:?}"
    );
}

/// SC-9: a request that names no category claims shipboard training, today's meaning.
#[test]
fn sc9_a_request_without_a_category_is_a_shipboard_trainees() {
    let mut json = serde_json::to_value(request(Category::Other)).unwrap();
    json.as_object_mut().unwrap().remove("category");
    let facts: OpenSessionFacts = serde_json::from_value(json).unwrap();
    assert_eq!(facts.category, Category::ShipboardTraining);
}

/// SC-9: categories that cannot work are refused on load, every problem with its path and value.
#[test]
fn sc9_the_categories_are_checked_on_load() {
    let mut policy = CatalogPolicy::umc_2020();
    policy.open_session.categories = vec![erasmus(), erasmus()];
    policy.open_session.categories[1].conditions[1] = OpenSessionCondition::Proof {
        document: " ".into(),
    };
    policy.open_session.categories[0]
        .conditions
        .push(OpenSessionCondition::MonthsAtSea { months: Some(0) });
    let problems: Vec<(String, String)> = policy
        .problems()
        .into_iter()
        .map(|p| (p.field, p.value))
        .collect();
    assert_eq!(
        problems,
        [
            (
                "open_session.categories[0].conditions[2].months".to_owned(),
                "0".to_owned()
            ),
            (
                "open_session.categories[1].id".to_owned(),
                "erasmus_returning".to_owned()
            ),
            (
                "open_session.categories[1].conditions[1].document".to_owned(),
                " ".to_owned()
            ),
        ]
    );
    policy.open_session.categories.clear();
    assert_eq!(policy.problems()[0].field, "open_session.categories");
    // A condition listed twice is named as the policy writes it, not in Rust's terms.
    let mut twice = erasmus();
    twice.conditions.push(OpenSessionCondition::WrittenRequest);
    policy.open_session.categories = vec![twice];
    let problem = policy.problems().remove(0);
    assert_eq!(
        problem.to_string(),
        "`open_session.categories[0].conditions[2]` = written_request: a condition is listed once (SC-9)"
    );
}

/// The categories a generated policy may grant: the seed's two, the Erasmus one, and one with
/// no condition.
fn pool() -> Vec<GrantedCategory> {
    let mut pool = GrantedCategory::seafarers();
    pool.push(erasmus());
    pool.push(GrantedCategory {
        id: Category::new("athlete"),
        name: CategoryName {
            ro: "sportivii de performanță".into(),
            en: "athletes".into(),
        },
        conditions: vec![],
    });
    pool
}

proptest! {
    /// SC-9: a request claiming a category the policy does not grant is never eligible, and its
    /// refusal lists every category the policy grants, by the names the policy gives, whatever
    /// else the request shows.
    #[test]
    fn sc9_a_category_not_granted_is_refused_listing_the_granted_ones(
        granted in prop::sample::subsequence((0..4).collect::<Vec<usize>>(), 1..=4),
        claimed in 0usize..5,
        asked in any::<bool>(),
        shown in any::<bool>(),
    ) {
        let pool = pool();
        let mut policy = CatalogPolicy::umc_2020();
        policy.open_session.categories = granted.iter().map(|&i| pool[i].clone()).collect();
        prop_assert!(policy.problems().is_empty());
        let id = pool.get(claimed).map_or(Category::new("unheard_of"), |c| c.id.clone());
        let mut facts = request(id.clone());
        facts.written_request = asked;
        facts.documents = if shown { vec!["mobility_certificate".into()] } else { vec![] };
        let verdict = open_session(&policy, &facts).unwrap();
        let is_granted = policy.open_session.categories.iter().any(|c| c.id == id);
        if !is_granted {
            prop_assert!(!verdict.eligible);
            prop_assert_eq!(verdict.reasons.len(), 1);
            let text = verdict.reasons[0].0.render(Lang::En);
            for c in &policy.open_session.categories {
                prop_assert!(text.contains(&c.name.en), "{} lacks {}", text, c.name.en);
            }
            for c in pool.iter().filter(|c| !policy.open_session.categories.contains(c)) {
                prop_assert!(!text.contains(&c.name.en), "{} names {}", text, c.name.en);
            }
        } else if id.as_str() == "athlete" {
            // No condition: claiming the category suffices.
            prop_assert!(verdict.eligible);
        } else if id.as_str() == "erasmus_returning" {
            prop_assert_eq!(verdict.eligible, asked && shown);
        }
    }
}
