//! Admission to the examination room (SC-8): the documents of one alternative of the policy's
//! rule — by default a student card stamped for the year and an identity document.

use std::fmt;

use chrono::NaiveDate;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{AcademicYear, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::admission_rule::AdmissionDocument;
use crate::policy::{CatalogPolicy, IdDocument};
use crate::rules::SC_8;

/// An identity document shown at the exam.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Its kind.
    pub kind: IdDocument,
    /// The last day it is valid, if it expires.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
}

/// What a student shows at the door of the examination room (SC-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdmissionFacts {
    /// The student.
    pub student: String,
    /// The academic year the student card is stamped for; none without a card.
    #[serde(default)]
    pub card_stamped_for: Option<AcademicYear>,
    /// The other documents shown.
    #[serde(default)]
    pub documents: Vec<Document>,
}

/// The verdict at the door (SC-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Admission {
    /// The student.
    pub student: String,
    /// Admitted to the exam.
    pub admitted: bool,
    /// Why not, every reason: each `{ message, args, text }`.
    pub reasons: Vec<Said>,
}

impl fmt::Display for Admission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verdict = if self.admitted {
            Message::new("catalog-admitted")
        } else {
            Message::new("catalog-not-admitted").arg(
                "reasons",
                Arg::List(self.reasons.iter().map(|r| r.0.clone()).collect()),
            )
        }
        .arg("student", self.student.as_str());
        write!(f, "{verdict}")
    }
}

/// [`admit_with`] on the fast path: nothing is recorded.
pub fn admit(policy: &CatalogPolicy, facts: &AdmissionFacts, exam_day: NaiveDate) -> Admission {
    admit_with(policy, facts, exam_day, &mut NoExplanation)
}

/// SC-8: the documents of one alternative of the policy's admission rule
/// (`admission_documents`), each valid on the exam day — by default a student card stamped for
/// the current academic year and an accepted identity document. The explanation names the
/// alternative satisfied, or what each alternative misses.
pub fn admit_with(
    policy: &CatalogPolicy,
    facts: &AdmissionFacts,
    exam_day: NaiveDate,
    recorder: &mut impl Recorder,
) -> Admission {
    let year = AcademicYear::containing(exam_day);
    let door = Door {
        policy,
        facts,
        year,
        exam_day,
    };
    let mut unmet: Vec<(&[AdmissionDocument], Vec<Message>)> = Vec::new();
    let mut satisfied = None;
    for alternative in &policy.admission_documents {
        let missing: Vec<Message> = alternative
            .iter()
            .filter_map(|kind| door.missing(*kind, alternative))
            .collect();
        if missing.is_empty() {
            satisfied = Some(alternative.as_slice());
            break;
        }
        unmet.push((alternative, missing));
    }
    let reasons: Vec<Said> = match (satisfied, unmet.as_slice()) {
        (Some(_), _) => Vec::new(),
        // One alternative: what it misses, each a reason.
        (None, [(_, missing)]) => missing.iter().cloned().map(Said).collect(),
        (None, []) => vec![Said(Message::new("catalog-no-alternative"))],
        // Several: what each misses.
        (None, _) => unmet
            .iter()
            .map(|(alternative, missing)| {
                Said(
                    Message::new("catalog-alternative-missing")
                        .arg("alternative", door.shown(alternative))
                        .arg(
                            "missing",
                            Arg::Enumeration(missing.iter().cloned().map(Arg::from).collect()),
                        ),
                )
            })
            .collect(),
    };
    let admitted = satisfied.is_some();
    recorder.record(|| {
        Step::says(
            &SC_8,
            match satisfied {
                Some(alternative) => {
                    Message::new("catalog-admission-step").arg("shown", door.shown(alternative))
                }
                None => Message::new("catalog-not-admitted-step").arg(
                    "reasons",
                    Arg::List(reasons.iter().map(|r| r.0.clone()).collect()),
                ),
            }
            .arg("student", facts.student.as_str()),
        )
    });
    Admission {
        student: facts.student.clone(),
        admitted,
        reasons,
    }
}

