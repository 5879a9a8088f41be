//! The `regula` binary as a user meets it: the example requests, both output formats, policy
//! files, and invalid input (exit code 2, one message naming the field and the value, no panic).

mod common;

use common::{regula, root};

fn assert_rejected(args: &[&str], stdin: &str, needles: &[&str]) {
    let (code, stdout, stderr) = regula(args, stdin);
    assert_eq!(code, 2, "stdout: {stdout}\nstderr: {stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    for needle in needles {
        assert!(stderr.contains(needle), "`{needle}` not in: {stderr}");
    }
}

#[test]
fn every_example_request_is_decided_in_both_formats() {
    let cases: [(&[&str], &str, &[&str]); 20] = [
        (
            &["grade", "course"],
            "grade-course.json",
            &["GR-2", "GR-3", "GR-4", "GR-5", "GR-6", "GR-7", "GR-9"],
        ),
        (
            &["grade", "quiz"],
            "grade-quiz.json",
            &["QZ-3", "QZ-4", "QZ-5", "GR-4", "GR-9"],
        ),
        (
            &["grade", "average"],
            "grade-average.json",
            &["GR-8", "GR-1"],
        ),
        (&["deadlines"], "deadlines.json", &["AP-1", "AP-5", "CA-7"]),
        (&["appeal", "check"], "appeal-check.json", &["AP-2"]),
        (&["fees"], "fees.json", &["FE-1", "FE-2", "FE-3", "FE-4"]),
        (
            &["ects", "recognise"],
            "ects-recognise.json",
            &["EC-4", "EC-6", "EC-7", "EC-10", "EC-11"],
        ),
        (&["ects", "convert"], "ects-convert.json", &["EC-11"]),
        (
            &["mobility", "eligibility"],
            "mobility-eligibility.json",
            &["MO-1", "MO-3"],
        ),
        (
            &["mobility", "dossier"],
            "mobility-dossier.json",
            &["ITP-2105"],
        ),
        (
            &["mobility", "select"],
            "mobility-select.json",
            &["theology"],
        ),
        (
            &["mobility", "calendar"],
            "mobility-calendar.json",
            &["MO-10", "MO-11", "MO-12"],
        ),
        (
            &["catalog", "record"],
            "catalog-record.json",
            &["CA-4", "CA-5", "CA-6"],
        ),
        (
            &["catalog", "check"],
            "catalog-check.json",
            &["CA-3", "CA-5", "CA-7"],
        ),
        (&["catalog", "admit"], "catalog-admit.json", &["NAV-1003"]),
        (
            &["open-session", "check"],
            "open-session-check.json",
            &["NAV-2001"],
        ),
        (
            &["retake-session", "check"],
            "retake-session-check.json",
            &["SC-2"],
        ),
        (
            &["counselling", "record"],
            "counselling-record.json",
            &["CO-3", "CO-4", "CO-5", "CO-6"],
        ),
        (
            &["counselling", "status"],
            "counselling-status.json",
            &["CO-2", "CO-3", "CO-4", "CO-5"],
        ),
        (
            &["counselling", "consolidate"],
            "counselling-consolidate.json",
            &["Faculty AC"],
        ),
    ];
    for (command, file, rules) in cases {
        let path = format!("examples/requests/{file}");
        let mut args = command.to_vec();
        args.push(&path);
        let (code, json, stderr) = regula(&args, "");
        assert_eq!(code, 0, "{file}: {stderr}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let expected = if file.starts_with("ects") || file.starts_with("mobility") {
            "ITP 2014"
        } else if file.starts_with("counselling") {
            "UTCN 2021"
        } else {
            "UMC 2020"
        };
        assert_eq!(value["policy"]["name"], expected, "{file}");
        args.extend(["--format", "text"]);
        let (code, text, stderr) = regula(&args, "");
        assert_eq!(code, 0, "{file}: {stderr}");
        for rule in rules {
            assert!(text.contains(rule), "{file}: {rule} not cited in\n{text}");
        }
    }
}

