//! The regulations a policy implements, and the article each rule rests on in them.
//!
//! A decision cites the article of the institution's own regulation: the policy names its
//! regulations (title, institution, adopting act, a reference) and, for every rule it adopts,
//! the article that rule rests on ([`Sources`]). A rule it does not adopt is listed as such, and a
//! decision that would need it is refused, naming the rule (the JSON boundary checks this).
//!
//! Explanations, breaches and violations take their citation from the sources in force on the
//! thread ([`citing`]), as their text takes the language in force: the rule engines stay free of
//! a policy they do not need, and the fast path, which records nothing, looks nothing up.
//!
//! ```
//! use std::sync::Arc;
//! use regula_core::{Sources, catalogue::GR_5, sources::citing};
//!
//! let sources: Sources = serde_json::from_str(r#"{
//!   "regulations": [{ "id": "REG-STUD", "title": "Regulamentul activității profesionale a studenților",
//!                     "institution": "Universitatea din Exemplu" }],
//!   "articles": { "GR-5": { "article": "art. 21 alin. (2)" } }
//! }"#)?;
//! assert_eq!(GR_5.cited().to_string(), "UMC-EXAM §5.3(3)"); // no policy in force: the seed's
//! let cited = citing(Some(Arc::new(sources)), || GR_5.cited());
//! assert_eq!(cited.to_string(), "REG-STUD art. 21 alin. (2)");
//! # Ok::<(), serde_json::Error>(())
//! ```

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::catalogue::{self, seed};
use crate::{
    CheckedPolicy, Citation, InvalidPolicy, ParameterProblem, Problems, RegulationId, Rule, RuleId,
};

/// A regulation a policy implements (regulament, procedură operațională, lege): the id its
/// citations use and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    /// The id citations use (`UMC-EXAM`, `UAIC-REG-2024`): short, unique in the policy.
    pub id: RegulationId,
    /// The regulation's full title, as the institution publishes it.
    pub title: String,
    /// The institution whose regulation it is; sentences that need the institution's name take
    /// it from here.
    pub institution: String,
    /// Who adopted it and by which act (`Senatul universitar, Hotărârea nr. 12/2024`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_by: Option<String>,
    /// The day it was adopted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_on: Option<NaiveDate>,
    /// Where to read it: a URL or a registration number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Where a rule rests, as a policy writes it: the article, and the regulation when the policy
/// implements more than one (the first of `regulations` when absent).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The regulation's id; the first regulation of the policy when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulation: Option<RegulationId>,
    /// The article, paragraph or section, as the regulation numbers it (`art. 21 alin. (2)`).
    pub article: String,
}

/// Whether and where a policy adopts a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adoption<'a> {
    /// Adopted: the rule rests on this article.
    Cited(&'a Citation),
    /// Listed in `not_adopted`: the institution's regulation has no such rule.
    NotAdopted,
    /// Neither cited nor listed: the policy does not say where the rule rests, so Regula does
    /// not decide by it.
    Uncited,
}

/// The regulations a policy implements and the article every rule it adopts rests on in them.
///
/// As JSON, the policy's `sources`:
/// `{ "regulations": [ { "id", "title", "institution", "adopted_by"?, "adopted_on"?, "reference"? } ],
///    "articles": { "GR-4": { "regulation"?, "article" } }, "not_adopted": [ "SC-LOAD" ] }`.
/// Checked on load, every problem at once: an unknown rule id, an article in a regulation the
/// policy does not list, an article for a rule marked not adopted, a regulation listed twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Sources {
    /// The regulations, the principal one first.
    regulations: Vec<Regulation>,
    /// For every rule the policy adopts, by rule id, the article it rests on.
    articles: BTreeMap<RuleId, Article>,
    /// The rules the policy does not adopt.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    not_adopted: BTreeSet<RuleId>,
    /// The citations, resolved from `articles`.
    #[serde(skip)]
    citations: BTreeMap<RuleId, Citation>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct SourcesSpec {
    regulations: Vec<Regulation>,
    #[serde(default)]
    articles: BTreeMap<RuleId, Article>,
    #[serde(default)]
    not_adopted: BTreeSet<RuleId>,
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spec = SourcesSpec::deserialize(deserializer)?;
        Sources::new(spec.regulations, spec.articles, spec.not_adopted)
            .map_err(serde::de::Error::custom)
    }
}

impl Sources {
    /// Sources from their parts, checked: every problem at once ([`CheckedPolicy`]).
    pub fn new(
        regulations: Vec<Regulation>,
        articles: BTreeMap<RuleId, Article>,
        not_adopted: BTreeSet<RuleId>,
    ) -> Result<Self, InvalidPolicy> {
        let mut sources = Sources::unchecked(regulations, articles, not_adopted);
        sources.check()?;
        sources.citations = sources
            .articles
            .iter()
            .map(|(rule, article)| {
                let regulation = article
                    .regulation
                    .clone()
                    .unwrap_or_else(|| sources.regulations[0].id.clone());
                let citation = Citation {
                    regulation,
                    article: article.article.clone().into(),
                };
                (rule.clone(), citation)
            })
            .collect();
        Ok(sources)
    }

