//! Who may apply (MO-1 study, MO-2 training): every condition checked, every failed one listed
//! with its reason.

use std::fmt;

use chrono::NaiveDate;
use std::borrow::Cow;

use regula_core::locale::{Arg, Message, Said};
use regula_core::{Citation, Credits, Decision, NoExplanation, Recorder, Rule, RuleId, Step};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::budget::earlier_mobility_condition;
use crate::cycle::{EarlierMobility, StudyCycle};
use crate::model::{LanguageLevel, MobilityKind};
use crate::policy::MobilityPolicy;
use crate::rules::{MO_1, MO_2, MO_3};

/// A candidate's citizenship, as MO-1 asks about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum Citizenship {
    /// A Romanian citizen.
    Romanian,
    /// A citizen of another EU state, with the Romanian registration or residence certificate
    /// valid until a date (none when there is no certificate).
    Eu {
        /// The last day the certificate is valid.
        #[serde(default)]
        certificate_valid_until: Option<NaiveDate>,
    },
    /// Any other citizenship.
    Other,
}

/// What the Erasmus+ office knows of an applicant, for MO-1 and MO-2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// The candidate's id (student number).
    pub id: String,
    /// The candidate's name.
    #[serde(default)]
    pub name: String,
    /// The kind of mobility applied for.
    pub kind: MobilityKind,
    /// Registered for the mobility semester (in the student-records system).
    pub enrolled: bool,
    /// The study contract of that semester is signed.
    pub study_contract_signed: bool,
    /// In an extension year (*an de prelungire*): cannot apply.
    #[serde(default)]
    pub extension_year: bool,
    /// Semesters completed before the mobility.
    pub semesters_completed: u32,
    /// Credits the study plan asked for so far.
    pub credits_due: Credits,
    /// Credits earned so far.
    pub credits_earned: Credits,
    /// Citizenship.
    pub citizenship: Citizenship,
    /// The mobility's language (ISO 639-1: `de`, `en`, `hu`): teaching language for study, the
    /// host's for training.
    pub language: String,
    /// The level proven by a certificate or the Dean's test; none when not yet proven.
    #[serde(default)]
    pub language_level: Option<LanguageLevel>,
    /// The plan abroad fits the home study plan: studies not prolonged (study), the study year
    /// neither interrupted nor repeated (training).
    pub plan_compatible: bool,
    /// Erasmus+ mobilities already done: each its kind (`"study"`), or `{ "kind", "cycle",
    /// "months" }` where the policy counts months per study cycle (MO-1, MO-2).
    #[serde(default)]
    pub earlier_mobilities: Vec<EarlierMobility>,
    /// The study cycle the applicant is in; needed where the policy counts months per cycle
    /// (MO-1, MO-2), not looked at otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<StudyCycle>,
    /// The months the mobility asks for; where the policy counts months per cycle, more than
    /// remain makes the applicant not eligible (MO-1, MO-2). Not looked at otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_requested: Option<u32>,
    /// The committee's own conditions this candidate meets, by id.
    #[serde(default)]
    pub conditions_met: Vec<String>,
}

/// Where a condition stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConditionStatus {
    /// Met.
    Met,
    /// Not met: the candidate is not eligible.
    Failed,
    /// Not yet known: the Dean's language test is still to come (MO-3).
    Pending,
}

/// One condition of MO-1/MO-2 and how the candidate stands on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ConditionResult {
    /// The rule.
    pub rule: RuleId,
    /// The article it comes from.
    pub citation: Citation,
    /// The condition: `active_status`, `no_extension_year`, `semesters_completed`,
    /// `credits_up_to_date`, `citizenship`, `language`, `plan_compatible`,
    /// `no_earlier_mobility` (or `mobility_months` under a budget of months per cycle), or
    /// `committee:<id>`.
    pub condition: String,
    /// Met, failed or pending.
    pub status: ConditionStatus,
    /// Why, with the values: `{ message, args, text }`.
    pub reason: Said,
}

