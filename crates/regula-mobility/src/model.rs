//! The vocabulary shared by every part of a mobility: its kind, language levels, documents.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The two kinds of Erasmus+ student mobility the regulation knows.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MobilityKind {
    /// A study mobility at a partner university (MO-1, MO-3).
    Study,
    /// A training (placement) mobility (MO-2, MO-3).
    Training,
}

impl MobilityKind {
    /// The kind as a word of the regulation (MO-1, MO-2): „de studii”, „de formare”.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            MobilityKind::Study => "mobility-kind-study",
            MobilityKind::Training => "mobility-kind-training",
        }))
    }
}

impl fmt::Display for MobilityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MobilityKind::Study => "study",
            MobilityKind::Training => "training",
        })
    }
}

/// A language level on the Common European Framework of Reference.
///
/// The regulation asks for "medium knowledge" (*nivel mediu*); Regula reads that as B1 by
/// default (`MobilityPolicy::min_language_level`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum LanguageLevel {
    /// Breakthrough.
    A1,
    /// Waystage.
    A2,
    /// Threshold: the default reading of "medium".
    B1,
    /// Vantage.
    B2,
    /// Effective operational proficiency.
    C1,
    /// Mastery.
    C2,
}

impl fmt::Display for LanguageLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A document of the application dossier (MO-3).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// *Fișa candidatului*: the standard form, typed and signed.
    CandidateForm,
    /// *Situația școlară*: the transcript (in Romanian if the committee asks).
    Transcript,
    /// The declaration that the student had no earlier mobility of this kind.
    NoEarlierMobilityDeclaration,
    /// The Europass CV, in the mobility's language.
    EuropassCv,
    /// The letter of intent, at most 2,000 characters, in the mobility's language.
    LetterOfIntent,
    /// The programme coordinator's recommendation (if the committee asks).
    Recommendation,
    /// A copy of the valid identity card (study mobility).
    IdentityCardCopy,
    /// The language certificate at medium level (not for Hungarian).
    LanguageCertificate,
    /// Proofs of scientific activity (recommended, study mobility).
    ScientificActivityProof,
    /// Proofs of social activity (recommended).
    SocialActivityProof,
}

impl DocumentKind {
    /// Every document, in the order of the regulation's lists.
    pub const ALL: [DocumentKind; 10] = [
        DocumentKind::CandidateForm,
        DocumentKind::Transcript,
        DocumentKind::NoEarlierMobilityDeclaration,
        DocumentKind::EuropassCv,
        DocumentKind::LetterOfIntent,
        DocumentKind::Recommendation,
        DocumentKind::IdentityCardCopy,
        DocumentKind::LanguageCertificate,
        DocumentKind::ScientificActivityProof,
        DocumentKind::SocialActivityProof,
    ];

    /// The document's name in English.
    pub const fn name(self) -> &'static str {
        match self {
            DocumentKind::CandidateForm => "candidate form",
            DocumentKind::Transcript => "transcript",
            DocumentKind::NoEarlierMobilityDeclaration => "declaration of no earlier mobility",
            DocumentKind::EuropassCv => "Europass CV",
            DocumentKind::LetterOfIntent => "letter of intent",
            DocumentKind::Recommendation => "recommendation of the programme coordinator",
            DocumentKind::IdentityCardCopy => "identity card copy",
            DocumentKind::LanguageCertificate => "language certificate",
            DocumentKind::ScientificActivityProof => "proof of scientific activity",
            DocumentKind::SocialActivityProof => "proof of social activity",
        }
    }
}

impl DocumentKind {
    /// The document as the regulation names it (MO-3): „fișa candidatului”, „scrisoare de
    /// intenție”.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            DocumentKind::CandidateForm => "mobility-doc-candidate-form",
            DocumentKind::Transcript => "mobility-doc-transcript",
            DocumentKind::NoEarlierMobilityDeclaration => "mobility-doc-no-earlier-mobility",
            DocumentKind::EuropassCv => "mobility-doc-europass-cv",
            DocumentKind::LetterOfIntent => "mobility-doc-letter-of-intent",
            DocumentKind::Recommendation => "mobility-doc-recommendation",
            DocumentKind::IdentityCardCopy => "mobility-doc-identity-card",
            DocumentKind::LanguageCertificate => "mobility-doc-language-certificate",
            DocumentKind::ScientificActivityProof => "mobility-doc-scientific-activity",
            DocumentKind::SocialActivityProof => "mobility-doc-social-activity",
        }))
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How much a document is needed in a dossier (MO-3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Always needed: without it the application is not considered (MO-4).
    Required,
    /// Needed only when the committee asks for it in the call.
    IfAsked,
    /// Recommended: counts for selection, never excludes.
    Recommended,
    /// Not part of this kind of dossier.
    NotApplicable,
}
