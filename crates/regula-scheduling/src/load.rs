//! Whom a teacher's load counts and per what (SC-5), and the cap of groups per course and exam
//! form (SC-COURSE): one definition, read by the validator and by the solver alike.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use regula_core::locale::{Arg, Message};
use regula_core::{ExamForm, Problems};
use serde::{Deserialize, Serialize};

use crate::SchedulingPolicy;
use crate::model::{Exam, Role};
use crate::rules::{SC_5, SC_COURSE};
use crate::validate::{Indexed, Placed, Violation};

/// Whom SC-5's limit of groups a day counts.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TeacherLoadCounts {
    /// Every member of the committee examines the exam's groups. The default.
    #[default]
    Committee,
    /// Only the course holder (*titularul*): the other members (the applied-part teacher, an
    /// assistant) are not counted.
    Holder,
}

impl TeacherLoadCounts {
    pub(crate) fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// Per what SC-5's groups are counted.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TeacherLoadPer {
    /// A teacher's groups on a day, whatever the course or form. The default.
    #[default]
    Day,
    /// A teacher's groups of one course on a day.
    DayAndCourse,
    /// A teacher's groups of one exam form on a day.
    DayAndForm,
}

impl TeacherLoadPer {
    pub(crate) fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// SC-COURSE: at most `max_groups` groups sit the exams of one course held in `form` on one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseCap {
    /// The exam form capped.
    pub form: ExamForm,
    /// The most groups a day (at least 1).
    pub max_groups: u32,
}

impl SchedulingPolicy {
    /// SC-5: whether `exam` counts towards the groups of its committee member `teacher`: the
    /// form counts ([`SchedulingPolicy::teacher_load_forms`]) and the member is counted
    /// ([`SchedulingPolicy::teacher_load_counts`]: anyone, or the course holder only).
    pub fn counts_teacher(&self, exam: &Exam, teacher: &str) -> bool {
        self.counts_for_teacher_load(exam.form)
            && match self.teacher_load_counts {
                TeacherLoadCounts::Committee => true,
                TeacherLoadCounts::Holder => exam
                    .committee
                    .iter()
                    .any(|m| m.teacher == teacher && m.role == Role::Holder),
            }
    }

    /// SC-COURSE: the most groups of one course sitting exams in `form` on one day, if capped.
    pub fn course_cap(&self, form: ExamForm) -> Option<u32> {
        self.max_groups_per_course_day
            .iter()
            .find(|cap| cap.form == form)
            .map(|cap| cap.max_groups)
    }
}

/// SC-5: the scope a teacher's groups of an exam are counted in, as a number: two exams of a
/// teacher on one day count together exactly when their scopes are equal. 0 when counted per
/// day; the exam's course number (`course`) or its form's otherwise.
pub(crate) fn teacher_scope(policy: &SchedulingPolicy, course: usize, form: ExamForm) -> usize {
    match policy.teacher_load_per {
        TeacherLoadPer::Day => 0,
        TeacherLoadPer::DayAndCourse => course,
        TeacherLoadPer::DayAndForm => form as usize,
    }
}

/// SC-COURSE's problems on load: a cap of at least 1, given once per form.
pub(crate) fn problems(policy: &SchedulingPolicy, found: &mut Problems) {
    for (i, cap) in policy.max_groups_per_course_day.iter().enumerate() {
        found.check(
            cap.max_groups >= 1,
            format!("max_groups_per_course_day[{i}].max_groups"),
            cap.max_groups,
            "must be at least 1 (SC-COURSE)",
        );
        let first = policy
            .max_groups_per_course_day
            .iter()
            .position(|c| c.form == cap.form);
        found.check(
            first == Some(i),
            format!("max_groups_per_course_day[{i}].form"),
            cap.form.as_written(),
            format!(
                "the form is capped already by `max_groups_per_course_day[{}]` (SC-COURSE)",
                first.unwrap_or(0)
            ),
        );
    }
}

/// Groups and exams counted together, by (who, day, scope).
type Tally = BTreeMap<(usize, NaiveDate, usize), (Vec<usize>, Vec<usize>)>;

