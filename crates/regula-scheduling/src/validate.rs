//! The validator: every violation of a timetable, each with its rule, citation and the groups,
//! teachers, exams and dates involved.

use std::collections::HashMap;
use std::fmt;

use chrono::{Days, NaiveDate, NaiveDateTime, TimeDelta};
use regula_core::locale::{Arg, Message};
use regula_core::{CheckedPolicy, Citation, ExamForm, Rule, RuleId, Violations};
use serde::{Deserialize, Serialize};

use crate::model::{ExamConstraint, SessionKind, SessionPlan, Timetable};
use crate::rules::{OX_1, OX_2, SC_1, SC_3, SC_4, SC_6, SC_CLASH, SC_ROOM};
use crate::{GapCounting, ScheduleError, SchedulingPolicy, StudentGap};

/// One broken rule, with everything it involves.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Violation {
    /// The rule broken.
    pub rule: RuleId,
    /// Its source.
    pub citation: Citation,
    /// What is wrong, in one sentence: `message`, `args` and `text` (in the language of the
    /// call).
    #[serde(flatten, with = "regula_core::locale::as_fields")]
    #[schemars(with = "regula_core::locale::MessageFields")]
    pub message: Message,
    /// The exams involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exams: Vec<String>,
    /// The groups involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// The teachers involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teachers: Vec<String>,
    /// The dates involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<NaiveDate>,
    /// The students placed as individuals involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub students: Vec<String>,
}

impl Violation {
    pub(crate) fn new(rule: &Rule, message: Message) -> Self {
        Violation {
            rule: rule.id.clone(),
            citation: rule.cited(),
            message,
            exams: Vec::new(),
            groups: Vec::new(),
            teachers: Vec::new(),
            dates: Vec::new(),
            students: Vec::new(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.rule, self.citation, self.message)
    }
}

/// A plan with its ids resolved to indices, checked for unreadable input.
pub(crate) struct Indexed<'a> {
    /// The plan.
    pub(crate) plan: &'a SessionPlan,
    /// The groups of each exam.
    pub(crate) exam_groups: Vec<Vec<usize>>,
    /// The committee of each exam, as teacher indices (distinct).
    pub(crate) exam_teachers: Vec<Vec<usize>>,
    /// The members of each exam's committee whose groups a day it counts towards (SC-5): none
    /// for a form that does not count, the holder alone where the policy counts only holders.
    pub(crate) exam_load_teachers: Vec<Vec<usize>>,
    /// The course of each exam, as a number (SC-5, SC-COURSE): exams of one course share it.
    pub(crate) exam_course: Vec<usize>,
    /// Each exam's students (sum of its groups' sizes).
    pub(crate) exam_students: Vec<u32>,
    /// Exam index by id.
    pub(crate) exam_index: HashMap<&'a str, usize>,
    /// Room index by id.
    pub(crate) room_index: HashMap<&'a str, usize>,
    /// The length of the examination day in minutes (SC-3).
    pub(crate) day_minutes: u32,
    /// The exams of each student placed as an individual: their groups' and their own, sorted.
    pub(crate) student_exams: Vec<Vec<usize>>,
    /// The timetabler's links between exams (SC-PAIR), with their exams' indices.
    pub(crate) pairs: Vec<(PairKind, Vec<usize>)>,
}

/// The kind of a link between exams (SC-PAIR), its exams resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PairKind {
    /// The first exam ends before the second starts.
    Before,
    /// On one day.
    SameDay,
    /// At one start.
    SamePeriod,
    /// Never overlapping.
    DifferentPeriods,
}

