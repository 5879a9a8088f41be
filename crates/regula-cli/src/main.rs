//! `regula`: Regula's rule engines over JSON, for systems that are not written in Rust.
//!
//! ```text
//! regula grade course  [REQUEST] [--format json|text] [--policy FILE]
//! regula grade quiz    [REQUEST] [--format json|text] [--policy FILE]
//! regula grade average [REQUEST] [--format json|text] [--policy FILE]
//! regula deadlines    [REQUEST] [--format json|text] [--policy FILE]
//! regula appeal check  [REQUEST] [--format json|text] [--policy FILE]
//! regula fees          [REQUEST] [--format json|text] [--policy FILE]
//! regula schedule check   [REQUEST] [--format json|text] [--policy FILE]
//! regula schedule solve   [REQUEST] [--format json|text] [--policy FILE] [--time-limit SECONDS] [--progress]
//! regula schedule export  [REQUEST] (--ics --group ID | --ics --teacher ID | --html | --text) [--stamp INSTANT]
//! regula ects recognise|check|convert [REQUEST] [--format json|text] [--policy FILE]
//! regula mobility eligibility|dossier|select|calendar [REQUEST] [--format json|text] [--policy FILE]
//! regula catalog record|check|supplementary|admit [REQUEST] [--format json|text] [--policy FILE]
//! regula catalog export [REQUEST] (--csv | --html)
//! regula open-session check [REQUEST] [--format json|text] [--policy FILE]
//! regula policy show   [--policy FILE]
//! ```
//!
//! A request is read from the file REQUEST, or from standard input when it is `-` or absent. The
//! decision is written to standard output. Exit codes: 0 decided; 2 invalid input (the message
//! names the field and the value); 1 the output could not be written.
#![forbid(unsafe_code)]

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use regula::Policy;
use regula::grading::request;
use serde::Serialize;
use serde::de::DeserializeOwned;

#[derive(Parser)]
#[command(
    name = "regula",
    version,
    about = "University regulations as rule engines: decisions that cite the article they come from."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Grading: course results, online quizzes, averages (GR-*, QZ-*).
    #[command(subcommand)]
    Grade(GradeCommand),
    /// Result, platform, catalog and appeal deadlines of an exam (AP-*, OX-2..OX-4, CA-7).
    Deadlines(Io),
    /// Appeals: is an appeal admissible (AP-1..AP-4)?
    #[command(subcommand)]
    Appeal(AppealCommand),
    /// What a student owes for outstanding exams (FE-1..FE-4).
    Fees(Io),
    /// Exam sessions: check a timetable, build or repair one, export it (SC-*, OX-1, OX-2).
    #[command(subcommand)]
    Schedule(ScheduleCommand),
    /// ECTS recognition of an Erasmus+ mobility (EC-*).
    #[command(subcommand)]
    Ects(EctsCommand),
    /// Erasmus+ mobility: eligibility, dossiers, selection, the document calendar (MO-*).
    #[command(subcommand)]
    Mobility(MobilityCommand),
    /// The grade register: record, check, supplementary catalogs, export, admission (CA-*, SC-7, SC-8).
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// The open session: who may sit an exam outside the sessions, and when (SC-9).
    #[command(subcommand, name = "open-session")]
    OpenSession(OpenSessionCommand),
    /// The policy in use: print it as JSON, to edit and pass back with --policy.
    #[command(subcommand)]
    Policy(PolicyCommand),
}

#[derive(Subcommand)]
enum GradeCommand {
    /// Grade students in a course from their points per activity (GR-1..GR-7, GR-9).
    Course(Io),
    /// Score an online multiple-choice quiz (QZ-2..QZ-5, GR-4, GR-9).
    Quiz(Io),
    /// A student's credit-weighted average (GR-8).
    Average(Io),
}

#[derive(Subcommand)]
enum AppealCommand {
    /// Whether an appeal filed at an instant, on given grounds, is admissible.
    Check(Io),
}

