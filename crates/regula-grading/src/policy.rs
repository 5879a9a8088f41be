//! Grading policies: every number of the grading rules, as data with the date it takes effect.

use chrono::NaiveDate;
use regula_core::{
    CheckedPolicy, Decimal, Grade, ParameterProblem, PolicyHistory, Problems, Versioned,
};
use rust_decimal::RoundingStrategy;
use serde::{Deserialize, Serialize};

/// How a decimal is rounded to a whole number or to a number of decimals (GR-4, GR-8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    /// Half-up: 6.5 → 7, 6.49 → 6. The default of GR-4.
    #[default]
    HalfUp,
    /// Half to even (banker's rounding): 6.5 → 6, 7.5 → 8.
    HalfEven,
    /// Down (truncate): 6.99 → 6.
    Down,
    /// Up (ceiling): 6.01 → 7.
    Up,
}

impl RoundingMode {
    /// `value` rounded to `decimals` decimal places by this mode. Points and grades are never
    /// negative, so "down" and "up" coincide with towards and away from zero.
    pub fn round(self, value: Decimal, decimals: u32) -> Decimal {
        let strategy = match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::Up => RoundingStrategy::AwayFromZero,
        };
        value.round_dp_with_strategy(decimals, strategy)
    }

    /// The message identifier of the mode's name (GR-4, GR-8), for explanations in any language.
    pub const fn term(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "rounding-half-up",
            RoundingMode::HalfEven => "rounding-half-even",
            RoundingMode::Down => "rounding-down",
            RoundingMode::Up => "rounding-up",
        }
    }

    /// The mode's name as a sentence uses it: "half-up".
    pub const fn name(self) -> &'static str {
        match self {
            RoundingMode::HalfUp => "half-up",
            RoundingMode::HalfEven => "half-even",
            RoundingMode::Down => "down",
            RoundingMode::Up => "up",
        }
    }
}

/// How a question with several correct choices is scored (QZ-4 interpretation).
#[derive(
    Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(tag = "mode", rename_all = "snake_case", deny_unknown_fields)]
pub enum MultipleAnswerScoring {
    /// The question scores only when every correct choice and no wrong one is marked. The default.
    #[default]
    AllOrNothing,
    /// Each correct choice marked earns its share of the question; each wrong choice marked takes
    /// away `wrong_choice_penalty` shares; the question's score is floored at 0.
    PartialCredit {
        /// How many correct-choice shares one wrong choice cancels (1 = one for one).
        #[serde(deserialize_with = "regula_core::exact::decimal")]
        wrong_choice_penalty: Decimal,
    },
    /// QZ-4: each correct choice marked earns its share of the question; each wrong choice
    /// marked costs 1/(options − 1) of the question, by the question's number of options (each
    /// answer gives its `options`); the question's score is floored at 0.
    PenaltyByOptions,
    /// QZ-4: each correct choice marked earns its share of the question; each wrong choice
    /// marked costs the fraction of the question the table gives for the question's number of
    /// options (each answer gives its `options`); the question's score is floored at 0.
    PenaltyTable {
        /// QZ-4: the penalty by number of options, a row per number: `[{"options": 4,
        /// "penalty": "0.25"}, {"options": 5, "penalty": "0.2"}]`.
        penalties: Vec<crate::quiz_penalty::OptionsPenalty>,
    },
}

/// The parameters of the online multiple-choice quiz (QZ-3, QZ-4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizPolicy {
    /// QZ-3: the fewest questions the teacher's bank may hold for a session.
    pub minimum_bank_size: u32,
    /// QZ-4: the fewest questions one test may have (10: "1 point per correct answer").
    pub minimum_questions: u32,
    /// QZ-4: how a question with several correct choices scores.
    #[serde(default)]
    pub multiple_answer: MultipleAnswerScoring,
}