fn index_ids<'a>(
    kind: &'static str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<ScheduleError>,
) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        if map.insert(id, i).is_some() {
            errors.push(ScheduleError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
    map
}

impl<'a> Indexed<'a> {
    /// Resolves every id of a plan and checks it can be read: unique ids, known groups and
    /// teachers, every exam with a group, a committee and a duration that fits the day. Every
    /// problem is reported.
    pub(crate) fn new(
        plan: &'a SessionPlan,
        policy: &SchedulingPolicy,
    ) -> Result<Self, Violations<ScheduleError>> {
        let mut errors = Vec::new();
        if plan.session.last_day < plan.session.first_day {
            errors.push(ScheduleError::WindowEndsBeforeStart {
                first_day: plan.session.first_day,
                last_day: plan.session.last_day,
            });
        }
        let groups = index_ids(
            "group",
            plan.groups.iter().map(|g| g.id.as_str()),
            &mut errors,
        );
        let teachers = index_ids(
            "teacher",
            plan.teachers.iter().map(|t| t.id.as_str()),
            &mut errors,
        );
        let exam_index = index_ids(
            "exam",
            plan.exams.iter().map(|e| e.id.as_str()),
            &mut errors,
        );
        let room_index = index_ids(
            "room",
            plan.rooms.iter().map(|r| r.id.as_str()),
            &mut errors,
        );
        if let Err(invalid) = policy.check() {
            errors.push(ScheduleError::InvalidPolicy(invalid));
        }
        let day_minutes = policy.day_minutes();
        let mut exam_groups = Vec::with_capacity(plan.exams.len());
        let mut exam_teachers = Vec::with_capacity(plan.exams.len());
        let mut exam_students = Vec::with_capacity(plan.exams.len());
        let mut exam_load_teachers = Vec::with_capacity(plan.exams.len());
        let mut courses: HashMap<&str, usize> = HashMap::new();
        let mut exam_course = Vec::with_capacity(plan.exams.len());
        for (x, exam) in plan.exams.iter().enumerate() {
            let owner = || format!("exam `{}`", exam.id);
            if exam.groups.is_empty() {
                errors.push(ScheduleError::ExamWithoutGroup {
                    exam: exam.id.clone(),
                });
            }
            if exam.committee.is_empty() {
                errors.push(ScheduleError::ExamWithoutCommittee {
                    exam: exam.id.clone(),
                });
            }
            if exam.max_rooms == 0 {
                errors.push(ScheduleError::OutOfRange {
                    field: format!("exams[{x}].max_rooms"),
                    value: "0".into(),
                    expected: "at least 1 room",
                });
            }
            if exam.duration_minutes == 0 {
                errors.push(ScheduleError::ZeroDuration {
                    exam: exam.id.clone(),
                });
            } else if let Some(day_minutes) = day_minutes
                .as_ref()
                .ok()
                .copied()
                .filter(|day| exam.duration_minutes > *day)
            {
                errors.push(ScheduleError::DurationTooLong {
                    exam: exam.id.clone(),
                    minutes: exam.duration_minutes,
                    day_minutes,
                });
            }
            let mut gs = Vec::with_capacity(exam.groups.len());
            let mut students = 0u32;
            for g in &exam.groups {
                match groups.get(g.as_str()) {
                    Some(&i) => {
                        gs.push(i);
                        students = students.saturating_add(plan.groups[i].size);
                    }
                    None => errors.push(ScheduleError::UnknownId {
                        owner: owner(),
                        kind: "group",
                        id: g.clone(),
                    }),
                }
            }
            let mut ts = Vec::with_capacity(exam.committee.len());
            for m in &exam.committee {
                match teachers.get(m.teacher.as_str()) {
                    Some(&i) if !ts.contains(&i) => ts.push(i),
                    Some(_) => {}
                    None => errors.push(ScheduleError::UnknownId {
                        owner: owner(),
                        kind: "teacher",
                        id: m.teacher.clone(),
                    }),
                }
            }
            let next = courses.len();
            exam_course.push(*courses.entry(exam.course_key()).or_insert(next));
            exam_load_teachers.push(
                ts.iter()
                    .copied()
                    .filter(|&t| policy.counts_teacher(exam, &plan.teachers[t].id))
                    .collect(),
            );
            exam_groups.push(gs);
            exam_teachers.push(ts);
            exam_students.push(students);
        }
        index_ids(
            "student",
            plan.students.iter().map(|s| s.id.as_str()),
            &mut errors,
        );
        let mut student_exams = Vec::with_capacity(plan.students.len());
        for student in &plan.students {
            let owner = || format!("student `{}`", student.id);
            let mut exams = Vec::new();
            for g in &student.groups {
                match groups.get(g.as_str()) {
                    Some(&gi) => exams.extend(
                        exam_groups
                            .iter()
                            .enumerate()
                            .filter(|(_, gs)| gs.contains(&gi))
                            .map(|(e, _)| e),
                    ),
                    None => errors.push(ScheduleError::UnknownId {
                        owner: owner(),
                        kind: "group",
                        id: g.clone(),
                    }),
                }
            }
            for x in &student.exams {
                match exam_index.get(x.as_str()) {
                    Some(&e) => exams.push(e),
                    None => errors.push(ScheduleError::UnknownId {
                        owner: owner(),
                        kind: "exam",
                        id: x.clone(),
                    }),
                }
            }
            exams.sort_unstable();
            exams.dedup();
            student_exams.push(exams);
        }
        for exam in &plan.exams {
            for r in &exam.preferred_rooms {
                if !room_index.contains_key(r.as_str()) {
                    errors.push(ScheduleError::UnknownId {
                        owner: format!("exam `{}` (preferred_rooms)", exam.id),
                        kind: "room",
                        id: r.clone(),
                    });
                }
            }
        }
        let mut pairs = Vec::with_capacity(plan.constraints.len());
        for (i, constraint) in plan.constraints.iter().enumerate() {
            let kind = match constraint {
                ExamConstraint::Before { .. } => PairKind::Before,
                ExamConstraint::SameDay { .. } => PairKind::SameDay,
                ExamConstraint::SamePeriod { .. } => PairKind::SamePeriod,
                ExamConstraint::DifferentPeriods { .. } => PairKind::DifferentPeriods,
            };
            if let ExamConstraint::Before { first, then } = constraint
                && first == then
            {
                errors.push(ScheduleError::OutOfRange {
                    field: format!("constraints[{i}].then"),
                    value: then.clone(),
                    expected: "another exam than `first`: an exam cannot come before itself",
                });
            }
            let mut exams = Vec::new();
            for x in constraint.exams() {
                match exam_index.get(x) {
                    Some(&e) => exams.push(e),
                    None => errors.push(ScheduleError::UnknownId {
                        owner: format!("constraints[{i}]"),
                        kind: "exam",
                        id: x.to_owned(),
                    }),
                }
            }
            pairs.push((kind, exams));
        }
        Violations::from_vec(errors)?;
        let day_minutes = day_minutes.map_err(|e| Violations::one(e.into()))?;
        Ok(Indexed {
            pairs,
            student_exams,
            day_minutes,
            plan,
            exam_groups,
            exam_teachers,
            exam_load_teachers,
            exam_course,
            exam_students,
            exam_index,
            room_index,
        })
    }
}

/// The rules that hold for a plan whatever its timetable: the session's length (SC-1), the
/// committees (SC-7) and the groups of an open-question exam (OX-2).
pub(crate) fn check_plan(indexed: &Indexed<'_>, policy: &SchedulingPolicy) -> Vec<Violation> {
    let plan = indexed.plan;
    let mut found = Vec::new();
    let session = &plan.session;
    let days = (session.last_day - session.first_day).num_days() + 1;
    if session.kind == SessionKind::Regular && days > i64::from(policy.session_days) {
        let mut v = Violation::new(
            &SC_1,
            Message::new("scheduling-session-length")
                .arg("first", session.first_day)
                .arg("last", session.last_day)
                .arg("days", days.unsigned_abs())
                .arg("expected", u64::from(policy.session_days)),
        );
        v.dates = vec![session.first_day, session.last_day];
        found.push(v);
    }
    for (e, exam) in plan.exams.iter().enumerate() {
        found.extend(crate::committee::check(indexed, policy, e));
        if exam.form == ExamForm::OnlineOpenQuestions
            && exam.groups.len() > policy.open_questions_max_groups as usize
        {
            let mut v = Violation::new(
                &OX_2,
                Message::new("scheduling-open-questions-groups")
                    .arg("exam", exam.id.as_str())
                    .arg("groups", exam.groups.len())
                    .arg("max", u64::from(policy.open_questions_max_groups)),
            );
            v.exams = vec![exam.id.clone()];
            v.groups = exam.groups.clone();
            found.push(v);
        }
    }
    if policy.quiz_whole_year {
        found.extend(crate::quiz_year::check_quiz_years(indexed));
    }
    found
}

/// Everything wrong with a timetable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Report {
    /// Whether no rule is broken.
    pub valid: bool,
    /// Every violation.
    pub violations: Vec<Violation>,
    /// The timetabler's preferences the timetable does not keep (SC-PREFER): never a violation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preferences_not_kept: Vec<Violation>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.valid {
            write!(f, "{}", Message::new("scheduling-valid"))?;
        } else {
            let header =
                Message::new("scheduling-violations").arg("violations", self.violations.len());
            write!(f, "{header}")?;
            for v in &self.violations {
                write!(f, "\n- {v}")?;
            }
        }
        if !self.preferences_not_kept.is_empty() {
            let header = Message::new("scheduling-preferences-not-kept")
                .arg("count", self.preferences_not_kept.len());
            write!(f, "\n{header}")?;
            for v in &self.preferences_not_kept {
                write!(f, "\n- {v}")?;
            }
        }
        Ok(())
    }
}

