//! Component grading: a `weighted` course sheet grades each activity 1–10 and weighs the grades
//! (GR-2, GR-3), with per-component and mean minimums (GR-5), weight bounds and the value of an
//! absence as policy (GR-2, GR-6).

use proptest::prelude::*;
use regula_core::locale::{Lang, in_language};
use regula_core::{CheckedPolicy, Decimal, Points};
use regula_grading::{
    ActivityKind, ComponentAbsence, CourseOutcome, CourseSheet, GradingPolicy, Score, WeightBound,
};

fn sheet(json: &str) -> CourseSheet {
    serde_json::from_str(json).unwrap()
}

/// Exam 60% (at least 5), seminar 40%, mean at least 5.
fn exam_and_seminar() -> CourseSheet {
    sheet(
        r#"{
            "code": "ECO-101", "credits": 5, "scheme": "weighted",
            "activities": [
                {"id": "seminar", "kind": "seminar", "weight": 40},
                {"id": "exam", "kind": "final_evaluation", "weight": 60, "minimum": 5}
            ],
            "minimum_mean": 5
        }"#,
    )
}

fn grades(text: &str) -> Vec<Score> {
    serde_json::from_str(text).unwrap()
}

fn graded(sheet: &CourseSheet, policy: &GradingPolicy, text: &str) -> CourseOutcome {
    sheet.evaluate(policy, "S", &grades(text)).unwrap()
}

fn outcome(total: &str, grade: u8, passed: bool) -> CourseOutcome {
    CourseOutcome::Graded {
        total: Points::new(total.parse().unwrap()).unwrap(),
        grade: regula_core::Grade::checked(grade).unwrap(),
        passed,
    }
}

#[test]
fn gr3_the_weighted_mean_is_rounded_to_the_grade() {
    let policy = GradingPolicy::umc_2020();
    let sheet = exam_and_seminar();
    assert_eq!(graded(&sheet, &policy, "[6, 8]"), outcome("7.2", 7, true));
    assert_eq!(
        graded(&sheet, &policy, "[9.5, 7.5]"),
        outcome("8.3", 8, true)
    );
}

#[test]
fn gr5_a_component_below_its_minimum_fails_whatever_the_mean() {
    let policy = GradingPolicy::umc_2020();
    let sheet = exam_and_seminar();
    // mean 0.4×10 + 0.6×4 = 6.4, but the exam is below 5: not passed, grade held at 4.
    assert_eq!(graded(&sheet, &policy, "[10, 4]"), outcome("6.4", 4, false));
    let why = sheet
        .evaluate_explained(&policy, "S", &grades("[10, 4]"))
        .unwrap();
    let en = in_language(Lang::En, || why.to_string());
    assert!(
        en.contains("A minimum is not met, so the course is not passed: exam 4 against a minimum of 5 (not met); the mean 6.4 against a minimum of 5 (met)"),
        "{en}"
    );
    assert!(en.contains("The weighted mean is 6.4"), "{en}");
    let ro = in_language(Lang::Ro, || why.to_string());
    assert!(
        ro.contains("Un minim nu este îndeplinit, deci disciplina nu este promovată: exam 4 față de minimul de 5"),
        "{ro}"
    );
    assert!(ro.contains("media 6,4 față de minimul de 5"), "{ro}");
}

#[test]
fn gr5_the_mean_minimum_can_exceed_the_pass_grade() {
    // "each test at least 5, and the mean at least 6"
    let sheet = sheet(
        r#"{
            "code": "MAT-1", "credits": 4, "scheme": "weighted",
            "activities": [
                {"id": "t1", "kind": "test", "weight": 50, "minimum": 5},
                {"id": "t2", "kind": "final_evaluation", "weight": 50, "minimum": 5}
            ],
            "minimum_mean": 6
        }"#,
    );
    let policy = GradingPolicy::umc_2020();
    assert_eq!(graded(&sheet, &policy, "[5, 6]"), outcome("5.5", 4, false));
    assert_eq!(graded(&sheet, &policy, "[6, 6]"), outcome("6", 6, true));
}

