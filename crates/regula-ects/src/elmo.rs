//! Import of a transcript of records in the EMREX/ELMO XML format (the format European
//! universities exchange transcripts in): courses, credits, results, grading schemes and result
//! distributions.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use regula_core::{Credits, Decimal};

use crate::convert::{DistributionTable, GradeShare, HostGrade};
use crate::plan::HostCourse;

/// A transcript read from ELMO: the host courses and the distribution tables their results came
/// with (one per course that gives a `resultDistribution`, named `<scheme>#<course id>`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Transcript {
    /// The issuing institution's title.
    pub issuer: String,
    /// The courses.
    pub courses: Vec<HostCourse>,
    /// The distribution tables.
    pub tables: Vec<DistributionTable>,
}

/// A transcript that cannot be read: the element and position where reading failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ELMO transcript, element <{element}> at byte {position}: {message}")]
pub struct ElmoError {
    /// The element being read.
    pub element: String,
    /// The byte offset in the file.
    pub position: u64,
    /// What is wrong.
    pub message: String,
}

/// The failing grades of a host scale: ELMO's result distributions list every category, but a
/// distribution table lists passing grades only, and only the CSC knows which grades of a foreign
/// scale fail.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FailingGrades {
    /// `(scheme, labels)`: the failing labels of each grading scheme (`gradingSchemeLocalId`).
    pub by_scheme: Vec<(String, Vec<String>)>,
}

impl FailingGrades {
    fn fails(&self, scheme: &str, label: &str) -> bool {
        ["F", "FX"].contains(&label)
            || self
                .by_scheme
                .iter()
                .any(|(s, labels)| s == scheme && labels.iter().any(|l| l == label))
    }
}

#[derive(Default)]
struct Course {
    id: String,
    title: String,
    kind: String,
    status: String,
    scheme: String,
    result: String,
    credits: Option<String>,
    credit_scheme: String,
    distribution: Vec<(String, u64)>,
}

