//! What a catalog is made of: its header, its students, the exams it records, and a mark.

use std::fmt;

use chrono::NaiveDate;
use regula_core::{AcademicYear, ExamForm, Grade};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The three kinds of catalog (CA-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CatalogKind {
    /// *Catalog de an curent*: one per group or series and study form.
    CurrentYear,
    /// *Catalog de restanță*: per course, listing the restanțieri.
    Retake,
    /// *Catalog de diferențe*: per course, for students transferred from other programmes.
    Differences,
}

impl CatalogKind {
    /// The kind as the form prints it (CA-1): „catalog de an curent”, „catalog de restanță”.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            CatalogKind::CurrentYear => "catalog-kind-current-year",
            CatalogKind::Retake => "catalog-kind-retake",
            CatalogKind::Differences => "catalog-kind-differences",
        }))
    }
}

/// The study form (*forma de învățământ*).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StudyForm {
    /// Full-time (*cu frecvență*, IF).
    FullTime,
    /// Reduced attendance (*cu frecvență redusă*, IFR).
    ReducedAttendance,
}

impl StudyForm {
    /// The form as the catalog prints it (CA-1): „cu frecvență (IF)”.
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            StudyForm::FullTime => "catalog-form-full-time",
            StudyForm::ReducedAttendance => "catalog-form-reduced-attendance",
        }))
    }
}

/// The header of a catalog (CA-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Header {
    /// The catalog's id in the student-records system.
    pub id: String,
    /// The kind.
    pub kind: CatalogKind,
    /// The study programme (*specializarea*).
    pub programme: String,
    /// The course.
    pub course: String,
    /// The series.
    pub series: String,
    /// The group, for a current-year catalog kept per group.
    #[serde(default)]
    pub group: Option<String>,
    /// The study form.
    pub study_form: StudyForm,
    /// The academic year.
    pub academic_year: AcademicYear,
    /// The course holder (*titularul de disciplină*): enters grades and alone corrects them.
    pub holder: String,
    /// The Dean who signs the catalog.
    #[serde(default)]
    pub dean: String,
    /// The secretary who signs the catalog.
    #[serde(default)]
    pub secretary: String,
    /// The catalog this one supplements (CA-2), if it is a supplementary catalog.
    #[serde(default)]
    pub supplements: Option<String>,
}

/// A student's name as the catalog lists it (CA-3): surname, father's initial, first name.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct StudentName {
    /// The surname (*numele*).
    pub surname: String,
    /// The father's initial (*inițiala tatălui*).
    pub father_initial: String,
    /// The first name(s) (*prenumele*).
    pub first_name: String,
}

impl fmt::Display for StudentName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let initial = self.father_initial.trim_end_matches('.');
        write!(
            f,
            "{} {}. {}",
            self.surname.to_uppercase(),
            initial,
            self.first_name
        )
    }
}

/// A student of the catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Student {
    /// The student's id (registration number).
    pub id: String,
    /// The name.
    pub name: StudentName,
    /// A grade recognised from elsewhere (an equivalence sheet), pre-filled (CA-3).
    #[serde(default)]
    pub recognised: Option<Grade>,
}

/// What is written in a cell: a grade or *absent* (CA-4).
///
/// Serialised as the grade's number (`9`) or the string `"absent"`; anything else — `11`,
/// `"nine"` — is an error naming the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mark {
    /// A grade 1..10.
    Grade(Grade),
    /// The student did not sit the exam.
    Absent,
}

impl Mark {
    /// The grade; none for *absent*.
    pub fn grade(self) -> Option<Grade> {
        match self {
            Mark::Grade(g) => Some(g),
            Mark::Absent => None,
        }
    }

    /// The mark as the catalog writes it: "9 (nouă)" or "absent".
    pub fn in_words(self) -> String {
        match self {
            Mark::Grade(g) => g.in_words(),
            Mark::Absent => "absent".to_owned(),
        }
    }
}

impl Mark {
    /// The mark as a message argument (CA-4): the grade in figures and words, or „absent”.
    pub fn arg(self) -> regula_core::locale::Arg {
        match self {
            Mark::Grade(g) => regula_core::locale::Arg::Grade(g),
            Mark::Absent => {
                regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed("score-absent"))
            }
        }
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_words())
    }
}

/// In JSON: a grade `1`…`10`, or `"absent"`.
impl schemars::JsonSchema for Mark {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Mark".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "What a catalog cell holds: a grade 1..10, or \"absent\" (CA-4).",
            "oneOf": [
                { "type": "integer", "minimum": 1, "maximum": 10 },
                { "const": "absent" }
            ]
        })
    }
}

impl Serialize for Mark {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Mark::Grade(g) => s.serialize_u8(u8::from(*g)),
            Mark::Absent => s.serialize_str("absent"),
        }
    }
}

impl<'de> Deserialize<'de> for Mark {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Mark;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a grade from 1 to 10 or \"absent\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Mark, E> {
                u8::try_from(v)
                    .ok()
                    .and_then(Grade::checked)
                    .map(Mark::Grade)
                    .ok_or_else(|| {
                        E::custom(format!(
                            "a grade must be a whole number from 1 to 10, got {v}"
                        ))
                    })
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Mark, E> {
                u64::try_from(v).map_or_else(
                    |_| {
                        Err(E::custom(format!(
                            "a grade must be a whole number from 1 to 10, got {v}"
                        )))
                    },
                    |v| self.visit_u64(v),
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Mark, E> {
                if v == "absent" {
                    Ok(Mark::Absent)
                } else {
                    Err(E::custom(format!(
                        "expected a grade from 1 to 10 or \"absent\", got {v:?}"
                    )))
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// A teacher's role in an exam's committee (SC-7, CA-5), shared with the other crates.
pub use regula_core::CommitteeRole as Role;

/// A teacher in an exam's committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Examiner {
    /// The teacher's name, as signed.
    pub name: String,
    /// The role.
    pub role: Role,
}

/// Who named the committee (CA-5).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CommitteeKind {
    /// The usual committee of the course (SC-7).
    #[default]
    Regular,
    /// Three teachers named by the Dean because the holder is absent (§5.5.2.15): all three sign.
    HolderAbsent,
    /// A committee named by the Dean's office (§5.8(14)): the Dean countersigns.
    DeansOffice,
}

/// An exam the catalog records: one session column of its students' rows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exam {
    /// Its id.
    pub id: String,
    /// The session (`winter 2021`, `retake September 2021`).
    pub session: String,
    /// The exam day: grades are entered on it only (CA-4).
    pub date: NaiveDate,
    /// When the exam ended, for CA-7's deadlines.
    #[serde(default)]
    pub ends_at: Option<regula_calendar::Instant>,
    /// How it is held.
    pub form: ExamForm,
    /// Who named the committee.
    #[serde(default)]
    pub committee_kind: CommitteeKind,
    /// The committee.
    pub committee: Vec<Examiner>,
    /// Whether one teacher taught both the course and the applied part (SC-7: then an assistant).
    #[serde(default)]
    pub holder_taught_both: bool,
    /// Whether the holder delegated grading to the assistant (SC-7).
    #[serde(default)]
    pub assistant_delegated: bool,
}

impl Exam {
    /// The committee member called `name`, if any.
    pub fn member(&self, name: &str) -> Option<&Examiner> {
        self.committee.iter().find(|e| e.name == name)
    }
}
