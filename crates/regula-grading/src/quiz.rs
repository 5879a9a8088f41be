//! The online multiple-choice quiz (*examinare online tip grilă*): bank size, question value,
//! semester bonus and automatic scoring (QZ-2..QZ-5), then the grade by GR-4.

use chrono::NaiveDate;
use regula_core::locale::{Arg, Message};
use regula_core::{
    Decimal, Decision, NoExplanation, Points, Recorder, Step, Versioned, Violations,
};
use serde::{Deserialize, Serialize};

use crate::course::{TotalKind, decide_total, shown};
use crate::quiz_penalty::Share;
use crate::rules::{GR_9, QZ_3, QZ_4, QZ_5};
use crate::sheet::Assessment;
use crate::{CourseOutcome, GradingError, GradingPolicy, MultipleAnswerScoring};

/// The most choices a question may have (lettered a–z); it bounds the exact arithmetic of partial
/// credit.
pub const MAX_CHOICES: u8 = 26;

/// A quiz as the teacher set it up on the platform (QZ-2..QZ-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizSpec {
    /// The course code.
    pub course: String,
    /// The day of the exam; it selects the policy version in force (QZ-3).
    pub session_date: NaiveDate,
    /// How many questions the teacher's bank holds (QZ-3).
    pub bank_size: u32,
    /// How many questions each test draws from the bank (QZ-2, QZ-4).
    pub questions: u32,
    /// The most points the semester activity can add (QZ-4, QZ-5); 0 for a quiz without a bonus.
    #[serde(default)]
    pub max_bonus: Points,
}

/// A student's answer to one question.
///
/// A single-answer question has one correct choice (the default). In JSON, `{"marked_correct": 1}`
/// is a correct single answer, `{"marked_wrong": 1}` a wrong one and `{}` an unanswered question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// How many of the question's choices are correct (1 for a single-answer question).
    #[serde(default = "one")]
    pub correct_choices: u8,
    /// How many correct choices the student marked.
    #[serde(default)]
    pub marked_correct: u8,
    /// How many wrong choices the student marked.
    #[serde(default)]
    pub marked_wrong: u8,
    /// QZ-4: how many options (choices) the question offers in all, from 2 to 26; needed where
    /// the policy's penalty depends on it (`penalty_by_options`, `penalty_table`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<u8>,
}

fn one() -> u8 {
    1
}

impl Default for Answer {
    /// An unanswered single-answer question.
    fn default() -> Self {
        Answer {
            correct_choices: 1,
            marked_correct: 0,
            marked_wrong: 0,
            options: None,
        }
    }
}

impl Answer {
    /// A single-answer question answered correctly (`true`) or not.
    pub fn single(correct: bool) -> Self {
        Answer {
            correct_choices: 1,
            marked_correct: u8::from(correct),
            marked_wrong: u8::from(!correct),
            options: None,
        }
    }
}

/// One student's sitting of a quiz.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizAttempt {
    /// The student.
    pub student: String,
    /// The student did not show up (GR-9).
    #[serde(default)]
    pub absent: bool,
    /// The semester bonus earned, at most the quiz's maximum (QZ-4).
    #[serde(default)]
    pub bonus: Points,
    /// One answer per question of the test, in order.
    #[serde(default)]
    pub answers: Vec<Answer>,
}

/// A quiz checked against the policy in force on its session date (QZ-2, QZ-3, QZ-4), ready to
/// score attempts.
///
/// ```
/// use regula_grading::{policy::umc_2020, Answer, Quiz, QuizAttempt, QuizSpec};
/// use regula_core::{NaiveDate, Points};
///
/// let spec = QuizSpec {
///     course: "MATH-1".into(),
///     session_date: NaiveDate::from_ymd_opt(2021, 1, 25).unwrap(),
///     bank_size: 60,
///     questions: 10,
///     max_bonus: Points::ZERO,
/// };
/// let quiz = Quiz::new(spec, &umc_2020())?;
/// let mut answers = vec![Answer::single(true); 7];
/// answers.extend([Answer::single(false); 3]);
/// let attempt = QuizAttempt { student: "S1".into(), absent: false, bonus: Points::ZERO, answers };
/// let outcome = quiz.evaluate(&attempt)?;
/// assert_eq!(outcome.grade().map(|g| g.value()), Some(7)); // 1 point per correct answer
/// # Ok::<(), regula_core::Violations<regula_grading::GradingError>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    spec: QuizSpec,
    policy: GradingPolicy,
    effective_from: NaiveDate,
}

