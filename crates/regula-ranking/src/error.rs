//! What can be wrong with a ranking's input (MO-7); each variant names the candidate and the
//! value.

use regula_core::{Decimal, ValueError};

/// An input the ranking cannot decide on (MO-7): a value off its scale, a criterion the system
/// does not have. A candidate the rules do not rank (below a minimum, excluded by its caller) is
/// not an error but part of the [`crate::Ranking`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RankingError {
    /// The points system cannot be used (every problem is listed).
    #[error(transparent)]
    InvalidPolicy(#[from] regula_core::InvalidPolicy),
    /// The same candidate twice among those ranked together: the id orders the last ties.
    #[error("candidate `{candidate}` is listed twice")]
    DuplicateCandidate {
        /// The candidate.
        candidate: String,
    },
    /// A value of a candidate that cannot be scored: the candidate and what is wrong.
    #[error("application of `{candidate}`: {problem}")]
    Candidate {
        /// The candidate.
        candidate: String,
        /// What is wrong with its values.
        problem: CandidateProblem,
    },
    /// A quantity out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
}

/// What is wrong with a candidate's values (MO-7), each naming the criterion.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CandidateProblem {
    /// A score for a criterion the points system does not have.
    #[error("the points system has no criterion `{criterion}`")]
    UnknownCriterion {
        /// The criterion.
        criterion: String,
    },
    /// A score given as a value for a criterion scored by activities, or the reverse.
    #[error("criterion `{criterion}` {problem}")]
    WrongScoreKind {
        /// The criterion.
        criterion: String,
        /// What is wrong.
        problem: &'static str,
    },
    /// An activity the criterion does not score.
    #[error("criterion `{criterion}` gives no points for activity `{activity}`")]
    UnknownActivity {
        /// The criterion.
        criterion: String,
        /// The activity.
        activity: String,
    },
    /// A score outside its criterion's scale: never clamped.
    #[error("criterion `{criterion}` = {value} is outside its scale {min}..{max}")]
    ScoreOutOfScale {
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
        /// The lowest value of the scale.
        min: Decimal,
        /// The highest value of the scale.
        max: Decimal,
    },
    /// A raw value with more decimals than its step scale reads: never rounded.
    #[error(
        "criterion `{criterion}` = {value} has more than the {decimals} decimals of its step scale"
    )]
    TooManyDecimals {
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
        /// The decimals the scale reads.
        decimals: u32,
    },
    /// A raw value between two bands of a step scale that does not cover it: never clamped.
    #[error("criterion `{criterion}` = {value} falls in no band of its step scale")]
    InNoBand {
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
    },
    /// A required criterion without a score.
    #[error("criterion `{criterion}` has no score and is not optional")]
    MissingScore {
        /// The criterion.
        criterion: String,
    },
}
