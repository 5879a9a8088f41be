//! The command line, built from the facade's table of commands: one subcommand per command
//! (`grade course` becomes `regula grade course`), with the arguments its kind needs.

use clap::{Arg, ArgAction, ArgGroup, Command};
use regula::json::{self, DocumentKind};

/// What each group of commands is about, for `regula --help`.
const GROUPS: &[(&str, &str)] = &[
    (
        "grade",
        "Grading: course results, online quizzes, averages, grade improvement (GR-*, QZ-*).",
    ),
    ("appeal", "Appeals: is an appeal admissible (AP-1..AP-4)?"),
    (
        "schedule",
        "Exam sessions: check a timetable, build or repair one, export it (SC-*, OX-1, OX-2).",
    ),
    ("ects", "ECTS recognition of an Erasmus+ mobility (EC-*)."),
    (
        "mobility",
        "Erasmus+ mobility: eligibility, dossiers, selection, the document calendar (MO-*).",
    ),
    (
        "catalog",
        "The grade register: record, check, supplementary catalogs, export, admission (CA-*, SC-7, SC-8).",
    ),
    (
        "open-session",
        "The open session: who may sit an exam outside the sessions, and when (SC-9).",
    ),
    (
        "retake-session",
        "Retake sessions: who may sit an outstanding exam in September or before the final exams (SC-2).",
    ),
    (
        "counselling",
        "Counselling reports: the semester's document flow, what it still lacks, consolidations, attendance lists (CO-*).",
    ),
    (
        "progress",
        "A student's progress: year-end decisions (promotion, repeating, exmatriculation), credit points and rankings (PR-*).",
    ),
    (
        "moodle",
        "Moodle exports in: a gradebook (CSV, XLSX, ODS) to a course sheet's scores, a quiz's results report to its attempts (GR-*, QZ-4).",
    ),
    (
        "rules",
        "The rule catalogue as the policy states it: every rule's id, article (or not adopted), summary and interpretation.",
    ),
    (
        "policy",
        "The policy: print it, check a file, its JSON Schema, and what changes between two (what-if).",
    ),
];

/// What the group `name` is about; every group has a line in [`GROUPS`] (a test checks it).
fn about(group: &str) -> &'static str {
    GROUPS
        .iter()
        .find(|(g, _)| *g == group)
        .map_or("", |(_, about)| about)
}

/// The flag that asks for a kind of document.
pub(crate) fn flag_of(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Text => "text",
        DocumentKind::Html => "html",
        DocumentKind::Csv => "csv",
        DocumentKind::ICalendar => "ics",
        DocumentKind::Xlsx => "xlsx",
    }
}

fn policy_arg() -> Arg {
    Arg::new("policy").long("policy").value_name("FILE").help(
        "A policy file (JSON, as `regula policy show` prints); the UMC 2020 preset by default",
    )
}

/// `--time-limit SECONDS`: the caller's clock stops a search (the solvers never read it).
fn time_limit_arg(help: &'static str) -> Arg {
    Arg::new("time-limit")
        .long("time-limit")
        .value_name("SECONDS")
        .value_parser(clap::value_parser!(u64))
        .default_value("60")
        .help(help)
}

/// `--progress`: the search's reports on standard error.
fn progress_arg() -> Arg {
    Arg::new("progress")
        .long("progress")
        .action(ArgAction::SetTrue)
        .help("Report the search's progress on standard error")
}

