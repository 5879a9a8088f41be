//! Exam sessions and scheduling (UMC-EXAM §5, §5.4, §5.5.1.1–3, §5.5.3): sesiune, programare, comisie.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// SC-1: a regular session lasts 3 weeks; exams fall inside the session's window.
pub const SC_1: Rule = Rule::new(
    "SC-1",
    UMC_EXAM,
    "§5 Reguli generale",
    "a regular exam session lasts 3 weeks at the end of the semester",
);
/// SC-2: the retake sessions.
pub const SC_2: Rule = Rule::interpreted(
    "SC-2",
    UMC_EXAM,
    "§5",
    "a retake session (sesiune de restanțe) is held in September for restanțieri of the current and earlier years; final-year students may ask for one before the final exams",
    Interpretation::new(
        &["catalog.retake_periods", "catalog.retake_caps"],
        "an eligibility decision per student and course, like the open session's: a restanțier (the course not passed) whose exam belongs to the session's academic year or an earlier one; the regular session (`september`) lies within one of the policy's retake periods that applies to the student, final year or not (September for everyone in the UMC preset; it belongs to the academic year it ends); the session before the final exams needs a final-year student who asked for it and meets the conditions for the final exam, and ends before the final exam's first day. Caps, where a regulation sets them: at most N retakes per student in one session (granted in the order asked) and, for the session before the final exams, at most N outstanding credits.",
    ),
);
/// SC-3: exams are held only between 08:00 and 20:00.
pub const SC_3: Rule = Rule::interpreted(
    "SC-3",
    UMC_EXAM,
    "§5.4(1)",
    "exams are held only between 08:00 and 20:00 on the scheduled days",
    Interpretation::new(
        &[
            "scheduling.day_start",
            "scheduling.day_end",
            "scheduling.hours",
            "plan.groups[].level",
        ],
        "start ≥ 08:00 and end ≤ 20:00, local time. A policy may narrow the hours by study level (a group's `level`: licență or master) and weekday (`hours`: the first entry that applies); an exam of groups of several levels keeps within each level's hours. None by default.",
    ),
);
/// SC-4: at least 3 days between two consecutive exams of the same group.
pub const SC_4: Rule = Rule::interpreted(
    "SC-4",
    UMC_EXAM,
    "§5.5.1.1(1), §5.5.2.4(4)",
    "at least 3 days between two consecutive exams of the same group",
    Interpretation::new(
        &[
            "scheduling.min_gap_days",
            "scheduling.gap_counting",
            "scheduling.student_gap",
        ],
        "the gap is the difference of the dates (Monday → Thursday is 3 days), or, as a policy, the free days between them (\"at least two days between two successive exams\": `min_gap_days: 2`, `gap_counting: free_days_between`); a portfolio held over two days counts from its last day. A gap of 0 days lets a group sit several exams on one day (modular programmes), each within the day's hours, their sittings apart (SC-CLASH), at most the policy's `max_exams_per_day` (SC-LOAD). The rule is a group's: for a student placed as an individual (a restanțier sitting with other groups) it is a preference by default (`student_gap: soft`) or a rule (`hard`); such a student never has two exams on one day in a timetable Regula builds.",
    ),
);
/// SC-5: each teacher examines at most 2 groups per day.
pub const SC_5: Rule = Rule::interpreted(
    "SC-5",
    UMC_EXAM,
    "§5.5.1.1(1)",
    "each teacher examines at most 2 groups per day",
    Interpretation::new(
        &[
            "scheduling.max_groups_per_teacher_day",
            "scheduling.teacher_load_forms",
            "scheduling.teacher_load_counts",
            "scheduling.teacher_load_per",
        ],
        "counts the groups of face-to-face exams only: SC-5 stands in the face-to-face section (§5.5.1.1), and an online quiz is held with the whole year at once (QZ-1). It counts every member of the committee, per day; a policy may count the course holder (titularul) only, and per day and course or per day and exam form.",
    ),
);
/// SC-6: the schedule is agreed by students and teachers; dates fixed by agreement hold.
pub const SC_6: Rule = Rule::interpreted(
    "SC-6",
    UMC_EXAM,
    "§5.5.1.1(1), §5.5.2.3, §5.5.2.4",
    "the session schedule is agreed by students and teachers and set by the Dean's office",
    Interpretation::new(
        &["solver options: rest_days"],
        "a teacher's unavailable days and a date fixed by agreement with the students are hard rules; a preferred date is a soft goal. The solver's `rest_days` (none by default) keep it off, say, Sundays; the regulation does not name examination weekdays.",
    ),
);
/// SC-7: the committee of a face-to-face exam.
pub const SC_7: Rule = Rule::interpreted(
    "SC-7",
    UMC_EXAM,
    "§5.5.1.2",
    "a face-to-face committee has the course holder and the applied-part teacher, or an assistant when one teacher taught both; the assistant grades only by delegation",
    Interpretation::new(
        &["scheduling.min_committee", "scheduling.committees"],
        "a face-to-face committee needs the holder, the applied-part teacher or an assistant, and at least 2 distinct teachers; online exams are not held to it (CA-5 has their signatures). A policy may set the committee per exam form (`committees`): the least number of distinct teachers and whether the holder is among them; a face-to-face form keeps its applied-part teacher or assistant.",
    ),
);
/// SC-8: admission by student card and an identity document.
pub const SC_8: Rule = Rule::interpreted(
    "SC-8",
    UMC_EXAM,
    "§5.5.1.2(3)",
    "students are admitted with a student card stamped for the current year and an identity card, passport or driving licence",
    Interpretation::new(
        &["catalog.admission_documents", "catalog.id_documents"],
        "the documents are a rule over kinds: alternatives, any one of which admits, each a set of documents all of which must be shown (the preset: the student card and one of `id_documents`). A document with a `valid_until` before the exam day does not count; the card must be stamped for the academic year containing the exam day.",
    ),
);
/// SC-9: the open session.
pub const SC_9: Rule = Rule::interpreted(
    "SC-9",
    UMC_EXAM,
    "§5.5.3",
    "an open-session exam only for students at sea more than 2 months of a semester or during the session, or IFR students with proof of voyages; not for a course sat in the normal session; at least 3 days after the Dean's office checked the plan",
    Interpretation::new(
        &[
            "catalog.open_session.months_at_sea",
            "catalog.open_session.days_after_plan_check",
            "catalog.open_session.categories",
        ],
        "\"more than 2 months of a semester\": the days at sea within the semester, every voyage added up and a day on two voyages counted once, more than the days of 2 calendar months from the first of them; \"during the session\": any day at sea within it. \"At least 3 days after the plan check\": the date difference, as SC-4 counts. The coordinator's finding that the syllabus' criteria are met is an input. The categories of students are the policy's, each with its conditions (months at sea, at sea during the session with or without documents, a written request, a documentary proof by id): the seed's shipboard trainees and IFR seafarers when absent; a request claims one (shipboard training when it names none), and one the policy does not grant is refused with the list of those it does.",
    ),
);
/// Nobody is in two places at once, and a room holds one exam at a time. Not an article of the
/// regulation but what every timetable must respect; Regula names it `SC-CLASH`.
pub const SC_CLASH: Rule = Rule::interpreted(
    "SC-CLASH",
    UMC_EXAM,
    "§5 (implied by every scheduling rule)",
    "no group, teacher or room is in two exams at the same time",
    Interpretation::new(
        &[],
        "not an article of the regulation, but what every timetable must respect; Regula names it so.",
    ),
);
/// Rooms hold the students of the exams placed in them. Regula names it `SC-ROOM`.
pub const SC_ROOM: Rule = Rule::interpreted(
    "SC-ROOM",
    UMC_EXAM,
    "§5.5.1.3(1) (the room set in the session's programme)",
    "a room holds at least as many seats as the students of the exam placed in it",
    Interpretation::new(
        &[],
        "not an article of the regulation, but what every timetable must respect; Regula names it so.",
    ),
);
/// The timetabler's own constraints between exams (plan data): an order, a common day, a common
/// period, different periods. Regula names them `SC-PAIR`.
pub const SC_PAIR: Rule = Rule::interpreted(
    "SC-PAIR",
    UMC_EXAM,
    "§5.5.1.1(1) (the Dean's office sets the session's programme)",
    "exams the timetabler links: one before another, on the same day, in the same period, or never in the same period",
    Interpretation::new(
        &["plan.constraints"],
        "not an article of the regulation: the programme is the Dean's office's, and these are the links timetablers most often ask for; \"before\" means the first ends before the second starts, and Regula's solver puts it on an earlier day.",
    ),
);
/// How many groups sit the exams of one course in one exam form on one day (policy). Regula names
/// it `SC-COURSE`.
pub const SC_COURSE: Rule = Rule::interpreted(
    "SC-COURSE",
    UMC_EXAM,
    "§5.5.1.1(1) (the Dean's office sets the session's programme)",
    "at most N groups a day sit the exams of one course in one exam form, N by form",
    Interpretation::new(
        &[
            "scheduling.max_groups_per_course_day",
            "plan.exams[].course",
        ],
        "not an article of the UMC regulation; an institution that caps a course's groups a day (e.g. 2 for a written exam, 1 for an oral one) lists a cap per form; a form not listed, and every form by default, has no cap. The course is the exam's `course`, or the exam itself when it names none; a group counts once a day however many of the course's exams it sits.",
    ),
);
/// A group's last exam within the last days of a regular session (policy). Regula names it
/// `SC-LAST`.
pub const SC_LAST: Rule = Rule::interpreted(
    "SC-LAST",
    UMC_EXAM,
    "§5 Reguli generale (the session's programme)",
    "each group's last exam falls within the last N days of the regular session",
    Interpretation::new(
        &["scheduling.last_exam_within_days"],
        "not an article of the UMC regulation; absent by default (no such rule). The last N days end on the session's last day (N = 1: the last day itself); a portfolio held over several days counts by its last day; a group without exams is not held to it; retake and open sessions are not.",
    ),
);
/// The timetabler's preferences for an exam's start and rooms: kept where possible, never a
/// violation. Regula names them `SC-PREFER`.
pub const SC_PREFER: Rule = Rule::interpreted(
    "SC-PREFER",
    UMC_EXAM,
    "§5.5.1.1(1) (the Dean's office sets the session's programme)",
    "an exam's preferred start and rooms, kept where the rules allow",
    Interpretation::new(
        &[
            "plan.exams[].preferred_start",
            "plan.exams[].preferred_rooms",
        ],
        "not an article of the regulation: a preference the timetabler states; the solver tries it first, and the validator lists the preferences a timetable does not keep apart from its violations.",
    ),
);
/// How many exams a group or a student placed as an individual sits in a day, or in a few
/// consecutive days (policy). Regula names it `SC-LOAD`.
pub const SC_LOAD: Rule = Rule::interpreted(
    "SC-LOAD",
    UMC_EXAM,
    "§5.5.1.1(1) (the Dean's office sets the session's programme)",
    "at most N exams per day, and at most N exams in M consecutive days, for each group and each student placed as an individual",
    Interpretation::new(
        &[
            "scheduling.max_exams_per_day",
            "scheduling.max_exams_in_days",
        ],
        "not an article of the regulation, which spaces a group's exams by SC-4; an institution whose gap is shorter, or whose restanțieri sit with other groups, caps the load; none by default.",
    ),
);
