//! The catalog's invariants as property tests, each named after its rule.

use proptest::prelude::*;
use regula_calendar::Instant;
use regula_catalog::{Catalog, CatalogPolicy, Command, Mark, replay};
use regula_core::Grade;

/// The example catalog with six exams on one day, so that every session column can fill.
fn catalog() -> Catalog {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    let c: Catalog = serde_json::from_value(request["catalog"].clone()).unwrap();
    assert!(c.history.is_empty(), "a fresh catalog");
    let template = c.exams[1].clone(); // an online quiz: the holder's signature suffices
    let exams = (0..6)
        .map(|i| {
            let mut e = template.clone();
            e.id = format!("E{i}");
            e.session = format!("session {i}");
            e.date = "2021-01-25".parse().unwrap();
            e
        })
        .collect();
    // Made anew with its exams: the exams are part of what the hash chain's first link covers.
    Catalog::new(c.header, c.students, exams).unwrap()
}

const STUDENTS: [&str; 5] = ["NAV-1001", "NAV-1002", "NAV-1003", "NAV-1004", "NAV-0000"];
const PEOPLE: [&str; 3] = ["prof. Ionescu Mihai", "asist. Marin Ana", "Popa Maria"];

#[derive(Debug, Clone)]
enum Op {
    Enter {
        s: usize,
        e: usize,
        g: Option<u8>,
        by: usize,
        sign: bool,
    },
    Correct {
        s: usize,
        col: usize,
        g: Option<u8>,
        by: usize,
    },
    Sign {
        s: usize,
        col: usize,
        by: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let mark = prop::option::weighted(0.85, 1u8..=10);
    prop_oneof![
        4 => (0..5usize, 0..6usize, mark.clone(), prop::sample::select(vec![0usize, 0, 0, 1, 2]), any::<bool>())
            .prop_map(|(s, e, g, by, sign)| Op::Enter { s, e, g, by, sign }),
        3 => (0..5usize, 1..6usize, mark, prop::sample::select(vec![0usize, 0, 1])).prop_map(|(s, col, g, by)| Op::Correct { s, col, g, by }),
        1 => (0..5usize, 1..6usize, 0..3usize).prop_map(|(s, col, by)| Op::Sign { s, col, by }),
    ]
}

fn to_mark(g: Option<u8>) -> Mark {
    g.map_or(Mark::Absent, |g| Mark::Grade(Grade::new(g).unwrap()))
}

fn command(op: &Op, minute: usize) -> Command {
    let at: Instant = format!("2021-01-25T{:02}:{:02}", 8 + minute / 60, minute % 60)
        .parse()
        .unwrap();
    match *op {
        Op::Enter { s, e, g, by, sign } => Command::Enter {
            student: STUDENTS[s].into(),
            exam: format!("E{e}"),
            mark: to_mark(g),
            by: PEOPLE[by].into(),
            at,
            signatures: if sign {
                vec![PEOPLE[by].into()]
            } else {
                vec![]
            },
        },
        Op::Correct { s, col, g, by } => Command::Correct {
            student: STUDENTS[s].into(),
            column: col,
            mark: to_mark(g),
            by: PEOPLE[by].into(),
            at,
        },
        Op::Sign { s, col, by } => Command::Sign {
            student: STUDENTS[s].into(),
            column: col,
            exam: None,
            signer: PEOPLE[by].into(),
            at,
        },
    }
}

/// The example catalog after every command `ops` stand for is attempted, refused ones included.
fn attempt(ops: &[Op]) -> Catalog {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    for (i, op) in ops.iter().enumerate() {
        let _ = c.apply_explained(&policy, Grade::FIVE, &command(op, i));
    }
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// CA-6: whatever sequence of entries, signatures and corrections is attempted, every value
    /// ever written is still in the history and each cell holds the last value written to it (as
    /// a model of the accepted commands, kept outside the catalog, says); a refused command
    /// changes nothing; replaying the history gives the rows; and the catalog survives JSON
    /// unchanged (its rows checked against its history on the way back).
    #[test]
    fn ca_6_the_history_gives_the_catalog_and_keeps_every_value(ops in prop::collection::vec(op(), 0..60)) {
        let policy = CatalogPolicy::umc_2020();
        let mut c = catalog();
        let mut written: Vec<(String, usize, Mark)> = Vec::new();
        for (i, op) in ops.iter().enumerate() {
            let cmd = command(op, i);
            let before = c.clone();
            match c.apply_explained(&policy, Grade::FIVE, &cmd) {
                Ok(_) => match &cmd {
                    Command::Enter { student, mark, .. } => {
                        let column = c.row(student).unwrap().cells.len();
                        written.push((student.clone(), column, *mark));
                    }
                    Command::Correct { student, column, mark, .. } => {
                        written.push((student.clone(), *column, *mark));
                    }
                    Command::Sign { .. }
                    | Command::TechnicalFailure { .. }
                    | Command::Annul { .. }
                    | Command::Improve { .. } => {}
                },
                Err(_) => prop_assert_eq!(&c, &before, "a refused command changed the catalog"),
            }
        }
        prop_assert_eq!(replay(&c, &c.history).unwrap(), c.rows.clone());
        let mut last: std::collections::HashMap<(&str, usize), Mark> = Default::default();
        for (student, column, mark) in &written {
            prop_assert!(c.values_written(student, *column).contains(mark));
            last.insert((student.as_str(), *column), *mark);
        }
        for ((student, column), mark) in &last {
            prop_assert_eq!(c.row(student).unwrap().cells[column - 1].mark, *mark);
        }
        for row in &c.rows {
            for (k, cell) in row.cells.iter().enumerate() {
                let values = c.values_written(&row.student, k + 1);
                prop_assert_eq!(values.last(), Some(&cell.mark));
                prop_assert_eq!(values.len(), cell.corrections.len() + 1);
            }
        }
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Catalog>(&json).unwrap(), c);
    }

