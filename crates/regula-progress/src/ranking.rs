//! Rankings of students by their results (PR-7): scholarships (*burse de merit, de performanță*)
//! and any other ranked selection — eligibility from the year's results, then the order, the
//! tie-breaks on raw values, the places and the reserve list of the one ranking engine that the
//! Erasmus+ selection uses (`regula-ranking`).

use std::collections::BTreeMap;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message};
use regula_core::{AcademicYear, Decimal, NoExplanation, Problems, Recorder, Step, Violations};
use regula_grading::GradingPolicy;
use regula_ranking::{Candidate, PointsSystem, Ranking, rank_with};
use serde::{Deserialize, Serialize};

use crate::ProgressError;
use crate::decide::year_end_with;
use crate::ledger::Ledger;
use crate::policy::ProgressPolicy;
use crate::rules::PR_7;

/// The values of a student's year the criteria may name (PR-7), besides those the request gives.
pub const MEASURES: [&str; 3] = ["average", "credit_points", "credits"];

/// What the ranked get, in each language: `{"ro": "bursă de merit", "en": "merit scholarship"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardName {
    /// In Romanian.
    pub ro: String,
    /// In English.
    pub en: String,
}

/// A ranking of students by their results (PR-7): who may be ranked, the points system the
/// eligible are ranked by, and what they get.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RankingPolicy {
    /// What the ranked get.
    pub award: AwardName,
    /// Only students with no outstanding course (*integraliști*).
    #[serde(default)]
    pub integralist: bool,
    /// Only students on a budget-funded place (*loc bugetat*).
    #[serde(default)]
    pub budget_funded_only: bool,
    /// The lowest year average (GR-8) that may be ranked ("media minimă 8,00"); none when absent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "regula_core::exact::optional"
    )]
    pub minimum_average: Option<Decimal>,
    /// The criteria and tie-breaks, as the Erasmus+ selection writes them: a criterion's id is one
    /// of the year's values (`average`, `credit_points`, `credits`) or a value each student's
    /// entry gives (`admission_average`). A criterion of weight 0 orders ties only.
    pub points: PointsSystem,
    /// How many are kept on the reserve list after the places; every other ranked student when
    /// absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_list: Option<u32>,
}

impl RankingPolicy {
    /// Every problem of the ranking, with its path under `ranking`.
    pub(crate) fn problems(&self, found: &mut Problems) {
        found.nested("ranking.points", self.points.problems(&PR_7));
        if let Some(minimum) = self.minimum_average {
            found.check(
                (Decimal::ONE..=Decimal::TEN).contains(&minimum),
                "ranking.minimum_average",
                minimum,
                "an average lies between 1 and 10 (PR-7)",
            );
        }
        for (field, text) in [("award.ro", &self.award.ro), ("award.en", &self.award.en)] {
            found.check(
                !text.trim().is_empty(),
                format!("ranking.{field}"),
                "\"\"",
                "what the ranked get has a name (PR-7)",
            );
        }
    }

    /// The award's name in the message's language.
    pub fn award(&self) -> Arg {
        Arg::Translated {
            ro: self.award.ro.as_str().into(),
            en: self.award.en.as_str().into(),
        }
    }
}

/// A student of a ranking: the ledger and what the ledger does not hold (PR-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// The student's ledger; the year it closes is the year the student is ranked by.
    pub ledger: Ledger,
    /// Whether the student holds a budget-funded place; needed when the ranking asks for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_funded: Option<bool>,
    /// Values the criteria name that the ledger does not give (`admission_average`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, Decimal>,
    /// When the application was complete, for an `earlier_submission` tie-break.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<Instant>,
}