/// How a student's average is computed (GR-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AveragePolicy {
    /// Decimal places the average is given with.
    pub decimals: u32,
    /// How the average is brought to those decimals.
    pub rounding: RoundingMode,
    /// Whether the grades of failed courses (below the pass grade) count in the average.
    pub count_failed_grades: bool,
    /// What a course not passed brings when `count_failed_grades` holds: its grade (the
    /// default), or 0 points — an absence included — with its credits in the divisor either way
    /// ("a failed course counts 0 points").
    #[serde(default)]
    pub failed_points: FailedPoints,
    /// The divisor: the credits of the courses counted when absent (Σ grade × credits / Σ
    /// credits), or a fixed number of credits per period ("the sum is divided by 30 for a
    /// semester, by 60 for a year"), so that credits not earned lower the average.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_divisor: Option<FixedDivisor>,
    /// Optional courses (*opționale*): counted only on the student's written request (the
    /// default, the UMC procedure), always, or never.
    #[serde(default)]
    pub optional_courses: OptionalCourses,
    /// Whether the plan's facultative courses (*facultative*) count; never by default. A course
    /// beyond the plan (*peste plan*) never counts.
    #[serde(default)]
    pub count_facultative: bool,
    /// The ways of obtaining a course that leave it out of the average: `advanced` (a course
    /// of a later year taken in advance), `re_enrolled` (a second enrolment in the course),
    /// `recognised` (from a mobility or a transfer). None by default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leave_out: Vec<Obtained>,
}

/// What a course not passed brings to an average that counts failed courses (GR-8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FailedPoints {
    /// Its grade (4 × credits); a course with no grade (absent) is not counted.
    #[default]
    Grade,
    /// 0 points, its credits still in the divisor; an absence too.
    Zero,
}

/// Which optional courses count in an average (GR-8).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OptionalCourses {
    /// Only those the student asked in writing to count (the UMC procedure).
    #[default]
    OnRequest,
    /// Every optional course.
    Always,
    /// None.
    Never,
}

/// A fixed divisor of the average, in credits per period (GR-8): 30 for a semester, 60 for a
/// year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FixedDivisor {
    /// The credits of a semester (30).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub semester: Decimal,
    /// The credits of a year (60).
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub year: Decimal,
}

/// How a course's credits were obtained (GR-8, PR-1): at an exam of the programme, or otherwise.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Obtained {
    /// At an exam of the programme, in the course's year (the default).
    #[default]
    Exam,
    /// Recognised from a mobility or a transfer (*echivalare*, *recunoaștere*).
    Recognised,
    /// A course of a later year taken in advance (*în avans*).
    Advanced,
    /// A second enrolment in the course, after repeating a year or a re-enrolment
    /// (*reînmatriculare*, *refacere*).
    ReEnrolled,
}

impl Obtained {
    /// The way as a policy writes it: `re_enrolled`.
    pub const fn key(self) -> &'static str {
        match self {
            Obtained::Exam => "exam",
            Obtained::Recognised => "recognised",
            Obtained::Advanced => "advanced",
            Obtained::ReEnrolled => "re_enrolled",
        }
    }

    /// The way as a word of the regulations, for explanations.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            Obtained::Exam => "obtained-exam",
            Obtained::Recognised => "obtained-recognised",
            Obtained::Advanced => "obtained-advanced",
            Obtained::ReEnrolled => "obtained-re-enrolled",
        }))
    }
}

/// Every parameter of the grading rules for one institution, as one version of its policy.
///
/// ```
/// use regula_grading::policy::{umc_2020, RoundingMode};
/// use regula_core::NaiveDate;
///
/// let history = umc_2020();
/// let june_2020 = NaiveDate::from_ymd_opt(2020, 6, 15).unwrap();
/// let policy = &history.in_force_on(june_2020)?.policy;
/// assert_eq!(policy.quiz.minimum_bank_size, 30); // QZ-3, semester II 2019/2020
/// assert_eq!(policy.rounding, RoundingMode::HalfUp); // GR-4
/// # Ok::<(), regula_core::PolicyError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GradingPolicy {
    /// GR-1, GR-5: the lowest passing grade; a total needs at least this many points to pass.
    pub pass_grade: Grade,
    /// GR-4: how a total is rounded to a grade.
    pub rounding: RoundingMode,
    /// GR-4, GR-5: what passes a course — the points (a total below the pass grade's points never
    /// passes, so 4.50–4.99 gives 4: the UMC procedure) or the rounded grade (4.50 rounds to 5 and
    /// passes, where a regulation says only "the pass grade is 5"). `points` when absent.
    #[serde(default)]
    pub pass_by: PassBy,
    /// GR-8: how averages are computed.
    pub average: AveragePolicy,
    /// QZ-3, QZ-4: the online quiz.
    pub quiz: QuizPolicy,
    /// GR-12..GR-14: grade improvement (*mărire de notă*); absent where the regulation does not
    /// provide for it (the UMC procedure, so the presets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub improvement: Option<crate::improvement::ImprovementPolicy>,
    /// GR-2, GR-6: component grading (course sheets with `"scheme": "weighted"`). Absent in older
    /// policy files: absence graded 1, no bounds on the weights.
    #[serde(default)]
    pub components: ComponentPolicy,
}