#[derive(Subcommand)]
enum ScheduleCommand {
    /// Every violation of a timetable, each with its rule and what it involves.
    Check(Io),
    /// Build a timetable (or repair `current`), stopping at the time limit with the best found.
    Solve {
        #[command(flatten)]
        io: Io,
        /// Stop the search after this many seconds and return the best timetable found.
        #[arg(long, value_name = "SECONDS", default_value_t = 60)]
        time_limit: u64,
        /// Report the search's progress on standard error.
        #[arg(long)]
        progress: bool,
    },
    /// Run the solver on the public benchmarks (ITC2007, Toronto) in a folder and print, per
    /// instance: feasible or not, cost, time, and the published reference.
    Benchmarks {
        /// The folder with the public `.exam`, `.crs` and `.stu` files; `$REGULA_BENCHMARK_DATA`
        /// when absent.
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Seconds per instance.
        #[arg(long, value_name = "SECONDS", default_value_t = 60)]
        time_limit: u64,
        /// The solver's seed.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Only the instances whose name contains this.
        #[arg(long)]
        only: Option<String>,
        /// Report the search's progress on standard error.
        #[arg(long)]
        progress: bool,
    },
    /// Write a timetable as iCalendar (one group's or teacher's exams), HTML or a text table.
    Export {
        /// The request (JSON: `plan` and `timetable`); standard input when `-` or absent.
        #[arg(value_name = "REQUEST")]
        input: Option<PathBuf>,
        /// iCalendar (.ics) of one group (--group) or teacher (--teacher).
        #[arg(long, conflicts_with_all = ["html", "text"])]
        ics: bool,
        /// An HTML page with one column per day.
        #[arg(long, conflicts_with = "text")]
        html: bool,
        /// A text table (the default).
        #[arg(long)]
        text: bool,
        /// The group whose calendar to export.
        #[arg(long, requires = "ics", conflicts_with = "teacher")]
        group: Option<String>,
        /// The teacher whose calendar to export.
        #[arg(long, requires = "ics")]
        teacher: Option<String>,
        /// The export's timestamp (iCalendar DTSTAMP); now by default.
        #[arg(long, value_name = "INSTANT")]
        stamp: Option<String>,
    },
}

#[derive(Subcommand)]
enum EctsCommand {
    /// Propose the recognition plan that recognises the most home credits, line by line.
    Recognise(Io),
    /// Every rule a recognition plan written by hand breaks.
    Check(Io),
    /// Convert one host grade to the Romanian 10..1 scale (EC-11).
    Convert(Io),
}

#[derive(Subcommand)]
enum MobilityCommand {
    /// Who may apply: every condition of MO-1 (study) or MO-2 (training), every unmet one listed.
    Eligibility(Io),
    /// Whether each application dossier is complete, signed and in time (MO-3, MO-4).
    Dossier(Io),
    /// Validate the call and committee, score, rank and give the places per field (MO-5..MO-8).
    Select(Io),
    /// A mobility's duration, document deadlines and what is overdue (MO-9..MO-12).
    Calendar(Io),
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// Record entries, signatures and corrections: all of them, or none (CA-2..CA-6).
    Record(Io),
    /// What a catalog still lacks: signatures (CA-5), committees (SC-7), deadlines (CA-7).
    Check(Io),
    /// The supplementary catalog of students whose four columns are full (CA-2).
    Supplementary(Io),
    /// The catalog as CSV or as a printable HTML page laid out like the official form.
    Export {
        /// The request (JSON: `catalog`); standard input when `-` or absent.
        #[arg(value_name = "REQUEST")]
        input: Option<PathBuf>,
        /// CSV, one line per student (the default).
        #[arg(long, conflicts_with = "html")]
        csv: bool,
        /// A printable HTML page.
        #[arg(long)]
        html: bool,
        /// A policy file (JSON); the UMC 2020 preset by default.
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
    },
    /// Who is admitted to the examination room (SC-8).
    Admit(Io),
}

