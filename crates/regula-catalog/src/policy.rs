//! Every parameter of the catalog and exam-administration rules, as data.

use regula_core::{CheckedPolicy, ExamForm, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Serialize};

use crate::backup::BackupSitting;

use crate::admission_rule::{self, AdmissionDocument};
use crate::open_session_grants::{self, GrantedCategory};
use crate::retake_period::{RetakeCaps, RetakePeriod};

/// Who signs a grade besides the examiner, for one exam form (CA-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SecondSigner {
    /// Nobody: the holder alone (an online quiz).
    None,
    /// The applied-part teacher (online open questions, portfolios).
    AppliedTeacher,
    /// The applied-part teacher or, where one teacher taught both parts, the assistant
    /// (face-to-face).
    AppliedTeacherOrAssistant,
}

/// The second signature of one exam form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureRule {
    /// The form.
    pub form: ExamForm,
    /// Who signs besides the examiner.
    pub second: SecondSigner,
}

/// A kind of identity document (SC-8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IdDocument {
    /// *Buletin* / *carte de identitate*.
    IdentityCard,
    /// Passport.
    Passport,
    /// Driving licence.
    DrivingLicence,
    /// Anything else (a library card, a work badge): not accepted.
    Other,
}

/// The open session (SC-9): for whom, on what conditions, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenSessionPolicy {
    /// A shipboard trainee qualifies when at sea for more than this many months of a semester (2):
    /// the months of a `months_at_sea` condition that names none.
    pub months_at_sea: u32,
    /// The exam is held at least this many days after the Dean's office checked the plan (3).
    pub days_after_plan_check: u32,
    /// SC-9: the categories of students the institution grants the open session, each with its
    /// conditions; a request claiming another is refused, the refusal listing these. The seed's
    /// when absent: shipboard trainees (`months_at_sea`) and IFR seafarers (at sea during the
    /// session, the voyages proven by documents).
    #[serde(default = "GrantedCategory::seafarers")]
    pub categories: Vec<GrantedCategory>,
}

/// Every parameter of the catalog rules (CA-1..CA-6, SC-7..SC-9, and GR-13's pass grade for grade
/// improvements); CA-7's are the appeals policy's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogPolicy {
    /// CA-2: the session columns of a student's row (4).
    pub columns: u32,
    /// CA-4: grades are entered on the exam day only.
    pub entry_on_exam_day_only: bool,
    /// CA-5: the second signature by exam form.
    pub signatures: Vec<SignatureRule>,
    /// CA-5: whether the Dean also countersigns the grades of a committee named in the holder's
    /// absence (the regulation asks only the three members' signatures).
    pub dean_countersigns_holder_absent: bool,
    /// SC-8: the identity documents accepted as `identity_document` in `admission_documents`
    /// (identity card, passport or driving licence).
    pub id_documents: Vec<IdDocument>,
    /// SC-8: the documents that admit a student to an exam — alternatives, any one of which
    /// suffices, each a list of documents all of which must be shown, valid on the exam day:
    /// `[["student_card", "identity_document"]]` (the card and an identity document; the UMC
    /// procedure, and the rule when absent), `[["identity_document"], ["student_card"]]`
    /// (either suffices), `[["student_card", "identity_card"]]` (both).
    #[serde(default = "crate::admission_rule::card_and_identity_document")]
    pub admission_documents: Vec<Vec<AdmissionDocument>>,
    /// SC-9: the open session.
    pub open_session: OpenSessionPolicy,
    /// SC-2: the periods of the year in which the retake session (`september` in a request) may
    /// be held, and for whom: a session must lie within one period that applies to the student.
    /// September for every student when absent (the UMC procedure).
    #[serde(default = "september")]
    pub retake_periods: Vec<RetakePeriod>,
    /// SC-2: caps on retake sessions — retakes per student per session, credits for the session
    /// before the final exams; none when absent (the UMC procedure).
    #[serde(default, skip_serializing_if = "RetakeCaps::is_none")]
    pub retake_caps: RetakeCaps,
    /// GR-10: a backup sitting for a student whose technical failure during an online exam is
    /// proven and who could not reconnect within it: within so many days of the exam
    /// (`{"when": "within_days", "days": 0}`: the same day) or in the retake session (`{"when":
    /// "retake_session"}`). Absent (the seed's remedy): only a reconnection within the exam,
    /// else failed and recorded absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_sitting: Option<BackupSitting>,
}

impl RetakeCaps {
    fn is_none(&self) -> bool {
        *self == RetakeCaps::default()
    }
}

fn september() -> Vec<RetakePeriod> {
    vec![RetakePeriod::SEPTEMBER]
}

