//! Grading (UMC-EXAM §5.2, §5.3, §5.5.1.1, §5.5.2.9–10): notă, punctaj, fișa disciplinei.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// GR-1: results are whole grades 1..10, or the qualifiers *admis* / *respins*; grade 5 passes.
pub const GR_1: Rule = Rule::new(
    "GR-1",
    UMC_EXAM,
    "§5.2",
    "results are whole grades 1..10, or admis/respins where the course sheet says so; 5 passes",
);
/// GR-2: the 10 points of a course are split over its activities in the course sheet.
pub const GR_2: Rule = Rule::interpreted(
    "GR-2",
    UMC_EXAM,
    "§5.3(3), §5.5.2.2(4)",
    "every graded activity receives points out of the course's 10; the split adds up to exactly 10",
    Interpretation::new(
        &[
            "grading.components.weight_bounds",
            "grading.components.default_point",
        ],
        "a course sheet splits 10 points (the default `points` scheme) or, with `\"scheme\": \"weighted\"`, grades each activity 1–10 and weighs the grades by percentages adding up to exactly 100; the summed weight of the activities of the kinds a bound lists must lie within it (none by default). A default point (*punctul din oficiu*, 0 by default) counts in the 10: a points sheet's allotments add up to 10 less it (9 + 1 ex officio).",
    ),
);
/// GR-3: the total is the sum of the activities' points, each within its allotment.
pub const GR_3: Rule = Rule::interpreted(
    "GR-3",
    UMC_EXAM,
    "§5.3(3)",
    "total points = sum of the points of every activity, each between 0 and its allotment",
    Interpretation::new(
        &[
            "grading.components.default_point",
            "grading.components.points_decimals",
        ],
        "the total is the activities' points plus the default point (*punctul din oficiu*, 0 by default: not negative, below 10, at most 2 decimals); on a weighted sheet the mean of the component grades counts for the rest of the 10, total = d + mean × (10 − d) / 10, so the default point never lifts a result above 10 and never lowers it. What a student absent from the final evaluation or not admitted earned does not include it. An activity's points carry at most the policy's decimals (2 by default: 2.5, 1.75); a finer score is refused, not rounded.",
    ),
);
/// GR-4: the total is converted into a grade 1..10.
pub const GR_4: Rule = Rule::interpreted(
    "GR-4",
    UMC_EXAM,
    "§5.3(3)",
    "the total is converted into a grade 1..10; a total below 5 never becomes a pass",
    Interpretation::new(
        &["grading.rounding", "grading.pass_by"],
        "total → grade: rounded half-up, at least 1, and a total below 5 points is never a pass (4.50–4.99 gives 4). Rounding mode: half_up | half_even | down | up. With `pass_by: rounded_grade` the rounded grade decides instead (4.50 gives 5, a pass), for regulations that say only that the pass grade is 5.",
    ),
);
/// GR-5: passing needs at least 5 of the 10 points (or *admis*).
pub const GR_5: Rule = Rule::interpreted(
    "GR-5",
    UMC_EXAM,
    "§5.3(3)",
    "passing a course needs at least 5 of its 10 points, or admis",
    Interpretation::new(
        &[],
        "on a weighted sheet the mean passes as a total would, and besides each component's `minimum` grade and the sheet's `minimum_mean` must be met; a course missing one is not passed, its grade held below the pass grade, and the explanation names every minimum and whether it was met.",
    ),
);
/// GR-6: absence from an activity's evaluation is 0 points for that activity.
pub const GR_6: Rule = Rule::interpreted(
    "GR-6",
    UMC_EXAM,
    "§5.3(3)",
    "absence from the evaluation of an activity means 0 points for that activity",
    Interpretation::new(
        &["grading.components.absence"],
        "on a weighted sheet an absence from a component counts as grade 1 (`grade_one`, the default) or 0 (`zero`) in the mean; on a points sheet it is always 0 points.",
    ),
);
/// GR-7: applied activities may condition admission to the final evaluation.
pub const GR_7: Rule = Rule::interpreted(
    "GR-7",
    UMC_EXAM,
    "§5.3(4), §5.5.1.1(2)",
    "completing the applied activities may be a condition for admission to the final evaluation",
    Interpretation::new(
        &[],
        "with points recorded on the final evaluation of a student who is not admitted, the result is *not admitted*; the final evaluation is not counted, and the explanation says so. The points earned in the applied activities are reported beside the status.",
    ),
);
/// GR-8: optional courses count in the average only on the student's written request.
pub const GR_8: Rule = Rule::interpreted(
    "GR-8",
    UMC_EXAM,
    "§5.5.1.1(3)",
    "optional courses count in the average only if the student asked in writing",
    Interpretation::new(
        &[
            "grading.average.decimals",
            "grading.average.rounding",
            "grading.average.count_failed_grades",
            "grading.average.failed_points",
            "grading.average.fixed_divisor",
            "grading.average.optional_courses",
            "grading.average.count_facultative",
            "grading.average.leave_out",
        ],
        "2 decimals, cut (not rounded up); failing grades count with their grade (or 0 points, an absence too, with `failed_points: zero`); the divisor is the credits counted, or a fixed number of credits per semester or year (`fixed_divisor`: 30, 60); results with a qualifier cannot count and are listed as not passed; facultative courses count only with `count_facultative`, courses beyond the plan never; courses obtained in advance, at a second enrolment or by recognition count unless `leave_out` lists the way.",
    ),
);
/// GR-9: not showing up to the (online) evaluation fails the exam; the catalog records *absent*.
pub const GR_9: Rule = Rule::interpreted(
    "GR-9",
    UMC_EXAM,
    "§5.5.2.9",
    "not showing up to the evaluation fails the exam; the catalog records absent",
    Interpretation::new(
        &[],
        "applies to the final evaluation of every course sheet: missing it is *absent*, whatever the semester's points (GR-6 alone would count it as 0 and might still pass the student); the points earned in the other activities are reported beside the status.",
    ),
);
/// GR-10: reconnection after a technical failure during an online evaluation.
pub const GR_10: Rule = Rule::interpreted(
    "GR-10",
    UMC_EXAM,
    "§5.5.2.10",
    "a student who loses the connection for a proven technical reason may reconnect within the exam's window and gets a different test; who cannot reconnect during the exam fails and becomes a restanțier",
    Interpretation::new(
        &["catalog.backup_sitting"],
        "an event of the grade register, recorded by a member of the exam's committee, for an online exam with an end time, at a moment within it. A proven reason and a reconnection at or before the exam's end give a different test and change no cell; otherwise (not proven, no reconnection, or one after the end, which is never extended) the exam is failed and the catalog records absent in the student's next column, as for GR-9. Where the policy grants a backup sitting (`backup_sitting`: within so many days of the exam, or in the retake session), a proven failure without a reconnection in time gets it instead, and no cell changes.",
    ),
);
/// GR-11: annulment of a result obtained by fraud.
pub const GR_11: Rule = Rule::interpreted(
    "GR-11",
    UMC_EXAM,
    "§5.5.1.4(6)",
    "results obtained by fraud or in breach of the ethics code can be annulled by the Dean, who may order the exam to be held again",
    Interpretation::new(
        &[],
        "an event of the grade register recorded by the catalog's Dean only, with its reason: the value stays in its cell, struck as annulled (never erased), with who, when and why; a retake ordered is noted, and the next session is entered in the next column as usual.",
    ),
);
/// GR-12: a grade improvement (*mărire de notă*) is asked for in writing before a deadline.
pub const GR_12: Rule = Rule::unseeded_interpreted(
    "GR-12",
    "a grade improvement (mărire de notă) is requested in writing at least N days before the exam",
    Interpretation::new(
        &[
            "grading.improvement.request_days_before",
            "grading.improvement.one_more_day_on_sunday",
            "grading.improvement.one_more_day_monday_before",
        ],
        "not an article of the UMC regulation, which has no grade improvement: a policy without `grading.improvement` does not provide for it and the request is refused. The deadline is the exam's day minus N calendar days (the request may be made on that day); one day more when the exam falls on a Sunday, or on a Monday before the stated hour.",
    ),
);
/// GR-13: who may improve a grade, for which courses, and how many times.
pub const GR_13: Rule = Rule::unseeded_interpreted(
    "GR-13",
    "a grade improvement is for a passed course, within the quotas per semester and per year and the policy's eligibility conditions",
    Interpretation::new(
        &[
            "grading.improvement.max_per_semester",
            "grading.improvement.max_per_year",
            "grading.improvement.only_all_exams_passed",
            "grading.improvement.only_current_year",
            "grading.improvement.not_for_continuous_assessment",
            "grading.improvement.once_per_course",
            "grading.improvement.absence_uses_the_chance",
            "grading.pass_grade",
        ],
        "not an article of the UMC regulation. Only a course passed (grade at least the pass grade) can be improved; the quotas count the improvements of the same academic year listed in the request (`earlier`) and those granted before it in the same request, an absence counting only when the policy says a no-show uses the chance. The grade register (`catalog record`) takes the pass grade from the grading policy in force on the day of the first command (`grading.pass_grade`; it has none of its own): it records an improvement only of a column holding a passing grade; the quotas are not its to check.",
    ),
);
/// GR-14: the higher grade stands — an improvement never lowers a grade.
pub const GR_14: Rule = Rule::unseeded_interpreted(
    "GR-14",
    "after a grade improvement the higher of the two grades stands: an improvement never lowers a grade",
    Interpretation::new(
        &[],
        "not an article of the UMC regulation. A lower result, or an absence, leaves the grade the course was passed with. In the grade register an improvement is an event of the history, as a correction is (CA-6): the improvement exam's result is written next to the grade it improves, which stays visible, and the cell holds the grade that stands; a second improvement of the same column improves the grade then standing, so the highest grade stands. Decided in one place (`Grade::after_improvement`) for both the request and the register.",
    ),
);
