//! The deadlines of the result, catalog and appeal rules, as data: each an amount, a unit and
//! the moment it counts from ([`Deadline`]).

use regula_core::{CheckedPolicy, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Deserializer, Serialize};

use crate::deadline::{self, Deadline, DeadlineOrNumber, DeadlineUnit, Moment};
use crate::entry::ElectronicEntry;
use crate::grounds::FormGrounds;
use crate::video::VideoOralPolicy;

/// Every deadline of the result, catalog and appeal rules (AP-1..AP-5, OX-2..OX-4, CA-7).
///
/// Each is a [`Deadline`], `{ "amount", "unit", "from" }`. A policy written before deadlines
/// had units gives a plain number under the former name (`catalog_hours: 48`): it reads as that
/// many of the former unit (hours; calendar days for `electronic_entry_days` and
/// `register_days`) from the moment the rule has always counted from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AppealsPolicy {
    /// AP-1: face-to-face results are communicated by this deadline (24 hours from the end of
    /// the exam day); from `exam_end` or `exam_day_end`. Formerly `face_to_face_results_hours`.
    #[serde(
        alias = "face_to_face_results_hours",
        deserialize_with = "hours_from_exam_day_end"
    )]
    #[schemars(with = "DeadlineOrNumber")]
    pub face_to_face_results: Deadline,
    /// AP-1, CA-7: the completed catalog is handed in by this deadline (48 hours from the end of
    /// the exam); from `exam_end`, `exam_day_end` or `grades_announced`. Formerly
    /// `catalog_hours`.
    #[serde(alias = "catalog_hours", deserialize_with = "hours_from_exam_end")]
    #[schemars(with = "DeadlineOrNumber")]
    pub catalog: Deadline,
    /// AP-1: face-to-face appeals are filed by this deadline (48 hours from the end of the
    /// exam); from `exam_end`, `exam_day_end`, `grades_announced` or `papers_viewed`. Formerly
    /// `face_to_face_appeal_hours`.
    #[serde(
        alias = "face_to_face_appeal_hours",
        deserialize_with = "hours_from_exam_end"
    )]
    #[schemars(with = "DeadlineOrNumber")]
    pub face_to_face_appeal: Deadline,
    /// OX-4: online grades are on the platform by this deadline (48 hours from the end of the
    /// exam, the evaluation); from `exam_end` or `exam_day_end`. Formerly `platform_hours`.
    #[serde(alias = "platform_hours", deserialize_with = "hours_from_exam_end")]
    #[schemars(with = "DeadlineOrNumber")]
    pub platform: Deadline,
    /// AP-2: quiz appeals are filed by this deadline (2 hours from the end of the exam); from
    /// `exam_end`, `exam_day_end`, `grades_announced` or `papers_viewed`. Formerly
    /// `quiz_appeal_hours`.
    #[serde(alias = "quiz_appeal_hours", deserialize_with = "hours_from_exam_end")]
    #[schemars(with = "DeadlineOrNumber")]
    pub quiz_appeal: Deadline,
    /// OX-2, AP-3: open-question (and portfolio) grades are given by this deadline (24 hours
    /// from the end of the exam); from `exam_end` or `exam_day_end`. Formerly
    /// `open_questions_grading_hours`.
    #[serde(
        alias = "open_questions_grading_hours",
        deserialize_with = "hours_from_exam_end"
    )]
    #[schemars(with = "DeadlineOrNumber")]
    pub open_questions_grading: Deadline,
    /// AP-3: open-question (and portfolio) appeals are filed by this deadline (24 hours from
    /// the announcement of the grades); from `exam_end`, `exam_day_end`, `grades_announced` or
    /// `papers_viewed`. Formerly `open_questions_appeal_hours`.
    #[serde(
        alias = "open_questions_appeal_hours",
        deserialize_with = "hours_from_grades_announced"
    )]
    #[schemars(with = "DeadlineOrNumber")]
    pub open_questions_appeal: Deadline,
    /// AP-4: video-oral appeals are filed by this deadline (4 hours from the end of the exam);
    /// from `exam_end`, `exam_day_end`, `grades_announced` or `papers_viewed`. Formerly
    /// `video_appeal_hours`.
    #[serde(alias = "video_appeal_hours", deserialize_with = "hours_from_exam_end")]
    #[schemars(with = "DeadlineOrNumber")]
    pub video_appeal: Deadline,
    /// CA-7: the secretary enters the grades electronically by this deadline (5 calendar days
    /// from the catalog's deadline); from `catalog_due`, `exam_end`, `exam_day_end` or
    /// `grades_announced` — or `"with_catalog"`, where a regulation sets one deadline for the
    /// catalog and its electronic entry. Formerly `electronic_entry_days`.
    #[serde(alias = "electronic_entry_days")]
    pub electronic_entry: ElectronicEntry,
    /// CA-7: the student register is printed by this deadline (90 calendar days from the last
    /// day of the autumn session); from `autumn_session_end`. Formerly `register_days`.
    #[serde(
        alias = "register_days",
        deserialize_with = "days_from_autumn_session_end"
    )]
    #[schemars(with = "DeadlineOrNumber")]
    pub student_register: Deadline,
    /// AP-1..AP-4: the appeal is decided by this deadline, when the regulation sets one ("the
    /// committee decides within 48 hours of the appeal's filing"); from `appeal_filed` or
    /// `appeal_closes`. Absent (the seed's): the regulation sets none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "some_deadline"
    )]
    pub appeal_decision: Option<Deadline>,
    /// AP-5: how long the teacher keeps the written papers (păstrarea lucrărilor), when the
    /// regulation sets it apart from the appeal window; from `exam_end`, `exam_day_end`,
    /// `grades_announced` or `appeal_closes`, up to five years. Absent (the seed's): until the
    /// face-to-face appeal window closes ("after them the teacher need no longer keep the
    /// papers").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "some_deadline"
    )]
    pub papers_kept: Option<Deadline>,
    /// AP-1..AP-4: the grounds an appeal against each exam form listed may use — `technical`,
    /// `marking`, both, or none (no appeal against that form) — and whether technical grounds
    /// must be justified and proven: `[{"form": "online_open_questions", "grounds":
    /// ["marking"]}]` for a faculty that accepts no appeal for technical problems. A form not
    /// listed keeps the seed's reading: a quiz on technical grounds only, with proof (AP-2);
    /// any other form on any grounds (none listed by default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grounds_by_form: Vec<FormGrounds>,
    /// OX-3, AP-4: the oral exam by video — who must be connected (`participants`: `student`,
    /// `committee`, `holder`) and how long its recording is kept (`recording_kept`, a deadline
    /// as above, e.g. `{"amount": 6, "unit": "months", "from": "exam_end"}`). Absent (the
    /// seed's): the student and the committee; the recording kept until the video appeal window
    /// closes.
    #[serde(default, skip_serializing_if = "VideoOralPolicy::is_seed")]
    pub video_oral: VideoOralPolicy,
}

