//! Every number and list of the mobility rules, as data (MO-1..MO-12).

use std::collections::HashSet;

use regula_core::{CheckedPolicy, Decimal, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Serialize};

pub use regula_ranking::{Band, Covers, Criterion, PointsSystem, Scale, TieBreak};

use crate::award::Award;
pub use crate::budget::EarlierMobilityRule;
use crate::model::{DocumentKind, LanguageLevel, MobilityKind, Requirement};
use crate::rules::MO_7;

/// A condition the selection committee adds to those of the regulation (MO-1: "the committee's
/// own conditions").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraCondition {
    /// Its id, as applicants' records name it.
    pub id: String,
    /// What it asks.
    pub description: String,
}

/// How much one document is needed in each kind of dossier (MO-3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentRule {
    /// The document.
    pub document: DocumentKind,
    /// In a study dossier.
    pub study: Requirement,
    /// In a training dossier.
    pub training: Requirement,
    /// Whether it must be signed (MO-4: a missing signature excludes).
    #[serde(default)]
    pub signed: bool,
    /// Whether it must be in the mobility's language.
    #[serde(default)]
    pub in_mobility_language: bool,
}

impl DocumentRule {
    /// The requirement for a kind of mobility.
    pub fn requirement(&self, kind: MobilityKind) -> Requirement {
        match kind {
            MobilityKind::Study => self.study,
            MobilityKind::Training => self.training,
        }
    }
}

/// The selection committee's composition rules (MO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommitteePolicy {
    /// The fewest members (3).
    pub min_members: u32,
    /// Whether no two members other than the student may represent the same field ("members
    /// from different fields"; Regula's default reading).
    pub distinct_fields: bool,
    /// Whether the Rector must name the committee (its `named_by_rector`); true when absent, the
    /// seed regulation's requirement.
    #[serde(default = "required")]
    pub named_by_rector: bool,
    /// Whether one member must be a student named by the students' organisation; true when
    /// absent. A student member who is a candidate breaks MO-6 either way.
    #[serde(default = "required")]
    pub student_member: bool,
    /// Whether the committee must have a secretary (the Erasmus+ coordinator); true when absent.
    #[serde(default = "required")]
    pub secretary: bool,
    /// Whether every member must sign a conflict-of-interest declaration; true when absent.
    #[serde(default = "required")]
    pub conflict_declarations: bool,
    /// Whether a family tie between a member and a candidate of the call is a breach; true when
    /// absent.
    #[serde(default = "required")]
    pub no_family_ties: bool,
}

/// A committee requirement a policy does not mention is required (MO-6), as in the seed
/// regulation.
fn required() -> bool {
    true
}

impl CommitteePolicy {
    /// The seed regulation's committee (MO-6): at least `min_members`, every requirement asked.
    pub fn all_required(min_members: u32, distinct_fields: bool) -> Self {
        CommitteePolicy {
            min_members,
            distinct_fields,
            named_by_rector: true,
            student_member: true,
            secretary: true,
            conflict_declarations: true,
            no_family_ties: true,
        }
    }
}

/// The limits on a mobility's duration (MO-9).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DurationPolicy {
    /// The shortest mobility, in months (2).
    pub min_months: u32,
    /// The longest, in months (12).
    pub max_months: u32,
    /// The shortest training mobility, in months (2).
    pub training_min_months: u32,
    /// The months recommended for a training mobility (July–September: 7, 8, 9).
    pub training_recommended_months: Vec<u32>,
}

/// The document deadlines of a mobility (MO-10, MO-12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlinePolicy {
    /// The financing contract is signed at least this many working days before departure (15).
    pub financing_contract_working_days_before: u32,
    /// The grant is paid no earlier than this many days before departure (10).
    pub grant_paid_days_before: u32,
    /// A learning/training agreement not signed before departure is due this many days after it
    /// (2 weeks: 14).
    pub agreement_days_after_departure: u32,
    /// Changes to the learning agreement are due this many months after departure (1).
    pub changes_months_after_departure: u32,
    /// The host's enrolment certificate is due this many days after departure (2 weeks: 14).
    pub enrolment_certificate_days_after_departure: u32,
    /// The attendance certificate is due this many working days after return (10).
    pub attendance_certificate_working_days_after_return: u32,
    /// The final report is due this many working days after return (10).
    pub final_report_working_days_after_return: u32,
}

