//! SC-9: the categories of students an institution grants the open (or extra) session, each with
//! its conditions, as policy data — the seed grants it to seafarers only; another institution to
//! students returning from a mobility, on request — and what a request claiming one must show.

use std::borrow::Cow;
use std::fmt;

use regula_core::Problems;
use regula_core::locale::{Arg, Message, Said};
use serde::{Deserialize, Serialize};

/// SC-9: a category of students, as a request claims it and the policy grants it, by its id
/// (`shipboard_training`, `reduced_attendance_seafarer`, `erasmus_returning`, any id the policy
/// names).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Category(Cow<'static, str>);

#[allow(non_upper_case_globals)]
impl Category {
    /// SC-9: a full-time student on shipboard training (the seed's first category, and the
    /// category of a request that names none).
    pub const ShipboardTraining: Category = Category(Cow::Borrowed("shipboard_training"));
    /// SC-9: a reduced-attendance (IFR) student working at sea (the seed's second category).
    pub const ReducedAttendanceSeafarer: Category =
        Category(Cow::Borrowed("reduced_attendance_seafarer"));
    /// SC-9: anyone else — a category the seed does not grant.
    pub const Other: Category = Category(Cow::Borrowed("other"));

    /// SC-9: the category of this id.
    pub fn new(id: impl Into<String>) -> Self {
        Category(Cow::Owned(id.into()))
    }

    /// SC-9: its id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Category {
    /// SC-9: a request that names no category claims the seed's meaning: shipboard training.
    fn default() -> Self {
        Category::ShipboardTraining
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// SC-9: the name of a category in each language, for the sentences that list what the policy
/// grants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryName {
    /// In Romanian, in the plural: `studenții în practică la bord`.
    pub ro: String,
    /// In English, in the plural: `shipboard trainees`.
    pub en: String,
}

/// SC-9: one thing a student of a granted category must show to sit the open session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "condition", rename_all = "snake_case", deny_unknown_fields)]
pub enum OpenSessionCondition {
    /// SC-9: at sea more than `months` calendar months of the semester (every voyage added up, a
    /// day on two voyages counted once), or at sea during the session (the request's `at_sea`).
    MonthsAtSea {
        /// The months; `open_session.months_at_sea` when absent. At least 1.
        #[serde(default)]
        months: Option<u32>,
    },
    /// SC-9: at sea during the session (the request's `at_sea`), and, when `proven`, the voyages
    /// proven by documents (the request's `voyage_documents`).
    AtSeaDuringSession {
        /// Whether the voyages must be proven by documents.
        #[serde(default)]
        proven: bool,
    },
    /// SC-9: the student asked for the session in writing (the request's `written_request`).
    WrittenRequest,
    /// SC-9: a document proving the claim, by the id the institution gives it
    /// (`mobility_certificate`): the request lists it among its `documents`.
    Proof {
        /// The document's id. Not empty.
        document: String,
    },
}

impl OpenSessionCondition {
    /// SC-9: the condition's name as the policy writes it (`months_at_sea`, `proof`).
    pub fn name(&self) -> &'static str {
        match self {
            OpenSessionCondition::MonthsAtSea { .. } => "months_at_sea",
            OpenSessionCondition::AtSeaDuringSession { .. } => "at_sea_during_session",
            OpenSessionCondition::WrittenRequest => "written_request",
            OpenSessionCondition::Proof { .. } => "proof",
        }
    }
}

/// SC-9: a category of students the institution grants the open session, with its conditions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantedCategory {
    /// The id a request claims (`category`). Not empty; each category once.
    pub id: Category,
    /// Its name in each language.
    pub name: CategoryName,
    /// What a student of the category must show, every one of them; none: claiming the category
    /// suffices.
    #[serde(default)]
    pub conditions: Vec<OpenSessionCondition>,
}

