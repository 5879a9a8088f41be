//! The committee of a face-to-face exam (SC-7): the course holder and the applied-part teacher,
//! or an assistant.

use regula_core::locale::Message;
use regula_core::{Breach, ExamForm, Recorder, Step};

use crate::model::{CommitteeKind, Exam, Role};
use crate::rules::SC_7;

/// Every way an exam's committee breaks SC-7 (face-to-face exams with the usual committee;
/// committees named by the Dean answer to CA-5 instead).
pub fn check_committee(exam: &Exam, holder: &str) -> Vec<Breach> {
    let mut found = Vec::new();
    let face_to_face = matches!(
        exam.form,
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral
    );
    if !face_to_face || exam.committee_kind != CommitteeKind::Regular {
        return found;
    }
    let has = |role: Role| exam.committee.iter().any(|m| m.role == role);
    if !exam
        .committee
        .iter()
        .any(|m| m.role == Role::Holder && m.name == holder)
    {
        found.push(Breach::new(
            &SC_7,
            Message::new("catalog-committee-no-holder")
                .arg("exam", exam.id.as_str())
                .arg("holder", holder),
        ));
    }
    if exam.holder_taught_both {
        if !has(Role::Assistant) {
            found.push(Breach::new(
                &SC_7,
                Message::new("catalog-committee-no-assistant").arg("exam", exam.id.as_str()),
            ));
        }
    } else if !has(Role::AppliedTeacher) {
        found.push(Breach::new(
            &SC_7,
            Message::new("catalog-committee-no-applied-teacher").arg("exam", exam.id.as_str()),
        ));
    }
    let mut names: Vec<&str> = exam.committee.iter().map(|m| m.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    if names.len() < 2 {
        found.push(Breach::new(
            &SC_7,
            Message::new("catalog-committee-too-small")
                .arg("exam", exam.id.as_str())
                .arg("teachers", names.len()),
        ));
    }
    if exam.assistant_delegated && !has(Role::Assistant) {
        found.push(Breach::new(
            &SC_7,
            Message::new("catalog-committee-delegated-no-assistant").arg("exam", exam.id.as_str()),
        ));
    }
    found
}

/// The SC-7 breaches of every exam of a catalog, each recorded as a step.
pub(crate) fn record_committees(
    exams: &[Exam],
    holder: &str,
    recorder: &mut impl Recorder,
) -> Vec<Breach> {
    let mut all = Vec::new();
    for exam in exams {
        for breach in check_committee(exam, holder) {
            recorder.record(|| Step::says(&SC_7, breach.sentence()));
            all.push(breach);
        }
    }
    all
}
