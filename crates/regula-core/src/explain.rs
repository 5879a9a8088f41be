use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Citation, Rule, RuleId};

/// A value that mattered to a step of a decision: `total = 7.25`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Fact {
    /// What the value is (`total`, `grade`, `allotment of lab`).
    pub name: Cow<'static, str>,
    /// The value as the regulation's users read it (`7.25`, `7 (șapte)`, `absent`).
    pub value: String,
}

/// One rule applied in a decision: the rule, its source, the values that mattered and one
/// sentence a person can read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Step {
    /// The rule that was applied.
    pub rule: RuleId,
    /// The article the rule comes from.
    pub citation: Citation,
    /// What the rule decided here, in one sentence.
    pub text: String,
    /// The values that mattered, in the order they were used.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
}

impl Step {
    /// A step citing `rule`, with a readable sentence.
    pub fn new(rule: &Rule, text: impl Into<String>) -> Self {
        Step {
            rule: rule.id.clone(),
            citation: rule.citation.clone(),
            text: text.into(),
            facts: Vec::new(),
        }
    }

    /// The same step with one more value that mattered.
    #[must_use]
    pub fn fact(mut self, name: impl Into<Cow<'static, str>>, value: impl fmt::Display) -> Self {
        self.facts.push(Fact {
            name: name.into(),
            value: value.to_string(),
        });
        self
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.rule, self.citation, self.text)?;
        if !self.facts.is_empty() {
            f.write_str("\n    ")?;
            for (i, fact) in self.facts.iter().enumerate() {
                if i > 0 {
                    f.write_str(" · ")?;
                }
                write!(f, "{} = {}", fact.name, fact.value)?;
            }
        }
        Ok(())
    }
}

/// Why a decision came out as it did: the rules applied, in order.
///
/// An `Explanation` is data (serde) so that an adapter can store or forward it; its `Display` is
/// the readable trace, one step per rule:
///
/// ```text
/// GR-3 (UMC-EXAM §5.3(3)): The total is 7.25 points: lab 2.5 + seminar 0 + exam 4.75.
///     total = 7.25
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Explanation {
    steps: Vec<Step>,
}

impl Explanation {
    /// An empty explanation, to record into.
    pub fn new() -> Self {
        Self::default()
    }

    /// The steps, in the order the rules were applied.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Whether a step cites the rule `id` (`"GR-4"`).
    pub fn cites(&self, id: &str) -> bool {
        self.steps.iter().any(|step| step.rule.as_str() == id)
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{step}")?;
        }
        Ok(())
    }
}

/// Where the evaluation of a rule writes its steps.
///
/// Every rule engine in Regula evaluates through one generic function that takes a `Recorder`:
/// with [`NoExplanation`] the compiler removes the recording (and the formatting inside the
/// closures) entirely, which is the allocation-free fast path for batches; with an
/// [`Explanation`] the same code keeps every step. The two can therefore never disagree.
pub trait Recorder {
    /// Records the step `build` makes, if this recorder keeps steps. `build` is only called when
    /// it does.
    fn record(&mut self, build: impl FnOnce() -> Step);
}

/// The recorder of the fast path: keeps nothing and costs nothing.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoExplanation;

impl Recorder for NoExplanation {
    #[inline(always)]
    fn record(&mut self, _build: impl FnOnce() -> Step) {}
}

impl Recorder for Explanation {
    fn record(&mut self, build: impl FnOnce() -> Step) {
        self.steps.push(build());
    }
}

/// An outcome together with the rules that decided it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Decision<O> {
    /// What was decided.
    pub outcome: O,
    /// Why: the rules applied, with the values that mattered.
    pub explanation: Explanation,
}

impl<O> Decision<O> {
    /// Evaluates a rule with an [`Explanation`] as its recorder and keeps both: the one helper
    /// behind every `…_explained` function, so that the explained path runs the very code of the
    /// fast path (`…_with(…, &mut NoExplanation)`).
    ///
    /// ```
    /// use regula_core::{Decision, Explanation, Recorder, Step, catalogue::GR_3};
    ///
    /// fn total_with(points: &[u32], recorder: &mut impl Recorder) -> Result<u32, String> {
    ///     let total = points.iter().sum();
    ///     recorder.record(|| Step::new(&GR_3, format!("The total is {total} points.")));
    ///     Ok(total)
    /// }
    ///
    /// let decision = Decision::explained(|why| total_with(&[3, 4], why))?;
    /// assert_eq!(decision.outcome, 7);
    /// assert!(decision.explanation.cites("GR-3"));
    /// # Ok::<(), String>(())
    /// ```
    pub fn explained<E>(
        evaluate: impl FnOnce(&mut Explanation) -> Result<O, E>,
    ) -> Result<Self, E> {
        let mut explanation = Explanation::new();
        let outcome = evaluate(&mut explanation)?;
        Ok(Decision {
            outcome,
            explanation,
        })
    }
}

impl<O: fmt::Display> fmt::Display for Decision<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n\nWhy:\n{}", self.outcome, self.explanation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Regulation;

    const GR_3: Rule = Rule::new("GR-3", Regulation::UmcExam, "§5.3(3)", "total = sum");

    fn evaluate(recorder: &mut impl Recorder) -> u32 {
        let total = 7;
        recorder.record(|| {
            Step::new(&GR_3, format!("The total is {total} points.")).fact("total", total)
        });
        total
    }

    #[test]
    fn the_fast_path_and_the_explained_path_share_one_evaluation() {
        let fast = evaluate(&mut NoExplanation);
        let mut explanation = Explanation::new();
        let explained = evaluate(&mut explanation);
        assert_eq!(fast, explained);
        assert!(explanation.cites("GR-3"));
        assert_eq!(
            explanation.to_string(),
            "GR-3 (UMC-EXAM §5.3(3)): The total is 7 points.\n    total = 7"
        );
    }

    #[test]
    fn an_explanation_round_trips_through_json() {
        let mut explanation = Explanation::new();
        evaluate(&mut explanation);
        let json = serde_json::to_string(&explanation).unwrap();
        assert_eq!(
            json,
            r#"[{"rule":"GR-3","citation":{"regulation":"UMC-EXAM","article":"§5.3(3)"},"text":"The total is 7 points.","facts":[{"name":"total","value":"7"}]}]"#
        );
        assert_eq!(
            serde_json::from_str::<Explanation>(&json).unwrap(),
            explanation
        );
    }
}
