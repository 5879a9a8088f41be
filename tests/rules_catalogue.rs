//! The rule catalogue and its evidence: `docs/rules.md` is generated from the code and from the
//! tests that cite each rule, and this test fails when it is stale. Run
//! `REGULA_BLESS=1 cargo test --test rules_catalogue` to write it again after a change.
//!
//! A test cites a rule when its name carries the rule's id (`gr4_…`, `ec1_ec3_…`), or when the id appears
//! in its doc comment or body; a conformance case or a snapshot cites the rules it names.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use regula::catalogue::{Evidence, RULES, find, to_markdown};

#[path = "support/generated.rs"]
mod generated;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` whose name ends with one of `extensions`, sorted.
fn files(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !name.starts_with('.') && name != "target" {
                files(&path, extensions, out);
            }
        } else if extensions.iter().any(|e| name.ends_with(e)) {
            out.push(path);
        }
    }
    out.sort();
}

/// The prefixes of the catalogue's ids: `GR`, `SC`, `CAL`…
fn prefixes() -> BTreeSet<&'static str> {
    RULES
        .iter()
        .map(|r| r.id.as_str().split_once('-').unwrap().0)
        .collect()
}

/// The rule ids written in `text` (`GR-4`, `SC-CLASH`), whether or not the catalogue has them.
fn ids_in(text: &str, prefixes: &BTreeSet<&str>) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if boundary && bytes[i].is_ascii_uppercase() {
            let start = i;
            let mut j = i;
            while j < bytes.len() && bytes[j].is_ascii_uppercase() {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'-' && prefixes.contains(&text[start..j]) {
                let mut k = j + 1;
                let digits = bytes.get(k).is_some_and(u8::is_ascii_digit);
                while k < bytes.len()
                    && (if digits {
                        bytes[k].is_ascii_digit()
                    } else {
                        bytes[k].is_ascii_uppercase()
                    })
                {
                    k += 1;
                }
                let after_ok = k >= bytes.len() || !bytes[k].is_ascii_alphanumeric();
                if k > j + 1 && after_ok {
                    found.push(text[start..k].to_owned());
                }
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    found
}

/// The ids a test's name carries: `gr4_…` is GR-4, `ec1_ec3_ec13_…` is EC-1, EC-3 and EC-13,
/// `sc_clash_…` is SC-CLASH.
fn ids_of_name(name: &str, prefixes: &BTreeSet<&str>) -> Vec<String> {
    let words: Vec<&str> = name.split('_').collect();
    let mut ids = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let letters: String = word.chars().take_while(char::is_ascii_lowercase).collect();
        let prefix = letters.to_ascii_uppercase();
        if letters.is_empty() || !prefixes.contains(prefix.as_str()) {
            continue;
        }
        let digits = &word[letters.len()..];
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            ids.push(format!("{prefix}-{digits}"));
        } else if digits.is_empty()
            && let Some(next) = words.get(i + 1)
        {
            let id = format!("{prefix}-{}", next.to_ascii_uppercase());
            if find(&id).is_some() {
                ids.push(id);
            }
        }
    }
    ids
}

/// The tests of a Rust file: (name, the text of its doc comment, attributes and body).
fn tests_in(text: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut tests = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() != "#[test]" {
            continue;
        }
        let mut start = i;
        while start > 0 && {
            let above = lines[start - 1].trim_start();
            above.starts_with("//") || above.starts_with("#[")
        } {
            start -= 1;
        }
        let Some(offset) = lines[i..].iter().position(|l| l.contains("fn ")) else {
            continue;
        };
        let fn_line = i + offset;
        let name: String = lines[fn_line]
            .split("fn ")
            .nth(1)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        // The body: up to the brace that closes the function.
        let mut depth = 0i32;
        let mut opened = false;
        let mut end = fn_line;
        for (k, l) in lines.iter().enumerate().skip(fn_line) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            end = k;
            if opened && depth <= 0 {
                break;
            }
        }
        tests.push((name, lines[start..=end].join("\n")));
    }
    tests
}

/// The tests, conformance cases and snapshots of the repository that cite each rule.
fn evidence() -> Evidence {
    let root = root();
    let prefixes = prefixes();
    let mut evidence = Evidence::new();
    let mut cite = |id: String, what: String| {
        let list = evidence.entry(id).or_default();
        if !list.contains(&what) {
            list.push(what);
        }
    };
    let mut sources = Vec::new();
    files(&root, &[".rs"], &mut sources);
    for path in &sources {
        let text = std::fs::read_to_string(path).unwrap();
        let file = path.strip_prefix(&root).unwrap().display().to_string();
        for (name, body) in tests_in(&text) {
            let mut ids = ids_in(&body, &prefixes);
            ids.extend(ids_of_name(&name, &prefixes));
            for id in ids {
                cite(id, format!("{file}::{name}"));
            }
        }
    }
    let mut documents = Vec::new();
    files(&root.join("tests/cases"), &[".json"], &mut documents);
    files(&root.join("crates"), &[".snap"], &mut documents);
    for path in &documents {
        let text = std::fs::read_to_string(path).unwrap();
        let file = path.strip_prefix(&root).unwrap().display().to_string();
        for id in ids_in(&text, &prefixes) {
            cite(id, file.clone());
        }
    }
    for tests in evidence.values_mut() {
        tests.sort();
    }
    evidence
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue_and_its_tests() {
    generated::assert_fresh("rules.md", &to_markdown(&evidence()), "rules_catalogue");
}

#[test]
fn every_rule_id_cited_in_the_repository_is_in_the_catalogue() {
    let root = root();
    let prefixes = prefixes();
    let mut paths = Vec::new();
    files(&root, &[".rs", ".json", ".md", ".snap"], &mut paths);
    let mut unknown = BTreeSet::new();
    for path in paths {
        if path.ends_with("docs/rules.md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for id in ids_in(&text, &prefixes) {
            if find(&id).is_none() {
                unknown.insert(format!(
                    "{id} in {}",
                    path.strip_prefix(&root).unwrap().display()
                ));
            }
        }
    }
    assert!(unknown.is_empty(), "ids not in the catalogue: {unknown:#?}");
}

#[test]
fn the_id_reader_finds_ids_and_nothing_else() {
    let prefixes = prefixes();
    assert_eq!(
        ids_in(
            "GR-4 and SC-CLASH, MO-9..MO-12; UMC-EXAM, GR-10's, xGR-1",
            &prefixes
        ),
        ["GR-4", "SC-CLASH", "MO-9", "MO-12", "GR-10"]
    );
    assert_eq!(ids_of_name("gr4_the_grade", &prefixes), ["GR-4"]);
    assert_eq!(
        ids_of_name("ec1_ec3_ec13_and_what_remains", &prefixes),
        ["EC-1", "EC-3", "EC-13"]
    );
    assert_eq!(ids_of_name("sc_clash_is_hard", &prefixes), ["SC-CLASH"]);
    assert!(ids_of_name("grade_is_monotone_in_fe_and_co", &prefixes).is_empty());
}
