//! The grading regulation's invariants, as property tests. Each test is named after the rule it
//! checks (UMC-EXAM §5.2–§5.5; rule ids from the catalogue, `docs/rules.md`), so that the list of names reads as the
//! regulation.

use proptest::prelude::*;
use proptest::sample::subsequence;
use regula_core::{Credits, Decimal, Grade, NaiveDate, Points};
use regula_grading::policy::umc_2020;
use regula_grading::{
    Activity, ActivityKind, AdmissionCondition, Answer, Assessment, AverageEntry, CourseKind,
    CourseOutcome, CourseSheet, CourseSheetSpec, GradingPolicy, MultipleAnswerScoring, PassBy,
    Quiz, QuizAttempt, QuizSpec, RoundingMode, Score, grade_for_total, weighted_average,
};

fn hundredths(h: i64) -> Decimal {
    Decimal::new(h, 2)
}

fn points_of(value: Decimal) -> Points {
    Points::new(value).unwrap()
}

fn points(h: i64) -> Points {
    Points::new(hundredths(h)).unwrap()
}

/// 1..=6 allotments in hundredths of a point, each > 0, adding up to exactly 10 points.
fn valid_allotments() -> impl Strategy<Value = Vec<i64>> {
    (1usize..=6).prop_flat_map(|n| {
        subsequence((1..1000i64).collect::<Vec<_>>(), n - 1).prop_map(|cuts| {
            let mut bounds = vec![0];
            bounds.extend(cuts);
            bounds.push(1000);
            bounds.windows(2).map(|w| w[1] - w[0]).collect()
        })
    })
}

fn sheet_from(allotments: &[i64], final_index: usize, assessment: Assessment) -> CourseSheetSpec {
    CourseSheetSpec {
        code: "C".into(),
        title: String::new(),
        credits: Credits::new(Decimal::from(5)).unwrap(),
        kind: CourseKind::Compulsory,
        assessment,
        activities: allotments
            .iter()
            .enumerate()
            .map(|(i, &a)| Activity {
                id: format!("a{i}").into(),
                kind: if i == final_index {
                    ActivityKind::FinalEvaluation
                } else {
                    ActivityKind::Other
                },
                allotment: points(a),
                weight: None,
                minimum: None,
            })
            .collect(),
        admission: Vec::new(),
        scheme: Default::default(),
        minimum_mean: None,
    }
}

/// A valid course sheet (final evaluation last) and a student's scores on it: points within each
/// allotment, or absent (never from the final evaluation, so that the outcome is a grade).
fn graded_result() -> impl Strategy<Value = (CourseSheet, Vec<Score>)> {
    valid_allotments().prop_flat_map(|allotments| {
        let last = allotments.len() - 1;
        let scores: Vec<BoxedStrategy<Score>> = allotments
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let earned = (0..=a).prop_map(|h| Score::Points(points(h)));
                if i == last {
                    earned.boxed()
                } else {
                    prop_oneof![4 => earned, 1 => Just(Score::Absent)].boxed()
                }
            })
            .collect();
        let sheet = CourseSheet::new(sheet_from(&allotments, last, Assessment::Grade)).unwrap();
        (Just(sheet), scores)
    })
}

fn total_of(outcome: CourseOutcome) -> Points {
    match outcome {
        CourseOutcome::Graded { total, .. } | CourseOutcome::Qualified { total, .. } => total,
        other => panic!("expected a total, got {other:?}"),
    }
}

fn any_total() -> impl Strategy<Value = Points> {
    // Totals to 4 decimals, as an online quiz can produce.
    (0..=100_000i64).prop_map(|t| Points::new(Decimal::new(t, 4)).unwrap())
}

fn any_rounding() -> impl Strategy<Value = RoundingMode> {
    prop_oneof![
        Just(RoundingMode::HalfUp),
        Just(RoundingMode::HalfEven),
        Just(RoundingMode::Down),
        Just(RoundingMode::Up),
    ]
}

