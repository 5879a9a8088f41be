//! Why a counselling request cannot be decided: every variant names the field and the value.

use regula_calendar::CalendarError;
use regula_core::{InvalidPolicy, PolicyError};

/// A counselling input that cannot be decided on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CounsellingError {
    /// A value that cannot be right, named by its field.
    #[error("`{field}`: {problem}")]
    Invalid {
        /// The field, as a path (`history[3].by`).
        field: String,
        /// What is wrong, with the value.
        problem: String,
    },
    /// A step the responsibility matrix does not give to the role of the person taking it (CO-6).
    #[error("`{field}`: {person} ({role}) may not {action}: CO-6 gives it to {allowed}")]
    NotResponsible {
        /// Where the step is (`steps[2]`).
        field: String,
        /// Who tried it.
        person: String,
        /// Their role.
        role: String,
        /// The action.
        action: String,
        /// The roles the matrix gives it to.
        allowed: String,
    },
    /// A step that is refused: the step's index and why; nothing was recorded.
    #[error("steps[{index}] refused, nothing recorded: {reason}")]
    Refused {
        /// The position of the step in the request.
        index: usize,
        /// Why.
        reason: Box<CounsellingError>,
    },
    /// A date the calendar cannot count with.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// No policy version is in force.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The policy's parameters cannot be used.
    #[error(transparent)]
    InvalidPolicy(#[from] InvalidPolicy),
}

/// Shorthand for [`CounsellingError::Invalid`].
pub(crate) fn invalid(field: impl Into<String>, problem: impl Into<String>) -> CounsellingError {
    CounsellingError::Invalid {
        field: field.into(),
        problem: problem.into(),
    }
}