/// The subcommand of one command of the table.
fn leaf(command: &json::Command, word: &'static str) -> Command {
    let request = Arg::new("request").value_name("REQUEST").help(match command.input {
        json::Input::Json => "The request (JSON); standard input when `-` or absent",
        json::Input::Nothing => "None needed (`{}`): the command reads no request",
        json::Input::Document { with: None, .. } => {
            "The document itself (.xlsx, .ods), or the whole request (JSON); standard input when `-` or absent"
        }
        json::Input::Document { with: Some(_), .. } => {
            "The document itself (.csv, .xlsx, .ods), with what goes beside it as an option; or the whole request (JSON); standard input when `-` or absent"
        }
    });
    let mut leaf = Command::new(word)
        .about(command.summary)
        .arg(request)
        .arg(policy_arg())
        .arg(
            Arg::new("lang")
                .long("lang")
                .value_name("LANG")
                .help("The language of explanations and documents: ro (română) or en (English); en by default"),
        );
    if command.documents.is_empty() {
        leaf = leaf.arg(
            Arg::new("format")
                .long("format")
                .value_parser(["json", "text"])
                .default_value("json")
                .help("How to write the decision: JSON (explanation included) or a readable explanation"),
        );
    } else {
        let mut ids = Vec::new();
        for (i, kind) in command.documents.iter().enumerate() {
            let id = flag_of(*kind);
            ids.push(id);
            let help = match kind {
                DocumentKind::Text => "A text table",
                DocumentKind::Html => "A printable HTML page",
                DocumentKind::Csv => "CSV, one line per row",
                DocumentKind::ICalendar => {
                    "iCalendar (.ics) of one group (--group) or teacher (--teacher)"
                }
                DocumentKind::Xlsx => "An XLSX workbook (binary: redirect it to a file)",
            };
            let help = if i == 0 {
                format!("{help} (the default)")
            } else {
                help.to_owned()
            };
            leaf = leaf.arg(Arg::new(id).long(id).action(ArgAction::SetTrue).help(help));
        }
        leaf = leaf.group(ArgGroup::new("document").args(ids).multiple(false));
        if command.documents.contains(&DocumentKind::ICalendar) {
            leaf = leaf
                .arg(
                    Arg::new("group")
                        .long("group")
                        .requires("ics")
                        .conflicts_with("teacher")
                        .help("The group whose calendar to export"),
                )
                .arg(
                    Arg::new("teacher")
                        .long("teacher")
                        .requires("ics")
                        .help("The teacher whose calendar to export"),
                )
                .arg(
                    Arg::new("stamp")
                        .long("stamp")
                        .value_name("INSTANT")
                        .help("The export's timestamp (iCalendar DTSTAMP); now by default"),
                );
        }
    }
    if let json::Input::Document { with, .. } = command.input {
        if let Some(field) = with {
            leaf =
                leaf.arg(Arg::new(field).long(field).value_name("FILE").help(
                    "What goes beside the document (JSON): REQUEST is then the document itself",
                ));
        }
        leaf = leaf.arg(
            Arg::new("media-type")
                .long("media-type")
                .value_name("TYPE")
                .help("The document's format (text/csv, xlsx, ods…) when its file name does not say it"),
        );
    }
    if command.reports_progress {
        leaf = leaf
            .arg(time_limit_arg(
                "Stop the search after this many seconds and return the best found",
            ))
            .arg(progress_arg());
    }
    if command.seals_checkpoints {
        leaf = leaf.arg(seal_key_arg(
            "Seal the answer's checkpoint with this key (32 bytes or more), and read a checkpoint the request sends instead of the file",
        ));
    }
    leaf
}

/// `--seal-key-file`: the key of sealed checkpoints.
fn seal_key_arg(help: &'static str) -> Arg {
    Arg::new("seal-key-file")
        .long("seal-key-file")
        .value_name("FILE")
        .help(help)
}

/// `regula schedule benchmarks`: file I/O, so not a command of the JSON boundary.
fn benchmarks() -> Command {
    Command::new("benchmarks")
        .about("Run the solver on the public benchmarks (ITC2007, Toronto) in a folder and print, per instance: feasible or not, cost, time, and the published reference")
        .arg(Arg::new("dir").value_name("DIR").help(
            "The folder with the public .exam, .crs and .stu files; $REGULA_BENCHMARK_DATA when absent",
        ))
        .arg(time_limit_arg("Seconds per instance"))
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_parser(clap::value_parser!(u64))
                .default_value("0")
                .help("The solver's seed"),
        )
        .arg(Arg::new("only").long("only").help("Only the instances whose name contains this"))
        .arg(
            Arg::new("threads")
                .long("threads")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(1..=256))
                .default_value("1")
                .help("Searches run in parallel per instance, seeds SEED..SEED+N-1; the best is kept"),
        )
        .arg(
            Arg::new("share")
                .long("share")
                .action(clap::ArgAction::SetTrue)
                .help("With --threads and a time limit: the searches share their best placement as they go (about every two million steps) instead of running independently"),
        )
        .arg(
            Arg::new("iterations")
                .long("iterations")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(1..))
                .help("Steps per search: with it, a run is the same for a seed and thread count on any machine"),
        )
        .arg(periods_arg())
        .arg(
            Arg::new("solutions")
                .long("solutions")
                .value_name("DIR")
                .help("Write each solution there in its competition's format (.sln for ITC2007, .sol for Toronto)"),
        )
        .arg(progress_arg())
}

