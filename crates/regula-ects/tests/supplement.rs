//! The Diploma Supplement as policy (EC-9) and the minimums as policy (EC-1): invariants as
//! property tests, and the policy's checks on load.

use chrono::NaiveDate;
use proptest::prelude::*;
use regula_core::{CheckedPolicy, Credits, Decimal};
use regula_ects::{
    Category, ConversionPolicy, HomeCourse, HostCourse, HostGrade, Minimums, Mobility, Period,
    RecognitionPlan, SupplementRule, SyllabusMatch, check, consequences, propose,
    propose_explained,
};

fn credits(c: i64) -> Credits {
    Credits::new(Decimal::from(c)).unwrap()
}

/// Up to 5 host and 4 home courses, random passes, matches, credits and request.
fn mobility() -> impl Strategy<Value = Mobility> {
    (1usize..=5, 1usize..=4).prop_flat_map(|(hosts, homes)| {
        (
            prop::collection::vec((1i64..=10, any::<bool>()), hosts),
            prop::collection::vec((1i64..=8, prop::bool::weighted(0.2)), homes),
            prop::collection::vec(prop::option::weighted(0.4, 60i64..=100), hosts * homes),
            any::<bool>(),
        )
            .prop_map(move |(host, home, matches, asked)| Mobility {
                home_courses: home
                    .iter()
                    .enumerate()
                    .map(|(k, &(c, passed))| HomeCourse {
                        id: format!("H{k}"),
                        title: String::new(),
                        credits: credits(c),
                        passed_at_home: passed,
                        kind: Default::default(),
                        topics: vec![],
                    })
                    .collect(),
                host_courses: host
                    .iter()
                    .enumerate()
                    .map(|(h, &(c, passed))| HostCourse {
                        id: format!("X{h}"),
                        title: String::new(),
                        credits: credits(c),
                        passed,
                        grade: HostGrade {
                            scale: "ECTS".into(),
                            value: (if passed { "B" } else { "F" }).into(),
                        },
                    })
                    .collect(),
                matches: matches
                    .iter()
                    .enumerate()
                    .filter_map(|(i, m)| {
                        m.map(|p| SyllabusMatch {
                            host: format!("X{}", i / homes),
                            home: format!("H{}", i % homes),
                            percent: Some(Decimal::from(p)),
                            covered_topics: vec![],
                        })
                    })
                    .collect(),
                grade_tables: vec![],
                csc_decisions: vec![],
                learning_agreement: None,
                supplement_requested: asked,
            })
    })
}

fn rule() -> impl Strategy<Value = SupplementRule> {
    prop_oneof![
        Just(SupplementRule::Automatic),
        Just(SupplementRule::OnRequest)
    ]
}

fn under(rule: SupplementRule) -> ConversionPolicy {
    ConversionPolicy {
        diploma_supplement: rule,
        ..ConversionPolicy::itp_2014()
    }
}

proptest! {
    /// EC-9: no host course is missing from the plan, whatever the policy's Diploma Supplement
    /// rule and the student's request: every host course has exactly one line, and a passed one
    /// that replaces no home course is in the Diploma Supplement (extra-curricular) exactly when
    /// the policy lists it on its own or the student asked, and otherwise listed as left out,
    /// with an explanation step of its own.
    #[test]
    fn ec9_no_unmatched_host_course_is_missing_from_the_outcome(m in mobility(), rule in rule()) {
        let policy = under(rule);
        let decision = propose_explained(&policy, &m).unwrap();
        let plan = &decision.outcome;
        prop_assert_eq!(plan.lines.len(), m.host_courses.len());
        for (line, host) in plan.lines.iter().zip(&m.host_courses) {
            prop_assert_eq!(&line.host, &host.id);
            let in_supplement = rule == SupplementRule::Automatic || m.supplement_requested;
            match &line.category {
                Category::ExtraCurricular => prop_assert!(host.passed && in_supplement),
                Category::NotInSupplement => {
                    prop_assert!(host.passed && !in_supplement);
                    prop_assert_eq!(line.credits, None);
                }
                Category::NotRecognised => prop_assert!(!host.passed),
                Category::Replaces { .. } => prop_assert!(host.passed),
                other => prop_assert!(false, "no CSC decision was given: {:?}", other),
            }
        }
        // One step per line, and the total.
        prop_assert_eq!(decision.explanation.steps().len(), plan.lines.len() + 1);
    }

    /// EC-9 (and EC-4..EC-11): the proposer's plan passes the checker under either Diploma
    /// Supplement rule, whether the student asked or not.
    #[test]
    fn ec9_the_proposed_plan_passes_the_checker_under_either_rule(m in mobility(), rule in rule()) {
        let policy = under(rule);
        let plan = propose(&policy, &m).unwrap();
        let violations = check(&policy, &m, &plan).unwrap();
        prop_assert!(violations.is_empty(), "{:?}", violations);
    }

    /// EC-9: the Diploma Supplement rule never changes which home courses are recognised, nor
    /// their credits (EC-6): only where the courses that replace none go.
    #[test]
    fn ec9_the_rule_changes_only_the_unmatched_lines(m in mobility()) {
        let automatic = propose(&under(SupplementRule::Automatic), &m).unwrap();
        let on_request = propose(&under(SupplementRule::OnRequest), &m).unwrap();
        prop_assert_eq!(automatic.home_credits(), on_request.home_credits());
        prop_assert_eq!(automatic.recognised_homes(), on_request.recognised_homes());
    }

    /// EC-1: credits_met iff the passed host credits reach the policy's minimum for the period —
    /// the semester's for one semester, the year's for two — for any minimums the policy may set.
    #[test]
    fn ec1_credits_met_iff_passed_reaches_the_policys_minimum(
        m in mobility(),
        semester in 1i64..=40,
        extra in 0i64..=40,
        semesters in 1u8..=2,
    ) {
        let policy = ConversionPolicy {
            minimums: Minimums {
                credits_per_semester: Decimal::from(semester),
                credits_per_year: Decimal::from(semester + extra),
                active_months: 3,
            },
            ..ConversionPolicy::itp_2014()
        };
        prop_assert!(policy.problems().is_empty());
        let period = Period {
            start: NaiveDate::from_ymd_opt(2024, 10, 1).unwrap(),
            end: NaiveDate::from_ymd_opt(2025, 2, 15).unwrap(),
            semesters,
        };
        let c = consequences(&policy, &m, &RecognitionPlan::default(), period).unwrap();
        let passed: Decimal = m.host_courses.iter().filter(|c| c.passed).map(|c| c.credits.value()).sum();
        let required = Decimal::from(if semesters == 2 { semester + extra } else { semester });
        prop_assert_eq!(c.required_ects.value(), required);
        prop_assert_eq!(c.credits_met, passed >= required);
        prop_assert_eq!(c.repayment.iter().any(|b| b.rule.as_str() == "EC-1"), passed < required);
    }
}

