//! The grade register (UMC-EXAM §5.5.1.4, §5.5.2.13–15, §5.6–5.11): catalog.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// CA-1: the kinds of catalog and their header.
pub const CA_1: Rule = Rule::new(
    "CA-1",
    UMC_EXAM,
    "§5.7, §5.8(1–4)",
    "current-year (per group/series and study form), retake and differences (per course) catalogs, signed by the Dean and the secretary, naming programme, course, series, study form and kind",
);
/// CA-2: four session columns; a supplementary catalog when a student's are full.
pub const CA_2: Rule = Rule::interpreted(
    "CA-2",
    UMC_EXAM,
    "§5.8(5), §5.8(13)",
    "a catalog has 4 columns for the 4 possible sessions; when a student's columns are full a supplementary catalog is attached",
    Interpretation::new(
        &["catalog.columns"],
        "the four columns are per student: a student's next entry goes in their next free column; a fifth is refused and a supplementary catalog, listing only students whose rows are full, takes it.",
    ),
);
/// CA-3: every student by surname, father's initial and first name; recognised grades pre-filled.
pub const CA_3: Rule = Rule::interpreted(
    "CA-3",
    UMC_EXAM,
    "§5.8(6–7)",
    "every student of the group/series by surname, father's initial and first name; recognised grades pre-filled",
    Interpretation::new(
        &[],
        "the alphabetical order is the Romanian alphabet (ă, â after a; î after i; ș after s; ț after t), by surname, then father's initial, then first name. A student with a recognised grade is not examined again in that catalog.",
    ),
);
/// CA-4: the grade in figures and words, or absent, on the exam day, by the course holder.
pub const CA_4: Rule = Rule::interpreted(
    "CA-4",
    UMC_EXAM,
    "§5.6, §5.8(9)",
    "the grade is written in figures and words, or absent, on the exam day only, by the course holder",
    Interpretation::new(
        &["catalog.entry_on_exam_day_only"],
        "\"on the exam day\" is the Bucharest calendar day of the entry. The holder writes the grades; the assistant only when the holder delegated grading (SC-7); a committee named by the Dean writes its own. A second entry of the same exam for a student is refused: a change is a correction (CA-6).",
    ),
);
/// CA-5: the signatures each grade needs.
pub const CA_5: Rule = Rule::interpreted(
    "CA-5",
    UMC_EXAM,
    "§5.5.1.4(3), §5.5.2.13, §5.5.2.15, §5.8(14)",
    "face-to-face: examiner and assistant/second examiner; online quiz: the holder; open questions and portfolios: holder and applied-part teacher; a committee named in the holder's absence: all 3; a committee named by the Dean's office: countersigned by the Dean",
    Interpretation::new(
        &[
            "catalog.signatures",
            "catalog.dean_countersigns_holder_absent",
        ],
        "the regulation gives no signatures for an oral exam by video: Regula asks the holder and the applied-part teacher, as for open questions. A committee named in the holder's absence is signed by its three members; the Dean countersigns only a committee named by the Dean's office. An entry lacking a signature is stored and reported as incomplete, never refused; signatures may be added later.",
    ),
);
/// CA-6: corrections only by the course holder, never erasing the earlier value.
pub const CA_6: Rule = Rule::interpreted(
    "CA-6",
    UMC_EXAM,
    "§5.8(11–12)",
    "corrections only by the course holder, striking the old value in red and writing the new one above, signed: the earlier value is never erased",
    Interpretation::new(
        &[],
        "a correction keeps the struck value, who changed it and when; the history is numbered, in time order, and a catalog read back whose rows are not what its history gives is refused.",
    ),
);
/// CA-7: the catalog within 48 hours; electronic entry within 5 days; the student register within
/// 90 days after the autumn session.
pub const CA_7: Rule = Rule::interpreted(
    "CA-7",
    UMC_EXAM,
    "§5.8(15), §5.9, §5.10",
    "completed catalog within 48 h after the exam; electronic entry within 5 days; student register within 90 days after the autumn session",
    Interpretation::new(
        &[
            "appeals.catalog",
            "appeals.electronic_entry",
            "appeals.student_register",
        ],
        "the catalog: 48 elapsed hours from the end of the exam; electronic entry \"within 5 days\": 5 calendar days after the day the catalog is due, to the end of that day (a policy may set one deadline for both, `with_catalog`); the student register: 90 calendar days after the last day of the autumn session, to the end of that day.",
    ),
);
