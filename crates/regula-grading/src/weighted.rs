//! Component grading (*notare pe componente*): each activity of a `weighted` course sheet is graded
//! 1–10 and the course's result is the mean weighted by the activities' weights in percent
//! (GR-2, GR-3), passed only when every component minimum and the mean minimum are met (GR-5).
//!
//! Grades may have decimals (a test graded 7.5): the regulations that grade components this way
//! write decimals for partial grades, and the mean is computed exactly (rust_decimal) before GR-4
//! rounds it. An absence counts as `grading.components.absence` (grade 1 by default, GR-6). The
//! policy's default point (`grading.components.default_point`, GR-3) gives the mean the rest of
//! the 10: `d + mean × (10 − d) / 10`.
//!
//! Speed: a sheet is turned into integers once, when it is validated ([`Integral`]); the fast path
//! then weighs grades in hundredths by integer weights and builds one decimal at the end — the same
//! decimal, to the scale, that the exact decimal sum gives (`decimal_tally`, used for a grade with
//! more than 2 decimals or a weight with more than 4; a property test holds the two equal).

use regula_core::locale::{Arg, Message};
use regula_core::{Decimal, Grade, Points, Recorder, Step, Violations};

use crate::course::{
    CourseOutcome, Qualifier, TotalKind, decide_total, grade_for_total, shown, with_default_point,
};
use crate::rules::{GR_2, GR_3, GR_5, GR_6, GR_9};
use crate::sheet::{Activity, Assessment, CourseSheet};
use crate::{ComponentAbsence, GradingError, GradingPolicy, Score};

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

/// `value` / 100, exactly: a shift of the decimal point when the scale allows it, a division
/// otherwise.
fn percent_of(value: Decimal) -> Decimal {
    let mut shifted = value;
    match shifted.set_scale(value.scale() + 2) {
        Ok(()) => shifted,
        Err(_) => value / Decimal::ONE_HUNDRED,
    }
}

/// Powers of ten for the integer form of a weighted sheet.
const POW10: [i64; 7] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

/// The most decimals a weight may have for the sheet to have an integer form.
const MAX_WEIGHT_SCALE: u32 = 4;

/// GR-3, GR-5: a weighted sheet in integers, computed once when the sheet is validated so that the
/// fast path weighs grades (in hundredths) by weights (in units of `10^-scale` percent) with
/// integer arithmetic and builds one decimal at the end. `None` when a weight has more than 4
/// decimals or a minimum more than 2: such a sheet is weighed in decimals, with the same result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Integral {
    /// The most decimals of a weight of the sheet.
    scale: u32,
    /// One per activity, in the sheet's order.
    terms: Vec<Term>,
}

/// One component of an [`Integral`] sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Term {
    /// The weight in units of `10^-scale` percent.
    weight: i64,
    /// The decimals the weight was written with (the exact decimal's scale, kept so that the
    /// integer mean has the scale the decimal one has).
    weight_scale: u32,
    /// GR-5: the component's minimum grade in hundredths.
    minimum: Option<i64>,
}

/// `value` in units of `10^-scale`, when it has at most `scale` decimals.
fn scaled(value: Decimal, scale: u32) -> Option<i64> {
    let shift = scale.checked_sub(value.scale())?;
    i64::try_from(value.mantissa())
        .ok()?
        .checked_mul(*POW10.get(usize::try_from(shift).ok()?)?)
}

impl Integral {
    /// The integer form of a validated weighted sheet's activities (GR-2, GR-5), if it has one.
    pub(crate) fn new(activities: &[Activity]) -> Option<Integral> {
        let scale = activities
            .iter()
            .map(|a| weight_of(a).scale())
            .max()
            .unwrap_or_default();
        if scale > MAX_WEIGHT_SCALE {
            return None;
        }
        let terms = activities
            .iter()
            .map(|a| {
                Some(Term {
                    weight: scaled(weight_of(a), scale)?,
                    weight_scale: weight_of(a).scale(),
                    minimum: match a.minimum {
                        Some(m) => Some(scaled(m.value(), 2)?),
                        None => None,
                    },
                })
            })
            .collect::<Option<Vec<Term>>>()?;
        Some(Integral { scale, terms })
    }
}

