//! The application dossier (MO-3, MO-4): which documents each kind of mobility needs, whether
//! each was handed in signed, with its data, in the right language and in time.

use std::fmt;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message, Said};
use regula_core::{Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::model::{DocumentKind, MobilityKind, Requirement};
use crate::policy::MobilityPolicy;
use crate::rules::{MO_3, MO_4};

/// What the committee asks for in the call beyond the fixed list (MO-3: "if asked").
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct CommitteeAsks {
    /// The transcript in Romanian.
    #[serde(default)]
    pub transcript_in_romanian: bool,
    /// The programme coordinator's recommendation.
    #[serde(default)]
    pub recommendation: bool,
}

fn yes() -> bool {
    true
}

/// One document handed in to the Erasmus+ coordinator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DossierItem {
    /// Which document.
    pub document: DocumentKind,
    /// When it was handed in (Bucharest time unless an offset is given).
    pub handed_in: Instant,
    /// Whether it bears the candidate's (or signer's) signature.
    #[serde(default)]
    pub signed: bool,
    /// Whether every datum the form asks for is filled in.
    #[serde(default = "yes")]
    pub data_complete: bool,
    /// Its language (ISO 639-1), where it matters.
    #[serde(default)]
    pub language: Option<String>,
    /// The text of a letter of intent, to count its characters.
    #[serde(default)]
    pub text: Option<String>,
    /// The number of characters of a letter of intent, when the text is not given.
    #[serde(default)]
    pub characters: Option<u32>,
}

/// An application dossier as it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dossier {
    /// The candidate.
    pub applicant: String,
    /// The kind of mobility.
    pub kind: MobilityKind,
    /// The mobility's language (ISO 639-1): the CV and the letter are in it.
    pub language: String,
    /// Everything handed in, in any order; a later copy of a document replaces an earlier one.
    pub items: Vec<DossierItem>,
}

/// What is wrong with a needed document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// Not handed in.
    Missing,
    /// Handed in only after the deadline.
    Late,
    /// Not signed.
    Unsigned,
    /// Data missing.
    DataMissing,
    /// Not in the language asked.
    WrongLanguage,
    /// A letter of intent over the limit.
    TooLong,
}

/// A needed document with a problem (MO-4 names each).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Defect {
    /// The document.
    pub document: DocumentKind,
    /// The problem.
    pub problem: Problem,
    /// The values: `{ message, args, text }`.
    pub detail: Said,
}

/// Where a dossier stands (MO-4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DossierStatus {
    /// Everything needed is in, in time.
    Complete,
    /// Something is missing but the deadline has not passed: it can still be completed.
    Incomplete,
    /// The deadline passed with something missing: the application is not considered.
    NotConsidered,
}

/// The verdict on a dossier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct DossierVerdict {
    /// The candidate.
    pub applicant: String,
    /// Complete, incomplete (completable until the deadline) or not considered.
    pub status: DossierStatus,
    /// The deadline.
    pub deadline: Instant,
    /// Every needed document with a problem.
    pub defects: Vec<Defect>,
    /// Recommended documents not handed in (they only count for selection).
    pub recommended_missing: Vec<DocumentKind>,
    /// When the last needed document was handed in, once complete.
    pub completed_at: Option<Instant>,
    /// What else the office should know (the Dean's language test).
    pub notes: Vec<Said>,
}

impl fmt::Display for DossierVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new(match self.status {
            DossierStatus::Complete => "mobility-dossier-complete",
            DossierStatus::Incomplete => "mobility-dossier-incomplete",
            DossierStatus::NotConsidered => "mobility-dossier-not-considered",
        })
        .arg("applicant", self.applicant.as_str())
        .arg("deadline", self.deadline);
        write!(f, "{header}")?;
        for d in &self.defects {
            let defect = Message::new("mobility-defect")
                .arg("document", d.document.term())
                .arg("detail", Arg::Phrase(Box::new(d.detail.0.clone())));
            write!(f, "\n- {defect}")?;
        }
        if !self.recommended_missing.is_empty() {
            let names = Message::new("mobility-recommended-missing").arg(
                "documents",
                Arg::Enumeration(self.recommended_missing.iter().map(|d| d.term()).collect()),
            );
            write!(f, "\n{names}")?;
        }
        for n in &self.notes {
            let note =
                Message::new("mobility-note").arg("note", Arg::Phrase(Box::new(n.0.clone())));
            write!(f, "\n{note}")?;
        }
        Ok(())
    }
}

