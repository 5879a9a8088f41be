//! Component grading (*notare pe componente*): each activity of a `weighted` course sheet is graded
//! 1–10 and the course's result is the mean weighted by the activities' weights in percent
//! (GR-2, GR-3), passed only when every component minimum and the mean minimum are met (GR-5).
//!
//! Grades may have decimals (a test graded 7.5): the regulations that grade components this way
//! write decimals for partial grades, and the mean is computed exactly (rust_decimal) before GR-4
//! rounds it. An absence counts as `grading.components.absence` (grade 1 by default, GR-6).

use regula_core::locale::{Arg, Message};
use regula_core::{Decimal, Grade, Points, Recorder, Step, Violations};

use crate::course::{CourseOutcome, Qualifier, decide_total, grade_for_total, shown};
use crate::rules::{GR_2, GR_3, GR_5, GR_6, GR_9};
use crate::sheet::{Activity, Assessment, CourseSheet};
use crate::{GradingError, GradingPolicy, Score};

/// The value a component's score counts for in the mean: its grade, or the policy's value of an
/// absence (GR-6).
fn grade_of(score: Score, policy: &GradingPolicy) -> Decimal {
    match score {
        Score::Points(grade) => grade.value(),
        Score::Absent => policy.components.absence.value(),
    }
}

/// A component's weight in percent (present in every activity of a validated weighted sheet).
fn weight_of(activity: &Activity) -> Decimal {
    activity.weight.unwrap_or_default()
}

/// `value` / 100, exactly: a shift of the decimal point when the scale allows it (cheaper than a
/// division on the fast path), a division otherwise.
fn percent_of(value: Decimal) -> Decimal {
    let mut shifted = value;
    match shifted.set_scale(value.scale() + 2) {
        Ok(()) => shifted,
        Err(_) => value / Decimal::ONE_HUNDRED,
    }
}

