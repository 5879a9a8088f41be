//! A student's progress (*situația școlară*): the credit ledger, the year-end decisions and the
//! rankings for scholarships. The UMC examination procedure defines the credits of a course
//! (PR-1); the presets cite the UMC promotion thresholds of 2017 where they speak (PR-2..PR-4) and
//! do not adopt what no seed regulation states (PR-5..PR-7): an institution cites its own
//! regulation for them.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// PR-1: a course's credits are earned once, when it is passed; the ledger lists each course
/// once per academic year.
pub const PR_1: Rule = Rule::interpreted(
    "PR-1",
    UMC_EXAM,
    "§4.1 Plan de învățământ",
    "a course's credits are earned once, when it is passed with at least the pass grade or „admis”",
    Interpretation::new(
        &["progress.whole_credits"],
        "the ledger holds one line per course and academic year (a course failed, then passed the next year, has two); a course listed twice in one year, passed in two years, with credits that are not whole where the policy wants whole credits, or of a year of study outside the programme is an error naming the line.",
    ),
);
/// PR-2: which credits count towards a year-end decision.
pub const PR_2: Rule = Rule::interpreted(
    "PR-2",
    UMC_PROMOTION,
    "Avizier 2017-2018",
    "the credits of the plan's compulsory and optional courses count towards promotion",
    Interpretation::new(
        &["progress.counted.kinds", "progress.counted.obtained"],
        "a course counts when its kind and the way it was obtained (exam, recognised, advanced, re-enrolled) are in the policy's lists; facultative courses and courses beyond the plan count only when listed. A course of a later year counts towards the year's credits only when obtained in advance and the policy counts advanced courses; a failed course of a later year is not outstanding yet.",
    ),
);
/// PR-3: promotion to the next year of study.
pub const PR_3: Rule = Rule::interpreted(
    "PR-3",
    UMC_PROMOTION,
    "Avizier 2017-2018",
    "a student is promoted from year I to II with 25 credits, from II to III with 85, from III to IV with 145",
    Interpretation::new(
        &["progress.year_end"],
        "the year-end decision is the first row of the policy's `year_end` table whose years and conditions hold (credits earned in the year or over the years, failed credits or courses, credit points); its outcome is promoted, completed (the final year, every credit earned), repeating the year, an additional year, or exmatriculation. Promoted with outstanding credits is promoted, the outstanding courses listed. The UMC thresholds are cumulated; the outcome below them is read as repeating the year (the notice does not say).",
    ),
);
/// PR-4: repeating the year, or an additional year after the final one.
pub const PR_4: Rule = Rule::new(
    "PR-4",
    UMC_PROMOTION,
    "Avizier 2017-2018",
    "a student below the year's thresholds repeats the year; after the final year, an additional year",
);
/// PR-5: exmatriculation for insufficient results.
pub const PR_5: Rule = Rule::unseeded(
    "PR-5",
    "a student whose results fall below the policy's exmatriculation thresholds is exmatriculated",
);
/// PR-6: credit points and the credit index.
pub const PR_6: Rule = Rule::unseeded_interpreted(
    "PR-6",
    "the credit points of a period are Σ grade × credits over its passed courses",
    Interpretation::new(
        &["progress.credit_index"],
        "credit points (*punctaj*) count only passed courses with a grade; the credit index (*indicele de credit*) is the credit points divided by the policy's divisor (60 a year), when the policy defines it.",
    ),
);
/// PR-7: the ranking for scholarships and other ranked selections of students by their results.
pub const PR_7: Rule = Rule::unseeded_interpreted(
    "PR-7",
    "students are ranked by their results for scholarships: eligibility, order, tie-breaks, places",
    Interpretation::new(
        &["progress.ranking"],
        "eligibility (no outstanding course, a minimum average or credit points, the funding) is checked first; the eligible are ranked by the policy's criteria with the same engine as the Erasmus+ selection (MO-7): totals, then tie-breaks on raw values, the student id last; places and a reserve list follow, and what the ranked get is named by the policy.",
    ),
);