/// The outcome of [`check_dossier_explained`] alone, on the fast path: nothing is recorded.
pub fn check_dossier(
    policy: &MobilityPolicy,
    dossier: &Dossier,
    asks: CommitteeAsks,
    deadline: Instant,
    now: Instant,
) -> Result<DossierVerdict, MobilityError> {
    check_dossier_with(policy, dossier, asks, deadline, now, &mut NoExplanation)
}

/// Checks a dossier at `now` against the call's `deadline` (MO-3, MO-4).
pub fn check_dossier_explained(
    policy: &MobilityPolicy,
    dossier: &Dossier,
    asks: CommitteeAsks,
    deadline: Instant,
    now: Instant,
) -> Result<Decision<DossierVerdict>, MobilityError> {
    Decision::explained(|why| check_dossier_with(policy, dossier, asks, deadline, now, why))
}

/// [`check_dossier`] recording its steps into any [`Recorder`].
pub fn check_dossier_with(
    policy: &MobilityPolicy,
    dossier: &Dossier,
    asks: CommitteeAsks,
    deadline: Instant,
    now: Instant,
    recorder: &mut impl Recorder,
) -> Result<DossierVerdict, MobilityError> {
    for (i, item) in dossier.items.iter().enumerate() {
        if item.handed_in > now {
            return Err(MobilityError::Invalid {
                field: format!("items[{i}].handed_in"),
                problem: format!("{} is after now ({now})", item.handed_in),
            });
        }
        if item.text.is_some() && item.characters.is_some() {
            return Err(MobilityError::Invalid {
                field: format!("items[{i}]"),
                problem: "give the letter's `text` or its `characters`, not both".into(),
            });
        }
    }
    let exempt_language = policy
        .language_exempt
        .iter()
        .any(|l| l.eq_ignore_ascii_case(&dossier.language));
    let mut defects = Vec::new();
    let mut recommended_missing = Vec::new();
    let mut notes = Vec::new();
    let mut completed_at: Option<Instant> = None;

    for rule in &policy.documents {
        let document = rule.document;
        let mut requirement = rule.requirement(dossier.kind);
        if requirement == Requirement::IfAsked {
            let asked = match document {
                DocumentKind::Recommendation => asks.recommendation,
                DocumentKind::Transcript => asks.transcript_in_romanian,
                _ => false,
            };
            requirement = if asked {
                Requirement::Required
            } else {
                Requirement::NotApplicable
            };
        }
        if document == DocumentKind::LanguageCertificate && exempt_language {
            recorder.record(|| {
                Step::says(
                    &MO_3,
                    Message::new("mobility-no-certificate-asked")
                        .arg("language", dossier.language.as_str()),
                )
            });
            continue;
        }
        let in_time = dossier
            .items
            .iter()
            .filter(|i| i.document == document && i.handed_in < deadline)
            .max_by_key(|i| i.handed_in);
        match requirement {
            Requirement::NotApplicable => continue,
            Requirement::Recommended => {
                if in_time.is_none() {
                    recommended_missing.push(document);
                }
                continue;
            }
            Requirement::Required | Requirement::IfAsked => {}
        }
        let Some(item) = in_time else {
            let late = dossier
                .items
                .iter()
                .filter(|i| i.document == document)
                .map(|i| i.handed_in)
                .max();
            if document == DocumentKind::LanguageCertificate && policy.dean_tests_language {
                let note = Message::new("mobility-dean-tests-language")
                    .arg("language", dossier.language.as_str());
                recorder.record(|| Step::says(&MO_3, note.clone()));
                notes.push(Said(note));
                continue;
            }
            let (problem, detail) = match late {
                Some(at) => (
                    Problem::Late,
                    Message::new("mobility-defect-late")
                        .arg("at", at)
                        .arg("deadline", deadline),
                ),
                None => (Problem::Missing, Message::new("mobility-defect-missing")),
            };
            defects.push(Defect {
                document,
                problem,
                detail: Said(detail),
            });
            continue;
        };
        completed_at = Some(completed_at.map_or(item.handed_in, |c| c.max(item.handed_in)));
        if rule.signed && !item.signed {
            defects.push(Defect {
                document,
                problem: Problem::Unsigned,
                detail: Said(Message::new("mobility-defect-unsigned")),
            });
        }
        if !item.data_complete {
            defects.push(Defect {
                document,
                problem: Problem::DataMissing,
                detail: Said(Message::new("mobility-defect-data-missing")),
            });
        }
        let wanted_language = if document == DocumentKind::Transcript {
            asks.transcript_in_romanian.then_some("ro")
        } else {
            rule.in_mobility_language
                .then_some(dossier.language.as_str())
        };
        if let Some(wanted) = wanted_language {
            match &item.language {
                Some(l) if l.eq_ignore_ascii_case(wanted) => {}
                Some(l) => defects.push(Defect {
                    document,
                    problem: Problem::WrongLanguage,
                    detail: Said(
                        Message::new("mobility-defect-language")
                            .arg("language", l.as_str())
                            .arg("wanted", wanted),
                    ),
                }),
                None => defects.push(Defect {
                    document,
                    problem: Problem::WrongLanguage,
                    detail: Said(
                        Message::new("mobility-defect-language-unknown").arg("wanted", wanted),
                    ),
                }),
            }
        }
        if document == DocumentKind::LetterOfIntent {
            let count = match (&item.text, item.characters) {
                (Some(text), _) => Some(letter_length(text)),
                (None, count) => count,
            };
            match count {
                Some(n) if n > policy.letter_max_chars => defects.push(Defect {
                    document,
                    problem: Problem::TooLong,
                    detail: Said(
                        Message::new("mobility-defect-too-long")
                            .arg("characters", u64::from(n))
                            .arg("max", u64::from(policy.letter_max_chars)),
                    ),
                }),
                Some(n) => recorder.record(|| {
                    Step::says(
                        &MO_3,
                        Message::new("mobility-letter-length")
                            .arg("characters", u64::from(n))
                            .arg("max", u64::from(policy.letter_max_chars)),
                    )
                }),
                None => notes.push(Said(Message::new("mobility-letter-length-unknown"))),
            }
        }
    }
    for d in &defects {
        recorder.record(|| {
            Step::says(
                &MO_4,
                Message::new("mobility-defect-step")
                    .arg("document", d.document.term())
                    .arg("detail", Arg::Phrase(Box::new(d.detail.0.clone()))),
            )
        });
    }
    let status = if defects.is_empty() {
        DossierStatus::Complete
    } else if now < deadline {
        DossierStatus::Incomplete
    } else {
        DossierStatus::NotConsidered
    };
    recorder.record(|| {
        Step::says(
            &MO_4,
            Message::new(match status {
                DossierStatus::Complete => "mobility-dossier-step-complete",
                DossierStatus::Incomplete => "mobility-dossier-step-incomplete",
                DossierStatus::NotConsidered => "mobility-dossier-step-not-considered",
            })
            .arg("problems", defects.len())
            .arg("deadline", deadline),
        )
    });
    Ok(DossierVerdict {
        applicant: dossier.applicant.clone(),
        status,
        deadline,
        completed_at: if status == DossierStatus::Complete {
            completed_at
        } else {
            None
        },
        defects,
        recommended_missing,
        notes,
    })
}

/// MO-3: the letter's length as a reader counts it: characters after canonical composition (NFC),
/// so that "ă" typed as one character or as "a" and a combining breve counts once.
fn letter_length(text: &str) -> u32 {
    use unicode_normalization::UnicodeNormalization;
    u32::try_from(text.nfc().count()).unwrap_or(u32::MAX)
}
