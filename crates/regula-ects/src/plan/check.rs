//! The checker: every rule a plan written by hand breaks (EC-4..EC-12).

use std::collections::HashSet;

use regula_core::{Credits, Rule};

use super::*;
use crate::EctsError;
use crate::convert::{ConversionPolicy, convert};
use crate::rules::{EC_4, EC_5, EC_6, EC_7, EC_8, EC_9, EC_10, EC_11, EC_12};

/// "`X` carries 4 credits; the CSC decided 5".
fn carries(host: &str, got: Option<Credits>, expected: Option<Credits>, why: &str) -> String {
    let show = |c: Option<Credits>| c.map_or("no".to_owned(), |c| c.to_string());
    format!(
        "`{host}` carries {} credits; {why} {}",
        show(got),
        show(expected)
    )
}

/// Checks a plan the CSC wrote by hand and lists every rule it breaks: no host course used twice,
/// no home course recognised twice (EC-6), nothing already passed at home (EC-10), every
/// replacement at least 75% (EC-5) with the home course's credits (EC-6), only passed courses
/// recognised (EC-4), grades as converted (EC-11), optional and n:m lines backed by a CSC decision
/// with its credits (EC-7, EC-8, EC-12), extra-curricular credits (EC-9), unknown courses.
pub fn check(
    policy: &ConversionPolicy,
    mobility: &Mobility,
    plan: &RecognitionPlan,
) -> Result<Vec<PlanViolation>, EctsError> {
    let ix = Index::new(mobility)?;
    let mut found = Vec::new();
    let mut push = |rule: &Rule, text: String| found.push(PlanViolation::new(rule, text));
    let mut hosts_used = HashSet::new();
    let mut homes_used = HashSet::new();
    for line in &plan.lines {
        let Some(&h) = ix.host.get(line.host.as_str()) else {
            push(
                &EC_4,
                format!("host course `{}` is not on the transcript", line.host),
            );
            continue;
        };
        if !hosts_used.insert(h) {
            push(&EC_4, format!("host course `{}` is used twice", line.host));
        }
        let host = &mobility.host_courses[h];
        if !matches!(line.category, Category::NotRecognised) {
            if !host.passed {
                push(
                    &EC_4,
                    format!(
                        "host course `{}` was not passed and cannot be recognised",
                        host.id
                    ),
                );
            } else {
                let expected = convert(policy, &mobility.grade_tables, &host.grade)?.grade();
                if line.grade != expected {
                    push(
                        &EC_11,
                        format!(
                            "host course `{}`: grade {} but {} {} converts to {}",
                            host.id,
                            line.grade
                                .map(|g| g.to_string())
                                .unwrap_or_else(|| "none".into()),
                            host.grade.scale,
                            host.grade.value,
                            expected
                                .map(|g| g.to_string())
                                .unwrap_or_else(|| "no passing grade".into())
                        ),
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
                        format!(
                            "`{}` is not in the learning agreement: it replaces a home course only by a CSC decision",
                            host.id
                        ),
                    );
                }
                if decision.is_some() {
                    push(
                        &EC_8,
                        format!(
                            "`{}` is decided by the CSC and cannot be matched otherwise",
                            host.id
                        ),
                    );
                }
                homes_of_line.push(home);
                if let Some(&k) = ix.home.get(home.as_str()) {
                    let course = &mobility.home_courses[k];
                    match ix.percent.get(&(h, k)) {
                        Some(p) if *p >= match_threshold() => {}
                        Some(p) => push(
                            &EC_5,
                            format!(
                                "`{}` matches `{home}` {}%: below 75%",
                                host.id,
                                p.round_dp(2).normalize()
                            ),
                        ),
                        None => push(
                            &EC_5,
                            format!("no syllabus match of `{}` with `{home}` is given", host.id),
                        ),
                    }
                    if line.credits != Some(course.credits) {
                        push(
                            &EC_6,
                            format!(
                                "`{}` replacing `{home}` carries {} credits; the home course has {}",
                                host.id,
                                line.credits
                                    .map(|c| c.to_string())
                                    .unwrap_or_else(|| "no".into()),
                                course.credits
                            ),
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
                        format!(
                            "no CSC decision recognises `{}` as {}",
                            host.id,
                            homes.join(" + ")
                        ),
                    ),
                }
                if decided_credits.is_some() && line.credits != decided_credits {
                    push(
                        &EC_12,
                        carries(&host.id, line.credits, decided_credits, "the CSC decided"),
                    );
                }
            }
            Category::Optional => {
                if !matches!(decision.map(|d| &d.decision), Some(CscKind::Optional)) {
                    push(
                        &EC_7,
                        format!(
                            "no CSC decision recognises `{}` as an optional course",
                            host.id
                        ),
                    );
                } else if line.credits != decided_credits {
                    push(
                        &EC_7,
                        carries(&host.id, line.credits, decided_credits, "the CSC decided"),
                    );
                }
            }
            Category::ExtraCurricular => {
                let expected = match decision.map(|d| &d.decision) {
                    Some(CscKind::ExtraCurricular) => decided_credits,
                    Some(_) => {
                        push(
                            &EC_8,
                            format!("`{}` is decided by the CSC otherwise", host.id),
                        );
                        None
                    }
                    None => Some(host.credits),
                };
                if expected.is_some() && line.credits != expected {
                    push(
                        &EC_9,
                        carries(
                            &host.id,
                            line.credits,
                            expected,
                            "extra-curricular: expected",
                        ),
                    );
                }
            }
            Category::NotRecognised => {}
        }
        for home in homes_of_line {
            let Some(&k) = ix.home.get(home.as_str()) else {
                push(
                    &EC_6,
                    format!("home course `{home}` is not in the study plan"),
                );
                continue;
            };
            if !homes_used.insert(k) {
                push(&EC_6, format!("home course `{home}` is recognised twice"));
            }
            if mobility.home_courses[k].passed_at_home {
                push(
                    &EC_10,
                    format!("home course `{home}` was already passed at home"),
                );
            }
        }
    }
    Ok(found)
}
