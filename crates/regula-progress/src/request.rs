//! The JSON requests and responses of the `regula progress …` commands.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use chrono::NaiveDate;
use regula_core::locale::Message;
use regula_core::{AcademicYear, Decision, PolicyHistory, Response, Versioned, Violations};
use regula_fees::FeePolicy;
use regula_grading::GradingPolicy;
use serde::{Deserialize, Serialize};

use crate::ProgressError;
use crate::decide::{YearEnd, year_end_with};
use crate::ledger::Ledger;
use crate::policy::ProgressPolicy;
use crate::ranking::{Applicant, AwardName, rank_students_with};
use crate::re_enrolment::{re_enrolment_fee, taken_again_as};
use crate::year_end::YearOutcome;
use regula_ranking::{Ranking, Standing};

/// `regula progress year-end`: the year-end decisions of a group, a year or a faculty (PR-1..PR-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearEndRequest {
    /// The academic year being closed.
    pub academic_year: AcademicYear,
    /// The date the policy version is chosen by; the year's last day (30 September) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Every student's ledger.
    pub students: Vec<Ledger>,
}

/// The outcome of a [`YearEndRequest`]: one decision per student, in the request's order, and
/// how many students each outcome has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct YearEndOutcome {
    /// The academic year closed.
    pub academic_year: AcademicYear,
    /// One decision per student.
    pub decisions: Vec<YearEnd>,
    /// How many students each outcome has.
    pub counts: BTreeMap<YearOutcome, usize>,
}

impl fmt::Display for YearEndOutcome {
    /// The decisions in the language of [`regula_core::locale::in_language`], one line each.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.decisions {
            let average = match d.average.average {
                Some(a) => Message::new("progress-line-average")
                    .arg("average", regula_core::locale::Arg::Number(a)),
                None => Message::new("progress-line-no-average"),
            };
            let line = Message::new("progress-line")
                .arg("student", d.student.as_str())
                .arg("year", u64::from(d.year_of_study))
                .arg("outcome", d.outcome.term())
                .arg(
                    "credits",
                    regula_core::locale::Arg::Number(d.tally.credits_total.value()),
                )
                .arg("outstanding", u64::from(d.tally.failed_courses_total))
                .arg(
                    "average",
                    regula_core::locale::Arg::Phrase(Box::new(average)),
                );
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

/// The day that chooses the policy versions of a question about `year`: the request's `date`,
/// else the year's last day (30 September).
fn deciding_day(date: Option<NaiveDate>, year: AcademicYear) -> Option<NaiveDate> {
    date.or_else(|| NaiveDate::from_ymd_opt(year.start_year() + 1, 9, 30))
}

/// The version of `history` in force on `date` (the latest when none).
fn in_force<P>(
    history: &PolicyHistory<P>,
    date: Option<NaiveDate>,
) -> Result<&Versioned<P>, Violations<ProgressError>> {
    history
        .in_force_on_or_latest(date)
        .map_err(|e| Violations::one(e.into()))
}

/// Answers a [`YearEndRequest`] under the progress and grading policies in force: every
/// student's problems are reported together, each naming the student and the field.
pub fn answer_year_end(
    progress: &PolicyHistory<ProgressPolicy>,
    grading: &PolicyHistory<GradingPolicy>,
    fees: &PolicyHistory<FeePolicy>,
    request: &YearEndRequest,
) -> Result<Response<YearEndOutcome>, Violations<ProgressError>> {
    let date = deciding_day(request.date, request.academic_year);
    let version = in_force(progress, date)?;
    let grading = &in_force(grading, date)?.policy;
    let fees = &in_force(fees, date)?.policy;
    let mut seen = HashSet::with_capacity(request.students.len());
    let mut problems: Vec<ProgressError> = request
        .students
        .iter()
        .filter(|l| !seen.insert(l.student.as_str()))
        .map(|l| ProgressError::DuplicateStudent {
            student: l.student.clone(),
        })
        .collect();
    let decision = Decision::explained(|why| {
        let mut decisions = Vec::with_capacity(request.students.len());
        for ledger in &request.students {
            let policy = &version.policy;
            let closing = request.academic_year;
            match year_end_with(policy, grading, closing, ledger, why) {
                Ok(mut d) => {
                    if let Some(kind) = taken_again_as(d.outcome) {
                        let (pass, counted) = (grading.pass_grade, &policy.counted);
                        match re_enrolment_fee(fees, kind, counted, pass, closing, ledger, why) {
                            Ok(fee) => d.re_enrolment = fee,
                            Err(e) => problems.push(e),
                        }
                    }
                    decisions.push(d);
                }
                Err(v) => problems.extend(v.into_vec()),
            }
        }
        Violations::from_vec(std::mem::take(&mut problems))?;
        let mut counts = BTreeMap::new();
        for d in &decisions {
            *counts.entry(d.outcome).or_insert(0) += 1;
        }
        Ok::<_, Violations<ProgressError>>(YearEndOutcome {
            academic_year: request.academic_year,
            decisions,
            counts,
        })
    })?;
    Ok(Response::new(progress, version, decision))
}

/// `regula progress rank`: a ranking of students by their results for the policy's award
/// (PR-7), with the places available.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RankRequest {
    /// The academic year whose results rank the students.
    pub academic_year: AcademicYear,
    /// The date the policy version is chosen by; the year's last day (30 September) when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The places available.
    pub places: u32,
    /// The students.
    pub students: Vec<Applicant>,
}