fn policy_with(rounding: RoundingMode) -> GradingPolicy {
    GradingPolicy {
        rounding,
        ..GradingPolicy::umc_2020()
    }
}

proptest! {
    /// GR-2: a course sheet is valid exactly when its allotments add up to 10 points.
    #[test]
    fn gr2_a_split_is_valid_exactly_when_it_adds_up_to_ten(
        allotments in prop::collection::vec(1..=1000i64, 1..=6)
    ) {
        let sum: i64 = allotments.iter().sum();
        let last = allotments.len() - 1;
        let result = CourseSheet::new(sheet_from(&allotments, last, Assessment::Grade));
        prop_assert_eq!(result.is_ok(), sum == 1000, "sum {} hundredths", sum);
        if let Err(errors) = result {
            prop_assert!(errors.to_string().contains("(GR-2)"));
        }
    }

    /// GR-2: every split generated to add up to 10 is accepted.
    #[test]
    fn gr2_every_split_that_adds_up_to_ten_is_accepted(allotments in valid_allotments()) {
        let last = allotments.len() - 1;
        prop_assert!(CourseSheet::new(sheet_from(&allotments, last, Assessment::Grade)).is_ok());
    }

    /// GR-3: the total is the sum of the activities' points and lies within 0..=10.
    #[test]
    fn gr3_the_total_is_the_sum_of_the_points_and_within_zero_and_ten(
        (sheet, scores) in graded_result()
    ) {
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let sum: Decimal = scores.iter().map(|s| s.points().value()).sum();
        let total = total_of(outcome);
        prop_assert_eq!(total.value(), sum);
        prop_assert!(total >= Points::ZERO && total <= Points::MAX);
    }

    /// GR-3: points above an activity's allotment are rejected, naming the activity.
    #[test]
    fn gr3_points_above_the_allotment_are_rejected(
        (sheet, mut scores) in graded_result(), excess in 1..=100i64, which in any::<prop::sample::Index>()
    ) {
        let i = which.index(scores.len());
        let allotment = sheet.activities()[i].allotment.value();
        prop_assume!(allotment + hundredths(excess) <= Decimal::TEN);
        scores[i] = Score::Points(Points::new(allotment + hundredths(excess)).unwrap());
        let errors = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap_err();
        let expected = format!("activity `{}`", sheet.activities()[i].id);
        prop_assert!(errors.to_string().contains(&expected));
    }

    /// GR-4: the grade rises with the points, whatever the rounding mode.
    #[test]
    fn gr4_the_grade_is_monotone_in_points(
        a in any_total(), b in any_total(), rounding in any_rounding()
    ) {
        let policy = policy_with(rounding);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(grade_for_total(low, &policy).0 <= grade_for_total(high, &policy).0);
    }

    /// GR-4: a total below 5 points never becomes a passing grade, whatever the rounding mode.
    #[test]
    fn gr4_a_total_below_five_never_passes(total in any_total(), rounding in any_rounding()) {
        let grade = grade_for_total(total, &policy_with(rounding)).0;
        if total.value() < Decimal::from(5) {
            prop_assert!(grade.value() < 5, "{} points gave grade {}", total, grade);
        }
    }

    /// GR-4: the grade is a whole number from 1 to 10 and, by default, the total rounded half-up
    /// (computed here independently, in ten-thousandths), except where a total below 5 is held
    /// at 4 and where the lowest grade 1 applies.
    #[test]
    fn gr4_the_grade_is_the_total_rounded_half_up(t in 0..=100_000i64) {
        let total = Points::new(Decimal::new(t, 4)).unwrap();
        let grade = grade_for_total(total, &GradingPolicy::umc_2020()).0.value();
        let half_up = ((t + 5_000) / 10_000) as u8;
        let expected = if t < 50_000 { half_up.min(4) } else { half_up }.max(1);
        prop_assert!((1..=10).contains(&grade));
        prop_assert_eq!(grade, expected);
    }

    /// GR-5: a course is passed exactly when the total reaches 5 points, which is exactly when the
    /// grade is at least 5.
    #[test]
    fn gr5_passed_exactly_when_the_total_reaches_five((sheet, scores) in graded_result()) {
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let CourseOutcome::Graded { total, grade, passed } = outcome else {
            return Err(TestCaseError::fail("expected a grade"));
        };
        prop_assert_eq!(passed, total.value() >= Decimal::from(5));
        prop_assert_eq!(passed, grade >= Grade::new(5).unwrap());
        prop_assert_eq!(passed, outcome.passed());
    }

    /// GR-4, GR-5 under `pass_by: rounded_grade`: a course is passed exactly when its grade —
    /// the total rounded, with no hold below the pass points — reaches the pass grade; the grade
    /// is never lower than under `points`, and differs only for totals below the pass points.
    #[test]
    fn gr5_by_rounded_grade_a_course_passes_exactly_when_its_grade_does(
        (sheet, scores) in graded_result(), rounding in any_rounding()
    ) {
        let by_grade = GradingPolicy { pass_by: PassBy::RoundedGrade, ..policy_with(rounding) };
        let outcome = sheet.evaluate(&by_grade, "S", &scores).unwrap();
        let CourseOutcome::Graded { total, grade, passed } = outcome else {
            return Err(TestCaseError::fail("expected a grade"));
        };
        prop_assert_eq!(passed, grade >= Grade::new(5).unwrap());
        let by_points = sheet.evaluate(&policy_with(rounding), "S", &scores).unwrap();
        let held = by_points.grade().unwrap();
        prop_assert!(grade >= held);
        if grade != held {
            prop_assert!(total.value() < Decimal::from(5), "{} points", total);
        }
    }

    /// GR-1, GR-5: a qualifier course gives admis exactly when the total reaches 5 points.
    #[test]
    fn gr1_a_qualifier_course_is_admis_exactly_from_five_points((sheet, scores) in graded_result()) {
        let mut spec: CourseSheetSpec = sheet.into();
        spec.assessment = Assessment::Qualifier;
        let sheet = CourseSheet::new(spec).unwrap();
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let total = total_of(outcome);
        prop_assert_eq!(outcome.passed(), total.value() >= Decimal::from(5));
        prop_assert_eq!(outcome.grade(), None);
    }

    /// GR-6: absence from an activity counts exactly as 0 points on it.
    #[test]
    fn gr6_absence_counts_as_zero_points((sheet, scores) in graded_result()) {
        let policy = GradingPolicy::umc_2020();
        let as_zero: Vec<Score> = scores
            .iter()
            .map(|s| Score::Points(s.points()))
            .collect();
        prop_assert_eq!(
            sheet.evaluate(&policy, "S", &scores).unwrap(),
            sheet.evaluate(&policy, "S", &as_zero).unwrap()
        );
    }

    /// GR-7: a student who does not meet an admission condition is "not admitted", whatever the
    /// other points; one who meets every condition is never "not admitted".
    #[test]
    fn gr7_an_unmet_condition_means_not_admitted(
        (sheet, scores) in graded_result(), minimum in 0..=1000i64
    ) {
        prop_assume!(sheet.activities().len() >= 2);
        let mut spec: CourseSheetSpec = sheet.into();
        let allotment = spec.activities[0].allotment;
        let minimum = points(minimum.min((allotment.value() * Decimal::from(100)).try_into().unwrap()));
        spec.admission.push(AdmissionCondition { activity: "a0".into(), minimum_points: minimum });
        let sheet = CourseSheet::new(spec).unwrap();
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let met = matches!(scores[0], Score::Points(p) if p >= minimum);
        prop_assert_eq!(matches!(outcome, CourseOutcome::NotAdmitted { .. }), !met);
    }

    /// GR-9 with GR-3 and GR-6: a student absent from the final evaluation is recorded absent and
    /// does not pass, and keeps the points earned in the other activities (an absence there is 0).
    #[test]
    fn gr9_absent_from_the_final_evaluation_is_absent_with_the_points_earned(
        (sheet, mut scores) in graded_result()
    ) {
        let last = scores.len() - 1;
        scores[last] = Score::Absent;
        let outcome = sheet.evaluate(&GradingPolicy::umc_2020(), "S", &scores).unwrap();
        let earned: Decimal = scores[..last].iter().map(|s| s.points().value()).sum();
        prop_assert_eq!(outcome, CourseOutcome::Absent { total: Some(points_of(earned)) });
        prop_assert!(!outcome.passed());
    }

    /// Decisions explain themselves: the explained path decides exactly what the fast path does,
    /// and cites GR-4 whenever it gives a grade.
    #[test]
    fn the_explanation_never_disagrees_with_the_fast_path((sheet, scores) in graded_result()) {
        let policy = GradingPolicy::umc_2020();
        let fast = sheet.evaluate(&policy, "S", &scores).unwrap();
        let explained = sheet.evaluate_explained(&policy, "S", &scores).unwrap();
        prop_assert_eq!(fast, explained.outcome);
        prop_assert!(explained.explanation.cites("GR-4"));
        prop_assert!(explained.explanation.cites("GR-3"));
    }

    /// GR-8: the average lies between the lowest and the highest grade counted, and an optional
    /// course without a written request does not move it.
    #[test]
    fn gr8_the_average_lies_between_the_grades_and_ignores_unrequested_optionals(
        courses in prop::collection::vec((1u8..=10, 1i64..=10), 1..=12), optional_grade in 1u8..=10
    ) {
        let entry = |i: usize, grade: u8, credits: i64, kind: CourseKind| AverageEntry {
            course: format!("C{i}"),
            credits: Credits::new(Decimal::from(credits)).unwrap(),
            kind,
            outcome: CourseOutcome::Graded {
                total: Points::new(Decimal::from(grade)).unwrap(),
                grade: Grade::new(grade).unwrap(),
                passed: grade >= 5,
            },
            written_request: false,
            obtained: Default::default(),
        };
        let mut entries: Vec<AverageEntry> = courses
            .iter()
            .enumerate()
            .map(|(i, &(g, c))| entry(i, g, c, CourseKind::Compulsory))
            .collect();
        let policy = GradingPolicy::umc_2020();
        let average = weighted_average(&policy, &entries).unwrap().average.unwrap();
        let low = courses.iter().map(|c| c.0).min().unwrap();
        let high = courses.iter().map(|c| c.0).max().unwrap();
        prop_assert!(average >= Decimal::from(low) && average <= Decimal::from(high));
        entries.push(entry(99, optional_grade, 5, CourseKind::Optional));
        prop_assert_eq!(weighted_average(&policy, &entries).unwrap().average, Some(average));
    }
}

