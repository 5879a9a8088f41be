//! The engine's one model: periods grouped in days, rooms, exams with their candidate periods,
//! the hard constraints between them and the weighted soft goals. A UMC session plan
//! (`solve/translate.rs`) and an ITC2007 or Toronto instance (`benchmarks/translate.rs`) are each
//! translated into it.

/// A period (time slot) of the model, in time order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Period {
    /// Its day (0-based; periods of one day share it).
    pub(crate) day: u32,
    /// Its length in minutes: an exam longer than this cannot take it.
    pub(crate) duration: u32,
    /// The cost of any exam placed in it (ITC2007 period penalty).
    pub(crate) penalty: u32,
}

/// A room that exams of one period share up to its capacity (ITC2007). A model without rooms
/// leaves rooms to a later stage (a UMC day's start times and rooms).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Room {
    /// Seats.
    pub(crate) capacity: u32,
    /// The cost of any exam placed in it.
    pub(crate) penalty: u32,
}

/// An exam of the model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Exam {
    /// Seats it needs.
    pub(crate) size: u32,
    /// Its duration in minutes.
    pub(crate) duration: u32,
    /// The periods it may take (empty: every period): fixed dates, unavailable committee members,
    /// rest days (SC-1, SC-6).
    pub(crate) allowed: Vec<bool>,
    /// The cost of each period for this exam (empty: none): a date other than the preferred one
    /// (SC-6), a repair moving it, ITC2007's front load.
    pub(crate) period_costs: Vec<u32>,
    /// Alone in its room (ITC2007 ROOM_EXCLUSIVE).
    pub(crate) exclusive: bool,
    /// Whether it takes a seat in one of the model's rooms.
    pub(crate) seated: bool,
}

/// Two exams that share people (students, a group): a hard distance and a soft one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Conflict {
    /// The two exams.
    pub(crate) exams: (usize, usize),
    /// Hard: `Some(0)` — never in the same period (a clash); `Some(k ≥ 1)` — at least `k` days
    /// apart (SC-4 for a group: 3 by default; 1 for a restanțier's exams: never on one day);
    /// `None` — no hard distance, only the soft spread (SC-4 with a gap of 0 days: a group's
    /// exams may share a day, the times step keeps their sittings apart).
    pub(crate) min_days: Option<u32>,
    /// How many people the two exams share, the multiplier of the soft spread.
    pub(crate) weight: u32,
    /// Which of the model's [`Spread`]s prices their distance.
    pub(crate) spread: usize,
}

/// The soft cost of two conflicting exams' distance, per person they share.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Spread {
    /// ITC2007: two in a row, two in a day, and the period spread.
    Itc2007 {
        /// Consecutive periods of one day.
        two_in_a_row: u32,
        /// One day, not consecutive.
        two_in_a_day: u32,
        /// Within this many periods, 1 each.
        period_spread: u32,
    },
    /// By distance in periods: `costs[d]` for `d` periods apart, 0 beyond (Toronto's proximity,
    /// 16, 8, 4, 2, 1).
    ByPeriods(Vec<u32>),
    /// By distance in days: `costs[d]` for `d` days apart, 0 beyond (a group's exams spread over
    /// the session, SC-4's spirit).
    ByDays(Vec<u32>),
}

/// A link between two exams asked for by the timetabler (SC-PAIR, ITC2007's period constraints).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// The first in an earlier period than the second.
    Before(usize, usize),
    /// In one period.
    SamePeriod(usize, usize),
    /// On one day.
    SameDay(usize, usize),
    /// Never in one period.
    DifferentPeriods(usize, usize),
}

/// The exams of one person or group and their hard caps (SC-LOAD).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Load {
    /// The exams.
    pub(crate) exams: Vec<usize>,
    /// At most this many on one day.
    pub(crate) per_day: Option<u32>,
    /// At most `.0` exams in any `.1` consecutive days.
    pub(crate) in_days: Option<(u32, u32)>,
}

/// A person examining (a teacher, SC-5): caps per day and a cost per day used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DayResource {
    /// Their exams, each with the tags it brings (a teacher's groups; none for a form that does
    /// not count towards the load).
    pub(crate) exams: Vec<(usize, Vec<u32>)>,
    /// At most this many distinct tags on one day.
    pub(crate) max_tags: u32,
    /// At most this many minutes of exams on one day.
    pub(crate) max_minutes: u32,
    /// The cost of each day on which they examine.
    pub(crate) day_cost: u32,
}

/// The model.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Model {
    /// The periods, in time order.
    pub(crate) periods: Vec<Period>,
    /// The rooms (none: rooms are chosen later).
    pub(crate) rooms: Vec<Room>,
    /// The exams.
    pub(crate) exams: Vec<Exam>,
    /// Pairs of exams sharing people.
    pub(crate) conflicts: Vec<Conflict>,
    /// The soft spreads the conflicts refer to.
    pub(crate) spreads: Vec<Spread>,
    /// The timetabler's links.
    pub(crate) links: Vec<Link>,
    /// Per-person caps.
    pub(crate) loads: Vec<Load>,
    /// Teachers' caps and days.
    pub(crate) resources: Vec<DayResource>,
    /// The cost of each extra distinct duration in a room and period (ITC2007).
    pub(crate) mixed_durations: u32,
}

/// A period (and a room, where the model has rooms) for every exam; `None` where the search
/// placed none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Assignment {
    /// The period of each exam.
    pub(crate) period: Vec<Option<usize>>,
    /// The room of each exam.
    pub(crate) room: Vec<Option<usize>>,
}
