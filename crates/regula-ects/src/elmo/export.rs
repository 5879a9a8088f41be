//! The home institution's recognition of a mobility as an ELMO 2.0 document (EC-11, EC-13): one
//! `resultOfRecognition` per host course, with the host's report of the course as its basis
//! (original title, grade, scale, credits) and the home course it became as its result (the
//! converted grade and the credits recognised), the category and the CSC's decision described.
//! Valid against the ELMO 2.0 schema; the tests check it with `xmllint --schema`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use quick_xml::escape::escape;
use serde::{Deserialize, Serialize};

use super::{ELMO_NAMESPACE, Title};
use crate::plan::{Category, CscKind, HostCourse, Mobility, PlanLine, RecognitionPlan};

/// An identifier of an institution (`erasmus`, `schac`, `pic`, …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstitutionId {
    /// Its type, as ELMO names it: `erasmus`, `schac`, `pic`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The identifier.
    pub value: String,
}

/// An institution as ELMO's `issuer` describes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// Its ISO 3166 country.
    #[serde(default)]
    pub country: Option<String>,
    /// Its identifiers (at least one).
    pub identifiers: Vec<InstitutionId>,
    /// Its names (at least one).
    pub titles: Vec<Title>,
    /// Its web address.
    pub url: String,
}

/// The student.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Learner {
    /// Given names.
    pub given_names: String,
    /// Family name.
    pub family_name: String,
}

/// What the recognition document is written from.
#[derive(Clone, Copy, Debug)]
pub struct RecognitionDocument<'a> {
    /// The home institution, which issues the document.
    pub home: &'a Institution,
    /// The host institution, which issued the transcript.
    pub host: &'a Institution,
    /// The student.
    pub learner: &'a Learner,
    /// The mobility: its home and host courses and the CSC's decisions.
    pub mobility: &'a Mobility,
    /// The recognition plan.
    pub plan: &'a RecognitionPlan,
    /// The day of the CSC's decision.
    pub decided: NaiveDate,
    /// When the document is written ("now", given).
    pub issued: DateTime<FixedOffset>,
}

/// The Romanian scale's id in the document.
const HOME_SCALE: &str = "RO-10";

struct Xml(String);

impl Xml {
    fn open(&mut self, depth: usize, name: &str) {
        self.open_with(depth, name, &[]);
    }
    fn open_with(&mut self, depth: usize, name: &str, attributes: &[(&str, &str)]) {
        self.0.push_str(&format!(
            "{}<{name}{}>\n",
            "  ".repeat(depth),
            attributes_of(attributes)
        ));
    }
    fn close(&mut self, depth: usize, name: &str) {
        self.0
            .push_str(&format!("{}</{name}>\n", "  ".repeat(depth)));
    }
    fn leaf(&mut self, depth: usize, name: &str, attributes: &[(&str, &str)], text: &str) {
        self.0.push_str(&format!(
            "{}<{name}{}>{}</{name}>\n",
            "  ".repeat(depth),
            attributes_of(attributes),
            escape(text)
        ));
    }
    fn issuer(&mut self, depth: usize, institution: &Institution) {
        self.open(depth, "issuer");
        if let Some(country) = &institution.country {
            self.leaf(depth + 1, "country", &[], country);
        }
        for id in &institution.identifiers {
            self.leaf(depth + 1, "identifier", &[("type", &id.kind)], &id.value);
        }
        for title in &institution.titles {
            self.leaf(depth + 1, "title", &lang(title), &title.text);
        }
        self.leaf(depth + 1, "url", &[], &institution.url);
        self.close(depth, "issuer");
    }
    /// A learning opportunity with one instance.
    #[allow(clippy::too_many_arguments)]
    fn course(
        &mut self,
        depth: usize,
        id: &str,
        title: &str,
        passed: bool,
        scale: &str,
        grade: Option<&str>,
        credits: Option<String>,
    ) {
        self.open(depth, "learningOpportunitySpecification");
        self.leaf(depth + 1, "identifier", &[("type", "local")], id);
        self.leaf(
            depth + 1,
            "title",
            &[],
            if title.is_empty() { id } else { title },
        );
        self.leaf(depth + 1, "type", &[], "Course");
        self.open(depth + 1, "specifies");
        self.open(depth + 2, "learningOpportunityInstance");
        self.leaf(
            depth + 3,
            "status",
            &[],
            if passed { "passed" } else { "failed" },
        );
        self.leaf(depth + 3, "gradingSchemeLocalId", &[], scale);
        if let Some(grade) = grade.filter(|g| !g.is_empty()) {
            self.leaf(depth + 3, "resultLabel", &[], grade);
        }
        if let Some(credits) = credits {
            self.open(depth + 3, "credit");
            self.leaf(depth + 4, "scheme", &[], "ects");
            self.leaf(depth + 4, "value", &[], &credits);
            self.close(depth + 3, "credit");
        }
        self.close(depth + 2, "learningOpportunityInstance");
        self.close(depth + 1, "specifies");
        self.close(depth, "learningOpportunitySpecification");
    }
}

fn attributes_of(attributes: &[(&str, &str)]) -> String {
    attributes
        .iter()
        .map(|(k, v)| format!(" {k}=\"{}\"", escape(*v)))
        .collect()
}

fn lang(title: &Title) -> Vec<(&'static str, &str)> {
    if title.lang.is_empty() {
        Vec::new()
    } else {
        vec![("xml:lang", title.lang.as_str())]
    }
}

/// A grading scheme's local id: a token (no spaces).
fn scheme_id(scale: &str) -> String {
    scale.split_whitespace().collect::<Vec<_>>().join("_")
}

