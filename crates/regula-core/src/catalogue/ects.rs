//! ECTS recognition of a mobility (ITP-ERASMUS §12): recunoașterea creditelor.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// EC-1: at least 15 passed ECTS per semester, 30 per academic year.
pub const EC_1: Rule = Rule::interpreted(
    "EC-1",
    ITP_ERASMUS,
    "§12",
    "during a study mobility the student passes at least 15 ECTS per semester, 30 per academic year",
    Interpretation::new(
        &[
            "ects.minimums.credits_per_semester",
            "ects.minimums.credits_per_year",
        ],
        "15 passed ECTS for a one-semester mobility, 30 for a two-semester one (the year's minimum), in the ITP preset; passed host credits count, recognised or not.",
    ),
);
/// EC-2: the CSC decides recognition.
pub const EC_2: Rule = Rule::new(
    "EC-2",
    ITP_ERASMUS,
    "§12",
    "recognition is decided by the faculty's Studies and Credits Commission (CSC)",
);
/// EC-3: a mobility of at least 3 months is recognised entirely as active study.
pub const EC_3: Rule = Rule::interpreted(
    "EC-3",
    ITP_ERASMUS,
    "§12",
    "a mobility of at least 3 months is recognised entirely as an active study period",
    Interpretation::new(
        &["ects.minimums.active_months"],
        "end date ≥ start date + 3 calendar months − 1 day (3 in the ITP preset).",
    ),
);
/// EC-4: passed courses are recognised.
pub const EC_4: Rule = Rule::new(
    "EC-4",
    ITP_ERASMUS,
    "§12",
    "passed courses are recognised, entered in the records and the study documents",
);
/// EC-5: a home course is replaced only by a host course whose syllabus matches at least 75%.
pub const EC_5: Rule = Rule::interpreted(
    "EC-5",
    ITP_ERASMUS,
    "§12",
    "a home course is replaced by a host course only when their syllabi match at least 75%",
    Interpretation::new(
        &["ects.syllabus_match_percent"],
        "the threshold itself passes (75% in the ITP preset); a computed match is the share of the home course's hours whose topics the host course covers.",
    ),
);
/// EC-6: a host course that maps onto a home course is recognised as it, with its credits.
pub const EC_6: Rule = Rule::new(
    "EC-6",
    ITP_ERASMUS,
    "§12",
    "a host course mapping onto a home course is recognised as that course, with the home course's credits",
);
/// EC-7: a host course within the specialisation may be recognised as an optional course.
pub const EC_7: Rule = Rule::new(
    "EC-7",
    ITP_ERASMUS,
    "§12",
    "a host course not in the plan but within the specialisation may be recognised as an optional course, with the home credits",
);
/// EC-8: any other course may be recognised after the CSC's analysis, n:m.
pub const EC_8: Rule = Rule::interpreted(
    "EC-8",
    ITP_ERASMUS,
    "§12",
    "any other course may be recognised after the CSC's analysis, which sets the credits; one home course may map to two host courses or the reverse",
    Interpretation::new(
        &[],
        "the credits of an n:m decision of the CSC are carried by the line of its first host course.",
    ),
);
/// EC-9: a course unrelated to the specialisation is extra-curricular, in the Diploma Supplement.
pub const EC_9: Rule = Rule::interpreted(
    "EC-9",
    ITP_ERASMUS,
    "§12",
    "a course unrelated to the specialisation is recognised as extra-curricular and listed in the Diploma Supplement",
    Interpretation::new(
        &["ects.diploma_supplement"],
        "a passed host course that replaces nothing is extra-curricular with its own credits, unless the CSC decides otherwise; a failed one is not recognised and its home course stays to be sat (FE-4: without the fee in the next semester). Listed in the Diploma Supplement without a request in the ITP preset (`automatic`); under `on_request`, only when the student asked in writing (`mobility.supplement_requested`), otherwise left out of it and listed in the plan as such (`not_in_supplement`), with that reason; a CSC decision stands either way.",
    ),
);
/// EC-10: a course already passed at home is not recognised again.
pub const EC_10: Rule = Rule::new(
    "EC-10",
    ITP_ERASMUS,
    "§12",
    "a course the student already passed at home cannot be recognised a second time",
);
/// EC-11: the grade is converted to the Romanian 10..1 scale.
pub const EC_11: Rule = Rule::interpreted(
    "EC-11",
    ITP_ERASMUS,
    "§12",
    "recognition includes the grade, converted to the Romanian 10..1 scale",
    Interpretation::new(
        &["ects.letters", "ects.home_distribution"],
        "the ECTS letter table and, for other scales, distribution tables; the preset's home distribution is the worked example's, illustrative: an institution loads its own. ELMO result distributions become host tables without the failing grades, which the CSC names per scale (only F/FX are known to fail on every scale).",
    ),
);
/// EC-12: the CSC may set credits when a host course has fewer credits but more content.
pub const EC_12: Rule = Rule::new(
    "EC-12",
    ITP_ERASMUS,
    "§12",
    "if a host course has fewer credits than its home equivalent but more content, the CSC may set the credits (a justified override)",
);
/// EC-13: a student below the minimums repays the grant to the extent the office sets.
pub const EC_13: Rule = Rule::new(
    "EC-13",
    ITP_ERASMUS,
    "§12",
    "a student who did not meet the minimum credits or the 3-month minimum repays the grant as the Erasmus+ office sets",
);
