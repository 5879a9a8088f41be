use std::fmt;

use serde::{Deserialize, Serialize};

/// How an exam is held (UMC-EXAM §5.5.1, §5.5.2.5): the form decides the deadlines (AP-*), the
/// scheduling limits (OX-1, OX-2) and the signatures in the catalog (CA-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExamForm {
    /// A written exam in the examination room (§5.5.1).
    FaceToFaceWritten,
    /// An oral exam in the examination room (§5.5.1).
    FaceToFaceOral,
    /// An online multiple-choice quiz (§5.5.2.6).
    OnlineQuiz,
    /// An online exam with individual open questions (§5.5.2.7).
    OnlineOpenQuestions,
    /// An online essay, portfolio or project (§5.5.2.5(c), §5.5.2.7(10)).
    OnlinePortfolio,
    /// An oral exam by video conference, recorded (§5.5.2.8).
    OralByVideo,
}

impl ExamForm {
    /// Whether the exam is held online (OX-4 applies).
    pub const fn is_online(self) -> bool {
        !matches!(self, ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral)
    }

    /// The form as a policy or a request writes it (`online_quiz`), for the problems that name
    /// it (SC-7, SC-COURSE, AP-1..AP-4).
    pub const fn as_written(self) -> &'static str {
        match self {
            ExamForm::FaceToFaceWritten => "face_to_face_written",
            ExamForm::FaceToFaceOral => "face_to_face_oral",
            ExamForm::OnlineQuiz => "online_quiz",
            ExamForm::OnlineOpenQuestions => "online_open_questions",
            ExamForm::OnlinePortfolio => "online_portfolio",
            ExamForm::OralByVideo => "oral_by_video",
        }
    }
}

impl ExamForm {
    /// The message identifier of the form's name, for explanations in any language
    /// (`exam-form-online-quiz` → „test online”; the forms of OX-1).
    pub const fn term(self) -> &'static str {
        match self {
            ExamForm::FaceToFaceWritten => "exam-form-face-to-face-written",
            ExamForm::FaceToFaceOral => "exam-form-face-to-face-oral",
            ExamForm::OnlineQuiz => "exam-form-online-quiz",
            ExamForm::OnlineOpenQuestions => "exam-form-online-open-questions",
            ExamForm::OnlinePortfolio => "exam-form-online-portfolio",
            ExamForm::OralByVideo => "exam-form-oral-by-video",
        }
    }
}

impl fmt::Display for ExamForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExamForm::FaceToFaceWritten => "face-to-face written",
            ExamForm::FaceToFaceOral => "face-to-face oral",
            ExamForm::OnlineQuiz => "online quiz",
            ExamForm::OnlineOpenQuestions => "online open-question",
            ExamForm::OnlinePortfolio => "online portfolio/project",
            ExamForm::OralByVideo => "oral-by-video",
        })
    }
}

/// A teacher's role in an exam's committee (SC-7): who must sit on it, and who signs the grades
/// in the catalog (CA-5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitteeRole {
    /// The course holder (*titularul de curs*).
    Holder,
    /// The teacher who taught the applied part (seminar, laboratory, project).
    AppliedTeacher,
    /// An exam assistant named by the department director, when one teacher taught both parts;
    /// grades only if the holder delegates it.
    Assistant,
    /// A member of a committee named by the Dean (the holder absent, or the Dean's office's own).
    Member,
}