impl Quiz {
    /// Checks a quiz against the policy version in force on its session date, reporting every
    /// problem: the bank minimum (QZ-3), at least the minimum number of questions per test and no
    /// more than the bank (QZ-2, QZ-4), and a bonus that leaves points for the answers (QZ-4).
    pub fn new(
        spec: QuizSpec,
        history: &regula_core::PolicyHistory<GradingPolicy>,
    ) -> Result<Self, Violations<GradingError>> {
        let version = history
            .in_force_on(spec.session_date)
            .map_err(|e| Violations::one(e.into()))?;
        Quiz::with_policy(spec, version)
    }

    /// Like [`Quiz::new`], with the policy version already chosen.
    pub fn with_policy(
        spec: QuizSpec,
        version: &Versioned<GradingPolicy>,
    ) -> Result<Self, Violations<GradingError>> {
        let policy = &version.policy;
        let course = || spec.course.clone();
        let mut errors = Vec::new();
        if spec.bank_size < policy.quiz.minimum_bank_size {
            errors.push(GradingError::BankTooSmall {
                course: course(),
                bank_size: spec.bank_size,
                minimum: policy.quiz.minimum_bank_size,
                session_date: spec.session_date,
                effective_from: version.effective_from,
            });
        }
        if spec.questions < policy.quiz.minimum_questions {
            errors.push(GradingError::TooFewQuestions {
                course: course(),
                questions: spec.questions,
                minimum: policy.quiz.minimum_questions,
            });
        }
        if spec.questions > spec.bank_size {
            errors.push(GradingError::MoreQuestionsThanBank {
                course: course(),
                questions: spec.questions,
                bank_size: spec.bank_size,
            });
        }
        if spec.max_bonus == Points::MAX {
            errors.push(GradingError::BonusLeavesNoPoints {
                course: course(),
                bonus: spec.max_bonus,
            });
        }
        Violations::from_vec(errors)?;
        Ok(Quiz {
            spec,
            policy: version.policy.clone(),
            effective_from: version.effective_from,
        })
    }

    /// The quiz as set up.
    pub fn spec(&self) -> &QuizSpec {
        &self.spec
    }

    /// The policy it is scored by.
    pub fn policy(&self) -> &GradingPolicy {
        &self.policy
    }

    /// When that policy version took effect.
    pub fn policy_effective_from(&self) -> NaiveDate {
        self.effective_from
    }

    /// QZ-4: the value of one fully correct question, (10 − maximum bonus) / questions.
    pub fn question_value(&self) -> Decimal {
        ((Decimal::TEN - self.spec.max_bonus.value()) / Decimal::from(self.spec.questions))
            .normalize()
    }

    /// A student's outcome, without an explanation.
    pub fn evaluate(
        &self,
        attempt: &QuizAttempt,
    ) -> Result<CourseOutcome, Violations<GradingError>> {
        self.evaluate_with(attempt, &mut NoExplanation)
    }

    /// The same outcome as [`Quiz::evaluate`], with the rules that decided it.
    pub fn evaluate_explained(
        &self,
        attempt: &QuizAttempt,
    ) -> Result<Decision<CourseOutcome>, Violations<GradingError>> {
        Decision::explained(|why| self.evaluate_with(attempt, why))
    }