/// What a plan line became, in words, for the document's description.
fn described(line: &PlanLine, mobility: &Mobility) -> String {
    let category = match &line.category {
        Category::Replaces { home } => format!("replaces the home course {home} (EC-6)"),
        Category::Optional => {
            "recognised as an optional course of the specialisation (EC-7)".into()
        }
        Category::CscDecided { homes } => {
            format!("recognised by the CSC as {} (EC-8)", homes.join(", "))
        }
        Category::ExtraCurricular => "extra-curricular, in the Diploma Supplement (EC-9)".into(),
        Category::NotRecognised => "not recognised: not passed (EC-4)".into(),
        Category::NotInSupplement => {
            "passed, replaces no home course, left out of the Diploma Supplement: the student did not ask for it (EC-9)".into()
        }
    };
    let decision = mobility
        .csc_decisions
        .iter()
        .find(|d| d.hosts.contains(&line.host))
        .map(|d| {
            let kind = match &d.decision {
                CscKind::Optional => "optional course".to_owned(),
                CscKind::Mapping { homes } => format!("mapped to {}", homes.join(", ")),
                CscKind::ExtraCurricular => "extra-curricular".to_owned(),
            };
            format!(
                "; CSC decision: {kind}, {} ECTS: {}",
                d.credits.value(),
                d.justification
            )
        })
        .unwrap_or_default();
    format!("{category}{decision}")
}

/// The recognition as an ELMO 2.0 document.
pub fn export_recognition(document: &RecognitionDocument<'_>) -> String {
    let RecognitionDocument {
        home,
        host,
        learner,
        mobility,
        plan,
        decided,
        issued,
    } = *document;
    let issued = issued.to_rfc3339();
    let mut xml = Xml(String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    xml.open_with(0, "elmo", &[("xmlns", ELMO_NAMESPACE)]);
    xml.leaf(1, "generatedDate", &[], &issued);
    xml.open(1, "learner");
    xml.leaf(2, "givenNames", &[], &learner.given_names);
    xml.leaf(2, "familyName", &[], &learner.family_name);
    xml.leaf(
        2,
        "alternativeName",
        &[],
        &format!("{} {}", learner.given_names, learner.family_name),
    );
    xml.close(1, "learner");
    xml.open(1, "report");
    xml.issuer(2, home);
    let host_course = |id: &str| mobility.host_courses.iter().find(|c| c.id == id);
    for line in &plan.lines {
        let course: Option<&HostCourse> = host_course(&line.host);
        xml.open(2, "resultOfRecognition");
        if let Some(c) = course.filter(|c| !c.title.is_empty()) {
            xml.leaf(3, "title", &[], &c.title);
        }
        xml.leaf(
            3,
            "description",
            &[("xml:lang", "en")],
            &described(line, mobility),
        );
        let status = if matches!(
            line.category,
            Category::NotRecognised | Category::NotInSupplement
        ) {
            "Negative"
        } else {
            "Positive"
        };
        xml.leaf(3, "status", &[], status);
        xml.leaf(
            3,
            "decisionDate",
            &[],
            &decided.format("%Y-%m-%d").to_string(),
        );
        if let Some(c) = course {
            let scale = scheme_id(&c.grade.scale);
            xml.open(3, "recognitionBasis");
            xml.open(4, "recognitionReport");
            xml.issuer(5, host);
            xml.course(
                5,
                &c.id,
                &c.title,
                c.passed,
                &scale,
                Some(c.grade.value.as_str()),
                Some(c.credits.value().normalize().to_string()),
            );
            xml.leaf(5, "issueDate", &[], &issued);
            xml.open_with(5, "gradingScheme", &[("localId", &scale)]);
            xml.leaf(
                6,
                "description",
                &[("xml:lang", "en")],
                &format!("The host's scale {}", c.grade.scale),
            );
            xml.close(5, "gradingScheme");
            xml.close(4, "recognitionReport");
            xml.close(3, "recognitionBasis");
        }
        let homes: Vec<&str> = match &line.category {
            Category::Replaces { home } => vec![home.as_str()],
            Category::CscDecided { homes } => homes.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        let credits = line.credits.map(|c| c.value().normalize().to_string());
        let grade = line.grade.map(|g| g.value().to_string());
        let results: Vec<(String, String)> = if homes.is_empty() {
            match &line.category {
                Category::Optional => vec![(
                    format!("{}-optional", line.host),
                    "Optional course".to_owned(),
                )],
                Category::ExtraCurricular => vec![(
                    format!("{}-extra", line.host),
                    "Extra-curricular course".to_owned(),
                )],
                _ => Vec::new(),
            }
        } else {
            homes
                .iter()
                .map(|h| {
                    let title = mobility
                        .home_courses
                        .iter()
                        .find(|c| c.id == *h)
                        .map(|c| c.title.clone())
                        .unwrap_or_default();
                    ((*h).to_owned(), title)
                })
                .collect()
        };
        for (i, (id, title)) in results.iter().enumerate() {
            xml.open(3, "recognitionResult");
            // The credits are carried by the first home course of a mapping (EC-12).
            let credits = if i == 0 { credits.clone() } else { None };
            xml.course(4, id, title, true, HOME_SCALE, grade.as_deref(), credits);
            xml.close(3, "recognitionResult");
        }
        xml.close(2, "resultOfRecognition");
    }
    xml.leaf(2, "issueDate", &[], &issued);
    xml.open_with(2, "gradingScheme", &[("localId", HOME_SCALE)]);
    xml.leaf(
        3,
        "description",
        &[("xml:lang", "en")],
        "Romanian grades: 10 (best) to 5 (the lowest pass); 4 to 1 fail",
    );
    xml.close(2, "gradingScheme");
    xml.close(1, "report");
    xml.close(0, "elmo");
    xml.0
}