#[test]
fn gr6_an_absence_counts_as_the_policy_says() {
    let sheet = exam_and_seminar();
    let mut policy = GradingPolicy::umc_2020();
    assert_eq!(
        graded(&sheet, &policy, r#"["absent", 9]"#),
        outcome("5.8", 6, true)
    );
    policy.components.absence = ComponentAbsence::Zero;
    assert_eq!(
        graded(&sheet, &policy, r#"["absent", 9]"#),
        outcome("5.4", 5, true)
    );
    // Absent from the final evaluation: absent (GR-9), the seminar's share reported.
    assert_eq!(
        graded(&sheet, &policy, r#"[10, "absent"]"#),
        CourseOutcome::Absent {
            total: Some(Points::new(Decimal::from(4)).unwrap())
        }
    );
}

#[test]
fn gr3_a_component_grade_below_1_is_refused_by_name() {
    let err = exam_and_seminar()
        .evaluate(&GradingPolicy::umc_2020(), "S7", &grades("[0.5, 8]"))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "course `ECO-101`, student `S7`, activity `seminar`: grade 0.5 is below 1, the lowest grade (GR-3)"
    );
}

#[test]
fn gr2_weights_must_add_up_to_100_and_belong_to_the_weighted_scheme() {
    let err = serde_json::from_str::<CourseSheet>(
        r#"{
            "code": "X", "credits": 5, "scheme": "weighted",
            "activities": [
                {"id": "seminar", "kind": "seminar", "weight": 45, "allotment": 4},
                {"id": "exam", "kind": "final_evaluation", "weight": 60},
                {"id": "lab", "kind": "laboratory"}
            ]
        }"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("course `X`, activity `seminar`: `allotment` belongs to the points scheme"),
        "{err}"
    );
    assert!(
        err.contains("course `X`, activity `lab`: `weight` is missing"),
        "{err}"
    );
    assert!(
        err.contains("course `X`: the activities' weights add up to 105%, not 100% (GR-2)"),
        "{err}"
    );
    let err = serde_json::from_str::<CourseSheet>(
        r#"{
            "code": "Y", "credits": 5,
            "activities": [{"id": "exam", "kind": "final_evaluation", "allotment": 10, "weight": 100}],
            "minimum_mean": 5
        }"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("course `Y`, activity `exam`: `weight` belongs to the weighted scheme"),
        "{err}"
    );
    assert!(
        err.contains("course `Y`: `minimum_mean` belongs to the weighted scheme (GR-5)"),
        "{err}"
    );
}

fn continuous_assessment(minimum: i64, maximum: i64) -> WeightBound {
    WeightBound {
        kinds: vec![
            ActivityKind::Seminar,
            ActivityKind::Laboratory,
            ActivityKind::Test,
        ],
        minimum: Decimal::from(minimum),
        maximum: Decimal::from(maximum),
    }
}

#[test]
fn gr2_weights_are_checked_against_the_policy_s_bounds() {
    let mut policy = GradingPolicy::umc_2020();
    policy.components.weight_bounds = vec![continuous_assessment(30, 50)];
    assert_eq!(exam_and_seminar().check_under(&policy), Ok(()));
    policy.components.weight_bounds = vec![continuous_assessment(50, 70)];
    assert_eq!(
        exam_and_seminar()
            .check_under(&policy)
            .unwrap_err()
            .to_string(),
        "course `ECO-101`: activities `seminar` weigh 40%, outside the policy's bound of 50%–70% for their kind (GR-2, `grading.components.weight_bounds`)"
    );
}

#[test]
fn gr2_a_weight_bound_is_checked_on_load() {
    let mut policy = GradingPolicy::umc_2020();
    policy.components.weight_bounds = vec![continuous_assessment(60, 120)];
    let problems: Vec<String> = policy.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        vec![
            "`components.weight_bounds[0].maximum` = 120: a weight is at most 100% (GR-2)"
                .to_string()
        ]
    );
}

#[test]
fn a_policy_without_components_loads_with_the_defaults() {
    let mut json = serde_json::to_value(GradingPolicy::umc_2020()).unwrap();
    json.as_object_mut().unwrap().remove("components");
    let policy: GradingPolicy = serde_json::from_value(json).unwrap();
    assert_eq!(policy, GradingPolicy::umc_2020());
    assert_eq!(policy.components.absence, ComponentAbsence::GradeOne);
}