/// GR-2, GR-3, GR-6: the parameters of a course sheet's components: their points' precision, the
/// default point, and weighted component grading (*ponderea componentelor*).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ComponentPolicy {
    /// GR-3: how many decimals an activity's points (or a weighted component's grade) may carry:
    /// 2 under the UMC procedure (2.5, 1.75 points), at most 10. A score with more is refused,
    /// naming the course, the student and the activity — never rounded, never summed into a total
    /// of 17 decimals.
    #[serde(default = "ComponentPolicy::default_points_decimals")]
    pub points_decimals: u32,
    /// GR-6: what an absence from a component counts for in the weighted mean.
    #[serde(default)]
    pub absence: ComponentAbsence,
    /// GR-2: bounds on the weights of kinds of activity, checked when a weighted sheet is read
    /// under the policy; each bound applies to the summed weight of a sheet's activities of the
    /// listed kinds ("continuous assessment between 30% and 50%"). None by default.
    #[serde(default)]
    pub weight_bounds: Vec<WeightBound>,
    /// GR-2, GR-3: the default point (*punctul din oficiu*) every graded result receives, 0 to
    /// less than 10 with at most 2 decimals; 0 (none) by default. A `points` sheet's allotments
    /// then add up to 10 less it (9 + 1 ex officio) and the total is their points plus it; on a
    /// `weighted` sheet the mean of the grades counts for the rest: `d + mean × (10 − d) / 10`,
    /// never above 10 and never below the mean. Not counted in what a student who is absent or
    /// not admitted earned (GR-7, GR-9).
    #[serde(
        default,
        skip_serializing_if = "Decimal::is_zero",
        deserialize_with = "regula_core::exact::decimal"
    )]
    pub default_point: Decimal,
}

impl ComponentPolicy {
    /// Two decimals: the UMC procedure's points (2.5, 1.75).
    fn default_points_decimals() -> u32 {
        2
    }
}

impl Default for ComponentPolicy {
    fn default() -> Self {
        ComponentPolicy {
            points_decimals: ComponentPolicy::default_points_decimals(),
            absence: ComponentAbsence::default(),
            weight_bounds: Vec::new(),
            default_point: Decimal::ZERO,
        }
    }
}

/// GR-6: what an absence from a weighted component counts for.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ComponentAbsence {
    /// Grade 1, the lowest grade. The default.
    #[default]
    GradeOne,
    /// 0, as the points scheme counts it (GR-6).
    Zero,
}

impl ComponentAbsence {
    /// The value an absence counts for in the weighted mean.
    pub fn value(self) -> Decimal {
        match self {
            ComponentAbsence::GradeOne => Decimal::ONE,
            ComponentAbsence::Zero => Decimal::ZERO,
        }
    }
}

/// GR-2: a bound on the summed weight, in percent, of a sheet's activities of some kinds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WeightBound {
    /// The kinds of activity bounded together: `["seminar", "laboratory", "test"]` for continuous
    /// assessment (*evaluare pe parcurs*).
    pub kinds: Vec<crate::ActivityKind>,
    /// The least summed weight, in percent.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub minimum: Decimal,
    /// The greatest summed weight, in percent.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub maximum: Decimal,
}

/// What passes a course (GR-4, GR-5): its points, or its rounded grade.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PassBy {
    /// A total needs at least the pass grade's points (5 of 10); a total below them is held at
    /// the grade below the pass grade, whatever rounding would give (UMC: 4.50–4.99 gives 4).
    #[default]
    Points,
    /// The rounded grade decides: a total that rounds to the pass grade passes (4.50 gives 5).
    RoundedGrade,
}

impl GradingPolicy {
    /// The UMC 2020 parameters for sessions after semester II of 2019/2020 (bank of 50).
    pub fn umc_2020() -> Self {
        GradingPolicy {
            pass_grade: Grade::FIVE,
            rounding: RoundingMode::HalfUp,
            pass_by: PassBy::Points,
            average: AveragePolicy {
                decimals: 2,
                rounding: RoundingMode::Down,
                count_failed_grades: true,
                failed_points: FailedPoints::Grade,
                fixed_divisor: None,
                optional_courses: OptionalCourses::OnRequest,
                count_facultative: false,
                leave_out: Vec::new(),
            },
            quiz: QuizPolicy {
                minimum_bank_size: 50,
                minimum_questions: 10,
                multiple_answer: MultipleAnswerScoring::AllOrNothing,
            },
            improvement: None,
            components: ComponentPolicy::default(),
        }
    }