fn quiz(questions: u32, max_bonus: Decimal, scoring: MultipleAnswerScoring) -> Quiz {
    let mut history = umc_2020();
    let mut version = history.latest().clone();
    version.policy.quiz.multiple_answer = scoring;
    history = regula_core::PolicyHistory::new("test", vec![version]).unwrap();
    Quiz::new(
        QuizSpec {
            course: "Q".into(),
            session_date: NaiveDate::from_ymd_opt(2021, 1, 25).unwrap(),
            bank_size: questions.max(50),
            questions,
            max_bonus: Points::new(max_bonus).unwrap(),
        },
        &history,
    )
    .unwrap()
}

fn any_scoring() -> impl Strategy<Value = MultipleAnswerScoring> {
    prop_oneof![
        Just(MultipleAnswerScoring::AllOrNothing),
        (0..=300i64).prop_map(|p| MultipleAnswerScoring::PartialCredit {
            wrong_choice_penalty: hundredths(p)
        }),
    ]
}

/// An answer to a question with 1..=5 correct choices and up to 4 wrong ones.
fn any_answer() -> impl Strategy<Value = Answer> {
    (1u8..=5, 0u8..=4).prop_flat_map(|(correct, wrong)| {
        (0..=correct, 0..=wrong).prop_map(move |(marked_correct, marked_wrong)| Answer {
            correct_choices: correct,
            marked_correct,
            marked_wrong,
            options: None,
        })
    })
}

