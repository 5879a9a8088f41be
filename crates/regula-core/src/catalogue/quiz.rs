//! The online multiple-choice quiz (UMC-EXAM §5.5.2.5–6): test grilă.

use super::Interpretation;
use super::seed::*;
use crate::Rule;

/// QZ-1: who sits a quiz together.
pub const QZ_1: Rule = Rule::interpreted(
    "QZ-1",
    UMC_EXAM,
    "§5.5.2.6(1)",
    "a quiz is held with the whole year of students with the same course sheet, restanțieri included; full-time and IFR students may be examined separately",
    Interpretation::new(
        &["scheduling.quiz_whole_year"],
        "a check of the session validator: the quiz exams of one course (the exam's `course`) for groups of one study form are one exam; two such exams are a violation naming them and their groups. An exam whose course is not named is not matched. \"Normally\": a faculty that splits a quiz sets the parameter to false.",
    ),
);
/// QZ-2: a quiz's questions are drawn at random from the teacher's bank.
pub const QZ_2: Rule = Rule::new(
    "QZ-2",
    UMC_EXAM,
    "§5.5.2.6(2)",
    "questions have several choices and are drawn at random from the teacher's bank",
);
/// QZ-3: minimum size of the question bank, by session.
pub const QZ_3: Rule = Rule::interpreted(
    "QZ-3",
    UMC_EXAM,
    "§5.5.2.6(3)",
    "the question bank holds at least 30 questions (semester II 2019/2020) or 50 (later sessions)",
    Interpretation::new(
        &["grading (versions)", "grading.quiz.minimum_bank_size"],
        "the bank of 30 applies from 6 May 2020 (OMEC 4206/2020, online examination for 2019/2020) to the semester II 2019/2020 session; the bank of 50 from 1 August 2020, i.e. from the September 2020 retake session on. A quiz dated before 6 May 2020 has no policy in force and is an error.",
    ),
);
/// QZ-4: automatic scoring of a quiz, with or without a semester bonus.
pub const QZ_4: Rule = Rule::interpreted(
    "QZ-4",
    UMC_EXAM,
    "§5.5.2.6(4), §5.5.2.6(7)",
    "a quiz is scored automatically: each correct answer is worth (10 - maximum bonus) / questions; total = bonus + answers",
    Interpretation::new(
        &[
            "grading.quiz.minimum_questions",
            "grading.quiz.multiple_answer",
        ],
        "a question is worth (10 − maximum bonus) / questions; a test has at least 10 questions; multiple-answer questions score all-or-nothing, or partial credit with a penalty per wrong choice — in correct-choice shares, 1/(options − 1) of the question, or a fraction of the question by a table of option counts (each answer then gives its question's `options`) — floored at 0 per question. Totals are computed over a common denominator so that a perfect test is exactly 10.",
    ),
);
/// QZ-5: students are told at the start of the semester which bonus variant applies.
pub const QZ_5: Rule = Rule::new(
    "QZ-5",
    UMC_EXAM,
    "§5.5.2.6(5)",
    "the bonus variant for semester activity is announced at the start of the semester",
);
/// QZ-6: quiz appeals (applied as AP-2).
pub const QZ_6: Rule = Rule::new(
    "QZ-6",
    UMC_EXAM,
    "§5.5.2.6(6)",
    "quiz appeals are filed within 2 hours after the exam ends, on technical grounds only, justified and proven (applied as AP-2)",
);
