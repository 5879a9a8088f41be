//! Reading EMREX/ELMO transcripts (issue #16): a transcript of 500 courses, each with titles in
//! two languages (one with an entity), a status, a grade, a result distribution of six categories
//! and ECTS credits; and one of 5,000 to show that the time grows linearly with the document.
//! Issue #29: a Ladok-like transcript of 20 MB, whose programme lists every course and whose
//! modules list them again with their parts (each course merged once, its parts counted), read
//! in under a second.
//!
//! Run with `cargo bench --bench elmo`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use regula::ects::{GradingScales, import_elmo};

/// A transcript of `courses` courses from one issuer.
fn transcript(courses: usize) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
  <generatedDate>2024-02-01T10:00:00Z</generatedDate>
  <learner><givenNames>Ana</givenNames><familyName>Pop</familyName></learner>
  <report>
    <issuer><country>NO</country><identifier type="erasmus">N OSLO01</identifier>
      <title xml:lang="no">Universitetet i Oslo</title><title xml:lang="en">University of Oslo</title>
      <url>https://www.uio.no</url></issuer>
"#,
    );
    let grades = ["A", "B", "C", "D", "E", "F"];
    for k in 0..courses {
        let grade = grades[k % 5];
        xml.push_str(&format!(
            r#"    <learningOpportunitySpecification>
      <identifier type="local">C{k:05}</identifier>
      <title xml:lang="no">Emne {k}</title><title xml:lang="en">Research &amp; Development {k}</title>
      <type>Course</type>
      <specifies><learningOpportunityInstance>
        <status>passed</status><resultLabel>{grade}</resultLabel>
        <resultDistribution><category label="A" count="7"/><category label="B" count="31"/><category label="C" count="37"/><category label="D" count="18"/><category label="E" count="5"/><category label="F" count="2"/></resultDistribution>
        <credit><scheme>ects</scheme><value>7.5</value></credit>
      </learningOpportunityInstance></specifies>
    </learningOpportunitySpecification>
"#
        ));
    }
    xml.push_str("    <issueDate>2024-02-01T10:00:00Z</issueDate>\n  </report>\n</elmo>\n");
    xml
}

/// A Ladok-like transcript of at least `bytes` bytes: a programme listing `n` courses, then
/// modules of ten listing them again, each with two parts that carry the credits, the second
/// tree naming every other course by another identifier (matched by title, credits and date).
fn ladok(bytes: usize) -> (String, usize) {
    let head = r#"<?xml version="1.0" encoding="UTF-8"?>
<elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
  <generatedDate>2024-06-20T10:00:00Z</generatedDate>
  <learner><givenNames>Astrid</givenNames><familyName>Test</familyName></learner>
  <report>
    <issuer><country>SE</country><identifier type="schac">example.se</identifier>
      <title xml:lang="en">Example University</title><url>https://www.example.se</url></issuer>
"#;
    let course = |id: &str, k: usize, credits: &str, parts: &str| {
        format!(
            r#"<hasPart><learningOpportunitySpecification><identifier type="local">{id}</identifier>
  <title xml:lang="sv">Kurs {k}</title><title xml:lang="en">Course {k}</title><type>Course</type>
  <specifies><learningOpportunityInstance><date>2024-{:02}-{:02}</date><status>passed</status><resultLabel>B</resultLabel>
  <credit><scheme>ects</scheme><value>{credits}</value></credit></learningOpportunityInstance></specifies>{parts}
</learningOpportunitySpecification></hasPart>
"#,
            k % 12 + 1,
            k % 28 + 1
        )
    };
    // One course in both trees is about 1.8 kB.
    let n = bytes / 1820 + 1;
    let mut programme = String::new();
    let mut modules = String::new();
    for k in 0..n {
        programme.push_str(&course(&format!("DA{k:06}"), k, "7.5", ""));
        if k % 10 == 0 {
            if k > 0 {
                modules.push_str("</learningOpportunitySpecification>\n");
            }
            modules.push_str(&format!(
                "<learningOpportunitySpecification><identifier type=\"local\">MOD{k}</identifier><title xml:lang=\"en\">Module {k}</title><type>Module</type><specifies><learningOpportunityInstance><status>passed</status></learningOpportunityInstance></specifies>\n"
            ));
        }
        let part =
            |j: usize, credits: &str| course(&format!("DA{k:06}-00{j}0"), k * 10 + j, credits, "");
        let parts = part(1, "3") + &part(2, "4.5");
        let id = if k % 2 == 0 {
            format!("DA{k:06}")
        } else {
            format!("uid-{k:08x}")
        };
        modules.push_str(&course(&id, k, "7.5", &parts));
    }
    modules.push_str("</learningOpportunitySpecification>\n");
    let mut xml = String::from(head);
    xml.push_str("<learningOpportunitySpecification><identifier type=\"local\">KDAT1</identifier><title xml:lang=\"en\">Programme</title><type>Degree Programme</type><specifies><learningOpportunityInstance><status>passed</status></learningOpportunityInstance></specifies>\n");
    xml.push_str(&programme);
    xml.push_str("</learningOpportunitySpecification>\n");
    xml.push_str(&modules);
    xml.push_str("    <issueDate>2024-06-20T10:00:00Z</issueDate>\n  </report>\n</elmo>\n");
    (xml, n)
}

