//! What a student owes for outstanding exams (FE-1, FE-2, FE-4), itemised.

use regula_core::locale::{Arg, Message};
use std::fmt;

use regula_core::{
    AcademicYear, Credits, Decimal, Decision, Money, NoExplanation, Recorder, RuleId, Step,
};
use serde::{Deserialize, Serialize};

use crate::formula::{ExamKind, FeeFormula, StudentStatus};
use crate::policy::PaymentChannel;
use crate::rules::{FE_1, FE_2, FE_3, FE_4};
use crate::{FeePolicy, FeesError};

/// An exam the student still has to pass (*restanță*).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutstandingExam {
    /// The course.
    pub course: String,
    /// The academic year the exam belongs to (the year the course was contracted).
    pub academic_year: AcademicYear,
    /// The course was contracted for an Erasmus+ mobility semester and not completed there
    /// (FE-4).
    #[serde(default)]
    pub erasmus_mobility: bool,
    /// The kind of exam (FE-2); `null`: a retake (*restanță*). Needed when the policy's
    /// formulas differ by kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ExamKind>,
    /// The student's status (FE-2). Needed when the policy's formulas differ by status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StudentStatus>,
    /// The course's credits (FE-2). Needed by a formula per credit or a share of the tuition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<Credits>,
    /// The course's earlier presentations (*prezentări*), absences included (FE-1). Needed for
    /// a current-year retake when the policy counts free presentations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presentations: Option<u32>,
    /// The course's year of study, 1 for year I (FE-2). Needed by a rate per credit by year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year_of_study: Option<u32>,
    /// How many exams the student already took that the matching fee rule counts toward its
    /// `free_first` (FE-2): for "the first improvement in a session is free", the earlier
    /// improvements of the session. Needed only by a rule with `free_first`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_of_kind: Option<u32>,
}

impl OutstandingExam {
    /// A retake of `course`, of the academic year `academic_year`, with none of the facts a fee
    /// formula may need (FE-2): what a schedule by age needs, and no more.
    pub fn new(course: impl Into<String>, academic_year: AcademicYear) -> Self {
        OutstandingExam {
            course: course.into(),
            academic_year,
            erasmus_mobility: false,
            kind: None,
            status: None,
            credits: None,
            presentations: None,
            year_of_study: None,
            earlier_of_kind: None,
        }
    }
}

/// How an exam's fee was settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeeStatus {
    /// A current-year exam: no fee (FE-1).
    Free,
    /// A fee by the exam's age (FE-2).
    Charged,
    /// Exempt: a course of an Erasmus+ mobility, taken in the next semester (FE-4).
    Exempt,
    /// Older than the schedule and the policy sets nothing for it: the regulation does not
    /// cover it, so no amount is given; the faculty decides.
    NotCovered,
}

/// The formula that set an item's amount, and the inputs it took (FE-1, FE-2, FE-4), so that a
/// statement is readable without the explanation: `{ "formula": "per_credit", "rate": …,
/// "credits": 5 }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "formula", rename_all = "snake_case")]
pub enum FeeBasis {
    /// FE-1: a current-year retake, free.
    CurrentYear,
    /// FE-4: a course of an Erasmus+ mobility taken within the exemption window, free.
    MobilityExemption,
    /// FE-2: by the exam's age (the item's `age`); not covered when older than the schedule.
    ByAge,
    /// FE-1: presentation `presentation` of a current-year retake, within the first `free`.
    FreePresentation {
        /// The presentation's number, 1 for the first.
        presentation: u32,
        /// How many presentations are free.
        free: u32,
    },
    /// FE-2: exam `number` of those the fee rule counts, within its first `free` (`free_first`).
    FreeFirst {
        /// The exam's number among those counted, 1 for the first.
        number: u32,
        /// How many are free.
        free: u32,
    },
    /// FE-2: `rate` × `credits`.
    PerCredit {
        /// The amount per credit.
        rate: Money,
        /// The course's credits.
        credits: Credits,
    },
    /// FE-2: `rate` × `credits`, the rate of the course's year of study.
    PerCreditByYear {
        /// The amount per credit of the year.
        rate: Money,
        /// The course's credits.
        credits: Credits,
        /// The course's year of study, 1 for year I.
        year_of_study: u32,
    },
    /// FE-2: `tuition` / `credits_per_tuition` × `credits`, rounded as the policy says.
    TuitionShare {
        /// The tuition fee.
        tuition: Money,
        /// The credits the tuition pays for.
        credits_per_tuition: Decimal,
        /// The course's credits.
        credits: Credits,
    },
    /// FE-2: the same amount for every presentation.
    Flat,
    /// FE-2: the policy's formula for the exam sets no fee: not covered, no amount.
    NotCovered,
}