/// Two to five components with weights adding up to 100, the last the final evaluation, and a
/// grade 1–10 (two decimals) for each.
fn weighted_result() -> impl Strategy<Value = (Vec<u32>, Vec<Decimal>)> {
    prop::collection::vec(1u32..=20, 2..=5).prop_flat_map(|parts| {
        let total: u32 = parts.iter().sum();
        let mut weights: Vec<u32> = parts.iter().map(|p| p * 100 / total).collect();
        let rest = 100 - weights.iter().sum::<u32>();
        weights[0] += rest;
        let n = weights.len();
        (
            Just(weights),
            prop::collection::vec((100i64..=1000).prop_map(|h| Decimal::new(h, 2)), n),
        )
    })
}

fn weighted_sheet(weights: &[u32], minimum: Option<Decimal>) -> CourseSheet {
    let last = weights.len() - 1;
    let activities: Vec<serde_json::Value> = weights
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut a = serde_json::json!({
                "id": format!("c{i}"),
                "kind": if i == last { "final_evaluation" } else { "test" },
                "weight": w,
            });
            if let Some(m) = minimum {
                a["minimum"] = serde_json::json!(m.to_string());
            }
            a
        })
        .filter(|a| a["weight"] != 0)
        .collect();
    serde_json::from_value(serde_json::json!({
        "code": "P", "credits": 5, "scheme": "weighted", "activities": activities
    }))
    .unwrap()
}

proptest! {
    #[test]
    fn gr3_weighted_mean_is_between_the_lowest_and_highest_component_grade(
        (weights, grades) in weighted_result()
    ) {
        prop_assume!(weights.iter().all(|w| *w > 0));
        let sheet = weighted_sheet(&weights, None);
        let scores: Vec<Score> = grades.iter().map(|g| Score::Points(Points::new(*g).unwrap())).collect();
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let CourseOutcome::Graded { total, .. } = outcome else { panic!("{outcome:?}") };
        let lowest = grades.iter().copied().min().unwrap();
        let highest = grades.iter().copied().max().unwrap();
        prop_assert!(lowest <= total.value() && total.value() <= highest, "{total} not in {lowest}..{highest}");
    }

    #[test]
    fn gr5_a_course_with_a_component_below_its_minimum_never_passes(
        (weights, grades) in weighted_result(),
        minimum in (100i64..=1000).prop_map(|h| Decimal::new(h, 2)),
    ) {
        prop_assume!(weights.iter().all(|w| *w > 0));
        prop_assume!(grades.iter().any(|g| *g < minimum));
        let sheet = weighted_sheet(&weights, Some(minimum));
        let scores: Vec<Score> = grades.iter().map(|g| Score::Points(Points::new(*g).unwrap())).collect();
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        prop_assert!(!outcome.passed(), "{outcome:?}");
        prop_assert!(outcome.grade().is_some_and(|g| g.value() < 5), "{outcome:?}");
    }

    #[test]
    fn gr3_the_umc_points_path_is_unchanged_by_the_component_policy(
        lab in 0i64..=300, seminar in 0i64..=200, exam in 0i64..=500, absent in any::<bool>(),
    ) {
        let sheet = sheet(r#"{
            "code": "NAV", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": 3},
                {"id": "seminar", "kind": "seminar", "allotment": 2},
                {"id": "exam", "kind": "final_evaluation", "allotment": 5}
            ]
        }"#);
        let p = |h| Score::Points(Points::new(Decimal::new(h, 2)).unwrap());
        let scores = [p(lab), if absent { Score::Absent } else { p(seminar) }, p(exam)];
        let umc = GradingPolicy::umc_2020();
        let mut other = umc.clone();
        other.components.absence = ComponentAbsence::Zero;
        other.components.weight_bounds = vec![continuous_assessment(30, 50)];
        let before = sheet.evaluate_explained(&umc, "S", &scores).unwrap();
        let after = sheet.evaluate_explained(&other, "S", &scores).unwrap();
        prop_assert_eq!(before.outcome, after.outcome);
        prop_assert_eq!(before.to_string(), after.to_string());
        prop_assert_eq!(sheet.check_under(&other), Ok(()));
        // The sheet keeps its JSON shape: no scheme, weight or minimum fields.
        let json = serde_json::to_string(&sheet).unwrap();
        prop_assert!(!json.contains("scheme") && !json.contains("weight") && !json.contains("minimum"), "{}", json);
        let total = Decimal::new(lab + if absent { 0 } else { seminar } + exam, 2);
        prop_assert_eq!(before.outcome.grade().is_some(), true);
        let CourseOutcome::Graded { total: got, .. } = before.outcome else { panic!() };
        prop_assert_eq!(got.value(), total);
    }
}

