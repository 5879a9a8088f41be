use regula_core::{Credits, Decimal, Grade};

use super::*;
use crate::ConversionPolicy;
use crate::convert::HostGrade;

fn credits(v: i64) -> Credits {
    Credits::new(Decimal::from(v)).unwrap()
}

/// The CSC's finding that host course `host` covers `percent`% of home course `home` (EC-5).
fn matched(host: &str, home: &str, percent: i64) -> SyllabusMatch {
    SyllabusMatch {
        host: host.into(),
        home: home.into(),
        percent: Some(Decimal::from(percent)),
        covered_topics: vec![],
    }
}

fn mobility() -> Mobility {
    let home = |id: &str, c: i64, passed: bool| HomeCourse {
        id: id.into(),
        title: String::new(),
        credits: credits(c),
        passed_at_home: passed,
        kind: Default::default(),
        topics: vec![],
    };
    let host = |id: &str, c: i64, passed: bool, letter: &str| HostCourse {
        id: id.into(),
        title: String::new(),
        credits: credits(c),
        passed,
        grade: HostGrade {
            scale: "ECTS".into(),
            value: letter.into(),
        },
    };
    Mobility {
        home_courses: vec![
            home("H1", 6, false),
            home("H2", 4, false),
            home("H3", 5, true),
        ],
        host_courses: vec![
            host("X1", 5, true, "B"),
            host("X2", 6, true, "A"),
            host("X3", 3, true, "C"),
            host("X4", 5, false, "F"),
        ],
        // A greedy pick of X1 for H1 (best match) would leave H2 without a replacement.
        matches: vec![
            matched("X1", "H1", 90),
            matched("X1", "H2", 80),
            matched("X2", "H1", 76),
            matched("X3", "H3", 100),
            matched("X4", "H2", 95),
        ],
        grade_tables: vec![],
        csc_decisions: vec![],
        learning_agreement: None,
        supplement_requested: false,
    }
}

#[test]
fn the_proposer_recognises_the_most_credits_and_the_checker_agrees() {
    let decision = propose_explained(&ConversionPolicy::itp_2014(), &mobility()).unwrap();
    let plan = &decision.outcome;
    assert_eq!(plan.home_credits(), Decimal::from(10)); // X2 → H1 (6), X1 → H2 (4)
    assert_eq!(
        plan.lines[0].category,
        Category::Replaces { home: "H2".into() }
    );
    assert_eq!(
        plan.lines[1].category,
        Category::Replaces { home: "H1".into() }
    );
    assert_eq!(plan.lines[2].category, Category::ExtraCurricular); // H3 passed at home (EC-10)
    assert_eq!(plan.lines[3].category, Category::NotRecognised);
    assert_eq!(plan.lines[1].grade.map(|g| g.value()), Some(10));
    assert!(
        check(&ConversionPolicy::itp_2014(), &mobility(), plan)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_checker_lists_every_broken_rule() {
    let line = |host: &str, home: Option<&str>, c: Option<i64>, g: Option<u8>| PlanLine {
        host: host.into(),
        category: home.map_or(Category::ExtraCurricular, |h| Category::Replaces {
            home: h.into(),
        }),
        credits: c.map(credits),
        grade: g.and_then(Grade::checked),
    };
    let plan = RecognitionPlan {
        lines: vec![
            line("X1", Some("H1"), Some(5), Some(9)), // credits 5, home has 6
            line("X2", Some("H1"), Some(6), Some(10)), // H1 twice
            line("X3", Some("H3"), Some(5), Some(8)), // passed at home
            line("X4", Some("H2"), Some(4), None),    // failed
            line("X1", None, Some(5), Some(9)),       // used twice
        ],
    };
    let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &mobility(), &plan)
        .unwrap()
        .into_iter()
        .map(|v| v.rule.to_string())
        .collect();
    assert_eq!(rules, ["EC-6", "EC-6", "EC-10", "EC-4", "EC-4"]);
}

#[test]
fn ec5_seventy_five_percent_passes_and_below_does_not() {
    let mut mob = mobility();
    mob.matches = vec![matched("X1", "H1", 75)];
    let ix = Index::new(&mob).unwrap();
    assert!(ix.may_replace(0, 0, match_threshold(&crate::ConversionPolicy::itp_2014())));
    mob.matches[0].percent = Some(Decimal::new(7499, 2));
    let ix = Index::new(&mob).unwrap();
    assert!(!ix.may_replace(0, 0, match_threshold(&crate::ConversionPolicy::itp_2014())));
    mob.matches[0].percent = Some(Decimal::from(101));
    assert!(Index::new(&mob).is_err());
}

/// EC-2: recognition is the CSC's decision; its decisions (EC-7, EC-8, EC-12) come before the
/// proposer's assignment, and the checker holds every line to them.
#[test]
fn csc_decisions_come_first_and_the_checker_holds_lines_to_them() {
    let mut m = mobility();
    // X1 (5 credits) and X3 (3) together recognised as H1 (6) with 7 credits: n:m with an
    // EC-12 override; X2 becomes an optional course.
    m.csc_decisions = vec![
        CscDecision {
            hosts: vec!["X1".into(), "X3".into()],
            decision: CscKind::Mapping {
                homes: vec!["H1".into()],
            },
            credits: credits(7),
            justification: "more content than the home course".into(),
        },
        CscDecision {
            hosts: vec!["X2".into()],
            decision: CscKind::Optional,
            credits: credits(4),
            justification: "within the specialisation".into(),
        },
    ];
    let decision = propose_explained(&ConversionPolicy::itp_2014(), &m).unwrap();
    let plan = &decision.outcome;
    assert_eq!(
        plan.lines[0].category,
        Category::CscDecided {
            homes: vec!["H1".into()]
        }
    );
    assert_eq!(plan.lines[0].credits, Some(credits(7)));
    assert_eq!(plan.lines[2].credits, Some(Credits::ZERO));
    assert_eq!(plan.lines[1].category, Category::Optional);
    assert!(decision.explanation.cites("EC-8") && decision.explanation.cites("EC-7"));
    assert!(
        decision
            .explanation
            .to_string()
            .contains("EC-12: 7 credits instead of the home courses' 6")
    );
    assert_eq!(plan.home_credits(), Decimal::from(7));
    let violations = check(&ConversionPolicy::itp_2014(), &m, plan).unwrap();
    assert!(violations.is_empty(), "{violations:?}");
    // A mapping the CSC did not decide, and credits it did not set.
    let mut wrong = plan.clone();
    wrong.lines[0].credits = Some(credits(6));
    wrong.lines[1].category = Category::CscDecided {
        homes: vec!["H2".into()],
    };
    let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &m, &wrong)
        .unwrap()
        .into_iter()
        .map(|v| v.rule.to_string())
        .collect();
    assert_eq!(rules, ["EC-12", "EC-8"]);
    // A decision without reasons is refused.
    m.csc_decisions[1].justification.clear();
    assert!(
        propose(&ConversionPolicy::itp_2014(), &m)
            .unwrap_err()
            .to_string()
            .contains("no justification")
    );
}

