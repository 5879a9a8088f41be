//! The credit ledger (PR-1): a student's courses over the years of study, one line per course and
//! academic year, with its credits, kind, result and how it was obtained.

use std::collections::HashMap;
use std::fmt;

use regula_core::{AcademicYear, Credits, Grade};
use regula_grading::{CourseKind, Obtained};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ProgressError;

/// A course's result in an academic year: a grade 1–10, a qualifier, or *absent* (PR-1).
///
/// In JSON: the grade's number (`7`), or `"admis"`, `"respins"`, `"absent"`; anything else —
/// `11`, `"seven"` — is an error naming the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CourseResult {
    /// A grade.
    Grade(Grade),
    /// *Admis*: a course assessed with a qualifier, passed.
    Admis,
    /// *Respins*: a course assessed with a qualifier, failed.
    Respins,
    /// The student did not sit the exam (or was not admitted to it).
    Absent,
}

impl CourseResult {
    /// Whether it passes, with `pass` the lowest passing grade (PR-1).
    pub fn passes(self, pass: Grade) -> bool {
        match self {
            CourseResult::Grade(g) => g >= pass,
            CourseResult::Admis => true,
            CourseResult::Respins | CourseResult::Absent => false,
        }
    }

    /// The result as a message argument: the grade in figures and words, the qualifier, or
    /// *absent*.
    pub fn arg(self) -> regula_core::locale::Arg {
        use regula_core::locale::Arg;
        use std::borrow::Cow;
        match self {
            CourseResult::Grade(g) => Arg::Grade(g),
            CourseResult::Admis => Arg::Term(Cow::Borrowed("progress-result-admis")),
            CourseResult::Respins => Arg::Term(Cow::Borrowed("progress-result-respins")),
            CourseResult::Absent => Arg::Term(Cow::Borrowed("score-absent")),
        }
    }
}

impl fmt::Display for CourseResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CourseResult::Grade(g) => write!(f, "{g}"),
            CourseResult::Admis => f.write_str("admis"),
            CourseResult::Respins => f.write_str("respins"),
            CourseResult::Absent => f.write_str("absent"),
        }
    }
}

impl Serialize for CourseResult {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            CourseResult::Grade(g) => s.serialize_u8(g.value()),
            other => s.serialize_str(&other.to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for CourseResult {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = CourseResult;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a grade from 1 to 10, \"admis\", \"respins\" or \"absent\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<CourseResult, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Grade::checked)
                    .map(CourseResult::Grade)
                    .ok_or_else(|| E::custom(format!("grade {v} is not on the scale 1..10 (PR-1)")))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<CourseResult, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom(format!("grade {v} is not on the scale 1..10 (PR-1)")))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<CourseResult, E> {
                // `7.0` is the whole grade 7, exactly; `7.5` is no final grade.
                if v.fract() == 0.0 && (1.0..=10.0).contains(&v) {
                    return self.visit_u64(v as u64);
                }
                Err(E::custom(format!(
                    "grade {v} is not a whole grade 1..10: a course's final grade is whole (PR-1)"
                )))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<CourseResult, E> {
                match v {
                    "admis" => Ok(CourseResult::Admis),
                    "respins" => Ok(CourseResult::Respins),
                    "absent" => Ok(CourseResult::Absent),
                    other => Err(E::custom(format!(
                        "`{other}` is not a result: a grade 1..10, \"admis\", \"respins\" or \"absent\""
                    ))),
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl schemars::JsonSchema for CourseResult {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CourseResult".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A course's result in an academic year: a grade 1..10, or \"admis\", \"respins\", \"absent\" (PR-1).",
            "oneOf": [
                { "type": "integer", "minimum": 1, "maximum": 10 },
                { "enum": ["admis", "respins", "absent"] }
            ]
        })
    }
}

/// One line of the ledger: a course's result in one academic year (PR-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LedgerEntry {
    /// The course code.
    pub course: String,
    /// Its ECTS credits.
    pub credits: Credits,
    /// Compulsory (the default), optional, facultative, or beyond the plan.
    #[serde(default)]
    pub kind: CourseKind,
    /// The year of study of the plan the course belongs to (1 for a first-year course).
    pub year_of_study: u8,
    /// The academic year of the result.
    pub academic_year: AcademicYear,
    /// The semester of the course in its year (1 or 2), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semester: Option<u8>,
    /// The session of the result (`winter`, `retake`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    /// The result.
    pub result: CourseResult,
    /// How it was obtained: at an exam (the default), recognised from a mobility or a transfer
    /// (ECTS recognition feeds these), in advance from a later year, or at a second enrolment.
    #[serde(default)]
    pub obtained: Obtained,
    /// GR-8: the student asked in writing that this optional course count in the average.
    #[serde(default)]
    pub written_request: bool,
}

/// A student's ledger at the end of an academic year (PR-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ledger {
    /// The student.
    pub student: String,
    /// The year of study the student is enrolled in and that the decision closes (1..).
    pub year_of_study: u8,
    /// The programme's years of study (3 for most bachelor's programmes, 4 for engineering).
    pub years_of_study: u8,
    /// Every course the student took, one line per course and academic year.
    pub courses: Vec<LedgerEntry>,
}