fn tally(tally: &mut Tally, key: (usize, NaiveDate, usize), groups: &[usize], exam: usize) {
    let entry = tally.entry(key).or_default();
    for &g in groups {
        if !entry.0.contains(&g) {
            entry.0.push(g);
        }
    }
    if !entry.1.contains(&exam) {
        entry.1.push(exam);
    }
}

/// The days an exam occupies: each day from its first to its last.
fn days_of(p: &Placed) -> impl Iterator<Item = NaiveDate> {
    p.first_day
        .iter_days()
        .take_while(move |d| *d <= p.last_day)
}

/// SC-5: every teacher over the policy's groups a day, counted among the teachers and per the
/// scope the policy says; by teacher, then day.
pub(crate) fn check_teacher_load(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
) -> Vec<Violation> {
    let plan = ix.plan;
    let mut per: Tally = BTreeMap::new();
    for p in placed {
        let exam = &plan.exams[p.exam];
        let scope = teacher_scope(policy, ix.exam_course[p.exam], exam.form);
        for &t in &ix.exam_load_teachers[p.exam] {
            for day in days_of(p) {
                tally(&mut per, (t, day, scope), &ix.exam_groups[p.exam], p.exam);
            }
        }
    }
    let max = policy.max_groups_per_teacher_day;
    per.into_iter()
        .filter(|(_, (groups, _))| groups.len() > max as usize)
        .map(|((t, day, _), (groups, exams))| {
            let teacher = plan.teachers[t].id.as_str();
            let first = &plan.exams[exams[0]];
            let message = match policy.teacher_load_per {
                TeacherLoadPer::Day => Message::new("scheduling-teacher-groups"),
                TeacherLoadPer::DayAndCourse => Message::new("scheduling-teacher-groups-course")
                    .arg("course", first.course_key()),
                TeacherLoadPer::DayAndForm => Message::new("scheduling-teacher-groups-form")
                    .arg("form", Arg::Term(Cow::Borrowed(first.form.term()))),
            }
            .arg("teacher", teacher)
            .arg("groups", groups.len())
            .arg("day", day)
            .arg("max", u64::from(max));
            let mut v = Violation::new(&SC_5, message);
            v.teachers = vec![teacher.to_owned()];
            v.groups = groups.iter().map(|&g| plan.groups[g].id.clone()).collect();
            v.exams = exams.iter().map(|&e| plan.exams[e].id.clone()).collect();
            v.dates = vec![day];
            v
        })
        .collect()
}

/// SC-COURSE: every course and exam form whose groups on a day exceed the policy's cap for the
/// form; by course, then day.
pub(crate) fn check_course_caps(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
) -> Vec<Violation> {
    if policy.max_groups_per_course_day.is_empty() {
        return Vec::new();
    }
    let plan = ix.plan;
    let mut per: Tally = BTreeMap::new();
    for p in placed {
        let exam = &plan.exams[p.exam];
        if policy.course_cap(exam.form).is_some() {
            for day in days_of(p) {
                let key = (ix.exam_course[p.exam], day, exam.form as usize);
                tally(&mut per, key, &ix.exam_groups[p.exam], p.exam);
            }
        }
    }
    per.into_iter()
        .filter_map(|((_, day, _), (groups, exams))| {
            let first = &plan.exams[exams[0]];
            let max = policy.course_cap(first.form)?;
            (groups.len() > max as usize).then(|| {
                let mut v = Violation::new(
                    &SC_COURSE,
                    Message::new("scheduling-course-groups")
                        .arg("course", first.course_key())
                        .arg("form", Arg::Term(Cow::Borrowed(first.form.term())))
                        .arg("groups", groups.len())
                        .arg("day", day)
                        .arg("max", u64::from(max)),
                );
                v.groups = groups.iter().map(|&g| plan.groups[g].id.clone()).collect();
                v.exams = exams.iter().map(|&e| plan.exams[e].id.clone()).collect();
                v.dates = vec![day];
                v
            })
        })
        .collect()
}
