//! The Toronto benchmarks (Carter, Laporte & Lee 1996): `.crs`/`.stu` files and the proximity
//! cost.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    BenchExam, BenchInstance, BenchPeriod, BenchRoom, BenchSolution, BenchmarkError, BenchmarkKind,
    Weights,
};

/// Reads a Toronto instance from its `.crs` and `.stu` texts, with the standard number of
/// periods. The enrolment counts of the `.crs` file are checked against the student lists.
pub fn parse_toronto(
    name: &str,
    crs: &str,
    stu: &str,
    periods: u32,
) -> Result<BenchInstance, BenchmarkError> {
    let error = |file: &str, line: usize, message: String| BenchmarkError {
        file: format!("{name}.{file}"),
        line,
        message,
    };
    let mut declared = Vec::new();
    for (i, line) in crs.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() {
            continue;
        }
        let parse = |k: usize| -> Result<u32, BenchmarkError> {
            fields.get(k).and_then(|f| f.parse().ok()).ok_or_else(|| {
                error(
                    "crs",
                    i + 1,
                    format!("expected `<exam id> <count>`, got {line:?}"),
                )
            })
        };
        let (id, count) = (parse(0)?, parse(1)?);
        if id as usize != declared.len() + 1 {
            return Err(error(
                "crs",
                i + 1,
                format!(
                    "exam id {id} out of order (expected {})",
                    declared.len() + 1
                ),
            ));
        }
        declared.push(count);
    }
    let mut exams: Vec<BenchExam> = declared
        .iter()
        .map(|_| BenchExam {
            duration: 0,
            students: Vec::new(),
        })
        .collect();
    let mut students = 0u32;
    for (i, line) in stu.lines().enumerate() {
        let ids: Vec<&str> = line.split_whitespace().collect();
        if ids.is_empty() {
            continue;
        }
        for id in ids {
            let id: usize = id
                .parse()
                .map_err(|_| error("stu", i + 1, format!("{id:?} is not an exam id")))?;
            let exam = id
                .checked_sub(1)
                .and_then(|k| exams.get_mut(k))
                .ok_or_else(|| error("stu", i + 1, format!("exam {id} is not in the .crs file")))?;
            exam.students.push(students);
        }
        students += 1;
    }
    for (k, (exam, count)) in exams.iter().zip(&declared).enumerate() {
        if exam.students.len() != *count as usize {
            return Err(error(
                "crs",
                k + 1,
                format!(
                    "exam {} declares {count} students but the .stu file lists {}",
                    k + 1,
                    exam.students.len()
                ),
            ));
        }
    }
    Ok(BenchInstance {
        name: name.to_owned(),
        kind: BenchmarkKind::Toronto,
        exams,
        students,
        periods: (0..periods)
            .map(|p| BenchPeriod {
                day: p,
                duration: u32::MAX,
                penalty: 0,
            })
            .collect(),
        rooms: vec![BenchRoom {
            capacity: u32::MAX,
            penalty: 0,
        }],
        after: Vec::new(),
        coincidence: Vec::new(),
        exclusion: Vec::new(),
        room_exclusive: Vec::new(),
        weights: Weights::default(),
    })
}

/// The Toronto cost of a solution.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TorontoCost {
    /// Student conflicts (two exams of a student in one period): 0 when feasible.
    pub conflicts: u64,
    /// Σ over students of w(d) for each pair of their exams d = 1..5 periods apart, w = 16, 8, 4,
    /// 2, 1.
    pub penalty: u64,
    /// The penalty divided by the number of students: the published figure.
    pub per_student: Decimal,
}

/// The Toronto proximity cost of `solution`.
pub fn toronto_cost(instance: &BenchInstance, solution: &BenchSolution) -> TorontoCost {
    const WEIGHTS: [u64; 6] = [0, 16, 8, 4, 2, 1];
    let mut conflicts = 0;
    let mut penalty = 0;
    for exams in instance.exams_of_students() {
        for (i, &a) in exams.iter().enumerate() {
            for &b in &exams[i + 1..] {
                let d = solution.period[a].abs_diff(solution.period[b]);
                if d == 0 {
                    conflicts += 1;
                } else if d <= 5 {
                    penalty += WEIGHTS[d];
                }
            }
        }
    }
    let per_student = if instance.students == 0 {
        Decimal::ZERO
    } else {
        Decimal::from(penalty) / Decimal::from(instance.students)
    };
    TorontoCost {
        conflicts,
        penalty,
        per_student,
    }
}
