//! The minimums of a mobility and their consequences (EC-1, EC-3, EC-13), and the home courses
//! the student must still sit (with the FE-4 fee exemption).

use chrono::{Months, NaiveDate};
use regula_core::locale::{Arg, Message};
use regula_core::{Breach, Credits, Decimal};
use serde::{Deserialize, Serialize};

use crate::EctsError;
use crate::plan::{Mobility, RecognitionPlan};
use crate::rules::{EC_1, EC_3};

/// The mobility period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
    /// How many semesters it covers (1 or 2).
    pub semesters: u8,
}

/// The minimums and what follows from them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Consequences {
    /// ECTS passed at the host.
    pub passed_ects: Credits,
    /// EC-1: the minimum for the period (15 per semester; 30 for a year).
    pub required_ects: Credits,
    /// EC-1 met.
    pub credits_met: bool,
    /// EC-3: at least 3 months (end ≥ start + 3 months − 1 day).
    pub three_months: bool,
    /// EC-3: the whole period counts as active study.
    pub active_study: bool,
    /// EC-13: grant repayment flagged, with the conditions that failed (EC-1, EC-3).
    pub repayment: Vec<Breach>,
    /// Home courses not passed and not recognised: to be sat at home, without the fee in the next
    /// semester (FE-4).
    pub still_to_sit: Vec<String>,
}

/// EC-1, EC-3, EC-13 and what remains to be sat, for a plan, by the policy's minimums.
pub fn consequences(
    policy: &crate::ConversionPolicy,
    mobility: &Mobility,
    plan: &RecognitionPlan,
    period: Period,
) -> Result<Consequences, EctsError> {
    if period.end < period.start {
        return Err(EctsError::EndBeforeStart {
            start: period.start,
            end: period.end,
        });
    }
    let passed: Decimal = mobility
        .host_courses
        .iter()
        .filter(|c| c.passed)
        .map(|c| c.credits.value())
        .sum();
    let minimums = &policy.minimums;
    let required = if period.semesters >= 2 {
        minimums.credits_per_year
    } else {
        minimums.credits_per_semester
    };
    let credits_met = passed >= required;
    let three_months = period
        .start
        .checked_add_months(Months::new(minimums.active_months))
        .and_then(|d| d.pred_opt())
        .is_some_and(|limit| period.end >= limit);
    let mut repayment = Vec::new();
    if !credits_met {
        repayment.push(Breach::new(
            &EC_1,
            Message::new("ects-minimum-credits")
                .arg("passed", Arg::Number(passed.normalize()))
                .arg("required", Arg::Number(required)),
        ));
    }
    if !three_months {
        repayment.push(Breach::new(
            &EC_3,
            Message::new("ects-shorter-than-three-months")
                .arg("start", period.start)
                .arg("end", period.end)
                .arg("months", Arg::Count(u64::from(minimums.active_months))),
        ));
    }
    let recognised = plan.recognised_homes();
    let still_to_sit = mobility
        .home_courses
        .iter()
        .filter(|c| !c.passed_at_home && !recognised.contains(&c.id.as_str()))
        .map(|c| c.id.clone())
        .collect();
    Ok(Consequences {
        passed_ects: Credits::new(passed)?,
        required_ects: Credits::new(required)?,
        credits_met,
        three_months,
        active_study: three_months,
        repayment,
        still_to_sit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HostGrade;
    use crate::plan::{Category, HomeCourse, HostCourse, PlanLine};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ec1_ec3_ec13_and_what_remains_to_sit() {
        let credits = |c: i64| Credits::new(Decimal::from(c)).unwrap();
        let mobility = Mobility {
            home_courses: ["H1", "H2"]
                .iter()
                .map(|id| HomeCourse {
                    id: (*id).into(),
                    title: String::new(),
                    credits: credits(5),
                    passed_at_home: false,
                    kind: Default::default(),
                    topics: vec![],
                })
                .collect(),
            host_courses: vec![
                HostCourse {
                    id: "X1".into(),
                    title: String::new(),
                    credits: credits(10),
                    passed: true,
                    grade: HostGrade {
                        scale: "ECTS".into(),
                        value: "B".into(),
                    },
                },
                HostCourse {
                    id: "X2".into(),
                    title: String::new(),
                    credits: credits(6),
                    passed: false,
                    grade: HostGrade {
                        scale: "ECTS".into(),
                        value: "F".into(),
                    },
                },
            ],
            matches: vec![],
            grade_tables: vec![],
            csc_decisions: vec![],
            learning_agreement: None,
            supplement_requested: false,
        };
        let plan = RecognitionPlan {
            lines: vec![PlanLine {
                host: "X1".into(),
                category: Category::Replaces { home: "H1".into() },
                credits: Some(credits(5)),
                grade: None,
            }],
        };
        // EC-3: from 1 October, 3 months − 1 day is 31 December; 30 December falls short.
        let c = consequences(
            &crate::ConversionPolicy::itp_2014(),
            &mobility,
            &plan,
            Period {
                start: d(2021, 10, 1),
                end: d(2021, 12, 30),
                semesters: 1,
            },
        )
        .unwrap();
        assert!(!c.three_months);
        assert!(!c.credits_met); // 10 < 15
        assert_eq!(c.repayment.len(), 2);
        assert_eq!(c.still_to_sit, ["H2"]);
        let c = consequences(
            &crate::ConversionPolicy::itp_2014(),
            &mobility,
            &plan,
            Period {
                start: d(2021, 10, 1),
                end: d(2021, 12, 31),
                semesters: 1,
            },
        )
        .unwrap();
        assert!(c.three_months && c.active_study);
        // EC-1, EC-3 under a regulation that asks 8 ECTS a semester and 4 months: 10 passed ECTS
        // are enough, the same three months are not.
        let other = crate::ConversionPolicy {
            minimums: crate::Minimums {
                credits_per_semester: Decimal::from(8),
                credits_per_year: Decimal::from(16),
                active_months: 4,
            },
            ..crate::ConversionPolicy::itp_2014()
        };
        let period = Period {
            start: d(2021, 10, 1),
            end: d(2021, 12, 31),
            semesters: 1,
        };
        let c = consequences(&other, &mobility, &plan, period).unwrap();
        assert!(c.credits_met && !c.three_months);
        assert_eq!(c.required_ects, credits(8));
        let said = regula_core::locale::in_language(regula_core::locale::Lang::En, || {
            c.repayment[0].to_string()
        });
        assert!(said.contains("shorter than 4 months"), "{said}");
        assert!(
            consequences(
                &crate::ConversionPolicy::itp_2014(),
                &mobility,
                &plan,
                Period {
                    start: d(2021, 10, 1),
                    end: d(2021, 9, 1),
                    semesters: 1
                }
            )
            .is_err()
        );
    }
}
