//! Erasmus+ student mobility (ITP-ERASMUS §1–11).

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// MO-1: eligibility for a study mobility.
pub const MO_1: Rule = Rule::interpreted(
    "MO-1",
    ITP_ERASMUS,
    "§3",
    "a study mobility needs an active student, credits up to date after at least two semesters, Romanian or registered EU citizenship, the teaching language at medium level (not for Hungarian), a compatible plan, no earlier study mobility and the committee's own conditions",
    Interpretation::new(
        &[
            "mobility.min_language_level",
            "mobility.language_exempt",
            "mobility.dean_tests_language",
            "mobility.earlier_mobility",
        ],
        "\"medium knowledge\" of the language is CEFR B1; Hungarian (`hu`) needs none. Without a proof the Dean tests the student (MO-3), so the condition is *pending*, not failed, and a missing certificate does not exclude a dossier. An EU citizen's registration certificate must be valid on the day of the decision (the call's deadline, in `select`). \"Credits up to date\" is earned ≥ due. \"No earlier mobility\" (of the same kind; MO-2 for a training) is the preset's `earlier_mobility`; a policy may instead give a budget of months per study cycle (the Erasmus+ programme's 12): every earlier month of the applicant's cycle, of either kind, counts, and the applicant is eligible while what remains holds the months asked, or the shortest mobility of its kind (MO-9) when none are asked.",
    ),
);
/// MO-2: eligibility for a training mobility.
pub const MO_2: Rule = Rule::new(
    "MO-2",
    ITP_ERASMUS,
    "§5",
    "a training mobility has the same conditions, except that an earlier training mobility excludes, the language is the host's (not for Hungarian) and the training cannot interrupt or repeat the study year",
);
/// MO-3: the documents of the application dossier.
pub const MO_3: Rule = Rule::interpreted(
    "MO-3",
    ITP_ERASMUS,
    "§4, §6",
    "the dossier holds the candidate form, transcript, declaration, Europass CV, a letter of intent of at most 2,000 characters, the recommendation if asked, the identity card copy (study), the language certificate (not for Hungarian) and, recommended, proofs of scientific and social activity",
    Interpretation::new(
        &["mobility.documents", "mobility.letter_max_chars"],
        "a document counts when handed in strictly before the deadline instant; a later copy handed in before the deadline replaces an earlier one (the dossier \"can be completed until the deadline\"); the letter's 2,000 characters are counted as a reader sees them, after canonical composition (NFC): a letter typed decomposed counts the same. Which documents must be signed or in the mobility's language is policy.",
    ),
);
/// MO-4: an incomplete application is not considered.
pub const MO_4: Rule = Rule::new(
    "MO-4",
    ITP_ERASMUS,
    "§7",
    "an application with documents missing, a signature or data missing, or submitted after the deadline is not considered; it can be completed until the deadline",
);
/// MO-5: the call for applications.
pub const MO_5: Rule = Rule::new(
    "MO-5",
    ITP_ERASMUS,
    "§7",
    "the call states the places per field, the conditions, the documents, the selection committee and the deadline, and is published on the website and the notice boards",
);
/// MO-6: the selection committee.
pub const MO_6: Rule = Rule::interpreted(
    "MO-6",
    ITP_ERASMUS,
    "§8",
    "the committee is named by the Rector, has at least 3 members from different fields, one a student of the students' organisation who is not applying, the Erasmus+ coordinator as secretary, and every member signs a conflict-of-interest declaration",
    Interpretation::new(
        &[
            "mobility.committee.min_members",
            "mobility.committee.distinct_fields",
            "mobility.committee.named_by_rector",
            "mobility.committee.student_member",
            "mobility.committee.secretary",
            "mobility.committee.conflict_declarations",
            "mobility.committee.no_family_ties",
        ],
        "\"members from different fields\": no two members other than the student share a field; the student member must not be a candidate; a family tie is checked against the candidates of the call. Each requirement (the Rector's decision, a student member, a secretary, the declarations, no family tie) is asked unless the policy says otherwise: the preset asks every one; a student member who is a candidate is a breach whatever the policy.",
    ),
);
/// MO-7: selection by a published points system; decisions and minutes.
pub const MO_7: Rule = Rule::interpreted(
    "MO-7",
    ITP_ERASMUS,
    "§8, §9",
    "selection uses a published, objective points system; decisions by simple majority; the minutes give the committee, the criteria, the applications and their results, are signed by every member and countersigned by the Rector",
    Interpretation::new(
        &[
            "mobility.points",
            "mobility.points.tie_break",
            "mobility.points.criteria[].minimum",
            "mobility.points.criteria[].scale",
            "mobility.award",
            "mobility.reserve_list",
            "mobility.one_field_per_candidate",
        ],
        "the regulation recommends criteria but leaves weights to each year's committee: the preset's points system (average ×5, letter/CV/recommendation ×2, optional interview ×1, capped scientific and social activities; 100 at most) is illustrative. Ties: the higher weighted average, then the earlier complete dossier, then the candidate id. A tie-break compares a criterion's raw value on its scale, not its weighted points, so a criterion of weight 0 orders ties (ordering-only). A candidate below a criterion's `minimum` is not ranked, and told which minimum (the preset sets none; an optional criterion not assessed is not held to it). A criterion may be scored on a step scale (`steps`: bands of the raw value, each giving its points; checked on load for bounds in order, no overlap and, where the policy says the bands cover a range, no gap at the scale's decimals); its minimum and a tie-break on it compare the raw value, not the band's points, and a value in no band or finer than the scale is refused, never rounded. What is awarded is named by `award` (an Erasmus+ grant by default), so the same ranking serves other selections. Every eligible candidate not given a place is on the reserve list unless `reserve_list` caps it. \"Simple majority\": more votes in favour than half of the votes cast, abstentions included. One field per candidate; when allowed, each field ranks its applications independently.",
    ),
);
/// MO-8: a positive decision is not yet a grant.
pub const MO_8: Rule = Rule::interpreted(
    "MO-8",
    ITP_ERASMUS,
    "§8",
    "a positive decision becomes a grant only with the host's proof of enrolment, a signed learning agreement and the institution's funding",
    Interpretation::new(
        &["mobility.award.confirmed_by"],
        "the conditions are those `award.confirmed_by` lists (all three by default); with none, a selected candidate's award is confirmed at once.",
    ),
);
/// MO-9: duration of a mobility.
pub const MO_9: Rule = Rule::interpreted(
    "MO-9",
    ITP_ERASMUS,
    "§10",
    "a mobility lasts 2 to 12 months; a training one at least 2 months, best in July–September; the grant period starts after the agreement and the financing contract are signed",
    Interpretation::new(
        &["mobility.duration"],
        "\"2 to 12 months\" is read like EC-3: at least N months means return ≥ departure + N months − 1 day. A training outside July–September is advice, not a violation.",
    ),
);
/// MO-10: document deadlines.
pub const MO_10: Rule = Rule::interpreted(
    "MO-10",
    ITP_ERASMUS,
    "§2, §11",
    "financing contract at least 15 working days before departure; grant paid no earlier than 10 days before; learning agreement and enrolment certificate within 2 weeks after departure; changes within 1 month; attendance certificate and final report within 10 working days after return",
    Interpretation::new(
        &["mobility.deadlines"],
        "\"within 2 weeks\" is 14 calendar days; \"at least 15 working days before departure\" is the 15th working day before it (CAL-3); \"no earlier than 10 days before\" counts calendar days. Debts are due the day before departure.",
    ),
);
/// MO-11: documents due after return.
pub const MO_11: Rule = Rule::interpreted(
    "MO-11",
    ITP_ERASMUS,
    "§11",
    "after return: study — transcript of records, final report, attendance certificate, Europass Mobility; training — proof of ECTS (if any), final report, attendance certificate, Europass Mobility",
    Interpretation::new(
        &[],
        "the transcript, ECTS proof and Europass Mobility have no date in the regulation (\"by the date set\"): they are listed without one and never overdue.",
    ),
);
/// MO-12: debts settled before departure.
pub const MO_12: Rule = Rule::new(
    "MO-12",
    ITP_ERASMUS,
    "§12",
    "before leaving, the student settles every debt to the institution (fees, library loans)",
);
