use chrono::NaiveDate;
use regula_calendar::CalendarError;
use regula_core::{Decimal, PolicyError, ValueError};

/// What can be wrong with a mobility question; each variant names the item and the value.
///
/// These are errors of the *input* (a return before the departure, a negative weight): the
/// request cannot be decided. What the regulation finds wrong with a valid input — an ineligible
/// applicant, a committee of two — is not an error but part of the decision.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MobilityError {
    /// A mobility that returns before it departs.
    #[error("`trip.return` = {return_date} is before `trip.departure` = {departure}")]
    ReturnBeforeDeparture {
        /// The departure.
        departure: NaiveDate,
        /// The return.
        return_date: NaiveDate,
    },
    /// The policy's parameters cannot be used (every problem is listed).
    #[error(transparent)]
    InvalidPolicy(#[from] regula_core::InvalidPolicy),
    /// A candidate who applied in two fields where the policy allows one.
    #[error(
        "candidate `{candidate}` applied in two fields, `{first}` and `{second}`, but the policy allows one field per candidate"
    )]
    CandidateInTwoFields {
        /// The candidate.
        candidate: String,
        /// The first field.
        first: String,
        /// The second field.
        second: String,
    },
    /// The same candidate twice in one field.
    #[error("candidate `{candidate}` applied twice in field `{field}`")]
    DuplicateApplication {
        /// The candidate.
        candidate: String,
        /// The field.
        field: String,
    },
    /// A field the call does not offer.
    #[error("application of `{candidate}`: field `{field}` is not offered by the call")]
    UnknownField {
        /// The candidate.
        candidate: String,
        /// The field.
        field: String,
    },
    /// The call names a field twice.
    #[error("call: field `{field}` is listed twice")]
    DuplicateField {
        /// The field.
        field: String,
    },
    /// A score for a criterion the points system does not have.
    #[error("application of `{candidate}`: the points system has no criterion `{criterion}`")]
    UnknownCriterion {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
    },
    /// A score given as a value for a criterion scored by activities, or the reverse.
    #[error("application of `{candidate}`: criterion `{criterion}` {problem}")]
    WrongScoreKind {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
        /// What is wrong.
        problem: &'static str,
    },
    /// An activity the criterion does not score.
    #[error(
        "application of `{candidate}`: criterion `{criterion}` gives no points for activity `{activity}`"
    )]
    UnknownActivity {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
        /// The activity.
        activity: String,
    },
    /// A score outside its criterion's scale: never clamped.
    #[error(
        "application of `{candidate}`: criterion `{criterion}` = {value} is outside its scale {min}..{max}"
    )]
    ScoreOutOfScale {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
        /// The lowest value of the scale.
        min: Decimal,
        /// The highest value of the scale.
        max: Decimal,
    },
    /// A raw value with more decimals than its step scale reads (MO-7): never rounded.
    #[error(
        "application of `{candidate}`: criterion `{criterion}` = {value} has more than the {decimals} decimals of its step scale"
    )]
    TooManyDecimals {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
        /// The decimals the scale reads.
        decimals: u32,
    },
    /// A raw value between two bands of a step scale that does not cover it (MO-7).
    #[error(
        "application of `{candidate}`: criterion `{criterion}` = {value} falls in no band of its step scale"
    )]
    InNoBand {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
        /// The value given.
        value: Decimal,
    },
    /// A required criterion without a score.
    #[error(
        "application of `{candidate}`: criterion `{criterion}` has no score and is not optional"
    )]
    MissingScore {
        /// The candidate.
        candidate: String,
        /// The criterion.
        criterion: String,
    },
    /// A committee condition the policy does not define.
    #[error("applicant `{applicant}`: the committee set no condition `{condition}`")]
    UnknownCondition {
        /// The applicant.
        applicant: String,
        /// The condition.
        condition: String,
    },
    /// An applicant's record that lacks, or holds a wrong, value the policy needs (MO-1, MO-2: a
    /// budget of months per cycle needs the applicant's cycle and each earlier mobility's months).
    #[error("applicant `{applicant}`: `{field}` = {value}: {problem}")]
    ApplicantRecord {
        /// The applicant.
        applicant: String,
        /// The field of the applicant's record (`cycle`, `earlier_mobilities[0].months`).
        field: String,
        /// The value found.
        value: String,
        /// What is wrong.
        problem: String,
    },
    /// Votes that do not add up.
    #[error("`minutes.votes`: {problem}")]
    BadVotes {
        /// What is wrong.
        problem: String,
    },
    /// Any other value that cannot be right, named by its field.
    #[error("`{field}`: {problem}")]
    Invalid {
        /// The field.
        field: String,
        /// What is wrong.
        problem: String,
    },
    /// A date the calendar cannot count with.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A quantity out of range.
    #[error(transparent)]
    Value(#[from] ValueError),
    /// No policy version in force on the date.
    #[error(transparent)]
    Policy(#[from] PolicyError),
}

impl From<regula_ranking::RankingError> for MobilityError {
    /// The ranking engine's errors (MO-7) as the mobility errors of the same name and text.
    fn from(e: regula_ranking::RankingError) -> Self {
        use regula_ranking::{CandidateProblem as P, RankingError as R};
        let (candidate, problem) = match e {
            R::Candidate { candidate, problem } => (candidate, problem),
            R::InvalidPolicy(e) => return MobilityError::InvalidPolicy(e),
            R::Value(e) => return MobilityError::Value(e),
            other @ R::DuplicateCandidate { .. } => {
                return MobilityError::Invalid {
                    field: "applications".into(),
                    problem: other.to_string(),
                };
            }
        };
        match problem {
            P::UnknownCriterion { criterion } => MobilityError::UnknownCriterion {
                candidate,
                criterion,
            },
            P::WrongScoreKind { criterion, problem } => MobilityError::WrongScoreKind {
                candidate,
                criterion,
                problem,
            },
            P::UnknownActivity {
                criterion,
                activity,
            } => MobilityError::UnknownActivity {
                candidate,
                criterion,
                activity,
            },
            P::ScoreOutOfScale {
                criterion,
                value,
                min,
                max,
            } => MobilityError::ScoreOutOfScale {
                candidate,
                criterion,
                value,
                min,
                max,
            },
            P::TooManyDecimals {
                criterion,
                value,
                decimals,
            } => MobilityError::TooManyDecimals {
                candidate,
                criterion,
                value,
                decimals,
            },
            P::InNoBand { criterion, value } => MobilityError::InNoBand {
                candidate,
                criterion,
                value,
            },
            P::MissingScore { criterion } => MobilityError::MissingScore {
                candidate,
                criterion,
            },
        }
    }
}
