//! What a selection awards (MO-7, MO-8), named by the policy: an Erasmus+ grant (*bursă*), a
//! place in the hall of residence (*loc în cămin*), a scholarship — so that the same ranking
//! serves any selection, and no sentence names Erasmus+ where the policy awards something else.

use std::borrow::Cow;

use regula_core::locale::Arg;
use regula_core::{ParameterProblem, Problems};
use serde::{Deserialize, Serialize};

use crate::selection::Awaited;

/// The thing awarded, in one language (MO-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardWords {
    /// One of them, without an article: `bursă`, `grant`.
    pub one: String,
    /// Several of them: `burse`, `grants`.
    pub other: String,
    /// One of them, with the definite article: `bursa`, `the grant`.
    pub the: String,
}

/// The grammatical gender of the Romanian name, which the words after it agree with
/// („bursa este confirmată”, „locul este confirmat”).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// *Feminin*: „bursă”.
    #[default]
    Feminine,
    /// *Masculin*.
    Masculine,
    /// *Neutru*: „loc” (agrees as a masculine in the singular).
    Neuter,
}

/// A title in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Title {
    /// In Romanian: `Selecția Erasmus+`.
    pub ro: String,
    /// In English: `Erasmus+ selection`.
    pub en: String,
}

impl Title {
    /// The title in the message's language.
    pub fn text(&self) -> Arg {
        translated(&self.ro, &self.en)
    }
}

/// What a selection awards and when the award is confirmed (MO-7, MO-8). An Erasmus+ grant by
/// default (the ITP regulation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// Its name in Romanian: `bursă`, `burse`, `bursa`.
    pub ro: AwardWords,
    /// The gender of the Romanian name (feminine when absent).
    #[serde(default)]
    pub gender: Gender,
    /// Its name in English: `grant`, `grants`, `the grant`.
    pub en: AwardWords,
    /// The title of the selection's result; "Selection: " and the plural name when absent.
    #[serde(default)]
    pub title: Option<Title>,
    /// MO-8: what a selected candidate's award waits for before it is confirmed (the host's proof
    /// of enrolment, the signed learning agreement, the institution's funding); none: selected
    /// means confirmed. All three when absent.
    #[serde(default = "Award::erasmus_conditions")]
    pub confirmed_by: Vec<Awaited>,
}

impl Default for Award {
    fn default() -> Self {
        Award::erasmus_grant()
    }
}

impl Award {
    /// The Erasmus+ grant of the ITP regulation (MO-8): „bursă”, confirmed by the host's proof
    /// of enrolment, the signed learning agreement and the institution's funding.
    pub fn erasmus_grant() -> Self {
        let words = |one: &str, other: &str, the: &str| AwardWords {
            one: one.into(),
            other: other.into(),
            the: the.into(),
        };
        Award {
            ro: words("bursă", "burse", "bursa"),
            gender: Gender::Feminine,
            en: words("grant", "grants", "the grant"),
            title: Some(Title {
                ro: "Selecția Erasmus+".into(),
                en: "Erasmus+ selection".into(),
            }),
            confirmed_by: Award::erasmus_conditions(),
        }
    }

    fn erasmus_conditions() -> Vec<Awaited> {
        vec![
            Awaited::EnrolmentProof,
            Awaited::LearningAgreement,
            Awaited::Funding,
        ]
    }

    /// One of them, without an article, in the message's language.
    pub fn one(&self) -> Arg {
        translated(&self.ro.one, &self.en.one)
    }

    /// Several of them, in the message's language.
    pub fn other(&self) -> Arg {
        translated(&self.ro.other, &self.en.other)
    }

    /// One of them, with the definite article, in the message's language.
    pub fn the(&self) -> Arg {
        translated(&self.ro.the, &self.en.the)
    }

    /// "Confirmed", agreeing with the name (MO-8): „confirmată”, „confirmat”.
    pub fn confirmed(&self) -> Arg {
        Arg::Term(Cow::Borrowed(match self.gender {
            Gender::Feminine => "mobility-confirmed-feminine",
            Gender::Masculine | Gender::Neuter => "mobility-confirmed-masculine",
        }))
    }

    /// Every problem: an empty name in either language, an empty title, a condition listed
    /// twice.
    pub fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        for (lang, words) in [("ro", &self.ro), ("en", &self.en)] {
            for (field, word) in [
                ("one", &words.one),
                ("other", &words.other),
                ("the", &words.the),
            ] {
                found.check(
                    !word.trim().is_empty(),
                    format!("{lang}.{field}"),
                    format!("{word:?}"),
                    "the award needs a name (MO-7)",
                );
            }
        }
        if let Some(title) = &self.title {
            for (lang, text) in [("ro", &title.ro), ("en", &title.en)] {
                found.check(
                    !text.trim().is_empty(),
                    format!("title.{lang}"),
                    format!("{text:?}"),
                    "an empty title; leave `title` out for the default (MO-7)",
                );
            }
        }
        for (i, c) in self.confirmed_by.iter().enumerate() {
            found.check(
                !self.confirmed_by[..i].contains(c),
                format!("confirmed_by[{i}]"),
                c.key(),
                "listed twice (MO-8)",
            );
        }
        found.into_vec()
    }
}

fn translated(ro: &str, en: &str) -> Arg {
    Arg::Translated {
        ro: ro.into(),
        en: en.into(),
    }
}