impl GrantedCategory {
    /// SC-9, the seed's reading: the open session is for shipboard trainees at sea more than
    /// `open_session.months_at_sea` months of the semester or during the session, and for IFR
    /// seafarers at sea during the session with their voyages proven by documents.
    pub fn seafarers() -> Vec<GrantedCategory> {
        let name = |ro: &str, en: &str| CategoryName {
            ro: ro.into(),
            en: en.into(),
        };
        vec![
            GrantedCategory {
                id: Category::ShipboardTraining,
                name: name("studenții în practică la bord", "shipboard trainees"),
                conditions: vec![OpenSessionCondition::MonthsAtSea { months: None }],
            },
            GrantedCategory {
                id: Category::ReducedAttendanceSeafarer,
                name: name("navigatorii IFR", "IFR seafarers"),
                conditions: vec![OpenSessionCondition::AtSeaDuringSession { proven: true }],
            },
        ]
    }

    /// SC-9: the category's name, in the message's language.
    pub(crate) fn said(&self) -> Arg {
        Arg::Translated {
            ro: self.name.ro.as_str().into(),
            en: self.name.en.as_str().into(),
        }
    }
}

/// SC-9: the reason a request claiming `claimed` is refused when `granted` does not list it: the
/// categories the policy grants, from the policy.
pub(crate) fn not_granted(granted: &[GrantedCategory], claimed: &Category) -> Said {
    Said(
        Message::new("catalog-open-session-not-granted")
            .arg("category", claimed.as_str())
            .arg(
                "categories",
                Arg::Enumeration(granted.iter().map(GrantedCategory::said).collect()),
            ),
    )
}

/// SC-9: every problem of the granted categories, at `at` (`open_session.categories`): at least
/// one category; each with an id, once, and a name in each language; months at sea at least 1; a
/// proof named; a condition listed once.
pub(crate) fn problems(at: &str, granted: &[GrantedCategory], found: &mut Problems) {
    found.check(
        !granted.is_empty(),
        at,
        "[]",
        "no student could sit the open session: grant it to at least one category (SC-9)",
    );
    for (i, category) in granted.iter().enumerate() {
        let at = format!("{at}[{i}]");
        found.check(
            !category.id.as_str().trim().is_empty(),
            format!("{at}.id"),
            category.id.as_str(),
            "a category has an id, which requests claim (SC-9)",
        );
        found.check(
            !granted[..i].iter().any(|c| c.id == category.id),
            format!("{at}.id"),
            category.id.as_str(),
            "a category is granted once (SC-9)",
        );
        for (lang, name) in [("ro", &category.name.ro), ("en", &category.name.en)] {
            found.check(
                !name.trim().is_empty(),
                format!("{at}.name.{lang}"),
                name,
                "a category is named in each language, for the sentences (SC-9)",
            );
        }
        for (j, condition) in category.conditions.iter().enumerate() {
            let at = format!("{at}.conditions[{j}]");
            found.check(
                !category.conditions[..j].contains(condition),
                at.clone(),
                condition.name(),
                "a condition is listed once (SC-9)",
            );
            match condition {
                OpenSessionCondition::MonthsAtSea { months: Some(m) } => found.check(
                    *m >= 1,
                    format!("{at}.months"),
                    m,
                    "must be at least 1 (SC-9)",
                ),
                OpenSessionCondition::Proof { document } => found.check(
                    !document.trim().is_empty(),
                    format!("{at}.document"),
                    document,
                    "a proof is named by its document's id (SC-9)",
                ),
                _ => {}
            }
        }
    }
}

/// SC-9's problems as a list, for callers that collect them elsewhere.
#[cfg(test)]
fn problems_of(granted: &[GrantedCategory]) -> Vec<regula_core::ParameterProblem> {
    let mut found = Problems::new();
    problems("open_session.categories", granted, &mut found);
    found.into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sc9_every_problem_of_the_categories_is_named_with_its_path() {
        assert!(problems_of(&GrantedCategory::seafarers()).is_empty());
        assert_eq!(problems_of(&[])[0].field, "open_session.categories");
        let mut bad = GrantedCategory::seafarers();
        bad[1].id = Category::ShipboardTraining;
        bad[0].name.en = " ".into();
        bad[0]
            .conditions
            .push(OpenSessionCondition::MonthsAtSea { months: Some(0) });
        bad[1].conditions.push(OpenSessionCondition::Proof {
            document: String::new(),
        });
        let fields: Vec<String> = problems_of(&bad).into_iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "open_session.categories[0].name.en",
                "open_session.categories[0].conditions[1].months",
                "open_session.categories[1].id",
                "open_session.categories[1].conditions[1].document",
            ]
        );
    }
}