/// Two consecutive exams (first day, last day, exam) too close for SC-4, and their gap.
type ShortGap = (
    (NaiveDate, NaiveDate, usize),
    (NaiveDate, NaiveDate, usize),
    u64,
);

/// SC-4: the consecutive exams among `days` (sorted here) whose gap, counted as the policy
/// counts it, is shorter than the policy's.
fn short_gaps(
    policy: &SchedulingPolicy,
    days: &mut [(NaiveDate, NaiveDate, usize)],
) -> Vec<ShortGap> {
    days.sort_unstable();
    days.windows(2)
        .filter_map(|pair| {
            let (prev, next) = (pair[0], pair[1]);
            let gap = policy.gap((next.0 - prev.1).num_days());
            (gap < i64::from(policy.min_gap_days)).then_some((
                prev,
                next,
                gap.max(0).unsigned_abs(),
            ))
        })
        .collect()
}

/// One placement, resolved.
#[derive(Clone)]
pub(crate) struct Placed {
    pub(crate) exam: usize,
    pub(crate) start: NaiveDateTime,
    pub(crate) first_day: NaiveDate,
    pub(crate) last_day: NaiveDate,
    /// The rooms: the placement's `room` first, then its split rooms.
    pub(crate) rooms: Vec<usize>,
}