fn attempt(answers: Vec<Answer>, bonus: Decimal) -> QuizAttempt {
    QuizAttempt {
        student: "S".into(),
        absent: false,
        bonus: Points::new(bonus).unwrap(),
        answers,
    }
}

fn quiz_total(quiz: &Quiz, attempt: &QuizAttempt) -> Decimal {
    total_of(quiz.evaluate(attempt).unwrap()).value()
}

proptest! {
    /// QZ-4: a test answered entirely correctly, with the full semester bonus, is worth exactly
    /// 10 points — for any number of questions and any bonus, even when a question's value
    /// (10 − bonus) / n has no exact decimal form.
    #[test]
    fn qz4_the_maximum_is_exactly_ten(
        questions in 10u32..=200, bonus in 0..1000i64, correct_choices in prop::collection::vec(1u8..=5, 200),
        scoring in any_scoring()
    ) {
        let quiz = quiz(questions, hundredths(bonus), scoring);
        let answers = (0..questions as usize)
            .map(|i| Answer { correct_choices: correct_choices[i], marked_correct: correct_choices[i], marked_wrong: 0, options: None })
            .collect();
        let outcome = quiz.evaluate(&attempt(answers, hundredths(bonus))).unwrap();
        prop_assert_eq!(total_of(outcome).value(), Decimal::TEN);
        prop_assert_eq!(outcome.grade(), Some(Grade::MAX));
    }

    /// QZ-4: one more correct answer never lowers the total, under either scoring policy.
    #[test]
    fn qz4_the_total_is_monotone_in_correct_answers(
        answers in prop::collection::vec(any_answer(), 10..=40), which in any::<prop::sample::Index>(),
        bonus in 0..=200i64, scoring in any_scoring()
    ) {
        let quiz = quiz(answers.len() as u32, Decimal::from(2), scoring);
        let i = which.index(answers.len());
        let mut better = answers.clone();
        better[i].marked_correct = better[i].correct_choices;
        better[i].marked_wrong = 0;
        let before = quiz_total(&quiz, &attempt(answers, hundredths(bonus)));
        let after = quiz_total(&quiz, &attempt(better, hundredths(bonus)));
        prop_assert!(after >= before, "{} -> {}", before, after);
    }

    /// QZ-4: with single-answer questions, the total is the bonus plus (10 − maximum bonus) / n per
    /// correct answer; with 10 questions and no bonus, 1 point per correct answer.
    #[test]
    fn qz4_each_correct_answer_is_worth_an_equal_share(
        questions in 10u32..=120, correct in 0u32..=120, max_bonus in 0..=300i64, earned in 0..=300i64
    ) {
        let correct = correct.min(questions);
        let earned = earned.min(max_bonus);
        let quiz = quiz(questions, hundredths(max_bonus), MultipleAnswerScoring::AllOrNothing);
        let answers = (0..questions).map(|i| Answer::single(i < correct)).collect();
        let total = quiz_total(&quiz, &attempt(answers, hundredths(earned)));
        // total × n = bonus × n + correct × (10 − maximum bonus), up to the 28th digit.
        let lhs = total * Decimal::from(questions);
        let rhs = hundredths(earned) * Decimal::from(questions)
            + Decimal::from(correct) * (Decimal::TEN - hundredths(max_bonus));
        prop_assert!((lhs - rhs).abs() <= Decimal::new(1, 20), "{} vs {}", lhs, rhs);
        if questions == 10 && max_bonus == 0 {
            prop_assert_eq!(total, Decimal::from(correct));
        }
    }

    /// QZ-4: partial credit is floored at 0 per question, so wrong choices never take away the
    /// semester bonus or other questions' points.
    #[test]
    fn qz4_partial_credit_never_goes_below_zero(
        answers in prop::collection::vec(any_answer(), 10..=30), penalty in 0..=500i64, bonus in 0..=200i64
    ) {
        let scoring = MultipleAnswerScoring::PartialCredit { wrong_choice_penalty: hundredths(penalty) };
        let quiz = quiz(answers.len() as u32, Decimal::from(2), scoring);
        let total = quiz_total(&quiz, &attempt(answers.clone(), hundredths(bonus)));
        prop_assert!(total >= hundredths(bonus));
        // And all-or-nothing never gives more than partial credit without penalty.
        let generous = quiz_total(
            &self::quiz(answers.len() as u32, Decimal::from(2), MultipleAnswerScoring::PartialCredit { wrong_choice_penalty: Decimal::ZERO }),
            &attempt(answers.clone(), hundredths(bonus)),
        );
        let strict = quiz_total(
            &self::quiz(answers.len() as u32, Decimal::from(2), MultipleAnswerScoring::AllOrNothing),
            &attempt(answers, hundredths(bonus)),
        );
        prop_assert!(strict <= generous);
    }

    /// QZ-4, GR-4: a quiz's grade follows the same rule as a course's, so a quiz total below 5
    /// never passes.
    #[test]
    fn qz4_a_quiz_below_five_points_never_passes(
        answers in prop::collection::vec(any_answer(), 10..=30), scoring in any_scoring()
    ) {
        let quiz = quiz(answers.len() as u32, Decimal::ZERO, scoring);
        let outcome = quiz.evaluate(&attempt(answers, Decimal::ZERO)).unwrap();
        let total = total_of(outcome).value();
        prop_assert_eq!(outcome.passed(), total >= Decimal::from(5));
        prop_assert_eq!(
            outcome.grade(),
            Some(grade_for_total(Points::new(total).unwrap(), quiz.policy()).0)
        );
    }
}