fn hours_from_exam_end<'de, D: Deserializer<'de>>(d: D) -> Result<Deadline, D::Error> {
    deadline::read(d, Some((DeadlineUnit::Hours, Moment::ExamEnd)))
}

fn hours_from_exam_day_end<'de, D: Deserializer<'de>>(d: D) -> Result<Deadline, D::Error> {
    deadline::read(d, Some((DeadlineUnit::Hours, Moment::ExamDayEnd)))
}

fn hours_from_grades_announced<'de, D: Deserializer<'de>>(d: D) -> Result<Deadline, D::Error> {
    deadline::read(d, Some((DeadlineUnit::Hours, Moment::GradesAnnounced)))
}

fn days_from_autumn_session_end<'de, D: Deserializer<'de>>(d: D) -> Result<Deadline, D::Error> {
    deadline::read(
        d,
        Some((DeadlineUnit::CalendarDays, Moment::AutumnSessionEnd)),
    )
}

fn some_deadline<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Deadline>, D::Error> {
    deadline::read(d, None).map(Some)
}

/// The moments each deadline may count from, by its field.
pub(crate) mod moments {
    use crate::deadline::Moment::{self, *};

    /// Results, platform and grading: from the exam.
    pub(crate) const RESULTS: &[Moment] = &[ExamEnd, ExamDayEnd];
    /// The catalog: from the exam or the posting of the results.
    pub(crate) const CATALOG: &[Moment] = &[ExamEnd, ExamDayEnd, GradesAnnounced];
    /// An appeal window: from the exam, the posting of the results or the viewing of papers.
    pub(crate) const APPEAL: &[Moment] = &[ExamEnd, ExamDayEnd, GradesAnnounced, PapersViewed];
    /// The electronic entry: from the catalog's deadline, the exam or the results.
    pub(crate) const ENTRY: &[Moment] = &[CatalogDue, ExamEnd, ExamDayEnd, GradesAnnounced];
    /// The student register: from the autumn session's end.
    pub(crate) const REGISTER: &[Moment] = &[AutumnSessionEnd];
    /// The decision on an appeal: from its filing or the window's close.
    pub(crate) const DECISION: &[Moment] = &[AppealFiled, AppealCloses];
    /// How long papers, and the recording of an oral exam by video, are kept.
    pub(crate) const PAPERS: &[Moment] = &[ExamEnd, ExamDayEnd, GradesAnnounced, AppealCloses];
}

