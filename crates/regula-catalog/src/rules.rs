//! The catalog and exam-administration rules of the catalogue (`RULES.md`, "The catalog" and
//! "Exam sessions", UMC-EXAM §5.5.1.2–4, §5.5.2.13–15, §5.5.3, §5.6–§5.11).

use regula_core::{Regulation::UmcExam, Rule};

pub use regula_appeals::rules::CA_7;

/// CA-1: the kinds of catalog and their header.
pub const CA_1: Rule = Rule::new(
    "CA-1",
    UmcExam,
    "§5.7, §5.8(1–4)",
    "current-year (per group/series and study form), retake and differences (per course) catalogs, signed by the Dean and the secretary, naming programme, course, series, study form and kind",
);
/// CA-2: four session columns; a supplementary catalog when a student's are full.
pub const CA_2: Rule = Rule::new(
    "CA-2",
    UmcExam,
    "§5.8(5), §5.8(13)",
    "a catalog has 4 columns for the 4 possible sessions; when a student's columns are full a supplementary catalog is attached",
);
/// CA-3: every student by surname, father's initial and first name; recognised grades pre-filled.
pub const CA_3: Rule = Rule::new(
    "CA-3",
    UmcExam,
    "§5.8(6–7)",
    "every student of the group/series by surname, father's initial and first name; recognised grades pre-filled",
);
/// CA-4: the grade in figures and words, or absent, on the exam day, by the course holder.
pub const CA_4: Rule = Rule::new(
    "CA-4",
    UmcExam,
    "§5.6, §5.8(9)",
    "the grade is written in figures and words, or absent, on the exam day only, by the course holder",
);
/// CA-5: the signatures each grade needs.
pub const CA_5: Rule = Rule::new(
    "CA-5",
    UmcExam,
    "§5.5.1.4(3), §5.5.2.13, §5.5.2.15, §5.8(14)",
    "face-to-face: examiner and assistant/second examiner; online quiz: the holder; open questions and portfolios: holder and applied-part teacher; a committee named in the holder's absence: all 3; a committee named by the Dean's office: countersigned by the Dean",
);
/// CA-6: corrections only by the course holder, never erasing the earlier value.
pub const CA_6: Rule = Rule::new(
    "CA-6",
    UmcExam,
    "§5.8(11–12)",
    "corrections only by the course holder, striking the old value in red and writing the new one above, signed: the earlier value is never erased",
);
/// SC-7: the committee of a face-to-face exam.
pub const SC_7: Rule = Rule::new(
    "SC-7",
    UmcExam,
    "§5.5.1.2",
    "a face-to-face committee has the course holder and the applied-part teacher, or an assistant when one teacher taught both; the assistant grades only by delegation",
);
/// SC-8: admission by student card and an identity document.
pub const SC_8: Rule = Rule::new(
    "SC-8",
    UmcExam,
    "§5.5.1.2(3)",
    "students are admitted with a student card stamped for the current year and an identity card, passport or driving licence",
);
/// SC-9: the open session.
pub const SC_9: Rule = Rule::new(
    "SC-9",
    UmcExam,
    "§5.5.3",
    "an open-session exam only for students at sea more than 2 months of a semester or during the session, or IFR students with proof of voyages; not for a course sat in the normal session; at least 3 days after the Dean's office checked the plan",
);
