//! Solutions in the formats researchers exchange them, so that Regula's results can be checked
//! by the independent validators of the community: ITC2007's `.sln` (one `period, room` line per
//! exam, in the order of the instance, as the competition's validator reads it) and the Toronto
//! `.sol` (one `exam period` line per exam, exams numbered as in the `.crs` file).

use super::{BenchInstance, BenchSolution, BenchmarkError, BenchmarkKind};

/// The extension of a solution file of `kind`: `sln` (ITC2007) or `sol` (Toronto).
pub fn solution_extension(kind: BenchmarkKind) -> &'static str {
    match kind {
        BenchmarkKind::Itc2007 => "sln",
        BenchmarkKind::Toronto => "sol",
    }
}

/// `solution` in the format of `instance`'s benchmark.
pub fn write_solution(instance: &BenchInstance, solution: &BenchSolution) -> String {
    let mut out = String::new();
    for (exam, (&period, &room)) in solution.period.iter().zip(&solution.room).enumerate() {
        let line = match instance.kind {
            BenchmarkKind::Itc2007 => format!("{period}, {room}\n"),
            BenchmarkKind::Toronto => format!("{:04} {period}\n", exam + 1),
        };
        out.push_str(&line);
    }
    out
}

/// Reads a solution of `instance` written in its benchmark's format (`file` names it in errors):
/// every exam placed once, in a period and a room the instance has. An error names the line.
pub fn read_solution(
    instance: &BenchInstance,
    file: &str,
    text: &str,
) -> Result<BenchSolution, BenchmarkError> {
    let error = |line: usize, message: String| BenchmarkError {
        file: file.to_owned(),
        line,
        message,
    };
    let exams = instance.exams.len();
    let mut period: Vec<Option<usize>> = vec![None; exams];
    let mut room = vec![0; exams];
    let mut next = 0;
    for (i, line) in text.lines().enumerate() {
        let fields: Vec<&str> = line
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|f| !f.is_empty())
            .collect();
        if fields.is_empty() {
            continue;
        }
        let number = |k: usize| -> Result<usize, BenchmarkError> {
            fields.get(k).and_then(|f| f.parse().ok()).ok_or_else(|| {
                let expected = match instance.kind {
                    BenchmarkKind::Itc2007 => "`<period>, <room>`",
                    BenchmarkKind::Toronto => "`<exam> <period>`",
                };
                error(i + 1, format!("expected {expected}, got {line:?}"))
            })
        };
        let (exam, p, r) = match instance.kind {
            BenchmarkKind::Itc2007 => {
                let exam = next;
                next += 1;
                (exam, number(0)?, number(1)?)
            }
            BenchmarkKind::Toronto => {
                let id = number(0)?;
                let exam = id
                    .checked_sub(1)
                    .ok_or_else(|| error(i + 1, format!("exam {id}: exams are numbered from 1")))?;
                (exam, number(1)?, 0)
            }
        };
        if exam >= exams {
            return Err(error(
                i + 1,
                format!("exam {} is beyond the instance's {exams} exams", exam + 1),
            ));
        }
        for (what, value, count) in [
            ("period", p, instance.periods.len()),
            ("room", r, instance.rooms.len()),
        ] {
            if value >= count {
                return Err(error(
                    i + 1,
                    format!(
                        "{what} {value} is beyond the instance's {count} {what}s (numbered from 0)"
                    ),
                ));
            }
        }
        if period[exam].replace(p).is_some() {
            return Err(error(i + 1, format!("exam {} is placed twice", exam + 1)));
        }
        room[exam] = r;
    }
    let missing: Vec<String> = period
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_none())
        .map(|(e, _)| (e + 1).to_string())
        .take(10)
        .collect();
    if !missing.is_empty() {
        return Err(error(
            0,
            format!(
                "{} of {exams} exams are not placed (exams {}{})",
                period.iter().filter(|p| p.is_none()).count(),
                missing.join(", "),
                if missing.len() == 10 { ", …" } else { "" }
            ),
        ));
    }
    Ok(BenchSolution {
        period: period.into_iter().map(|p| p.unwrap_or(0)).collect(),
        room,
    })
}