/// How many years of a unit papers and recordings may be kept at most.
const PAPERS_YEARS: u32 = 5;

impl AppealsPolicy {
    /// The UMC 2020 deadlines.
    pub fn umc_2020() -> Self {
        AppealsPolicy {
            face_to_face_results: Deadline::hours(24, Moment::ExamDayEnd),
            catalog: Deadline::hours(48, Moment::ExamEnd),
            face_to_face_appeal: Deadline::hours(48, Moment::ExamEnd),
            platform: Deadline::hours(48, Moment::ExamEnd),
            quiz_appeal: Deadline::hours(2, Moment::ExamEnd),
            open_questions_grading: Deadline::hours(24, Moment::ExamEnd),
            open_questions_appeal: Deadline::hours(24, Moment::GradesAnnounced),
            video_appeal: Deadline::hours(4, Moment::ExamEnd),
            electronic_entry: ElectronicEntry::After(Deadline::calendar_days(
                5,
                Moment::CatalogDue,
            )),
            student_register: Deadline::calendar_days(90, Moment::AutumnSessionEnd),
            appeal_decision: None,
            papers_kept: None,
            grounds_by_form: Vec::new(),
            video_oral: VideoOralPolicy::default(),
        }
    }
}

/// The problems of one deadline under `field`: an amount from 1 to `years` years of its unit,
/// counted from one of `moments`.
/// The hours after an exam's end within which `deadline` falls, the soonest and the latest over
/// every exam, when it counts from the exam in hours or calendar days (the exam's day ends 0 to
/// 24 hours after it); `None` for a deadline not fixed to the exam, or in working days.
fn hours_after_exam_end(deadline: &Deadline) -> Option<(u64, u64)> {
    let amount = u64::from(deadline.amount);
    match (deadline.unit, deadline.from) {
        (DeadlineUnit::Hours, Moment::ExamEnd) => Some((amount, amount)),
        (DeadlineUnit::Hours, Moment::ExamDayEnd) => Some((amount, amount + 24)),
        (DeadlineUnit::CalendarDays, Moment::ExamEnd | Moment::ExamDayEnd) => {
            Some((amount * 24, amount * 24 + 24))
        }
        _ => None,
    }
}