    /// CA-2: no student's row ever holds more than the four session columns; CA-3: a student
    /// with a recognised grade is never examined again.
    #[test]
    fn ca_2_no_row_holds_more_than_four_columns(ops in prop::collection::vec(op(), 0..80)) {
        let c = attempt(&ops);
        for row in &c.rows {
            prop_assert!(row.cells.len() <= 4);
        }
        prop_assert!(c.row("NAV-1002").unwrap().cells.is_empty());
    }

    /// CA-6: only the course holder's corrections are ever recorded.
    #[test]
    fn ca_6_every_correction_is_the_holders(ops in prop::collection::vec(op(), 0..60)) {
        let c = attempt(&ops);
        for row in &c.rows {
            for cell in &row.cells {
                for x in &cell.corrections {
                    prop_assert_eq!(&x.by, &c.header.holder);
                }
            }
        }
    }
}

/// The example catalog with the winter exam `E0` on 25 January 2021 and six improvement exams
/// `I1`..`I6` on the first days of February, all online quizzes (the holder signs alone).
fn improvement_catalog() -> Catalog {
    let c = catalog();
    let template = c.exams[0].clone();
    let exams = (0..7)
        .map(|i| {
            let mut e = template.clone();
            e.id = if i == 0 { "E0".into() } else { format!("I{i}") };
            e.session = format!("session {i}");
            e.date = if i == 0 {
                "2021-01-25".parse().unwrap()
            } else {
                format!("2021-02-0{i}").parse().unwrap()
            };
            e
        })
        .collect();
    Catalog::new(c.header, c.students, exams).unwrap()
}

/// The students who sit the winter exam (not NAV-1002, whose grade is recognised).
const SITTING: [&str; 3] = ["NAV-1001", "NAV-1003", "NAV-1004"];

/// An improvement attempt: a student (of `SITTING`, or one not on the catalog), an improvement
/// exam 1..=6, its result (absent when `None`), the column named (1, or an empty 2).
#[derive(Debug, Clone)]
struct Attempt {
    s: usize,
    exam: usize,
    result: Option<u8>,
    column: usize,
}

