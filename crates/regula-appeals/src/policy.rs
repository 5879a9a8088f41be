//! The numbers of the deadline and appeal rules, as data.

use regula_core::{CheckedPolicy, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Serialize};

/// Every number of the deadline and appeal rules (AP-1..AP-4, OX-2..OX-4, CA-7).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealsPolicy {
    /// AP-1: face-to-face results are communicated within this many hours after the end of the
    /// exam day (24).
    pub face_to_face_results_hours: u32,
    /// AP-1, CA-7: the completed catalog is handed in within this many hours after the exam (48).
    pub catalog_hours: u32,
    /// AP-1: face-to-face appeals are filed within this many hours after the exam (48); after
    /// them the teacher need no longer keep the papers.
    pub face_to_face_appeal_hours: u32,
    /// OX-4: online grades are on the platform within this many hours after the evaluation (48).
    pub platform_hours: u32,
    /// AP-2: quiz appeals within this many hours after the exam ends (2).
    pub quiz_appeal_hours: u32,
    /// OX-2, AP-3: open-question (and portfolio) grades within this many hours (24).
    pub open_questions_grading_hours: u32,
    /// AP-3: open-question (and portfolio) appeals within this many hours after the grades are
    /// announced (24).
    pub open_questions_appeal_hours: u32,
    /// AP-4: video-oral appeals within this many hours after the end (4).
    pub video_appeal_hours: u32,
    /// CA-7: the secretary enters the grades electronically within this many calendar days after
    /// the catalog is due (5).
    pub electronic_entry_days: u32,
    /// CA-7: the student register is printed within this many calendar days after the end of the
    /// autumn session (90).
    pub register_days: u32,
}

/// A year of hours: no deadline of these rules is longer.
const MAX_HOURS: u32 = 24 * 366;

impl AppealsPolicy {
    /// The UMC 2020 numbers.
    pub fn umc_2020() -> Self {
        AppealsPolicy {
            face_to_face_results_hours: 24,
            catalog_hours: 48,
            face_to_face_appeal_hours: 48,
            platform_hours: 48,
            quiz_appeal_hours: 2,
            open_questions_grading_hours: 24,
            open_questions_appeal_hours: 24,
            video_appeal_hours: 4,
            electronic_entry_days: 5,
            register_days: 90,
        }
    }
}

impl CheckedPolicy for AppealsPolicy {
    const DOMAIN: &'static str = "appeals";

    /// Every period is positive and at most a year.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        let hours = [
            (
                "face_to_face_results_hours",
                self.face_to_face_results_hours,
            ),
            ("catalog_hours", self.catalog_hours),
            ("face_to_face_appeal_hours", self.face_to_face_appeal_hours),
            ("platform_hours", self.platform_hours),
            ("quiz_appeal_hours", self.quiz_appeal_hours),
            (
                "open_questions_grading_hours",
                self.open_questions_grading_hours,
            ),
            (
                "open_questions_appeal_hours",
                self.open_questions_appeal_hours,
            ),
            ("video_appeal_hours", self.video_appeal_hours),
        ];
        for (field, value) in hours {
            found.check(
                (1..=MAX_HOURS).contains(&value),
                field,
                value,
                "a period of hours must be from 1 to 8784 (a year)",
            );
        }
        for (field, value) in [
            ("electronic_entry_days", self.electronic_entry_days),
            ("register_days", self.register_days),
        ] {
            found.check(
                (1..=366).contains(&value),
                field,
                value,
                "a period of days must be from 1 to 366",
            );
        }
        found.into_vec()
    }
}

impl Default for AppealsPolicy {
    fn default() -> Self {
        Self::umc_2020()
    }
}

/// The UMC 2020 deadline and appeal policy (UMC-EXAM §5.5, §5.8–§5.10), from 6 May 2020.
pub fn umc_2020() -> PolicyHistory<AppealsPolicy> {
    PolicyHistory::single(
        "UMC 2020",
        Versioned {
            effective_from: regula_core::catalogue::seed::UMC_EXAM_FROM,
            note: "UMC-EXAM 2020: face-to-face and online examination".into(),
            policy: AppealsPolicy::umc_2020(),
        },
    )
}