/// One exam's line of the assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FeeItem {
    /// The course.
    pub course: String,
    /// The exam's academic year.
    pub academic_year: AcademicYear,
    /// Its age in academic years.
    pub age: u32,
    /// How its fee was settled.
    pub status: FeeStatus,
    /// The amount, `None` when not covered.
    pub amount: Option<Money>,
    /// The rule that set it.
    pub rule: RuleId,
    /// The formula that set it and its inputs: `"formula": "by_age"`, `"per_credit"`, … (FE-2).
    #[serde(flatten)]
    pub basis: FeeBasis,
}

/// What a student owes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FeeAssessment {
    /// The current academic year.
    pub academic_year: AcademicYear,
    /// One line per exam, in the request's order.
    pub items: Vec<FeeItem>,
    /// The sum of the amounts (the not-covered exams are not in it).
    pub total: Money,
    /// How many exams are not covered by the regulation.
    pub not_covered: usize,
    /// How to pay (FE-3).
    pub channels: Vec<PaymentChannel>,
}

impl fmt::Display for FeeAssessment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = Message::new(if self.not_covered > 0 {
            "fees-assessment-not-covered"
        } else {
            "fees-assessment"
        })
        .arg("total", self.total)
        .arg("exams", self.items.len())
        .arg("not_covered", self.not_covered);
        write!(f, "{message}")
    }
}

/// The fee of one exam of age `age` (FE-1, FE-2, FE-4), and the rule that set it. The age is in
/// academic years; 0 is the current year.
pub fn fee_for(
    policy: &FeePolicy,
    age: u32,
    erasmus_mobility: bool,
) -> (FeeStatus, Option<Money>, RuleId) {
    let zero = Money::zero(policy.currency());
    if erasmus_mobility && age <= policy.mobility_exemption_max_age {
        return (FeeStatus::Exempt, Some(zero), FE_4.id);
    }
    if age == 0 && policy.current_year_free {
        return (FeeStatus::Free, Some(zero), FE_1.id);
    }
    let scheduled = (age.max(1) as usize)
        .checked_sub(1)
        .and_then(|i| policy.by_age.get(i))
        .copied()
        .or(policy.beyond_schedule);
    match scheduled {
        Some(amount) => (FeeStatus::Charged, Some(amount), FE_2.id),
        None => (FeeStatus::NotCovered, None, FE_2.id),
    }
}

/// A fee set by a formula or a free presentation: its explanation, the formula's inputs, and the
/// exact amount when the policy's rounding changed it.
struct Computed {
    status: FeeStatus,
    amount: Option<Money>,
    rule: RuleId,
    message: Message,
    rounded_from: Option<Decimal>,
    basis: FeeBasis,
}

/// "The first `free` are free" (FE-1's presentations, FE-2's `free_first`): the exam's number
/// among those counted is its count of earlier ones, given in the exam's `field`, plus one.
struct FirstFree {
    field: &'static str,
    free: u32,
    why: fn(u32) -> String,
    rule: RuleId,
    message: &'static str,
    basis: fn(u32, u32) -> FeeBasis,
}

impl FirstFree {
    /// The exam's free fee when it is among the first `free`; `None` when it is not.
    fn decide(
        self,
        policy: &FeePolicy,
        index: usize,
        exam: &OutstandingExam,
        earlier: Option<u32>,
    ) -> Result<Option<Computed>, FeesError> {
        let earlier =
            earlier.ok_or_else(|| missing(index, exam, self.field, (self.why)(self.free)))?;
        if earlier >= self.free {
            return Ok(None);
        }
        let number = earlier.saturating_add(1);
        Ok(Some(Computed {
            status: FeeStatus::Free,
            amount: Some(Money::zero(policy.currency())),
            rule: self.rule,
            message: Message::new(self.message)
                .arg("number", Arg::Count(u64::from(number)))
                .arg("free", Arg::Count(u64::from(self.free))),
            rounded_from: None,
            basis: (self.basis)(number, self.free),
        }))
    }
}

fn missing(index: usize, exam: &OutstandingExam, field: &'static str, why: String) -> FeesError {
    FeesError::MissingField {
        index,
        course: exam.course.clone(),
        field,
        why,
    }
}

