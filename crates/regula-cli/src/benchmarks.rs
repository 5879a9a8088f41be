//! `regula schedule benchmarks` and `regula schedule verify`: the public instances of a folder,
//! read and solved as researchers run them, and solutions checked term by term. This adapter lists
//! folders and reads and writes files; the instances, the solution formats, the costs and the
//! parallel searches are the scheduling crate's.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::ArgMatches;
use regula::scheduling::benchmarks::{
    BenchInstance, BenchmarkKind, BenchmarkRow, Cost, DATA_VARIABLE, Found, Pace, discover,
    parse_itc2007, parse_toronto, read_solution, reference, solution_extension, solve_portfolio,
    solve_portfolio_sharing, toronto_periods, write_solution,
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

/// The file names in `dir`.
fn file_names(dir: &Path) -> Result<Vec<String>, InputError> {
    let entries = fs::read_dir(dir)
        .map_err(|e| InputError(format!("cannot read the folder {}: {e}", dir.display())))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| InputError(format!("{}: {e}", dir.display())))?;
        if let Some(name) = entry.file_name().to_str() {
            names.push(name.to_owned());
        }
    }
    Ok(names)
}

/// Reads and parses a found instance; a Toronto instance needs its number of periods: the
/// standard one, else `--periods`.
fn load(dir: &Path, found: &Found, periods: Option<u32>) -> Result<BenchInstance, InputError> {
    let read = |name: &str| read(&dir.join(name));
    let parsed = match found.kind {
        BenchmarkKind::Itc2007 => parse_itc2007(&found.files[0], &read(&found.files[0])?),
        BenchmarkKind::Toronto => {
            let periods = toronto_periods(&found.name).or(periods).ok_or_else(|| {
                InputError(format!(
                    "{}: Regula does not know the standard number of periods of this Toronto \
                     instance; give it with --periods",
                    found.name
                ))
            })?;
            parse_toronto(
                &found.name,
                &read(&found.files[0])?,
                &read(&found.files[1])?,
                periods,
            )
        }
    };
    let mut instance = parsed.map_err(|e| InputError(e.to_string()))?;
    instance.name = found.name.clone();
    Ok(instance)
}

pub(crate) fn run(args: &ArgMatches) -> Result<String, InputError> {
    let dir = folder(args)?;
    let seconds = *args.get_one::<u64>("time-limit").unwrap_or(&60);
    let seed = *args.get_one::<u64>("seed").unwrap_or(&0);
    let threads = *args.get_one::<u64>("threads").unwrap_or(&1);
    let iterations = args
        .get_one::<u64>("iterations")
        .copied()
        .unwrap_or(u64::MAX);
    let periods = args.get_one::<u32>("periods").copied();
    let only = args.get_one::<String>("only");
    let solutions = args.get_one::<String>("solutions").map(PathBuf::from);
    let show_progress = args.get_flag("progress");
    let seeds: Vec<u64> = (0..threads).map(|k| seed.wrapping_add(k)).collect();
    if let Some(out) = &solutions {
        fs::create_dir_all(out)
            .map_err(|e| InputError(format!("cannot create {}: {e}", out.display())))?;
    }
    let found: Vec<Found> = discover(&file_names(&dir)?)
        .into_iter()
        .filter(|f| only.is_none_or(|o| f.name.contains(o.as_str())))
        .collect();
    if found.is_empty() {
        return Err(InputError(format!(
            "{}: no ITC2007 (.exam) or Toronto (.crs with .stu) instance here",
            dir.display()
        )));
    }
    let mut out = format!("{}\n", BenchmarkRow::HEADER);
    for instance in &found {
        let instance = load(&dir, instance, periods)?;
        let started = Instant::now();
        let limit = Duration::from_secs(seconds);
        let name = instance.name.clone();
        let solve = if args.get_flag("share") {
            solve_portfolio_sharing
        } else {
            solve_portfolio
        };
        let best = solve(&instance, &seeds, iterations, &|p| {
            if show_progress {
                eprintln!(
                    "regula: {name} step {:>10}, {} unplaced, cost {}{}",
                    p.iteration,
                    p.unassigned,
                    p.cost,
                    p.best.map(|b| format!(", best {b}")).unwrap_or_default()
                );
            }
            // The share of the time limit spent paces the search's cooling (one cycle over
            // the whole time); with --iterations alone the steps pace it, so a run repeats.
            let spent = started.elapsed();
            if spent >= limit {
                Pace::Stop
            } else if iterations == u64::MAX {
                Pace::Spent((spent.as_micros() * 1_000_000 / limit.as_micros().max(1)) as u32)
            } else {
                Pace::Go
            }
        });
        let elapsed = started.elapsed();
        if let (Some(dir), Some(best)) = (&solutions, &best) {
            let path = dir.join(format!(
                "{}.{}",
                instance.name,
                solution_extension(instance.kind)
            ));
            let text = write_solution(&instance, &best.solution);
            fs::write(&path, &text)
                .map_err(|e| InputError(format!("cannot write {}: {e}", path.display())))?;
            // What was written is what an independent validator will read.
            let back = read_solution(&instance, &path.display().to_string(), &read(&path)?)
                .map_err(|e| InputError(e.to_string()))?;
            if Cost::of(&instance, &back) != best.cost {
                return Err(InputError(format!(
                    "{}: the solution read back does not cost what was found",
                    path.display()
                )));
            }
        }
        let row = BenchmarkRow::new(&instance, reference(&instance.name), best.as_ref(), elapsed);
        out.push_str(&format!("{row}\n"));
    }
    Ok(out)
}

/// `regula schedule verify INSTANCE SOLUTION`: the official cost of a solution, term by term.
pub(crate) fn verify(args: &ArgMatches) -> Result<String, InputError> {
    let path = PathBuf::from(
        args.get_one::<String>("instance")
            .map_or("", String::as_str),
    );
    let solution = PathBuf::from(
        args.get_one::<String>("solution")
            .map_or("", String::as_str),
    );
    let periods = args.get_one::<u32>("periods").copied();
    let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let file = path
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or_default()
        .to_owned();
    let found = discover(&[file.clone(), file.replace(".crs", ".stu")])
        .into_iter()
        .find(|f| f.files[0] == file)
        .ok_or_else(|| {
            InputError(format!(
                "{}: not a benchmark instance (an ITC2007 .exam, or a Toronto .crs with its .stu)",
                path.display()
            ))
        })?;
    let instance = load(&dir, &found, periods)?;
    let read_back = read_solution(
        &instance,
        &solution.display().to_string(),
        &read(&solution)?,
    )
    .map_err(|e| InputError(e.to_string()))?;
    let cost = Cost::of(&instance, &read_back);
    Ok(format!(
        "{} ({} exams, {} periods, {} rooms)\n{cost}\n",
        instance.name,
        instance.exams.len(),
        instance.periods.len(),
        instance.rooms.len()
    ))
}

fn read(path: &Path) -> Result<String, InputError> {
    fs::read_to_string(path).map_err(|e| InputError(format!("cannot read {}: {e}", path.display())))
}
