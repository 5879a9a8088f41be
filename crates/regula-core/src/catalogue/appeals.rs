//! Appeals and result deadlines (UMC-EXAM §5.5.1.3–4, §5.5.2.6–8): contestații.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// AP-1: face-to-face exam: results within 24 hours of the exam day; the catalog within 48 hours;
/// written appeals to the Dean's office during those 48 hours, re-graded by a committee of
/// specialists named by the Dean, whose decision is final.
pub const AP_1: Rule = Rule::interpreted(
    "AP-1",
    UMC_EXAM,
    "§5.5.1.3(2), §5.5.1.4(1–2)",
    "face-to-face: results within 24 h of the exam day; appeals in writing during the 48 h after the exam; re-graded by specialists named by the Dean; final",
    Interpretation::new(
        &[
            "appeals.face_to_face_results",
            "appeals.face_to_face_appeal",
            "appeals.appeal_decision",
            "appeals.grounds_by_form",
        ],
        "\"results within 24 hours of the exam day\": 24 elapsed hours from the end of the exam's local day. The appeal window opens when the results are announced (if given) and closes 48 hours after the exam; results announced after it closed leave no window (`window_never_opened`). Each deadline is an amount of hours, calendar days or working days (days end at 24:00 of the last day, the moment's own day not counted) from a moment (the exam's end or day, the posting of the results, the viewing of the papers); the regulation sets no deadline for deciding an appeal. A face-to-face appeal may be on any grounds, unless the policy's `grounds_by_form` sets the grounds of the form (technical, marking, both or none, technical with or without proof).",
    ),
);
/// AP-2: online quiz: appeal within 2 hours after the exam ends; technical grounds only.
pub const AP_2: Rule = Rule::interpreted(
    "AP-2",
    UMC_EXAM,
    "§5.5.2.6(6)",
    "online quiz: appeal within 2 hours after the exam ends, on technical grounds only, justified and proven",
    Interpretation::new(
        &[
            "appeals.quiz_appeal",
            "appeals.appeal_decision",
            "appeals.grounds_by_form",
        ],
        "the regulation does not say how quiz appeals are filed or who judges them: reported as `not_specified`. Technical grounds only, with proof, unless the policy's `grounds_by_form` sets the quiz's grounds; a refusal names the grounds the form accepts.",
    ),
);
/// AP-3: online open-question exam: appeal within 24 hours after the grades are announced.
pub const AP_3: Rule = Rule::interpreted(
    "AP-3",
    UMC_EXAM,
    "§5.5.2.7(8–9)",
    "online open questions: grades within 24 h of the exam; appeal within 24 h after they are announced on the platform",
    Interpretation::new(
        &[
            "appeals.open_questions_appeal",
            "appeals.appeal_decision",
            "appeals.grounds_by_form",
        ],
        "the regulation does not say how open-question appeals are filed or who judges them: reported as `not_specified`. A portfolio/project exam follows the open-question deadlines (§5.5.2.7(10)). Any grounds, unless the policy's `grounds_by_form` sets the form's.",
    ),
);
/// AP-4: oral exam by video: appeal within 4 hours, online at the Dean's office, judged on the
/// recordings by a committee of 3 teachers named by the Dean.
pub const AP_4: Rule = Rule::interpreted(
    "AP-4",
    UMC_EXAM,
    "§5.5.2.8(7–8)",
    "oral by video: appeal within 4 h after the end, online at the Dean's office, judged on the recordings by 3 teachers named by the Dean",
    Interpretation::new(
        &[
            "appeals.video_appeal",
            "appeals.appeal_decision",
            "appeals.grounds_by_form",
            "appeals.video_oral",
        ],
        "4 elapsed hours from the end of the exam. Any grounds, unless the policy's `grounds_by_form` sets the form's (e.g. no appeal for technical problems). The recording, on which an appeal is judged, is kept until the appeal window closes, unless the policy sets how long (`video_oral.recording_kept`, in hours, days or months).",
    ),
);
/// AP-5: the student may see the marked paper and how it was marked.
pub const AP_5: Rule = Rule::interpreted(
    "AP-5",
    UMC_EXAM,
    "§5.5.1.3(2)",
    "the student may see the marked paper and how it was marked",
    Interpretation::new(
        &["appeals.papers_kept"],
        "\"after them the teacher need no longer keep the papers\": the written papers are kept until the face-to-face appeal window closes, unless the policy sets how long they are kept.",
    ),
);
