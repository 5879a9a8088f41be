//! OX-3, AP-4: the oral exam by video — who must be connected to it (the student, the
//! committee's members, the course holder), whether a sitting with those connected is valid,
//! and until when its recording is kept (AP-4 judges an appeal on the recordings).

use std::fmt;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message};
use regula_core::{Problems, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::deadline::Deadline;
use crate::deadlines::Deadlines;
use crate::rules::{AP_4, OX_3};

/// OX-3: who takes part in an oral exam by video.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Participant {
    /// The student examined.
    Student,
    /// Every member of the exam's committee.
    Committee,
    /// The course holder (*titularul*).
    Holder,
}

impl Participant {
    /// The message identifier of the participant's name (OX-3: `video-participant-student`).
    pub const fn term(self) -> &'static str {
        match self {
            Participant::Student => "video-participant-student",
            Participant::Committee => "video-participant-committee",
            Participant::Holder => "video-participant-holder",
        }
    }

    fn name(self) -> &'static str {
        match self {
            Participant::Student => "student",
            Participant::Committee => "committee",
            Participant::Holder => "holder",
        }
    }
}

impl fmt::Display for Participant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// OX-3, AP-4: the oral exam by video, as a policy sets it: `{"participants": ["student",
/// "committee", "holder"], "recording_kept": {"amount": 6, "unit": "months", "from":
/// "exam_end"}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VideoOralPolicy {
    /// OX-3: who must be connected for the sitting to be valid, each once (the seed's: the
    /// student and the committee's members).
    #[serde(default = "seed_participants")]
    pub participants: Vec<Participant>,
    /// AP-4: how long the recording is kept; from `exam_end`, `exam_day_end`,
    /// `grades_announced` or `appeal_closes`, up to five years. Absent (the seed's): until the
    /// video appeal window closes, the recordings being what an appeal is judged on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_kept: Option<Deadline>,
}

fn seed_participants() -> Vec<Participant> {
    vec![Participant::Student, Participant::Committee]
}

impl Default for VideoOralPolicy {
    /// The seed's: the student and the committee connected; the recording kept until the appeal
    /// window closes.
    fn default() -> Self {
        VideoOralPolicy {
            participants: seed_participants(),
            recording_kept: None,
        }
    }
}

impl VideoOralPolicy {
    /// OX-3, AP-4: whether this is the seed's reading (then a policy need not write it).
    pub fn is_seed(&self) -> bool {
        *self == Self::default()
    }

    /// OX-3: someone must be connected, each participant listed once; the recording's deadline
    /// is checked with the others (`AppealsPolicy`).
    pub(crate) fn problems(&self, found: &mut Problems) {
        found.check(
            !self.participants.is_empty(),
            "video_oral.participants",
            "[]",
            "an oral exam by video has participants: the student at least (OX-3)",
        );
        for (i, participant) in self.participants.iter().enumerate() {
            found.check(
                self.participants.iter().position(|p| p == participant) == Some(i),
                format!("video_oral.participants[{i}]"),
                participant,
                "a participant is listed once (OX-3)",
            );
        }
    }
}

/// OX-3, AP-4: a sitting of an oral exam by video judged: who was connected, who had to be,
/// whether it is valid, and until when its recording is kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct VideoSitting {
    /// Who was connected, as the request says.
    pub connected: Vec<Participant>,
    /// Who had to be (the policy's `video_oral.participants`).
    pub required: Vec<Participant>,
    /// Who had to be and was not: empty for a valid sitting.
    pub missing: Vec<Participant>,
    /// Whether the sitting is valid: everyone required was connected (OX-3).
    pub valid: bool,
    /// Until when the recording is kept (AP-4).
    pub recording_kept_until: Instant,
}

/// OX-3, AP-4: the sitting of an oral exam by video with `connected` connected, whose deadlines
/// are `deadlines`: the recording is kept until the policy's `recording_kept` (worked out in
/// `deadlines`), else until the appeal window closes.
pub(crate) fn judge_sitting(
    policy: &VideoOralPolicy,
    deadlines: &Deadlines,
    connected: &[Participant],
    recorder: &mut impl Recorder,
) -> VideoSitting {
    let required = policy.participants.clone();
    let missing: Vec<Participant> = required
        .iter()
        .copied()
        .filter(|p| !connected.contains(p))
        .collect();
    let valid = missing.is_empty();
    let names = |list: &[Participant]| {
        Arg::Enumeration(list.iter().map(|p| Arg::Term(p.term().into())).collect())
    };
    recorder.record(|| {
        let message = if valid {
            Message::new("video-sitting-valid").arg("required", names(&required))
        } else {
            Message::new("video-sitting-invalid")
                .arg("required", names(&required))
                .arg("missing", names(&missing))
        };
        Step::says(&OX_3, message)
    });
    let (until, kept_by_policy) = match deadlines.recording_kept_until {
        Some(until) => (until, true),
        None => (deadlines.appeal.closes, false),
    };
    if !kept_by_policy {
        recorder.record(|| {
            Step::says(
                &AP_4,
                Message::new("video-recording-kept-window").arg("until", until),
            )
        });
    }
    VideoSitting {
        connected: connected.to_vec(),
        required,
        missing,
        valid,
        recording_kept_until: until,
    }
}
