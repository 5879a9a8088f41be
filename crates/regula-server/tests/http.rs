//! The service through a real socket: it is started on an ephemeral loopback port and called with
//! plain HTTP/1.1 over TCP. Every endpoint answers; every conformance case of `tests/cases/` gets
//! the same answer as through the facade; every error is a problem document; nothing gets a 500.

#[path = "../../../tests/support/cases.rs"]
mod cases;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use regula_server::Config;
use serde_json::Value;

/// Starts the service on a free loopback port, in the background, for the rest of the test.
fn start(config: Config) -> SocketAddr {
    start_with(config, 512)
}

/// [`start`] with at most `blocking` threads for the decisions.
fn start_with(config: Config, blocking: usize) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .max_blocking_threads(blocking)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = regula_server::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            regula_server::serve(listener, config, std::future::pending())
                .await
                .unwrap();
        });
    });
    rx.recv().unwrap()
}

/// A response: status, headers (lower-case names) and body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// One HTTP/1.1 request over a new connection.
fn call(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8(raw).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

const JSON: (&str, &str) = ("content-type", "application/json");

fn post(addr: SocketAddr, path: &str, body: &str) -> Reply {
    call(addr, "POST", path, &[JSON], body)
}

fn example(name: &str) -> String {
    let root = cases::repository_root(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("examples/requests").join(name)).unwrap()
}

/// The route of a command: `grade course` → `/v1/grade/course`.
fn route(command: &str) -> String {
    format!("/v1/{}", command.replace(' ', "/"))
}

/// Regula Studio: the page and its files are served without a token (they hold no data), with a
/// policy that forbids anything from elsewhere; the routes it reads need the token like the API.
#[test]
fn the_studio_is_served_built_in_and_its_data_behind_the_token() {
    let addr = start(Config {
        tokens: vec!["s3cret".into()],
        ..Config::default()
    });
    let page = call(addr, "GET", "/", &[], "");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(page.body.contains("Regula Studio"));
    assert!(
        page.header("content-security-policy")
            .is_some_and(|p| p.contains("default-src 'self'"))
    );
    for (path, media) in [
        ("/studio/studio.js", "text/javascript; charset=utf-8"),
        ("/studio/studio.css", "text/css; charset=utf-8"),
    ] {
        let file = call(addr, "GET", path, &[], "");
        assert_eq!(file.status, 200, "{path}");
        assert_eq!(file.header("content-type"), Some(media), "{path}");
    }
    assert_eq!(call(addr, "GET", "/studio/other.js", &[], "").status, 404);
    assert_eq!(call(addr, "GET", "/v1/commands", &[], "").status, 401);
    let auth = ("authorization", "Bearer s3cret");
    let commands = call(addr, "GET", "/v1/commands", &[auth], "").json();
    let grade = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "grade course")
        .unwrap();
    assert_eq!(grade["path"], "/v1/grade/course");
    assert_eq!(grade["example"]["sheet"]["code"], "NAV-201");
    let schema = call(addr, "GET", "/v1/policy/schema", &[auth], "").json();
    assert!(schema["properties"]["grading"].is_object());
}

/// The policy checker and the what-if over HTTP, as the Studio calls them; a refusal is a problem
/// document naming its field.
#[test]
fn a_policy_is_checked_and_compared_over_http() {
    let addr = start(Config::default());
    let policy = call(addr, "GET", "/v1/policy", &[], "").json();
    let checked = post(addr, "/v1/policy/check", &policy.to_string()).json();
    assert_eq!(checked["problems"], serde_json::json!([]));
    let mut edited = policy.clone();
    for version in edited["grading"]["versions"].as_array_mut().unwrap() {
        version["policy"]["rounding"] = "sideways".into();
    }
    let checked = post(addr, "/v1/policy/check", &edited.to_string()).json();
    let fields: Vec<&str> = checked["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.iter().all(|f| f.starts_with("grading.versions[")),
        "{fields:?}"
    );
    assert!(!fields.is_empty());
    // Rounding down: 7.75 points give 7, not 8.
    for version in edited["grading"]["versions"].as_array_mut().unwrap() {
        version["policy"]["rounding"] = "down".into();
    }
    let request: Value = serde_json::from_str(&example("grade-course.json")).unwrap();
    let what_if =
        serde_json::json!({ "command": "grade course", "request": request, "policy": edited });
    let diff = post(addr, "/v1/policy/diff", &what_if.to_string());
    assert_eq!(diff.status, 200, "{}", diff.body);
    let changes = diff.json()["changes"].clone();
    assert!(
        changes
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["path"] == "outcome.results[0].outcome.grade"
                && c["before"] == 8
                && c["after"] == 7),
        "{changes}"
    );
    // Not a what-if: 400; a bad request to a command: the problem names its field.
    assert_eq!(post(addr, "/v1/policy/diff", "{}").status, 400);
    let refused = post(
        addr,
        "/v1/grade/course",
        r#"{"date": "2021-01-25", "sheet": 3, "students": []}"#,
    );
    assert_eq!(refused.status, 400);
    assert_eq!(refused.json()["field"], "sheet");
}

