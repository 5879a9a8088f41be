//! SC-7: the committee of an exam — the seed's face-to-face committee (the holder, the
//! applied-part teacher or an assistant, `min_committee` distinct teachers), and the committee
//! a policy sets per exam form (`committees`: the least number of examiners, and whether the
//! course holder is among them).

use std::borrow::Cow;

use regula_core::locale::{Arg, Message};
use regula_core::{ExamForm, Problems};
use serde::{Deserialize, Serialize};

use crate::SchedulingPolicy;
use crate::model::{Exam, Role};
use crate::rules::SC_7;
use crate::validate::{Indexed, Violation};

/// SC-7: the committee an exam of one form needs, as a policy sets it: `{"form":
/// "oral_by_video", "min_teachers": 3, "holder_required": true}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormCommittee {
    /// The exam form.
    pub form: ExamForm,
    /// SC-7: the least number of distinct teachers (examiners) in its committee, at least 1.
    pub min_teachers: u32,
    /// SC-7: whether the course holder (`holder` role) must be among them (false by default).
    #[serde(default)]
    pub holder_required: bool,
}

impl SchedulingPolicy {
    /// SC-7: the policy's committee for `form`, when `committees` lists it.
    pub fn committee_for(&self, form: ExamForm) -> Option<&FormCommittee> {
        self.committees.iter().find(|c| c.form == form)
    }
}

/// SC-7: every form listed once, each with at least one teacher.
pub(crate) fn problems(policy: &SchedulingPolicy, found: &mut Problems) {
    for (i, committee) in policy.committees.iter().enumerate() {
        found.check(
            committee.min_teachers >= 1,
            format!("committees[{i}].min_teachers"),
            committee.min_teachers,
            "a committee has at least 1 teacher (SC-7)",
        );
        let first = policy
            .committees
            .iter()
            .position(|c| c.form == committee.form);
        found.check(
            first == Some(i),
            format!("committees[{i}].form"),
            committee.form.as_written(),
            format!(
                "the form's committee is set already by `committees[{}]` (SC-7)",
                first.unwrap_or(0)
            ),
        );
    }
}

fn is_face_to_face(form: ExamForm) -> bool {
    matches!(form, ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral)
}

/// SC-7: what the committee of `exam` (with `teachers` distinct teachers) lacks, and whether its
/// form's rule comes from the policy's `committees` (else the seed's face-to-face rule, or none).
fn lacks(exam: &Exam, teachers: usize, policy: &SchedulingPolicy) -> (Vec<Message>, bool) {
    let has = |role: Role| exam.committee.iter().any(|m| m.role == role);
    let listed = policy.committee_for(exam.form);
    let face_to_face = is_face_to_face(exam.form);
    let (min, holder) = match listed {
        Some(c) => (c.min_teachers, c.holder_required),
        None if face_to_face => (policy.min_committee, true),
        None => return (Vec::new(), false),
    };
    let mut missing = Vec::new();
    if holder && !has(Role::Holder) {
        missing.push(Message::new("scheduling-committee-holder"));
    }
    // A face-to-face committee keeps its applied-part teacher or assistant (SC-7) whatever
    // number the policy sets.
    if face_to_face && !(has(Role::AppliedTeacher) || has(Role::Assistant)) {
        missing.push(Message::new("scheduling-committee-second"));
    }
    if teachers < min as usize {
        missing.push(
            Message::new("scheduling-committee-teachers")
                .arg("min", u64::from(min))
                .arg("has", teachers),
        );
    }
    (missing, listed.is_some())
}

/// SC-7: the violation of the exam at index `e`, when its committee breaks its form's rule,
/// naming the exam, its form and the numbers.
pub(crate) fn check(
    indexed: &Indexed<'_>,
    policy: &SchedulingPolicy,
    e: usize,
) -> Option<Violation> {
    let exam = &indexed.plan.exams[e];
    let (missing, listed) = lacks(exam, indexed.exam_teachers[e].len(), policy);
    if missing.is_empty() {
        return None;
    }
    let missing = Arg::Enumeration(missing.into_iter().map(Arg::from).collect());
    let message = if listed {
        Message::new("scheduling-committee-form-lacks")
            .arg("exam", exam.id.as_str())
            .arg("form", Arg::Term(Cow::Borrowed(exam.form.term())))
            .arg("missing", missing)
    } else {
        Message::new("scheduling-committee-lacks")
            .arg("exam", exam.id.as_str())
            .arg("missing", missing)
    };
    let mut v = Violation::new(&SC_7, message);
    v.exams = vec![exam.id.clone()];
    v.teachers = exam.committee.iter().map(|m| m.teacher.clone()).collect();
    Some(v)
}