/// A policy that provides for grade improvement (GR-12..GR-14), in force from 2020.
fn improving_policy() -> regula_core::PolicyHistory<GradingPolicy> {
    let policy = GradingPolicy {
        improvement: Some(regula_grading::ImprovementPolicy {
            request_days_before: 2,
            one_more_day_on_sunday: true,
            one_more_day_monday_before: None,
            max_per_semester: Some(2),
            max_per_year: Some(3),
            only_all_exams_passed: false,
            only_current_year: false,
            not_for_continuous_assessment: false,
            once_per_course: false,
            absence_uses_the_chance: true,
        }),
        ..GradingPolicy::umc_2020()
    };
    regula_core::PolicyHistory::new(
        "improving",
        vec![regula_core::Versioned {
            effective_from: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            note: String::new(),
            policy,
        }],
    )
    .unwrap()
}

proptest! {
    /// GR-14: the higher grade stands — whatever the improvement exam gives (or an absence), and
    /// whether the request is granted or refused, the grade that stands is never below the grade
    /// the course was passed with, and is the higher of the two when the improvement was sat.
    #[test]
    fn gr14_an_improvement_never_lowers_a_grade(
        grade in 5u8..=10,
        result in prop::option::of(0u8..=10),
        days_before in 0u64..=5,
        earlier in 0usize..=3,
    ) {
        use regula_grading::{EarlierImprovement, ImprovementFacts, ImprovementResult};
        let exam_day = NaiveDate::from_ymd_opt(2025, 2, 12).unwrap();
        let facts = |result| ImprovementFacts {
            student: "S".into(),
            course: "C".into(),
            semester: 1,
            grade: Grade::new(grade).unwrap(),
            requested_on: exam_day - chrono::Days::new(days_before),
            exam_at: exam_day.and_hms_opt(10, 0, 0).unwrap(),
            all_exams_passed: true,
            current_year: true,
            continuous_assessment_only: false,
            earlier: (0..earlier)
                .map(|i| EarlierImprovement { course: format!("E{i}"), semester: 1, result: None })
                .collect(),
            result,
        };
        let history = improving_policy();
        let ask = |result| {
            let request = regula_grading::request::ImprovementRequest { requests: vec![facts(result)] };
            regula_grading::request::grade_improve(&history, &request)
        };
        let eligible = ask(None).unwrap().outcome.verdicts[0].eligible;
        prop_assert_eq!(eligible, days_before >= 2 && earlier < 2);
        let sat = match result {
            Some(0) => ImprovementResult::Absent,
            Some(g) => ImprovementResult::Grade(Grade::new(g).unwrap()),
            None => return Ok(()),
        };
        match ask(Some(sat)) {
            Ok(response) => {
                prop_assert!(eligible);
                let stands = response.outcome.verdicts[0].grade;
                prop_assert!(stands >= Grade::new(grade).unwrap());
                let expected = match sat {
                    ImprovementResult::Grade(g) => g.value().max(grade),
                    ImprovementResult::Absent => grade,
                };
                prop_assert_eq!(stands.value(), expected);
                prop_assert!(response.explanation.cites("GR-14"));
            }
            // A result for a request that was refused is bad input, naming the field.
            Err(errors) => {
                prop_assert!(!eligible);
                prop_assert!(errors.to_string().contains("`requests[0].result`"), "{}", errors);
            }
        }
    }
}