/// Validates `timetable` for `plan`: every violation of SC-1, SC-3..SC-7, OX-1, OX-2, of
/// teachers' unavailable days, of clashes (SC-CLASH) and of room capacity (SC-ROOM). An
/// unreadable plan or timetable (unknown ids, an exam placed twice or not at all) is an error.
///
/// The work is close to linear: every check sorts or hashes the placements once.
pub fn validate(
    plan: &SessionPlan,
    policy: &SchedulingPolicy,
    timetable: &Timetable,
) -> Result<Report, Violations<ScheduleError>> {
    let indexed = Indexed::new(plan, policy)?;
    let placed = resolve(&indexed, timetable)?;
    let mut violations = check_plan(&indexed, policy);
    check_placements(&indexed, policy, &placed, &mut violations);
    violations.extend(crate::links::check_links(&indexed, policy, &placed));
    Ok(Report {
        valid: violations.is_empty(),
        violations,
        preferences_not_kept: crate::links::check_preferences(&indexed, &placed),
    })
}

fn resolve(
    indexed: &Indexed<'_>,
    timetable: &Timetable,
) -> Result<Vec<Placed>, Violations<ScheduleError>> {
    let plan = indexed.plan;
    let mut errors = Vec::new();
    let mut slot: Vec<Option<Placed>> = vec![None; plan.exams.len()];
    let mut count = vec![0usize; plan.exams.len()];
    for (i, p) in timetable.placements.iter().enumerate() {
        let Some(&e) = indexed.exam_index.get(p.exam.as_str()) else {
            errors.push(ScheduleError::UnknownId {
                owner: format!("placement {i}"),
                kind: "exam",
                id: p.exam.clone(),
            });
            continue;
        };
        count[e] += 1;
        let mut rooms = Vec::new();
        for r in p.room.iter().chain(&p.split_rooms) {
            match indexed.room_index.get(r.as_str()) {
                Some(&r) if !rooms.contains(&r) => rooms.push(r),
                Some(_) => {}
                None => errors.push(ScheduleError::UnknownId {
                    owner: format!("placement of `{}`", p.exam),
                    kind: "room",
                    id: r.clone(),
                }),
            }
        }
        let first_day = p.start.date();
        let last_day = p.last_day.unwrap_or(first_day);
        if last_day < first_day {
            errors.push(ScheduleError::LastDayBeforeStart {
                exam: p.exam.clone(),
                start: first_day,
                last_day,
            });
        }
        slot[e] = Some(Placed {
            exam: e,
            start: p.start,
            first_day,
            last_day,
            rooms,
        });
    }
    for (e, n) in count.iter().enumerate() {
        if *n != 1 {
            errors.push(ScheduleError::PlacementCount {
                exam: plan.exams[e].id.clone(),
                count: *n,
            });
        }
    }
    Violations::from_vec(errors)?;
    Ok(slot.into_iter().flatten().collect())
}

