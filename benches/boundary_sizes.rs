//! Issue #17, item 2: does the JSON boundary answer in time linear in its input? For every
//! example request, every array is grown to 1,000, 10,000 and 100,000 copies of its first item,
//! and every string to 10,000, 100,000 and 1,000,000 characters; each request is decided (a
//! decision or an error, whichever the copies make it) and timed, the fastest of three runs.
//! Prints, per command and field, the time per item at each size and how much the time per item
//! grew from the smallest size to the largest: about 1 is linear, 10 would be quadratic. A size
//! that takes longer than 5 seconds stops that field's growth (`stopped`).
//!
//! Not a criterion bench: hundreds of inputs, each measured once per size, are enough to tell a
//! line from a parabola, and a criterion run of them all would take hours.
//!
//!   cargo bench --bench boundary_sizes [-- COMMAND...]

use std::time::{Duration, Instant};

use regula::Policy;
use regula::json::{self, Context};
use rust_decimal::Decimal;
use serde_json::Value;

const ARRAY_SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const STRING_SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];
const ENOUGH: Duration = Duration::from_secs(5);

fn main() {
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let policy = Policy::umc_2020();
    println!(
        "| command | field | kind | per item at the smallest | at the middle | at the largest | growth | answer at the largest |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut worst = (Decimal::ZERO, String::new());
    for command in json::commands() {
        if !only.is_empty() && !only.iter().any(|o| o == command.name) {
            continue;
        }
        let file = root
            .join("examples/requests")
            .join(format!("{}.json", command.name.replace(' ', "-")));
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        let request: Value = serde_json::from_str(&text).expect("an example is JSON");
        for (path, kind) in grown_fields(&request) {
            let sizes = match kind {
                Kind::Array => ARRAY_SIZES,
                Kind::String => STRING_SIZES,
            };
            let mut per_item = Vec::new();
            let mut answer = "";
            for n in sizes {
                let grown = serde_json::to_string(&grow(&request, &path, kind, n)).unwrap();
                let (time, ok) = fastest(|| {
                    json::decide(command.name, &policy, &grown, &mut Context::default()).is_ok()
                });
                // Picoseconds, so that a few nanoseconds per character keep their digits.
                per_item.push(
                    Decimal::from(time.as_nanos()) * Decimal::ONE_THOUSAND / Decimal::from(n),
                );
                answer = if ok { "decision" } else { "error" };
                if time > ENOUGH {
                    break;
                }
            }
            let cell = |i: usize| {
                per_item.get(i).map_or("stopped".to_owned(), |ps| {
                    format!("{} ns", (ps / Decimal::ONE_THOUSAND).round())
                })
            };
            let growth = (per_item.last().unwrap() / per_item[0].max(Decimal::ONE)).round_dp(1);
            let name = format!("{} {}", command.name, path_text(&path));
            if per_item.len() == sizes.len() && growth > worst.0 {
                worst = (growth, name.clone());
            }
            println!(
                "| {} | `{}` | {} | {} | {} | {} | {}{} | {} |",
                command.name,
                path_text(&path),
                kind.noun(),
                cell(0),
                cell(1),
                cell(2),
                growth,
                if per_item.len() < sizes.len() {
                    " (stopped)"
                } else {
                    ""
                },
                answer,
            );
        }
    }
    println!(
        "\nlargest growth of the time per item: {} ({})",
        worst.0, worst.1
    );
}

/// The fastest of three runs of `f` (one when a run takes longer than [`ENOUGH`]).
fn fastest(mut f: impl FnMut() -> bool) -> (Duration, bool) {
    let mut best = Duration::MAX;
    let mut ok = false;
    for _ in 0..3 {
        let start = Instant::now();
        ok = std::hint::black_box(f());
        best = best.min(start.elapsed());
        if best > ENOUGH {
            break;
        }
    }
    (best, ok)
}

#[derive(Clone, Copy)]
enum Kind {
    Array,
    String,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Array => "array",
            Kind::String => "string",
        }
    }
}

/// Every non-empty array and every string of `v`, by path (the first item of each array only).
fn grown_fields(v: &Value) -> Vec<(Vec<Step>, Kind)> {
    let mut out = Vec::new();
    let mut pending = vec![(v, Vec::new())];
    while let Some((v, path)) = pending.pop() {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let mut p = path.clone();
                    p.push(Step::Key(k.clone()));
                    pending.push((child, p));
                }
            }
            Value::Array(items) if !items.is_empty() => {
                out.push((path.clone(), Kind::Array));
                let mut p = path;
                p.push(Step::Index(0));
                pending.push((&items[0], p));
            }
            Value::String(_) => out.push((path, Kind::String)),
            _ => {}
        }
    }
    out.sort_by_key(|(p, _)| path_text(p));
    out
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// `v` with the array at `path` made of `n` copies of its first item, or the string there made
/// `n` characters long (its text repeated).
fn grow(v: &Value, path: &[Step], kind: Kind, n: usize) -> Value {
    let mut out = v.clone();
    let mut at = &mut out;
    for step in path {
        at = match step {
            Step::Key(k) => &mut at[k.as_str()],
            Step::Index(i) => &mut at[*i],
        };
    }
    match (kind, at) {
        (Kind::Array, Value::Array(items)) => {
            let first = items[0].clone();
            *items = vec![first; n];
        }
        (Kind::String, Value::String(s)) => {
            let seed = if s.is_empty() {
                "x".to_owned()
            } else {
                s.clone()
            };
            *s = seed.chars().cycle().take(n).collect();
        }
        _ => unreachable!("a path found by grown_fields"),
    }
    out
}
