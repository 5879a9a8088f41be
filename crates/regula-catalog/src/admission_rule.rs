//! Which documents admit a student to an exam (SC-8), as a rule over kinds: alternatives, any one
//! of which suffices, each a set of documents all of which must be shown. The UMC procedure asks
//! for the student card *and* an identity document; other regulations ask for "an identity
//! document *or* a stamped student card", or for "the student card *and* the identity card"
//! (*carnetul de student și buletinul / cartea de identitate*).

use std::borrow::Cow;

use regula_core::locale::Arg;
use regula_core::{ParameterProblem, Problems};
use serde::{Deserialize, Serialize};

use crate::policy::IdDocument;

/// A kind of document an admission rule asks for (SC-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AdmissionDocument {
    /// The student card (*carnetul de student*), stamped for the academic year of the exam.
    StudentCard,
    /// Any one of the identity documents the policy accepts (`id_documents`), valid on the exam
    /// day.
    IdentityDocument,
    /// The identity card (*buletinul / cartea de identitate*), valid on the exam day.
    IdentityCard,
    /// The passport, valid on the exam day.
    Passport,
    /// The driving licence, valid on the exam day.
    DrivingLicence,
}

impl AdmissionDocument {
    /// The identity document this kind names, if it names one.
    pub const fn id_document(self) -> Option<IdDocument> {
        match self {
            AdmissionDocument::IdentityCard => Some(IdDocument::IdentityCard),
            AdmissionDocument::Passport => Some(IdDocument::Passport),
            AdmissionDocument::DrivingLicence => Some(IdDocument::DrivingLicence),
            AdmissionDocument::StudentCard | AdmissionDocument::IdentityDocument => None,
        }
    }

    /// The kind as a policy writes it: `student_card`.
    pub const fn key(self) -> &'static str {
        match self {
            AdmissionDocument::StudentCard => "student_card",
            AdmissionDocument::IdentityDocument => "identity_document",
            AdmissionDocument::IdentityCard => "identity_card",
            AdmissionDocument::Passport => "passport",
            AdmissionDocument::DrivingLicence => "driving_licence",
        }
    }
}

impl IdDocument {
    /// The document as the regulation names it (SC-8): „cartea de identitate”, "identity card".
    pub fn term(self) -> Arg {
        Arg::Term(Cow::Borrowed(match self {
            IdDocument::IdentityCard => "catalog-id-identity-card",
            IdDocument::Passport => "catalog-id-passport",
            IdDocument::DrivingLicence => "catalog-id-driving-licence",
            IdDocument::Other => "catalog-id-other",
        }))
    }
}

/// The UMC procedure's rule (SC-8): the student card and an identity document.
pub(crate) fn card_and_identity_document() -> Vec<Vec<AdmissionDocument>> {
    vec![vec![
        AdmissionDocument::StudentCard,
        AdmissionDocument::IdentityDocument,
    ]]
}

/// Every problem of an admission rule (SC-8), with its path under `field`: no alternative, an
/// alternative without documents, a document listed twice in one alternative.
pub(crate) fn problems(field: &str, rule: &[Vec<AdmissionDocument>]) -> Vec<ParameterProblem> {
    let mut found = Problems::new();
    found.check(
        !rule.is_empty(),
        field,
        "[]",
        "no alternative: nobody would be admitted (SC-8)",
    );
    for (i, alternative) in rule.iter().enumerate() {
        found.check(
            !alternative.is_empty(),
            format!("{field}[{i}]"),
            "[]",
            "an alternative without documents would admit anyone (SC-8)",
        );
        for (j, kind) in alternative.iter().enumerate() {
            found.check(
                !alternative[..j].contains(kind),
                format!("{field}[{i}][{j}]"),
                kind.key(),
                "listed twice in the same alternative (SC-8)",
            );
        }
    }
    found.into_vec()
}
