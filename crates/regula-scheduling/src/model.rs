//! The model of an exam session: who sits what, who examines, when and where it may happen.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use regula_core::ExamForm;
use serde::{Deserialize, Serialize};

/// Which session (SC-1, SC-2, SC-9).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// The regular session at the end of a semester (SC-1).
    #[default]
    Regular,
    /// The September retake session (SC-2).
    SeptemberRetake,
    /// The retake session before the licence/dissertation exams (SC-2).
    PreGraduationRetake,
    /// An open session for students at sea (SC-9).
    Open,
}

/// The session: its kind and its window of days (inclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Which session.
    #[serde(default)]
    pub kind: SessionKind,
    /// Its first day.
    pub first_day: NaiveDate,
    /// Its last day (inclusive).
    pub last_day: NaiveDate,
}

/// Full-time or reduced-attendance study (*învățământ cu frecvență / cu frecvență redusă, IFR*).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StudyForm {
    /// Full-time (IF).
    #[default]
    FullTime,
    /// Reduced attendance (IFR).
    Ifr,
}

/// The level of study of a group (*ciclul de studii*): the examination hours may differ by level
/// (SC-3, [`crate::SchedulingPolicy::hours`]).
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StudyLevel {
    /// Bachelor's studies (*licență*). The default.
    #[default]
    Bachelor,
    /// Master's studies (*master*).
    Master,
}

impl StudyLevel {
    /// Every level.
    pub const ALL: [StudyLevel; 2] = [StudyLevel::Bachelor, StudyLevel::Master];

    fn is_bachelor(&self) -> bool {
        *self == StudyLevel::Bachelor
    }
}

/// A group of students who sit their exams together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// A unique id: `NAV-2-A`.
    pub id: String,
    /// Full-time or IFR.
    #[serde(default)]
    pub form: StudyForm,
    /// The year of study.
    #[serde(default)]
    pub year: u8,
    /// The level of study (*licență* or *master*), for the examination hours by level (SC-3);
    /// `bachelor` when absent.
    #[serde(default, skip_serializing_if = "StudyLevel::is_bachelor")]
    pub level: StudyLevel,
    /// The series (*seria*).
    #[serde(default)]
    pub series: String,
    /// How many students; needed only where rooms are given.
    #[serde(default)]
    pub size: u32,
}

/// A teacher and the days they cannot examine.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Teacher {
    /// A unique id.
    pub id: String,
    /// The name, for timetables.
    #[serde(default)]
    pub name: String,
    /// Days the teacher cannot examine.
    #[serde(default)]
    pub unavailable: Vec<NaiveDate>,
}

/// A teacher's role in an exam's committee (SC-7, CA-5), shared with the other crates.
pub use regula_core::CommitteeRole as Role;

/// A member of an exam's committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CommitteeMember {
    /// The teacher's id.
    pub teacher: String,
    /// Their role.
    pub role: Role,
}

/// An exam to schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exam {
    /// A unique id.
    pub id: String,
    /// The course.
    #[serde(default)]
    pub course: String,
    /// The groups sitting it together.
    pub groups: Vec<String>,
    /// The committee.
    pub committee: Vec<CommitteeMember>,
    /// How it is held.
    pub form: ExamForm,
    /// How long it lasts, in minutes (for a portfolio: the time of each day's session).
    pub duration_minutes: u32,
    /// A date fixed by agreement with the students (SC-6): the exam must be on it.
    #[serde(default)]
    pub fixed_date: Option<NaiveDate>,
    /// A date the students prefer (SC-6): honoured where possible.
    #[serde(default)]
    pub preferred_date: Option<NaiveDate>,
    /// In how many rooms at most the exam may be held at once, when no room seats all its
    /// students (SC-ROOM): 1 by default, a large exam more.
    #[serde(default = "one_room", skip_serializing_if = "is_one_room")]
    #[schemars(range(min = 1))]
    pub max_rooms: u32,
    /// A start the timetabler prefers (SC-PREFER), Bucharest time: kept where possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_start: Option<NaiveTime>,
    /// Rooms the timetabler prefers (SC-PREFER), by id: used first where they seat the exam.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preferred_rooms: Vec<String>,
}

impl Exam {
    /// The course the exam belongs to, for the limits counted per course (SC-5, SC-COURSE): its
    /// `course`, or its own id when it names none (an exam alone is then its own course).
    pub fn course_key(&self) -> &str {
        if self.course.is_empty() {
            &self.id
        } else {
            &self.course
        }
    }
}

fn one_room() -> u32 {
    1
}

fn is_one_room(rooms: &u32) -> bool {
    *rooms == 1
}

/// A student placed as an individual (SC-1, QZ-1): a *restanțier* of an earlier year or a student
/// following another plan, who sits exams with other groups besides their own groups' exams. Their
/// exams must not clash, and their SC-4 gap is hard or soft by policy
/// ([`crate::SchedulingPolicy::student_gap`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Student {
    /// A unique id (the student number).
    pub id: String,
    /// The groups the student belongs to: they sit their groups' exams.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The exams they sit beyond their groups' (*restanțe*, differences), by exam id.
    #[serde(default)]
    pub exams: Vec<String>,
}

/// A link the timetabler sets between exams (SC-PAIR): the constraints timetablers most often
/// ask for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ExamConstraint {
    /// `first` ends before `then` starts (the solver puts it on an earlier day).
    Before {
        /// The exam held first.
        first: String,
        /// The exam held after it.
        then: String,
    },
    /// All on the same day.
    SameDay {
        /// The exams.
        exams: Vec<String>,
    },
    /// All at the same start, on the same day (a common written paper in several groups).
    SamePeriod {
        /// The exams.
        exams: Vec<String>,
    },
    /// No two at overlapping times.
    DifferentPeriods {
        /// The exams.
        exams: Vec<String>,
    },
}

impl ExamConstraint {
    /// The exams the constraint names.
    pub fn exams(&self) -> Vec<&str> {
        match self {
            ExamConstraint::Before { first, then } => vec![first.as_str(), then.as_str()],
            ExamConstraint::SameDay { exams }
            | ExamConstraint::SamePeriod { exams }
            | ExamConstraint::DifferentPeriods { exams } => {
                exams.iter().map(String::as_str).collect()
            }
        }
    }
}

/// A room and its seats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Room {
    /// A unique id.
    pub id: String,
    /// Seats.
    pub capacity: u32,
}

/// Everything a session's timetable is built from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SessionPlan {
    /// The session and its window.
    pub session: Session,
    /// The groups.
    pub groups: Vec<Group>,
    /// The teachers.
    pub teachers: Vec<Teacher>,
    /// The exams.
    pub exams: Vec<Exam>,
    /// The rooms, if rooms are scheduled.
    #[serde(default)]
    pub rooms: Vec<Room>,
    /// The students placed as individuals: those who sit exams beyond their groups'.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub students: Vec<Student>,
    /// The timetabler's links between exams (SC-PAIR).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<ExamConstraint>,
}

/// Where and when one exam is held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    /// The exam's id.
    pub exam: String,
    /// When it starts, Bucharest wall-clock time.
    pub start: NaiveDateTime,
    /// The room, where rooms are scheduled.
    #[serde(default)]
    pub room: Option<String>,
    /// The further rooms of a large exam split over several (SC-ROOM): its students sit in
    /// `room` and these, at the same time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub split_rooms: Vec<String>,
    /// For a portfolio/project exam held over several days, its last day (OX-1).
    #[serde(default)]
    pub last_day: Option<NaiveDate>,
}

/// A timetable: one placement per exam.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Timetable {
    /// The placements.
    pub placements: Vec<Placement>,
}
