//! Why a counselling request cannot be decided: every variant names the field and the value.

use regula_calendar::CalendarError;
use regula_core::locale::{Arg, Message};
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
    #[error(
        "`{field}`: {}",
        Message::new("counselling-not-responsible")
            .arg("person", person.as_str())
            .arg("roles", Arg::Enumeration(roles.iter().cloned().map(Arg::from).collect()))
            .arg("action", Arg::Phrase(action.clone()))
            .arg("allowed", Arg::Enumeration(allowed.iter().cloned().map(Arg::from).collect()))
    )]
    NotResponsible {
        /// Where the step is (`steps[2]`).
        field: String,
        /// Who tried it.
        person: String,
        /// The roles they hold, as messages.
        roles: Vec<Message>,
        /// The action, as a message.
        action: Box<Message>,
        /// The roles the matrix gives it to, as messages.
        allowed: Vec<Message>,
    },
    /// A step that is refused: the step's index and why; nothing was recorded.
    #[error(
        "steps[{index}] {}",
        Message::new("counselling-refused").arg("reason", reason.to_string())
    )]
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
