//! Admission to the examination room (SC-8): a student card stamped for the year and an identity
//! document.

use std::fmt;

use chrono::NaiveDate;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{AcademicYear, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

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

/// SC-8: a student card stamped for the current academic year and an accepted identity document,
/// valid on the exam day.
pub fn admit_with(
    policy: &CatalogPolicy,
    facts: &AdmissionFacts,
    exam_day: NaiveDate,
    recorder: &mut impl Recorder,
) -> Admission {
    let year = AcademicYear::containing(exam_day);
    let mut reasons = Vec::new();
    match facts.card_stamped_for {
        Some(y) if y == year => {}
        Some(y) => reasons.push(Said(
            Message::new("catalog-card-other-year")
                .arg("stamped", y.to_string())
                .arg("year", year.to_string()),
        )),
        None => reasons.push(Said(Message::new("catalog-no-card"))),
    }
    let accepted: Vec<&Document> = facts
        .documents
        .iter()
        .filter(|d| policy.id_documents.contains(&d.kind))
        .collect();
    if accepted.is_empty() {
        reasons.push(Said(Message::new("catalog-no-identity-document")));
    } else if !accepted
        .iter()
        .any(|d| d.valid_until.is_none_or(|v| v >= exam_day))
    {
        reasons.push(Said(
            Message::new("catalog-identity-expired").arg("exam_day", exam_day),
        ));
    }
    let admitted = reasons.is_empty();
    recorder.record(|| {
        Step::says(
            &SC_8,
            if admitted {
                Message::new("catalog-admission-step").arg("year", year.to_string())
            } else {
                Message::new("catalog-not-admitted-step").arg(
                    "reasons",
                    Arg::List(reasons.iter().map(|r| r.0.clone()).collect()),
                )
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
