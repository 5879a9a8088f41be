//! The numbers of the scheduling rules, as data.

use chrono::NaiveTime;

use crate::committee::FormCommittee;
use crate::hours::ExamHours;
use crate::load::{CourseCap, TeacherLoadCounts, TeacherLoadPer};
use regula_core::{
    CheckedPolicy, InvalidPolicy, ParameterProblem, PolicyHistory, Problems, Versioned,
};
use serde::{Deserialize, Serialize};

/// How the SC-4 gap between two exams of a group is counted.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GapCounting {
    /// The dates differ by at least the gap (Monday → Thursday is 3). The default.
    #[default]
    DateDifference,
    /// At least the gap of free days lie between them (Monday → Friday has 3 free days).
    FreeDaysBetween,
}

/// Which exams count towards a teacher's groups per day (SC-5).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TeacherLoadForms {
    /// Face-to-face exams only: SC-5 stands in the face-to-face section (§5.5.1.1), and an online
    /// quiz is held with the whole year at once (QZ-1). The default.
    #[default]
    FaceToFace,
    /// Every exam, online ones included.
    All,
}

/// Every number of the scheduling rules (SC-1, SC-3..SC-5, SC-7, OX-1, OX-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SchedulingPolicy {
    /// SC-1: the length of a regular session, in days (21: 3 weeks).
    pub session_days: u32,
    /// SC-3: the earliest start, local time (08:00).
    pub day_start: NaiveTime,
    /// SC-3: the latest end, local time (20:00).
    pub day_end: NaiveTime,
    /// SC-3: the examination hours by study level and weekday, within `day_start`–`day_end`: for
    /// an exam on a day, the first entry whose `level` and `weekdays` match it; `day_start`–
    /// `day_end` when none does (none by default). An exam of groups of several levels keeps
    /// within each level's hours. E.g. 09:00–20:00 on Saturdays, and from 16:00 for master's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<ExamHours>,
    /// SC-4: the least gap between two consecutive exams of a group (3). 0, counted as the dates'
    /// difference: a group may sit several exams on one day (a modular programme), each within
    /// the day's hours (SC-3), their sittings apart (SC-CLASH), at most `max_exams_per_day` of
    /// them when it is set (SC-LOAD).
    pub min_gap_days: u32,
    /// SC-4: how the gap is counted.
    #[serde(default)]
    pub gap_counting: GapCounting,
    /// SC-5: the most groups a teacher examines in a day (2).
    pub max_groups_per_teacher_day: u32,
    /// SC-5: which exams count towards it.
    #[serde(default)]
    pub teacher_load_forms: TeacherLoadForms,
    /// SC-5: whom it counts: every member of an exam's committee (the default), or the course
    /// holder (*titularul*) only.
    #[serde(default, skip_serializing_if = "TeacherLoadCounts::is_default")]
    pub teacher_load_counts: TeacherLoadCounts,
    /// SC-5: per what the groups are counted: per day (the default), per day and course, or per
    /// day and exam form.
    #[serde(default, skip_serializing_if = "TeacherLoadPer::is_default")]
    pub teacher_load_per: TeacherLoadPer,
    /// SC-COURSE: at most this many groups sit the exams of one course in one exam form on one
    /// day, by form (`[{"form": "face_to_face_written", "max_groups": 2}, {"form":
    /// "face_to_face_oral", "max_groups": 1}]`); a form not listed has no cap (none by default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub max_groups_per_course_day: Vec<CourseCap>,
    /// SC-LAST: in a regular session, each group's last exam falls within the session's last
    /// this many days (1: on its last day); no such rule when absent (the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_exam_within_days: Option<u32>,
    /// SC-7: the least number of teachers in a face-to-face committee (2), for a face-to-face
    /// form `committees` does not list.
    pub min_committee: u32,
    /// SC-7: the committee of each exam form listed: the least number of distinct teachers
    /// (examiners) and whether the course holder must be among them (`[{"form":
    /// "online_open_questions", "min_teachers": 2}, {"form": "oral_by_video", "min_teachers": 3,
    /// "holder_required": true}]`). A face-to-face form listed keeps its applied-part teacher or
    /// assistant; a form not listed keeps the seed's rule: `min_committee`, the holder and the
    /// applied-part teacher or an assistant for a face-to-face exam, nothing for an online one
    /// (none listed by default).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub committees: Vec<FormCommittee>,
    /// OX-2: the most groups of an open-question exam in one slot (2).
    pub open_questions_max_groups: u32,
    /// OX-1: the most days a portfolio/project exam spans (2).
    pub portfolio_max_days: u32,
    /// QZ-1: a course's quiz is held with the whole year at once (true); a faculty that splits
    /// it sets false.
    #[serde(default = "whole_year")]
    pub quiz_whole_year: bool,
    /// SC-4 for a student placed as an individual (a restanțier): the regulation's gap is a
    /// group's; whether it binds each individual too is the institution's (`soft` by default: the
    /// solver keeps it where it can and the validator does not report it).
    #[serde(default)]
    pub student_gap: StudentGap,
    /// SC-LOAD: at most this many exams a day for a group or a student placed as an individual;
    /// no cap when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_exams_per_day: Option<u32>,
    /// SC-LOAD: at most `exams` exams in any `days` consecutive days; no cap when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_exams_in_days: Option<ExamsInDays>,
}

