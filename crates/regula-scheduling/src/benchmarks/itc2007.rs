//! The ITC2007 examination track: the `.exam` format and the official cost function (McCollum
//! et al., "The Second International Timetabling Competition: Examination Timetabling Track",
//! 2007).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{
    BenchExam, BenchInstance, BenchPeriod, BenchRoom, BenchSolution, BenchmarkError, BenchmarkKind,
    Weights,
};

/// Reads an ITC2007 `.exam` file.
pub fn parse_itc2007(name: &str, text: &str) -> Result<BenchInstance, BenchmarkError> {
    let error = |line: usize, message: String| BenchmarkError {
        file: name.to_owned(),
        line,
        message,
    };
    let mut section = String::new();
    let mut exams = Vec::new();
    let mut periods = Vec::new();
    let mut rooms = Vec::new();
    let mut after = Vec::new();
    let mut coincidence = Vec::new();
    let mut exclusion = Vec::new();
    let mut room_exclusive = Vec::new();
    let mut weights = Weights::default();
    let mut days: HashMap<String, u32> = HashMap::new();
    // Student ids as written, to dense indices 0..students.
    let mut student_index: HashMap<u32, u32> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            section = line
                .trim_start_matches('[')
                .split([':', ']'])
                .next()
                .unwrap_or_default()
                .to_owned();
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let number = |k: usize| -> Result<u32, BenchmarkError> {
            fields
                .get(k)
                .ok_or_else(|| error(line_no, format!("field {} is missing in {line:?}", k + 1)))?
                .parse::<u32>()
                .map_err(|_| {
                    error(
                        line_no,
                        format!("field {} is not a number in {line:?}", k + 1),
                    )
                })
        };
        match section.as_str() {
            "Exams" => {
                let duration = number(0)?;
                let mut students = Vec::with_capacity(fields.len().saturating_sub(1));
                for (k, field) in fields.iter().enumerate().skip(1) {
                    if field.is_empty() {
                        continue;
                    }
                    let id = number(k)?;
                    let next = student_index.len() as u32;
                    students.push(*student_index.entry(id).or_insert(next));
                }
                exams.push(BenchExam { duration, students });
            }
            "Periods" => {
                let date = fields.first().copied().unwrap_or_default().to_owned();
                let next = days.len() as u32;
                let day = *days.entry(date).or_insert(next);
                periods.push(BenchPeriod {
                    day,
                    duration: number(2)?,
                    penalty: number(3)?,
                });
            }
            "Rooms" => rooms.push(BenchRoom {
                capacity: number(0)?,
                penalty: number(1)?,
            }),
            "PeriodHardConstraints" => {
                let (a, b) = (number(0)? as usize, number(2)? as usize);
                match fields.get(1).copied() {
                    Some("AFTER") => after.push((a, b)),
                    Some("EXAM_COINCIDENCE") => coincidence.push((a, b)),
                    Some("EXCLUSION") => exclusion.push((a, b)),
                    other => {
                        return Err(error(
                            line_no,
                            format!("unknown period constraint {other:?}"),
                        ));
                    }
                }
            }
            "RoomHardConstraints" => match fields.get(1).copied() {
                Some("ROOM_EXCLUSIVE") => room_exclusive.push(number(0)? as usize),
                other => return Err(error(line_no, format!("unknown room constraint {other:?}"))),
            },
            "InstitutionalWeightings" => match fields.first().copied() {
                Some("TWOINAROW") => weights.two_in_a_row = number(1)?,
                Some("TWOINADAY") => weights.two_in_a_day = number(1)?,
                Some("PERIODSPREAD") => weights.period_spread = number(1)?,
                Some("NONMIXEDDURATIONS") => weights.non_mixed_durations = number(1)?,
                Some("FRONTLOAD") => {
                    weights.front_load_exams = number(1)?;
                    weights.front_load_periods = number(2)?;
                    weights.front_load_weight = number(3)?;
                }
                other => return Err(error(line_no, format!("unknown weighting {other:?}"))),
            },
            other => {
                return Err(error(
                    line_no,
                    format!("a line outside any known section ({other:?})"),
                ));
            }
        }
    }
    let n = exams.len();
    for &(a, b) in after.iter().chain(&coincidence).chain(&exclusion) {
        if a >= n || b >= n {
            return Err(error(
                0,
                format!("a period constraint names exam {} of {n}", a.max(b)),
            ));
        }
    }
    if let Some(&e) = room_exclusive.iter().find(|&&e| e >= n) {
        return Err(error(0, format!("a room constraint names exam {e} of {n}")));
    }
    if exams.is_empty() || periods.is_empty() || rooms.is_empty() {
        return Err(error(0, "the file lacks exams, periods or rooms".into()));
    }
    Ok(BenchInstance {
        name: name.to_owned(),
        kind: BenchmarkKind::Itc2007,
        exams,
        students: student_index.len() as u32,
        periods,
        rooms,
        after,
        coincidence,
        exclusion,
        room_exclusive,
        weights,
    })
}