/// Why a student is not eligible (PR-7), as messages.
fn ineligible(
    policy: &RankingPolicy,
    applicant: &Applicant,
    average: Option<Decimal>,
    outstanding: &[String],
) -> Result<Vec<Message>, ProgressError> {
    let mut reasons = Vec::new();
    if policy.integralist && !outstanding.is_empty() {
        reasons
            .push(Message::new("progress-not-integralist").arg("courses", outstanding.join(", ")));
    }
    if policy.budget_funded_only {
        match applicant.budget_funded {
            Some(true) => {}
            Some(false) => reasons.push(Message::new("progress-not-budget-funded")),
            None => {
                return Err(ProgressError::Invalid {
                    student: applicant.ledger.student.clone(),
                    field: "budget_funded".into(),
                    problem: "required: the ranking is for budget-funded places only (PR-7)".into(),
                });
            }
        }
    }
    if let Some(minimum) = policy.minimum_average {
        match average {
            Some(a) if a >= minimum => {}
            Some(a) => reasons.push(
                Message::new("progress-below-minimum-average")
                    .arg("average", Arg::Number(a))
                    .arg("minimum", Arg::Number(minimum.normalize())),
            ),
            None => reasons.push(Message::new("progress-no-average")),
        }
    }
    Ok(reasons)
}

/// Ranks `applicants` at the end of `closing` for `places` places (PR-7): each student's year is
/// decided on the fast path (the average, the credit points, the outstanding courses), the
/// ineligible are excluded with their reasons, and the eligible are ranked by the engine.
pub fn rank_students_with(
    policy: &ProgressPolicy,
    ranking: &RankingPolicy,
    grading: &GradingPolicy,
    closing: AcademicYear,
    places: u32,
    applicants: &[Applicant],
    recorder: &mut impl Recorder,
) -> Result<Ranking, Violations<ProgressError>> {
    let mut problems = Vec::new();
    let mut candidates = Vec::with_capacity(applicants.len());
    for applicant in applicants {
        let ledger = &applicant.ledger;
        let year = match year_end_with(policy, grading, closing, ledger, &mut NoExplanation) {
            Ok(year) => year,
            Err(v) => {
                problems.extend(v.into_vec());
                continue;
            }
        };
        let average = year.average.average;
        let reasons = match ineligible(ranking, applicant, average, &year.tally.outstanding) {
            Ok(reasons) => reasons,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let mut candidate = Candidate::new(ledger.student.clone());
        for (id, value) in &applicant.values {
            if MEASURES.contains(&id.as_str()) {
                problems.push(ProgressError::Invalid {
                    student: ledger.student.clone(),
                    field: format!("values.{id}"),
                    problem: "the ledger gives this value: it cannot be given as well (PR-7)"
                        .into(),
                });
            }
            candidate.scores.insert(id.clone(), *value);
        }
        let measures = [
            ("average", average),
            ("credit_points", Some(year.tally.credit_points_year)),
            ("credits", Some(year.tally.credits_year.value())),
        ];
        for (id, value) in measures {
            if let Some(value) = value
                && ranking.points.criteria.iter().any(|c| c.id == id)
            {
                candidate.scores.insert(id.to_owned(), value);
            }
        }
        candidate.submitted_at = applicant.submitted_at;
        candidate.exclusions = reasons;
        recorder.record(|| {
            Step::says(
                &PR_7,
                Message::new("progress-ranking-year")
                    .arg("student", ledger.student.as_str())
                    .arg(
                        "average",
                        average.map_or(Arg::Term("progress-none".into()), Arg::Number),
                    )
                    .arg(
                        "points",
                        Arg::Number(year.tally.credit_points_year.normalize()),
                    )
                    .arg("outstanding", u64::from(year.tally.failed_courses_total)),
            )
        });
        candidates.push(candidate);
    }
    Violations::from_vec(problems)?;
    let ranking_result = rank_with(
        &ranking.points,
        places,
        ranking.reserve_list,
        &candidates,
        &PR_7,
        recorder,
    )
    .map_err(|e| {
        Violations::one(ProgressError::Ranking {
            problem: e.to_string(),
        })
    })?;
    recorder.record(|| {
        let given: Vec<&str> = ranking_result
            .ranking
            .iter()
            .filter(|p| p.standing == regula_ranking::Standing::Place)
            .map(|p| p.candidate.as_str())
            .collect();
        Step::says(
            &PR_7,
            Message::new("progress-awarded")
                .arg("award", ranking.award())
                .arg("count", given.len())
                .arg("students", regula_ranking::selected(given.into_iter())),
        )
    });
    Ok(ranking_result)
}
