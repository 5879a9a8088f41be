//! Fee schedules as formulas (FE-1, FE-2): per credit, by year of study, a share of the tuition,
//! flat per presentation, free presentations, rounding, and the checks on load.

use proptest::prelude::*;
use regula_core::{AcademicYear, CheckedPolicy, Credits, Currency, Decimal, Money, PolicyHistory};
use regula_fees::{
    ExamKind, FeeBasis, FeeFormula, FeePolicy, FeeRounding, FeeRule, FeeStatus, FeesError,
    OutstandingExam, StudentStatus, assess, assess_explained, fee_for,
};

fn ron(amount: &str) -> Money {
    Money::new(amount.parse().unwrap(), Currency::Ron).unwrap()
}

fn exam(course: &str, year: &str) -> OutstandingExam {
    OutstandingExam::new(course, year.parse().unwrap())
}

fn credits(n: &str) -> Option<Credits> {
    Some(Credits::new(n.parse().unwrap()).unwrap())
}

/// 55 lei × credits, the first 2 presentations of a current-year course free, cursanți 330 lei a
/// presentation.
fn per_credit_policy() -> FeePolicy {
    FeePolicy {
        current_year_free: false,
        by_age: vec![],
        free_presentations: Some(2),
        formulas: vec![
            FeeRule {
                free_first: None,
                kinds: vec![],
                statuses: vec![StudentStatus::Cursant],
                fee: FeeFormula::Flat { amount: ron("330") },
            },
            FeeRule {
                free_first: None,
                kinds: vec![],
                statuses: vec![],
                fee: FeeFormula::PerCredit { rate: ron("55") },
            },
        ],
        ..FeePolicy::umc_2020()
    }
}

const CURRENT: &str = "2018/2019";

fn current() -> AcademicYear {
    CURRENT.parse().unwrap()
}

#[test]
fn fe2_per_credit_says_rate_times_credits() {
    let policy = per_credit_policy();
    assert_eq!(policy.problems(), []);
    let mut e = exam("Psihodiagnoză", "2017/2018");
    e.credits = credits("5");
    e.status = Some(StudentStatus::BudgetFunded);
    let decision = assess_explained(&policy, current(), &[e]).unwrap();
    assert_eq!(decision.outcome.total, ron("275"));
    let text = decision.to_string();
    assert!(
        text.contains("Psihodiagnoză (2017/2018): 55.00 RON × 5 credits = 275.00 RON."),
        "{text}"
    );
}

#[test]
fn fe1_the_first_presentations_are_free_and_the_third_is_charged() {
    let policy = per_credit_policy();
    let with = |earlier: u32| {
        let mut e = exam("Statistică", CURRENT);
        e.credits = credits("6");
        e.status = Some(StudentStatus::FeePaying);
        e.presentations = Some(earlier);
        e
    };
    let owed = assess(&policy, current(), &[with(0), with(1), with(2), with(5)]).unwrap();
    let got: Vec<_> = owed.items.iter().map(|i| (i.status, i.amount)).collect();
    assert_eq!(
        got,
        vec![
            (FeeStatus::Free, Some(ron("0"))),
            (FeeStatus::Free, Some(ron("0"))),
            (FeeStatus::Charged, Some(ron("330"))),
            (FeeStatus::Charged, Some(ron("330"))),
        ]
    );
    let text = assess_explained(&policy, current(), &[with(1)])
        .unwrap()
        .to_string();
    assert!(text.contains("presentation 2 of the 2 free ones"), "{text}");
}

#[test]
fn fe2_a_cursant_pays_a_flat_fee_per_presentation_whatever_the_credits() {
    let mut e = exam("Etică", "2016/2017");
    e.status = Some(StudentStatus::Cursant);
    let owed = assess(&per_credit_policy(), current(), &[e]).unwrap();
    assert_eq!(owed.total, ron("330"));
}