    /// The pass threshold in points: as many points as the pass grade (GR-5: 5 of 10).
    pub fn pass_points(&self) -> Decimal {
        self.pass_grade.to_decimal()
    }
}

impl CheckedPolicy for GradingPolicy {
    const DOMAIN: &'static str = "grading";

    /// The parameters must make sense together: a failing grade exists below the pass grade, an
    /// average has at most 10 decimals, a quiz has questions, a penalty is not negative.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            self.pass_grade != Grade::MIN,
            "pass_grade",
            self.pass_grade,
            "a grade below the pass grade must exist (GR-4)",
        );
        found.check(
            self.average.decimals <= 10,
            "average.decimals",
            self.average.decimals,
            "at most 10 decimal places (GR-8)",
        );
        if let Some(fixed) = self.average.fixed_divisor {
            for (field, value) in [("semester", fixed.semester), ("year", fixed.year)] {
                found.check(
                    value > Decimal::ZERO,
                    format!("average.fixed_divisor.{field}"),
                    value,
                    "a divisor of credits is positive (GR-8)",
                );
            }
        }
        found.check(
            self.average.failed_points == FailedPoints::Grade || self.average.count_failed_grades,
            "average.failed_points",
            "zero",
            "0 points for a failed course needs `average.count_failed_grades` (GR-8)",
        );
        for (i, way) in self.average.leave_out.iter().enumerate() {
            found.check(
                *way != Obtained::Exam,
                format!("average.leave_out[{i}]"),
                way.key(),
                "an exam of the programme is what an average is made of; it cannot be left out (GR-8)",
            );
        }
        found.check(
            self.quiz.minimum_questions > 0,
            "quiz.minimum_questions",
            self.quiz.minimum_questions,
            "a quiz needs questions (QZ-4)",
        );
        found.check(
            self.quiz.minimum_bank_size >= self.quiz.minimum_questions,
            "quiz.minimum_bank_size",
            self.quiz.minimum_bank_size,
            format!(
                "a bank smaller than `quiz.minimum_questions` = {} cannot fill a test (QZ-3)",
                self.quiz.minimum_questions
            ),
        );
        if let MultipleAnswerScoring::PartialCredit {
            wrong_choice_penalty,
        } = self.quiz.multiple_answer
        {
            found.check(
                wrong_choice_penalty >= Decimal::ZERO,
                "quiz.multiple_answer.wrong_choice_penalty",
                wrong_choice_penalty,
                "a penalty cannot be negative (QZ-4)",
            );
        }
        crate::quiz_penalty::problems(self, &mut found);
        if let Some(improvement) = &self.improvement {
            improvement.problems(&mut found);
        }
        found.check(
            self.components.points_decimals <= 10,
            "components.points_decimals",
            self.components.points_decimals,
            "at most 10 decimal places (GR-3)",
        );
        let default_point = self.components.default_point;
        found.check(
            default_point >= Decimal::ZERO,
            "components.default_point",
            default_point,
            "a default point is not negative (GR-3)",
        );
        found.check(
            default_point < Decimal::TEN,
            "components.default_point",
            default_point,
            "a default point is less than the 10 points of a course (GR-2)",
        );
        found.check(
            default_point.normalize().scale() <= 2,
            "components.default_point",
            default_point,
            "a default point has at most 2 decimals (GR-3)",
        );
        for (i, bound) in self.components.weight_bounds.iter().enumerate() {
            let at = |field: &str| format!("components.weight_bounds[{i}].{field}");
            found.check(
                !bound.kinds.is_empty(),
                at("kinds"),
                "[]",
                "a bound names at least one kind of activity (GR-2)",
            );
            found.check(
                bound.minimum >= Decimal::ZERO,
                at("minimum"),
                bound.minimum,
                "a weight is not negative (GR-2)",
            );
            found.check(
                bound.maximum <= Decimal::ONE_HUNDRED,
                at("maximum"),
                bound.maximum,
                "a weight is at most 100% (GR-2)",
            );
            found.check(
                bound.minimum <= bound.maximum,
                at("minimum"),
                bound.minimum,
                format!("above the bound's `maximum` = {} (GR-2)", bound.maximum),
            );
        }
        found.into_vec()
    }
}

impl Default for GradingPolicy {
    fn default() -> Self {
        Self::umc_2020()
    }
}