#[test]
fn deadlines_and_fees_reject_bad_input_naming_the_field() {
    assert_rejected(
        &["deadlines"],
        r#"{"form": "take_home", "exam_end": "2022-01-20T12:00"}"#,
        &["field `form`", "take_home"],
    );
    assert_rejected(
        &["deadlines"],
        r#"{"form": "online_quiz", "exam_end": "2022-01-20T12:00", "grades_announced": "2022-01-20T11:00"}"#,
        &["`grades_announced`", "comes before `exam_end`"],
    );
    assert_rejected(
        &["deadlines"],
        r#"{"form": "online_quiz", "exam_end": "2250-01-20T12:00"}"#,
        &["field `exam_end`", "1900–2199"],
    );
    assert_rejected(
        &["appeal", "check"],
        r#"{"form": "online_quiz", "exam_end": "2022-01-20T12:00", "appeal": {"filed_at": "2022-01-20T13:00", "grounds": "mood"}}"#,
        &["field `appeal.grounds`", "mood"],
    );
    assert_rejected(
        &["fees"],
        r#"{"date": "2022-02-01", "exams": [{"course": "A", "academic_year": "2023/2024"}]}"#,
        &["exams[0] (`A`)", "2023/2024", "negative"],
    );
}

#[test]
fn schedule_check_solve_and_export() {
    // check: the example timetable breaks SC-3, SC-4 and SC-6, each named.
    let (code, text, stderr) = regula(
        &[
            "schedule",
            "check",
            "examples/requests/schedule-check.json",
            "--format",
            "text",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    for needle in [
        "4 violations",
        "SC-3 (UMC-EXAM §5.4(1))",
        "SC-4",
        "teacher `popescu` is unavailable",
    ] {
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    // solve: a valid timetable, no exam on a Sunday (the request's rest days).
    let (code, json, stderr) = regula(
        &[
            "schedule",
            "solve",
            "examples/requests/schedule-solve.json",
            "--time-limit",
            "30",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let solved: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(solved["outcome"]["status"], "solved", "{json}");
    let placements = solved["outcome"]["timetable"]["placements"]
        .as_array()
        .unwrap();
    assert_eq!(placements.len(), 6);
    for p in placements {
        let day = chrono::NaiveDateTime::parse_from_str(
            p["start"].as_str().unwrap(),
            "%Y-%m-%dT%H:%M:%S",
        )
        .unwrap();
        assert_ne!(chrono::Datelike::weekday(&day), chrono::Weekday::Sun, "{p}");
    }
    // export: iCalendar of one group, HTML with a column per day, text.
    let args = [
        "schedule",
        "export",
        "examples/requests/schedule-export.json",
    ];
    let (code, ics, stderr) = regula(
        &[
            &args[..],
            &[
                "--ics",
                "--group",
                "NAV-2-IFR",
                "--stamp",
                "2022-01-10T09:00",
            ],
        ]
        .concat(),
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}"); // ECON-105, MET-210, PRJ-220
    assert!(ics.contains("DTSTAMP:20220110T070000Z"));
    let (code, html, _) = regula(&[&args[..], &["--html"]].concat(), "");
    assert_eq!(code, 0);
    assert_eq!(
        html.matches("<th>").count(),
        21,
        "one column per day of the 3-week session"
    );
    let (code, _, stderr) = regula(&[&args[..], &["--ics"]].concat(), "");
    assert_eq!(code, 2);
    assert!(stderr.contains("--group"), "{stderr}");
}

#[test]
fn schedule_bad_input_names_it() {
    assert_rejected(
        &["schedule", "check"],
        r#"{"plan": {"session": {"first_day": "2022-02-01", "last_day": "2022-01-01"}, "groups": [], "teachers": [],
            "exams": [{"id": "E", "groups": [], "committee": [{"teacher": "ghost", "role": "holder"}], "form": "online_quiz", "duration_minutes": 900}]},
           "timetable": {"placements": []}}"#,
        &[
            "`last_day` = 2022-01-01 comes before `first_day` = 2022-02-01",
            "exam `E` has no group",
            "teacher `ghost` does not exist",
            "900 minutes",
        ],
    );
}

#[test]
fn the_request_can_come_from_stdin_with_a_dash() {
    let request =
        std::fs::read_to_string(root().join("examples/requests/grade-quiz.json")).unwrap();
    let (code, text, _) = regula(&["grade", "quiz", "-", "--format", "text"], &request);
    assert_eq!(code, 0);
    assert!(text.starts_with("Online quiz ECON-105"), "{text}");
    assert!(text.contains("Dumitru C. Elena: absent"), "{text}");
}

#[test]
fn invalid_input_names_the_field_and_the_value() {
    assert_rejected(
        &["grade", "course"],
        r#"{"sheet": {"code": "X", "credits": 5, "activities": [{"id": "a", "kind": "seminar", "allotment": 12}]}, "students": []}"#,
        &["field `sheet.activities[0].allotment`", "got 12"],
    );
    assert_rejected(
        &["grade", "course"],
        r#"{"date": "2021-13-01", "sheet": {}, "students": []}"#,
        &["field `date`", "\"2021-13-01\""],
    );
    assert_rejected(
        &["grade", "quiz"],
        r#"{"quiz": {"course": "Q", "session_date": "2021-01-25", "bank_size": -50, "questions": 10}, "attempts": []}"#,
        &["field `quiz.bank_size`", "-50"],
    );
    assert_rejected(
        &["grade", "course"],
        r#"{"sheet": {"code": "X", "credits": 5, "activities": [{"id": "a", "kind": "final_evaluation", "allotment": 10}]}, "students": [{"student": "S", "scores": {"a": "abs"}}]}"#,
        &["field `students[0].scores.a`", "\"abs\""],
    );
    assert_rejected(&["grade", "course"], "{", &["not valid JSON"]);
    assert_rejected(&["grade", "course"], "", &["not valid JSON"]);
    assert_rejected(
        &["grade", "course", "no/such/file.json"],
        "",
        &["no/such/file.json"],
    );
    assert_rejected(&["grade", "course", "--format", "xml"], "", &["xml"]);
    assert_rejected(&["grade", "exam"], "", &["exam"]);
}

#[test]
fn a_policy_before_the_first_version_is_an_error_not_a_guess() {
    assert_rejected(
        &["grade", "quiz"],
        r#"{"quiz": {"course": "Q", "session_date": "2019-06-20", "bank_size": 50, "questions": 10}, "attempts": []}"#,
        &["not in force on 2019-06-20", "2020-05-06"],
    );
}

#[test]
fn a_policy_file_replaces_the_preset_and_is_validated_on_load() {
    let (code, preset, _) = regula(&["policy", "show"], "");
    assert_eq!(code, 0);
    let mut policy: serde_json::Value = serde_json::from_str(&preset).unwrap();
    // An institution that truncates totals instead of rounding half-up (GR-4 is a policy).
    for version in policy["grading"]["versions"].as_array_mut().unwrap() {
        version["policy"]["rounding"] = "down".into();
    }
    let dir = std::env::temp_dir().join(format!("regula-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("policy.json");
    std::fs::write(&file, serde_json::to_string(&policy).unwrap()).unwrap();
    let request = r#"{"sheet": {"code": "X", "credits": 5, "activities": [{"id": "a", "kind": "final_evaluation", "allotment": 10}]}, "students": [{"student": "S", "scores": {"a": 7.5}}]}"#;
    let (_, with_preset, _) = regula(&["grade", "course"], request);
    let (code, with_file, stderr) = regula(
        &["grade", "course", "--policy", file.to_str().unwrap()],
        request,
    );
    assert_eq!(code, 0, "{stderr}");
    let grade = |json: &str| {
        serde_json::from_str::<serde_json::Value>(json).unwrap()["outcome"]["results"][0]["outcome"]
            ["grade"]
            .clone()
    };
    assert_eq!(grade(&with_preset), 8);
    assert_eq!(grade(&with_file), 7);

    policy["grading"]["versions"][0]["policy"]["pass_grade"] = 1.into();
    std::fs::write(&file, serde_json::to_string(&policy).unwrap()).unwrap();
    assert_rejected(
        &["grade", "course", "--policy", file.to_str().unwrap()],
        request,
        &["invalid policy", "pass_grade"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_mobility_policy_with_a_negative_weight_is_rejected_on_load() {
    let (_, preset, _) = regula(&["policy", "show"], "");
    let mut policy: serde_json::Value = serde_json::from_str(&preset).unwrap();
    policy["mobility"]["versions"][0]["policy"]["points"]["criteria"][1]["weight"] = "-2".into();
    let dir = std::env::temp_dir().join(format!("regula-cli-mobility-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("policy.json");
    std::fs::write(&file, serde_json::to_string(&policy).unwrap()).unwrap();
    assert_rejected(
        &[
            "mobility",
            "select",
            "examples/requests/mobility-select.json",
            "--policy",
            file.to_str().unwrap(),
        ],
        "",
        &[
            "invalid policy: field `mobility`: invalid mobility policy `ITP 2014`",
            "(version in force from 2014-03-13)",
            "`points.criteria[1].weight` = -2",
            "criterion `letter_cv_recommendation`: a weight cannot be negative (MO-7)",
        ],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_catalog_exports_as_csv_and_as_a_printable_page() {
    let (code, csv, stderr) = regula(
        &[
            "catalog",
            "export",
            "examples/requests/catalog-export.json",
            "--csv",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "a header and one line per student");
    assert!(lines[0].starts_with("nr,student,name,recognised,session_1,"));
    assert!(lines[3].starts_with("3,NAV-1001,STAN I. Ioana,,winter 2021,2021-01-25,10,10 (zece),"));
    let (code, html, _) = regula(
        &[
            "catalog",
            "export",
            "examples/requests/catalog-export.json",
            "--html",
            "--lang",
            "ro",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ro\">"));
    for needle in [
        "CATALOG",
        "Navigație I",
        "catalog de an curent",
        "<s class=\"struck\">9 (nouă)</s>",
        "Decan",
        "Secretar",
        "Sesiunea 4",
    ] {
        assert!(html.contains(needle), "{needle} not in the page");
    }
    // A grade changed in a row but not in the history: refused, exit 2.
    let mut request: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/requests/catalog-export.json")).unwrap(),
    )
    .unwrap();
    request["catalog"]["rows"][0]["cells"][0]["mark"] = 10.into();
    assert_rejected(
        &["catalog", "export", "--html"],
        &request.to_string(),
        &["differs from its history"],
    );
}

#[test]
fn help_and_version_exit_zero() {
    let (code, out, _) = regula(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("grade"));
    let (code, out, _) = regula(&["grade", "course", "--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("--format"));
    let (code, out, _) = regula(&["--version"], "");
    assert_eq!(code, 0);
    assert!(out.starts_with("regula "));
}

/// Issue #14: `--lang ro` writes the explanations in Romanian; a language Regula does not have is
/// an error (exit code 2) that names it and lists those it has.
#[test]
fn lang_chooses_the_language_and_an_unknown_one_is_named() {
    let request =
        std::fs::read_to_string(root().join("examples/requests/grade-course.json")).unwrap();
    let (code, text, _) = regula(
        &["grade", "course", "-", "--format", "text", "--lang", "ro"],
        &request,
    );
    assert_eq!(code, 0);
    assert!(text.starts_with("Disciplina NAV-201"), "{text}");
    assert!(
        text.contains("Punctajul total este de 7,75 puncte"),
        "{text}"
    );
    assert_rejected(
        &["grade", "course", "-", "--lang", "fr"],
        &request,
        &["--lang", "`fr`", "ro (română)", "en (English)"],
    );
}

/// Issue #15, items 4 and 5: every instance of a folder, solved by a portfolio of parallel
/// searches, its solutions written in the competitions' formats and verified term by term.
#[test]
fn schedule_benchmarks_runs_every_instance_of_a_folder_and_verify_reads_its_solutions() {
    let data = root().join("crates/regula-scheduling/tests/data");
    let out = std::env::temp_dir().join(format!("regula-solutions-{}", std::process::id()));
    let run = || {
        regula(
            &[
                "schedule",
                "benchmarks",
                data.to_str().unwrap(),
                "--iterations",
                "20000",
                "--threads",
                "2",
                "--seed",
                "7",
                "--periods",
                "10",
                "--solutions",
                out.to_str().unwrap(),
            ],
            "",
        )
    };
    let (code, table, stderr) = run();
    assert_eq!(code, 0, "{stderr}");
    let rows: Vec<&str> = table.lines().collect();
    assert!(rows[0].starts_with("instance") && rows[0].ends_with("seed"));
    // small.exam, tiny.exam, small.crs/.stu, tiny.crs/.stu: ITC2007 first, then Toronto.
    let names: Vec<&str> = rows[1..]
        .iter()
        .map(|r| r.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(names, ["small", "tiny", "small", "tiny"]);
    assert!(rows[1..].iter().all(|r| r.contains(" yes ")), "{table}");
    // Reproducible for a seed, a thread count and an iteration budget: all but the seconds.
    let without_time = |t: &str| -> Vec<String> {
        t.lines()
            .map(|l| {
                let mut f: Vec<&str> = l.split_whitespace().collect();
                f.remove(f.len() - 2);
                f.join(" ")
            })
            .collect()
    };
    let (_, again, _) = run();
    assert_eq!(without_time(&table), without_time(&again));
    // The written solutions verify to the cost in the table.
    let (code, verified, stderr) = regula(
        &[
            "schedule",
            "verify",
            data.join("small.exam").to_str().unwrap(),
            out.join("small.sln").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let cost = rows[1].split_whitespace().nth(3).unwrap();
    assert!(
        verified.contains("hard constraint violations: 0"),
        "{verified}"
    );
    assert!(
        verified.contains(&format!("total (soft):               {cost}")),
        "{verified}"
    );
    let (code, verified, stderr) = regula(
        &[
            "schedule",
            "verify",
            data.join("small.crs").to_str().unwrap(),
            out.join("small.sol").to_str().unwrap(),
            "--periods",
            "10",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        verified.contains("conflicts:                  0"),
        "{verified}"
    );
    // A solution that cannot be read: exit 2, the file and the line named.
    let bad = out.join("bad.sln");
    std::fs::write(&bad, "0, 0\nx\n").unwrap();
    let (code, _, stderr) = regula(
        &[
            "schedule",
            "verify",
            data.join("small.exam").to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("bad.sln, line 2: expected `<period>, <room>`"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_session_plan_goes_through_a_workbook() {
    let dir = std::env::temp_dir().join(format!("regula-sheets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let template = dir.join("plan.xlsx");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_regula"))
        .args(["schedule", "template", "--xlsx"])
        .current_dir(root())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stdout.starts_with(b"PK\x03\x04"),
        "an XLSX workbook on stdout"
    );
    std::fs::write(&template, &out.stdout).unwrap();
    // The empty template is refused, naming the place.
    let (code, _, stderr) = regula(&["schedule", "import", template.to_str().unwrap()], "");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("Session!2: no session: the row under the header gives its days"),
        "{stderr}"
    );
    // The example plan's workbook reads back as the plan.
    let (code, json, stderr) = regula(
        &["schedule", "import", "examples/sheets/schedule-plan.xlsx"],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let answer: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        answer["outcome"]["plan"]["session"]["first_day"],
        "2022-01-17"
    );
    assert_eq!(answer["outcome"]["warnings"], serde_json::json!([]));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `regula moodle gradebook FILE --mapping MAPPING.json`: the document read as bytes, its format
/// from the extension, every row and column left out said; a corrupt workbook named.
#[test]
fn a_moodle_gradebook_is_read_from_its_file_and_mapping() {
    let (code, json, stderr) = regula(
        &[
            "moodle",
            "gradebook",
            "examples/moodle/gradebook.csv",
            "--mapping",
            "examples/moodle/gradebook-mapping.json",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let outcome = &value["outcome"];
    assert_eq!(outcome["course"]["students"][0]["scores"]["exam"], "3.75");
    assert_eq!(outcome["results"]["results"].as_array().unwrap().len(), 2);
    assert!(
        outcome["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["reason"] == "no-student-key" && w["at"] == "line 4")
    );
    let (code, text, stderr) = regula(
        &[
            "moodle",
            "quiz",
            "examples/moodle/quiz.csv",
            "--mapping",
            "examples/moodle/quiz-mapping.json",
            "--format",
            "text",
        ],
        "",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.contains("QZ-4") && text.contains("not finished"),
        "{text}"
    );
    // Not a workbook: refused, naming the format.
    let dir = std::env::temp_dir().join(format!("regula-moodle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("grades.xlsx");
    std::fs::write(&bad, b"PK\x03\x04 broken").unwrap();
    assert_rejected(
        &[
            "moodle",
            "gradebook",
            bad.to_str().unwrap(),
            "--mapping",
            "examples/moodle/gradebook-mapping.json",
        ],
        "",
        &["not a readable XLSX workbook"],
    );
    assert_rejected(
        &[
            "moodle",
            "gradebook",
            "examples/moodle/gradebook-mapping.json",
            "--mapping",
            "examples/moodle/gradebook-mapping.json",
        ],
        "",
        &["its extension names no format"],
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Issue #30: every limit of the service is a flag with its default in `--help`, and a value
/// that is not one is refused naming the flag and the value.
#[test]
fn the_services_limits_are_flags() {
    let (code, help, _) = regula(&["serve", "--help"], "");
    assert_eq!(code, 0);
    for needle in [
        "--header-timeout <SECONDS>",
        "--body-timeout <SECONDS>",
        "--max-solves <N>",
        "--solve-queue <N>",
        "[default: 60]",
        "one less than the cores",
        "twice --max-solves",
    ] {
        assert!(help.contains(needle), "`{needle}` not in: {help}");
    }
    for (flag, value) in [
        ("--header-timeout", "0"),
        ("--body-timeout", "1.5"),
        ("--max-solves", "0"),
        ("--solve-queue", "-1"),
    ] {
        assert_rejected(
            &["serve", &format!("{flag}={value}")],
            "",
            &[flag, &format!("'{value}'")],
        );
    }
}

/// Issue #32: `counselling record --seal-key-file` answers a checkpoint, and reads it back with
/// the next steps instead of the file; a key too short or missing is named.
#[test]
fn counselling_record_seals_checkpoints_with_a_key_file() {
    let dir = std::env::temp_dir().join(format!("regula-seal-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("key");
    std::fs::write(&key, [5u8; 32]).unwrap();
    let key = key.to_str().unwrap();
    let example: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/requests/counselling-record.json")).unwrap(),
    )
    .unwrap();
    let mut first = example.clone();
    first["steps"] = serde_json::json!([example["steps"][0]]);
    let args = ["counselling", "record", "-", "--seal-key-file", key];
    let (code, out, err) = regula(&args, &first.to_string());
    assert_eq!(code, 0, "{err}");
    let answer: serde_json::Value = serde_json::from_str(&out).unwrap();
    let next = serde_json::json!({
        "checkpoint": answer["outcome"]["checkpoint"],
        "steps": [example["steps"][1]],
    });
    let (code, out, err) = regula(&args, &next.to_string());
    assert_eq!(code, 0, "{err}");
    let answer: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(answer["outcome"]["events"][0]["seq"], 2, "{answer}");
    assert!(answer["outcome"].get("file").is_none());
    // Without the key, the checkpoint is not read.
    assert_rejected(
        &["counselling", "record", "-"],
        &next.to_string(),
        &["`checkpoint`: this service holds no sealing key"],
    );
    let short = dir.join("short");
    std::fs::write(&short, b"too short").unwrap();
    assert_rejected(
        &[
            "counselling",
            "record",
            "-",
            "--seal-key-file",
            short.to_str().unwrap(),
        ],
        &next.to_string(),
        &["--seal-key-file", "at least 32 bytes, not 9"],
    );
    assert_rejected(
        &[
            "counselling",
            "record",
            "-",
            "--seal-key-file",
            "/nonexistent/key",
        ],
        &next.to_string(),
        &["--seal-key-file: cannot read /nonexistent/key"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