    /// The one evaluation behind [`Quiz::evaluate`] and [`Quiz::evaluate_explained`]: GR-9 (absent), QZ-3
    /// (bank), QZ-5 (bonus), QZ-4 (answers), then GR-4 and GR-5.
    ///
    /// The answers' points are computed exactly: each question's share of a correct answer is a
    /// fraction with the question's number of correct choices as denominator, so the shares are
    /// summed over a common denominator and divided once. A test answered entirely correctly with
    /// the full bonus is therefore exactly 10 points.
    pub fn evaluate_with(
        &self,
        attempt: &QuizAttempt,
        recorder: &mut impl Recorder,
    ) -> Result<CourseOutcome, Violations<GradingError>> {
        let spec = &self.spec;
        self.check_attempt(attempt)?;
        if attempt.absent {
            recorder.record(|| {
                Step::says(
                    &GR_9,
                    Message::new("quiz-absent").arg("student", attempt.student.as_str()),
                )
            });
            // The semester's bonus is what the student earned before the quiz (QZ-5).
            return Ok(CourseOutcome::Absent {
                total: Some(attempt.bonus),
            });
        }
        recorder.record(|| {
            Step::says(
                &QZ_3,
                Message::new("quiz-bank")
                    .arg("bank", Arg::Count(u64::from(spec.bank_size)))
                    .arg(
                        "minimum",
                        Arg::Count(u64::from(self.policy.quiz.minimum_bank_size)),
                    )
                    .arg("date", spec.session_date)
                    .arg("from", self.effective_from)
                    .arg("questions", Arg::Count(u64::from(spec.questions))),
            )
        });
        if spec.max_bonus > Points::ZERO {
            recorder.record(|| {
                Step::says(
                    &QZ_5,
                    Message::new("quiz-bonus")
                        .arg("bonus", Arg::Points(attempt.bonus.value()))
                        .arg("maximum", Arg::Points(spec.max_bonus.value())),
                )
            });
        }

        // QZ-4: each question's share, over a common denominator.
        let answers_points = self
            .answers_points(&attempt.answers)
            .map_err(Violations::one)?;
        let full = attempt
            .answers
            .iter()
            .filter(|a| self.share(a).is_ok_and(Share::is_full))
            .count();
        let total = attempt
            .bonus
            .value()
            .checked_add(answers_points)
            .ok_or(GradingError::from(regula_core::ValueError::Overflow {
                what: "points",
            }))
            .and_then(|t| Points::new(t).map_err(GradingError::from))
            .map_err(Violations::one)?;
        recorder.record(|| {
            let message = match &self.policy.quiz.multiple_answer {
                MultipleAnswerScoring::PartialCredit {
                    wrong_choice_penalty,
                } => Message::new("quiz-score-partial-credit")
                    .arg("penalty", Arg::Number(*wrong_choice_penalty)),
                MultipleAnswerScoring::PenaltyByOptions => {
                    Message::new("quiz-score-penalty-by-options")
                }
                MultipleAnswerScoring::PenaltyTable { penalties } => {
                    Message::new("quiz-score-penalty-table").arg(
                        "penalties",
                        penalties
                            .iter()
                            .map(|p| format!("{} → {}", p.options, p.penalty.normalize()))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                }
                MultipleAnswerScoring::AllOrNothing => Message::new("quiz-score"),
            }
            .arg("questions", Arg::Count(u64::from(spec.questions)))
            .arg("max_bonus", Arg::Points(spec.max_bonus.value()))
            .arg("value", shown(self.question_value()))
            .arg("full", Arg::Count(full as u64))
            .arg("answers", shown(answers_points))
            .arg("total", shown(total.value()));
            Step::says(&QZ_4, message)
        });
        Ok(decide_total(
            total,
            Assessment::Grade,
            TotalKind::Points,
            &self.policy,
            recorder,
        ))
    }

    /// QZ-4: the share of its question `answer` earns, as an exact fraction, floored at 0.
    fn share(&self, answer: &Answer) -> Result<Share, String> {
        crate::quiz_penalty::share(&self.policy.quiz.multiple_answer, answer)
    }

    /// QZ-4: the points question `number` (from 1) earns: its value times the share its marked
    /// choices earn, from 0 to [`Quiz::question_value`]; an error naming the question, the
    /// answer's field and its value when it does not fit its question or the policy's scoring.
    pub fn question_points(&self, number: usize, answer: &Answer) -> Result<Decimal, GradingError> {
        let bad = |problem: String| GradingError::BadAnswer {
            course: self.spec.course.clone(),
            student: String::new(),
            question: number,
            problem,
        };
        if let Some(problem) = answer_problem(answer) {
            return Err(bad(problem));
        }
        let share = self.share(answer).map_err(bad)?;
        if share.is_full() {
            return Ok(self.question_value());
        }
        let available = Decimal::TEN - self.spec.max_bonus.value();
        let over = Decimal::from(share.denominator)
            .checked_mul(Decimal::from(self.spec.questions))
            .ok_or(GradingError::from(overflow()))?;
        available
            .checked_mul(share.numerator)
            .and_then(|n| n.checked_div(over))
            .map(|p| p.normalize())
            .ok_or(GradingError::from(overflow()))
    }

    /// QZ-4: the points of every answer, summed exactly: the shares over their least common
    /// denominator, divided once.
    fn answers_points(&self, answers: &[Answer]) -> Result<Decimal, GradingError> {
        let mut shares = Vec::with_capacity(answers.len());
        let mut common = 1u64;
        for answer in answers {
            let share = self
                .share(answer)
                .map_err(|problem| GradingError::BadAnswer {
                    course: self.spec.course.clone(),
                    student: String::new(),
                    question: shares.len() + 1,
                    problem,
                })?;
            common = lcm(common, share.denominator).ok_or(GradingError::from(overflow()))?;
            shares.push(share);
        }
        let common = Decimal::from(common);
        let mut numerator = Decimal::ZERO;
        for share in shares {
            let term = share
                .numerator
                .checked_mul(common / Decimal::from(share.denominator))
                .ok_or(GradingError::from(overflow()))?;
            numerator = numerator
                .checked_add(term)
                .ok_or(GradingError::from(overflow()))?;
        }
        let available = Decimal::TEN - self.spec.max_bonus.value();
        let over = common
            .checked_mul(Decimal::from(self.spec.questions))
            .ok_or(GradingError::from(overflow()))?;
        available
            .checked_mul(numerator)
            .and_then(|n| n.checked_div(over))
            .ok_or(GradingError::from(overflow()))
    }

    fn check_attempt(&self, attempt: &QuizAttempt) -> Result<(), Violations<GradingError>> {
        let spec = &self.spec;
        let student = || attempt.student.clone();
        let mut errors = Vec::new();
        if attempt.bonus > spec.max_bonus {
            errors.push(GradingError::BonusAboveMaximum {
                course: spec.course.clone(),
                student: student(),
                bonus: attempt.bonus,
                maximum: spec.max_bonus,
            });
        }
        if attempt.absent {
            if !attempt.answers.is_empty() {
                errors.push(GradingError::AbsentWithAnswers {
                    course: spec.course.clone(),
                    student: student(),
                    answers: attempt.answers.len(),
                });
            }
            return Violations::from_vec(errors);
        }
        if attempt.answers.len() != spec.questions as usize {
            errors.push(GradingError::AnswerCount {
                course: spec.course.clone(),
                student: student(),
                expected: spec.questions,
                got: attempt.answers.len(),
            });
        }
        for (i, answer) in attempt.answers.iter().enumerate() {
            let problem = answer_problem(answer).or_else(|| self.share(answer).err());
            if let Some(problem) = problem {
                errors.push(GradingError::BadAnswer {
                    course: spec.course.clone(),
                    student: student(),
                    question: i + 1,
                    problem,
                });
            }
        }
        Violations::from_vec(errors)
    }
}

/// QZ-2: what is wrong with an answer whatever the scoring: no correct choice, more choices
/// than a question has, more marked than there are.
fn answer_problem(answer: &Answer) -> Option<String> {
    if answer.correct_choices == 0 {
        Some("a question needs at least one correct choice (correct_choices = 0)".to_owned())
    } else if answer.correct_choices > MAX_CHOICES {
        Some(format!(
            "correct_choices = {} is more than the {MAX_CHOICES} choices a question can have",
            answer.correct_choices
        ))
    } else if answer.marked_correct > answer.correct_choices {
        Some(format!(
            "marked_correct = {} is more than its correct_choices = {}",
            answer.marked_correct, answer.correct_choices
        ))
    } else if u16::from(answer.correct_choices) + u16::from(answer.marked_wrong)
        > u16::from(MAX_CHOICES)
    {
        Some(format!(
            "marked_wrong = {} gives the question more than {MAX_CHOICES} choices",
            answer.marked_wrong
        ))
    } else {
        None
    }
}

fn overflow() -> regula_core::ValueError {
    regula_core::ValueError::Overflow { what: "points" }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The least common multiple; `None` past `u64`.
fn lcm(a: u64, b: u64) -> Option<u64> {
    if b == 0 {
        Some(a)
    } else {
        (a / gcd(a, b)).checked_mul(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::umc_2020;
    use rust_decimal_macros::dec;

    /// QZ-4's common denominator of the questions' shares is their least common multiple.
    #[test]
    fn the_common_denominator_is_the_least_common_multiple() {
        assert_eq!(gcd(12, 18), 6);
        assert_eq!(gcd(7, 5), 1);
        assert_eq!(lcm(4, 6), Some(12));
        assert_eq!(lcm(1, 3), Some(3));
        assert_eq!(lcm(5, 0), Some(5));
        assert_eq!(lcm(u64::MAX, 2), None);
    }

    fn spec(questions: u32, max_bonus: Decimal) -> QuizSpec {
        QuizSpec {
            course: "Q".into(),
            session_date: NaiveDate::from_ymd_opt(2021, 1, 25).unwrap(),
            bank_size: 60,
            questions,
            max_bonus: Points::new(max_bonus).unwrap(),
        }
    }

    fn attempt(answers: Vec<Answer>, bonus: Decimal) -> QuizAttempt {
        QuizAttempt {
            student: "S".into(),
            absent: false,
            bonus: Points::new(bonus).unwrap(),
            answers,
        }
    }

    fn total(outcome: CourseOutcome) -> Decimal {
        match outcome {
            CourseOutcome::Graded { total, .. } => total.value(),
            other => panic!("not graded: {other:?}"),
        }
    }

    #[test]
    fn qz4_ten_questions_without_bonus_are_one_point_each() {
        let quiz = Quiz::new(spec(10, dec!(0)), &umc_2020()).unwrap();
        assert_eq!(quiz.question_value(), dec!(1));
        let mut answers = vec![Answer::single(true); 6];
        answers.extend([Answer::single(false); 4]);
        assert_eq!(
            total(quiz.evaluate(&attempt(answers, dec!(0))).unwrap()),
            dec!(6)
        );
    }

    #[test]
    fn qz4_thirty_questions_all_correct_is_exactly_ten() {
        let quiz = Quiz::new(spec(30, dec!(0)), &umc_2020()).unwrap();
        let outcome = quiz
            .evaluate(&attempt(vec![Answer::single(true); 30], dec!(0)))
            .unwrap();
        assert_eq!(total(outcome), dec!(10));
    }

    #[test]
    fn qz4_bonus_variant() {
        // 20 questions, bonus up to 2: each question is worth 0.4.
        let quiz = Quiz::new(spec(20, dec!(2)), &umc_2020()).unwrap();
        assert_eq!(quiz.question_value(), dec!(0.4));
        let mut answers = vec![Answer::single(true); 15];
        answers.extend([Answer::default(); 5]);
        let outcome = quiz.evaluate(&attempt(answers, dec!(1.5))).unwrap();
        assert_eq!(total(outcome), dec!(7.5)); // 1.5 + 15 × 0.4
        assert_eq!(outcome.grade().unwrap().value(), 8);
    }

    #[test]
    fn qz4_multiple_answer_scoring_is_a_policy() {
        let three_of_three = Answer {
            correct_choices: 3,
            marked_correct: 3,
            marked_wrong: 0,
            options: None,
        };
        let two_of_three_and_one_wrong = Answer {
            correct_choices: 3,
            marked_correct: 2,
            marked_wrong: 1,
            options: None,
        };
        let answers = |extra: Answer| {
            let mut a = vec![three_of_three; 9];
            a.push(extra);
            a
        };
        let quiz = Quiz::new(spec(10, dec!(0)), &umc_2020()).unwrap();
        // All-or-nothing: the last question earns nothing.
        assert_eq!(
            total(
                quiz.evaluate(&attempt(answers(two_of_three_and_one_wrong), dec!(0)))
                    .unwrap()
            ),
            dec!(9)
        );
        // Partial credit with a penalty of 1: (2 - 1) / 3 of a point.
        let mut history = umc_2020();
        let policy = GradingPolicy {
            quiz: crate::QuizPolicy {
                multiple_answer: MultipleAnswerScoring::PartialCredit {
                    wrong_choice_penalty: dec!(1),
                },
                ..history.latest().policy.quiz.clone()
            },
            ..history.latest().policy.clone()
        };
        history = regula_core::PolicyHistory::new(
            "partial",
            vec![Versioned {
                effective_from: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
                note: String::new(),
                policy,
            }],
        )
        .unwrap();
        let quiz = Quiz::new(spec(10, dec!(0)), &history).unwrap();
        let t = total(
            quiz.evaluate(&attempt(answers(two_of_three_and_one_wrong), dec!(0)))
                .unwrap(),
        );
        assert_eq!(t.round_dp(6), dec!(9.333333));
        // More wrong choices than correct ones floor the question at 0, never below.
        let worse = Answer {
            correct_choices: 3,
            marked_correct: 1,
            marked_wrong: 3,
            options: None,
        };
        assert_eq!(
            total(quiz.evaluate(&attempt(answers(worse), dec!(0))).unwrap()),
            dec!(9)
        );
    }

    #[test]
    fn qz3_bank_minimum_depends_on_the_session_date() {
        let mut s = spec(10, dec!(0));
        s.bank_size = 40;
        s.session_date = NaiveDate::from_ymd_opt(2020, 6, 20).unwrap();
        assert!(Quiz::new(s.clone(), &umc_2020()).is_ok()); // 30 in semester II 2019/2020
        s.session_date = NaiveDate::from_ymd_opt(2020, 9, 3).unwrap();
        let err = Quiz::new(s, &umc_2020()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "quiz `Q`: a bank of 40 questions is below the minimum of 50 for a session on 2020-09-03 (QZ-3, policy in force from 2020-08-01)"
        );
    }

    /// QZ-2 (a test draws its questions from the bank; a question's marked choices are among
    /// its choices), QZ-3 (the bank's minimum) and QZ-4 (the questions of a test, the bonus):
    /// every problem of a quiz and of an attempt is reported at once.
    #[test]
    fn a_bad_quiz_and_a_bad_attempt_report_every_problem() {
        let mut s = spec(8, dec!(10));
        s.bank_size = 5;
        let errors = Quiz::new(s, &umc_2020()).unwrap_err().into_vec();
        assert_eq!(errors.len(), 4, "{errors:?}");

        let quiz = Quiz::new(spec(10, dec!(1)), &umc_2020()).unwrap();
        let mut answers = vec![Answer::single(true); 9];
        answers.push(Answer {
            correct_choices: 1,
            marked_correct: 2,
            marked_wrong: 0,
            options: None,
        });
        answers.push(Answer::single(true));
        let errors = quiz
            .evaluate(&attempt(answers, dec!(2)))
            .unwrap_err()
            .into_vec();
        assert_eq!(errors.len(), 3, "{errors:?}");
    }

    #[test]
    fn gr9_absent_from_the_quiz() {
        let quiz = Quiz::new(spec(10, dec!(0)), &umc_2020()).unwrap();
        let mut a = attempt(vec![], dec!(0));
        a.absent = true;
        assert!(matches!(
            quiz.evaluate(&a).unwrap(),
            CourseOutcome::Absent { total: Some(_) }
        ));
        a.answers.push(Answer::single(true));
        assert!(quiz.evaluate(&a).is_err());
    }
}
