//! What feeds the credit ledger (PR-1): the courses an ECTS recognition grants after a mobility
//! (EC-5..EC-9), and the results a grade register (catalog) holds. Every line that cannot become
//! a ledger line is returned with its reason, never dropped.

use regula_catalog::{Catalog, Mark};
use regula_core::{AcademicYear, Credits};
use regula_ects::{Category, RecognitionPlan};
use regula_grading::{CourseKind, Obtained};
use serde::{Deserialize, Serialize};

use crate::ledger::{CourseResult, LedgerEntry};

/// A line of a source that did not become a ledger line, and why (PR-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct NotFed {
    /// The line: the host course, or the student of a register.
    pub item: String,
    /// Why.
    pub reason: String,
}

/// Ledger lines and the lines that could not be fed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Fed {
    /// The ledger lines.
    pub lines: Vec<LedgerEntry>,
    /// What was not fed, with the reason.
    pub not_fed: Vec<NotFed>,
}

/// A ledger line with the defaults of a fed result.
fn line(
    course: &str,
    credits: Credits,
    kind: CourseKind,
    year_of_study: u8,
    academic_year: AcademicYear,
    result: CourseResult,
    obtained: Obtained,
) -> LedgerEntry {
    LedgerEntry {
        course: course.to_owned(),
        credits,
        kind,
        year_of_study,
        academic_year,
        semester: None,
        session: None,
        result,
        obtained,
        written_request: false,
    }
}

/// The ledger lines an ECTS recognition plan grants (PR-1, EC-5..EC-9), as courses `recognised`
/// in `academic_year`, of year `year_of_study`: a host course that replaces a home course is that
/// home course, compulsory; an optional course of the specialisation stays the host course,
/// optional; an extra-curricular one is facultative. A course graded with no grade on the home
/// scale (a qualifier) is `admis`. A course not recognised, a line without credits, and a
/// decision of the committee spanning several home courses (whose credits the plan does not split
/// per home course) are returned as not fed.
pub fn from_recognition(
    plan: &RecognitionPlan,
    year_of_study: u8,
    academic_year: AcademicYear,
) -> Fed {
    let mut fed = Fed::default();
    for l in &plan.lines {
        let mut skip = |reason: &str| {
            fed.not_fed.push(NotFed {
                item: l.host.clone(),
                reason: reason.to_owned(),
            })
        };
        let (course, kind) = match &l.category {
            Category::Replaces { home } => (home.as_str(), CourseKind::Compulsory),
            Category::Optional => (l.host.as_str(), CourseKind::Optional),
            Category::ExtraCurricular => (l.host.as_str(), CourseKind::Facultative),
            Category::CscDecided { homes } if homes.len() == 1 => {
                (homes[0].as_str(), CourseKind::Compulsory)
            }
            Category::CscDecided { .. } => {
                skip(
                    "the committee recognised it as several home courses; the plan does not split its credits between them (EC-8): enter them by hand",
                );
                continue;
            }
            Category::NotRecognised => {
                skip("not recognised (EC-5): it brings no credits");
                continue;
            }
            Category::NotInSupplement => {
                skip(
                    "left out of the Diploma Supplement: the student did not ask for it (EC-9); it brings no credits",
                );
                continue;
            }
        };
        let Some(credits) = l.credits else {
            skip("the plan gives it no credits");
            continue;
        };
        let result = l.grade.map_or(CourseResult::Admis, CourseResult::Grade);
        fed.lines.push(line(
            course,
            credits,
            kind,
            year_of_study,
            academic_year,
            result,
            Obtained::Recognised,
        ));
    }
    fed
}

/// A ledger line of one student, fed from a grade register (PR-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StudentLine {
    /// The student.
    pub student: String,
    /// The line.
    pub line: LedgerEntry,
}

/// The ledger lines of a grade register's students, and the students that could not be fed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FedRegister {
    /// One line per student with a value.
    pub lines: Vec<StudentLine>,
    /// The students not fed, with the reason.
    pub not_fed: Vec<NotFed>,
}

/// The ledger line of each student of a grade register (PR-1): the value of the student's last
/// session column that is not annulled, for the register's course, with its `credits`, `kind` and
/// `year_of_study` (which a register does not hold). A student with no value yet, or whose values
/// are all annulled, is returned as not fed.
pub fn from_catalog(
    catalog: &Catalog,
    credits: Credits,
    kind: CourseKind,
    year_of_study: u8,
) -> FedRegister {
    let mut fed = FedRegister::default();
    for row in &catalog.rows {
        let Some(cell) = row.cells.iter().rev().find(|c| c.annulled.is_none()) else {
            fed.not_fed.push(NotFed {
                item: row.student.clone(),
                reason: if row.cells.is_empty() {
                    "no value is entered yet (CA-4)".into()
                } else {
                    "every value is annulled (GR-11)".into()
                },
            });
            continue;
        };
        let result = match cell.mark {
            Mark::Grade(g) => CourseResult::Grade(g),
            Mark::Absent => CourseResult::Absent,
        };
        let mut entry = line(
            &catalog.header.course,
            credits,
            kind,
            year_of_study,
            catalog.header.academic_year,
            result,
            Obtained::Exam,
        );
        entry.session = Some(cell.session.clone());
        fed.lines.push(StudentLine {
            student: row.student.clone(),
            line: entry,
        });
    }
    fed
}