fn needed_credits(index: usize, exam: &OutstandingExam) -> Result<Credits, FeesError> {
    exam.credits.ok_or_else(|| {
        missing(
            index,
            exam,
            "credits",
            "the policy's fee is computed per credit".into(),
        )
    })
}

/// The fee of one exam under the policy's formulas and free presentations (FE-1, FE-2, FE-4);
/// `None` when the by-age schedule ([`fee_for`]) sets it.
fn fee_by_formula(
    policy: &FeePolicy,
    index: usize,
    exam: &OutstandingExam,
    age: u32,
) -> Result<Option<Computed>, FeesError> {
    if exam.erasmus_mobility && age <= policy.mobility_exemption_max_age {
        return Ok(None);
    }
    let kind = exam.kind.unwrap_or(ExamKind::Retake);
    if let Some(free) = policy.free_presentations
        && kind == ExamKind::Retake
        && age == 0
        && !policy.current_year_free
    {
        let first = FirstFree {
            field: "presentations",
            free,
            why: |free| {
                format!("the policy makes a current-year course's first {free} presentations free")
            },
            rule: FE_1.id,
            message: "fees-free-presentation",
            basis: |presentation, free| FeeBasis::FreePresentation { presentation, free },
        };
        if let Some(computed) = first.decide(policy, index, exam, exam.presentations)? {
            return Ok(Some(computed));
        }
    }
    let mut matched = None;
    for rule in &policy.formulas {
        if !rule.applies_to_kind(kind) {
            continue;
        }
        if !rule.statuses.is_empty() && exam.status.is_none() {
            return Err(missing(
                index,
                exam,
                "status",
                "the policy's fees differ by the student's status".into(),
            ));
        }
        if rule.matches(kind, exam.status) {
            matched = Some(rule);
            break;
        }
    }
    let Some(rule) = matched else {
        return Ok(None);
    };
    if rule.fee == FeeFormula::ByAge {
        return Ok(None);
    }
    if let Some(free) = rule.free_first {
        let first = FirstFree {
            field: "earlier_of_kind",
            free,
            why: |free| format!("the policy's rule for this exam makes the first {free} free"),
            rule: FE_2.id,
            message: "fees-free-first",
            basis: |number, free| FeeBasis::FreeFirst { number, free },
        };
        if let Some(computed) = first.decide(policy, index, exam, exam.earlier_of_kind)? {
            return Ok(Some(computed));
        }
    }
    let (exact, message, basis) = match &rule.fee {
        FeeFormula::ByAge => return Ok(None),
        FeeFormula::NotCovered => {
            return Ok(Some(Computed {
                status: FeeStatus::NotCovered,
                amount: None,
                rule: FE_2.id,
                message: Message::new("fees-not-covered-by-formula"),
                rounded_from: None,
                basis: FeeBasis::NotCovered,
            }));
        }
        FeeFormula::Flat { amount } => (
            amount.amount(),
            Message::new("fees-flat").arg("fee", *amount),
            FeeBasis::Flat,
        ),
        FeeFormula::PerCredit { rate } => {
            let credits = needed_credits(index, exam)?;
            (
                rate.amount() * credits.value(),
                Message::new("fees-per-credit")
                    .arg("rate", *rate)
                    .arg("credits", Arg::Number(credits.value())),
                FeeBasis::PerCredit {
                    rate: *rate,
                    credits,
                },
            )
        }
        FeeFormula::PerCreditByYear { rates } => {
            let credits = needed_credits(index, exam)?;
            let year = exam.year_of_study.ok_or_else(|| {
                missing(
                    index,
                    exam,
                    "year_of_study",
                    "the policy's rate per credit depends on the course's year of study".into(),
                )
            })?;
            let rate = (year as usize)
                .checked_sub(1)
                .and_then(|i| rates.get(i))
                .ok_or_else(|| FeesError::YearOfStudyOutOfRange {
                    index,
                    course: exam.course.clone(),
                    year,
                    years: rates.len(),
                })?;
            (
                rate.amount() * credits.value(),
                Message::new("fees-per-credit-by-year")
                    .arg("rate", *rate)
                    .arg("credits", Arg::Number(credits.value()))
                    .arg("study_year", Arg::Count(u64::from(year))),
                FeeBasis::PerCreditByYear {
                    rate: *rate,
                    credits,
                    year_of_study: year,
                },
            )
        }
        FeeFormula::TuitionShare {
            tuition,
            credits_per_tuition,
        } => {
            let credits = needed_credits(index, exam)?;
            (
                tuition.amount() / credits_per_tuition * credits.value(),
                Message::new("fees-tuition-share")
                    .arg("tuition", *tuition)
                    .arg("per", Arg::Number(*credits_per_tuition))
                    .arg("credits", Arg::Number(credits.value())),
                FeeBasis::TuitionShare {
                    tuition: *tuition,
                    credits_per_tuition: *credits_per_tuition,
                    credits,
                },
            )
        }
    };
    let (value, rounded_from) = match policy.rounding {
        Some(rounding) => {
            let value = rounding.round(exact);
            (value, (value != exact).then_some(exact))
        }
        None if exact.normalize().scale() <= 2 => (exact, None),
        None => {
            return Err(FeesError::NeedsRounding {
                index,
                course: exam.course.clone(),
                exact: exact.normalize(),
            });
        }
    };
    let amount = Money::new(value, policy.currency())?;
    Ok(Some(Computed {
        status: FeeStatus::Charged,
        amount: Some(amount),
        rule: FE_2.id,
        message: message.arg("fee", amount),
        rounded_from,
        basis,
    }))
}