#[derive(Subcommand)]
enum OpenSessionCommand {
    /// Who may sit which course's exam in the open session, and from when (SC-9).
    Check(Io),
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Print the policy (the UMC 2020 preset unless --policy names a file).
    Show {
        /// A policy file (JSON) to check and print instead of the preset.
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct Io {
    /// The request (JSON); standard input when `-` or absent.
    #[arg(value_name = "REQUEST")]
    input: Option<PathBuf>,
    /// How to write the decision.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// A policy file (JSON, as `regula policy show` prints); the UMC 2020 preset by default.
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The decision as JSON, explanation included.
    Json,
    /// The decision as a readable explanation.
    Text,
}

/// A supplementary catalog, printed as its JSON in both formats (it is a document, not a decision).
#[derive(Serialize)]
#[serde(transparent)]
struct SupplementaryCatalog(regula::catalog::Catalog);

impl std::fmt::Display for SupplementaryCatalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let h = &self.0.header;
        write!(
            f,
            "Supplementary catalog {} attached to {} (CA-2): {}",
            h.id,
            h.supplements.as_deref().unwrap_or("?"),
            self.0
                .students
                .iter()
                .map(|s| s.name.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// Why the command could not decide: always the input's fault, so exit code 2.
struct InputError(String);

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // Help and version go to stdout with code 0; usage errors to stderr with code 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(output) => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(output.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("regula: cannot write the output: {err}");
                    ExitCode::from(1)
                }
            }
        }
        Err(InputError(message)) => {
            eprintln!("regula: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<String, InputError> {
    match cli.command {
        Command::Grade(GradeCommand::Course(io)) => {
            answer(&io, |policy, req: request::CourseRequest| {
                request::grade_course(&policy.grading, &req)
            })
        }
        Command::Grade(GradeCommand::Quiz(io)) => {
            answer(&io, |policy, req: request::QuizRequest| {
                request::grade_quiz(&policy.grading, &req)
            })
        }
        Command::Grade(GradeCommand::Average(io)) => {
            answer(&io, |policy, req: request::AverageRequest| {
                request::grade_average(&policy.grading, &req)
            })
        }
        Command::Deadlines(io) => answer(
            &io,
            |policy, req: regula::appeals::request::DeadlinesRequest| {
                regula::appeals::request::answer_deadlines(&policy.appeals, &req)
            },
        ),
        Command::Appeal(AppealCommand::Check(io)) => answer(
            &io,
            |policy, req: regula::appeals::request::AppealRequest| {
                regula::appeals::request::answer_appeal(&policy.appeals, &req)
            },
        ),
        Command::Fees(io) => answer(&io, |policy, req: regula::fees::request::FeeRequest| {
            regula::fees::request::answer_fees(&policy.fees, &req)
        }),
        Command::Schedule(ScheduleCommand::Check(io)) => answer(
            &io,
            |policy, req: regula::scheduling::request::CheckRequest| {
                regula::scheduling::request::answer_check(&policy.scheduling, &req)
            },
        ),
        Command::Schedule(ScheduleCommand::Solve {
            io,
            time_limit,
            progress,
        }) => {
            let started = std::time::Instant::now();
            let limit = std::time::Duration::from_secs(time_limit);
            answer(
                &io,
                |policy, req: regula::scheduling::request::SolveRequest| {
                    let mut report = |p: &regula::scheduling::Progress| {
                        if progress {
                            eprintln!(
                                "regula: step {:>8}, {} unplaced, soft cost {}{}",
                                p.iteration,
                                p.unassigned,
                                p.soft_cost,
                                p.best_soft_cost
                                    .map(|b| format!(", best {b}"))
                                    .unwrap_or_default()
                            );
                        }
                        if started.elapsed() >= limit {
                            std::ops::ControlFlow::Break(())
                        } else {
                            std::ops::ControlFlow::Continue(())
                        }
                    };
                    regula::scheduling::request::answer_solve(&policy.scheduling, &req, &mut report)
                },
            )
        }
        Command::Schedule(ScheduleCommand::Export {
            input,
            ics,
            html,
            text: _,
            group,
            teacher,
            stamp,
        }) => {
            let request: regula::scheduling::request::ExportRequest =
                parse(&read_input(input.as_deref())?, "request")?;
            let (plan, timetable) = (&request.plan, &request.timetable);
            if ics {
                let audience = match (group, teacher) {
                    (Some(g), None) => regula::scheduling::export::Audience::Group(g),
                    (None, Some(t)) => regula::scheduling::export::Audience::Teacher(t),
                    _ => return Err(InputError("--ics needs --group ID or --teacher ID".into())),
                };
                let stamp = match stamp {
                    Some(text) => regula::calendar::Instant::parse("--stamp", &text)
                        .map_err(|e| InputError(format!("invalid --stamp: {e}")))?,
                    None => regula::calendar::Instant::from_utc(
                        "now",
                        chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()),
                    )
                    .map_err(|e| InputError(e.to_string()))?,
                };
                regula::scheduling::export::to_ics(plan, timetable, &audience, stamp)
                    .map_err(|e| InputError(format!("invalid request: {e}")))
            } else if html {
                Ok(regula::scheduling::export::to_html(plan, timetable))
            } else {
                Ok(regula::scheduling::export::to_text(plan, timetable))
            }
        }
        Command::Schedule(ScheduleCommand::Benchmarks {
            dir,
            time_limit,
            seed,
            only,
            progress,
        }) => {
            let dir = benchmark_dir(dir)?;
            benchmarks(&dir, time_limit, seed, only.as_deref(), progress)
        }
        Command::Ects(EctsCommand::Recognise(io)) => answer(
            &io,
            |policy, req: regula::ects::request::RecogniseRequest| {
                regula::ects::request::answer_recognise(&policy.ects, &req)
            },
        ),
        Command::Ects(EctsCommand::Check(io)) => {
            answer(&io, |policy, req: regula::ects::request::CheckRequest| {
                regula::ects::request::answer_check(&policy.ects, &req)
            })
        }
        Command::Ects(EctsCommand::Convert(io)) => {
            answer(&io, |policy, req: regula::ects::request::ConvertRequest| {
                regula::ects::request::answer_convert(&policy.ects, &req)
            })
        }
        Command::Mobility(MobilityCommand::Eligibility(io)) => answer(
            &io,
            |policy, req: regula::mobility::request::EligibilityRequest| {
                regula::mobility::request::answer_eligibility(&policy.mobility, &req)
            },
        ),
        Command::Mobility(MobilityCommand::Dossier(io)) => answer(
            &io,
            |policy, req: regula::mobility::request::DossierRequest| {
                regula::mobility::request::answer_dossier(&policy.mobility, &req)
            },
        ),
        Command::Mobility(MobilityCommand::Select(io)) => answer(
            &io,
            |policy, req: regula::mobility::request::SelectRequest| {
                regula::mobility::request::answer_select(&policy.mobility, &req)
            },
        ),
        Command::Mobility(MobilityCommand::Calendar(io)) => answer(
            &io,
            |policy, req: regula::mobility::request::CalendarRequest| {
                regula::mobility::request::answer_calendar(&policy.mobility, &req)
            },
        ),
        Command::Catalog(CatalogCommand::Record(io)) => answer(
            &io,
            |policy, req: regula::catalog::request::RecordRequest| {
                regula::catalog::request::answer_record(&policy.catalog, &req)
            },
        ),
        Command::Catalog(CatalogCommand::Check(io)) => answer(
            &io,
            |policy, req: regula::catalog::request::CheckRequest| {
                regula::catalog::request::answer_check(&policy.catalog, &policy.appeals, &req)
            },
        ),
        Command::Catalog(CatalogCommand::Supplementary(io)) => answer(
            &io,
            |policy, req: regula::catalog::request::SupplementaryRequest| {
                regula::catalog::request::answer_supplementary(&policy.catalog, &req)
                    .map(SupplementaryCatalog)
            },
        ),
        Command::Catalog(CatalogCommand::Export {
            input,
            csv: _,
            html,
            policy,
        }) => {
            let policy = load_policy(policy.as_deref())?;
            let request: regula::catalog::request::ExportRequest =
                parse(&read_input(input.as_deref())?, "request")?;
            let rules = &policy.catalog.latest().policy;
            Ok(if html {
                regula::catalog::to_html(&request.catalog, rules)
            } else {
                regula::catalog::to_csv(&request.catalog, rules)
            })
        }
        Command::Catalog(CatalogCommand::Admit(io)) => answer(
            &io,
            |policy, req: regula::catalog::request::AdmitRequest| {
                regula::catalog::request::answer_admit(&policy.catalog, &req)
            },
        ),
        Command::OpenSession(OpenSessionCommand::Check(io)) => answer(
            &io,
            |policy, req: regula::catalog::request::OpenSessionRequest| {
                regula::catalog::request::answer_open_session(&policy.catalog, &req)
            },
        ),
        Command::Policy(PolicyCommand::Show { policy }) => {
            let policy = load_policy(policy.as_deref())?;
            to_json(&policy)
        }
    }
}

/// Reads the request and the policy, decides, and renders the decision.
fn answer<Req, Resp, E>(
    io: &Io,
    decide: impl FnOnce(&Policy, Req) -> Result<Resp, E>,
) -> Result<String, InputError>
where
    Req: DeserializeOwned,
    Resp: Serialize + std::fmt::Display,
    E: std::fmt::Display,
{
    let policy = load_policy(io.policy.as_deref())?;
    let text = read_input(io.input.as_deref())?;
    let request = parse(&text, "request")?;
    let response = decide(&policy, request)
        .map_err(|err| InputError(report("invalid request", &err.to_string())))?;
    match io.format {
        Format::Json => to_json(&response),
        Format::Text => Ok(format!("{response}\n")),
    }
}

fn load_policy(path: Option<&Path>) -> Result<Policy, InputError> {
    match path {
        None => Ok(Policy::umc_2020()),
        Some(path) => {
            let text = fs::read_to_string(path).map_err(|err| {
                InputError(format!(
                    "cannot read the policy file {}: {err}",
                    path.display()
                ))
            })?;
            parse(&text, "policy")
        }
    }
}

fn read_input(path: Option<&Path>) -> Result<String, InputError> {
    match path {
        Some(path) if path != Path::new("-") => fs::read_to_string(path).map_err(|err| {
            InputError(format!(
                "cannot read the request file {}: {err}",
                path.display()
            ))
        }),
        _ => {
            let mut text = String::new();
            io::stdin().read_to_string(&mut text).map_err(|err| {
                InputError(format!(
                    "cannot read the request from standard input: {err}"
                ))
            })?;
            Ok(text)
        }
    }
}

/// Parses JSON, naming the field that failed (`students[1].scores.lab`), the value found there
/// and why it was rejected.
fn parse<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, InputError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if inner.is_syntax() || inner.is_eof() {
            return InputError(format!("the {what} is not valid JSON: {inner}"));
        }
        let position = format!(" at line {} column {}", inner.line(), inner.column());
        let full = inner.to_string();
        let message = full.strip_suffix(&position).unwrap_or(&full);
        let mut head = format!("invalid {what}");
        if path != "." {
            head.push_str(&format!(": field `{path}`"));
            if let Some(value) = value_before(text, inner.line(), inner.column())
                && !message.contains(value.trim_matches('"'))
            {
                head.push_str(&format!(" = {value}"));
            }
        }
        InputError(report(&head, message))
    })?;
    deserializer
        .end()
        .map_err(|err| InputError(format!("the {what} is not valid JSON: {err}")))?;
    Ok(value)
}