/// At most `exams` exams in any `days` consecutive days (SC-LOAD).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamsInDays {
    /// The most exams.
    pub exams: u32,
    /// In how many consecutive days.
    pub days: u32,
}

/// Whether SC-4's gap binds a student placed as an individual.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StudentGap {
    /// A rule: a shorter gap is a violation naming the student.
    Hard,
    /// A preference: kept where possible, never a violation.
    #[default]
    Soft,
}

fn whole_year() -> bool {
    true
}

impl SchedulingPolicy {
    /// The UMC 2020 numbers.
    pub fn umc_2020() -> Self {
        SchedulingPolicy {
            session_days: 21,
            day_start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
            day_end: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or(NaiveTime::MIN),
            hours: Vec::new(),
            min_gap_days: 3,
            gap_counting: GapCounting::DateDifference,
            max_groups_per_teacher_day: 2,
            teacher_load_forms: TeacherLoadForms::FaceToFace,
            teacher_load_counts: TeacherLoadCounts::Committee,
            teacher_load_per: TeacherLoadPer::Day,
            max_groups_per_course_day: Vec::new(),
            last_exam_within_days: None,
            min_committee: 2,
            committees: Vec::new(),
            open_questions_max_groups: 2,
            portfolio_max_days: 2,
            quiz_whole_year: true,
            student_gap: StudentGap::Soft,
            max_exams_per_day: None,
            max_exams_in_days: None,
        }
    }

    /// SC-4: the gap between two exams `days_apart` calendar days apart (the later one's day
    /// minus the earlier one's last day), counted as the policy counts it.
    pub fn gap(&self, days_apart: i64) -> i64 {
        match self.gap_counting {
            GapCounting::DateDifference => days_apart,
            GapCounting::FreeDaysBetween => days_apart - 1,
        }
    }

    /// Whether an exam of `form` counts towards a teacher's groups per day (SC-5).
    pub fn counts_for_teacher_load(&self, form: regula_core::ExamForm) -> bool {
        match self.teacher_load_forms {
            TeacherLoadForms::FaceToFace => !form.is_online(),
            TeacherLoadForms::All => true,
        }
    }

    /// The length of the examination day in minutes (720 for 08:00–20:00), or the problem when
    /// `day_end` is not after `day_start` (as [`CheckedPolicy::problems`] reports it).
    pub fn day_minutes(&self) -> Result<u32, InvalidPolicy> {
        u32::try_from((self.day_end - self.day_start).num_minutes())
            .ok()
            .filter(|m| *m > 0)
            .ok_or_else(|| InvalidPolicy {
                domain: Self::DOMAIN,
                version: None,
                problems: vec![self.day_end_problem()],
            })
    }

    fn day_end_problem(&self) -> ParameterProblem {
        ParameterProblem {
            field: "day_end".into(),
            value: self.day_end.format("%H:%M").to_string(),
            reason: format!(
                "the examination day must end after it starts, `day_start` = {} (SC-3)",
                self.day_start.format("%H:%M")
            ),
        }
    }
}

impl CheckedPolicy for SchedulingPolicy {
    const DOMAIN: &'static str = "scheduling";