#[test]
fn fe1_fe2_a_field_the_formula_needs_is_named_when_missing() {
    let policy = per_credit_policy();
    let err = |e: OutstandingExam| assess(&policy, current(), &[e]).unwrap_err().to_string();
    let mut no_presentations = exam("A", CURRENT);
    no_presentations.status = Some(StudentStatus::BudgetFunded);
    assert_eq!(
        err(no_presentations),
        "exams[0] (`A`): `presentations` is required: the policy makes a current-year course's first 2 presentations free"
    );
    assert_eq!(
        err(exam("B", "2016/2017")),
        "exams[0] (`B`): `status` is required: the policy's fees differ by the student's status"
    );
    let mut no_credits = exam("C", "2016/2017");
    no_credits.status = Some(StudentStatus::FeePaying);
    assert_eq!(
        err(no_credits),
        "exams[0] (`C`): `credits` is required: the policy's fee is computed per credit"
    );
    // The UMC schedule needs none of them.
    assert!(assess(&FeePolicy::umc_2020(), current(), &[exam("D", CURRENT)]).is_ok());
}

#[test]
fn fe2_a_rate_per_credit_by_year_of_study_and_by_kind() {
    let policy = FeePolicy {
        formulas: vec![FeeRule {
            free_first: None,
            kinds: vec![ExamKind::ReEnrolment],
            statuses: vec![],
            fee: FeeFormula::PerCreditByYear {
                rates: vec![ron("67"), ron("50")],
            },
        }],
        ..FeePolicy::umc_2020()
    };
    assert_eq!(policy.problems(), []);
    let course = |year: u32| {
        let mut e = exam("Macroeconomie", "2021/2022");
        e.kind = Some(ExamKind::ReEnrolment);
        e.credits = credits("5");
        e.year_of_study = Some(year);
        e
    };
    let owed = assess(
        &policy,
        "2023/2024".parse().unwrap(),
        &[course(1), course(2)],
    )
    .unwrap();
    assert_eq!(owed.items[0].amount, Some(ron("335")));
    assert_eq!(owed.items[1].amount, Some(ron("250")));
    // A retake (no kind) is charged by age, as at UMC: 2 years old, 100 RON.
    let owed = assess(
        &policy,
        "2023/2024".parse().unwrap(),
        &[exam("R", "2021/2022")],
    )
    .unwrap();
    assert_eq!(owed.total, ron("100"));
    let err = assess(&policy, "2023/2024".parse().unwrap(), &[course(3)]).unwrap_err();
    assert!(matches!(
        err,
        FeesError::YearOfStudyOutOfRange {
            year: 3,
            years: 2,
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "exams[0] (`Macroeconomie`): `year_of_study` = 3: the policy sets rates per credit for years 1 to 2 of study"
    );
}

#[test]
fn fe2_a_share_of_the_tuition_is_rounded_as_the_policy_says() {
    let share = |rounding| FeePolicy {
        rounding,
        formulas: vec![FeeRule {
            free_first: None,
            kinds: vec![],
            statuses: vec![],
            fee: FeeFormula::TuitionShare {
                tuition: ron("2600"),
                credits_per_tuition: Decimal::from(30),
            },
        }],
        ..FeePolicy::umc_2020()
    };
    let mut e = exam("Sociologie", "2017/2018");
    e.credits = credits("5");
    let ban = assess_explained(&share(Some(FeeRounding::Ban)), current(), &[e.clone()]).unwrap();
    assert_eq!(ban.outcome.total, ron("433.33"));
    assert!(
        ban.to_string().contains("rounded to the ban: 433.33 RON"),
        "{ban}"
    );
    let leu = assess(&share(Some(FeeRounding::Leu)), current(), &[e]).unwrap();
    assert_eq!(leu.total, ron("433"));
    let problems = share(None).problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "rounding");
}

#[test]
fn fe2_a_fee_finer_than_the_ban_is_never_rounded_silently() {
    let policy = FeePolicy {
        formulas: vec![FeeRule {
            free_first: None,
            kinds: vec![],
            statuses: vec![],
            fee: FeeFormula::PerCredit { rate: ron("83.33") },
        }],
        ..FeePolicy::umc_2020()
    };
    let mut whole = exam("A", "2017/2018");
    whole.credits = credits("6");
    assert_eq!(
        assess(&policy, current(), &[whole]).unwrap().total,
        ron("499.98")
    );
    let mut half = exam("B", "2017/2018");
    half.credits = credits("2.5");
    assert_eq!(
        assess(&policy, current(), std::slice::from_ref(&half))
            .unwrap_err()
            .to_string(),
        "exams[0] (`B`): the fee is 208.325, finer than the ban, and the policy sets no `rounding` (`ban` or `leu`)"
    );
    let rounded = FeePolicy {
        rounding: Some(FeeRounding::Ban),
        ..policy
    };
    assert_eq!(
        assess(&rounded, current(), &[half]).unwrap().total,
        ron("208.33")
    );
}

/// The first improvement in a session free, every later one 100 lei; a retake by age.
fn improvement_policy(free: u32) -> FeePolicy {
    FeePolicy {
        formulas: vec![FeeRule {
            free_first: Some(free),
            ..FeeRule::new(
                vec![ExamKind::Improvement],
                vec![],
                FeeFormula::Flat { amount: ron("100") },
            )
        }],
        ..FeePolicy::umc_2020()
    }
}

fn improvement(earlier: Option<u32>) -> OutstandingExam {
    let mut e = exam("Microeconomie", CURRENT);
    e.kind = Some(ExamKind::Improvement);
    e.earlier_of_kind = earlier;
    e
}

#[test]
fn fe2_an_improvement_is_charged_by_the_rule_for_its_kind_the_first_free() {
    let policy = improvement_policy(1);
    assert_eq!(policy.problems(), []);
    let owed = assess_explained(
        &policy,
        current(),
        &[
            improvement(Some(0)),
            improvement(Some(1)),
            exam("R", CURRENT),
        ],
    )
    .unwrap();
    let items = &owed.outcome.items;
    assert_eq!(
        (items[0].status, items[0].amount, &items[0].basis),
        (
            FeeStatus::Free,
            Some(ron("0")),
            &FeeBasis::FreeFirst { number: 1, free: 1 }
        )
    );
    assert_eq!(
        (items[1].status, items[1].amount, &items[1].basis),
        (FeeStatus::Charged, Some(ron("100")), &FeeBasis::Flat)
    );
    // A current-year retake is still free under FE-1, by the UMC rule.
    assert_eq!(items[2].basis, FeeBasis::CurrentYear);
    let text = owed.to_string();
    assert!(
        text.contains("exam 1 of the first 1 that the policy's rule for this kind makes free"),
        "{text}"
    );
    assert_eq!(
        assess(&policy, current(), &[improvement(None)])
            .unwrap_err()
            .to_string(),
        "exams[0] (`Microeconomie`): `earlier_of_kind` is required: the policy's rule for this exam makes the first 1 free"
    );
    let mut json = serde_json::to_value(regula_fees::policy::umc_2020()).unwrap();
    json["versions"][0]["policy"]["formulas"] = serde_json::json!([
        { "kinds": ["improvement"], "free_first": 0, "fee": { "formula": "not_covered" } }
    ]);
    let err = serde_json::from_value::<PolicyHistory<FeePolicy>>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`formulas[0].free_first` = 0: at least one exam is free"),
        "{err}"
    );
}

