//! The examination hours by study level and weekday (SC-3): one definition, read by the
//! validator and by the solver's start times alike.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use regula_core::Problems;
use serde::{Deserialize, Serialize};

use crate::SchedulingPolicy;
use crate::model::StudyLevel;
use crate::validate::Indexed;

/// SC-3: the examination hours on some days, for some groups (*programarea examenelor*): e.g.
/// 09:00–20:00 on Saturdays, or from 16:00 for master's groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamHours {
    /// The level of study they apply to; every level when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<StudyLevel>,
    /// The weekdays they apply to (`["Sat"]`); every day when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekdays: Vec<Weekday>,
    /// The earliest start, local time; not before the policy's `day_start`.
    pub start: NaiveTime,
    /// The latest end, local time; after `start`, not after the policy's `day_end`.
    pub end: NaiveTime,
}

impl SchedulingPolicy {
    /// SC-3: the examination hours (earliest start, latest end) for groups of `level` on
    /// `weekday`: the first of [`SchedulingPolicy::hours`] that applies, else `day_start`–
    /// `day_end`.
    pub fn hours_for(&self, level: StudyLevel, weekday: Weekday) -> (NaiveTime, NaiveTime) {
        self.hours
            .iter()
            .find(|h| {
                h.level.is_none_or(|l| l == level)
                    && (h.weekdays.is_empty() || h.weekdays.contains(&weekday))
            })
            .map_or((self.day_start, self.day_end), |h| (h.start, h.end))
    }
}

/// SC-3: the hours of exam `e` on `date`: within the hours of each of its groups' levels (the
/// latest start, the earliest end).
pub(crate) fn exam_hours(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    e: usize,
    date: NaiveDate,
) -> (NaiveTime, NaiveTime) {
    if policy.hours.is_empty() {
        return (policy.day_start, policy.day_end);
    }
    let weekday = date.weekday();
    ix.exam_groups[e]
        .iter()
        .map(|&g| policy.hours_for(ix.plan.groups[g].level, weekday))
        .reduce(|(s1, e1), (s2, e2)| (s1.max(s2), e1.min(e2)))
        .unwrap_or((policy.day_start, policy.day_end))
}

/// SC-3's problems on load: every entry of `hours` ends after it starts, within `day_start`–
/// `day_end`.
pub(crate) fn problems(policy: &SchedulingPolicy, found: &mut Problems) {
    let hhmm = |t: NaiveTime| t.format("%H:%M").to_string();
    for (i, h) in policy.hours.iter().enumerate() {
        found.check(
            h.end > h.start,
            format!("hours[{i}].end"),
            hhmm(h.end),
            format!(
                "the hours must end after they start, `hours[{i}].start` = {} (SC-3)",
                hhmm(h.start)
            ),
        );
        found.check(
            h.start >= policy.day_start,
            format!("hours[{i}].start"),
            hhmm(h.start),
            format!(
                "the hours lie within the examination day, from `day_start` = {} (SC-3)",
                hhmm(policy.day_start)
            ),
        );
        found.check(
            h.end <= policy.day_end,
            format!("hours[{i}].end"),
            hhmm(h.end),
            format!(
                "the hours lie within the examination day, until `day_end` = {} (SC-3)",
                hhmm(policy.day_end)
            ),
        );
    }
}

/// SC-3: whether exam `e` fits within its hours on `date`.
pub(crate) fn fits(ix: &Indexed<'_>, policy: &SchedulingPolicy, e: usize, date: NaiveDate) -> bool {
    let (start, end) = exam_hours(ix, policy, e, date);
    (end - start).num_minutes() >= i64::from(ix.plan.exams[e].duration_minutes)
}