fn attribute(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// Reads an ELMO transcript. Courses are the `learningOpportunitySpecification`s whose instance
/// carries a result and ECTS credits; a course is passed when its `status` is `passed` (or, with
/// no status, when a result is given). Result distributions become distribution tables without
/// the `failing` grades (and the ECTS F/FX). Malformed or unsupported XML is an error naming the
/// element.
pub fn parse_elmo(xml: &str, failing: &FailingGrades) -> Result<Transcript, ElmoError> {
    let mut reader = Reader::from_str(xml);
    let mut path: Vec<String> = Vec::new();
    let mut stack: Vec<Course> = Vec::new();
    let mut transcript = Transcript::default();
    let mut done: Vec<Course> = Vec::new();
    let fail = |element: &str, position: u64, message: String| ElmoError {
        element: element.to_owned(),
        position,
        message,
    };
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            fail(
                path.last().map_or("document", String::as_str),
                position,
                e.to_string(),
            )
        })?;
        match event {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if path.is_empty() && name != "elmo" {
                    return Err(fail(
                        &name,
                        position,
                        "not an ELMO document: the root element must be <elmo>".into(),
                    ));
                }
                if name == "learningOpportunitySpecification" {
                    stack.push(Course::default());
                }
                if name == "identifier"
                    && path
                        .last()
                        .is_some_and(|p| p == "learningOpportunitySpecification")
                    && let Some(course) = stack.last_mut()
                    && (course.id.is_empty() || attribute(&e, b"type").as_deref() == Some("local"))
                {
                    course.id = "\u{0}pending".into();
                }
                if name == "title"
                    && path
                        .last()
                        .is_some_and(|p| p == "learningOpportunitySpecification")
                    && let Some(course) = stack.last_mut()
                    && (course.title.is_empty() || attribute(&e, b"lang").as_deref() == Some("en"))
                {
                    course.title = "\u{0}pending".into();
                }
                path.push(name);
            }
            Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if name == "category" && path.last().is_some_and(|p| p == "resultDistribution") {
                    let label = attribute(&e, b"label").unwrap_or_default();
                    let count = attribute(&e, b"count")
                        .and_then(|c| c.parse::<u64>().ok())
                        .ok_or_else(|| {
                            fail(
                                "category",
                                position,
                                format!("category {label:?} has no whole `count`"),
                            )
                        })?;
                    if let Some(course) = stack.last_mut() {
                        course.distribution.push((label, count));
                    }
                }
            }
            Event::Text(t) => {
                let text = t.decode().map_err(|e| {
                    fail(
                        path.last().map_or("document", String::as_str),
                        position,
                        e.to_string(),
                    )
                })?;
                let text = quick_xml::escape::unescape(&text)
                    .map(|s| s.into_owned())
                    .unwrap_or_else(|_| text.into_owned());
                let text = text.trim();
                if text.is_empty() {
                    continue;
                }
                let here = path.last().map(String::as_str).unwrap_or_default();
                let parent = path
                    .len()
                    .checked_sub(2)
                    .and_then(|i| path.get(i))
                    .map(String::as_str)
                    .unwrap_or_default();
                if here == "title" && parent == "issuer" && transcript.issuer.is_empty() {
                    transcript.issuer = text.to_owned();
                }
                let Some(course) = stack.last_mut() else {
                    continue;
                };
                match (parent, here) {
                    ("learningOpportunitySpecification", "identifier")
                        if course.id == "\u{0}pending" =>
                    {
                        course.id = text.to_owned()
                    }
                    ("learningOpportunitySpecification", "title")
                        if course.title == "\u{0}pending" =>
                    {
                        course.title = text.to_owned()
                    }
                    ("learningOpportunitySpecification", "type") => course.kind = text.to_owned(),
                    ("learningOpportunityInstance", "status") => course.status = text.to_owned(),
                    ("learningOpportunityInstance", "gradingSchemeLocalId") => {
                        course.scheme = text.to_owned()
                    }
                    ("learningOpportunityInstance", "resultLabel") => {
                        course.result = text.to_owned()
                    }
                    ("credit", "scheme") => course.credit_scheme = text.to_owned(),
                    ("credit", "value") => course.credits = Some(text.to_owned()),
                    _ => {}
                }
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                path.pop();
                if name == "learningOpportunitySpecification"
                    && let Some(course) = stack.pop()
                {
                    done.push(course);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !path.is_empty() {
        return Err(fail(
            path.last().map_or("document", String::as_str),
            reader.buffer_position(),
            "the document ends inside this element".into(),
        ));
    }
    for course in done {
        let has_result = !course.result.is_empty();
        let ects =
            course.credit_scheme.is_empty() || course.credit_scheme.eq_ignore_ascii_case("ects");
        let Some(credits) = course.credits.as_deref().filter(|_| has_result && ects) else {
            continue;
        };
        if course.kind.eq_ignore_ascii_case("Degree Programme") {
            continue;
        }
        let value: Decimal = regula_core::exact::parse(credits)
            .map_err(|e| fail("value", 0, format!("course `{}`: credits: {e}", course.id)))?;
        let credits = Credits::new(value)
            .map_err(|e| fail("value", 0, format!("course `{}`: {e}", course.id)))?;
        let passed = if course.status.is_empty() {
            true
        } else {
            course.status.eq_ignore_ascii_case("passed")
        };
        let letters = ["A", "B", "C", "D", "E", "FX", "F"];
        let mut scale = if course.scheme.is_empty() && letters.contains(&course.result.as_str()) {
            "ECTS".to_owned()
        } else if course.scheme.is_empty() {
            "unknown".to_owned()
        } else {
            course.scheme.clone()
        };
        let passing: Vec<&(String, u64)> = course
            .distribution
            .iter()
            .filter(|(l, _)| !failing.fails(&course.scheme, l))
            .collect();
        let total: u64 = passing.iter().map(|(_, c)| c).sum();
        if total > 0 && scale != "ECTS" {
            scale = format!("{scale}#{}", course.id);
            // ELMO lists categories worst first; a table lists the best first.
            let mut grades: Vec<GradeShare> = passing
                .iter()
                .rev()
                .map(|(label, count)| GradeShare {
                    grade: label.clone(),
                    percent: (Decimal::from(*count) * Decimal::ONE_HUNDRED / Decimal::from(total))
                        .round_dp(4),
                })
                .collect();
            let sum: Decimal = grades.iter().map(|g| g.percent).sum();
            if let Some(last) = grades.last_mut() {
                last.percent += Decimal::ONE_HUNDRED - sum;
            }
            transcript.tables.push(DistributionTable {
                scale: scale.clone(),
                grades,
            });
        }
        transcript.courses.push(HostCourse {
            id: course.id,
            title: course.title,
            credits,
            passed,
            grade: HostGrade {
                scale,
                value: course.result,
            },
        });
    }
    Ok(transcript)
}
