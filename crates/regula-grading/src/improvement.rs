//! Grade improvement (*mărire de notă*, GR-12..GR-14): the request's deadline, who may improve
//! which grade and how many times, and the grade that stands — never lower than before.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use regula_core::catalogue::{GR_12, GR_13, GR_14};
use regula_core::locale::{Arg, Message, Said};
use regula_core::{Grade, Problems, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::GradingError;

/// The parameters of grade improvement (GR-12, GR-13) under a policy that provides for it.
///
/// Absent from the UMC presets: the UMC procedure has no grade-improvement rule.
///
/// What an improvement exam costs is not here: it is charged by the fee schedule (FE-2), the
/// `fees` command with an exam of kind `improvement`, so the rule for charging lives in one place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImprovementPolicy {
    /// GR-12: the request is made at the latest this many calendar days before the exam's day
    /// (2: for an exam on a Wednesday, on the Monday before).
    pub request_days_before: u32,
    /// GR-12: one day more when the exam falls on a Sunday.
    #[serde(default)]
    pub one_more_day_on_sunday: bool,
    /// GR-12: one day more when the exam falls on a Monday before this hour (Bucharest time);
    /// none when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_more_day_monday_before: Option<NaiveTime>,
    /// GR-13: the most improvements a student may take in one semester; no cap when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_semester: Option<u32>,
    /// GR-13: the most improvements a student may take in one academic year; no cap when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_year: Option<u32>,
    /// GR-13: only a student who has passed every exam of the year so far (*integralist*).
    #[serde(default)]
    pub only_all_exams_passed: bool,
    /// GR-13: only a course of the student's current year of study.
    #[serde(default)]
    pub only_current_year: bool,
    /// GR-13: not a course assessed entirely during the semester (100% continuous assessment).
    #[serde(default)]
    pub not_for_continuous_assessment: bool,
    /// GR-13: a course's grade is improved at most once.
    #[serde(default)]
    pub once_per_course: bool,
    /// GR-13: an improvement the student did not sit (absent) uses up the chance and counts in
    /// the quotas.
    #[serde(default)]
    pub absence_uses_the_chance: bool,
}

impl ImprovementPolicy {
    /// Every problem with these parameters, with its path under `grading.improvement`.
    pub(crate) fn problems(&self, found: &mut Problems) {
        found.check(
            self.request_days_before <= 60,
            "improvement.request_days_before",
            self.request_days_before,
            "at most 60 days before the exam (GR-12)",
        );
        if let Some(max) = self.max_per_semester {
            found.check(
                max > 0,
                "improvement.max_per_semester",
                max,
                "a cap of 0 allows no improvement; leave `improvement` out instead (GR-13)",
            );
        }
        if let Some(max) = self.max_per_year {
            found.check(
                max > 0,
                "improvement.max_per_year",
                max,
                "a cap of 0 allows no improvement; leave `improvement` out instead (GR-13)",
            );
            if let Some(semester) = self.max_per_semester {
                found.check(
                    max >= semester,
                    "improvement.max_per_year",
                    max,
                    format!(
                        "below `improvement.max_per_semester` = {semester}: a year has two semesters (GR-13)"
                    ),
                );
            }
        }
    }

    /// GR-12: the last day the request for an exam at `exam_at` may be made.
    pub fn deadline(&self, exam_at: NaiveDateTime) -> Option<NaiveDate> {
        let day = exam_at.date();
        let longer = match day.weekday() {
            Weekday::Sun => self.one_more_day_on_sunday,
            Weekday::Mon => self
                .one_more_day_monday_before
                .is_some_and(|hour| exam_at.time() < hour),
            _ => false,
        };
        let days = u64::from(self.request_days_before) + u64::from(longer);
        day.checked_sub_days(Days::new(days))
    }
}

/// The result of an improvement exam: a grade, or `"absent"` (`{"grade": 6}` or `"absent"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ImprovementResult {
    /// The grade obtained at the improvement exam.
    Grade(Grade),
    /// The student did not sit the improvement exam.
    Absent,
}

/// An improvement the student already took (or asked for) in the same academic year (GR-13).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EarlierImprovement {
    /// The course.
    pub course: String,
    /// The semester of the course, 1 or 2.
    pub semester: u8,
    /// Its result; pending when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ImprovementResult>,
}

