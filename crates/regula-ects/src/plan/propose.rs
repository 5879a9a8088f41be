//! The proposer: the plan that recognises the most home credits, as an exact maximum-weight
//! assignment (EC-4..EC-6, EC-9, EC-10), with the CSC's own decisions applied first.

use regula_core::locale::{Arg, Message};
use regula_core::{Credits, Decimal, Decision, NoExplanation, Recorder, Step};
use rust_decimal::prelude::ToPrimitive;

use super::*;
use crate::EctsError;
use crate::convert::{ConversionPolicy, convert};
use crate::rules::{EC_4, EC_6, EC_7, EC_8, EC_9, EC_10, EC_11};
use crate::supplement::Supplement;

/// A grade as a message argument, „—” where there is none (EC-11).
fn grade_arg(grade: Option<regula_core::Grade>) -> Arg {
    match grade {
        Some(g) => Arg::Grade(g),
        None => Arg::from("—"),
    }
}

/// The step of a passed host course that replaces no home course: it matches none (EC-9) or only
/// home courses already passed (EC-10), and goes to the Diploma Supplement on its own, because the
/// student asked, or not at all because the student did not (EC-9, the policy's
/// `diploma_supplement`).
fn unmatched_step(
    host: &HostCourse,
    passed_home: &[&str],
    threshold: Decimal,
    supplement: Supplement,
) -> Step {
    let (rule, id) = match (passed_home.is_empty(), supplement) {
        (true, Supplement::Automatic) => (&EC_9, "ects-extra-curricular"),
        (true, Supplement::Requested) => (&EC_9, "ects-extra-curricular-requested"),
        (true, Supplement::NotRequested) => (&EC_9, "ects-extra-curricular-not-requested"),
        (false, Supplement::Automatic) => (&EC_10, "ects-already-passed"),
        (false, Supplement::Requested) => (&EC_10, "ects-already-passed-requested"),
        (false, Supplement::NotRequested) => (&EC_10, "ects-already-passed-not-requested"),
    };
    let message = Message::new(id)
        .arg("host", host.id.as_str())
        .arg("credits", Arg::Number(host.credits.value()));
    let message = if passed_home.is_empty() {
        message.arg("threshold", Arg::Number(threshold.normalize()))
    } else {
        message.arg("homes", passed_home.join(", "))
    };
    Step::says(rule, message)
}

/// Proposes the plan that recognises the most home credits (EC-4..EC-6, EC-10): an exact
/// maximum-weight assignment of passed host courses to home courses they match at least 75%,
/// home courses already passed at home left out; ties prefer the better match. Every other passed
/// host course is extra-curricular (EC-9) with its own credits — or, where the policy lists such
/// courses in the Diploma Supplement only at the student's request and the student did not ask,
/// left out of it, with that reason; failed ones are not recognised.
/// The fast path: nothing is recorded.
pub fn propose(
    policy: &ConversionPolicy,
    mobility: &Mobility,
) -> Result<RecognitionPlan, EctsError> {
    propose_with(policy, mobility, &mut NoExplanation)
}

/// [`propose`] with one step per line of the plan.
pub fn propose_explained(
    policy: &ConversionPolicy,
    mobility: &Mobility,
) -> Result<Decision<RecognitionPlan>, EctsError> {
    Decision::explained(|why| propose_with(policy, mobility, why))
}