/// One problem on one line; several as a list.
fn report(head: &str, message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    match lines.as_slice() {
        [one] => format!("{head}: {one}"),
        many => format!(
            "{head} ({} problems):\n  - {}",
            many.len(),
            many.join("\n  - ")
        ),
    }
}

/// The JSON scalar that ends just before `column` of `line` (1-based), as serde_json reports the
/// position of a rejected value: `"2021-13-01"`, `-3`, `true`.
fn value_before(text: &str, line: usize, column: usize) -> Option<String> {
    let line = text.lines().nth(line.checked_sub(1)?)?;
    let before: String = line.chars().take(column).collect();
    let before = before.trim_end();
    if before.ends_with(['}', ']']) {
        return None; // an object or array: the field path says enough
    }
    if let Some(inner) = before.strip_suffix('"') {
        let mut start = None;
        let bytes = inner.as_bytes();
        for i in (0..bytes.len()).rev() {
            if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\') {
                start = Some(i);
                break;
            }
        }
        return start.map(|i| format!("{}\"", &before[i..before.len() - 1]));
    }
    let token: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!token.is_empty()).then_some(token)
}

fn to_json<T: Serialize>(value: &T) -> Result<String, InputError> {
    serde_json::to_string_pretty(value)
        .map(|mut json| {
            json.push('\n');
            json
        })
        .map_err(|err| InputError(format!("cannot render the decision as JSON: {err}")))
}

