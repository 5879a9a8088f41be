//! Who signs each entry (CA-5) and which entries still lack a signature.

use std::collections::HashSet;
use std::fmt;

use regula_core::locale::{Arg, Message, Said};
use serde::{Deserialize, Serialize};

/// The signatures missing, enumerated (CA-5).
pub(crate) fn missing(slots: &[Said]) -> Arg {
    Arg::Enumeration(slots.iter().map(|s| Arg::from(s.0.clone())).collect())
}

use super::*;
use crate::model::{CommitteeKind, Exam, Role};
use crate::policy::{CatalogPolicy, SecondSigner};

/// One signature an entry needs, and who may give it (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SignatureSlot {
    /// What the signature is (`catalog-slot-examiner`, `catalog-slot-second-examiner`,
    /// `catalog-slot-member`, `catalog-slot-dean`…), with its text.
    pub label: Said,
    /// Who may give it.
    pub signers: Vec<String>,
}

/// An entry, or a grade improvement's result (GR-14), lacking a signature (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Incomplete {
    /// The student.
    pub student: String,
    /// The column (1-based).
    pub column: usize,
    /// The exam: the entry's, or the improvement exam's.
    pub exam: String,
    /// The signatures missing.
    pub missing: Vec<Said>,
}

impl fmt::Display for Incomplete {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = Message::new("catalog-incomplete")
            .arg("student", self.student.as_str())
            .arg("column", self.column)
            .arg("exam", self.exam.as_str())
            .arg("missing", missing(&self.missing));
        write!(f, "{line}")
    }
}

impl Catalog {
    /// The signatures a grade of `exam` needs (CA-5).
    pub fn signature_slots(&self, policy: &CatalogPolicy, exam: &Exam) -> Vec<SignatureSlot> {
        let with_role = |roles: &[Role]| -> Vec<String> {
            exam.committee
                .iter()
                .filter(|m| roles.contains(&m.role))
                .map(|m| m.name.clone())
                .collect()
        };
        let dean = || SignatureSlot {
            label: Said(Message::new("catalog-slot-dean")),
            signers: vec![self.header.dean.clone()],
        };
        match exam.committee_kind {
            CommitteeKind::Regular => {
                let mut slots = vec![SignatureSlot {
                    label: Said(Message::new("catalog-slot-examiner")),
                    signers: vec![self.header.holder.clone()],
                }];
                match policy.second_signer(exam.form) {
                    SecondSigner::None => {}
                    SecondSigner::AppliedTeacher => slots.push(SignatureSlot {
                        label: Said(Message::new("catalog-slot-applied-teacher")),
                        signers: with_role(&[Role::AppliedTeacher]),
                    }),
                    SecondSigner::AppliedTeacherOrAssistant => slots.push(SignatureSlot {
                        label: Said(Message::new("catalog-slot-second-examiner")),
                        signers: with_role(&[Role::AppliedTeacher, Role::Assistant]),
                    }),
                }
                slots
            }
            CommitteeKind::HolderAbsent | CommitteeKind::DeansOffice => {
                let mut slots: Vec<SignatureSlot> = exam
                    .committee
                    .iter()
                    .map(|m| SignatureSlot {
                        label: Said(
                            Message::new("catalog-slot-member").arg("member", m.name.as_str()),
                        ),
                        signers: vec![m.name.clone()],
                    })
                    .collect();
                if exam.committee_kind == CommitteeKind::DeansOffice
                    || policy.dean_countersigns_holder_absent
                {
                    slots.push(dean());
                }
                slots
            }
        }
    }

    /// The signatures still missing from a result of `exam` signed by `signatures`: a cell's
    /// entry, or one of its grade improvements (GR-14).
    pub(super) fn missing(
        &self,
        policy: &CatalogPolicy,
        exam: &Exam,
        signatures: &[String],
    ) -> Vec<Said> {
        let mut used: HashSet<String> = HashSet::new();
        let mut missing = Vec::new();
        for slot in self.signature_slots(policy, exam) {
            match slot
                .signers
                .iter()
                .find(|s| signatures.contains(s) && !used.contains(s.as_str()))
            {
                Some(s) => {
                    used.insert(s.clone());
                }
                None if slot.signers.is_empty() => missing.push(Said(
                    Message::new("catalog-slot-nobody")
                        .arg("slot", Arg::Phrase(Box::new(slot.label.0))),
                )),
                None => missing.push(slot.label),
            }
        }
        missing
    }

    /// Every entry lacking a signature (CA-5), and every grade improvement's result lacking one
    /// (GR-14: `exam` is then the improvement exam).
    pub fn incomplete(&self, policy: &CatalogPolicy) -> Vec<Incomplete> {
        let mut found = Vec::new();
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                let results = std::iter::once((&cell.exam, &cell.signatures)).chain(
                    cell.improvements
                        .iter()
                        .map(|imp| (&imp.exam, &imp.signatures)),
                );
                for (exam, signatures) in results {
                    let Ok(e) = self.exam(exam) else {
                        continue;
                    };
                    let missing = self.missing(policy, e, signatures);
                    if !missing.is_empty() {
                        found.push(Incomplete {
                            student: row.student.clone(),
                            column: i + 1,
                            exam: exam.clone(),
                            missing,
                        });
                    }
                }
            }
        }
        found
    }
}