/// The explanation of `text`'s grades says each sentence given, in English and in Romanian.
fn says(sheet: &CourseSheet, policy: &GradingPolicy, text: &str, en: &[&str], ro: &[&str]) {
    let why = sheet
        .evaluate_explained(policy, "S", &grades(text))
        .unwrap();
    for (lang, sentences) in [(Lang::En, en), (Lang::Ro, ro)] {
        let written = in_language(lang, || why.to_string());
        for sentence in sentences {
            assert!(written.contains(sentence), "{sentence}\n{written}");
        }
    }
}

/// A policy with the given default point (*punctul din oficiu*, GR-2, GR-3).
fn with_default_point(points: &str) -> GradingPolicy {
    let mut policy = GradingPolicy::umc_2020();
    policy.components.default_point = points.parse().unwrap();
    policy
}

/// Lab 3 + exam 6 points, 9 in all: the sheet of a regulation that gives 1 point ex officio.
fn nine_plus_one() -> regula_grading::CourseSheetSpec {
    serde_json::from_str(
        r#"{
            "code": "NAV-9", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": 3},
                {"id": "exam", "kind": "final_evaluation", "allotment": 6}
            ],
            "admission": [{"activity": "lab"}]
        }"#,
    )
    .unwrap()
}

#[test]
fn gr2_gr3_the_default_point_completes_a_points_sheet_s_allotments_to_ten() {
    let policy = with_default_point("1");
    let sheet = CourseSheet::new_under(nine_plus_one(), &policy).unwrap();
    assert_eq!(graded(&sheet, &policy, "[2, 5]"), outcome("8", 8, true));
    assert_eq!(graded(&sheet, &policy, "[3, 6]"), outcome("10", 10, true));
    // What a student absent from the exam earned does not include the point ex officio.
    assert_eq!(
        graded(&sheet, &policy, r#"[2.5, "absent"]"#),
        CourseOutcome::Absent {
            total: Some(Points::new("2.5".parse().unwrap()).unwrap())
        }
    );
    says(
        &sheet,
        &policy,
        "[2, 2.25]",
        &[
            "1 ex officio (din oficiu) is added: 4.25 + 1 = 5.25 points.",
            "5.25 ≥ 5 points: the course is passed.",
        ],
        &["Se adaugă 1 din oficiu: 4,25 + 1 = 5,25 puncte."],
    );
}

#[test]
fn gr2_a_points_sheet_and_the_default_point_must_add_up_to_ten() {
    // Nine points without a default point, ten with one: both refused, naming the values.
    let err = CourseSheet::new_under(nine_plus_one(), &GradingPolicy::umc_2020())
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "course `NAV-9`: the activities' allotments (`activities[].allotment`) add up to 9 points and the policy gives 0 ex officio (`grading.components.default_point`), not 10 in all (GR-2)"
    );
    // Read without a policy, only the sum is named.
    assert_eq!(
        CourseSheet::new(nine_plus_one()).unwrap_err().to_string(),
        "course `NAV-9`: the activities' allotments add up to 9 points, not 10 (GR-2)"
    );
    let ten = sheet(
        r#"{
            "code": "NAV-10", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": 4},
                {"id": "exam", "kind": "final_evaluation", "allotment": 6}
            ]
        }"#,
    );
    let policy = with_default_point("0.5");
    let expected = "course `NAV-10`: the activities' allotments (`activities[].allotment`) add up to 10 points and the policy gives 0.5 ex officio (`grading.components.default_point`), not 10 in all (GR-2)";
    assert_eq!(ten.check_under(&policy).unwrap_err().to_string(), expected);
    assert_eq!(
        ten.evaluate(&policy, "S", &grades("[4, 6]"))
            .unwrap_err()
            .to_string(),
        expected
    );
    let spec: regula_grading::CourseSheetSpec = ten.into();
    assert_eq!(
        CourseSheet::new_under(spec, &policy)
            .unwrap_err()
            .to_string(),
        expected
    );
}