/// The weighted sum of a result's components, as the rest of the evaluation needs it (GR-3, GR-5,
/// GR-6).
struct Tally {
    /// The weighted mean: Σ grade × weight / 100.
    mean: Decimal,
    /// The same without the final evaluation's share: what the other components earned.
    earned: Decimal,
    /// Some component is graded below 1 (GR-3).
    below_one: bool,
    /// How many components are below their minimum (GR-5).
    components_unmet: usize,
}

/// GR-3, GR-5, GR-6 in integers: `None` when a grade has more than 2 decimals (then weighed in
/// decimals by [`decimal_tally`]). The mean is the exact decimal [`decimal_tally`] gives, with the
/// same scale.
fn integral_tally(
    integral: &Integral,
    final_index: usize,
    policy: &GradingPolicy,
    scores: &[Score],
) -> Option<Tally> {
    let absence = match policy.components.absence {
        ComponentAbsence::GradeOne => 100,
        ComponentAbsence::Zero => 0,
    };
    let (mut sum, mut scale, mut final_share) = (0i64, 0u32, 0i64);
    let (mut below_one, mut components_unmet) = (false, 0usize);
    for (i, (term, score)) in integral.terms.iter().zip(scores).enumerate() {
        let (hundredths, grade_scale) = match *score {
            Score::Points(grade) => {
                let hundredths = scaled(grade.value(), 2)?;
                below_one |= hundredths < 100;
                (hundredths, grade.value().scale())
            }
            Score::Absent => (absence, 0),
        };
        let share = hundredths * term.weight;
        sum += share;
        if i == final_index {
            final_share = share;
        }
        // A zero product adds nothing to a decimal sum, not even its scale.
        if share != 0 {
            scale = scale.max(grade_scale + term.weight_scale);
        }
        components_unmet += usize::from(term.minimum.is_some_and(|m| hundredths < m));
    }
    // The sum is in units of 10^-(2 + integral.scale) percent; the decimal sum's scale is the most
    // decimals of a grade × weight product, never more.
    let divisor = *POW10.get(usize::try_from((2 + integral.scale).checked_sub(scale)?).ok()?)?;
    let exact = |value: i64| Decimal::try_new(value / divisor, scale + 2).ok();
    Some(Tally {
        mean: exact(sum)?,
        earned: exact(sum - final_share)?,
        below_one,
        components_unmet,
    })
}

/// GR-3, GR-5, GR-6 in exact decimals, for any grades and weights.
fn decimal_tally(
    activities: &[Activity],
    final_index: usize,
    policy: &GradingPolicy,
    scores: &[Score],
) -> Tally {
    let mut sum = Decimal::ZERO;
    let mut final_share = Decimal::ZERO;
    let (mut below_one, mut components_unmet) = (false, 0usize);
    for (i, (activity, score)) in activities.iter().zip(scores).enumerate() {
        let grade = grade_of(*score, policy);
        below_one |= matches!(score, Score::Points(g) if g.value() < Decimal::ONE);
        components_unmet += usize::from(activity.minimum.is_some_and(|m| grade < m.value()));
        let share = grade * weight_of(activity);
        if i == final_index {
            final_share = share;
        }
        sum += share;
    }
    Tally {
        mean: percent_of(sum),
        earned: percent_of(sum - final_share),
        below_one,
        components_unmet,
    }
}