/// The verdict on an applicant.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct EligibilityVerdict {
    /// The candidate.
    pub applicant: String,
    /// The kind of mobility.
    pub kind: MobilityKind,
    /// Every condition met.
    pub eligible: bool,
    /// The conditions not met, and those still pending, each with its reason.
    pub unmet: Vec<ConditionResult>,
    /// MO-1 under a budget of months per study cycle (`earlier_mobility: months_per_cycle`): the
    /// months of the applicant's cycle its earlier mobilities have not used — the most this
    /// mobility may last. Absent under "no earlier mobility".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_left: Option<u32>,
}

impl fmt::Display for EligibilityVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new(if self.eligible {
            "mobility-eligible"
        } else {
            "mobility-not-eligible"
        })
        .arg("applicant", self.applicant.as_str())
        .arg("kind", self.kind.term());
        write!(f, "{header}")?;
        for c in &self.unmet {
            let status = Message::new(match c.status {
                ConditionStatus::Pending => "mobility-condition-pending",
                _ => "mobility-condition-failed",
            });
            write!(f, "\n- {} {} ({status}): {}", c.rule, c.condition, c.reason)?;
        }
        Ok(())
    }
}

/// The outcome of [`eligibility_explained`] alone, on the fast path: nothing is recorded.
pub fn eligibility(
    policy: &MobilityPolicy,
    applicant: &Applicant,
    on: NaiveDate,
) -> Result<EligibilityVerdict, MobilityError> {
    eligibility_with(policy, applicant, on, &mut NoExplanation)
}

/// Checks every condition of MO-1 (study) or MO-2 (training) for `applicant` on `on` (the day
/// the committee decides; it dates the EU registration certificate).
pub fn eligibility_explained(
    policy: &MobilityPolicy,
    applicant: &Applicant,
    on: NaiveDate,
) -> Result<Decision<EligibilityVerdict>, MobilityError> {
    Decision::explained(|why| eligibility_with(policy, applicant, on, why))
}