fn check_deadline(
    found: &mut Problems,
    field: &str,
    deadline: &Deadline,
    moments: &[Moment],
    years: u32,
) {
    let max = deadline.unit.year().saturating_mul(years);
    found.check(
        (1..=max).contains(&deadline.amount),
        format!("{field}.amount"),
        deadline.amount,
        format!(
            "a deadline in {} is from 1 to {max} ({} year{})",
            unit_words(deadline.unit),
            years,
            if years == 1 { "" } else { "s" }
        ),
    );
    let names: Vec<&str> = moments.iter().map(|m| m.name()).collect();
    found.check(
        moments.contains(&deadline.from),
        format!("{field}.from"),
        deadline.from,
        format!("this deadline counts from {}", names.join(", ")),
    );
}

fn unit_words(unit: DeadlineUnit) -> &'static str {
    match unit {
        DeadlineUnit::Hours => "hours",
        DeadlineUnit::CalendarDays => "calendar days",
        DeadlineUnit::WorkingDays => "working days",
        DeadlineUnit::Months => "months",
    }
}

impl CheckedPolicy for AppealsPolicy {
    const DOMAIN: &'static str = "appeals";

    /// Every deadline has a positive amount of at most a year (papers: five years) and counts
    /// from a moment its rule has; and no deadline falls before one it follows (the catalog
    /// before the results it records, the platform before the open-question grades it shows),
    /// for any exam, where both count from the exam.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        let deadlines = [
            (
                "face_to_face_results",
                &self.face_to_face_results,
                moments::RESULTS,
            ),
            ("catalog", &self.catalog, moments::CATALOG),
            (
                "face_to_face_appeal",
                &self.face_to_face_appeal,
                moments::APPEAL,
            ),
            ("platform", &self.platform, moments::RESULTS),
            ("quiz_appeal", &self.quiz_appeal, moments::APPEAL),
            (
                "open_questions_grading",
                &self.open_questions_grading,
                moments::RESULTS,
            ),
            (
                "open_questions_appeal",
                &self.open_questions_appeal,
                moments::APPEAL,
            ),
            ("video_appeal", &self.video_appeal, moments::APPEAL),
            (
                "student_register",
                &self.student_register,
                moments::REGISTER,
            ),
        ];
        for (field, deadline, moments) in deadlines {
            check_deadline(&mut found, field, deadline, moments, 1);
        }
        if let ElectronicEntry::After(deadline) = &self.electronic_entry {
            check_deadline(&mut found, "electronic_entry", deadline, moments::ENTRY, 1);
        }
        // Deadlines that must not fall before others (issue #33): a catalog records the results,
        // and the platform shows the open-question grades, so neither is due before them.
        for (later, after, earlier, before) in [
            (
                "catalog",
                &self.catalog,
                "face_to_face_results",
                &self.face_to_face_results,
            ),
            (
                "catalog",
                &self.catalog,
                "open_questions_grading",
                &self.open_questions_grading,
            ),
            (
                "platform",
                &self.platform,
                "open_questions_grading",
                &self.open_questions_grading,
            ),
        ] {
            if let (Some((soonest, _)), Some((_, latest))) =
                (hours_after_exam_end(after), hours_after_exam_end(before))
            {
                found.check(
                    soonest >= latest,
                    later,
                    after,
                    format!(
                        "it can fall before `{earlier}` ({before}), whose results it follows: \
                         {soonest} hours after an exam's end against up to {latest} \
                         (AP-1, OX-4, CA-7)"
                    ),
                );
            }
        }
        if let Some(deadline) = &self.appeal_decision {
            check_deadline(
                &mut found,
                "appeal_decision",
                deadline,
                moments::DECISION,
                1,
            );
        }
        if let Some(deadline) = &self.papers_kept {
            check_deadline(
                &mut found,
                "papers_kept",
                deadline,
                moments::PAPERS,
                PAPERS_YEARS,
            );
        }
        crate::grounds::problems(self, &mut found);
        self.video_oral.problems(&mut found);
        if let Some(deadline) = &self.video_oral.recording_kept {
            check_deadline(
                &mut found,
                "video_oral.recording_kept",
                deadline,
                moments::PAPERS,
                PAPERS_YEARS,
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