#[test]
fn every_endpoint_answers_through_a_real_socket() {
    let addr = start(Config::default());
    assert_eq!(
        call(addr, "GET", "/healthz", &[], "").json()["status"],
        "ok"
    );
    assert_eq!(
        call(addr, "GET", "/v1/policy", &[], "").json()["grading"]["name"],
        "UMC 2020"
    );
    assert_eq!(
        call(addr, "GET", "/v1/rules", &[], "").json()[0]["id"],
        "GR-1"
    );
    let mut decided = 0;
    for command in regula::json::commands() {
        let file = format!("{}.json", command.name.replace(' ', "-"));
        let root = cases::repository_root(env!("CARGO_MANIFEST_DIR"));
        if !root.join("examples/requests").join(&file).exists() {
            continue;
        }
        let reply = post(addr, &route(command.name), &example(&file));
        assert_eq!(reply.status, 200, "{}: {}", command.name, reply.body);
        if command.documents.is_empty() {
            assert_eq!(reply.header("content-type"), Some("application/json"));
            assert!(
                reply.json()["policy"]["name"].is_string(),
                "{}",
                command.name
            );
            let text = call(
                addr,
                "POST",
                &route(command.name),
                &[JSON, ("accept", "text/plain")],
                &example(&file),
            );
            assert!(
                text.body.contains("Decided under policy"),
                "{}",
                command.name
            );
        }
        decided += 1;
    }
    assert!(decided >= 20, "{decided}");
    let csv = call(
        addr,
        "POST",
        "/v1/catalog/export",
        &[JSON, ("accept", "text/csv")],
        &example("catalog-export.json"),
    );
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    let ics = call(
        addr,
        "POST",
        "/v1/schedule/export?group=NAV-2-IFR&stamp=2022-01-10T09:00",
        &[JSON, ("accept", "text/calendar")],
        &example("schedule-export.json"),
    );
    assert!(ics.body.starts_with("BEGIN:VCALENDAR"), "{}", ics.body);
}

/// A case's answer through HTTP from the service at `addr`: the response, or the detail of the
/// problem document (400, or 422 for a rule the policy does not adopt).
fn answer_over_http(addr: SocketAddr, case: &cases::Case) -> Result<Value, String> {
    let reply = post(addr, &route(&case.command), &case.request.to_string());
    assert_ne!(reply.status, 500, "{}", case.name);
    match reply.status {
        200 => Ok(reply.json()),
        400 | 422 => {
            assert_eq!(
                reply.header("content-type"),
                Some("application/problem+json")
            );
            Err(reply.json()["detail"].as_str().unwrap().to_owned())
        }
        other => panic!("{}: {other} {}", case.name, reply.body),
    }
}

/// A service started with the policy file at `path`.
fn start_under(path: &std::path::Path) -> SocketAddr {
    let policy = regula::json::load_policy(&std::fs::read_to_string(path).unwrap()).unwrap();
    start(Config {
        policy,
        ..Config::default()
    })
}

/// The adopters' cases, each through a service started with the case's policy (issue #26).
#[test]
fn the_adopters_cases_get_the_same_answers_through_http() {
    let run = |case: &cases::Case| -> Result<Value, String> {
        let path = case
            .policy
            .as_ref()
            .expect("an adopter's case names its policy");
        answer_over_http(start_under(path), case)
    };
    cases::run_all("adopters", env!("CARGO_MANIFEST_DIR"), run);
}

