//! The grading rules of the catalogue (`RULES.md`, "Grading" and "Online multiple-choice quiz"),
//! as constants that code, decision traces and tests cite.

use regula_core::{Regulation::UmcExam, Rule};

/// GR-1: results are whole grades 1..10, or the qualifiers *admis* / *respins*; grade 5 passes.
pub const GR_1: Rule = Rule::new(
    "GR-1",
    UmcExam,
    "§5.2",
    "results are whole grades 1..10, or admis/respins where the course sheet says so; 5 passes",
);
/// GR-2: the 10 points of a course are split over its activities in the course sheet.
pub const GR_2: Rule = Rule::new(
    "GR-2",
    UmcExam,
    "§5.3(3), §5.5.2.2(4)",
    "every graded activity receives points out of the course's 10; the split adds up to exactly 10",
);
/// GR-3: the total is the sum of the activities' points, each within its allotment.
pub const GR_3: Rule = Rule::new(
    "GR-3",
    UmcExam,
    "§5.3(3)",
    "total points = sum of the points of every activity, each between 0 and its allotment",
);
/// GR-4: the total is converted into a grade 1..10.
pub const GR_4: Rule = Rule::new(
    "GR-4",
    UmcExam,
    "§5.3(3)",
    "the total is converted into a grade 1..10; a total below 5 never becomes a pass",
);
/// GR-5: passing needs at least 5 of the 10 points (or *admis*).
pub const GR_5: Rule = Rule::new(
    "GR-5",
    UmcExam,
    "§5.3(3)",
    "passing a course needs at least 5 of its 10 points, or admis",
);
/// GR-6: absence from an activity's evaluation is 0 points for that activity.
pub const GR_6: Rule = Rule::new(
    "GR-6",
    UmcExam,
    "§5.3(3)",
    "absence from the evaluation of an activity means 0 points for that activity",
);
/// GR-7: applied activities may condition admission to the final evaluation.
pub const GR_7: Rule = Rule::new(
    "GR-7",
    UmcExam,
    "§5.3(4), §5.5.1.1(2)",
    "completing the applied activities may be a condition for admission to the final evaluation",
);
/// GR-8: optional courses count in the average only on the student's written request.
pub const GR_8: Rule = Rule::new(
    "GR-8",
    UmcExam,
    "§5.5.1.1(3)",
    "optional courses count in the average only if the student asked in writing",
);
/// GR-9: not showing up to the (online) evaluation fails the exam; the catalog records *absent*.
pub const GR_9: Rule = Rule::new(
    "GR-9",
    UmcExam,
    "§5.5.2.9",
    "not showing up to the evaluation fails the exam; the catalog records absent",
);
/// QZ-2: a quiz's questions are drawn at random from the teacher's bank.
pub const QZ_2: Rule = Rule::new(
    "QZ-2",
    UmcExam,
    "§5.5.2.6(2)",
    "questions have several choices and are drawn at random from the teacher's bank",
);
/// QZ-3: minimum size of the question bank, by session.
pub const QZ_3: Rule = Rule::new(
    "QZ-3",
    UmcExam,
    "§5.5.2.6(3)",
    "the question bank holds at least 30 questions (semester II 2019/2020) or 50 (later sessions)",
);
/// QZ-4: automatic scoring of a quiz, with or without a semester bonus.
pub const QZ_4: Rule = Rule::new(
    "QZ-4",
    UmcExam,
    "§5.5.2.6(4), §5.5.2.6(7)",
    "each correct answer is worth (10 - maximum bonus) / questions; total = bonus + answers",
);
/// QZ-5: students are told at the start of the semester which bonus variant applies.
pub const QZ_5: Rule = Rule::new(
    "QZ-5",
    UmcExam,
    "§5.5.2.6(5)",
    "the bonus variant for semester activity is announced at the start of the semester",
);