#[test]
fn gr3_the_default_point_on_a_weighted_sheet_takes_the_mean_out_of_the_rest() {
    let policy = with_default_point("1");
    let sheet = exam_and_seminar();
    assert_eq!(sheet.check_under(&policy), Ok(()));
    // 1 + 7.2 × 9/10 = 7.48
    assert_eq!(graded(&sheet, &policy, "[6, 8]"), outcome("7.48", 7, true));
    assert_eq!(graded(&sheet, &policy, "[10, 10]"), outcome("10", 10, true));
    assert_eq!(graded(&sheet, &policy, "[5, 5]"), outcome("5.5", 6, true));
    // The mean minimum judges the mean of the grades, before the point ex officio: a mean of
    // 4.5 fails its minimum of 5 although 1 + 4.5 × 9/10 = 5.05.
    assert_eq!(
        graded(&sheet, &policy, "[3, 5.5]"),
        outcome("5.05", 4, false)
    );
    says(
        &sheet,
        &policy,
        "[6, 8]",
        &[
            "With 1 ex officio (din oficiu), the mean counts for the other 9: 1 + 7.2 × 9/10 = 7.48.",
            "The mean 7.48 ≥ 5: the course is passed.",
        ],
        &[
            "Cu 1 din oficiu, media contează pentru restul de 9: 1 + 7,2 × 9/10 = 7,48.",
            "Media 7,48 ≥ 5: disciplina este promovată.",
        ],
    );
}

#[test]
fn gr3_the_weighted_pass_sentence_speaks_of_the_mean() {
    let policy = GradingPolicy::umc_2020();
    says(
        &exam_and_seminar(),
        &policy,
        "[6, 8]",
        &["The mean 7.2 ≥ 5: the course is passed."],
        &["Media 7,2 ≥ 5: disciplina este promovată."],
    );
    let why = exam_and_seminar()
        .evaluate_explained(&policy, "S", &grades("[6, 8]"))
        .unwrap();
    let en = in_language(Lang::En, || why.to_string());
    assert!(!en.contains("points: the course"), "{en}");
}

#[test]
fn gr4_the_weighted_rounding_sentence_speaks_of_the_mean() {
    let policy = GradingPolicy::umc_2020();
    says(
        &exam_and_seminar(),
        &policy,
        "[6, 8]",
        &["The mean 7.2 rounds half-up to grade 7"],
        &["Media 7,2 se rotunjește"],
    );
    let no_minimum = sheet(
        r#"{
            "code": "ECO-102", "credits": 5, "scheme": "weighted",
            "activities": [
                {"id": "seminar", "kind": "seminar", "weight": 40},
                {"id": "exam", "kind": "final_evaluation", "weight": 60}
            ]
        }"#,
    );
    says(
        &no_minimum,
        &policy,
        "[4, 5]",
        &["The mean 4.6 would round half-up to 5, but a mean below 5 never passes: grade 4"],
        &[
            "Media 4,6 s-ar rotunji",
            "dar o medie sub 5 nu este niciodată de promovare: nota 4",
        ],
    );
}

#[test]
fn gr3_a_default_point_is_checked_on_load() {
    let problems = |points: &str| -> Vec<String> {
        with_default_point(points)
            .problems()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        problems("-1"),
        vec!["`components.default_point` = -1: a default point is not negative (GR-3)"]
    );
    assert_eq!(
        problems("10"),
        vec![
            "`components.default_point` = 10: a default point is less than the 10 points of a course (GR-2)"
        ]
    );
    assert_eq!(
        problems("0.125"),
        vec!["`components.default_point` = 0.125: a default point has at most 2 decimals (GR-3)"]
    );
    assert!(problems("1.50").is_empty());
    assert!(problems("0").is_empty());
    // On load, the whole history is refused with the field's path and value.
    let mut json = serde_json::to_value(regula_grading::policy::umc_2020()).unwrap();
    json["versions"][1]["policy"]["components"]["default_point"] = "12".into();
    let err = serde_json::from_value::<regula_core::PolicyHistory<GradingPolicy>>(json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("`components.default_point` = 12"), "{err}");
}

