//! QZ-1: a quiz exam is held with the whole year of students with the same course sheet,
//! restanțieri included; full-time and reduced-attendance (IFR) students may sit separately.

use std::collections::BTreeMap;

use regula_core::ExamForm;

use crate::model::StudyForm;
use crate::rules::QZ_1;
use crate::validate::{Indexed, Violation};

/// The quizzes of one course split over several exams for students of one study form: each such
/// split is a violation naming the exams and their groups.
pub(crate) fn check_quiz_years(indexed: &Indexed<'_>) -> Vec<Violation> {
    let plan = indexed.plan;
    // (course, study form) → the quiz exams with groups of that form.
    let mut by_course: BTreeMap<(&str, StudyForm), Vec<usize>> = BTreeMap::new();
    for (e, exam) in plan.exams.iter().enumerate() {
        // A quiz without its course named cannot be matched with the course's other quizzes.
        if exam.form != ExamForm::OnlineQuiz || exam.course.trim().is_empty() {
            continue;
        }
        let mut forms: Vec<StudyForm> = indexed.exam_groups[e]
            .iter()
            .map(|&g| plan.groups[g].form)
            .collect();
        forms.sort();
        forms.dedup();
        for form in forms {
            by_course
                .entry((exam.course.as_str(), form))
                .or_default()
                .push(e);
        }
    }
    by_course
        .into_iter()
        .filter(|(_, exams)| exams.len() > 1)
        .map(|((course, form), exams)| {
            let ids: Vec<String> = exams.iter().map(|&e| plan.exams[e].id.clone()).collect();
            let mut v = Violation::new(
                &QZ_1,
                regula_core::locale::Message::new(match form {
                    StudyForm::FullTime => "scheduling-quiz-split-full-time",
                    StudyForm::Ifr => "scheduling-quiz-split-ifr",
                })
                .arg("course", course)
                .arg("exams", ids.len())
                .arg("ids", ids.join(", ")),
            );
            v.groups = exams
                .iter()
                .flat_map(|&e| plan.exams[e].groups.iter().cloned())
                .collect();
            v.exams = ids;
            v
        })
        .collect()
}