/// The ITC2007 cost of a solution: the hard violations (a feasible solution has none) and the
/// soft penalty, term by term.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Itc2007Cost {
    /// Hard violations: student conflicts, room overflows, too-short periods, period and room
    /// constraints.
    pub hard: u64,
    /// The soft penalty (the competition's score when `hard` is 0).
    pub soft: u64,
    /// Two in a row.
    pub two_in_a_row: u64,
    /// Two in a day.
    pub two_in_a_day: u64,
    /// Period spread.
    pub period_spread: u64,
    /// Mixed durations.
    pub mixed_durations: u64,
    /// Front load.
    pub front_load: u64,
    /// Period penalties.
    pub period_penalty: u64,
    /// Room penalties.
    pub room_penalty: u64,
}

/// The official ITC2007 cost of `solution`.
pub fn itc2007_cost(instance: &BenchInstance, solution: &BenchSolution) -> Itc2007Cost {
    let mut cost = Itc2007Cost::default();
    let periods = &instance.periods;
    let w = &instance.weights;
    // Student conflicts and the student-based soft terms.
    for exams in instance.exams_of_students() {
        for (i, &a) in exams.iter().enumerate() {
            for &b in &exams[i + 1..] {
                let (pa, pb) = (solution.period[a], solution.period[b]);
                if pa == pb {
                    cost.hard += 1;
                    continue;
                }
                let gap = pa.abs_diff(pb);
                if periods[pa].day == periods[pb].day {
                    if gap == 1 {
                        cost.two_in_a_row += u64::from(w.two_in_a_row);
                    } else {
                        cost.two_in_a_day += u64::from(w.two_in_a_day);
                    }
                }
                if gap <= w.period_spread as usize {
                    cost.period_spread += 1;
                }
            }
        }
    }
    // Rooms: capacity, exclusivity, mixed durations; periods: duration; penalties.
    let mut seated: HashMap<(usize, usize), (u32, Vec<u32>, usize)> = HashMap::new();
    for (e, exam) in instance.exams.iter().enumerate() {
        let (p, r) = (solution.period[e], solution.room[e]);
        if exam.duration > periods[p].duration {
            cost.hard += 1;
        }
        cost.period_penalty += u64::from(periods[p].penalty);
        cost.room_penalty += u64::from(instance.rooms[r].penalty);
        let entry = seated.entry((p, r)).or_default();
        entry.0 += exam.students.len() as u32;
        if !entry.1.contains(&exam.duration) {
            entry.1.push(exam.duration);
        }
        entry.2 += 1;
    }
    for (&(_, r), (students, durations, count)) in &seated {
        if *students > instance.rooms[r].capacity {
            cost.hard += 1;
        }
        cost.mixed_durations += (durations.len() as u64 - 1) * u64::from(w.non_mixed_durations);
        let _ = count;
    }
    for &e in &instance.room_exclusive {
        let key = (solution.period[e], solution.room[e]);
        if seated.get(&key).is_some_and(|s| s.2 > 1) {
            cost.hard += 1;
        }
    }
    for &(a, b) in &instance.after {
        if solution.period[a] <= solution.period[b] {
            cost.hard += 1;
        }
    }
    for &(a, b) in &instance.coincidence {
        if solution.period[a] != solution.period[b] {
            cost.hard += 1;
        }
    }
    for &(a, b) in &instance.exclusion {
        if solution.period[a] == solution.period[b] {
            cost.hard += 1;
        }
    }
    // Front load: the largest exams in the last periods.
    let mut by_size: Vec<usize> = (0..instance.exams.len()).collect();
    by_size.sort_by_key(|&e| (std::cmp::Reverse(instance.exams[e].students.len()), e));
    let first_late = periods.len().saturating_sub(w.front_load_periods as usize);
    for &e in by_size.iter().take(w.front_load_exams as usize) {
        if solution.period[e] >= first_late {
            cost.front_load += u64::from(w.front_load_weight);
        }
    }
    cost.soft = cost.two_in_a_row
        + cost.two_in_a_day
        + cost.period_spread
        + cost.mixed_durations
        + cost.front_load
        + cost.period_penalty
        + cost.room_penalty;
    cost
}