/// EC-9: under `on_request`, a passed course that matches nothing goes to the supplement only
/// because the student asked, and is left out — listed, with its reason — when they did not; the
/// checker refuses the opposite of each.
#[test]
fn ec9_on_request_says_why_a_course_is_in_the_supplement_or_left_out() {
    let mut m = Mobility {
        home_courses: vec![],
        host_courses: vec![HostCourse {
            id: "X".into(),
            title: String::new(),
            credits: credits(6),
            passed: true,
            grade: HostGrade {
                scale: "ECTS".into(),
                value: "A".into(),
            },
        }],
        matches: vec![],
        grade_tables: vec![],
        csc_decisions: vec![],
        learning_agreement: None,
        supplement_requested: false,
    };
    let policy = under(SupplementRule::OnRequest);
    let say = |m: &Mobility| {
        let d = propose_explained(&policy, m).unwrap();
        let step = &d.explanation.steps()[0];
        let text = format!(
            "{} {}",
            step.rule.as_str(),
            step.text(regula_core::locale::Lang::En)
        );
        (d.outcome, text)
    };
    let (plan, text) = say(&m);
    assert_eq!(plan.lines[0].category, Category::NotInSupplement);
    assert!(text.contains("EC-9"), "{text}");
    assert!(
        text.contains("left out of the Diploma Supplement"),
        "{text}"
    );
    assert!(text.contains("did not ask"), "{text}");
    let extra = RecognitionPlan {
        lines: vec![regula_ects::PlanLine {
            category: Category::ExtraCurricular,
            credits: Some(credits(6)),
            grade: regula_core::Grade::checked(10),
            ..plan.lines[0].clone()
        }],
    };
    let violations = check(&policy, &m, &extra).unwrap();
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].rule.as_str(), "EC-9");

    m.supplement_requested = true;
    let (plan, text) = say(&m);
    assert_eq!(plan.lines[0].category, Category::ExtraCurricular);
    assert_eq!(plan.lines[0].credits, Some(credits(6)));
    assert!(text.contains("only because the student asked"), "{text}");
    let left_out = RecognitionPlan {
        lines: vec![regula_ects::PlanLine {
            category: Category::NotInSupplement,
            credits: None,
            grade: None,
            ..plan.lines[0].clone()
        }],
    };
    let violations = check(&policy, &m, &left_out).unwrap();
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].rule.as_str(), "EC-9");
    // In the seed's reading the request is not read: the course goes to the supplement anyway.
    m.supplement_requested = false;
    let seed = propose(&ConversionPolicy::itp_2014(), &m).unwrap();
    assert_eq!(seed.lines[0].category, Category::ExtraCurricular);
    assert_eq!(
        check(&ConversionPolicy::itp_2014(), &m, &left_out).unwrap()[0]
            .rule
            .as_str(),
        "EC-9"
    );
}

/// EC-1: minimums that cannot hold are refused on load, every one of them, naming its path and
/// value.
#[test]
fn ec1_minimums_are_checked_on_load_every_problem_named() {
    let policy = ConversionPolicy {
        minimums: Minimums {
            credits_per_semester: Decimal::ZERO,
            credits_per_year: Decimal::from(-1),
            active_months: 3,
        },
        ..ConversionPolicy::itp_2014()
    };
    let problems: Vec<String> = policy.problems().iter().map(ToString::to_string).collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("minimums.credits_per_semester") && p.contains('0')),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("minimums.credits_per_year") && p.contains("-1")),
        "{problems:#?}"
    );
    let thirty_sixty = ConversionPolicy {
        minimums: Minimums {
            credits_per_semester: Decimal::from(30),
            credits_per_year: Decimal::from(60),
            active_months: 3,
        },
        ..ConversionPolicy::itp_2014()
    };
    assert!(thirty_sixty.problems().is_empty());
}