/// A process's resident memory in kB, from `/proc/self/status` (`VmRSS` now, `VmHWM` its peak);
/// `None` where there is no such file (not Linux).
fn resident_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Runs `read` once and prints the memory it needed at its peak, besides the document already
/// in memory: the resident set's peak during the call (reset before it, Linux's `clear_refs`)
/// less the resident set before it. Includes the transcript returned.
fn peak_memory<T>(document: &str, read: impl FnOnce() -> T) -> T {
    let before = resident_kb("VmRSS:");
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let value = read();
    match (before, resident_kb("VmHWM:"), reset) {
        (Some(before), Some(peak), true) => {
            // In kB and tenths, without floating point (the workspace denies it).
            let document_kb = (document.len() as u64 / 1000).max(1);
            let extra_kb = peak.saturating_sub(before);
            let tenths = |kb: u64| format!("{}.{}", kb / 1000, kb % 1000 / 100);
            let ratio = |kb: u64| {
                let x10 = kb * 10 / document_kb;
                format!("{}.{}", x10 / 10, x10 % 10)
            };
            println!(
                "memory: reading the {} MB document needed {} MB at its peak besides it ({}x the \
                 document; with it, {}x)",
                tenths(document_kb),
                tenths(extra_kb),
                ratio(extra_kb),
                ratio(extra_kb + document_kb)
            );
        }
        _ => println!("memory: not measured here (no /proc/self/status or clear_refs)"),
    }
    value
}

fn bench(c: &mut Criterion) {
    let scales = GradingScales::european();
    let mut group = c.benchmark_group("elmo");
    group.measurement_time(Duration::from_secs(8));
    for courses in [500, 5000] {
        let xml = transcript(courses);
        let read = import_elmo(&xml, &scales).expect("a valid transcript");
        assert_eq!(read.courses.len(), courses);
        assert_eq!(
            read.tables.len(),
            courses,
            "one distribution table per course"
        );
        group.bench_function(
            format!(
                "read a transcript of {courses} courses ({} kB)",
                xml.len() / 1000
            ),
            |b| b.iter(|| black_box(import_elmo(black_box(&xml), &scales).expect("valid"))),
        );
    }
    // Issue #29: 20 MB with every course in two trees; the parts are the courses read.
    let (xml, n) = ladok(20_000_000);
    // Memory is measured outside criterion: with this set, the document is written there for
    // `/usr/bin/time -v regula ects import FILE` (README, benchmarks).
    if let Some(path) = std::env::var_os("REGULA_ELMO_BENCH_WRITE") {
        std::fs::write(path, &xml).expect("the document written");
    }
    let read = peak_memory(&xml, || import_elmo(&xml, &scales)).expect("a valid transcript");
    assert_eq!(
        read.courses.len(),
        2 * n,
        "each course once, through its two parts"
    );
    let total: regula_core::Decimal = read.courses.iter().map(|c| c.course.credits.value()).sum();
    assert_eq!(
        total,
        regula_core::Decimal::new(75, 1) * regula_core::Decimal::from(n)
    );
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function(
        format!(
            "read a Ladok-like transcript of {n} courses in two trees ({} MB)",
            xml.len() / 1_000_000
        ),
        |b| b.iter(|| black_box(import_elmo(black_box(&xml), &scales).expect("valid"))),
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
