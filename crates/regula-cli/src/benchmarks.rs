//! `regula schedule benchmarks`: reads the public instances from a folder and runs the solver on
//! each, one line per instance (the rows are the scheduling crate's).

use std::fs;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::ArgMatches;
use regula::scheduling::benchmarks::{
    BenchmarkKind, BenchmarkRow, DATA_VARIABLE, REFERENCES, parse_itc2007, parse_toronto,
    solve_benchmark,
};

use crate::InputError;

/// The folder of the public benchmark files: the argument, or the environment variable.
fn folder(args: &ArgMatches) -> Result<PathBuf, InputError> {
    args.get_one::<String>("dir")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os(DATA_VARIABLE).map(PathBuf::from))
        .ok_or_else(|| {
            InputError(format!(
                "no benchmark folder: give DIR or set {DATA_VARIABLE} to the folder of the public \
                 ITC2007 (.exam) and Toronto (.crs, .stu) files"
            ))
        })
}

pub(crate) fn run(args: &ArgMatches) -> Result<String, InputError> {
    let dir = folder(args)?;
    let seconds = *args.get_one::<u64>("time-limit").unwrap_or(&60);
    let seed = *args.get_one::<u64>("seed").unwrap_or(&0);
    let only = args.get_one::<String>("only");
    let show_progress = args.get_flag("progress");
    let read = |name: &str| read(&dir, name);
    let mut out = format!("{}\n", BenchmarkRow::HEADER);
    for reference in REFERENCES
        .iter()
        .filter(|r| only.is_none_or(|o| r.instance.contains(o.as_str())))
    {
        let instance = match reference.kind {
            BenchmarkKind::Itc2007 => {
                let name = format!("{}.exam", reference.instance);
                parse_itc2007(&name, &read(&name)?)
            }
            BenchmarkKind::Toronto => parse_toronto(
                reference.instance,
                &read(&format!("{}.crs", reference.instance))?,
                &read(&format!("{}.stu", reference.instance))?,
                reference.periods,
            ),
        }
        .map_err(|e| InputError(e.to_string()))?;
        let started = Instant::now();
        let limit = Duration::from_secs(seconds);
        let solution = solve_benchmark(&instance, seed, u64::MAX, &mut |p| {
            if show_progress {
                eprintln!(
                    "regula: {} step {:>10}, {} unplaced, cost {}{}",
                    reference.instance,
                    p.iteration,
                    p.unassigned,
                    p.cost,
                    p.best.map(|b| format!(", best {b}")).unwrap_or_default()
                );
            }
            if started.elapsed() >= limit {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        let row = BenchmarkRow::new(reference, &instance, solution.as_ref(), started.elapsed());
        out.push_str(&format!("{row}\n"));
    }
    Ok(out)
}

fn read(dir: &Path, name: &str) -> Result<String, InputError> {
    fs::read_to_string(dir.join(name))
        .map_err(|e| InputError(format!("cannot read {}: {e}", dir.join(name).display())))
}
