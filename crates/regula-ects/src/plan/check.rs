//! The checker: every rule a plan written by hand breaks (EC-4..EC-12).

use std::collections::HashSet;

use std::borrow::Cow;

use regula_core::locale::{Arg, Message};
use regula_core::{Credits, Rule};

use super::*;
use crate::EctsError;
use crate::convert::{ConversionPolicy, convert};
use crate::rules::{EC_4, EC_5, EC_6, EC_7, EC_8, EC_9, EC_10, EC_11, EC_12};
use crate::supplement::Supplement;

/// Credits as a message argument: the number, or „niciun” / „no” (EC-6, EC-9, EC-12).
fn credits(c: Option<Credits>) -> Arg {
    match c {
        Some(c) => Arg::Number(c.value()),
        None => Arg::Term(Cow::Borrowed("ects-no-credits")),
    }
}

/// "`X` carries 4 credits; the CSC decided 5" (`id` says whose figure is expected).
fn carries(
    id: &'static str,
    host: &str,
    got: Option<Credits>,
    expected: Option<Credits>,
) -> Message {
    Message::new(id)
        .arg("host", host)
        .arg("credits", credits(got))
        .arg("expected", credits(expected))
}

/// Checks a plan the CSC wrote by hand and lists every rule it breaks: no host course used twice,
/// no home course recognised twice (EC-6), nothing already passed at home (EC-10), every
/// replacement at least 75% (EC-5) with the home course's credits (EC-6), only passed courses
/// recognised (EC-4), grades as converted (EC-11), optional and n:m lines backed by a CSC decision
/// with its credits (EC-7, EC-8, EC-12), extra-curricular credits (EC-9), the Diploma Supplement
/// as the policy lists it — on its own, or only at the student's request (EC-9) — unknown
/// courses.
pub fn check(
    policy: &ConversionPolicy,
    mobility: &Mobility,
    plan: &RecognitionPlan,
) -> Result<Vec<PlanViolation>, EctsError> {
    let ix = Index::new(mobility)?;
    let supplement = policy.diploma_supplement.applied(mobility);
    let mut found = Vec::new();
    let mut push = |rule: &Rule, text: Message| found.push(PlanViolation::new(rule, text));
    let mut hosts_used = HashSet::new();
    let mut homes_used = HashSet::new();
    for line in &plan.lines {
        let Some(&h) = ix.host.get(line.host.as_str()) else {
            push(
                &EC_4,
                Message::new("ects-host-unknown").arg("host", line.host.as_str()),
            );
            continue;
        };
        if !hosts_used.insert(h) {
            push(
                &EC_4,
                Message::new("ects-host-twice").arg("host", line.host.as_str()),
            );
        }
        let host = &mobility.host_courses[h];
        if !matches!(
            line.category,
            Category::NotRecognised | Category::NotInSupplement
        ) {
            if !host.passed {
                push(
                    &EC_4,
                    Message::new("ects-host-not-passed").arg("host", host.id.as_str()),
                );
            } else {
                let expected = convert(policy, &mobility.grade_tables, &host.grade)?.grade();
                if line.grade != expected {
                    let grade = |g: Option<regula_core::Grade>, none: &'static str| match g {
                        Some(g) => Arg::Grade(g),
                        None => Arg::Term(Cow::Borrowed(none)),
                    };
                    push(
                        &EC_11,
                        Message::new("ects-grade-differs")
                            .arg("host", host.id.as_str())
                            .arg("grade", grade(line.grade, "ects-no-grade"))
                            .arg("scale", host.grade.scale.as_str())
                            .arg("value", host.grade.value.as_str())
                            .arg("expected", grade(expected, "ects-no-passing-grade")),
                    );
                }
            }
        }
        let decision = ix.decided_host.get(&h).map(|&d| &mobility.csc_decisions[d]);
        let decided_credits = decision.map(|d| {
            if d.hosts.first() == Some(&host.id) {
                d.credits
            } else {
                Credits::ZERO
            }
        });
        let mut homes_of_line: Vec<&String> = Vec::new();
        match &line.category {
            Category::Replaces { home } => {
                if let Some(la) = &mobility.learning_agreement
                    && !la.courses().contains(&host.id.as_str())
                {
                    push(
                        &EC_8,
                        Message::new("ects-not-in-agreement").arg("host", host.id.as_str()),
                    );
                }
                if decision.is_some() {
                    push(
                        &EC_8,
                        Message::new("ects-decided-by-csc").arg("host", host.id.as_str()),
                    );
                }
                homes_of_line.push(home);
                if let Some(&k) = ix.home.get(home.as_str()) {
                    let course = &mobility.home_courses[k];
                    match ix.percent.get(&(h, k)) {
                        Some(p) if *p >= match_threshold(policy) => {}
                        Some(p) => push(
                            &EC_5,
                            Message::new("ects-match-below")
                                .arg(
                                    "threshold",
                                    Arg::Number(match_threshold(policy).normalize()),
                                )
                                .arg("host", host.id.as_str())
                                .arg("home", home.as_str())
                                .arg("percent", Arg::Number(p.round_dp(2).normalize())),
                        ),
                        None => push(
                            &EC_5,
                            Message::new("ects-no-match-given")
                                .arg("host", host.id.as_str())
                                .arg("home", home.as_str()),
                        ),
                    }
                    if line.credits != Some(course.credits) {
                        push(
                            &EC_6,
                            Message::new("ects-replacement-credits")
                                .arg("host", host.id.as_str())
                                .arg("home", home.as_str())
                                .arg("credits", credits(line.credits))
                                .arg("expected", credits(Some(course.credits))),
                        );
                    }
                }
            }
            Category::CscDecided { homes } => {
                // The host courses of one n:m decision share its home courses: counted once.
                if decision.is_none_or(|d| d.hosts.first() == Some(&host.id)) {
                    homes_of_line.extend(homes);
                }
                match decision.map(|d| &d.decision) {
                    Some(CscKind::Mapping { homes: decided }) if decided == homes => {}
                    _ => push(
                        &EC_8,
                        Message::new("ects-no-csc-mapping")
                            .arg("host", host.id.as_str())
                            .arg("homes", homes.join(" + ")),
                    ),
                }
                if decided_credits.is_some() && line.credits != decided_credits {
                    push(
                        &EC_12,
                        carries("ects-credits-csc", &host.id, line.credits, decided_credits),
                    );
                }
            }
            Category::Optional => {
                if !matches!(decision.map(|d| &d.decision), Some(CscKind::Optional)) {
                    push(
                        &EC_7,
                        Message::new("ects-no-csc-optional").arg("host", host.id.as_str()),
                    );
                } else if line.credits != decided_credits {
                    push(
                        &EC_7,
                        carries("ects-credits-csc", &host.id, line.credits, decided_credits),
                    );
                }
            }
            Category::ExtraCurricular => {
                let expected = match decision.map(|d| &d.decision) {
                    Some(CscKind::ExtraCurricular) => decided_credits,
                    Some(_) => {
                        push(
                            &EC_8,
                            Message::new("ects-decided-otherwise").arg("host", host.id.as_str()),
                        );
                        None
                    }
                    None => {
                        if supplement == Supplement::NotRequested {
                            push(
                                &EC_9,
                                Message::new("ects-supplement-not-requested")
                                    .arg("host", host.id.as_str()),
                            );
                        }
                        Some(host.credits)
                    }
                };
                if expected.is_some() && line.credits != expected {
                    push(
                        &EC_9,
                        carries("ects-credits-extra", &host.id, line.credits, expected),
                    );
                }
            }
            Category::NotInSupplement => {
                if decision.is_some() {
                    push(
                        &EC_8,
                        Message::new("ects-decided-otherwise").arg("host", host.id.as_str()),
                    );
                } else if host.passed {
                    let left_out = match supplement {
                        Supplement::NotRequested => None,
                        Supplement::Automatic => Some("ects-left-out-automatic"),
                        Supplement::Requested => Some("ects-left-out-requested"),
                    };
                    if let Some(id) = left_out {
                        push(&EC_9, Message::new(id).arg("host", host.id.as_str()));
                    }
                }
            }
            Category::NotRecognised => {}
        }
        for home in homes_of_line {
            let Some(&k) = ix.home.get(home.as_str()) else {
                push(
                    &EC_6,
                    Message::new("ects-home-unknown").arg("home", home.as_str()),
                );
                continue;
            };
            if !homes_used.insert(k) {
                push(
                    &EC_6,
                    Message::new("ects-home-twice").arg("home", home.as_str()),
                );
            }
            if mobility.home_courses[k].passed_at_home {
                push(
                    &EC_10,
                    Message::new("ects-home-passed").arg("home", home.as_str()),
                );
            }
        }
    }
    Ok(found)
}
