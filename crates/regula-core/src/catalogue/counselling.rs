//! Counselling and information of students (UTCN-CCOC §4–§10): consiliere.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// CO-1: the roles, and one career counsellor per faculty.
pub const CO_1: Rule = Rule::interpreted(
    "CO-1",
    UTCN_CCOC,
    "§4, §5.4, §7.2, §9",
    "roles: study counsellors (consilieri de studii), the faculty's one career counsellor (consilier de carieră), the vice-dean for teaching (prodecan didactic), the counselling centre (CCOC) and its director (director CCOC)",
    Interpretation::new(
        &["counselling.roles"],
        "the roles are the policy's, each a faculty's or the university's, with the fewest and the most holders it must have: in the seed, a faculty is in order with exactly one career counsellor, at least one study counsellor and a vice-dean for teaching; the centre with one director. The centre's registry (\"CCOC înregistrează\") is a role of its own, `centre`. A role may allow at most N students per holder: a faculty that gives its number of students needs ⌈students / N⌉ holders. A role may be due within N days of the academic year's start, by its N-th day (1 October the first; 0: by 30 September): an appointment dated later, or without its date, is a breach naming the day due. An appointment to a role the policy does not have is refused, listing the policy's roles.",
    ),
);
/// CO-2: how the counsellors inform students.
pub const CO_2: Rule = Rule::interpreted(
    "CO-2",
    UTCN_CCOC,
    "§5.2, §8.4",
    "study and career counsellors inform bachelor and master students individually or in groups, in person, by phone, on ESCOUNIV or electronically, in the weekly counselling hour or ad hoc, in Romanian, or in English or French with the international office's help",
    Interpretation::new(
        &["counselling.channels_without_attendance"],
        "an individual activity has one student on its list; a student is listed once per activity; English or French without the international office's help is a breach reported, not a refusal. A post on the faculty website or in the student groups keeps no attendance list.",
    ),
);
/// CO-3: the study counsellor's semester report, with its attendance lists.
pub const CO_3: Rule = Rule::interpreted(
    "CO-3",
    UTCN_CCOC,
    "§8.2, §8.4.1",
    "every semester each study counsellor sends the career counsellor a report on counselling and information activities, with the attendance lists, and holds the weekly counselling hour",
    Interpretation::new(
        &[
            "counselling.hours_per_week",
            "counselling.faculty_hours_per_week",
            "counselling.due_days.report",
        ],
        "a report whose activities lack an attendance list (where the channel keeps one) cannot be registered. The counselling hour is checked week by week over the semester's teaching weeks (a week wholly in a break owes none): a week counts when the counselling hours held reach the hours the schedule asks (1, or the faculty's approved number): the lengths of its counselling-hour activities (`minutes`) summed, the activities of one day without a length counting one hour together (a day with the counselling hour). The procedure says \"every semester\" without a date: the report is due 14 days after the semester's last day (policy).",
    ),
);
/// CO-4: the career counsellor registers, analyses with the vice-dean and consolidates.
pub const CO_4: Rule = Rule::interpreted(
    "CO-4",
    UTCN_CCOC,
    "§8.2",
    "the career counsellor registers each report, analyses it with the vice-dean, and consolidates the faculty's reports, attendance lists included",
    Interpretation::new(
        &["counselling.due_days.analysis", "counselling.co_analyser"],
        "a report is analysed after it is registered (where the flow registers reports), with a holder of the co-analysing role of its faculty named (the vice-dean; nobody when the policy names no co-analyser); the faculty's consolidation counts the registered reports and, once the summary is sent, the career counsellor's own activities: activities and attendances (one per student per activity) by channel, by kind and by level, and unique students; the attendance lists are consolidated as CSV. Analysis is due 21 days after the semester (policy).",
    ),
);
/// CO-5: the faculty's summary to the counselling centre.
pub const CO_5: Rule = Rule::interpreted(
    "CO-5",
    UTCN_CCOC,
    "§8.2, §8.4.2",
    "every semester the career counsellor sends the CCOC director the faculty's summary (centralizator) with consolidated attendance in electronic form; the CCOC registers it, the director verifies and approves it, the CCOC consolidates all faculties",
    Interpretation::new(
        &[
            "counselling.due_days.summary",
            "counselling.due_days.approval",
        ],
        "a summary is sent once every report of the faculty is analysed; it is registered, then verified, then approved, in that order, skipping the steps the policy's flow does not have (without a centre, from the summary sent to its approval). The university's figures consolidate the summaries the centre has registered, a student counted once across faculties. The summary is due 30 days after the semester, its approval 45 (policy).",
    ),
);
/// CO-6: the responsibility matrix.
pub const CO_6: Rule = Rule::interpreted(
    "CO-6",
    UTCN_CCOC,
    "§9",
    "the responsibility matrix: who informs students, writes, sends, registers, analyses, verifies and approves each report",
    Interpretation::new(
        &["counselling.responsibilities"],
        "every step of the document flow is checked against the matrix, which is data: a step by a person who does not hold a role the matrix gives it, in the step's faculty, is refused with the rule and the role, and nothing is recorded. Registering the study counsellors' reports is the career counsellor's (§8.1.3); registering the faculty summary is the centre's. A step the matrix leaves out is one the institution does not have, and is refused naming the steps it has; sending a report, sending the faculty's summary and approving it are in every flow. Every role the matrix names is one of the policy's.",
    ),
);