#[test]
fn the_conformance_cases_get_the_same_answers_through_http() {
    let addr = start(Config::default());
    // Under the presets, or a service of its own for a case that names its policy.
    let run = |case: &cases::Case| -> Result<Value, String> {
        match &case.policy {
            None => answer_over_http(addr, case),
            Some(path) => answer_over_http(start_under(path), case),
        }
    };
    for domain in [
        "grading",
        "appeals",
        "fees",
        "scheduling",
        "ects",
        "mobility",
        "catalog",
        "counselling",
        "progress",
    ] {
        cases::run_all(domain, env!("CARGO_MANIFEST_DIR"), run);
    }
}

#[test]
fn every_error_is_a_problem_document_and_none_is_a_500() {
    let addr = start(Config {
        body_limit: 1024,
        ..Config::default()
    });
    let problem = |reply: &Reply, status: u16| {
        assert_eq!(reply.status, status, "{}", reply.body);
        assert_eq!(
            reply.header("content-type"),
            Some("application/problem+json")
        );
        let json = reply.json();
        assert_eq!(json["status"], status);
        json["detail"].as_str().unwrap().to_owned()
    };
    let detail = problem(
        &post(addr, "/v1/fees", r#"{"date": "2021-13-01", "exams": []}"#),
        400,
    );
    assert!(detail.contains("field `date` = \"2021-13-01\""), "{detail}");
    problem(&post(addr, "/v1/fees", "{\"date\": "), 400);
    problem(&post(addr, "/v1/grade/exam", "{}"), 404);
    problem(&call(addr, "GET", "/nowhere", &[], ""), 404);
    problem(&call(addr, "GET", "/v1/fees", &[], ""), 405);
    problem(
        &call(
            addr,
            "POST",
            "/v1/fees",
            &[("content-type", "text/plain")],
            "{}",
        ),
        415,
    );
    problem(
        &post(addr, "/v1/fees", &format!("\"{}\"", "x".repeat(2000))),
        413,
    );
    problem(&post(addr, "/v1/fees?colour=red", "{}"), 400);
    let roomy = start(Config::default());
    let doc = call(
        roomy,
        "POST",
        "/v1/schedule/export",
        &[JSON, ("accept", "text/calendar")],
        &example("schedule-export.json"),
    );
    assert!(problem(&doc, 400).contains("?group=ID or ?teacher=ID"));
}

#[test]
fn with_tokens_every_request_but_the_health_check_needs_one() {
    let addr = start(Config {
        tokens: regula_server::parse_tokens("# the Dean's office\nsecret-1\n\nsecret-2\n"),
        ..Config::default()
    });
    assert_eq!(call(addr, "GET", "/healthz", &[], "").status, 200);
    let refused = call(addr, "GET", "/v1/rules", &[], "");
    assert_eq!(refused.status, 401);
    assert_eq!(refused.header("www-authenticate"), Some("Bearer"));
    assert_eq!(
        call(
            addr,
            "GET",
            "/v1/rules",
            &[("authorization", "Bearer wrong")],
            ""
        )
        .status,
        401
    );
    let ok = call(
        addr,
        "POST",
        "/v1/fees",
        &[JSON, ("authorization", "Bearer secret-2")],
        &example("fees.json"),
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
}

#[test]
fn a_long_solve_runs_off_the_request_threads_and_stops_at_its_time_limit() {
    let addr = start(Config {
        max_solve: Duration::from_secs(2),
        ..Config::default()
    });
    let mut request: Value = serde_json::from_str(&example("schedule-solve.json")).unwrap();
    request["options"]["max_iterations"] = 1_000_000_000u64.into();
    let body = request.to_string();
    let started = Instant::now();
    let solve = std::thread::spawn(move || post(addr, "/v1/schedule/solve?time_limit=30", &body));
    std::thread::sleep(Duration::from_millis(300));
    // While the solve runs, another request is answered at once.
    let quick = post(addr, "/v1/deadlines", &example("deadlines.json"));
    assert_eq!(quick.status, 200);
    let quick_done = started.elapsed();
    let solved = solve.join().unwrap();
    assert_eq!(solved.status, 200, "{}", solved.body);
    let solve_done = started.elapsed();
    assert!(quick_done < solve_done, "{quick_done:?} vs {solve_done:?}");
    // The server's cap (2 s) wins over the request's 30 s.
    assert!(solve_done < Duration::from_secs(20), "{solve_done:?}");
    assert!(solved.json()["outcome"]["iterations"].as_u64().unwrap() < 1_000_000_000);
}

#[test]
fn a_client_that_disconnects_stops_its_solve() {
    // One thread for the decisions: while a solve holds it, nothing else is decided.
    let addr = start_with(
        Config {
            max_solve: Duration::from_secs(60),
            ..Config::default()
        },
        1,
    );
    let mut request: Value = serde_json::from_str(&example("schedule-solve.json")).unwrap();
    request["options"]["max_iterations"] = 1_000_000_000u64.into();
    let body = request.to_string();
    let mut stream = TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /v1/schedule/solve?time_limit=60 HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    drop(stream); // the client goes away mid-solve
    let started = Instant::now();
    let reply = post(addr, "/v1/deadlines", &example("deadlines.json"));
    assert_eq!(reply.status, 200);
    // Had the solve gone on for its 60 s, this would have waited for the only thread.
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

/// Issue #14: `Accept-Language` chooses the language of the explanations' text; the machine
/// fields do not change, and the response says which language it is in.
#[test]
fn accept_language_chooses_the_language_of_the_text() {
    let addr = start(Config::default());
    let body = example("grade-course.json");
    let step = |reply: &Reply| reply.json()["outcome"]["results"][0]["explanation"][2].clone();
    let ro = call(
        addr,
        "POST",
        "/v1/grade/course",
        &[
            ("content-type", "application/json"),
            ("accept-language", "ro-RO,ro;q=0.9,en;q=0.8"),
        ],
        &body,
    );
    assert_eq!(ro.status, 200, "{}", ro.body);
    assert_eq!(ro.header("content-language"), Some("ro"));
    assert!(
        step(&ro)["text"]
            .as_str()
            .unwrap()
            .starts_with("Punctajul total este de 7,75 puncte"),
        "{}",
        step(&ro)
    );
    let en = call(
        addr,
        "POST",
        "/v1/grade/course",
        &[
            ("content-type", "application/json"),
            ("accept-language", "fr-FR, en;q=0.5"),
        ],
        &body,
    );
    assert_eq!(en.header("content-language"), Some("en"));
    assert!(
        step(&en)["text"]
            .as_str()
            .unwrap()
            .starts_with("The total is 7.75 points")
    );
    assert_eq!(step(&ro)["message"], step(&en)["message"]);
    assert_eq!(step(&ro)["args"], step(&en)["args"]);
}

#[test]
fn an_elmo_transcript_is_posted_as_xml_and_answered_as_json() {
    let addr = start(Config::default());
    let root = cases::repository_root(env!("CARGO_MANIFEST_DIR"));
    let xml = std::fs::read_to_string(root.join("examples/data/transcript-elmo.xml")).unwrap();
    let reply = call(
        addr,
        "POST",
        "/v1/ects/import",
        &[("content-type", "application/xml")],
        &xml,
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json = reply.json();
    assert_eq!(json["outcome"]["courses"].as_array().unwrap().len(), 4);
    assert_eq!(
        json["outcome"]["courses"][0]["course"]["id"],
        "HU BUDAPES08/KRE-11"
    );
    // Not XML at all: a 400 problem naming the line and column.
    let reply = call(
        addr,
        "POST",
        "/v1/ects/import",
        &[("content-type", "text/xml")],
        "<elmo><report>",
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(
        reply.json()["detail"]
            .as_str()
            .unwrap()
            .contains("line 1, column")
    );
}

/// One HTTP/1.1 request with a binary body; the status, the content type and the body's bytes.
fn call_bytes(
    addr: SocketAddr,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    )
    .into_bytes();
    for (name, value) in headers {
        request.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    stream.write_all(&request).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let content_type = head
        .lines()
        .filter_map(|l| l.split_once(": "))
        .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default();
    (status, content_type, raw[split + 4..].to_vec())
}

#[test]
fn workbooks_go_in_and_out_as_bytes() {
    const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    let addr = start(Config::default());
    let (status, content_type, template) = call_bytes(
        addr,
        "/v1/schedule/template",
        &[JSON, ("accept", XLSX)],
        b"{}",
    );
    assert_eq!(status, 200);
    assert_eq!(content_type, XLSX);
    assert_eq!(template, regula::sheets::template().unwrap());
    let (status, _, catalog) = call_bytes(
        addr,
        "/v1/catalog/export",
        &[JSON, ("accept", XLSX)],
        example("catalog-export.json").as_bytes(),
    );
    assert_eq!(status, 200);
    assert!(catalog.starts_with(b"PK\x03\x04"));
    let root = cases::repository_root(env!("CARGO_MANIFEST_DIR"));
    let workbook = std::fs::read(root.join("examples/sheets/schedule-plan.xlsx")).unwrap();
    let (status, content_type, body) = call_bytes(
        addr,
        "/v1/schedule/import",
        &[("content-type", XLSX)],
        &workbook,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    assert_eq!(content_type, "application/json");
    let answer: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        answer["outcome"]["plan"]["exams"].as_array().unwrap().len(),
        6
    );
    // A workbook is a request only for a command that reads one.
    let (status, _, _) = call_bytes(addr, "/v1/fees", &[("content-type", XLSX)], &workbook);
    assert_eq!(status, 415);
}

/// A Moodle gradebook posted as `text/csv`, its mapping in `?mapping=`; without the mapping, a
/// 400 that says so.
#[test]
fn a_moodle_gradebook_is_posted_as_csv_with_its_mapping() {
    let addr = start(Config::default());
    let root = cases::repository_root(env!("CARGO_MANIFEST_DIR"));
    let csv = std::fs::read_to_string(root.join("examples/moodle/gradebook.csv")).unwrap();
    let mapping =
        std::fs::read_to_string(root.join("examples/moodle/gradebook-mapping.json")).unwrap();
    let encoded: String = mapping
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let reply = call(
        addr,
        "POST",
        &format!("/v1/moodle/gradebook?mapping={encoded}"),
        &[("content-type", "text/csv; charset=utf-8")],
        &csv,
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json = reply.json();
    assert_eq!(
        json["outcome"]["course"]["students"][1]["scores"]["exam"],
        "absent"
    );
    let reply = call(
        addr,
        "POST",
        "/v1/moodle/gradebook",
        &[("content-type", "text/csv")],
        &csv,
    );
    assert_eq!(reply.status, 400, "{}", reply.body);
    assert!(reply.body.contains("needs its `mapping`"), "{}", reply.body);
}

/// Issue #30: a service whose timeouts are short enough for a test.
fn impatient() -> Config {
    Config {
        header_timeout: Duration::from_secs(1),
        body_timeout: Duration::from_secs(1),
        ..Config::default()
    }
}

/// Sends `head`, then one byte of `drip` every 200 ms, until the service closes the connection;
/// what it answered and how long after the connection it closed it (panics after 15 s).
fn drip(addr: SocketAddr, head: &str, drip: &[u8]) -> (String, Duration) {
    let mut stream = TcpStream::connect(addr).unwrap();
    let started = Instant::now();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let mut answered = Vec::new();
    let mut bytes = drip.iter().cycle();
    let mut buffer = [0u8; 4096];
    while started.elapsed() < Duration::from_secs(15) {
        match stream.read(&mut buffer) {
            Ok(0) => return (String::from_utf8(answered).unwrap(), started.elapsed()),
            Ok(n) => answered.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {
                return (String::from_utf8(answered).unwrap(), started.elapsed());
            }
            Err(_) => {
                if let Some(byte) = bytes.next() {
                    // The service may have closed already: the read above will tell.
                    let _ = stream.write_all(&[*byte]);
                }
            }
        }
    }
    panic!(
        "the service kept the connection open for 15 s: {}",
        String::from_utf8_lossy(&answered)
    );
}

#[test]
fn a_client_too_slow_with_its_headers_is_closed_after_the_header_timeout() {
    let addr = start(impatient());
    let closed_in_time = |(answered, after): (String, Duration)| {
        assert!(answered.is_empty(), "{answered}");
        // Not before the timeout, and well within a generous margin after it.
        assert!(after >= Duration::from_millis(900), "{after:?}");
        assert!(after < Duration::from_secs(10), "{after:?}");
    };
    // Half its headers, then nothing.
    closed_in_time(drip(
        addr,
        "POST /v1/deadlines HTTP/1.1\r\nhost: x\r\n",
        b"",
    ));
    // Nothing at all.
    closed_in_time(drip(addr, "", b""));
    // Its headers a byte at a time, never ending.
    closed_in_time(drip(
        addr,
        "GET /healthz HTTP/1.1\r\n",
        b"x-slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ));
    // An idle keep-alive connection, once answered.
    let (answered, after) = drip(addr, "GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n", b"");
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    assert!(after < Duration::from_secs(10), "{after:?}");
}

#[test]
fn a_client_too_slow_with_its_body_gets_a_408_and_is_closed() {
    let addr = start(impatient());
    for drip_bytes in [&b""[..], b" "] {
        let (answered, after) = drip(
            addr,
            "POST /v1/deadlines HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"date\":",
            drip_bytes,
        );
        assert!(answered.starts_with("HTTP/1.1 408"), "{answered}");
        assert!(answered.contains("application/problem+json"), "{answered}");
        assert!(answered.contains("--body-timeout"), "{answered}");
        assert!(after >= Duration::from_millis(900), "{after:?}");
        assert!(after < Duration::from_secs(10), "{after:?}");
    }
    // A body on time is answered as before.
    assert_eq!(
        post(addr, "/v1/deadlines", &example("deadlines.json")).status,
        200
    );
}

/// A solve request that runs until its time limit.
fn long_solve() -> String {
    let mut request: Value = serde_json::from_str(&example("schedule-solve.json")).unwrap();
    request["options"]["max_iterations"] = 1_000_000_000u64.into();
    request.to_string()
}

/// Sends a solve with its time limit and `Accept` header; the connection.
fn send_solve(addr: SocketAddr, time_limit: u64, accept: &str, body: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    let head = format!(
        "POST /v1/schedule/solve?time_limit={time_limit} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-type: application/json\r\naccept: {accept}\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream
}

/// Sends a solve asking for server-sent events; the connection, its response's head read.
fn solve_events(
    addr: SocketAddr,
    time_limit: u64,
    body: &str,
) -> (std::io::BufReader<TcpStream>, String) {
    use std::io::BufRead;
    let stream = send_solve(addr, time_limit, "text/event-stream", body);
    let mut reader = std::io::BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line == "\r\n" || line.is_empty() {
            return (reader, head);
        }
        head.push_str(&line);
    }
}

/// The next event of a stream: its name and its data; `None` at the end.
fn next_event(reader: &mut std::io::BufReader<TcpStream>) -> Option<(String, String)> {
    use std::io::BufRead;
    let mut name = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            return None;
        }
        // The chunks' sizes of the chunked body are lines of their own.
        if let Some(event) = line.strip_prefix("event: ") {
            name = Some(event.trim_end().to_owned());
        } else if let Some(data) = line.strip_prefix("data: ") {
            return Some((name.take()?, data.trim_end().to_owned()));
        }
    }
}

#[test]
fn a_solve_streams_its_progress_then_its_result() {
    let addr = start(Config::default());
    let (mut events, head) = solve_events(addr, 1, &long_solve());
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/event-stream"),
        "{head}"
    );
    let mut progress = Vec::new();
    let mut result = None;
    while let Some((name, data)) = next_event(&mut events) {
        let data: Value = serde_json::from_str(&data).unwrap();
        match name.as_str() {
            "progress" => progress.push(data),
            "result" => result = Some(data),
            other => panic!("{other}: {data}"),
        }
    }
    assert!(!progress.is_empty());
    for report in &progress {
        for field in ["iteration", "unassigned", "soft_cost", "elapsed_ms"] {
            assert!(report[field].is_u64(), "{field}: {report}");
        }
        assert!(report.get("best_soft_cost").is_some(), "{report}");
    }
    // At most one report every 100 ms.
    for pair in progress.windows(2) {
        let gap = pair[1]["elapsed_ms"].as_u64().unwrap() - pair[0]["elapsed_ms"].as_u64().unwrap();
        assert!(gap >= 100, "{gap}");
    }
    // The result is the plain call's answer.
    let result = result.expect("a result event");
    let plain = post(addr, "/v1/schedule/solve", &example("schedule-solve.json")).json();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&result), keys(&plain));
    assert_eq!(keys(&result["outcome"]), keys(&plain["outcome"]));
    assert_eq!(result["outcome"]["status"], "solved");
    // A request refused before the solve starts is a plain problem document.
    let (_, head) = solve_events(addr, 1, r#"{"plan": {}}"#);
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    assert!(head.contains("application/problem+json"), "{head}");
}

#[test]
fn a_solve_beyond_the_queue_gets_a_503_with_retry_after() {
    let addr = start(Config {
        max_solves: 1,
        solve_queue: 1,
        max_solve: Duration::from_secs(7),
        ..Config::default()
    });
    // The first solve runs: it has reported.
    let (mut running, head) = solve_events(addr, 1, &long_solve());
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(next_event(&mut running).unwrap().0, "progress");
    // The second waits for it.
    let body = long_solve();
    let waiting = std::thread::spawn(move || post(addr, "/v1/schedule/solve?time_limit=1", &body));
    std::thread::sleep(Duration::from_millis(500));
    // The third is refused.
    let refused = post(addr, "/v1/schedule/solve?time_limit=1", &long_solve());
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert_eq!(refused.header("retry-after"), Some("7"));
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    assert!(
        refused.json()["detail"]
            .as_str()
            .unwrap()
            .contains("--max-solves")
    );
    // The other requests are answered meanwhile.
    assert_eq!(
        post(addr, "/v1/deadlines", &example("deadlines.json")).status,
        200
    );
    while next_event(&mut running).is_some() {}
    let waited = waiting.join().unwrap();
    assert_eq!(waited.status, 200, "{}", waited.body);
}

#[test]
fn a_client_that_closes_its_stream_stops_its_solve() {
    let addr = start(Config {
        max_solves: 1,
        solve_queue: 0,
        max_solve: Duration::from_secs(60),
        ..Config::default()
    });
    let (mut events, _) = solve_events(addr, 60, &long_solve());
    assert_eq!(next_event(&mut events).unwrap().0, "progress");
    drop(events); // the client goes away mid-solve
    // Its place is soon free again: had the solve gone on for its 60 s, every solve until then
    // would have been refused.
    let started = Instant::now();
    loop {
        let reply = post(addr, "/v1/schedule/solve", &example("schedule-solve.json"));
        if reply.status == 200 {
            break;
        }
        assert_eq!(reply.status, 503, "{}", reply.body);
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_waiting_client_that_disconnects_leaves_the_queue() {
    let addr = start(Config {
        max_solves: 1,
        solve_queue: 1,
        ..Config::default()
    });
    let (mut running, _) = solve_events(addr, 3, &long_solve());
    assert_eq!(next_event(&mut running).unwrap().0, "progress");
    // One waits, then goes away.
    let waiting = send_solve(addr, 1, "application/json", &long_solve());
    std::thread::sleep(Duration::from_millis(500));
    drop(waiting);
    std::thread::sleep(Duration::from_millis(500));
    // Its place in the queue is free: the next one waits instead of being refused.
    let next = post(addr, "/v1/schedule/solve?time_limit=1", &long_solve());
    assert_eq!(next.status, 200, "{}", next.body);
}

/// The body of an HTTP/1.1 response sent with `Transfer-Encoding: chunked`, de-chunked.
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    loop {
        let end = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        let size =
            usize::from_str_radix(std::str::from_utf8(&raw[..end]).unwrap().trim(), 16).unwrap();
        raw = &raw[end + 2..];
        if size == 0 {
            return body;
        }
        body.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use flate2::write::GzEncoder;
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// Issue #32: a large register travels compressed. A gzip body is read as it decompresses and
/// decided as the plain one; the body limit counts the decompressed bytes, so a small bomb is
/// refused with 413; a corrupt stream is a 400 problem; an answer is gzipped on request.
#[test]
fn bodies_and_answers_travel_gzipped_within_the_limits() {
    let addr = start(Config {
        body_limit: 1 << 20,
        ..Config::default()
    });
    let request = example("counselling-status.json");
    let plain = post(addr, "/v1/counselling/status", &request);
    assert_eq!(plain.status, 200, "{}", plain.body);
    let packed = gzip(request.as_bytes());
    assert!(
        packed.len() * 5 < request.len(),
        "{} → {}",
        request.len(),
        packed.len()
    );
    let (status, _, body) = call_bytes(
        addr,
        "/v1/counselling/status",
        &[JSON, ("content-encoding", "gzip")],
        &packed,
    );
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let decided: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(decided, plain.json());
    // 8 MiB of spaces around a request, 8 kB compressed: refused at the limit, not read whole.
    let mut bomb = request.clone().into_bytes();
    bomb.extend(std::iter::repeat_n(b' ', 8 << 20));
    let (status, content_type, body) = call_bytes(
        addr,
        "/v1/counselling/status",
        &[JSON, ("content-encoding", "gzip")],
        &gzip(&bomb),
    );
    assert_eq!(status, 413, "{}", String::from_utf8_lossy(&body));
    assert_eq!(content_type, "application/problem+json");
    let (status, _, body) = call_bytes(
        addr,
        "/v1/counselling/status",
        &[JSON, ("content-encoding", "gzip")],
        b"\x1f\x8b\x08\x00 not gzip at all",
    );
    assert_eq!(status, 400, "{}", String::from_utf8_lossy(&body));
    // An encoding the service does not read: a 415 problem document that says which it reads.
    let (status, content_type, body) = call_bytes(
        addr,
        "/v1/counselling/status",
        &[JSON, ("content-encoding", "br")],
        b"whatever",
    );
    assert_eq!(status, 415);
    assert_eq!(content_type, "application/problem+json");
    assert!(String::from_utf8_lossy(&body).contains("send it as gzip"));
    // The answer, gzipped for a client that accepts it.
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "POST /v1/counselling/status HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-type: application/json\r\naccept-encoding: gzip\r\ncontent-length: {}\r\n\r\n{request}",
        request.len()
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8(raw[..split].to_vec())
        .unwrap()
        .to_ascii_lowercase();
    assert!(head.contains("content-encoding: gzip"), "{head}");
    let body = if head.contains("transfer-encoding: chunked") {
        dechunk(&raw[split + 4..])
    } else {
        raw[split + 4..].to_vec()
    };
    let mut text = String::new();
    flate2::read::GzDecoder::new(&body[..])
        .read_to_string(&mut text)
        .unwrap();
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), plain.json());
}

/// Issue #32: a semester recorded step by step over HTTP, each call sending the checkpoint the
/// one before answered and one step, never the history; the events appended make the file one
/// call would have made. A checkpoint from a service with another key is refused (400, naming
/// its seal), and one sent to a service without a key too.
#[test]
fn counselling_is_recorded_step_by_step_through_checkpoints() {
    let addr = start(Config::default());
    let example: Value = serde_json::from_str(&example("counselling-record.json")).unwrap();
    let steps = example["steps"].as_array().unwrap();
    let whole = post(addr, "/v1/counselling/record", &example.to_string());
    assert_eq!(whole.status, 200, "{}", whole.body);
    let whole: Value = serde_json::from_str(&whole.body).unwrap();
    let mut state = serde_json::json!({ "file": example["file"] });
    let mut events = Vec::new();
    let mut sent = 0;
    for step in steps {
        state["steps"] = Value::from(vec![step.clone()]);
        let body = state.to_string();
        sent += body.len();
        let reply = post(addr, "/v1/counselling/record", &body);
        assert_eq!(reply.status, 200, "{}", reply.body);
        let outcome: Value = serde_json::from_str::<Value>(&reply.body).unwrap()["outcome"].clone();
        events.extend(outcome["events"].as_array().unwrap().iter().cloned());
        state = serde_json::json!({ "checkpoint": outcome["checkpoint"] });
    }
    assert_eq!(Value::from(events), whole["outcome"]["file"]["history"]);
    assert_eq!(
        state["checkpoint"]["head"],
        whole["outcome"]["file"]["head"]
    );
    assert!(sent < example.to_string().len() * 3, "{sent} bytes sent");
    // Another service, another key: its checkpoints are not this one's.
    let other = start(Config::default());
    state["steps"] = Value::from(Vec::<Value>::new());
    let reply = post(other, "/v1/counselling/record", &state.to_string());
    assert_eq!(reply.status, 400, "{}", reply.body);
    let problem: Value = serde_json::from_str(&reply.body).unwrap();
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("`checkpoint.seal`: "), "{detail}");
    let keyless = start(Config {
        seal_key: None,
        ..Config::default()
    });
    let reply = post(keyless, "/v1/counselling/record", &state.to_string());
    assert_eq!(reply.status, 400, "{}", reply.body);
    let problem: Value = serde_json::from_str(&reply.body).unwrap();
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("`checkpoint`: this service holds no sealing key"),
        "{detail}"
    );
}
