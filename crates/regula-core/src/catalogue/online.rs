//! Other online exam forms (UMC-EXAM §5.5.2.5, §5.5.2.7–8): open questions, portfolios, oral by video.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// OX-1: a portfolio/project exam is held in a period of at most 2 days.
pub const OX_1: Rule = Rule::interpreted(
    "OX-1",
    UMC_EXAM,
    "§5.5.2.5",
    "online forms: quiz (whole year), open questions (at most 2 groups at a time), portfolios (at most 2 days)",
    Interpretation::new(
        &["scheduling.portfolio_max_days"],
        "a portfolio spans at most 2 days. Online exams need no room.",
    ),
);
/// OX-2: open-question online exam: at most 2 groups at a time, 24 hours to grade, 24 hours to appeal.
pub const OX_2: Rule = Rule::interpreted(
    "OX-2",
    UMC_EXAM,
    "§5.5.2.7",
    "an open-question online exam holds at most 2 groups in the same time slot; teachers have 24 hours to grade; appeals within 24 hours of the announcement",
    Interpretation::new(
        &[
            "scheduling.open_questions_max_groups",
            "appeals.open_questions_grading",
            "appeals.open_questions_appeal",
        ],
        "an open-question exam holds at most 2 groups in a time slot. Online exams need no room.",
    ),
);
/// OX-3: oral exam by video: grading at the end of the verification.
pub const OX_3: Rule = Rule::interpreted(
    "OX-3",
    UMC_EXAM,
    "§5.5.2.8",
    "oral exam by video: graded at the end of the verification; appeal within 4 hours",
    Interpretation::new(
        &["appeals.video_oral"],
        "the student and the committee's members are connected to the sitting (who must be is the policy's `video_oral.participants`: the student, the committee's members, the course holder); a sitting without one of them is not valid. Judged by `deadlines` when the request says who was `connected`.",
    ),
);
/// OX-4: online grades on the platform within 48 hours, then in the catalog.
pub const OX_4: Rule = Rule::interpreted(
    "OX-4",
    UMC_EXAM,
    "§5.5.2.12",
    "online grades are entered on the platform within 48 hours after the evaluation, then in the catalog",
    Interpretation::new(
        &["appeals.platform"],
        "\"after the evaluation\": from the end of the exam.",
    ),
);