/// The scorings whose penalty depends on a question's number of options (QZ-4): 1/(options − 1)
/// of the question, or a table of penalties from 0 to 1 for 2..=8 options.
fn any_options_scoring() -> impl Strategy<Value = MultipleAnswerScoring> {
    prop_oneof![
        Just(MultipleAnswerScoring::PenaltyByOptions),
        prop::collection::vec(0..=100i64, 7).prop_map(|penalties| {
            MultipleAnswerScoring::PenaltyTable {
                penalties: penalties
                    .iter()
                    .enumerate()
                    .map(|(i, p)| regula_grading::OptionsPenalty {
                        options: i as u8 + 2,
                        penalty: hundredths(*p),
                    })
                    .collect(),
            }
        }),
    ]
}

/// An answer to a question of 2..=8 options, 1..=options of them correct, any marked.
fn any_answer_with_options() -> impl Strategy<Value = Answer> {
    (2u8..=8)
        .prop_flat_map(|options| (Just(options), 1..=options))
        .prop_flat_map(|(options, correct)| {
            (0..=correct, 0..=options - correct).prop_map(move |(marked_correct, marked_wrong)| {
                Answer {
                    correct_choices: correct,
                    marked_correct,
                    marked_wrong,
                    options: Some(options),
                }
            })
        })
}

