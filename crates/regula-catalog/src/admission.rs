//! Admission to the examination room (SC-8): a student card stamped for the year and an identity
//! document.

use std::fmt;

use chrono::NaiveDate;
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
    /// Why not, every reason.
    pub reasons: Vec<String>,
}

impl fmt::Display for Admission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.admitted {
            write!(f, "{}: admitted", self.student)
        } else {
            write!(
                f,
                "{}: not admitted — {}",
                self.student,
                self.reasons.join("; ")
            )
        }
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
        Some(y) => reasons.push(format!(
            "the student card is stamped for {y}, not for the current year {year}"
        )),
        None => reasons.push("no student card".to_owned()),
    }
    let accepted: Vec<&Document> = facts
        .documents
        .iter()
        .filter(|d| policy.id_documents.contains(&d.kind))
        .collect();
    if accepted.is_empty() {
        reasons.push(
            "no identity card, passport or driving licence besides the student card".to_owned(),
        );
    } else if !accepted
        .iter()
        .any(|d| d.valid_until.is_none_or(|v| v >= exam_day))
    {
        reasons.push(format!(
            "every identity document shown expired before the exam day {exam_day}"
        ));
    }
    let admitted = reasons.is_empty();
    recorder.record(|| {
        Step::new(
            &SC_8,
            if admitted {
                format!(
                    "{} shows a student card stamped for {year} and an identity document: admitted.",
                    facts.student
                )
            } else {
                format!("{} is not admitted: {}.", facts.student, reasons.join("; "))
            },
        )
    });
    Admission {
        student: facts.student.clone(),
        admitted,
        reasons,
    }
}
