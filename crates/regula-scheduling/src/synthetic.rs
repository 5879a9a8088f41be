//! Synthetic faculties, deterministic for a seed: for benchmarks, property tests and demos.

use chrono::{Days, NaiveDate};
use regula_core::ExamForm;

use crate::Rng;
use crate::model::{
    CommitteeMember, Exam, Group, Placement, Role, Session, SessionKind, SessionPlan, Student,
    StudyForm, StudyLevel, Teacher, Timetable,
};

/// A faculty of `groups` groups with `exams_per_group` exams each, examined by `teachers`
/// teachers, over a regular 3-week session starting on `first_day`. Every exam has one group,
/// except that one exam in eight is shared by two groups of a series (a common course); each
/// face-to-face exam has a holder and an applied-part teacher; quizzes have a holder only.
pub fn faculty(
    groups: usize,
    exams_per_group: usize,
    teachers: usize,
    first_day: NaiveDate,
    seed: u64,
) -> SessionPlan {
    let mut rng = Rng::new(seed);
    let last_day = first_day
        .checked_add_days(Days::new(20))
        .unwrap_or(first_day);
    let groups_list: Vec<Group> = (0..groups)
        .map(|g| Group {
            id: format!("G{g:04}"),
            form: if g % 10 == 9 {
                StudyForm::Ifr
            } else {
                StudyForm::FullTime
            },
            year: (g % 4 + 1) as u8,
            level: StudyLevel::Bachelor,
            series: format!("S{}", g / 4),
            size: 20 + (g % 11) as u32,
        })
        .collect();
    let teachers_list: Vec<Teacher> = (0..teachers)
        .map(|t| Teacher {
            id: format!("T{t:04}"),
            name: format!("Teacher {t}"),
            unavailable: if t % 7 == 0 {
                first_day
                    .checked_add_days(Days::new((t % 21) as u64))
                    .into_iter()
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    let mut exams = Vec::new();
    for g in 0..groups {
        for k in 0..exams_per_group {
            let shared = k == 0 && g % 8 == 0 && g + 1 < groups;
            let face_to_face = (g + k) % 3 != 0;
            let holder = rng.below(teachers);
            let mut committee = vec![CommitteeMember {
                teacher: format!("T{holder:04}"),
                role: Role::Holder,
            }];
            if face_to_face {
                let mut applied = rng.below(teachers);
                if applied == holder {
                    applied = (applied + 1) % teachers.max(1);
                }
                committee.push(CommitteeMember {
                    teacher: format!("T{applied:04}"),
                    role: Role::AppliedTeacher,
                });
            }
            let mut exam_groups = vec![format!("G{g:04}")];
            if shared {
                exam_groups.push(format!("G{:04}", g + 1));
            }
            exams.push(Exam {
                id: format!("E{g:04}-{k}"),
                course: format!("Course {g}/{k}"),
                groups: exam_groups,
                committee,
                form: if face_to_face {
                    ExamForm::FaceToFaceWritten
                } else {
                    ExamForm::OnlineQuiz
                },
                duration_minutes: if face_to_face { 180 } else { 90 },
                fixed_date: None,
                preferred_date: None,
                max_rooms: 1,
                preferred_start: None,
                preferred_rooms: Vec::new(),
            });
        }
    }
    SessionPlan {
        session: Session {
            kind: SessionKind::Regular,
            first_day,
            last_day,
        },
        groups: groups_list,
        teachers: teachers_list,
        exams,
        rooms: Vec::new(),
        students: Vec::new(),
        constraints: Vec::new(),
    }
}

/// A timetable for a [`faculty`] whose exams are `E<group>-<k>`: each group's exams 4 days apart
/// from `first_day`, at 08:00, 12:00 or 16:00 by group. With random teachers some days break
/// SC-5 and some hours clash, so a validator has violations to report (benchmarks, load tests).
pub fn staggered_timetable(plan: &SessionPlan, first_day: NaiveDate) -> Timetable {
    let placements = plan
        .exams
        .iter()
        .filter_map(|exam| {
            let (g, k) = exam.id.get(1..)?.split_once('-')?;
            let (g, k): (u64, u64) = (g.parse().ok()?, k.parse().ok()?);
            let day = first_day.checked_add_days(Days::new(g % 4 + 4 * k))?;
            let hour = 8 + 4 * (g % 3) as u32;
            Some(Placement {
                exam: exam.id.clone(),
                start: day.and_time(chrono::NaiveTime::from_hms_opt(hour, 0, 0)?),
                room: None,
                split_rooms: Vec::new(),
                last_day: None,
            })
        })
        .collect();
    Timetable { placements }
}

/// `count` restanțieri for a [`faculty`] (SC-1, QZ-1: they sit exams with other groups): each
/// belongs to a group drawn at random and also sits one or two exams of a group of the year below
/// (the course they failed last year), deterministic for `seed`. Their ids are `R<k>`.
pub fn with_restantieri(mut plan: SessionPlan, count: usize, seed: u64) -> SessionPlan {
    let mut rng = Rng::new(seed);
    let groups = plan.groups.len();
    if groups < 2 {
        return plan;
    }
    for k in 0..count {
        let g = rng.below(groups);
        let group = &plan.groups[g];
        // A group of the year below (the first year's students retake a first-year course of
        // another series).
        let below = (0..groups)
            .map(|i| (g + 1 + i) % groups)
            .filter(|&h| plan.groups[h].year + 1 == group.year || (group.year == 1 && h != g))
            .nth(rng.below(8));
        let Some(h) = below else { continue };
        let other = plan.groups[h].id.clone();
        let own = group.id.clone();
        let candidates: Vec<&Exam> = plan
            .exams
            .iter()
            .filter(|e| e.groups.contains(&other) && !e.groups.contains(&own))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let extra = 1 + rng.below(2);
        let mut exams: Vec<String> = Vec::new();
        for _ in 0..extra {
            let id = &candidates[rng.below(candidates.len())].id;
            if !exams.contains(id) {
                exams.push(id.clone());
            }
        }
        plan.students.push(Student {
            id: format!("R{k:05}"),
            groups: vec![own],
            exams,
        });
    }
    plan
}
