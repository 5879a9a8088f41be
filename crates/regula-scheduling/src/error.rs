use chrono::NaiveDate;
use regula_core::{InvalidPolicy, PolicyError};

/// What makes a session plan or a timetable unreadable, before any rule is checked: each
/// variant names the item and the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// The session's window ends before it starts.
    #[error("session: `last_day` = {last_day} comes before `first_day` = {first_day}")]
    WindowEndsBeforeStart {
        /// The first day.
        first_day: NaiveDate,
        /// The last day.
        last_day: NaiveDate,
    },
    /// Two items of one kind share an id.
    #[error("{kind} id `{id}` is used twice")]
    DuplicateId {
        /// "group", "teacher", "exam" or "room".
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// An id that names nothing.
    #[error("{owner}: {kind} `{id}` does not exist")]
    UnknownId {
        /// Where it was named (`exam NAV-201`, `placement 3`).
        owner: String,
        /// "group", "teacher", "exam" or "room".
        kind: &'static str,
        /// The id.
        id: String,
    },
    /// An exam nobody sits.
    #[error("exam `{exam}` has no group")]
    ExamWithoutGroup {
        /// The exam.
        exam: String,
    },
    /// An exam nobody examines.
    #[error("exam `{exam}` has no committee")]
    ExamWithoutCommittee {
        /// The exam.
        exam: String,
    },
    /// An exam longer than the examination day cannot be held (SC-3).
    #[error(
        "exam `{exam}`: a duration of {minutes} minutes is longer than the {day_minutes}-minute examination day (SC-3)"
    )]
    DurationTooLong {
        /// The exam.
        exam: String,
        /// Its duration.
        minutes: u32,
        /// The day's length.
        day_minutes: u32,
    },
    /// An exam without a duration.
    #[error("exam `{exam}`: a duration of 0 minutes")]
    ZeroDuration {
        /// The exam.
        exam: String,
    },
    /// A timetable places an exam twice, or not at all.
    #[error(
        "exam `{exam}` is placed {count} times in the timetable; it needs exactly one placement"
    )]
    PlacementCount {
        /// The exam.
        exam: String,
        /// How many placements it has.
        count: usize,
    },
    /// No policy version is in force on the session's first day.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// The policy's parameters cannot be used (every problem is listed).
    #[error(transparent)]
    InvalidPolicy(#[from] InvalidPolicy),
    /// A value out of its range, named by its field (`options.threads`, `exams[2].max_rooms`).
    #[error("`{field}` = {value}: {expected}")]
    OutOfRange {
        /// The field, as a path.
        field: String,
        /// The value given.
        value: String,
        /// What it must be.
        expected: &'static str,
    },
    /// A portfolio's last day before its first.
    #[error("placement of `{exam}`: `last_day` = {last_day} comes before its start {start}")]
    LastDayBeforeStart {
        /// The exam.
        exam: String,
        /// The start day.
        start: NaiveDate,
        /// The last day given.
        last_day: NaiveDate,
    },
}
