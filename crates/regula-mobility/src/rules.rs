//! The Erasmus+ mobility rules of the catalogue (`RULES.md`, "Erasmus+ mobility", ITP-ERASMUS).

use regula_core::{Regulation::ItpErasmus, Rule};

/// MO-1: eligibility for a study mobility.
pub const MO_1: Rule = Rule::new(
    "MO-1",
    ItpErasmus,
    "§3",
    "a study mobility needs an active student, credits up to date after at least two semesters, Romanian or registered EU citizenship, the teaching language at medium level (not for Hungarian), a compatible plan, no earlier study mobility and the committee's own conditions",
);
/// MO-2: eligibility for a training mobility.
pub const MO_2: Rule = Rule::new(
    "MO-2",
    ItpErasmus,
    "§5",
    "a training mobility has the same conditions, except that an earlier training mobility excludes, the language is the host's (not for Hungarian) and the training cannot interrupt or repeat the study year",
);
/// MO-3: the documents of the application dossier.
pub const MO_3: Rule = Rule::new(
    "MO-3",
    ItpErasmus,
    "§4, §6",
    "the dossier holds the candidate form, transcript, declaration, Europass CV, a letter of intent of at most 2,000 characters, the recommendation if asked, the identity card copy (study), the language certificate (not for Hungarian) and, recommended, proofs of scientific and social activity",
);
/// MO-4: an incomplete application is not considered.
pub const MO_4: Rule = Rule::new(
    "MO-4",
    ItpErasmus,
    "§7",
    "an application with documents missing, a signature or data missing, or submitted after the deadline is not considered; it can be completed until the deadline",
);
/// MO-5: the call for applications.
pub const MO_5: Rule = Rule::new(
    "MO-5",
    ItpErasmus,
    "§7",
    "the call states the places per field, the conditions, the documents, the selection committee and the deadline, and is published on the website and the notice boards",
);
/// MO-6: the selection committee.
pub const MO_6: Rule = Rule::new(
    "MO-6",
    ItpErasmus,
    "§8",
    "the committee is named by the Rector, has at least 3 members from different fields, one a student of the students' organisation who is not applying, the Erasmus+ coordinator as secretary, and every member signs a conflict-of-interest declaration",
);
/// MO-7: selection by a published points system; decisions and minutes.
pub const MO_7: Rule = Rule::new(
    "MO-7",
    ItpErasmus,
    "§8, §9",
    "selection uses a published, objective points system; decisions by simple majority; the minutes give the committee, the criteria, the applications and their results, are signed by every member and countersigned by the Rector",
);
/// MO-8: a positive decision is not yet a grant.
pub const MO_8: Rule = Rule::new(
    "MO-8",
    ItpErasmus,
    "§8",
    "a positive decision becomes a grant only with the host's proof of enrolment, a signed learning agreement and the institution's funding",
);
/// MO-9: duration of a mobility.
pub const MO_9: Rule = Rule::new(
    "MO-9",
    ItpErasmus,
    "§10",
    "a mobility lasts 2 to 12 months; a training one at least 2 months, best in July–September; the grant period starts after the agreement and the financing contract are signed",
);
/// MO-10: document deadlines.
pub const MO_10: Rule = Rule::new(
    "MO-10",
    ItpErasmus,
    "§2, §11",
    "financing contract at least 15 working days before departure; grant paid no earlier than 10 days before; learning agreement and enrolment certificate within 2 weeks after departure; changes within 1 month; attendance certificate and final report within 10 working days after return",
);
/// MO-11: documents due after return.
pub const MO_11: Rule = Rule::new(
    "MO-11",
    ItpErasmus,
    "§11",
    "after return: study — transcript of records, final report, attendance certificate, Europass Mobility; training — proof of ECTS (if any), final report, attendance certificate, Europass Mobility",
);
/// MO-12: debts settled before departure.
pub const MO_12: Rule = Rule::new(
    "MO-12",
    ItpErasmus,
    "§12",
    "before leaving, the student settles every debt to the institution (fees, library loans)",
);