    /// Sources from their parts, not checked: for a checker that lists their problems
    /// ([`CheckedPolicy::problems`]) rather than refusing them.
    pub fn unchecked(
        regulations: Vec<Regulation>,
        articles: BTreeMap<RuleId, Article>,
        not_adopted: BTreeSet<RuleId>,
    ) -> Self {
        Sources {
            regulations,
            articles,
            not_adopted,
            citations: BTreeMap::new(),
        }
    }

    /// The presets' sources: the seed regulations, and every rule of the catalogue cited as the
    /// regulation it was built from numbers it.
    pub fn seed() -> Self {
        let regulations = seed::SEED_REGULATIONS
            .iter()
            .map(|s| Regulation {
                id: s.id.clone(),
                title: s.title.to_owned(),
                institution: s.institution.to_owned(),
                adopted_by: Some(s.adopted_by.to_owned()),
                adopted_on: None,
                reference: None,
            })
            .collect();
        let articles = catalogue::RULES
            .iter()
            .filter(|rule| rule.seeded())
            .map(|rule| {
                let article = Article {
                    regulation: Some(rule.citation.regulation.clone()),
                    article: rule.citation.article.to_string(),
                };
                (rule.id.clone(), article)
            })
            .collect();
        let citations = catalogue::RULES
            .iter()
            .filter(|rule| rule.seeded())
            .map(|rule| (rule.id.clone(), rule.citation.clone()))
            .collect();
        // What no seed regulation states (PR-5..PR-7), the presets do not adopt.
        let not_adopted = catalogue::RULES
            .iter()
            .filter(|rule| !rule.seeded())
            .map(|rule| rule.id.clone())
            .collect();
        Sources {
            regulations,
            articles,
            not_adopted,
            citations,
        }
    }

    /// The regulations, the principal one first (never empty).
    pub fn regulations(&self) -> &[Regulation] {
        &self.regulations
    }

    /// The principal regulation: the first listed.
    pub fn principal(&self) -> &Regulation {
        &self.regulations[0]
    }

    /// The rules marked not adopted.
    pub fn not_adopted(&self) -> &BTreeSet<RuleId> {
        &self.not_adopted
    }

    /// Whether and where the policy adopts the rule `id` (`"GR-4"`).
    pub fn adoption(&self, id: &str) -> Adoption<'_> {
        match self.citations.get(id) {
            Some(citation) => Adoption::Cited(citation),
            None if self.not_adopted.contains(id) => Adoption::NotAdopted,
            None => Adoption::Uncited,
        }
    }

    /// The citation of `rule` under these sources: its article, or, for a rule the policy does
    /// not adopt, the principal regulation alone (a decision that needs such a rule is refused
    /// at the boundary, so it is never shown there).
    pub fn citation_of(&self, rule: &Rule) -> Citation {
        match self.adoption(rule.id.as_str()) {
            Adoption::Cited(citation) => citation.clone(),
            Adoption::NotAdopted | Adoption::Uncited => Citation {
                regulation: self.principal().id.clone(),
                article: "".into(),
            },
        }
    }
}

impl Default for Sources {
    fn default() -> Self {
        Sources::seed()
    }
}

impl CheckedPolicy for Sources {
    const DOMAIN: &'static str = "sources";

    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            !self.regulations.is_empty(),
            "regulations",
            "[]",
            "a policy names at least one regulation it implements",
        );
        let mut ids = BTreeSet::new();
        for (i, regulation) in self.regulations.iter().enumerate() {
            let id = regulation.id.as_str();
            found.check(
                !id.trim().is_empty(),
                format!("regulations[{i}].id"),
                format!("{id:?}"),
                "a regulation needs an id for its citations",
            );
            found.check(
                ids.insert(id),
                format!("regulations[{i}].id"),
                id,
                "another regulation of the policy has this id",
            );
            found.check(
                !regulation.title.trim().is_empty(),
                format!("regulations[{i}].title"),
                format!("{:?}", regulation.title),
                "a regulation needs its title",
            );
            found.check(
                !regulation.institution.trim().is_empty(),
                format!("regulations[{i}].institution"),
                format!("{:?}", regulation.institution),
                "a regulation needs the institution whose it is",
            );
        }
        let listed = || ids.iter().copied().collect::<Vec<_>>().join(", ");
        for (rule, article) in &self.articles {
            found.check(
                catalogue::find(rule.as_str()).is_some(),
                format!("articles.{rule}"),
                rule,
                "no rule of the catalogue has this id (`regula rules` lists them)",
            );
            found.check(
                !article.article.trim().is_empty(),
                format!("articles.{rule}.article"),
                format!("{:?}", article.article),
                "the article the rule rests on is needed; list the rule in `not_adopted` if the regulation has none",
            );
            if let Some(regulation) = &article.regulation {
                found.check(
                    ids.contains(regulation.as_str()),
                    format!("articles.{rule}.regulation"),
                    regulation,
                    format!("not a regulation of the policy: {}", listed()),
                );
            }
            found.check(
                !self.not_adopted.contains(rule),
                format!("articles.{rule}"),
                &article.article,
                "an article is given for a rule listed in `not_adopted`",
            );
        }
        for rule in &self.not_adopted {
            found.check(
                catalogue::find(rule.as_str()).is_some(),
                "not_adopted",
                rule,
                "no rule of the catalogue has this id (`regula rules` lists them)",
            );
        }
        found.into_vec()
    }
}