/// A weighted sheet of 2–5 components: weights (hundredths of a percent, some with decimals)
/// adding up to 100, optional minimums and mean minimum, an admission condition on the first
/// component; and grades 1–10 with 0–3 decimals (3 decimals take the decimal path), or absent.
fn random_weighted() -> impl Strategy<Value = (CourseSheet, Vec<Score>)> {
    (
        prop::collection::vec(
            (
                1u32..=40,
                prop::option::of(100i64..=1000),
                prop::option::weighted(0.9, (100i64..=10_000, 0u32..=3)),
            ),
            2..=5,
        ),
        prop::option::of(100i64..=1000),
        any::<bool>(),
        0u32..=2,
    )
        .prop_map(|(parts, minimum_mean, admission, weight_decimals)| {
            let unit = 10i64.pow(weight_decimals);
            let total: i64 = parts.iter().map(|p| i64::from(p.0)).sum();
            let mut weights: Vec<i64> = (parts.iter())
                .map(|p| (i64::from(p.0) * 100 * unit / total).max(1))
                .collect();
            let rest = 100 * unit - weights.iter().sum::<i64>();
            weights[0] += rest;
            let last = parts.len() - 1;
            let activities: Vec<serde_json::Value> = (parts.iter().zip(&weights))
                .enumerate()
                .map(|(i, ((_, minimum, _), w))| {
                    let mut a = serde_json::json!({
                        "id": format!("c{i}"),
                        "kind": if i == last { "final_evaluation" } else { "test" },
                        "weight": Decimal::new(*w, weight_decimals).to_string(),
                    });
                    if let Some(m) = minimum {
                        a["minimum"] = serde_json::json!(Decimal::new(*m, 2).to_string());
                    }
                    a
                })
                .collect();
            let mut json = serde_json::json!({
                "code": "P", "credits": 5, "scheme": "weighted", "activities": activities,
            });
            if let Some(m) = minimum_mean {
                json["minimum_mean"] = serde_json::json!(Decimal::new(m, 2).to_string());
            }
            if admission && last > 0 {
                json["admission"] = serde_json::json!([{"activity": "c0"}]);
            }
            let sheet: CourseSheet = serde_json::from_value(json).unwrap();
            let scores = (parts.iter())
                .map(|(_, _, grade)| match grade {
                    None => Score::Absent,
                    Some((thousandths, decimals)) => {
                        let exact = Decimal::new(*thousandths, 3).round_dp(*decimals);
                        Score::Points(Points::new(exact.max(Decimal::ONE)).unwrap())
                    }
                })
                .collect();
            (sheet, scores)
        })
}

