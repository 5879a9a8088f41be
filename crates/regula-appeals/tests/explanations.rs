//! The readable explanations of deadlines and appeal verdicts, pinned with insta.

use regula_appeals::{
    Appeal, AppealsPolicy, ExamFacts, ExamForm, Grounds, check_appeal_explained,
    deadlines_explained,
};

fn facts(form: ExamForm, end: &str, announced: Option<&str>) -> ExamFacts {
    ExamFacts {
        form,
        exam_end: end.parse().unwrap(),
        grades_announced: announced.map(|a| a.parse().unwrap()),
        papers_viewed: None,
    }
}

fn deadlines_text(form: ExamForm, end: &str, announced: Option<&str>) -> String {
    deadlines_explained(&AppealsPolicy::umc_2020(), &facts(form, end, announced))
        .unwrap()
        .explanation
        .to_string()
}

#[test]
fn deadlines_of_a_face_to_face_written_exam() {
    insta::assert_snapshot!(deadlines_text(
        ExamForm::FaceToFaceWritten,
        "2022-01-20T12:00",
        Some("2022-01-20T18:00")
    ));
}

#[test]
fn deadlines_of_an_online_quiz() {
    insta::assert_snapshot!(deadlines_text(
        ExamForm::OnlineQuiz,
        "2022-01-24T10:00",
        None
    ));
}

#[test]
fn deadlines_of_an_open_question_exam_not_yet_announced() {
    insta::assert_snapshot!(deadlines_text(
        ExamForm::OnlineOpenQuestions,
        "2021-10-29T14:00",
        None
    ));
}

#[test]
fn deadlines_of_a_portfolio() {
    insta::assert_snapshot!(deadlines_text(
        ExamForm::OnlinePortfolio,
        "2022-06-10T18:00",
        Some("2022-06-11T09:00")
    ));
}

#[test]
fn deadlines_of_an_oral_exam_by_video() {
    insta::assert_snapshot!(deadlines_text(
        ExamForm::OralByVideo,
        "2021-09-10T11:00",
        None
    ));
}

#[test]
fn a_late_quiz_appeal_on_the_marking() {
    let decision = check_appeal_explained(
        &AppealsPolicy::umc_2020(),
        &facts(ExamForm::OnlineQuiz, "2021-01-25T12:00", None),
        &Appeal {
            filed_at: "2021-01-25T14:01".parse().unwrap(),
            grounds: Grounds::Marking,
            proof: false,
        },
    )
    .unwrap();
    insta::assert_snapshot!(decision.to_string());
}

#[test]
fn an_admissible_appeal_against_an_oral_exam_by_video() {
    let decision = check_appeal_explained(
        &AppealsPolicy::umc_2020(),
        &facts(ExamForm::OralByVideo, "2021-09-10T11:00", None),
        &Appeal {
            filed_at: "2021-09-10T13:30".parse().unwrap(),
            grounds: Grounds::Marking,
            proof: false,
        },
    )
    .unwrap();
    insta::assert_snapshot!(decision.to_string());
}
