//! QZ-4: the share of a question a student's marked choices earn, by the policy's scoring of
//! multiple-answer questions — all-or-nothing, a penalty per wrong choice in correct-choice
//! shares, or a penalty that depends on the question's number of options (1/(options − 1) of
//! the question, or a table by option count) — as an exact fraction, floored at 0.

use regula_core::{Decimal, Problems};
use serde::{Deserialize, Serialize};

use crate::quiz::{Answer, MAX_CHOICES};
use crate::{GradingPolicy, MultipleAnswerScoring};

/// QZ-4: what a wrong choice costs, as a fraction of the question, in a question of `options`
/// options: `{"options": 4, "penalty": "0.25"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OptionsPenalty {
    /// The question's number of options (choices offered), from 2 to 26.
    pub options: u8,
    /// QZ-4: the fraction of the question one wrong choice marked costs, from 0 to 1.
    #[serde(deserialize_with = "regula_core::exact::decimal")]
    pub penalty: Decimal,
}

/// A question's score as an exact fraction of the question: `numerator / denominator`, from 0
/// to 1 (QZ-4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Share {
    pub(crate) numerator: Decimal,
    pub(crate) denominator: u64,
}

impl Share {
    /// Whether the question earns all its points.
    pub(crate) fn is_full(self) -> bool {
        self.numerator == Decimal::from(self.denominator)
    }
}

/// QZ-4: the share of its question `answer` earns under `scoring`, or what is wrong with the
/// answer for that scoring (a number of options missing, or without a penalty in the table).
pub(crate) fn share(scoring: &MultipleAnswerScoring, answer: &Answer) -> Result<Share, String> {
    let correct = answer.correct_choices;
    let marked = Decimal::from(answer.marked_correct);
    let wrong = Decimal::from(answer.marked_wrong);
    let of_correct = |numerator: Decimal| Share {
        numerator: numerator.max(Decimal::ZERO),
        denominator: u64::from(correct),
    };
    match scoring {
        MultipleAnswerScoring::AllOrNothing => Ok(of_correct(
            if answer.marked_correct == correct && answer.marked_wrong == 0 {
                marked
            } else {
                Decimal::ZERO
            },
        )),
        MultipleAnswerScoring::PartialCredit {
            wrong_choice_penalty,
        } => Ok(of_correct(marked - *wrong_choice_penalty * wrong)),
        // marked / correct − wrong / (options − 1), over correct × (options − 1).
        MultipleAnswerScoring::PenaltyByOptions => {
            let less_one = Decimal::from(options(answer)? - 1);
            let numerator = marked * less_one - wrong * Decimal::from(correct);
            Ok(Share {
                numerator: numerator.max(Decimal::ZERO),
                denominator: u64::from(correct) * u64::from(options(answer)? - 1),
            })
        }
        // marked / correct − wrong × penalty, over correct.
        MultipleAnswerScoring::PenaltyTable { penalties } => {
            let options = options(answer)?;
            let penalty = penalties
                .iter()
                .find(|p| p.options == options)
                .map(|p| p.penalty)
                .ok_or_else(|| {
                    format!(
                        "options = {options}: the policy's `quiz.multiple_answer.penalties` has no penalty for a question of {options} options (QZ-4)"
                    )
                })?;
            Ok(of_correct(
                marked - wrong * penalty * Decimal::from(correct),
            ))
        }
    }
}

/// The answer's number of options, where the scoring needs it: at least 2, and room for its
/// correct choices and the wrong ones marked.
fn options(answer: &Answer) -> Result<u8, String> {
    let options = answer.options.ok_or_else(|| {
        "`options` is needed: the policy's penalty depends on the question's number of options (QZ-4)"
            .to_owned()
    })?;
    let needed = u16::from(answer.correct_choices) + u16::from(answer.marked_wrong);
    if !(2..=MAX_CHOICES).contains(&options) {
        Err(format!(
            "options = {options}: a question offers from 2 to {MAX_CHOICES} options"
        ))
    } else if u16::from(options) < needed {
        Err(format!(
            "options = {options} is fewer than its correct_choices = {} and marked_wrong = {}",
            answer.correct_choices, answer.marked_wrong
        ))
    } else {
        Ok(options)
    }
}

/// QZ-4: a table of penalties by option count: not empty, each count from 2 to 26 and listed
/// once, each penalty from 0 to 1 of the question.
pub(crate) fn problems(policy: &GradingPolicy, found: &mut Problems) {
    let MultipleAnswerScoring::PenaltyTable { penalties } = &policy.quiz.multiple_answer else {
        return;
    };
    found.check(
        !penalties.is_empty(),
        "quiz.multiple_answer.penalties",
        "[]",
        "a table of penalties needs a row per number of options (QZ-4)",
    );
    for (i, row) in penalties.iter().enumerate() {
        let field = |name: &str| format!("quiz.multiple_answer.penalties[{i}].{name}");
        found.check(
            (2..=MAX_CHOICES).contains(&row.options),
            field("options"),
            row.options,
            format!("a question offers from 2 to {MAX_CHOICES} options (QZ-4)"),
        );
        let first = penalties.iter().position(|p| p.options == row.options);
        found.check(
            first == Some(i),
            field("options"),
            row.options,
            format!(
                "its penalty is set already by `quiz.multiple_answer.penalties[{}]` (QZ-4)",
                first.unwrap_or(0)
            ),
        );
        found.check(
            (Decimal::ZERO..=Decimal::ONE).contains(&row.penalty),
            field("penalty"),
            row.penalty,
            "a wrong choice costs from 0 to 1 of the question (QZ-4)",
        );
    }
}