#[test]
fn fe2_an_item_names_its_formula_and_inputs() {
    let mut e = exam("Psihodiagnoză", "2017/2018");
    e.credits = credits("5");
    e.status = Some(StudentStatus::BudgetFunded);
    let owed = assess(&per_credit_policy(), current(), &[e]).unwrap();
    let item = serde_json::to_value(&owed.items[0]).unwrap();
    assert_eq!(item["formula"], "per_credit");
    assert_eq!(item["rate"]["amount"], "55.00");
    assert_eq!(item["credits"], "5");
    let umc = assess(&FeePolicy::umc_2020(), current(), &[exam("A", "2017/2018")]).unwrap();
    let item = serde_json::to_value(&umc.items[0]).unwrap();
    assert_eq!(item["formula"], "by_age");
    assert_eq!(
        serde_json::from_value::<regula_fees::FeeItem>(item).unwrap(),
        umc.items[0]
    );
}

#[test]
fn fe2_a_formula_that_sets_no_fee_reports_the_exam_not_covered() {
    let policy = FeePolicy {
        by_age: vec![],
        current_year_free: false,
        formulas: vec![
            FeeRule::new(
                vec![ExamKind::ReEnrolment],
                vec![],
                FeeFormula::PerCreditByYear {
                    rates: vec![ron("67"), ron("50")],
                },
            ),
            FeeRule::new(vec![], vec![], FeeFormula::NotCovered),
        ],
        ..FeePolicy::umc_2020()
    };
    assert_eq!(policy.problems(), []);
    let owed = assess(&policy, current(), &[exam("R", CURRENT)]).unwrap();
    assert_eq!(
        (owed.items[0].status, owed.items[0].amount, owed.not_covered),
        (FeeStatus::NotCovered, None, 1)
    );
    assert_eq!(owed.items[0].basis, FeeBasis::NotCovered);
}