/// One request for a grade improvement (*cerere de mărire de notă*), with the facts GR-12..GR-14
/// decide on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImprovementFacts {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// The semester of the course in the academic year, 1 or 2.
    pub semester: u8,
    /// The grade the course was passed with: the grade to improve.
    pub grade: Grade,
    /// The day the request was made.
    pub requested_on: NaiveDate,
    /// The improvement exam's start, Bucharest time.
    pub exam_at: NaiveDateTime,
    /// Whether the student has passed every exam of the year so far (*integralist*).
    #[serde(default)]
    pub all_exams_passed: bool,
    /// Whether the course is of the student's current year of study.
    #[serde(default)]
    pub current_year: bool,
    /// Whether the course is assessed entirely during the semester (100% continuous assessment).
    #[serde(default)]
    pub continuous_assessment_only: bool,
    /// The improvements the student already took or asked for this academic year.
    #[serde(default)]
    pub earlier: Vec<EarlierImprovement>,
    /// The improvement exam's result, once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ImprovementResult>,
}

/// What was decided for one request (GR-12..GR-14).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ImprovementVerdict {
    /// The student.
    pub student: String,
    /// The course.
    pub course: String,
    /// The last day the request could be made (GR-12).
    pub deadline: NaiveDate,
    /// Whether the student may sit the improvement exam (GR-12, GR-13).
    pub eligible: bool,
    /// Why not, every reason.
    pub reasons: Vec<Said>,
    /// The grade that stands (GR-14): the higher of the grade and an eligible result.
    pub grade: Grade,
}

impl fmt::Display for ImprovementVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

impl ImprovementVerdict {
    /// The verdict as a message: who may improve which grade, and the grade that stands.
    pub fn message(&self) -> Message {
        if self.eligible {
            Message::new("grading-improve-may")
        } else {
            Message::new("grading-improve-may-not").arg(
                "reasons",
                Arg::List(self.reasons.iter().map(|r| r.0.clone()).collect()),
            )
        }
        .arg("student", self.student.as_str())
        .arg("course", self.course.as_str())
        .arg("grade", self.grade)
    }
}

impl ImprovementResult {
    /// The grade obtained; none for an absence.
    pub fn grade(self) -> Option<Grade> {
        match self {
            ImprovementResult::Grade(g) => Some(g),
            ImprovementResult::Absent => None,
        }
    }
}

/// GR-14: the grade that stands after an improvement exam: the higher of the two; an absence
/// leaves the grade as it was. Decided by [`Grade::after_improvement`], which the grade register
/// asks too.
pub fn grade_that_stands(grade: Grade, result: Option<ImprovementResult>) -> Grade {
    grade.after_improvement(result.and_then(ImprovementResult::grade))
}

/// The improvements of the same year already counted against the student (GR-13): those in
/// `batch` (granted earlier in the same request) and those in `facts.earlier`, an absence only
/// when it uses the chance.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Used {
    /// In the semester of the request.
    pub(crate) semester: u32,
    /// In the year.
    pub(crate) year: u32,
    /// For the same course.
    pub(crate) course: bool,
}

fn check_semester(field: &str, semester: u8) -> Result<(), GradingError> {
    if matches!(semester, 1 | 2) {
        Ok(())
    } else {
        Err(GradingError::InvalidImprovement {
            field: field.to_owned(),
            value: semester.to_string(),
            problem: "a semester is 1 or 2".into(),
        })
    }
}