/// The folder of the public benchmark files: the argument, or the environment variable.
fn benchmark_dir(dir: Option<PathBuf>) -> Result<PathBuf, InputError> {
    use regula::scheduling::benchmarks::DATA_VARIABLE;
    dir.or_else(|| std::env::var_os(DATA_VARIABLE).map(PathBuf::from))
        .ok_or_else(|| {
            InputError(format!(
                "no benchmark folder: give DIR or set {DATA_VARIABLE} to the folder of the public \
                 ITC2007 (.exam) and Toronto (.crs, .stu) files"
            ))
        })
}

/// `regula schedule benchmarks`: the solver on every public instance, one line each.
fn benchmarks(
    dir: &Path,
    seconds: u64,
    seed: u64,
    only: Option<&str>,
    show_progress: bool,
) -> Result<String, InputError> {
    use regula::scheduling::benchmarks::{
        BenchmarkKind, REFERENCES, itc2007_cost, parse_itc2007, parse_toronto, solve_benchmark,
        toronto_cost,
    };
    let read = |name: &str| {
        fs::read_to_string(dir.join(name))
            .map_err(|e| InputError(format!("cannot read {}: {e}", dir.join(name).display())))
    };
    let mut out = format!(
        "{:<16} {:>6} {:>8} {:>10} {:>12} {:>9} {:>8}\n",
        "instance", "exams", "feasible", "cost", "reference", "ratio", "seconds"
    );
    for reference in REFERENCES
        .iter()
        .filter(|r| only.is_none_or(|o| r.instance.contains(o)))
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
        let started = std::time::Instant::now();
        let limit = std::time::Duration::from_secs(seconds);
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
                std::ops::ControlFlow::Break(())
            } else {
                std::ops::ControlFlow::Continue(())
            }
        });
        let elapsed = started.elapsed().as_secs_f64();
        let (feasible, cost) = match (&solution, reference.kind) {
            (None, _) => (false, "—".to_owned()),
            (Some(s), BenchmarkKind::Itc2007) => {
                let c = itc2007_cost(&instance, s);
                (c.hard == 0, c.soft.to_string())
            }
            (Some(s), BenchmarkKind::Toronto) => {
                let c = toronto_cost(&instance, s);
                (c.conflicts == 0, c.per_student.round_dp(2).to_string())
            }
        };
        let (reference_text, ratio) = match (reference.cost, cost.parse::<u64>()) {
            (Some(r), Ok(c)) => (r.to_string(), format!("{}.{:02}", c / r, c % r * 100 / r)),
            (Some(r), Err(_)) => (r.to_string(), "—".to_owned()),
            (None, _) => ("—".to_owned(), "—".to_owned()),
        };
        out.push_str(&format!(
            "{:<16} {:>6} {:>8} {:>10} {:>12} {:>9} {:>8.1}\n",
            reference.instance,
            instance.exams.len(),
            if feasible { "yes" } else { "no" },
            cost,
            reference_text,
            ratio,
            elapsed
        ));
    }
    Ok(out)
}