thread_local! {
    static CITING: RefCell<Option<Arc<Sources>>> = const { RefCell::new(None) };
}

/// The sources in force on this thread: the ones [`citing`] set, none otherwise.
pub fn current() -> Option<Arc<Sources>> {
    CITING.with(|c| c.borrow().clone())
}

/// Runs `decide` with `sources` as the citations of every explanation, breach and violation it
/// builds, then restores the sources that were in force. With `None`, rules cite their seed
/// article ([`Rule::citation`]). A search that spreads over threads passes [`current`] to each.
pub fn citing<T>(sources: Option<Arc<Sources>>, decide: impl FnOnce() -> T) -> T {
    struct Restore(Option<Arc<Sources>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            CITING.with(|c| *c.borrow_mut() = previous);
        }
    }
    let _restore = Restore(CITING.with(|c| c.replace(sources)));
    decide()
}

/// The citation of `rule` under the sources in force ([`Rule::cited`]).
#[inline]
pub(crate) fn cited(rule: &Rule) -> Citation {
    CITING.with(|c| match &*c.borrow() {
        Some(sources) => sources.citation_of(rule),
        None => rule.citation.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{GR_4, GR_5};

    fn regulation(id: &str) -> Regulation {
        Regulation {
            id: RegulationId::owned(id),
            title: format!("Regulamentul {id}"),
            institution: "Universitatea din Exemplu".into(),
            adopted_by: None,
            adopted_on: None,
            reference: None,
        }
    }

    #[test]
    fn the_seed_cites_every_rule_as_the_catalogue_does() {
        let seed = Sources::seed();
        assert_eq!(seed.check(), Ok(()));
        for rule in catalogue::RULES {
            let expected = if rule.seeded() {
                Adoption::Cited(&rule.citation)
            } else {
                Adoption::NotAdopted
            };
            assert_eq!(seed.adoption(rule.id.as_str()), expected, "{}", rule.id);
        }
        assert!(
            !catalogue::PR_5.seeded(),
            "no seed regulation exmatriculates"
        );
        let json = serde_json::to_string(&seed).unwrap();
        assert_eq!(serde_json::from_str::<Sources>(&json).unwrap(), seed);
    }

    #[test]
    fn a_policy_cites_its_own_regulation_and_refuses_nothing_silently() {
        let sources: Sources = serde_json::from_str(
            r#"{"regulations": [{"id": "A", "title": "A", "institution": "U"},
                                {"id": "B", "title": "B", "institution": "U"}],
                "articles": {"GR-4": {"article": "art. 3"},
                             "GR-5": {"regulation": "B", "article": "art. 9"}},
                "not_adopted": ["GR-6"]}"#,
        )
        .unwrap();
        let cite = |rule: &Rule| citing(Some(Arc::new(sources.clone())), || rule.cited());
        assert_eq!(cite(&GR_4).to_string(), "A art. 3");
        assert_eq!(cite(&GR_5).to_string(), "B art. 9");
        assert_eq!(sources.adoption("GR-6"), Adoption::NotAdopted);
        assert_eq!(sources.adoption("GR-1"), Adoption::Uncited);
        // Outside the scope, the seed again.
        assert_eq!(GR_4.cited(), GR_4.citation);
    }

    #[test]
    fn every_problem_is_named_with_its_path_and_value() {
        let mut articles = BTreeMap::new();
        articles.insert(
            RuleId::new("XX-99"),
            Article {
                regulation: None,
                article: "art. 1".into(),
            },
        );
        articles.insert(
            RuleId::new("GR-4"),
            Article {
                regulation: Some(RegulationId::new("C")),
                article: " ".into(),
            },
        );
        articles.insert(
            RuleId::new("GR-6"),
            Article {
                regulation: None,
                article: "art. 2".into(),
            },
        );
        let not_adopted = [RuleId::new("GR-6"), RuleId::new("XX-1")].into();
        let err = Sources::new(
            vec![regulation("A"), regulation("A")],
            articles,
            not_adopted,
        )
        .unwrap_err();
        let text = err.to_string();
        for expected in [
            "`regulations[1].id` = A: another regulation of the policy has this id",
            "`articles.XX-99` = XX-99: no rule of the catalogue has this id",
            "`articles.GR-4.article` = \" \": the article the rule rests on is needed",
            "`articles.GR-4.regulation` = C: not a regulation of the policy: A",
            "`articles.GR-6` = art. 2: an article is given for a rule listed in `not_adopted`",
            "`not_adopted` = XX-1: no rule of the catalogue has this id",
        ] {
            assert!(text.contains(expected), "{expected}\nnot in\n{text}");
        }
        assert!(Sources::new(vec![], BTreeMap::new(), BTreeSet::new()).is_err());
    }
}