/// Every day an exam occupies, with its start and end on that day.
pub(crate) fn sittings(
    p: &Placed,
    duration: u32,
) -> impl Iterator<Item = (NaiveDateTime, NaiveDateTime)> + '_ {
    let days = (p.last_day - p.first_day).num_days().max(0) as u64;
    let time = p.start.time();
    (0..=days).filter_map(move |d| {
        let day = p.first_day.checked_add_days(Days::new(d))?;
        let start = day.and_time(time);
        Some((start, start + TimeDelta::minutes(i64::from(duration))))
    })
}

fn check_placements(
    indexed: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
    found: &mut Vec<Violation>,
) {
    let plan = indexed.plan;
    let session = &plan.session;
    let exam_id = |e: usize| plan.exams[e].id.clone();
    // Per group, teacher and room: (start, end, exam) of every sitting.
    let mut by_group: Vec<Vec<(NaiveDateTime, NaiveDateTime, usize)>> =
        vec![Vec::new(); plan.groups.len()];
    let mut by_teacher: Vec<Vec<(NaiveDateTime, NaiveDateTime, usize)>> =
        vec![Vec::new(); plan.teachers.len()];
    let mut by_room: Vec<Vec<(NaiveDateTime, NaiveDateTime, usize)>> =
        vec![Vec::new(); plan.rooms.len()];
    // Per group: (first day, last day, exam), for SC-4.
    let mut days_of_group: Vec<Vec<(NaiveDate, NaiveDate, usize)>> =
        vec![Vec::new(); plan.groups.len()];

    for p in placed {
        let exam = &plan.exams[p.exam];
        // SC-1: inside the window.
        if p.first_day < session.first_day || p.last_day > session.last_day {
            let mut v = Violation::new(
                &SC_1,
                Message::new("scheduling-outside-session")
                    .arg("exam", exam.id.as_str())
                    .arg("day", p.first_day)
                    .arg("first", session.first_day)
                    .arg("last", session.last_day),
            );
            v.exams = vec![exam.id.clone()];
            v.dates = vec![p.first_day];
            found.push(v);
        }
        // SC-6: a date fixed by agreement.
        if let Some(fixed) = exam.fixed_date
            && fixed != p.first_day
        {
            let mut v = Violation::new(
                &SC_6,
                Message::new("scheduling-fixed-date")
                    .arg("exam", exam.id.as_str())
                    .arg("day", p.first_day)
                    .arg("fixed", fixed),
            );
            v.exams = vec![exam.id.clone()];
            v.dates = vec![p.first_day, fixed];
            found.push(v);
        }
        // OX-1: a portfolio spans at most 2 days; other forms one day.
        let span = (p.last_day - p.first_day).num_days() + 1;
        let allowed = if exam.form == ExamForm::OnlinePortfolio {
            i64::from(policy.portfolio_max_days)
        } else {
            1
        };
        if span > allowed {
            let mut v = Violation::new(
                &OX_1,
                Message::new("scheduling-spans-days")
                    .arg("exam", exam.id.as_str())
                    .arg(
                        "form",
                        Arg::Term(std::borrow::Cow::Borrowed(exam.form.term())),
                    )
                    .arg("span", span.unsigned_abs())
                    .arg("first", p.first_day)
                    .arg("last", p.last_day)
                    .arg("allowed", allowed.unsigned_abs()),
            );
            v.exams = vec![exam.id.clone()];
            v.dates = vec![p.first_day, p.last_day];
            found.push(v);
        }
        for (start, end) in sittings(p, exam.duration_minutes) {
            // SC-3: 08:00–20:00 on the same day, or the hours of its level and weekday.
            let (day_start, day_end) =
                crate::hours::exam_hours(indexed, policy, p.exam, start.date());
            if start.time() < day_start || end > start.date().and_time(day_end) {
                let mut v = Violation::new(
                    &SC_3,
                    Message::new("scheduling-outside-hours")
                        .arg("exam", exam.id.as_str())
                        .arg("day", start.date())
                        .arg("start", start.format("%H:%M").to_string())
                        .arg("end", end.format("%H:%M").to_string())
                        .arg("day_start", day_start.format("%H:%M").to_string())
                        .arg("day_end", day_end.format("%H:%M").to_string()),
                );
                v.exams = vec![exam.id.clone()];
                v.dates = vec![start.date()];
                found.push(v);
            }
            for &g in &indexed.exam_groups[p.exam] {
                by_group[g].push((start, end, p.exam));
            }
            for &t in &indexed.exam_teachers[p.exam] {
                by_teacher[t].push((start, end, p.exam));
            }
            for &r in &p.rooms {
                by_room[r].push((start, end, p.exam));
            }
        }
        for &g in &indexed.exam_groups[p.exam] {
            days_of_group[g].push((p.first_day, p.last_day, p.exam));
        }
        // Teachers' unavailable days (SC-6: the schedule is agreed with the teachers).
        for &t in &indexed.exam_teachers[p.exam] {
            let teacher = &plan.teachers[t];
            for day in teacher
                .unavailable
                .iter()
                .filter(|d| (p.first_day..=p.last_day).contains(d))
            {
                let mut v = Violation::new(
                    &SC_6,
                    Message::new("scheduling-teacher-unavailable")
                        .arg("exam", exam.id.as_str())
                        .arg("day", *day)
                        .arg("teacher", teacher.id.as_str()),
                );
                v.exams = vec![exam.id.clone()];
                v.teachers = vec![teacher.id.clone()];
                v.dates = vec![*day];
                found.push(v);
            }
        }
        // SC-ROOM: capacity, over every room of a split exam, and no more rooms than allowed.
        if !p.rooms.is_empty() {
            let students = indexed.exam_students[p.exam];
            let capacity: u32 = p.rooms.iter().map(|&r| plan.rooms[r].capacity).sum();
            let names = p
                .rooms
                .iter()
                .map(|&r| plan.rooms[r].id.as_str())
                .collect::<Vec<_>>()
                .join(" + ");
            let mut breach = |message: Message| {
                let mut v = Violation::new(&SC_ROOM, message);
                v.exams = vec![exam.id.clone()];
                v.groups = exam.groups.clone();
                v.dates = vec![p.first_day];
                found.push(v);
            };
            if students > capacity {
                breach(
                    Message::new("scheduling-room-too-small")
                        .arg("exam", exam.id.as_str())
                        .arg("students", u64::from(students))
                        .arg("room", names.as_str())
                        .arg("capacity", u64::from(capacity)),
                );
            }
            if p.rooms.len() > exam.max_rooms as usize {
                breach(
                    Message::new("scheduling-too-many-rooms")
                        .arg("exam", exam.id.as_str())
                        .arg("rooms", p.rooms.len())
                        .arg("max", u64::from(exam.max_rooms)),
                );
            }
        }
    }

    // SC-4: consecutive exams of a group, and of a student placed as an individual where the
    // policy makes the gap a rule for them.
    let gap_breach = |message: Message, pair: ShortGap| {
        let (prev, next, gap) = pair;
        let mut v = Violation::new(
            &SC_4,
            message
                .arg("first", exam_id(prev.2))
                .arg("first_day", prev.1)
                .arg("second", exam_id(next.2))
                .arg("second_day", next.0)
                .arg("gap", gap)
                .arg("min", u64::from(policy.min_gap_days)),
        );
        v.exams = vec![exam_id(prev.2), exam_id(next.2)];
        v.dates = vec![prev.1, next.0];
        v
    };
    for (g, days) in days_of_group.iter_mut().enumerate() {
        for pair in short_gaps(policy, days) {
            let id = match policy.gap_counting {
                GapCounting::DateDifference => "scheduling-gap-days",
                GapCounting::FreeDaysBetween => "scheduling-gap-free-days",
            };
            let mut v = gap_breach(
                Message::new(id).arg("group", plan.groups[g].id.as_str()),
                pair,
            );
            v.groups = vec![plan.groups[g].id.clone()];
            found.push(v);
        }
    }
    if policy.student_gap == StudentGap::Hard {
        for (k, exams) in indexed.student_exams.iter().enumerate() {
            let mut days: Vec<(NaiveDate, NaiveDate, usize)> = placed
                .iter()
                .filter(|p| exams.binary_search(&p.exam).is_ok())
                .map(|p| (p.first_day, p.last_day, p.exam))
                .collect();
            for pair in short_gaps(policy, &mut days) {
                let student = plan.students[k].id.as_str();
                let mut v = gap_breach(
                    Message::new("scheduling-student-gap").arg("student", student),
                    pair,
                );
                v.students = vec![student.to_owned()];
                found.push(v);
            }
        }
    }

    // SC-5: groups per teacher per day (or per day and course, or form); SC-COURSE: groups per
    // course and form per day; SC-LAST: each group's last exam in the session's last days.
    found.extend(crate::load::check_teacher_load(indexed, policy, placed));
    found.extend(crate::load::check_course_caps(indexed, policy, placed));
    found.extend(crate::last_exam::check(indexed, policy, placed));

    // SC-CLASH: overlapping sittings of one group, teacher or room.
    let mut clashes = |kind: &'static str,
                       name: &str,
                       sittings: &mut Vec<(NaiveDateTime, NaiveDateTime, usize)>,
                       field: fn(&mut Violation) -> &mut Vec<String>| {
        sittings.sort_unstable();
        let mut latest: Option<(NaiveDateTime, usize)> = None;
        for &(start, end, e) in sittings.iter() {
            if let Some((until, other)) = latest
                && start < until
                && other != e
            {
                let mut v = Violation::new(
                    &SC_CLASH,
                    Message::new(kind)
                        .arg("name", name)
                        .arg("first", exam_id(other))
                        .arg("second", exam_id(e))
                        .arg("day", start.date()),
                );
                v.exams = vec![exam_id(other), exam_id(e)];
                field(&mut v).push(name.to_owned());
                v.dates = vec![start.date()];
                found.push(v);
            }
            if latest.is_none_or(|(until, _)| end > until) {
                latest = Some((end, e));
            }
        }
    };
    for (g, s) in by_group.iter_mut().enumerate() {
        clashes("scheduling-clash-group", &plan.groups[g].id, s, |v| {
            &mut v.groups
        });
    }
    for (t, s) in by_teacher.iter_mut().enumerate() {
        clashes("scheduling-clash-teacher", &plan.teachers[t].id, s, |v| {
            &mut v.teachers
        });
    }
    // SC-CLASH for the students placed as individuals: their groups' exams and their own.
    let placement_of: HashMap<usize, &Placed> = placed.iter().map(|p| (p.exam, p)).collect();
    for (k, exams) in indexed.student_exams.iter().enumerate() {
        let mut sat: Vec<(NaiveDateTime, NaiveDateTime, usize)> = exams
            .iter()
            .filter_map(|e| placement_of.get(e).map(|p| (*e, p)))
            .flat_map(|(e, p)| {
                sittings(p, plan.exams[e].duration_minutes).map(move |(a, b)| (a, b, e))
            })
            .collect();
        clashes(
            "scheduling-clash-student",
            &plan.students[k].id,
            &mut sat,
            |v| &mut v.students,
        );
    }
    for (r, s) in by_room.iter_mut().enumerate() {
        clashes("scheduling-clash-room", &plan.rooms[r].id, s, |v| {
            &mut v.exams
        });
    }
}