/// What a student owes in `current` for `exams`, without an explanation.
pub fn assess(
    policy: &FeePolicy,
    current: AcademicYear,
    exams: &[OutstandingExam],
) -> Result<FeeAssessment, FeesError> {
    assess_with(policy, current, exams, &mut NoExplanation)
}

/// [`assess`] with the rule behind every amount.
pub fn assess_explained(
    policy: &FeePolicy,
    current: AcademicYear,
    exams: &[OutstandingExam],
) -> Result<Decision<FeeAssessment>, FeesError> {
    Decision::explained(|why| assess_with(policy, current, exams, why))
}

/// The one assessment behind [`assess`] and [`assess_explained`].
pub fn assess_with(
    policy: &FeePolicy,
    current: AcademicYear,
    exams: &[OutstandingExam],
    recorder: &mut impl Recorder,
) -> Result<FeeAssessment, FeesError> {
    let mut items = Vec::with_capacity(exams.len());
    let mut total = Money::zero(policy.currency());
    for (index, exam) in exams.iter().enumerate() {
        let age = u32::try_from(current.years_after(&exam.academic_year)).map_err(|_| {
            FeesError::ExamInTheFuture {
                index,
                course: exam.course.clone(),
                exam_year: exam.academic_year,
                current,
            }
        })?;
        let computed = fee_by_formula(policy, index, exam, age)?;
        let (status, amount, rule, basis) = match &computed {
            Some(c) => (c.status, c.amount, c.rule.clone(), c.basis.clone()),
            None => {
                let (status, amount, rule) = fee_for(policy, age, exam.erasmus_mobility);
                let basis = match status {
                    FeeStatus::Exempt => FeeBasis::MobilityExemption,
                    FeeStatus::Free => FeeBasis::CurrentYear,
                    FeeStatus::Charged | FeeStatus::NotCovered => FeeBasis::ByAge,
                };
                (status, amount, rule, basis)
            }
        };
        if let Some(amount) = amount {
            total = total.checked_add(amount)?;
        }
        if let Some(c) = computed {
            let by = if c.rule == FE_1.id { &FE_1 } else { &FE_2 };
            // Built inside the recorder, so that the fast path builds no sentence.
            let message = c.message;
            recorder.record(|| {
                let message = message
                    .arg("course", exam.course.as_str())
                    .arg("year", exam.academic_year.to_string());
                Step::says(by, message)
            });
            if let (Some(exact), Some(rounding), Some(fee)) =
                (c.rounded_from, policy.rounding, c.amount)
            {
                recorder.record(|| {
                    Step::says(
                        &FE_2,
                        Message::new("fees-rounded")
                            .arg("course", exam.course.as_str())
                            .arg("exact", Arg::Number(exact))
                            .arg("rounding", Message::new(rounding.message_id()))
                            .arg("fee", fee),
                    )
                });
            }
        } else {
            recorder.record(|| {
                let course = exam.course.as_str();
                let year = exam.academic_year.to_string();
                let (rule, message) = match status {
                    FeeStatus::Exempt => (
                        &FE_4,
                        Message::new("fees-exempt").arg(
                            "max_age",
                            Arg::Count(u64::from(policy.mobility_exemption_max_age)),
                        ),
                    ),
                    FeeStatus::Free => (
                        &FE_1,
                        Message::new("fees-free").arg("current", current.to_string()),
                    ),
                    FeeStatus::Charged => (
                        &FE_2,
                        Message::new(if age as usize > policy.by_age.len() {
                            "fees-charged-beyond-schedule"
                        } else {
                            "fees-charged"
                        })
                        .arg("age", Arg::Count(u64::from(age)))
                        .arg("fee", amount.map_or(Arg::Text("".into()), Arg::Money)),
                    ),
                    FeeStatus::NotCovered => (
                        &FE_2,
                        Message::new("fees-not-covered")
                            .arg("age", Arg::Count(u64::from(age)))
                            .arg("years", policy.by_age.len()),
                    ),
                };
                Step::says(rule, message.arg("course", course).arg("year", year))
            });
        }
        items.push(FeeItem {
            course: exam.course.clone(),
            academic_year: exam.academic_year,
            age,
            status,
            amount,
            rule,
            basis,
        });
    }
    let not_covered = items
        .iter()
        .filter(|i| i.status == FeeStatus::NotCovered)
        .count();
    recorder.record(|| {
        // A regulation that says how fees are paid (FE-3) has its channels; one that does not
        // (no channel in the policy) states the total by its schedule (FE-2) alone.
        if policy.channels.is_empty() {
            return Step::says(&FE_2, Message::new("fees-total-only").arg("total", total));
        }
        let channels: Vec<&str> = policy.channels.iter().map(|c| c.name.as_str()).collect();
        Step::says(
            &FE_3,
            Message::new("fees-total")
                .arg("total", total)
                .arg("channels", channels.join(", ")),
        )
    });
    Ok(FeeAssessment {
        academic_year: current,
        items,
        total,
        not_covered,
        channels: policy.channels.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regula_core::{Currency, Decimal};

    fn exam(course: &str, year: &str, mobility: bool) -> OutstandingExam {
        OutstandingExam {
            erasmus_mobility: mobility,
            ..OutstandingExam::new(course, year.parse().unwrap())
        }
    }

    fn ron(amount: i64) -> Money {
        Money::new(Decimal::from(amount), Currency::Ron).unwrap()
    }

    #[test]
    fn fe1_fe2_fe4_and_not_covered() {
        let policy = FeePolicy::umc_2020();
        let current: AcademicYear = "2021/2022".parse().unwrap();
        let exams = [
            exam("A", "2021/2022", false),
            exam("B", "2020/2021", false),
            exam("C", "2019/2020", false),
            exam("D", "2017/2018", false),
            exam("E", "2016/2017", false),
            exam("F", "2020/2021", true),
            exam("G", "2019/2020", true),
        ];
        let a = assess(&policy, current, &exams).unwrap();
        let statuses: Vec<(FeeStatus, Option<Money>)> =
            a.items.iter().map(|i| (i.status, i.amount)).collect();
        assert_eq!(
            statuses,
            vec![
                (FeeStatus::Free, Some(ron(0))),
                (FeeStatus::Charged, Some(ron(50))),
                (FeeStatus::Charged, Some(ron(100))),
                (FeeStatus::Charged, Some(ron(200))),
                (FeeStatus::NotCovered, None),
                (FeeStatus::Exempt, Some(ron(0))),
                (FeeStatus::Charged, Some(ron(100))),
            ]
        );
        assert_eq!(a.total, ron(450));
        assert_eq!(a.not_covered, 1);
    }

    #[test]
    fn a_policy_may_cover_older_exams() {
        let mut policy = FeePolicy::umc_2020();
        policy.beyond_schedule = Some(ron(250));
        assert_eq!(regula_core::CheckedPolicy::problems(&policy), []);
        let (status, amount, _) = fee_for(&policy, 7, false);
        assert_eq!((status, amount), (FeeStatus::Charged, Some(ron(250))));
    }

    #[test]
    fn an_exam_from_a_later_year_is_an_error() {
        let err = assess(
            &FeePolicy::umc_2020(),
            "2021/2022".parse().unwrap(),
            &[exam("X", "2022/2023", false)],
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "exams[0] (`X`): academic year 2022/2023 is after the current academic year 2021/2022, which would make its age negative"
        );
    }

    #[test]
    fn a_decreasing_schedule_is_rejected_on_load() {
        let mut json = serde_json::to_value(crate::policy::umc_2020()).unwrap();
        json["versions"][0]["policy"]["by_age"][2]["amount"] = "90".into();
        let err =
            serde_json::from_value::<regula_core::PolicyHistory<FeePolicy>>(json).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "invalid fees policy `UMC 2020` (version in force from 2020-05-06): `by_age[2]` = 90.00 RON: an older exam never costs less (FE-2)"
            ),
            "{err}"
        );
        assert_eq!(crate::policy::umc_2020().check(), Ok(()));
    }
}
