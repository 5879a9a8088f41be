//! The rules of the catalogue on results, catalogs and appeals (`RULES.md`, "Appeals and result
//! deadlines", "Other online exam forms", CA-7).

use regula_core::{Regulation::UmcExam, Rule};

/// AP-1: face-to-face exam: results within 24 hours of the exam day; the catalog within 48 hours;
/// written appeals to the Dean's office during those 48 hours, re-graded by a committee of
/// specialists named by the Dean, whose decision is final.
pub const AP_1: Rule = Rule::new(
    "AP-1",
    UmcExam,
    "§5.5.1.3(2), §5.5.1.4(1–2)",
    "face-to-face: results within 24 h of the exam day; appeals in writing during the 48 h after the exam; re-graded by specialists named by the Dean; final",
);
/// AP-2: online quiz: appeal within 2 hours after the exam ends; technical grounds only.
pub const AP_2: Rule = Rule::new(
    "AP-2",
    UmcExam,
    "§5.5.2.6(6)",
    "online quiz: appeal within 2 hours after the exam ends, on technical grounds only, justified and proven",
);
/// AP-3: online open-question exam: appeal within 24 hours after the grades are announced.
pub const AP_3: Rule = Rule::new(
    "AP-3",
    UmcExam,
    "§5.5.2.7(8–9)",
    "online open questions: grades within 24 h of the exam; appeal within 24 h after they are announced on the platform",
);
/// AP-4: oral exam by video: appeal within 4 hours, online at the Dean's office, judged on the
/// recordings by a committee of 3 teachers named by the Dean.
pub const AP_4: Rule = Rule::new(
    "AP-4",
    UmcExam,
    "§5.5.2.8(7–8)",
    "oral by video: appeal within 4 h after the end, online at the Dean's office, judged on the recordings by 3 teachers named by the Dean",
);
/// AP-5: the student may see the marked paper and how it was marked.
pub const AP_5: Rule = Rule::new(
    "AP-5",
    UmcExam,
    "§5.5.1.3(2)",
    "the student may see the marked paper and how it was marked",
);
/// OX-2: open-question exam: teachers have 24 hours to grade.
pub const OX_2: Rule = Rule::new(
    "OX-2",
    UmcExam,
    "§5.5.2.7",
    "open-question exam: teachers have 24 hours to grade; appeals within 24 h of the announcement",
);
/// OX-3: oral exam by video: grading at the end of the verification.
pub const OX_3: Rule = Rule::new(
    "OX-3",
    UmcExam,
    "§5.5.2.8",
    "oral exam by video: graded at the end of the verification; appeal within 4 hours",
);
/// OX-4: online grades on the platform within 48 hours, then in the catalog.
pub const OX_4: Rule = Rule::new(
    "OX-4",
    UmcExam,
    "§5.5.2.12",
    "online grades are entered on the platform within 48 hours after the evaluation, then in the catalog",
);
/// QZ-4: a quiz is scored automatically by the platform.
pub const QZ_4: Rule = Rule::new(
    "QZ-4",
    UmcExam,
    "§5.5.2.6(4), §5.5.2.6(7)",
    "a quiz is scored automatically by the platform",
);
/// CA-7: the catalog within 48 hours; electronic entry within 5 days; the student register within
/// 90 days after the autumn session.
pub const CA_7: Rule = Rule::new(
    "CA-7",
    UmcExam,
    "§5.8(15), §5.9, §5.10",
    "completed catalog within 48 h after the exam; electronic entry within 5 days; student register within 90 days after the autumn session",
);
