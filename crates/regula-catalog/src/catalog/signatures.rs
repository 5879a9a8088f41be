//! Who signs each entry (CA-5) and which entries still lack a signature.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::*;
use crate::model::{CommitteeKind, Exam, Role};
use crate::policy::{CatalogPolicy, SecondSigner};

/// One signature an entry needs, and who may give it (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SignatureSlot {
    /// What the signature is (`examiner`, `second examiner`, `committee member`, `Dean`).
    pub label: String,
    /// Who may give it.
    pub signers: Vec<String>,
}

/// An entry lacking a signature (CA-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Incomplete {
    /// The student.
    pub student: String,
    /// The column (1-based).
    pub column: usize,
    /// The exam.
    pub exam: String,
    /// The signatures missing.
    pub missing: Vec<String>,
}

impl fmt::Display for Incomplete {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, column {} (exam {}): missing {}",
            self.student,
            self.column,
            self.exam,
            self.missing.join(", ")
        )
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
            label: "the Dean's countersignature".into(),
            signers: vec![self.header.dean.clone()],
        };
        match exam.committee_kind {
            CommitteeKind::Regular => {
                let mut slots = vec![SignatureSlot {
                    label: "the examiner (the course holder)".into(),
                    signers: vec![self.header.holder.clone()],
                }];
                match policy.second_signer(exam.form) {
                    SecondSigner::None => {}
                    SecondSigner::AppliedTeacher => slots.push(SignatureSlot {
                        label: "the applied-part teacher".into(),
                        signers: with_role(&[Role::AppliedTeacher]),
                    }),
                    SecondSigner::AppliedTeacherOrAssistant => slots.push(SignatureSlot {
                        label: "the second examiner or the assistant".into(),
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
                        label: format!("committee member {}", m.name),
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

    /// The signatures still missing from a cell.
    pub(super) fn missing(&self, policy: &CatalogPolicy, exam: &Exam, cell: &Cell) -> Vec<String> {
        let mut used: HashSet<String> = HashSet::new();
        let mut missing = Vec::new();
        for slot in self.signature_slots(policy, exam) {
            match slot
                .signers
                .iter()
                .find(|s| cell.signatures.contains(s) && !used.contains(s.as_str()))
            {
                Some(s) => {
                    used.insert(s.clone());
                }
                None if slot.signers.is_empty() => missing.push(format!(
                    "{} (nobody in the committee can give it)",
                    slot.label
                )),
                None => missing.push(slot.label),
            }
        }
        missing
    }

    /// Every entry lacking a signature (CA-5).
    pub fn incomplete(&self, policy: &CatalogPolicy) -> Vec<Incomplete> {
        let mut found = Vec::new();
        for row in &self.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                let Ok(exam) = self.exam(&cell.exam) else {
                    continue;
                };
                let missing = self.missing(policy, exam, cell);
                if !missing.is_empty() {
                    found.push(Incomplete {
                        student: row.student.clone(),
                        column: i + 1,
                        exam: cell.exam.clone(),
                        missing,
                    });
                }
            }
        }
        found
    }
}
