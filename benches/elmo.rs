//! Reading EMREX/ELMO transcripts (issue #16): a transcript of 500 courses, each with titles in
//! two languages (one with an entity), a status, a grade, a result distribution of six categories
//! and ECTS credits; and one of 5,000 to show that the time grows linearly with the document.
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
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