impl CatalogPolicy {
    /// UMC-EXAM 2020: 4 columns; entries on the exam day; face-to-face grades signed by the
    /// examiner and the applied-part teacher or assistant, an online quiz by the holder, open
    /// questions and portfolios by the holder and the applied-part teacher, and — the regulation
    /// is silent — an oral exam by video like open questions; identity card, passport or driving
    /// licence, shown with the student card; open session after more than 2 months at sea, 3 days after the plan check.
    pub fn umc_2020() -> Self {
        use SecondSigner::*;
        let rule = |form, second| SignatureRule { form, second };
        CatalogPolicy {
            columns: 4,
            entry_on_exam_day_only: true,
            signatures: vec![
                rule(ExamForm::FaceToFaceWritten, AppliedTeacherOrAssistant),
                rule(ExamForm::FaceToFaceOral, AppliedTeacherOrAssistant),
                rule(ExamForm::OnlineQuiz, None),
                rule(ExamForm::OnlineOpenQuestions, AppliedTeacher),
                rule(ExamForm::OnlinePortfolio, AppliedTeacher),
                rule(ExamForm::OralByVideo, AppliedTeacher),
            ],
            dean_countersigns_holder_absent: false,
            id_documents: vec![
                IdDocument::IdentityCard,
                IdDocument::Passport,
                IdDocument::DrivingLicence,
            ],
            admission_documents: admission_rule::card_and_identity_document(),
            open_session: OpenSessionPolicy {
                months_at_sea: 2,
                days_after_plan_check: 3,
                categories: GrantedCategory::seafarers(),
            },
            retake_periods: september(),
            retake_caps: RetakeCaps::default(),
            backup_sitting: Option::None,
        }
    }

    /// Who signs besides the examiner for `form`; the applied-part teacher when the policy does
    /// not list the form.
    pub fn second_signer(&self, form: ExamForm) -> SecondSigner {
        self.signatures
            .iter()
            .find(|r| r.form == form)
            .map_or(SecondSigner::AppliedTeacher, |r| r.second)
    }
}

impl CheckedPolicy for CatalogPolicy {
    const DOMAIN: &'static str = "catalog";

    /// At least one session column (CA-2), each exam form listed once among the signatures
    /// (CA-5), at least one identity document and an admission rule whose every alternative asks
    /// for documents, each once (SC-8), an open session that can be reached, granted to
    /// categories each named once with conditions that can be met (SC-9).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.check(
            self.columns >= 1,
            "columns",
            self.columns,
            "a catalog has at least one session column (CA-2)",
        );
        for (i, rule) in self.signatures.iter().enumerate() {
            found.check(
                !self.signatures[..i].iter().any(|r| r.form == rule.form),
                format!("signatures[{i}].form"),
                rule.form,
                "the form is listed twice (CA-5)",
            );
        }
        found.check(
            !self.retake_periods.is_empty(),
            "retake_periods",
            "[]",
            "no period would hold a retake session (SC-2)",
        );
        for (i, period) in self.retake_periods.iter().enumerate() {
            found.check(
                period.from <= period.to,
                format!("retake_periods[{i}].to"),
                period.to,
                format!(
                    "the period ends before it starts ({}); a period does not cross New Year (SC-2)",
                    period.from
                ),
            );
        }
        found.check(
            self.retake_caps.max_per_student != Some(0),
            "retake_caps.max_per_student",
            0,
            "a cap of 0 would refuse every retake; leave it out for no cap (SC-2)",
        );
        found.check(
            !self.id_documents.is_empty(),
            "id_documents",
            "[]",
            "no identity document would be accepted (SC-8)",
        );
        for p in admission_rule::problems("admission_documents", &self.admission_documents) {
            found.push(p);
        }
        found.check(
            self.open_session.months_at_sea >= 1,
            "open_session.months_at_sea",
            self.open_session.months_at_sea,
            "must be at least 1 (SC-9)",
        );
        open_session_grants::problems(
            "open_session.categories",
            &self.open_session.categories,
            &mut found,
        );
        if let Some(backup) = &self.backup_sitting {
            backup.problems(&mut found);
        }
        found.into_vec()
    }
}

/// The UMC 2020 catalog policy, from 6 May 2020.
pub fn umc_2020() -> PolicyHistory<CatalogPolicy> {
    PolicyHistory::single(
        "UMC 2020",
        Versioned {
            effective_from: regula_core::catalogue::seed::UMC_EXAM_FROM,
            note: "UMC-EXAM 2020 §5.5.1.2–4, §5.5.2.13–15, §5.5.3, §5.6–§5.11".into(),
            policy: CatalogPolicy::umc_2020(),
        },
    )
}
