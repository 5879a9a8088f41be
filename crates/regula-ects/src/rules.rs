//! The ECTS recognition rules of the catalogue (`RULES.md`, "ECTS recognition", ITP-ERASMUS §12).

use regula_core::{Regulation::ItpErasmus, Rule};

/// EC-1: at least 15 passed ECTS per semester, 30 per academic year.
pub const EC_1: Rule = Rule::new(
    "EC-1",
    ItpErasmus,
    "§12",
    "during a study mobility the student passes at least 15 ECTS per semester, 30 per academic year",
);
/// EC-3: a mobility of at least 3 months is recognised entirely as active study.
pub const EC_3: Rule = Rule::new(
    "EC-3",
    ItpErasmus,
    "§12",
    "a mobility of at least 3 months is recognised entirely as an active study period",
);
/// EC-4: passed courses are recognised.
pub const EC_4: Rule = Rule::new(
    "EC-4",
    ItpErasmus,
    "§12",
    "passed courses are recognised, entered in the records and the study documents",
);
/// EC-5: a home course is replaced only by a host course whose syllabus matches at least 75%.
pub const EC_5: Rule = Rule::new(
    "EC-5",
    ItpErasmus,
    "§12",
    "a home course is replaced by a host course only when their syllabi match at least 75%",
);
/// EC-6: a host course that maps onto a home course is recognised as it, with its credits.
pub const EC_6: Rule = Rule::new(
    "EC-6",
    ItpErasmus,
    "§12",
    "a host course mapping onto a home course is recognised as that course, with the home course's credits",
);
/// EC-7: a host course within the specialisation may be recognised as an optional course.
pub const EC_7: Rule = Rule::new(
    "EC-7",
    ItpErasmus,
    "§12",
    "a host course not in the plan but within the specialisation may be recognised as an optional course, with the home credits",
);
/// EC-8: any other course may be recognised after the CSC's analysis, n:m.
pub const EC_8: Rule = Rule::new(
    "EC-8",
    ItpErasmus,
    "§12",
    "any other course may be recognised after the CSC's analysis, which sets the credits; one home course may map to two host courses or the reverse",
);
/// EC-12: the CSC may set credits when a host course has fewer credits but more content.
pub const EC_12: Rule = Rule::new(
    "EC-12",
    ItpErasmus,
    "§12",
    "if a host course has fewer credits than its home equivalent but more content, the CSC may set the credits (a justified override)",
);
/// EC-9: a course unrelated to the specialisation is extra-curricular, in the Diploma Supplement.
pub const EC_9: Rule = Rule::new(
    "EC-9",
    ItpErasmus,
    "§12",
    "a course unrelated to the specialisation is recognised as extra-curricular and listed in the Diploma Supplement",
);
/// EC-10: a course already passed at home is not recognised again.
pub const EC_10: Rule = Rule::new(
    "EC-10",
    ItpErasmus,
    "§12",
    "a course the student already passed at home cannot be recognised a second time",
);
/// EC-11: the grade is converted to the Romanian 10..1 scale.
pub const EC_11: Rule = Rule::new(
    "EC-11",
    ItpErasmus,
    "§12",
    "recognition includes the grade, converted to the Romanian 10..1 scale",
);
/// EC-13: a student below the minimums repays the grant to the extent the office sets.
pub const EC_13: Rule = Rule::new(
    "EC-13",
    ItpErasmus,
    "§12",
    "a student who did not meet the minimum credits or the 3-month minimum repays the grant as the Erasmus+ office sets",
);