#[test]
fn a_course_outside_the_learning_agreement_needs_a_csc_decision() {
    let mut m = mobility();
    m.learning_agreement = Some(LearningAgreement {
        planned: vec!["X1".into(), "X3".into()],
        changes: vec![
            AgreementChange {
                host: "X2".into(),
                added: true,
                date: chrono::NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
            },
            AgreementChange {
                host: "X1".into(),
                added: false,
                date: chrono::NaiveDate::from_ymd_opt(2021, 10, 1).unwrap(),
            },
        ],
    });
    let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    // X1 left the agreement: extra-curricular; X2 (added) replaces H1.
    assert_eq!(plan.lines[0].category, Category::ExtraCurricular);
    assert_eq!(
        plan.lines[1].category,
        Category::Replaces { home: "H1".into() }
    );
    let mut by_hand = plan.clone();
    by_hand.lines[0] = PlanLine {
        host: "X1".into(),
        category: Category::Replaces { home: "H2".into() },
        credits: Some(credits(4)),
        grade: plan.lines[0].grade,
    };
    let rules: Vec<String> = check(&ConversionPolicy::itp_2014(), &m, &by_hand)
        .unwrap()
        .into_iter()
        .map(|v| v.rule.to_string())
        .collect();
    assert_eq!(rules, ["EC-8"]);
}

/// EC-6: a host course that may replace two home courses replaces the one worth more credits,
/// even by a tenth of a credit; the better match only breaks ties.
#[test]
fn ec6_more_credits_come_before_a_better_match() {
    let mut m = mobility();
    m.home_courses[0].credits = Credits::new(Decimal::new(41, 1)).unwrap(); // H1: 4.1
    m.home_courses[1].credits = credits(4); // H2: 4
    m.host_courses.truncate(1); // X1 alone
    m.matches = vec![matched("X1", "H1", 76), matched("X1", "H2", 100)];
    let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    assert_eq!(
        plan.lines[0].category,
        Category::Replaces { home: "H1".into() }
    );
    // With the credits equal, the better match wins.
    m.home_courses[0].credits = credits(4);
    let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    assert_eq!(
        plan.lines[0].category,
        Category::Replaces { home: "H2".into() }
    );
}

