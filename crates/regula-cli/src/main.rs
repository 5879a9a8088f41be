//! `regula`: Regula's rule engines over JSON, for systems that are not written in Rust.
//!
//! Every decision command comes from the facade's table (`regula::json::commands()`): this binary
//! only turns arguments into a call of `regula::json::decide` and prints the answer. The commands
//! are listed by `regula --help` and documented in `docs/cli.md`.
//!
//! A request is read from the file REQUEST, or from standard input when it is `-` or absent. The
//! decision is written to standard output. Exit codes: 0 decided; 2 invalid input (the message
//! names the field and the value); 1 the output could not be written.
#![forbid(unsafe_code)]

mod benchmarks;
mod parser;

use std::fs;
use std::io::{self, Read, Write};
use std::ops::ControlFlow;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant as Clock};

use clap::ArgMatches;
use regula::Policy;
use regula::calendar::Instant;
use regula::json::{self, Context, Document, DocumentKind};
use regula::scheduling::export::Audience;

/// Why the command could not decide: always the input's fault, so exit code 2.
struct InputError(String);

impl From<json::Error> for InputError {
    fn from(err: json::Error) -> Self {
        InputError(err.to_string())
    }
}

fn main() -> ExitCode {
    let matches = match parser::cli().try_get_matches() {
        Ok(matches) => matches,
        Err(err) => {
            // Help and version go to stdout with code 0; usage errors to stderr with code 2.
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    match run(&matches) {
        Ok(output) => {
            let mut stdout = io::stdout().lock();
            match stdout.write_all(&output).and_then(|()| stdout.flush()) {
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

/// The words of the subcommand (`["schedule", "solve"]`) and the arguments of the last one.
fn leaf(matches: &ArgMatches) -> (Vec<&str>, &ArgMatches) {
    let mut words = Vec::new();
    let mut at = matches;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name);
        at = sub;
    }
    (words, at)
}

fn run(matches: &ArgMatches) -> Result<Vec<u8>, InputError> {
    let (words, args) = leaf(matches);
    let name = words.join(" ");
    if json::command(&name).is_some() {
        return decide(&name, args);
    }
    text_command(&name, args).map(String::into_bytes)
}

fn text_command(name: &str, args: &ArgMatches) -> Result<String, InputError> {
    match name {
        "policy show" => {
            let policy = load_policy(args.get_one::<String>("policy").map(Path::new))?;
            Ok(pretty(&json::policy_json(&policy)?))
        }
        "policy check" => policy_check(args),
        "policy schema" => Ok(pretty(&json::policy_schema())),
        "policy diff" => policy_diff(args),
        "schedule benchmarks" => benchmarks::run(args),
        "schedule verify" => benchmarks::verify(args),
        "serve" => serve(args),
        "rules" => {
            let policy = load_policy(args.get_one::<String>("policy").map(Path::new))?;
            match args.get_one::<String>("format").map(String::as_str) {
                Some("json") => Ok(pretty(&json::rules_json(&policy)?)),
                _ => Ok(regula::catalogue::to_text(&policy)),
            }
        }
        _ => Err(InputError(format!("no command is called `{name}`"))),
    }
}

/// The key of `--seal-key-file`, when given: the file's bytes, 32 or more.
fn seal_key(args: &ArgMatches) -> Result<Option<regula::seal::SealKey>, InputError> {
    let Some(file) = args.try_get_one::<String>("seal-key-file").ok().flatten() else {
        return Ok(None);
    };
    let bytes = fs::read(file)
        .map_err(|err| InputError(format!("--seal-key-file: cannot read {file}: {err}")))?;
    regula::seal::SealKey::new(&bytes)
        .map(Some)
        .map_err(|err| InputError(format!("--seal-key-file {file}: {err}")))
}

/// `regula serve`: runs the HTTP service until Ctrl-C or SIGTERM.
fn serve(args: &ArgMatches) -> Result<String, InputError> {
    let policy = load_policy(args.get_one::<String>("policy").map(Path::new))?;
    let tokens = match args.get_one::<String>("token-file") {
        Some(file) => regula_server::parse_tokens(
            &fs::read_to_string(file)
                .map_err(|err| InputError(format!("cannot read the token file {file}: {err}")))?,
        ),
        None => Vec::new(),
    };
    // Counts are bounded by the parser.
    let count = |name: &str| {
        args.get_one::<u64>(name)
            .map(|&n| usize::try_from(n).unwrap_or(usize::MAX))
    };
    let max_solves = count("max-solves").unwrap_or_else(regula_server::default_max_solves);
    let config = regula_server::Config {
        policy,
        tokens,
        body_limit: *args.get_one::<usize>("body-limit").unwrap_or(&(4 << 20)),
        max_solve: Duration::from_secs(*args.get_one::<u64>("max-solve-seconds").unwrap_or(&60)),
        header_timeout: Duration::from_secs(*args.get_one::<u64>("header-timeout").unwrap_or(&60)),
        body_timeout: Duration::from_secs(*args.get_one::<u64>("body-timeout").unwrap_or(&60)),
        max_solves,
        solve_queue: count("solve-queue").unwrap_or(2 * max_solves),
        seal_key: match seal_key(args)? {
            Some(key) => Some(key),
            None => regula_server::random_seal_key(),
        },
    };
    let listen = args
        .get_one::<String>("listen")
        .map_or("127.0.0.1:8080", String::as_str)
        .to_owned();
    tracing_subscriber::fmt()
        .with_writer(io::stderr)
        .with_target(false)
        .with_ansi(std::io::IsTerminal::is_terminal(&io::stderr()))
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| InputError(format!("cannot start the service: {err}")))?;
    runtime.block_on(async move {
        let listener = regula_server::bind(&listen)
            .await
            .map_err(|err| InputError(format!("cannot listen on `{listen}`: {err}")))?;
        eprintln!(
            "regula: serving on http://{} (Ctrl-C to stop)",
            listener
                .local_addr()
                .map_or(listen.clone(), |a| a.to_string())
        );
        regula_server::serve(listener, config, regula_server::shutdown_signal())
            .await
            .map_err(|err| InputError(format!("the service stopped: {err}")))
    })?;
    Ok(String::new())
}

/// JSON text, indented, with a final newline.
fn pretty(value: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// A command of the facade's table.
fn decide(name: &str, args: &ArgMatches) -> Result<Vec<u8>, InputError> {
    let command =
        json::command(name).ok_or_else(|| InputError(format!("no command is called `{name}`")))?;
    let policy = load_policy(args.get_one::<String>("policy").map(Path::new))?;
    let path = args.get_one::<String>("request").map(Path::new);
    let request = match command.input {
        json::Input::Nothing if path.is_none() => "{}".to_owned(),
        json::Input::Document { with, .. } => {
            let bytes = read_input(path)?;
            let beside = match with.and_then(|field| args.get_one::<String>(field)) {
                Some(file) => Some(
                    fs::read_to_string(file)
                        .map_err(|err| InputError(format!("cannot read {file}: {err}")))?,
                ),
                None => None,
            };
            let media_type = args.get_one::<String>("media-type");
            if beside.is_none() && media_type.is_none() {
                // The whole request as JSON, or the document alone.
                json::request_from_bytes(name, bytes)?
            } else {
                let file_name = path
                    .filter(|p| *p != Path::new("-"))
                    .and_then(|p| p.file_name())
                    .map(|n| n.to_string_lossy().into_owned());
                json::document_request(
                    name,
                    &bytes,
                    media_type.map(String::as_str),
                    file_name.as_deref(),
                    beside.as_deref(),
                )?
            }
        }
        _ => json::request_from_bytes(name, read_input(path)?)?,
    };
    let key = seal_key(args)?;
    let mut context = Context {
        document: document(command.documents, args)?,
        progress: None,
        lang: args
            .get_one::<String>("lang")
            .map(|code| code.parse::<regula::locale::Lang>())
            .transpose()
            .map_err(|err| InputError(format!("--lang: {err}")))?,
        seal_key: key.as_ref(),
    };
    let started = Clock::now();
    let mut report = |p: &regula::scheduling::Progress| {
        if args.get_flag("progress") {
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
        let limit = Duration::from_secs(*args.get_one::<u64>("time-limit").unwrap_or(&60));
        if started.elapsed() >= limit {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    if command.reports_progress {
        context.progress = Some(&mut report);
    }
    let answer = json::decide(name, &policy, &request, &mut context)?;
    if let Some(bytes) = answer.document_bytes() {
        return Ok(bytes.to_vec());
    }
    let text = if !command.documents.is_empty()
        || args.get_one::<String>("format").map(String::as_str) == Some("text")
    {
        let mut text = answer.to_text();
        if command.documents.is_empty() {
            text.push('\n');
        }
        text
    } else {
        answer.to_json_string()
    };
    Ok(text.into_bytes())
}

/// The document asked for by `--text`, `--html`, `--csv`, `--xlsx` or `--ics` (with `--group` or
/// `--teacher`, and `--stamp`); the command's default when none is given.
fn document(kinds: &[DocumentKind], args: &ArgMatches) -> Result<Option<Document>, InputError> {
    let flag = |id: &str| kinds.iter().any(|k| parser::flag_of(*k) == id) && args.get_flag(id);
    if flag("ics") {
        let audience = match (
            args.get_one::<String>("group"),
            args.get_one::<String>("teacher"),
        ) {
            (Some(g), None) => Audience::Group(g.clone()),
            (None, Some(t)) => Audience::Teacher(t.clone()),
            _ => return Err(InputError("--ics needs --group ID or --teacher ID".into())),
        };
        let stamp = match args.get_one::<String>("stamp") {
            Some(text) => Instant::parse("--stamp", text)
                .map_err(|e| InputError(format!("invalid --stamp: {e}")))?,
            None => Instant::from_utc(
                "now",
                chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()),
            )
            .map_err(|e| InputError(e.to_string()))?,
        };
        return Ok(Some(Document::ICalendar { audience, stamp }));
    }
    Ok(if flag("xlsx") {
        Some(Document::Xlsx)
    } else if flag("html") {
        Some(Document::Html)
    } else if flag("csv") {
        Some(Document::Csv)
    } else if flag("text") {
        Some(Document::Text)
    } else {
        None
    })
}

/// `regula policy check FILE`: every problem at once; exit 2 when there is one.
fn policy_check(args: &ArgMatches) -> Result<String, InputError> {
    let path = args
        .get_one::<String>("file")
        .map(String::as_str)
        .unwrap_or("-");
    let text = fs::read_to_string(path)
        .map_err(|err| InputError(format!("cannot read the policy file {path}: {err}")))?;
    let problems = json::check_policy(&text);
    if problems.is_empty() {
        return Ok(format!("{path}: the policy loads; no problem found\n"));
    }
    let mut message = format!(
        "{path}: {} {}:",
        problems.len(),
        if problems.len() == 1 {
            "problem"
        } else {
            "problems"
        }
    );
    for problem in &problems {
        message.push_str(&format!("\n  {problem}"));
    }
    Err(InputError(message))
}

/// `regula policy diff OLD NEW REQUEST…`: what changes, request by request.
fn policy_diff(args: &ArgMatches) -> Result<String, InputError> {
    let side = |id: &str| -> Result<Policy, InputError> {
        match args.get_one::<String>(id).map(String::as_str) {
            Some("preset") | None => Ok(Policy::umc_2020()),
            Some(path) => load_policy(Some(Path::new(path))),
        }
    };
    let (old, new) = (side("old")?, side("new")?);
    let lang = args
        .get_one::<String>("lang")
        .map(|code| code.parse::<regula::locale::Lang>())
        .transpose()
        .map_err(|err| InputError(format!("--lang: {err}")))?;
    let mut diffs = Vec::new();
    for path in args.get_many::<String>("requests").into_iter().flatten() {
        let text = String::from_utf8(read_input(Some(Path::new(path)))?)
            .map_err(|err| InputError(format!("{path}: the request is not UTF-8: {err}")))?;
        let value: serde_json::Value = serde_json::from_str(&text)
            .map_err(|err| InputError(format!("{path}: the request is not valid JSON: {err}")))?;
        let (command, request) = match (args.get_one::<String>("command"), value.get("command")) {
            (Some(command), _) => (command.clone(), text),
            (None, Some(serde_json::Value::String(command))) => (
                command.clone(),
                value
                    .get("request")
                    .map(ToString::to_string)
                    .ok_or_else(|| {
                        InputError(format!("{path}: a `command` file needs its `request`"))
                    })?,
            ),
            (None, _) => {
                return Err(InputError(format!(
                    "{path}: name its command with --command, or write it as {{ \"command\", \"request\" }}"
                )));
            }
        };
        let diff = json::diff_policies(&command, &old, &new, &request, lang)
            .map_err(|err| InputError(format!("{path}: {err}")))?;
        diffs.push((path.clone(), diff));
    }
    if args.get_one::<String>("format").map(String::as_str) == Some("json") {
        let list: Vec<serde_json::Value> = diffs
            .iter()
            .map(|(path, diff)| serde_json::json!({ "request": path, "diff": diff }))
            .collect();
        return Ok(pretty(&serde_json::Value::Array(list)));
    }
    let lang = lang.unwrap_or(new.language.unwrap_or_default());
    let mut out = String::new();
    for (path, diff) in diffs {
        let text = regula::locale::in_language(lang, || diff.to_string());
        out.push_str(&format!("{path}: {text}\n"));
    }
    Ok(out)
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
            Ok(json::load_policy(&text)?)
        }
    }
}

fn read_input(path: Option<&Path>) -> Result<Vec<u8>, InputError> {
    match path {
        Some(path) if path != Path::new("-") => fs::read(path).map_err(|err| {
            InputError(format!(
                "cannot read the request file {}: {err}",
                path.display()
            ))
        }),
        _ => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes).map_err(|err| {
                InputError(format!(
                    "cannot read the request from standard input: {err}"
                ))
            })?;
            Ok(bytes)
        }
    }
}