/// Decides one request (GR-12, GR-13, GR-14) under `policy`; `pass_grade` is the policy's
/// (GR-1). `before` counts the improvements granted to the student earlier in the same request.
pub(crate) fn improvement_with(
    facts: &ImprovementFacts,
    policy: &ImprovementPolicy,
    pass_grade: Grade,
    before: &[&ImprovementFacts],
    recorder: &mut impl Recorder,
) -> Result<ImprovementVerdict, GradingError> {
    check_semester("semester", facts.semester)?;
    for (i, earlier) in facts.earlier.iter().enumerate() {
        check_semester(&format!("earlier[{i}].semester"), earlier.semester)?;
    }
    let deadline =
        policy
            .deadline(facts.exam_at)
            .ok_or_else(|| GradingError::InvalidImprovement {
                field: "exam_at".into(),
                value: facts.exam_at.to_string(),
                problem: "no deadline can be computed before this date (GR-12)".into(),
            })?;
    if facts.requested_on > facts.exam_at.date() {
        return Err(GradingError::InvalidImprovement {
            field: "requested_on".into(),
            value: facts.requested_on.to_string(),
            problem: format!("after the exam's day {} (GR-12)", facts.exam_at.date()),
        });
    }
    let mut used = Used::default();
    let counts = |result: Option<ImprovementResult>| {
        policy.absence_uses_the_chance || result != Some(ImprovementResult::Absent)
    };
    for e in facts.earlier.iter().filter(|e| counts(e.result)) {
        used.year += 1;
        used.semester += u32::from(e.semester == facts.semester);
        used.course |= e.course == facts.course;
    }
    for b in before {
        used.year += 1;
        used.semester += u32::from(b.semester == facts.semester);
        used.course |= b.course == facts.course;
    }

    let mut reasons = Vec::new();
    if facts.requested_on > deadline {
        reasons.push(Said(
            Message::new("grading-improve-late")
                .arg("requested", facts.requested_on)
                .arg("deadline", deadline),
        ));
    }
    if facts.grade < pass_grade {
        reasons.push(Said(
            Message::new("grading-improve-not-passed")
                .arg("grade", facts.grade)
                .arg("pass", pass_grade),
        ));
    }
    if policy.only_all_exams_passed && !facts.all_exams_passed {
        reasons.push(Said(Message::new("grading-improve-not-integralist")));
    }
    if policy.only_current_year && !facts.current_year {
        reasons.push(Said(Message::new("grading-improve-not-current-year")));
    }
    if policy.not_for_continuous_assessment && facts.continuous_assessment_only {
        reasons.push(Said(Message::new("grading-improve-continuous")));
    }
    if policy.once_per_course && used.course {
        reasons.push(Said(Message::new("grading-improve-once")));
    }
    if let Some(max) = policy.max_per_semester
        && used.semester >= max
    {
        reasons.push(Said(
            Message::new("grading-improve-semester-quota").arg("max", u64::from(max)),
        ));
    }
    if let Some(max) = policy.max_per_year
        && used.year >= max
    {
        reasons.push(Said(
            Message::new("grading-improve-year-quota").arg("max", u64::from(max)),
        ));
    }
    let eligible = reasons.is_empty();
    if !eligible && facts.result.is_some() {
        return Err(GradingError::InvalidImprovement {
            field: "result".into(),
            value: match facts.result {
                Some(ImprovementResult::Grade(g)) => g.to_string(),
                _ => "absent".into(),
            },
            problem: "a result is given for an improvement the student may not sit (GR-13)".into(),
        });
    }
    recorder.record(|| {
        Step::says(
            &GR_12,
            Message::new("grading-improve-deadline")
                .arg("deadline", deadline)
                .arg("requested", facts.requested_on),
        )
    });
    let grade = grade_that_stands(facts.grade, facts.result);
    let verdict = ImprovementVerdict {
        student: facts.student.clone(),
        course: facts.course.clone(),
        deadline,
        eligible,
        reasons,
        grade,
    };
    recorder.record(|| {
        Step::says(
            &GR_13,
            Message::new("common-sentence").arg("what", Arg::Phrase(Box::new(verdict.message()))),
        )
        .fact("improvements this semester before", used.semester)
        .fact("improvements this year before", used.year)
    });
    if let Some(result) = facts.result {
        recorder.record(|| {
            let result = match result {
                ImprovementResult::Grade(g) => {
                    Message::new("grading-improve-result").arg("result", g)
                }
                ImprovementResult::Absent => Message::new("grading-improve-absent"),
            };
            Step::says(
                &GR_14,
                Message::new("grading-improve-stands")
                    .arg("result", Arg::Phrase(Box::new(result)))
                    .arg("before", facts.grade)
                    .arg("grade", grade),
            )
        });
    }
    Ok(verdict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regula_core::{NoExplanation, ParameterProblem};

    fn g(v: u8) -> Grade {
        Grade::new(v).unwrap()
    }

    fn feaa() -> ImprovementPolicy {
        ImprovementPolicy {
            request_days_before: 2,
            one_more_day_on_sunday: true,
            one_more_day_monday_before: NaiveTime::from_hms_opt(12, 0, 0),
            max_per_semester: Some(2),
            max_per_year: None,
            only_all_exams_passed: true,
            only_current_year: true,
            not_for_continuous_assessment: true,
            once_per_course: true,
            absence_uses_the_chance: true,
        }
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    }

    fn facts() -> ImprovementFacts {
        ImprovementFacts {
            student: "S1".into(),
            course: "Microeconomie".into(),
            semester: 1,
            grade: g(7),
            requested_on: NaiveDate::from_ymd_opt(2025, 2, 10).unwrap(),
            exam_at: at(2025, 2, 12, 10),
            all_exams_passed: true,
            current_year: true,
            continuous_assessment_only: false,
            earlier: vec![],
            result: None,
        }
    }

    fn decide(f: &ImprovementFacts) -> Result<ImprovementVerdict, GradingError> {
        improvement_with(f, &feaa(), g(5), &[], &mut NoExplanation)
    }

    #[test]
    fn gr12_two_days_before_a_wednesday_three_before_a_sunday_or_a_monday_morning() {
        let p = feaa();
        let day = |d| NaiveDate::from_ymd_opt(2025, 2, d).unwrap();
        assert_eq!(p.deadline(at(2025, 2, 12, 10)), Some(day(10))); // Wednesday → Monday
        assert_eq!(p.deadline(at(2025, 2, 16, 10)), Some(day(13))); // Sunday → Thursday
        assert_eq!(p.deadline(at(2025, 2, 17, 9)), Some(day(14))); // Monday 9:00 → Friday
        assert_eq!(p.deadline(at(2025, 2, 17, 14)), Some(day(15))); // Monday 14:00 → Saturday
    }

    #[test]
    fn gr12_a_request_one_day_before_a_wednesday_exam_is_late() {
        let mut f = facts();
        f.requested_on = NaiveDate::from_ymd_opt(2025, 2, 11).unwrap();
        let v = decide(&f).unwrap();
        assert!(!v.eligible);
        assert_eq!(v.reasons[0].0.id.as_ref(), "grading-improve-late");
    }

    #[test]
    fn gr13_a_course_never_passed_cannot_be_improved() {
        let mut f = facts();
        f.grade = g(4);
        let v = decide(&f).unwrap();
        assert!(!v.eligible);
        assert_eq!(v.reasons[0].0.id.as_ref(), "grading-improve-not-passed");
    }

    #[test]
    fn gr13_the_quota_and_once_per_course_count_earlier_improvements() {
        let mut f = facts();
        f.earlier = vec![
            EarlierImprovement {
                course: "Microeconomie".into(),
                semester: 1,
                result: Some(ImprovementResult::Absent),
            },
            EarlierImprovement {
                course: "Statistică".into(),
                semester: 1,
                result: Some(ImprovementResult::Grade(g(9))),
            },
        ];
        let v = decide(&f).unwrap();
        let ids: Vec<_> = v.reasons.iter().map(|r| r.0.id.to_string()).collect();
        assert_eq!(
            ids,
            ["grading-improve-once", "grading-improve-semester-quota"]
        );
        // Where an absence does not use the chance, it counts neither.
        let mut p = feaa();
        p.absence_uses_the_chance = false;
        let v = improvement_with(&f, &p, g(5), &[], &mut NoExplanation).unwrap();
        assert!(v.eligible, "{v}");
    }

    #[test]
    fn gr14_a_lower_result_leaves_the_grade_a_higher_one_replaces_it() {
        let mut f = facts();
        f.result = Some(ImprovementResult::Grade(g(6)));
        assert_eq!(decide(&f).unwrap().grade, g(7));
        f.result = Some(ImprovementResult::Grade(g(9)));
        assert_eq!(decide(&f).unwrap().grade, g(9));
        f.result = Some(ImprovementResult::Absent);
        assert_eq!(decide(&f).unwrap().grade, g(7));
    }

    #[test]
    fn bad_input_names_the_field_and_the_value() {
        let mut f = facts();
        f.semester = 3;
        f.earlier.push(EarlierImprovement {
            course: "X".into(),
            semester: 1,
            result: None,
        });
        let err = decide(&f).unwrap_err().to_string();
        assert!(err.contains("`semester` = 3"), "{err}");
        let mut f = facts();
        f.requested_on = NaiveDate::from_ymd_opt(2025, 2, 11).unwrap();
        f.result = Some(ImprovementResult::Grade(g(9)));
        let err = decide(&f).unwrap_err().to_string();
        assert!(
            err.contains("`result` = 9") && err.contains("GR-13"),
            "{err}"
        );
    }

    #[test]
    fn the_policy_checks_name_every_field() {
        let mut p = feaa();
        p.max_per_semester = Some(3);
        p.max_per_year = Some(2);
        p.request_days_before = 100;
        let mut found = Problems::new();
        p.problems(&mut found);
        let found: Vec<ParameterProblem> = found.into_vec();
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