/// The outcome of a [`RankRequest`]: what is awarded and the ranking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct RankOutcome {
    /// What the ranked get, as the policy names it.
    pub award: AwardName,
    /// The ranking: places, reserve list, and the students not ranked with their reasons.
    pub ranking: Ranking,
}

impl fmt::Display for RankOutcome {
    /// The ranking in the language of [`regula_core::locale::in_language`], one line a student.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use regula_core::locale::Arg;
        let award = Arg::Translated {
            ro: self.award.ro.as_str().into(),
            en: self.award.en.as_str().into(),
        };
        for p in &self.ranking.ranking {
            let standing = match p.standing {
                Standing::Place => Message::new("progress-rank-place").arg("award", award.clone()),
                Standing::Reserve { position } => {
                    Message::new("progress-rank-reserve").arg("position", u64::from(position))
                }
                Standing::NotSelected => Message::new("progress-rank-not-selected"),
            };
            let line = Message::new("progress-rank-line")
                .arg("rank", u64::from(p.rank))
                .arg("student", p.candidate.as_str())
                .arg("total", Arg::Number(p.total))
                .arg("standing", Arg::Phrase(Box::new(standing)));
            writeln!(f, "{line}")?;
        }
        for e in &self.ranking.excluded {
            let reasons: Vec<String> = e.reasons.iter().map(ToString::to_string).collect();
            let line = Message::new("progress-rank-excluded")
                .arg("student", e.candidate.as_str())
                .arg("reasons", reasons.join("; "));
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

/// Answers a [`RankRequest`] under the progress and grading policies in force (PR-7); every
/// student's problems are reported together.
pub fn answer_rank(
    progress: &PolicyHistory<ProgressPolicy>,
    grading: &PolicyHistory<GradingPolicy>,
    request: &RankRequest,
) -> Result<Response<RankOutcome>, Violations<ProgressError>> {
    let date = deciding_day(request.date, request.academic_year);
    let version = in_force(progress, date)?;
    let grading = &in_force(grading, date)?.policy;
    let ranking = version
        .policy
        .ranking
        .as_ref()
        .ok_or_else(|| Violations::one(ProgressError::NoRanking))?;
    let decision = Decision::explained(|why| {
        let result = rank_students_with(
            &version.policy,
            ranking,
            grading,
            request.academic_year,
            request.places,
            &request.students,
            why,
        )?;
        Ok::<_, Violations<ProgressError>>(RankOutcome {
            award: ranking.award.clone(),
            ranking: result,
        })
    })?;
    Ok(Response::new(progress, version, decision))
}