/// The effective date of the UMC procedure's online-examination rules: OMEC 4206 of 6 May 2020,
/// which allowed online examination for the 2019/2020 academic year.
pub const UMC_2020_FIRST_DAY: NaiveDate = regula_core::catalogue::seed::UMC_EXAM_FROM;

/// The day from which the UMC bank minimum of 50 applies: the first session after semester II of
/// 2019/2020, taken to be the September 2020 retake session (policy default, see QZ-3).
pub const UMC_2020_BANK_OF_50_FROM: NaiveDate = regula_core::date(2020, 8, 1);

/// The UMC 2020 grading policy (UMC-EXAM §5.2–§5.5), as two versions:
///
/// - from 2020-05-06 (OMEC 4206/2020): the semester II 2019/2020 session, quiz bank of at least 30;
/// - from 2020-08-01: every later session, quiz bank of at least 50 (QZ-3).
///
/// Everything else is the same in both: pass at 5 (GR-5), half-up rounding with no pass below 5
/// points (GR-4), averages to 2 decimals without rounding up (GR-8), quizzes of at least 10
/// questions with all-or-nothing scoring of multiple-answer questions (QZ-4).
pub fn umc_2020() -> PolicyHistory<GradingPolicy> {
    let later = GradingPolicy::umc_2020();
    let mut semester_two = later.clone();
    semester_two.quiz.minimum_bank_size = 30;
    let versions = vec![
        Versioned {
            effective_from: UMC_2020_FIRST_DAY,
            note: "UMC-EXAM 2020 for the semester II 2019/2020 session: question bank of at least 30 (QZ-3)".into(),
            policy: semester_two,
        },
        Versioned {
            effective_from: UMC_2020_BANK_OF_50_FROM,
            note: "UMC-EXAM 2020 for every later session: question bank of at least 50 (QZ-3)".into(),
            policy: later,
        },
    ];
    // Two literal versions in increasing order; the unit tests below load this preset.
    #[allow(clippy::expect_used)]
    PolicyHistory::new("UMC 2020", versions).expect("the UMC 2020 versions are in date order")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_preset_has_the_two_qz3_versions() {
        let h = umc_2020();
        assert_eq!(h.versions().len(), 2);
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            h.in_force_on(d(2020, 7, 1))
                .unwrap()
                .policy
                .quiz
                .minimum_bank_size,
            30
        );
        assert_eq!(
            h.in_force_on(d(2020, 9, 1))
                .unwrap()
                .policy
                .quiz
                .minimum_bank_size,
            50
        );
        assert!(h.in_force_on(d(2020, 1, 15)).is_err());
    }

    #[test]
    fn the_preset_round_trips_through_json() {
        let h = umc_2020();
        let json = serde_json::to_string_pretty(&h).unwrap();
        let back: PolicyHistory<GradingPolicy> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, h);
    }

    #[test]
    fn rounding_modes() {
        assert_eq!(RoundingMode::HalfUp.round(dec!(6.5), 0), dec!(7));
        assert_eq!(RoundingMode::HalfEven.round(dec!(6.5), 0), dec!(6));
        assert_eq!(RoundingMode::Down.round(dec!(6.99), 0), dec!(6));
        assert_eq!(RoundingMode::Up.round(dec!(6.01), 0), dec!(7));
        assert_eq!(RoundingMode::Down.round(dec!(8.456), 2), dec!(8.45));
    }

    #[test]
    fn an_invalid_policy_is_rejected_on_load_naming_every_field() {
        let mut json = serde_json::to_value(umc_2020()).unwrap();
        let policy = &mut json["versions"][1]["policy"];
        policy["pass_grade"] = 1.into();
        policy["quiz"]["multiple_answer"] =
            serde_json::json!({"mode": "partial_credit", "wrong_choice_penalty": "-1"});
        let err = serde_json::from_value::<PolicyHistory<GradingPolicy>>(json).unwrap_err();
        let err = err.to_string();
        assert!(
            err.starts_with(
                "invalid grading policy `UMC 2020` (version in force from 2020-08-01):"
            ),
            "{err}"
        );
        assert!(
            err.contains("\n`pass_grade` = 1: a grade below the pass grade must exist (GR-4)"),
            "{err}"
        );
        assert!(
            err.contains("`quiz.multiple_answer.wrong_choice_penalty` = -1"),
            "{err}"
        );
    }

    #[test]
    fn the_preset_passes_its_own_checks() {
        assert_eq!(umc_2020().check(), Ok(()));
    }
}
