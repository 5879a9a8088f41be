//! The roles of the counselling procedure, as the policy names them (CO-1): each by its id, with
//! its name in Romanian and English, whether it is a faculty's or the university's, and how many
//! holders a faculty (or the university) must have. The seed's five ids — `study_counsellor`,
//! `career_counsellor`, `vice_dean`, `centre`, `centre_director` — are Regula's vocabulary and
//! need no name; any other role is named by its policy.

use std::borrow::Cow;
use std::fmt;

use regula_core::locale::Arg;
use regula_core::{ParameterProblem, Problems};
use serde::{Deserialize, Serialize};

/// A role's id, as the policy's `roles[].id` gives it and an appointment names it (CO-1).
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct Role(Cow<'static, str>);

impl Role {
    /// CO-1: the seed's study counsellor (*consilier de studii*, CS).
    pub const STUDY_COUNSELLOR: Role = Role(Cow::Borrowed("study_counsellor"));
    /// CO-1: the seed's career counsellor (*consilier de carieră*, CC).
    pub const CAREER_COUNSELLOR: Role = Role(Cow::Borrowed("career_counsellor"));
    /// CO-1, CO-4: the seed's vice-dean for teaching (*prodecan didactic*).
    pub const VICE_DEAN: Role = Role(Cow::Borrowed("vice_dean"));
    /// CO-1, CO-5: the seed's counselling centre's registry.
    pub const CENTRE: Role = Role(Cow::Borrowed("centre"));
    /// CO-1, CO-5: the seed's director of the counselling centre.
    pub const CENTRE_DIRECTOR: Role = Role(Cow::Borrowed("centre_director"));

    /// A role by its id (CO-1).
    pub fn new(id: impl Into<String>) -> Self {
        Role(Cow::Owned(id.into()))
    }

    /// The id (CO-1).
    pub fn id(&self) -> &str {
        &self.0
    }

    /// The Fluent term of a role of Regula's vocabulary (the seed's five), if it is one (CO-1).
    pub fn vocabulary_term(&self) -> Option<&'static str> {
        Some(match self.id() {
            "study_counsellor" => "counselling-role-study-counsellor",
            "career_counsellor" => "counselling-role-career-counsellor",
            "vice_dean" => "counselling-role-vice-dean",
            "centre" => "counselling-role-centre",
            "centre_director" => "counselling-role-centre-director",
            _ => return None,
        })
    }
}

impl fmt::Display for Role {
    /// The role in English: the vocabulary's words for the seed's ids, the id otherwise (CO-1).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.vocabulary_term() {
            Some(term) => write!(
                f,
                "{}",
                regula_core::locale::Message::new("counselling-role")
                    .arg("role", Arg::Term(Cow::Borrowed(term)))
            ),
            None => f.write_str(self.id()),
        }
    }
}

/// Whether a role is held in a faculty or for the whole university (CO-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Held in a faculty: an appointment names its faculty; counted per faculty.
    Faculty,
    /// Held for the university (a counselling centre): an appointment names no faculty.
    University,
}

/// A role's name in each language (CO-1): „tutore”, "tutor".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleName {
    /// In Romanian.
    pub ro: String,
    /// In English.
    pub en: String,
}

/// A role the institution has (CO-1): who holds it where, and how many.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleDefinition {
    /// CO-1: its id, as the appointments and the responsibility matrix name it (`tutor`).
    pub id: Role,
    /// CO-1: its name in Romanian and English; may be left out only for the seed's five ids,
    /// which Regula's vocabulary names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<RoleName>,
    /// CO-1: a faculty's role or the university's.
    pub scope: Scope,
    /// CO-1: the fewest holders a faculty (or the university) must have.
    pub min: u32,
    /// CO-1: the most holders a faculty (or the university) may have; no limit when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// CO-1: at most this many of a faculty's students per holder (one tutor per 60 students):
    /// a faculty giving its `students` needs at least ⌈students / N⌉ holders. A faculty's role
    /// only; no ratio when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub students_per_holder: Option<u32>,
    /// CO-1: every holder is appointed within this many days of the academic year's start: by its
    /// N-th day, 1 October being the first (14: by 14 October; 0: by 30 September, before the
    /// year starts). An appointment without `appointed_on`, or dated later, is a breach. No
    /// deadline when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appointed_within_days: Option<u32>,
}

impl RoleDefinition {
    /// CO-1: a role of the seed's vocabulary, unnamed (Regula's words name it).
    pub fn seed(id: Role, scope: Scope, min: u32, max: Option<u32>) -> Self {
        RoleDefinition {
            id,
            name: None,
            scope,
            min,
            max,
            students_per_holder: None,
            appointed_within_days: None,
        }
    }

    /// The role's name as a message argument (CO-1): the policy's words, or the vocabulary's.
    pub fn name_arg(&self) -> Arg {
        match (&self.name, self.id.vocabulary_term()) {
            (Some(name), _) => Arg::Translated {
                ro: name.ro.as_str().into(),
                en: name.en.as_str().into(),
            },
            (None, Some(term)) => Arg::Term(Cow::Borrowed(term)),
            (None, None) => Arg::from(self.id.id()),
        }
    }

    /// CO-1: the definition's own problems — an id, a name where the vocabulary has none,
    /// `min ≤ max`, a ratio above zero and for a faculty's role only.
    pub fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        let id = self.id.id();
        found.check(
            !id.trim().is_empty(),
            "id",
            format!("{id:?}"),
            "a role needs an id (CO-1)",
        );
        found.check(
            self.name.is_some() || self.id.vocabulary_term().is_some(),
            "name",
            "(absent)",
            format!(
                "role `{id}` needs its name in Romanian and English: only the seed's ids \
                 (study_counsellor, career_counsellor, vice_dean, centre, centre_director) are \
                 named by Regula (CO-1)"
            ),
        );
        if let Some(name) = &self.name {
            for (lang, text) in [("ro", &name.ro), ("en", &name.en)] {
                found.check(
                    !text.trim().is_empty(),
                    format!("name.{lang}"),
                    format!("{text:?}"),
                    "an empty name (CO-1)",
                );
            }
        }
        if let Some(max) = self.max {
            found.check(
                self.min <= max,
                "max",
                max,
                format!("fewer than `min` = {} (CO-1)", self.min),
            );
        }
        if let Some(per) = self.students_per_holder {
            found.check(
                per > 0,
                "students_per_holder",
                per,
                "a holder has at least one student; leave it out for no ratio (CO-1)",
            );
            found.check(
                self.scope == Scope::Faculty,
                "students_per_holder",
                per,
                "a ratio counts a faculty's students: only a faculty's role has one (CO-1)",
            );
        }
        found.into_vec()
    }
}