/// [`eligibility`] recording its steps into any [`Recorder`].
pub fn eligibility_with(
    policy: &MobilityPolicy,
    applicant: &Applicant,
    on: NaiveDate,
    recorder: &mut impl Recorder,
) -> Result<EligibilityVerdict, MobilityError> {
    for id in &applicant.conditions_met {
        if !policy.committee_conditions.iter().any(|c| &c.id == id) {
            return Err(MobilityError::UnknownCondition {
                applicant: applicant.id.clone(),
                condition: id.clone(),
            });
        }
    }
    let rule: &Rule = match applicant.kind {
        MobilityKind::Study => &MO_1,
        MobilityKind::Training => &MO_2,
    };
    let mut results = Vec::new();
    let mut add = |rule: &Rule, condition: String, status: ConditionStatus, reason: Message| {
        recorder.record(|| {
            Step::says(
                rule,
                Message::new("mobility-condition")
                    .arg("condition", condition.as_str())
                    .arg("reason", Arg::Phrase(Box::new(reason.clone()))),
            )
        });
        results.push(ConditionResult {
            rule: rule.id.clone(),
            citation: rule.cited(),
            condition,
            status,
            reason: Said(reason),
        });
    };
    let met = |ok: bool| {
        if ok {
            ConditionStatus::Met
        } else {
            ConditionStatus::Failed
        }
    };
    let a = applicant;

    let active = a.enrolled && a.study_contract_signed;
    let why = Message::new(match (a.enrolled, a.study_contract_signed) {
        (true, true) => "mobility-active",
        (false, true) => "mobility-not-enrolled",
        (true, false) => "mobility-no-study-contract",
        (false, false) => "mobility-not-enrolled-no-contract",
    });
    add(rule, "active_status".into(), met(active), why);
    add(
        rule,
        "no_extension_year".into(),
        met(!a.extension_year),
        Message::new(if a.extension_year {
            "mobility-extension-year"
        } else {
            "mobility-no-extension-year"
        }),
    );
    add(
        rule,
        "semesters_completed".into(),
        met(a.semesters_completed >= policy.min_semesters_completed),
        Message::new("mobility-semesters")
            .arg("completed", u64::from(a.semesters_completed))
            .arg("min", u64::from(policy.min_semesters_completed)),
    );
    add(
        rule,
        "credits_up_to_date".into(),
        met(a.credits_earned >= a.credits_due),
        Message::new("mobility-credits")
            .arg("earned", Arg::Number(a.credits_earned.value()))
            .arg("due", Arg::Number(a.credits_due.value())),
    );
    let (ok, why) = match &a.citizenship {
        Citizenship::Romanian => (true, Message::new("mobility-citizen-romanian")),
        Citizenship::Eu {
            certificate_valid_until: Some(until),
        } if *until >= on => (
            true,
            Message::new("mobility-citizen-eu-valid").arg("until", *until),
        ),
        Citizenship::Eu {
            certificate_valid_until: Some(until),
        } => (
            false,
            Message::new("mobility-citizen-eu-expired")
                .arg("until", *until)
                .arg("on", on),
        ),
        Citizenship::Eu {
            certificate_valid_until: None,
        } => (false, Message::new("mobility-citizen-eu-no-certificate")),
        Citizenship::Other => (false, Message::new("mobility-citizen-other")),
    };
    add(rule, "citizenship".into(), met(ok), why);

    let language = a.language.to_lowercase();
    let (status, why) = if policy
        .language_exempt
        .iter()
        .any(|l| l.to_lowercase() == language)
    {
        (
            ConditionStatus::Met,
            Message::new("mobility-language-exempt").arg("language", a.language.as_str()),
        )
    } else {
        match a.language_level {
            Some(level) => (
                if level >= policy.min_language_level {
                    ConditionStatus::Met
                } else {
                    ConditionStatus::Failed
                },
                Message::new(if level >= policy.min_language_level {
                    "mobility-language-met"
                } else {
                    "mobility-language-below"
                })
                .arg("language", a.language.as_str())
                .arg("level", level.to_string())
                .arg("min", policy.min_language_level.to_string()),
            ),
            None => (
                if policy.dean_tests_language {
                    ConditionStatus::Pending
                } else {
                    ConditionStatus::Failed
                },
                Message::new(if policy.dean_tests_language {
                    "mobility-language-dean-test"
                } else {
                    "mobility-language-no-proof"
                })
                .arg("language", a.language.as_str())
                .arg("min", policy.min_language_level.to_string()),
            ),
        }
    };
    let language_rule = if status == ConditionStatus::Pending {
        &MO_3
    } else {
        rule
    };
    add(language_rule, "language".into(), status, why);
    add(
        rule,
        "plan_compatible".into(),
        met(a.plan_compatible),
        Message::new(match (a.kind, a.plan_compatible) {
            (MobilityKind::Study, true) => "mobility-plan-fits",
            (MobilityKind::Study, false) => "mobility-plan-prolongs",
            (MobilityKind::Training, true) => "mobility-training-fits",
            (MobilityKind::Training, false) => "mobility-training-interrupts",
        }),
    );
    let (condition, ok, why, months_left) =
        earlier_mobility_condition(policy.earlier_mobility, &policy.duration, a)?;
    add(rule, condition.into(), met(ok), why);
    for c in &policy.committee_conditions {
        let ok = a.conditions_met.contains(&c.id);
        add(
            rule,
            format!("committee:{}", c.id),
            met(ok),
            Message::new("mobility-committee-condition")
                .arg("description", c.description.as_str())
                .arg(
                    "met",
                    Arg::Term(Cow::Borrowed(if ok {
                        "condition-met"
                    } else {
                        "condition-not-met"
                    })),
                ),
        );
    }
    let unmet: Vec<ConditionResult> = results
        .into_iter()
        .filter(|c| c.status != ConditionStatus::Met)
        .collect();
    Ok(EligibilityVerdict {
        applicant: a.id.clone(),
        kind: a.kind,
        eligible: unmet.is_empty(),
        unmet,
        months_left,
    })
}