/// GR-2, GR-3, GR-5, GR-6, GR-7, GR-9 for a weighted sheet; the fast path allocates nothing and,
/// for grades with at most 2 decimals, weighs them in integers.
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
    let final_index = sheet.final_index();
    let tally = sheet
        .integral()
        .and_then(|integral| integral_tally(integral, final_index, policy, scores))
        .unwrap_or_else(|| decimal_tally(activities, final_index, policy, scores));
    // GR-3: every component's grade lies between 1 and 10 (10 is the most a score can hold).
    if tally.below_one {
        let errors = (activities.iter().zip(scores))
            .filter_map(|(activity, score)| match score {
                Score::Points(grade) if grade.value() < Decimal::ONE => {
                    Some(GradingError::GradeBelowOne {
                        course: sheet.code().to_owned(),
                        student: student.to_owned(),
                        activity: activity.id.to_string(),
                        grade: *grade,
                    })
                }
                _ => None,
            })
            .collect();
        Violations::from_vec(errors)?;
    }

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
    let earned = || Points::new(tally.earned).map_err(|e| Violations::one(GradingError::from(e)));
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
    let mean = Points::new(tally.mean).map_err(|e| Violations::one(GradingError::from(e)))?;
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
    // GR-3: the default point (*punctul din oficiu*); the mean counts for the rest of the 10.
    let total = with_default_point(mean, TotalKind::Mean, policy, recorder)?;

    // GR-5: every component minimum and the mean minimum.
    let components_unmet = tally.components_unmet;
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
        return Ok(failed(total, sheet.assessment(), policy));
    }
    Ok(decide_total(
        total,
        sheet.assessment(),
        TotalKind::Mean,
        policy,
        recorder,
    ))
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Activities with the given weights (any decimals) and minimums, the last the final one.
    fn activities(weights: &[(i64, u32, Option<i64>)]) -> Vec<Activity> {
        let last = weights.len() - 1;
        (weights.iter().enumerate())
            .map(|(i, (w, scale, minimum))| Activity {
                id: format!("c{i}").into(),
                kind: if i == last {
                    crate::ActivityKind::FinalEvaluation
                } else {
                    crate::ActivityKind::Test
                },
                allotment: Points::ZERO,
                weight: Some(Decimal::new(*w, *scale)),
                minimum: minimum.map(|m| Points::new(Decimal::new(m, 2)).unwrap()),
            })
            .collect()
    }

    proptest! {
        /// GR-3: the integer tally is the decimal tally, to the scale, for every grade with at
        /// most 2 decimals and every weight with at most 4.
        #[test]
        fn gr3_the_integer_weighted_mean_is_the_exact_decimal_one(
            weights in prop::collection::vec(
                (1i64..=10_000, 0u32..=4, prop::option::of(100i64..=1000)), 1..=6),
            grades in prop::collection::vec(
                prop::option::weighted(0.9, (0i64..=1000, 0u32..=2)), 6),
            absence_zero in any::<bool>(),
        ) {
            let activities = activities(&weights);
            let scores: Vec<Score> = (grades.iter().take(activities.len()))
                .map(|g| match g {
                    None => Score::Absent,
                    Some((h, scale)) => {
                        let value = Decimal::new(*h, 2).round_dp(*scale);
                        Score::Points(Points::new(value.trunc_with_scale(*scale)).unwrap())
                    }
                })
                .collect();
            let mut policy = GradingPolicy::umc_2020();
            if absence_zero {
                policy.components.absence = ComponentAbsence::Zero;
            }
            let integral = Integral::new(&activities).unwrap();
            let last = activities.len() - 1;
            let fast = integral_tally(&integral, last, &policy, &scores).unwrap();
            let exact = decimal_tally(&activities, last, &policy, &scores);
            prop_assert_eq!(fast.mean, exact.mean);
            prop_assert_eq!(fast.mean.scale(), exact.mean.scale());
            prop_assert_eq!(fast.earned, exact.earned);
            prop_assert_eq!(fast.earned.scale(), exact.earned.scale());
            prop_assert_eq!(fast.below_one, exact.below_one);
            prop_assert_eq!(fast.components_unmet, exact.components_unmet);
        }
    }

    #[test]
    fn a_grade_or_weight_with_too_many_decimals_is_weighed_in_decimals() {
        let policy = GradingPolicy::umc_2020();
        assert!(Integral::new(&activities(&[(1, 5, None)])).is_none());
        assert!(Integral::new(&activities(&[(100, 0, Some(1))])).is_some());
        let integral = Integral::new(&activities(&[(100, 0, None)])).unwrap();
        let fine = Score::Points(Points::new(Decimal::new(7125, 3)).unwrap());
        assert!(integral_tally(&integral, 0, &policy, &[fine]).is_none());
    }
}