proptest! {
    #[test]
    fn gr3_the_fast_path_and_the_explained_path_agree_on_weighted_sheets(
        (sheet, scores) in random_weighted(),
        absence_zero in any::<bool>(),
        default_hundredths in prop::option::of(0i64..=300),
    ) {
        let mut policy = GradingPolicy::umc_2020();
        if absence_zero {
            policy.components.absence = ComponentAbsence::Zero;
        }
        policy.components.default_point = Decimal::new(default_hundredths.unwrap_or(0), 2);
        // The generated grades carry up to 3 decimals: the arithmetic is what is tested here.
        policy.components.points_decimals = 3;
        let fast = sheet.evaluate(&policy, "S", &scores).unwrap();
        let explained = sheet.evaluate_explained(&policy, "S", &scores).unwrap();
        prop_assert_eq!(fast, explained.outcome);
        // The same decimal, to the scale: the JSON and the debug form agree too.
        prop_assert_eq!(format!("{fast:?}"), format!("{:?}", explained.outcome));
    }

    #[test]
    fn gr3_the_default_point_never_makes_a_grade_exceed_10_and_never_lowers_a_result(
        (sheet, scores) in random_weighted(),
        default_hundredths in 1i64..=999,
        lab in 0i64..=300, exam in 0i64..=600,
    ) {
        let default_point = Decimal::new(default_hundredths, 2);
        let mut policy = with_default_point(&default_point.to_string());
        let mut umc = GradingPolicy::umc_2020();
        // The generated grades carry up to 3 decimals: the arithmetic is what is tested here.
        policy.components.points_decimals = 3;
        umc.components.points_decimals = 3;
        // Weighted: the result with the default point is at most 10 and at least the mean.
        let with = sheet.evaluate(&policy, "S", &scores).unwrap();
        let without = sheet.evaluate(&umc, "S", &scores).unwrap();
        if let (
            CourseOutcome::Graded { total, grade, .. },
            CourseOutcome::Graded { total: mean, grade: before, .. },
        ) = (with, without) {
            prop_assert!(total.value() <= Decimal::TEN && grade.value() <= 10, "{with:?}");
            prop_assert!(total >= mean && grade >= before, "{with:?} < {without:?}");
        }
        prop_assert!(!without.passed() || with.passed(), "{with:?} vs {without:?}");
        // Points: allotments of 10 − d, plus d, never above 10 and never below the points earned.
        let allotted = Decimal::TEN - default_point;
        let lab_allotment = Decimal::new(3, 0).min(allotted / Decimal::TWO);
        let spec: regula_grading::CourseSheetSpec = serde_json::from_value(serde_json::json!({
            "code": "N", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": lab_allotment.to_string()},
                {"id": "exam", "kind": "final_evaluation", "allotment": (allotted - lab_allotment).to_string()}
            ]
        })).unwrap();
        let points_sheet = CourseSheet::new_under(spec, &policy).unwrap();
        let lab = Decimal::new(lab, 2).min(lab_allotment);
        let exam = Decimal::new(exam, 2).min(allotted - lab_allotment);
        let p = |d: Decimal| Score::Points(Points::new(d).unwrap());
        let outcome = points_sheet.evaluate(&policy, "S", &[p(lab), p(exam)]).unwrap();
        let CourseOutcome::Graded { total, grade, .. } = outcome else { panic!("{outcome:?}") };
        prop_assert_eq!(total.value(), lab + exam + default_point);
        prop_assert!(total.value() <= Decimal::TEN && grade.value() <= 10);
        prop_assert!(total.value() >= lab + exam);
    }
}

proptest! {
    /// GR-3 (issue #32): a score is refused for its precision exactly when it carries more
    /// decimals than `grading.components.points_decimals` allows, whatever its value; within
    /// the precision it is graded as before (never rounded to fit).
    #[test]
    fn gr3_a_score_is_refused_for_its_precision_exactly_when_finer_than_the_policy(
        (scale, mantissa) in (0u32..=6).prop_flat_map(|scale| (Just(scale), 0i64..=3 * 10i64.pow(scale))),
        allowed in 0u32..=5,
    ) {
        let sheet = sheet(r#"{
            "code": "NAV", "credits": 5,
            "activities": [
                {"id": "lab", "kind": "laboratory", "allotment": 3},
                {"id": "exam", "kind": "final_evaluation", "allotment": 7}
            ]
        }"#);
        let points = Decimal::new(mantissa, scale);
        let mut policy = GradingPolicy::umc_2020();
        policy.components.points_decimals = allowed;
        let scores = [Score::Points(Points::new(points).unwrap()), Score::Points(Points::new(Decimal::from(5)).unwrap())];
        let finer = points.normalize().scale() > allowed;
        match sheet.evaluate(&policy, "S", &scores) {
            Ok(CourseOutcome::Graded { total, .. }) => {
                prop_assert!(!finer, "{points} accepted under {allowed} decimals");
                prop_assert_eq!(total.value(), points + Decimal::from(5));
            }
            Ok(other) => prop_assert!(false, "{other:?}"),
            Err(err) => {
                prop_assert!(finer, "{points} refused under {allowed} decimals: {err}");
                prop_assert!(err.to_string().contains("points_decimals"));
            }
        }
    }
}