/// EC-4: a course the host marks passed but grades with a failing letter (FX) is not
/// recognised, even with no home course to replace.
#[test]
fn ec4_a_failing_letter_is_not_recognised_whatever_the_status() {
    let mut m = mobility();
    m.host_courses[3].passed = true; // X4, graded F
    m.matches.retain(|x| x.host != "X4");
    let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    assert_eq!(plan.lines[3].host, "X4");
    assert_eq!(plan.lines[3].category, Category::NotRecognised);
    assert_eq!(plan.lines[3].credits, None);
}

/// EC-9 and EC-10: a passed host course left without a home course to replace is extra-curricular;
/// the explanation says "already passed at home" only for the home courses it matches that the
/// student passed at home, not for a matched course another host course replaces.
#[test]
fn ec9_a_course_whose_match_is_taken_is_extra_curricular_not_already_passed() {
    let mut m = mobility();
    m.host_courses.truncate(2); // X1 (matches H1 90%), X2 (matches H1 76%)
    m.matches.retain(|x| x.home == "H1");
    let decision = propose_explained(&ConversionPolicy::itp_2014(), &m).unwrap();
    let plan = &decision.outcome;
    assert_eq!(
        plan.lines[0].category,
        Category::Replaces { home: "H1".into() },
        "X1 (the better match) for H1"
    );
    assert_eq!(plan.lines[1].category, Category::ExtraCurricular);
    let ids: Vec<&str> = decision
        .explanation
        .steps()
        .iter()
        .map(|s| s.message.id.as_ref())
        .collect();
    assert!(ids.contains(&"ects-extra-curricular"), "{ids:?}");
    assert!(!ids.contains(&"ects-already-passed"), "{ids:?}");
}

/// EC-8: a line held to a CSC mapping must name the decided home courses, and the home courses of
/// a decision count as used, so that no other line replaces them too.
#[test]
fn ec8_a_line_holds_to_its_decision_s_home_courses() {
    let mut m = mobility();
    m.csc_decisions = vec![CscDecision {
        hosts: vec!["X1".into()],
        decision: CscKind::Mapping {
            homes: vec!["H1".into()],
        },
        credits: credits(6),
        justification: "the same content".into(),
    }];
    let plan = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    assert!(
        check(&ConversionPolicy::itp_2014(), &m, &plan)
            .unwrap()
            .is_empty()
    );
    let rules = |plan: &RecognitionPlan| -> Vec<String> {
        check(&ConversionPolicy::itp_2014(), &m, plan)
            .unwrap()
            .into_iter()
            .map(|v| v.message.id.to_string())
            .collect()
    };
    let mut other_homes = plan.clone();
    other_homes.lines[0].category = Category::CscDecided {
        homes: vec!["H2".into()],
    };
    assert!(rules(&other_homes).contains(&"ects-no-csc-mapping".to_owned()));
    let mut twice = plan.clone();
    twice.lines[1].category = Category::Replaces { home: "H1".into() };
    twice.lines[1].credits = Some(credits(6));
    assert!(
        rules(&twice).iter().any(|id| id.contains("twice")),
        "{:?}",
        rules(&twice)
    );
}

/// EC-5: the syllabus-match threshold is the policy's: a host course that matches a home course
/// 80% replaces it under the ITP's 75%, and not under a regulation that asks 85%.
#[test]
fn ec5_the_syllabus_match_threshold_is_the_policys() {
    let itp = crate::ConversionPolicy::itp_2014();
    let strict = crate::ConversionPolicy {
        syllabus_match_percent: Decimal::from(85),
        ..itp.clone()
    };
    assert_eq!(match_threshold(&itp), Decimal::from(75));
    assert_eq!(match_threshold(&strict), Decimal::from(85));
    let mut mob = mobility();
    mob.matches = vec![matched("X1", "H1", 80)];
    let ix = Index::new(&mob).unwrap();
    assert!(ix.may_replace(0, 0, match_threshold(&itp)));
    assert!(!ix.may_replace(0, 0, match_threshold(&strict)));
    use regula_core::CheckedPolicy;
    for wrong in [Decimal::ZERO, Decimal::from(101)] {
        let policy = crate::ConversionPolicy {
            syllabus_match_percent: wrong,
            ..itp.clone()
        };
        let err = policy.check().unwrap_err().to_string();
        assert!(
            err.contains(&format!("`syllabus_match_percent` = {wrong}")),
            "{err}"
        );
    }
}