    /// The examination day ends after it starts (SC-3), and so do the hours by level and weekday,
    /// within it; every length and limit is at least 1 (a session of 0 days or a committee of 0
    /// teachers is no rule at all; a gap of 0 days is one: exams of a group on one day); a course's cap is given once per form
    /// (SC-COURSE); a group's last exam falls within at most the session's days (SC-LAST).
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        if self.day_end <= self.day_start {
            found.push(self.day_end_problem());
        }
        for (field, value, rule) in [
            ("session_days", self.session_days, "SC-1"),
            (
                "max_groups_per_teacher_day",
                self.max_groups_per_teacher_day,
                "SC-5",
            ),
            ("min_committee", self.min_committee, "SC-7"),
            (
                "open_questions_max_groups",
                self.open_questions_max_groups,
                "OX-2",
            ),
            ("portfolio_max_days", self.portfolio_max_days, "OX-1"),
            (
                "max_exams_per_day",
                self.max_exams_per_day.unwrap_or(1),
                "SC-LOAD",
            ),
            (
                "max_exams_in_days.exams",
                self.max_exams_in_days.map_or(1, |c| c.exams),
                "SC-LOAD",
            ),
            (
                "max_exams_in_days.days",
                self.max_exams_in_days.map_or(1, |c| c.days),
                "SC-LOAD",
            ),
            (
                "last_exam_within_days",
                self.last_exam_within_days.unwrap_or(1),
                "SC-LAST",
            ),
        ] {
            found.check(
                value >= 1,
                field,
                value,
                format!("must be at least 1 ({rule})"),
            );
        }
        found.check(
            self.portfolio_max_days <= self.session_days,
            "portfolio_max_days",
            self.portfolio_max_days,
            format!(
                "a portfolio cannot span more than the session's `session_days` = {} (OX-1)",
                self.session_days
            ),
        );
        if let Some(days) = self.last_exam_within_days {
            found.check(
                days <= self.session_days,
                "last_exam_within_days",
                days,
                format!(
                    "the last days of a session cannot be more than the session's `session_days` = {} (SC-LAST)",
                    self.session_days
                ),
            );
        }
        crate::hours::problems(self, &mut found);
        crate::load::problems(self, &mut found);
        crate::committee::problems(self, &mut found);
        found.into_vec()
    }
}

impl Default for SchedulingPolicy {
    fn default() -> Self {
        Self::umc_2020()
    }
}

/// The UMC 2020 scheduling policy (UMC-EXAM §5, §5.4, §5.5), from 6 May 2020.
pub fn umc_2020() -> PolicyHistory<SchedulingPolicy> {
    PolicyHistory::single(
        "UMC 2020",
        Versioned {
            effective_from: regula_core::catalogue::seed::UMC_EXAM_FROM,
            note: "UMC-EXAM 2020: sessions, examination hours, gaps, teacher load, committees"
                .into(),
            policy: SchedulingPolicy::umc_2020(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sc3_a_day_that_ends_before_it_starts_is_refused_on_load_not_clamped() {
        let mut json = serde_json::to_value(umc_2020()).unwrap();
        let policy = &mut json["versions"][0]["policy"];
        policy["day_end"] = "07:00:00".into();
        policy["session_days"] = 0.into();
        policy["max_groups_per_teacher_day"] = 0.into();
        let err = serde_json::from_value::<PolicyHistory<SchedulingPolicy>>(json).unwrap_err();
        let err = err.to_string();
        for needle in [
            "invalid scheduling policy `UMC 2020` (version in force from 2020-05-06):",
            "\n`day_end` = 07:00: the examination day must end after it starts, `day_start` = 08:00 (SC-3)",
            "\n`session_days` = 0: must be at least 1 (SC-1)",
            "\n`max_groups_per_teacher_day` = 0: must be at least 1 (SC-5)",
        ] {
            assert!(err.contains(needle), "{needle:?} not in {err}");
        }
    }

    #[test]
    fn the_day_length_is_an_error_not_zero_when_the_day_is_empty() {
        let mut policy = SchedulingPolicy::umc_2020();
        assert_eq!(policy.day_minutes(), Ok(720));
        policy.day_end = policy.day_start;
        let err = policy.day_minutes().unwrap_err();
        assert_eq!(err.problems[0].field, "day_end");
        assert_eq!(umc_2020().check(), Ok(()));
    }
}