/// The one evaluation behind [`propose`] and [`propose_explained`].
pub fn propose_with(
    policy: &ConversionPolicy,
    mobility: &Mobility,
    recorder: &mut impl Recorder,
) -> Result<RecognitionPlan, EctsError> {
    let ix = Index::new(mobility)?;
    let hosts = mobility.host_courses.len();
    let homes = mobility.home_courses.len();
    let threshold = match_threshold(policy);
    // Weights: credits in hundredths × 100,000 + match percent + 1 (the tie-break never outweighs
    // a hundredth of a credit for up to 990 courses); 0 where not allowed.
    let mut weight = vec![vec![0i64; homes]; hosts];
    for (h, host) in mobility.host_courses.iter().enumerate() {
        let in_agreement = mobility
            .learning_agreement
            .as_ref()
            .is_none_or(|la| la.courses().contains(&host.id.as_str()));
        if !host.passed || !in_agreement || ix.decided_host.contains_key(&h) {
            continue;
        }
        for (k, home) in mobility.home_courses.iter().enumerate() {
            if home.passed_at_home
                || ix.decided_home.contains(&k)
                || !ix.may_replace(h, k, threshold)
            {
                continue;
            }
            let credits = (home.credits.value() * Decimal::ONE_HUNDRED).trunc();
            let pct = ix.percent[&(h, k)].trunc();
            weight[h][k] = credits.to_i64().unwrap_or(0) * 100_000 + pct.to_i64().unwrap_or(0) + 1;
        }
    }
    let assignment = crate::hungarian::max_weight_assignment(&weight);
    let mut lines = Vec::with_capacity(hosts);
    for (h, host) in mobility.host_courses.iter().enumerate() {
        let converted = if host.passed {
            Some(convert(policy, &mobility.grade_tables, &host.grade)?)
        } else {
            None
        };
        let grade = converted.as_ref().and_then(|c| c.grade());
        if let Some(&d) = ix.decided_host.get(&h) {
            let decision = &mobility.csc_decisions[d];
            let first = decision.hosts.first().is_some_and(|x| x == &host.id);
            let credits = if first {
                decision.credits
            } else {
                Credits::ZERO
            };
            let (rule, category, what) = match &decision.decision {
                CscKind::Optional => (&EC_7, Category::Optional, Message::new("ects-csc-optional")),
                CscKind::Mapping { homes } => (
                    &EC_8,
                    Category::CscDecided {
                        homes: homes.clone(),
                    },
                    Message::new("ects-csc-mapping").arg("homes", homes.join(" + ")),
                ),
                CscKind::ExtraCurricular => (
                    &EC_9,
                    Category::ExtraCurricular,
                    Message::new("ects-csc-extra"),
                ),
            };
            let home_sum: Decimal = match &decision.decision {
                CscKind::Mapping { homes } => homes
                    .iter()
                    .filter_map(|id| ix.home.get(id.as_str()))
                    .map(|&k| mobility.home_courses[k].credits.value())
                    .sum(),
                _ => decision.credits.value(),
            };
            recorder.record(|| {
                let message = if first && home_sum != decision.credits.value() {
                    Message::new("ects-csc-decided-override")
                        .arg("home_credits", Arg::Number(home_sum.normalize()))
                } else {
                    Message::new("ects-csc-decided")
                };
                Step::says(
                    rule,
                    message
                        .arg("host", host.id.as_str())
                        .arg("what", Arg::Phrase(Box::new(what)))
                        .arg("credits", Arg::Number(credits.value()))
                        .arg("grade", grade_arg(grade))
                        .arg("reasons", decision.justification.as_str()),
                )
            });
            lines.push(PlanLine {
                host: host.id.clone(),
                category,
                credits: Some(credits),
                grade,
            });
            continue;
        }
        // The assignment gives no row a column of weight 0 ("not allowed").
        let line = match assignment[h] {
            Some(k) => {
                let home = &mobility.home_courses[k];
                recorder.record(|| {
                    Step::says(
                        &EC_6,
                        Message::new("ects-replaces")
                            .arg("threshold", Arg::Number(threshold.normalize()))
                            .arg("host", host.id.as_str())
                            .arg("home", home.id.as_str())
                            .arg(
                                "percent",
                                Arg::Number(ix.percent[&(h, k)].round_dp(2).normalize()),
                            )
                            .arg("credits", Arg::Number(home.credits.value()))
                            .arg("grade", grade_arg(grade)),
                    )
                });
                PlanLine {
                    host: host.id.clone(),
                    category: Category::Replaces {
                        home: home.id.clone(),
                    },
                    credits: Some(home.credits),
                    grade,
                }
            }
            None if host.passed && grade.is_some() => {
                let passed_home: Vec<&str> = mobility
                    .home_courses
                    .iter()
                    .enumerate()
                    .filter(|(k, c)| c.passed_at_home && ix.may_replace(h, *k, threshold))
                    .map(|(_, c)| c.id.as_str())
                    .collect();
                let supplement = policy.diploma_supplement.applied(mobility);
                recorder.record(|| unmatched_step(host, &passed_home, threshold, supplement));
                match supplement {
                    Supplement::Automatic | Supplement::Requested => PlanLine {
                        host: host.id.clone(),
                        category: Category::ExtraCurricular,
                        credits: Some(host.credits),
                        grade,
                    },
                    Supplement::NotRequested => PlanLine {
                        host: host.id.clone(),
                        category: Category::NotInSupplement,
                        credits: None,
                        grade: None,
                    },
                }
            }
            None => {
                recorder.record(|| {
                    Step::says(
                        &EC_4,
                        Message::new("ects-not-passed").arg("host", host.id.as_str()),
                    )
                });
                PlanLine {
                    host: host.id.clone(),
                    category: Category::NotRecognised,
                    credits: None,
                    grade: None,
                }
            }
        };
        lines.push(line);
    }
    let plan = RecognitionPlan { lines };
    recorder.record(|| {
        Step::says(
            &EC_11,
            Message::new("ects-home-credits")
                .arg("credits", Arg::Number(plan.home_credits().normalize())),
        )
    });
    Ok(plan)
}
