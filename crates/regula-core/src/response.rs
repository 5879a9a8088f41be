//! The one shape of every answer Regula gives over JSON: the policy version that decided, what
//! it decided, and why.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Decision, Explanation, PolicyApplied, PolicyHistory, Versioned};

/// The answer to a request (*răspuns*): the policy version that decided, the outcome, and the
/// rules applied to the request as a whole. Every command of every domain answers with one, so
/// that an integrator finds the same three fields everywhere:
///
/// ```json
/// { "policy": { "name": "UMC 2020", "effective_from": "2020-05-06" },
///   "outcome": { … },
///   "explanation": [ { "rule": "AP-1", "citation": { … }, "text": "…" } ] }
/// ```
///
/// Where a request holds several students or items, each carries its own explanation inside
/// `outcome`, and `explanation` holds only the rules about the request as a whole (often none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Response<O> {
    /// The policy version applied, so that the decision can be reproduced and audited.
    pub policy: PolicyApplied,
    /// What was decided.
    pub outcome: O,
    /// Why: the rules applied to the request as a whole, with the values that mattered.
    pub explanation: Explanation,
}

impl<O> Response<O> {
    /// The answer made of `decision`, under `version` of `history`.
    pub fn new<P>(
        history: &PolicyHistory<P>,
        version: &Versioned<P>,
        decision: Decision<O>,
    ) -> Self {
        Response {
            policy: history.applied(version),
            outcome: decision.outcome,
            explanation: decision.explanation,
        }
    }

    /// The answer with no step for the request as a whole: its outcome explains itself item by
    /// item (a course's students) or needs no rule trace (a timetable check lists violations).
    pub fn unexplained<P>(history: &PolicyHistory<P>, version: &Versioned<P>, outcome: O) -> Self {
        Response {
            policy: history.applied(version),
            outcome,
            explanation: Explanation::new(),
        }
    }
}

impl<O: fmt::Display> fmt::Display for Response<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.outcome)?;
        if !self.explanation.steps().is_empty() {
            let why = crate::locale::Message::new("response-why");
            write!(f, "\n\n{why}\n{}", self.explanation)?;
        }
        let decided = crate::locale::Message::new("response-decided-under")
            .arg("policy", self.policy.name.as_str())
            .arg("from", self.policy.effective_from);
        write!(f, "\n\n{decided}")
    }
}

/// One decision per item of a request, in the request's order: a JSON array of
/// `{ "outcome", "explanation" }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Decisions<O>(pub Vec<Decision<O>>);

impl<O: fmt::Display> fmt::Display for Decisions<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, decision) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n\n")?;
            }
            write!(f, "{}", decision.outcome)?;
            for line in decision.explanation.to_string().lines() {
                write!(f, "\n  {line}")?;
            }
        }
        Ok(())
    }
}
