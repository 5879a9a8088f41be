//! The scheduling rules of the catalogue (`RULES.md`, "Exam sessions and scheduling", OX-1, OX-2).

use regula_core::{Regulation::UmcExam, Rule};

/// SC-1: a regular session lasts 3 weeks; exams fall inside the session's window.
pub const SC_1: Rule = Rule::new(
    "SC-1",
    UmcExam,
    "§5 Reguli generale",
    "a regular exam session lasts 3 weeks at the end of the semester",
);
/// SC-3: exams are held only between 08:00 and 20:00.
pub const SC_3: Rule = Rule::new(
    "SC-3",
    UmcExam,
    "§5.4(1)",
    "exams are held only between 08:00 and 20:00 on the scheduled days",
);
/// SC-4: at least 3 days between two consecutive exams of the same group.
pub const SC_4: Rule = Rule::new(
    "SC-4",
    UmcExam,
    "§5.5.1.1(1), §5.5.2.4(4)",
    "at least 3 days between two consecutive exams of the same group",
);
/// SC-5: each teacher examines at most 2 groups per day.
pub const SC_5: Rule = Rule::new(
    "SC-5",
    UmcExam,
    "§5.5.1.1(1)",
    "each teacher examines at most 2 groups per day",
);
/// SC-6: the schedule is agreed by students and teachers; dates fixed by agreement hold.
pub const SC_6: Rule = Rule::new(
    "SC-6",
    UmcExam,
    "§5.5.1.1(1), §5.5.2.3, §5.5.2.4",
    "the session schedule is agreed by students and teachers and set by the Dean's office",
);
/// SC-7: a face-to-face exam committee has at least two teachers.
pub const SC_7: Rule = Rule::new(
    "SC-7",
    UmcExam,
    "§5.5.1.2",
    "a face-to-face committee has at least two teachers: the holder and the applied-part teacher, or an assistant",
);
/// OX-1: a portfolio/project exam is held in a period of at most 2 days.
pub const OX_1: Rule = Rule::new(
    "OX-1",
    UmcExam,
    "§5.5.2.5",
    "online forms: quiz (whole year), open questions (at most 2 groups at a time), portfolios (at most 2 days)",
);
/// OX-2: an open-question exam holds at most 2 groups in the same slot.
pub const OX_2: Rule = Rule::new(
    "OX-2",
    UmcExam,
    "§5.5.2.7(1)",
    "an open-question online exam holds at most 2 groups in the same time slot",
);
/// Nobody is in two places at once, and a room holds one exam at a time. Not an article of the
/// regulation but what every timetable must respect; Regula names it `SC-CLASH`.
pub const SC_CLASH: Rule = Rule::new(
    "SC-CLASH",
    UmcExam,
    "§5 (implied by every scheduling rule)",
    "no group, teacher or room is in two exams at the same time",
);
/// Rooms hold the students of the exams placed in them. Regula names it `SC-ROOM`.
pub const SC_ROOM: Rule = Rule::new(
    "SC-ROOM",
    UmcExam,
    "§5.5.1.3(1) (the room set in the session's programme)",
    "a room holds at least as many seats as the students of the exam placed in it",
);