fn attempt_op() -> impl Strategy<Value = Attempt> {
    (
        prop::sample::select(vec![0usize, 0, 1, 1, 2, 2, 3]),
        1..=6usize,
        prop::option::weighted(0.85, 1u8..=10),
        prop::sample::select(vec![1usize, 1, 1, 1, 2]),
    )
        .prop_map(|(s, exam, result, column)| Attempt {
            s,
            exam,
            result,
            column,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// GR-14: after any sequence of improvements, the cell's grade is never below the grade
    /// before each improvement and equals the highest of the passing grade entered and the
    /// grades the improvements gave; only a passing grade is improved (GR-13), each improvement
    /// exam once per column; every improvement stays in the history, the rows are what it gives
    /// and the catalog reads back from JSON unchanged.
    #[test]
    fn gr14_an_improvement_never_lowers_a_grade_and_the_highest_passing_grade_stands(
        entries in prop::collection::vec(prop::option::weighted(0.85, 1u8..=10), 3),
        mut attempts in prop::collection::vec(attempt_op(), 0..25),
        pass in 2u8..=10,
    ) {
        let policy = CatalogPolicy::umc_2020();
        // The grading policy's pass grade, whatever it is (GR-13).
        let pass = Grade::new(pass).unwrap();
        let mut c = improvement_catalog();
        for (s, entry) in entries.iter().enumerate() {
            let command = Command::Enter {
                student: SITTING[s].into(),
                exam: "E0".into(),
                mark: to_mark(*entry),
                by: PEOPLE[0].into(),
                at: format!("2021-01-25T10:0{s}").parse().unwrap(),
                signatures: vec![PEOPLE[0].into()],
            };
            c.apply(&policy, pass, &command).unwrap();
        }
        // In the order of the improvement exams' days, so that time only grows.
        attempts.sort_by_key(|a| a.exam);
        // The model, outside the catalog: the improvement exams each column took.
        let mut taken: Vec<Vec<usize>> = vec![Vec::new(); 3];
        let mut results: Vec<Vec<Grade>> = vec![Vec::new(); 3];
        for (i, a) in attempts.iter().enumerate() {
            let command = Command::Improve {
                student: SITTING.get(a.s).copied().unwrap_or("NAV-0000").into(),
                column: a.column,
                exam: format!("I{}", a.exam),
                mark: to_mark(a.result),
                by: PEOPLE[0].into(),
                at: format!("2021-02-0{}T09:{:02}", a.exam, i).parse().unwrap(),
                signatures: vec![],
            };
            let before = c.clone();
            let passing = entries
                .get(a.s)
                .copied()
                .flatten()
                .is_some_and(|g| g >= pass.value());
            let expected = a.s < 3 && a.column == 1 && passing && !taken[a.s].contains(&a.exam);
            match c.apply(&policy, pass, &command) {
                Ok(()) => {
                    prop_assert!(expected, "accepted {a:?}");
                    taken[a.s].push(a.exam);
                    if let Some(g) = a.result {
                        results[a.s].push(Grade::new(g).unwrap());
                    }
                }
                Err(err) => {
                    prop_assert!(!expected, "refused {a:?}: {err}");
                    prop_assert_eq!(&c, &before, "a refused command changed the catalog");
                }
            }
        }
        for (s, entry) in entries.iter().enumerate() {
            let cell = &c.row(SITTING[s]).unwrap().cells[0];
            prop_assert_eq!(cell.improvements.len(), taken[s].len());
            let mut standing = cell.improvements.first().map(|i| i.before);
            for imp in &cell.improvements {
                // Each improves the grade that stood, and never lowers it.
                prop_assert_eq!(Some(imp.before), standing);
                prop_assert!(imp.stands >= imp.before);
                standing = Some(imp.stands);
            }
            match entry.map(|g| Grade::new(g).unwrap()) {
                Some(g) if g >= pass => {
                    let highest = results[s].iter().copied().fold(g, Grade::max);
                    prop_assert_eq!(cell.mark, Mark::Grade(highest));
                }
                other => {
                    prop_assert!(cell.improvements.is_empty());
                    prop_assert_eq!(cell.mark, other.map_or(Mark::Absent, Mark::Grade));
                }
            }
        }
        prop_assert_eq!(replay(&c, &c.history).unwrap(), c.rows.clone());
        let json = serde_json::to_string(&c).unwrap();
        prop_assert_eq!(serde_json::from_str::<Catalog>(&json).unwrap(), c);
    }
}