/// Whether credits are whole (PR-1).
fn whole(credits: Credits) -> bool {
    credits.value().fract().is_zero()
}

impl Ledger {
    /// Every problem of the ledger closed at `closing` (PR-1): the years of study outside the
    /// programme, a course listed twice in one academic year or passed in two, a result after
    /// the year being closed, credits that are zero, or not whole when `whole_credits` holds.
    /// Each names the line.
    pub fn problems(
        &self,
        closing: AcademicYear,
        pass: Grade,
        whole_credits: bool,
    ) -> Vec<ProgressError> {
        let mut found = Vec::new();
        let student = &self.student;
        if self.years_of_study == 0 {
            found.push(ProgressError::Invalid {
                student: student.clone(),
                field: "years_of_study".into(),
                problem: "a programme has at least one year of study (PR-1)".into(),
            });
        }
        if self.year_of_study == 0 || self.year_of_study > self.years_of_study {
            found.push(ProgressError::Invalid {
                student: student.clone(),
                field: "year_of_study".into(),
                problem: format!(
                    "{} is not a year of a programme of {} years (PR-1)",
                    self.year_of_study, self.years_of_study
                ),
            });
        }
        let mut in_year: HashMap<(&str, AcademicYear), usize> = HashMap::new();
        let mut passed_at: HashMap<&str, usize> = HashMap::new();
        for (i, line) in self.courses.iter().enumerate() {
            let at = |field: &str| format!("courses[{i}].{field}");
            let course = line.course.as_str();
            let mut invalid = |field: String, problem: String| {
                found.push(ProgressError::Invalid {
                    student: student.clone(),
                    field,
                    problem,
                })
            };
            if line.credits.value().is_zero() {
                invalid(
                    at("credits"),
                    format!(
                        "`{course}` has 0 credits: every course of a plan carries credits (PR-1)"
                    ),
                );
            } else if whole_credits && !whole(line.credits) {
                invalid(
                    at("credits"),
                    format!(
                        "`{course}` has {} credits: the policy wants whole credits (`progress.whole_credits`, PR-1)",
                        line.credits
                    ),
                );
            }
            if line.year_of_study == 0 || line.year_of_study > self.years_of_study {
                invalid(
                    at("year_of_study"),
                    format!(
                        "`{course}`: {} is not a year of a programme of {} years (PR-1)",
                        line.year_of_study, self.years_of_study
                    ),
                );
            }
            if let Some(semester) = line.semester
                && !(1..=2).contains(&semester)
            {
                invalid(
                    at("semester"),
                    format!("`{course}`: semester {semester} is not 1 or 2 (PR-1)"),
                );
            }
            if line.academic_year > closing {
                invalid(
                    at("academic_year"),
                    format!(
                        "`{course}`: {} is after the academic year being closed, {closing} (PR-1)",
                        line.academic_year
                    ),
                );
            }
            if let Some(first) = in_year.insert((course, line.academic_year), i) {
                invalid(
                    format!("courses[{i}]"),
                    format!(
                        "`{course}` is listed twice in {} (also courses[{first}]): a ledger has one line per course and academic year (PR-1)",
                        line.academic_year
                    ),
                );
            }
            if line.result.passes(pass)
                && let Some(first) = passed_at.insert(course, i)
            {
                invalid(
                    format!("courses[{i}]"),
                    format!(
                        "`{course}` is passed twice (also courses[{first}]): a course's credits are earned once (PR-1)"
                    ),
                );
            }
        }
        found
    }
}