/// Every parameter of the mobility rules (MO-1..MO-12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MobilityPolicy {
    /// MO-1: semesters completed before the mobility (2).
    pub min_semesters_completed: u32,
    /// MO-1, MO-2: the language level "medium" means (B1).
    pub min_language_level: LanguageLevel,
    /// MO-1, MO-2: languages for which no level is asked (`hu`: Hungarian).
    pub language_exempt: Vec<String>,
    /// MO-3: without a certificate the Dean arranges a language test, so a missing certificate
    /// does not exclude the application (true), or it does (false).
    pub dean_tests_language: bool,
    /// MO-1, MO-2: what earlier Erasmus+ mobilities allow: none of the same kind (`{"rule":
    /// "no_earlier_mobility"}`, the default) or a budget of months per study cycle
    /// (`{"rule": "months_per_cycle", "months": 12}`).
    #[serde(default)]
    pub earlier_mobility: EarlierMobilityRule,
    /// MO-1: the committee's own conditions.
    #[serde(default)]
    pub committee_conditions: Vec<ExtraCondition>,
    /// MO-3: the documents of each kind of dossier.
    pub documents: Vec<DocumentRule>,
    /// MO-3: the longest letter of intent, in characters (Unicode scalar values: "ă" is one).
    pub letter_max_chars: u32,
    /// MO-6: the committee's composition.
    pub committee: CommitteePolicy,
    /// MO-7: the points system.
    pub points: PointsSystem,
    /// MO-7, MO-8: what the selection awards, in both languages, and what confirms it; an
    /// Erasmus+ grant (*bursă*) when absent.
    #[serde(default)]
    pub award: Award,
    /// Whether a candidate may apply in one field only (true) or in several, each ranked
    /// independently (false).
    pub one_field_per_candidate: bool,
    /// The longest reserve list per field; every other eligible candidate when absent.
    #[serde(default)]
    pub reserve_list: Option<u32>,
    /// MO-9: duration.
    pub duration: DurationPolicy,
    /// MO-10: deadlines.
    pub deadlines: DeadlinePolicy,
}

fn dec(units: i64) -> Decimal {
    Decimal::from(units)
}

fn range(min: i64, max: i64) -> Scale {
    Scale::Range {
        min: dec(min),
        max: dec(max),
    }
}

fn criterion(id: &str, label: &str, weight: i64, scale: Scale, optional: bool) -> Criterion {
    Criterion {
        id: id.into(),
        label: label.into(),
        weight: dec(weight),
        scale,
        optional,
        minimum: None,
    }
}

fn activities(list: &[(&str, i64)], cap: i64) -> Scale {
    Scale::Activities {
        points: list
            .iter()
            .map(|(k, p)| ((*k).to_owned(), dec(*p)))
            .collect(),
        cap: Some(dec(cap)),
    }
}