/// GR-2, GR-3, GR-5, GR-6, GR-7, GR-9 for a weighted sheet; the fast path allocates nothing.
pub(crate) fn evaluate(
    sheet: &CourseSheet,
    policy: &GradingPolicy,
    student: &str,
    scores: &[Score],
    recorder: &mut impl Recorder,
) -> Result<CourseOutcome, Violations<GradingError>> {
    let activities = sheet.activities();
    if scores.len() != activities.len() {
        return Err(Violations::one(GradingError::ScoreCount {
            course: sheet.code().to_owned(),
            expected: activities.len(),
            got: scores.len(),
        }));
    }
    // GR-3: every component's grade lies between 1 and 10 (10 is the most a score can hold).
    let mut errors = Vec::new();
    let mut weighted_sum = Decimal::ZERO;
    for (activity, score) in activities.iter().zip(scores) {
        if let Score::Points(grade) = score
            && grade.value() < Decimal::ONE
        {
            errors.push(GradingError::GradeBelowOne {
                course: sheet.code().to_owned(),
                student: student.to_owned(),
                activity: activity.id.to_string(),
                grade: *grade,
            });
        }
        weighted_sum += grade_of(*score, policy) * weight_of(activity);
    }
    Violations::from_vec(errors)?;

    recorder.record(|| {
        let weights = activities
            .iter()
            .map(|a| {
                Message::new("grading-weight-term")
                    .arg("activity", &a.id)
                    .arg("weight", Arg::Number(weight_of(a).normalize()))
            })
            .collect();
        Step::says(
            &GR_2,
            Message::new("grading-weights")
                .arg("course", sheet.code())
                .arg("weights", Arg::Addends(weights)),
        )
    });
    for (activity, score) in activities.iter().zip(scores) {
        if *score == Score::Absent {
            recorder.record(|| {
                Step::says(
                    &GR_6,
                    Message::new("grading-absent-component")
                        .arg("activity", &activity.id)
                        .arg("grade", Arg::Number(policy.components.absence.value())),
                )
            });
        }
    }

    // GR-7: admission to the final evaluation; GR-9: absent from it. The other components'
    // share of the mean is what the student earned.
    let unmet = sheet.admission_unmet(scores, recorder);
    let final_index = sheet.final_index();
    let earned = || {
        let final_share =
            grade_of(scores[final_index], policy) * weight_of(&activities[final_index]);
        Points::new(percent_of(weighted_sum - final_share))
            .map_err(|e| Violations::one(GradingError::from(e)))
    };
    if unmet > 0 {
        return Ok(CourseOutcome::NotAdmitted {
            total: Some(earned()?),
        });
    }
    if scores[final_index] == Score::Absent {
        recorder.record(|| {
            Step::says(
                &GR_9,
                Message::new("grading-absent-final").arg("activity", &activities[final_index].id),
            )
        });
        return Ok(CourseOutcome::Absent {
            total: Some(earned()?),
        });
    }

    // GR-3: the weighted mean. Weights sum to 100 and grades are at most 10.
    let mean = Points::new(percent_of(weighted_sum))
        .map_err(|e| Violations::one(GradingError::from(e)))?;
    recorder.record(|| {
        let terms = activities
            .iter()
            .zip(scores)
            .map(|(a, s)| {
                Message::new("grading-weighted-term")
                    .arg("activity", &a.id)
                    .arg("grade", Arg::Number(grade_of(*s, policy)))
                    .arg("weight", Arg::Number(weight_of(a).normalize()))
            })
            .collect();
        Step::says(
            &GR_3,
            Message::new("grading-weighted-mean")
                .arg("mean", shown(mean.value()))
                .arg("terms", Arg::Addends(terms)),
        )
    });

    // GR-5: every component minimum and the mean minimum.
    let below =
        |(a, s): (&Activity, &Score)| a.minimum.is_some_and(|m| grade_of(*s, policy) < m.value());
    let components_unmet = activities.iter().zip(scores).filter(|p| below(*p)).count();
    let mean_unmet = sheet.minimum_mean().is_some_and(|m| mean < m);
    let has_minimums =
        sheet.minimum_mean().is_some() || activities.iter().any(|a| a.minimum.is_some());
    if has_minimums {
        recorder.record(|| {
            let mut described: Vec<Message> = activities
                .iter()
                .zip(scores)
                .filter_map(|(a, s)| {
                    let minimum = a.minimum?;
                    Some(minimum_message(
                        Arg::Text(a.id.clone()),
                        grade_of(*s, policy),
                        minimum,
                    ))
                })
                .collect();
            if let Some(minimum) = sheet.minimum_mean() {
                described.push(minimum_message(
                    Arg::Term("grading-term-mean".into()),
                    mean.value(),
                    minimum,
                ));
            }
            let met = components_unmet == 0 && !mean_unmet;
            Step::says(
                &GR_5,
                Message::new(if met {
                    "grading-minimums-met"
                } else {
                    "grading-minimums-not-met"
                })
                .arg("minimums", Arg::List(described)),
            )
        });
    }
    if components_unmet > 0 || mean_unmet {
        return Ok(failed(mean, sheet.assessment(), policy));
    }
    Ok(decide_total(mean, sheet.assessment(), policy, recorder))
}

/// One minimum and the value judged against it: „exam 4 < 5 (not met)”.
fn minimum_message(what: Arg, value: Decimal, minimum: Points) -> Message {
    let verdict = if value >= minimum.value() {
        "condition-met"
    } else {
        "condition-not-met"
    };
    Message::new("grading-minimum")
        .arg("what", what)
        .arg("value", shown(value))
        .arg("minimum", Arg::Number(minimum.value().normalize()))
        .arg("verdict", Arg::Term(verdict.into()))
}

/// GR-5: a minimum not met fails the course whatever the mean: *respins*, or the mean's grade
/// held below the pass grade (a failing result never carries a passing grade, as GR-4 holds).
fn failed(mean: Points, assessment: Assessment, policy: &GradingPolicy) -> CourseOutcome {
    if assessment == Assessment::Qualifier {
        return CourseOutcome::Qualified {
            total: mean,
            qualifier: Qualifier::Respins,
        };
    }
    let (grade, _) = grade_for_total(mean, policy);
    let below_pass =
        Grade::checked(policy.pass_grade.value().saturating_sub(1)).unwrap_or(Grade::MIN);
    CourseOutcome::Graded {
        total: mean,
        grade: grade.min(below_pass),
        passed: false,
    }
}
