//! Counselling and information of students (UTCN-CCOC §4–§10): consiliere.

use crate::Regulation::*;
use crate::Rule;

/// CO-1: roles.
pub const CO_1: Rule = Rule::not_yet(
    "CO-1",
    UtcnCcoc,
    "§4–§6",
    "roles: study counsellor (consilier de studii), the faculty's one career counsellor (consilier de carieră), the vice-dean for teaching (prodecan didactic), the director of the counselling centre (director CCOC)",
);
/// CO-2: study and career counsellors inform bachelor and master students individually or in groups.
pub const CO_2: Rule = Rule::not_yet(
    "CO-2",
    UtcnCcoc,
    "§5.2, §8.4",
    "study and career counsellors inform bachelor and master students individually or in groups, in person, by phone, on ESCOUNIV or electronically, in the weekly counselling hour or ad hoc, in Romanian, English or French",
);
/// CO-3: every semester each study counsellor sends the career counsellor a report on counselling and information activities.
pub const CO_3: Rule = Rule::not_yet(
    "CO-3",
    UtcnCcoc,
    "§8.2, §8.4.1",
    "every semester each study counsellor sends the career counsellor a report on counselling and information activities, with the attendance lists",
);
/// CO-4: the career counsellor registers each report.
pub const CO_4: Rule = Rule::not_yet(
    "CO-4",
    UtcnCcoc,
    "§8.2",
    "the career counsellor registers each report, analyses it with the vice-dean and consolidates the faculty's reports, attendance lists included",
);
/// CO-5: every semester the career counsellor sends the CCOC director the faculty's summary (centralizator) with consolidated attendance in electronic form; the CCOC registers it.
pub const CO_5: Rule = Rule::not_yet(
    "CO-5",
    UtcnCcoc,
    "§8.2, §8.4.2",
    "every semester the career counsellor sends the CCOC director the faculty's summary (centralizator) with consolidated attendance in electronic form; the CCOC registers it, the director verifies and approves it, the CCOC consolidates all faculties",
);
/// CO-6: the responsibility matrix.
pub const CO_6: Rule = Rule::not_yet(
    "CO-6",
    UtcnCcoc,
    "§9",
    "the responsibility matrix: who informs students, writes, sends, registers, analyses, verifies and approves each report",
);