impl MobilityPolicy {
    /// The ITP regulation of 13 March 2014, with Regula's defaults where it is silent (every one
    /// of them a parameter here):
    ///
    /// - "medium" language knowledge is B1; Hungarian (`hu`) needs none; without a certificate
    ///   the Dean tests the student, so a missing certificate does not exclude;
    /// - the points system is illustrative — the regulation recommends criteria but leaves the
    ///   weights to each year's committee: weighted average ×5 (1–10), letter, CV and
    ///   recommendation ×2 (0–10), optional interview ×1 (0–10), scientific activity (student
    ///   conference with a mention 5, other competition with a mention 3, publication class A 5,
    ///   class B 3, other 1, other proven professional work 2; at most 10), social activity
    ///   (volunteering, Erasmus+ activities, student organisation: 2 each; at most 10): 100 at
    ///   most; ties by the weighted average, then the earlier complete dossier, then the id;
    /// - one field per candidate; every other eligible candidate on the reserve list.
    pub fn itp_2014() -> Self {
        use DocumentKind as D;
        use Requirement::{IfAsked, NotApplicable, Recommended, Required};
        let doc = |document, study, training, signed, in_mobility_language| DocumentRule {
            document,
            study,
            training,
            signed,
            in_mobility_language,
        };
        MobilityPolicy {
            min_semesters_completed: 2,
            min_language_level: LanguageLevel::B1,
            language_exempt: vec!["hu".into()],
            dean_tests_language: true,
            earlier_mobility: EarlierMobilityRule::NoEarlierMobility,
            committee_conditions: Vec::new(),
            documents: vec![
                doc(D::CandidateForm, Required, Required, true, false),
                doc(D::Transcript, Required, Required, false, false),
                doc(
                    D::NoEarlierMobilityDeclaration,
                    Required,
                    Required,
                    true,
                    false,
                ),
                doc(D::EuropassCv, Required, Required, false, true),
                doc(D::LetterOfIntent, Required, Required, false, true),
                doc(D::Recommendation, IfAsked, IfAsked, true, false),
                doc(D::IdentityCardCopy, Required, NotApplicable, false, false),
                doc(D::LanguageCertificate, Required, Required, false, false),
                doc(
                    D::ScientificActivityProof,
                    Recommended,
                    NotApplicable,
                    false,
                    false,
                ),
                doc(
                    D::SocialActivityProof,
                    Recommended,
                    Recommended,
                    false,
                    false,
                ),
            ],
            letter_max_chars: 2000,
            committee: CommitteePolicy::all_required(3, true),
            points: PointsSystem {
                criteria: vec![
                    criterion(
                        "weighted_average",
                        "weighted average of all earlier study",
                        5,
                        range(1, 10),
                        false,
                    ),
                    criterion(
                        "letter_cv_recommendation",
                        "letter of intent, CV and recommendation",
                        2,
                        range(0, 10),
                        false,
                    ),
                    criterion(
                        "interview",
                        "interview: language of the field, professional skills",
                        1,
                        range(0, 10),
                        true,
                    ),
                    criterion(
                        "scientific",
                        "scientific activity",
                        1,
                        activities(
                            &[
                                ("student_conference_mention", 5),
                                ("competition_mention", 3),
                                ("publication_class_a", 5),
                                ("publication_class_b", 3),
                                ("publication_other", 1),
                                ("professional_work", 2),
                            ],
                            10,
                        ),
                        true,
                    ),
                    criterion(
                        "social",
                        "social activity",
                        1,
                        activities(
                            &[
                                ("volunteering", 2),
                                ("erasmus_activity", 2),
                                ("student_organisation", 2),
                            ],
                            10,
                        ),
                        true,
                    ),
                ],
                tie_break: vec![
                    TieBreak::HigherCriterion("weighted_average".into()),
                    TieBreak::EarlierSubmission,
                    TieBreak::CandidateId,
                ],
            },
            award: Award::erasmus_grant(),
            one_field_per_candidate: true,
            reserve_list: None,
            duration: DurationPolicy {
                min_months: 2,
                max_months: 12,
                training_min_months: 2,
                training_recommended_months: vec![7, 8, 9],
            },
            deadlines: DeadlinePolicy {
                financing_contract_working_days_before: 15,
                grant_paid_days_before: 10,
                agreement_days_after_departure: 14,
                changes_months_after_departure: 1,
                enrolment_certificate_days_after_departure: 14,
                attendance_certificate_working_days_after_return: 10,
                final_report_working_days_after_return: 10,
            },
        }
    }

    /// The rule for a document, if the policy lists it.
    pub fn document(&self, kind: DocumentKind) -> Option<&DocumentRule> {
        self.documents.iter().find(|d| d.document == kind)
    }
}

impl CheckedPolicy for MobilityPolicy {
    const DOMAIN: &'static str = "mobility";

    /// The points system (MO-7), a budget of months per cycle that allows a mobility (MO-1), a
    /// duration range that is not empty (MO-9), recommended months
    /// that are months, every document listed once (MO-3).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        found.nested("points", self.points.problems(&MO_7));
        found.nested("award", self.award.problems());
        self.earlier_mobility.problems(&self.duration, &mut found);
        let d = &self.duration;
        found.check(
            d.min_months <= d.max_months,
            "duration.min_months",
            d.min_months,
            format!("more than `duration.max_months` = {} (MO-9)", d.max_months),
        );
        for (i, m) in d.training_recommended_months.iter().enumerate() {
            found.check(
                (1..=12).contains(m),
                format!("duration.training_recommended_months[{i}]"),
                m,
                "not a month (1–12) (MO-9)",
            );
        }
        let mut seen = HashSet::new();
        for (i, rule) in self.documents.iter().enumerate() {
            found.check(
                seen.insert(rule.document),
                format!("documents[{i}].document"),
                rule.document,
                "listed twice (MO-3)",
            );
        }
        found.into_vec()
    }
}

/// The ITP 2014 mobility policy, from 13 March 2014 (the regulation's stated validity).
pub fn itp_2014() -> PolicyHistory<MobilityPolicy> {
    PolicyHistory::single(
        "ITP 2014",
        Versioned {
            effective_from: regula_core::catalogue::seed::ITP_ERASMUS_FROM,
            note: "ITP-ERASMUS 2014 §3–§12; illustrative points system (the committee sets its own yearly)".into(),
            policy: MobilityPolicy::itp_2014(),
        },
    )
}