proptest! {
    /// QZ-4, a penalty by the number of options: a question's score is within [0, its points],
    /// and choosing exactly the right options gives its full points; a whole test of right
    /// choices is exactly 10.
    #[test]
    fn qz4_a_penalty_by_options_keeps_a_question_within_its_points(
        answers in prop::collection::vec(any_answer_with_options(), 10..=30),
        scoring in any_options_scoring(), bonus in 0..=200i64,
    ) {
        let quiz = quiz(answers.len() as u32, hundredths(bonus), scoring);
        let value = quiz.question_value();
        for answer in &answers {
            let points = quiz.question_points(1, answer).unwrap();
            prop_assert!(points >= Decimal::ZERO && points <= value, "{answer:?}: {points} of {value}");
            let right = Answer { marked_correct: answer.correct_choices, marked_wrong: 0, ..*answer };
            prop_assert_eq!(quiz.question_points(1, &right).unwrap(), value);
        }
        let right: Vec<Answer> = answers
            .iter()
            .map(|a| Answer { marked_correct: a.correct_choices, marked_wrong: 0, ..*a })
            .collect();
        let total = quiz_total(&quiz, &attempt(right, hundredths(bonus)));
        prop_assert_eq!(total, Decimal::TEN);
        let total = quiz_total(&quiz, &attempt(answers, Decimal::ZERO));
        prop_assert!(total >= Decimal::ZERO && total <= Decimal::TEN - hundredths(bonus));
    }
}
