use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::locale::{Lang, Message};
use crate::{Citation, Rule, RuleId};

/// A value that mattered to a step of a decision: `total = 7.25`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Fact {
    /// What the value is (`total`, `grade`, `allotment of lab`).
    pub name: Cow<'static, str>,
    /// The value as the regulation's users read it (`7.25`, `7 (șapte)`, `absent`).
    pub value: String,
}

/// One rule applied in a decision: the rule, its source, what it decided as a [`Message`] (data,
/// rendered in a language only when text is asked for) and the values that mattered.
///
/// As JSON: `{ "rule", "citation", "message", "args", "text", "facts" }`, where `message` and
/// `args` are the same in every language and `text` is the message written in the language of
/// the call (see [`crate::locale::in_language`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The rule that was applied.
    pub rule: RuleId,
    /// The article the rule comes from.
    pub citation: Citation,
    /// What the rule decided here, as data: rendered in a language only when read.
    pub message: Message,
    /// Further values that mattered, in the order they were used (most steps carry their values
    /// as the message's typed arguments and have none).
    pub facts: Vec<Fact>,
}

impl Step {
    /// A step citing `rule` that says `message`, written in a language only when read.
    pub fn says(rule: &Rule, message: Message) -> Self {
        Step {
            rule: rule.id.clone(),
            citation: rule.cited(),
            message,
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

    /// What the step says, written in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.message.render(lang)
    }
}

// Read with serde and described with schemars; written by `Step`'s own `Serialize`, which
// renders the text in the language of the call.
/// A step as JSON: the message and its arguments, and its text in the language of the call.
#[derive(Deserialize, schemars::JsonSchema)]
#[schemars(rename = "Step")]
struct StepJson {
    /// The rule that was applied.
    rule: RuleId,
    /// The article the rule comes from.
    citation: Citation,
    /// The message identifier (`grading-total`), the same in every language.
    message: Cow<'static, str>,
    /// The message's typed arguments, by name.
    #[serde(default, with = "crate::locale::named_args")]
    #[schemars(with = "Option<std::collections::BTreeMap<String, crate::locale::Arg>>")]
    args: Vec<(Cow<'static, str>, crate::locale::Arg)>,
    /// What the rule decided here, in one sentence in the language of the call.
    text: String,
    /// The values that mattered, in the order they were used.
    #[serde(default)]
    facts: Vec<Fact>,
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = 5 + usize::from(!self.facts.is_empty());
        let mut out = serializer.serialize_struct("Step", fields)?;
        out.serialize_field("rule", &self.rule)?;
        out.serialize_field("citation", &self.citation)?;
        out.serialize_field("message", &self.message.id)?;
        out.serialize_field("args", &ArgsRef(&self.message.args))?;
        out.serialize_field("text", &self.text(crate::locale::current()))?;
        if !self.facts.is_empty() {
            out.serialize_field("facts", &self.facts)?;
        }
        out.end()
    }
}

/// A message's arguments, written as [`Message`] writes them.
struct ArgsRef<'a>(&'a [(Cow<'static, str>, crate::locale::Arg)]);

impl Serialize for ArgsRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::locale::named_args::serialize(self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = StepJson::deserialize(deserializer)?;
        // The text is the message in one language: the message and its arguments are the data.
        let _ = json.text;
        Ok(Step {
            rule: json.rule,
            citation: json.citation,
            message: Message {
                id: json.message,
                args: json.args,
            },
            facts: json.facts,
        })
    }
}

impl schemars::JsonSchema for Step {
    fn schema_name() -> Cow<'static, str> {
        StepJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        StepJson::json_schema(generator)
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): {}",
            self.rule,
            self.citation,
            self.text(crate::locale::current())
        )?;
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
    /// use regula_core::locale::{Arg, Message};
    ///
    /// fn total_with(points: &[u32], recorder: &mut impl Recorder) -> Result<u32, String> {
    ///     let total: u32 = points.iter().sum();
    ///     recorder.record(|| {
    ///         Step::says(
    ///             &GR_3,
    ///             Message::new("grading-total")
    ///                 .arg("total", Arg::Points(total.into()))
    ///                 .arg("terms", "3 + 4"),
    ///         )
    ///     });
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
        // Room for the steps of a typical decision, so that recording seldom reallocates.
        let mut explanation = Explanation {
            steps: Vec::with_capacity(8),
        };
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
    use crate::RegulationId;

    const GR_3: Rule = Rule::new(
        "GR-3",
        RegulationId::new("UMC-EXAM"),
        "§5.3(3)",
        "total = sum",
    );

    fn evaluate(recorder: &mut impl Recorder) -> u32 {
        let total = 7;
        recorder.record(|| {
            Step::says(
                &GR_3,
                Message::new("grading-total")
                    .arg("total", crate::locale::Arg::Points(total.into()))
                    .arg("terms", "lab 3 + exam 4"),
            )
            .fact("total", total)
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
            "GR-3 (UMC-EXAM §5.3(3)): The total is 7 points: lab 3 + exam 4.\n    total = 7"
        );
    }

    #[test]
    fn an_explanation_round_trips_through_json() {
        let mut explanation = Explanation::new();
        evaluate(&mut explanation);
        let json = serde_json::to_string(&explanation).unwrap();
        assert_eq!(
            json,
            r#"[{"rule":"GR-3","citation":{"regulation":"UMC-EXAM","article":"§5.3(3)"},"message":"grading-total","args":{"total":{"points":"7"},"terms":{"text":"lab 3 + exam 4"}},"text":"The total is 7 points: lab 3 + exam 4.","facts":[{"name":"total","value":"7"}]}]"#
        );
        assert_eq!(
            serde_json::from_str::<Explanation>(&json).unwrap(),
            explanation
        );
    }
}