/// What a student shows at the door, against the policy (SC-8).
struct Door<'a> {
    policy: &'a CatalogPolicy,
    facts: &'a AdmissionFacts,
    year: AcademicYear,
    exam_day: NaiveDate,
}

impl Door<'_> {
    /// Why `kind`, asked by `alternative`, is not shown valid on the exam day; `None` when it is.
    fn missing(
        &self,
        kind: AdmissionDocument,
        alternative: &[AdmissionDocument],
    ) -> Option<Message> {
        let valid = |d: &&Document| d.valid_until.is_none_or(|v| v >= self.exam_day);
        match kind {
            AdmissionDocument::StudentCard => match self.facts.card_stamped_for {
                Some(y) if y == self.year => None,
                Some(y) => Some(
                    Message::new("catalog-card-other-year")
                        .arg("stamped", y.to_string())
                        .arg("year", self.year.to_string()),
                ),
                None => Some(Message::new("catalog-no-card")),
            },
            AdmissionDocument::IdentityDocument => {
                let accepted: Vec<&Document> = self
                    .facts
                    .documents
                    .iter()
                    .filter(|d| self.policy.id_documents.contains(&d.kind))
                    .collect();
                if accepted.is_empty() {
                    let names = any_of(self.policy.id_documents.iter().map(|d| d.term()));
                    Some(
                        if alternative.contains(&AdmissionDocument::StudentCard) {
                            Message::new("catalog-no-identity-document")
                        } else {
                            Message::new("catalog-no-identity-document-alone")
                        }
                        .arg("accepted", names),
                    )
                } else if accepted.iter().any(valid) {
                    None
                } else {
                    Some(Message::new("catalog-identity-expired").arg("exam_day", self.exam_day))
                }
            }
            AdmissionDocument::IdentityCard
            | AdmissionDocument::Passport
            | AdmissionDocument::DrivingLicence => {
                let wanted = kind.id_document()?;
                let shown: Vec<&Document> = self
                    .facts
                    .documents
                    .iter()
                    .filter(|d| d.kind == wanted)
                    .collect();
                if shown.is_empty() {
                    Some(Message::new("catalog-no-document").arg("document", wanted.term()))
                } else if shown.iter().any(valid) {
                    None
                } else {
                    Some(
                        Message::new("catalog-document-expired")
                            .arg("document", wanted.term())
                            .arg("exam_day", self.exam_day),
                    )
                }
            }
        }
    }

    /// The documents of an alternative, as shown: „carnetul de student vizat pentru 2020/2021 și
    /// un act de identitate”.
    fn shown(&self, alternative: &[AdmissionDocument]) -> Arg {
        let phrases: Vec<Message> = alternative
            .iter()
            .map(|kind| match kind {
                AdmissionDocument::StudentCard => {
                    Message::new("catalog-shows-card").arg("year", self.year.to_string())
                }
                AdmissionDocument::IdentityDocument => {
                    Message::new("catalog-shows-identity-document")
                }
                AdmissionDocument::IdentityCard => Message::new("catalog-shows-identity-card"),
                AdmissionDocument::Passport => Message::new("catalog-shows-passport"),
                AdmissionDocument::DrivingLicence => Message::new("catalog-shows-driving-licence"),
            })
            .collect();
        joined("catalog-and", phrases.into_iter().map(Arg::from))
    }
}

/// Words joined as one of them: „cartea de identitate, pașaportul sau permisul de conducere”.
fn any_of(words: impl Iterator<Item = Arg>) -> Arg {
    joined("catalog-or", words)
}

/// Words joined by `conjunction`, its `first` the words but the last, enumerated: „a, b și c”.
fn joined(conjunction: &'static str, words: impl Iterator<Item = Arg>) -> Arg {
    let mut words: Vec<Arg> = words.collect();
    match words.pop() {
        None => Arg::Enumeration(Vec::new()),
        Some(last) if words.is_empty() => last,
        Some(last) => Arg::from(
            Message::new(conjunction)
                .arg("first", Arg::Enumeration(words))
                .arg("second", last),
        ),
    }
}
