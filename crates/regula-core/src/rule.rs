use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::Interpretation;
use crate::locale::Message;

/// A calendar date known at compile time: for constants only, so a bad literal fails the build.
///
/// ```
/// const START: chrono::NaiveDate = regula_core::date(2020, 10, 1);
/// assert_eq!(START.to_string(), "2020-10-01");
/// ```
#[allow(clippy::panic)]
pub const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a calendar date"),
    }
}

/// The id of a regulation in citations: `UMC-EXAM`, or whatever id an institution's policy gives
/// its regulation (`UAIC-REG-STUD-2024`). The regulation itself — title, institution, adopting
/// act — is data of the policy ([`crate::Regulation`], in [`crate::Sources`]).
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct RegulationId(Cow<'static, str>);

impl RegulationId {
    /// An id known at compile time (the presets').
    pub const fn new(id: &'static str) -> Self {
        RegulationId(Cow::Borrowed(id))
    }

    /// An id read from a policy.
    pub fn owned(id: impl Into<String>) -> Self {
        RegulationId(Cow::Owned(id.into()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RegulationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The stable id of a rule in the catalogue: `GR-4`, `SC-5`, `MO-10`.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct RuleId(Cow<'static, str>);

impl RuleId {
    /// A rule id known at compile time.
    pub const fn new(id: &'static str) -> Self {
        RuleId(Cow::Borrowed(id))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for RuleId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The regulation a rule no seed regulation states is "cited" from ([`Rule::unseeded`]).
pub(crate) const UNSEEDED: RegulationId = RegulationId::new("UNSEEDED");

/// Where a rule comes from: the regulation and its article, e.g. `UMC-EXAM §5.3(3)`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Citation {
    /// The source regulation, by its id.
    pub regulation: RegulationId,
    /// The article, paragraph or section, as the regulation numbers it: `§5.3(3)`.
    pub article: Cow<'static, str>,
}

impl fmt::Display for Citation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.regulation == UNSEEDED {
            // A rule no seed regulation states, cited with no policy in force (PR-5..PR-7).
            f.write_str("no seed regulation")
        } else if self.article.is_empty() {
            write!(f, "{}", self.regulation)
        } else {
            write!(f, "{} {}", self.regulation, self.article)
        }
    }
}

/// A rule of the catalogue: its id, its source, a one-line summary, and how Regula reads it where
/// the regulation is ambiguous.
///
/// Every rule is declared once, in [`crate::catalogue`]; code, traces and tests cite that
/// constant:
///
/// ```
/// use regula_core::catalogue::GR_5;
///
/// assert_eq!(GR_5.to_string(), "GR-5 (UMC-EXAM §5.3(3))");
/// assert!(GR_5.implemented);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct Rule {
    /// The stable id.
    pub id: RuleId,
    /// The article the rule rests on in the seed regulation it was built from: the presets'
    /// citation. A decision cites [`Rule::cited`], the article of the policy in force.
    pub citation: Citation,
    /// What the rule says, in one line.
    pub summary: Cow<'static, str>,
    /// Regula's reading where the regulation is silent or ambiguous, with the policy parameters
    /// that change it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interpretation: Option<Interpretation>,
    /// Whether Regula decides by this rule yet; `false` for a rule of the catalogue still to build.
    pub implemented: bool,
}

impl Rule {
    /// A rule of the catalogue, declared at compile time.
    pub const fn new(
        id: &'static str,
        regulation: RegulationId,
        article: &'static str,
        summary: &'static str,
    ) -> Self {
        Rule::declared(id, regulation, article, summary, None, true)
    }

    /// A rule the regulation leaves open to reading, with the reading Regula takes.
    pub const fn interpreted(
        id: &'static str,
        regulation: RegulationId,
        article: &'static str,
        summary: &'static str,
        interpretation: Interpretation,
    ) -> Self {
        Rule::declared(id, regulation, article, summary, Some(interpretation), true)
    }

    /// A rule no seed regulation states (its seed article is empty): the presets do not adopt
    /// it, and a policy that does cites its own regulation's article.
    pub const fn unseeded(id: &'static str, summary: &'static str) -> Self {
        Rule::declared(id, UNSEEDED, "", summary, None, true)
    }

    /// [`Rule::unseeded`] with the reading Regula takes.
    pub const fn unseeded_interpreted(
        id: &'static str,
        summary: &'static str,
        interpretation: Interpretation,
    ) -> Self {
        Rule::declared(id, UNSEEDED, "", summary, Some(interpretation), true)
    }

    /// Whether a seed regulation states the rule, so that the presets adopt it.
    pub fn seeded(&self) -> bool {
        !self.citation.article.is_empty()
    }

    /// A rule of the catalogue that Regula does not decide by yet.
    pub const fn not_yet(
        id: &'static str,
        regulation: RegulationId,
        article: &'static str,
        summary: &'static str,
    ) -> Self {
        Rule::declared(id, regulation, article, summary, None, false)
    }

    const fn declared(
        id: &'static str,
        regulation: RegulationId,
        article: &'static str,
        summary: &'static str,
        interpretation: Option<Interpretation>,
        implemented: bool,
    ) -> Self {
        Rule {
            id: RuleId::new(id),
            citation: Citation {
                regulation,
                article: Cow::Borrowed(article),
            },
            summary: Cow::Borrowed(summary),
            interpretation,
            implemented,
        }
    }
}

impl Rule {
    /// The citation of this rule under the policy in force on this thread
    /// ([`crate::sources::citing`]): the article the institution's regulation gives it, or, with
    /// no policy's sources in force, the seed citation ([`Rule::citation`]).
    #[inline]
    pub fn cited(&self) -> Citation {
        crate::sources::cited(self)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.id, self.citation)
    }
}

/// A rule an input breaks: the rule, its source and what is wrong, as a [`Message`] with the
/// values (rendered in the language of the call).
///
/// Validators that report every violation (a call for applications, a recognition plan, a
/// catalog's committees) return a list of these. As JSON: `{ "rule", "citation", "message",
/// "args", "text" }`, where only `text` depends on the language.
///
/// ```
/// use regula_core::{Breach, RegulationId, Rule, locale::{Lang, Message, in_language}};
///
/// const ITP: RegulationId = RegulationId::new("ITP-ERASMUS");
/// const MO_6: Rule = Rule::new("MO-6", ITP, "§8", "the selection committee");
/// let breach = Breach::new(
///     &MO_6,
///     Message::new("mobility-committee-too-small").arg("members", 2usize).arg("min", 3usize),
/// );
/// assert_eq!(
///     in_language(Lang::En, || breach.to_string()),
///     "MO-6: the committee has 2 members; it needs at least 3"
/// );
/// assert_eq!(
///     in_language(Lang::Ro, || breach.to_string()),
///     "MO-6: comisia are 2 membri; sunt necesari cel puțin 3"
/// );
/// assert_eq!(breach.citation.to_string(), "ITP-ERASMUS §8");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Breach {
    /// The rule broken.
    pub rule: RuleId,
    /// The article it comes from.
    pub citation: Citation,
    /// What is wrong, with the values.
    #[serde(flatten, with = "crate::locale::as_fields")]
    #[schemars(with = "crate::locale::MessageFields")]
    pub message: Message,
}

impl Breach {
    /// A breach of `rule` that says `message`.
    pub fn new(rule: &Rule, message: Message) -> Self {
        Breach {
            rule: rule.id.clone(),
            citation: rule.cited(),
            message,
        }
    }

    /// What is wrong, in the language of the call.
    pub fn text(&self) -> String {
        self.message.to_string()
    }

    /// What is wrong as a sentence of an explanation (a capital is not added: the message
    /// starts as the regulation's text does), ending with a full stop.
    pub fn sentence(&self) -> Message {
        Message::new("common-sentence").arg(
            "what",
            crate::locale::Arg::Phrase(Box::new(self.message.clone())),
        )
    }
}

impl fmt::Display for Breach {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.rule, self.message)
    }
}