/// `--periods`: the periods of a Toronto instance, which its files do not carry.
fn periods_arg() -> Arg {
    Arg::new("periods")
        .long("periods")
        .value_name("N")
        .value_parser(clap::value_parser!(u32).range(1..))
        .help("Periods of a Toronto instance whose standard number Regula does not know")
}

/// `regula schedule verify`: file I/O, so not a command of the JSON boundary.
fn verify() -> Command {
    Command::new("verify")
        .about("Read a benchmark instance and a solution in its competition's format, and print the official cost term by term")
        .arg(
            Arg::new("instance")
                .value_name("INSTANCE")
                .required(true)
                .help("An ITC2007 .exam file, or a Toronto .crs file with its .stu beside it"),
        )
        .arg(
            Arg::new("solution")
                .value_name("SOLUTION")
                .required(true)
                .help("The solution: .sln (one `period, room` line per exam) or .sol (one `exam period` line per exam)"),
        )
        .arg(periods_arg())
}

/// `regula serve`: the HTTP service.
fn serve() -> Command {
    Command::new("serve")
        .about("Serve every command over HTTP: POST /v1/<domain>/<command>, problem details, API tokens")
        .arg(
            Arg::new("listen")
                .long("listen")
                .value_name("ADDRESS")
                .default_value("127.0.0.1:8080")
                .help("Where to listen; loopback unless told otherwise"),
        )
        .arg(policy_arg())
        .arg(
            Arg::new("token-file")
                .long("token-file")
                .value_name("FILE")
                .help("API tokens, one per line: every request but /healthz then needs `Authorization: Bearer <token>`"),
        )
        .arg(
            Arg::new("body-limit")
                .long("body-limit")
                .value_name("BYTES")
                .value_parser(clap::value_parser!(usize))
                .default_value("4194304")
                .help("The largest request body accepted"),
        )
        .arg(
            Arg::new("max-solve-seconds")
                .long("max-solve-seconds")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64))
                .default_value("60")
                .help("The longest a schedule solve may run, whatever ?time_limit= asks"),
        )
        .arg(
            Arg::new("header-timeout")
                .long("header-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..=86_400))
                .default_value("60")
                .help("Close a connection whose request headers have not all arrived this long after the service started waiting for them: a client that sends nothing or a byte at a time, an idle keep-alive connection (nginx's client_header_timeout is 60 s)"),
        )
        .arg(
            Arg::new("body-timeout")
                .long("body-timeout")
                .value_name("SECONDS")
                .value_parser(clap::value_parser!(u64).range(1..=86_400))
                .default_value("60")
                .help("Answer 408 and close the connection when a request's whole body has not arrived this long after its headers (nginx's client_body_timeout is 60 s, counted between two reads)"),
        )
        .arg(
            Arg::new("max-solves")
                .long("max-solves")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(1..=4096))
                .help(format!(
                    "The most schedule solves that run at once [default: one less than the cores, at least 1: {} here]",
                    regula_server::default_max_solves()
                )),
        )
        .arg(seal_key_arg(
            "The key that seals the checkpoints of counselling record (32 bytes or more, e.g. head -c 32 /dev/urandom): give every instance behind one address the same file [default: a key of this process's own, so its checkpoints hold until it stops]",
        ))
        .arg(
            Arg::new("solve-queue")
                .long("solve-queue")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(0..=65_536))
                .help("The most schedule solves that wait for a running one to end; one more is answered 503 with Retry-After (--max-solve-seconds) [default: twice --max-solves]"),
        )
}