fn load(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut json = serde_json::to_value(regula_fees::policy::umc_2020()).unwrap();
    edit(&mut json["versions"][0]["policy"]);
    serde_json::from_value::<PolicyHistory<FeePolicy>>(json)
        .unwrap_err()
        .to_string()
}

#[test]
fn fe1_fe2_a_formula_that_makes_no_sense_is_rejected_on_load() {
    let err = load(|p| {
        p["free_presentations"] = 0.into();
        p["formulas"] = serde_json::json!([
            { "fee": { "formula": "per_credit", "rate": { "amount": "55", "currency": "RON" } } },
            { "fee": { "formula": "flat", "amount": { "amount": "330", "currency": "RON" } } },
            { "fee": { "formula": "tuition_share", "tuition": { "amount": "2600", "currency": "RON" }, "credits_per_tuition": "0" } }
        ]);
    });
    for expected in [
        "`free_presentations` = 0: at least one presentation is free",
        "`free_presentations` = 0: `current_year_free` makes every current-year retake free",
        "`formulas[1]` = …: never applies: `formulas[0]` matches every exam",
        "`formulas[2].credits_per_tuition` = 0: the tuition pays for a positive number of credits",
        "`rounding` = null: `formulas[2]` divides the tuition",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    let negative = load(|p| {
        p["formulas"] = serde_json::json!([
            { "fee": { "formula": "per_credit", "rate": { "amount": "-55", "currency": "RON" } } }
        ]);
    });
    assert!(negative.contains("-55"), "{negative}");
    let unknown = load(|p| {
        p["formulas"] = serde_json::json!([
            { "kinds": ["resit"], "fee": { "formula": "flat", "amount": { "amount": "1", "currency": "RON" } } }
        ]);
    });
    assert!(unknown.contains("unknown variant `resit`"), "{unknown}");
}

/// An exam's year, mobility, kind, status, credits, earlier presentations and year of study.
type ExamParts = (
    i32,
    bool,
    Option<ExamKind>,
    Option<StudentStatus>,
    Option<u32>,
    Option<u32>,
    Option<u32>,
);

fn any_exam() -> impl Strategy<Value = ExamParts> {
    let kinds = prop::option::of(prop_oneof![
        Just(ExamKind::Retake),
        Just(ExamKind::Difference),
        Just(ExamKind::Improvement),
        Just(ExamKind::Redone),
        Just(ExamKind::ReEnrolment),
    ]);
    let statuses = prop::option::of(prop_oneof![
        Just(StudentStatus::BudgetFunded),
        Just(StudentStatus::FeePaying),
        Just(StudentStatus::Cursant),
    ]);
    (
        2010i32..=2018,
        any::<bool>(),
        kinds,
        statuses,
        prop::option::of(1u32..=30),
        prop::option::of(0u32..=6),
        prop::option::of(1u32..=4),
    )
}

fn build(i: usize, e: &ExamParts) -> OutstandingExam {
    OutstandingExam {
        erasmus_mobility: e.1,
        kind: e.2,
        status: e.3,
        credits: e.4.map(|c| Credits::new(Decimal::from(c)).unwrap()),
        presentations: e.5,
        year_of_study: e.6,
        ..OutstandingExam::new(format!("C{i}"), AcademicYear::starting(e.0))
    }
}

proptest! {
    /// FE-1: under free presentations, a current-year retake's presentation within the free
    /// ones is never charged.
    #[test]
    fn fe1_a_free_presentation_is_never_charged(free in 1u32..=4, earlier in 0u32..=8, credits in 1u32..=30) {
        let policy = FeePolicy { free_presentations: Some(free), ..per_credit_policy() };
        prop_assert_eq!(policy.problems(), vec![]);
        let mut e = exam("A", CURRENT);
        e.status = Some(StudentStatus::FeePaying);
        e.credits = Some(Credits::new(Decimal::from(credits)).unwrap());
        e.presentations = Some(earlier);
        let owed = assess(&policy, current(), &[e]).unwrap();
        if earlier < free {
            prop_assert_eq!(owed.items[0].status, FeeStatus::Free);
            prop_assert_eq!(owed.total.amount(), Decimal::ZERO);
        } else {
            prop_assert_eq!(owed.total.amount(), Decimal::from(55 * credits));
        }
    }

    /// FE-2: an exam within a rule's `free_first` is never charged; a later one is.
    #[test]
    fn fe2_an_exam_within_free_first_is_never_charged(free in 1u32..=4, earlier in 0u32..=8) {
        let owed = assess(&improvement_policy(free), current(), &[improvement(Some(earlier))]).unwrap();
        if earlier < free {
            prop_assert_eq!(owed.items[0].status, FeeStatus::Free);
            prop_assert_eq!(owed.total.amount(), Decimal::ZERO);
        } else {
            prop_assert_eq!(owed.total, ron("100"));
        }
    }

    /// FE-2: under any formula, the total is the exact sum of its items.
    #[test]
    fn fe2_the_total_is_the_sum_of_its_items_under_formulas(
        exams in prop::collection::vec(any_exam(), 0..=8), leu in any::<bool>()
    ) {
        let policy = FeePolicy {
            rounding: Some(if leu { FeeRounding::Leu } else { FeeRounding::Ban }),
            formulas: vec![
                FeeRule { free_first: None, kinds: vec![], statuses: vec![StudentStatus::Cursant], fee: FeeFormula::Flat { amount: ron("330") } },
                FeeRule { free_first: None, kinds: vec![ExamKind::Improvement], statuses: vec![], fee: FeeFormula::TuitionShare { tuition: ron("2600"), credits_per_tuition: Decimal::from(30) } },
                FeeRule { free_first: None, kinds: vec![ExamKind::ReEnrolment], statuses: vec![], fee: FeeFormula::PerCreditByYear { rates: vec![ron("67"), ron("50"), ron("45.5"), ron("40")] } },
                FeeRule { free_first: None, kinds: vec![], statuses: vec![], fee: FeeFormula::PerCredit { rate: ron("83.33") } },
            ],
            ..per_credit_policy()
        };
        prop_assert_eq!(policy.problems(), vec![]);
        let exams: Vec<_> = exams
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let mut e = build(i, e);
                // Every field the formulas may need.
                e.status.get_or_insert(StudentStatus::FeePaying);
                e.credits.get_or_insert(Credits::new(Decimal::from(5)).unwrap());
                e.presentations.get_or_insert(0);
                e.year_of_study.get_or_insert(1);
                e
            })
            .collect();
        let owed = assess(&policy, current(), &exams).unwrap();
        let sum: Decimal = owed.items.iter().filter_map(|i| i.amount).map(|m| m.amount()).sum();
        prop_assert_eq!(owed.total.amount(), sum);
        prop_assert_eq!(owed.items.len(), exams.len());
    }

    /// FE-1, FE-2, FE-4: the UMC preset gives, for any request (whatever kind, status, credits,
    /// presentations or year of study it carries), the fee of the by-age schedule.
    #[test]
    fn fe2_the_umc_preset_gives_the_by_age_fee_for_any_request(exams in prop::collection::vec(any_exam(), 0..=8)) {
        let policy = FeePolicy::umc_2020();
        let exams: Vec<_> = exams.iter().enumerate().map(|(i, e)| build(i, e)).collect();
        let owed = assess(&policy, current(), &exams).unwrap();
        for (item, e) in owed.items.iter().zip(&exams) {
            let age = u32::try_from(current().years_after(&e.academic_year)).unwrap();
            let (status, amount, rule) = fee_for(&policy, age, e.erasmus_mobility);
            prop_assert_eq!((item.status, item.amount, &item.rule), (status, amount, &rule));
        }
    }
}