/// The whole command line.
pub(crate) fn cli() -> Command {
    let commands: &'static [json::Command] = json::commands();
    let mut root = Command::new("regula")
        .version(env!("CARGO_PKG_VERSION"))
        .about("University regulations as rule engines: decisions that cite the article they come from.")
        .subcommand_required(true)
        .arg_required_else_help(true);
    // In the table's order: a one-word command is a subcommand of its own, the others are
    // grouped under their first word.
    let mut entries: Vec<(&'static str, Command)> = Vec::new();
    for command in commands {
        let (group, sub) = match command.name.split_once(' ') {
            None => (None, leaf(command, command.name)),
            Some((group, word)) => (Some(group), leaf(command, word)),
        };
        match group {
            None => entries.push((command.name, sub)),
            Some(group) => match entries.iter_mut().find(|(g, _)| *g == group) {
                Some((_, parent)) => *parent = parent.clone().subcommand(sub),
                None => {
                    let parent = Command::new(group)
                        .about(about(group))
                        .subcommand_required(true);
                    entries.push((group, parent.subcommand(sub)));
                }
            },
        }
    }
    for (name, mut entry) in entries {
        if name == "schedule" {
            entry = entry.subcommand(benchmarks()).subcommand(verify());
        }
        root = root.subcommand(entry);
    }
    root.subcommand(serve())
        .subcommand(
            Command::new("rules")
                .about(about("rules"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["json", "text"])
                        .default_value("text")
                        .help("A readable list, or JSON for a program"),
                )
                .arg(policy_arg()),
        )
        .subcommand(
            Command::new("policy")
                .about(about("policy"))
                .subcommand_required(true)
                .subcommand(
                    Command::new("show")
                        .about(
                            "Print the policy (the UMC 2020 preset unless --policy names a file)",
                        )
                        .arg(policy_arg()),
                )
                .subcommand(
                    Command::new("check")
                        .about("List every problem of a policy file at once, each with its path, value and why (exit 2 when there is one)")
                        .arg(Arg::new("file").value_name("FILE").required(true).help("The policy file (JSON)")),
                )
                .subcommand(
                    Command::new("schema")
                        .about("Print the JSON Schema of a policy document (docs/policy.schema.json)"),
                )
                .subcommand(
                    Command::new("diff")
                        .about("Which decisions of the requests change from the policy OLD to the policy NEW, and why")
                        .arg(Arg::new("old").value_name("OLD").required(true).help("The policy in force (JSON), or `preset` for the UMC 2020 preset"))
                        .arg(Arg::new("new").value_name("NEW").required(true).help("The amended policy (JSON), or `preset`"))
                        .arg(
                            Arg::new("requests")
                                .value_name("REQUEST")
                                .required(true)
                                .num_args(1..)
                                .help("Requests: `{ \"command\", \"request\" }` files (as the conformance cases), or plain requests with --command"),
                        )
                        .arg(Arg::new("command").long("command").value_name("NAME").help("The command of plain requests (`grade course`)"))
                        .arg(
                            Arg::new("lang")
                                .long("lang")
                                .value_name("LANG")
                                .help("The language of the explanations compared: ro (română) or en (English); en by default"),
                        )
                        .arg(
                            Arg::new("format")
                                .long("format")
                                .value_parser(["json", "text"])
                                .default_value("text")
                                .help("A readable list of the changes, or JSON for a program"),
                        ),
                ),
        )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::cli().debug_assert();
    }

    /// `regula --help` says what every command is about: none is listed with an empty line.
    #[test]
    fn every_command_says_what_it_is_about() {
        for command in super::cli().get_subcommands() {
            let about = command.get_about().map(ToString::to_string);
            assert!(
                about.is_some_and(|about| !about.is_empty()),
                "`regula {}` has no help line",
                command.get_name()
            );
        }
    }
}
