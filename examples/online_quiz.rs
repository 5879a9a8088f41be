//! An online multiple-choice quiz on the eCampus platform, scored by QZ-3/QZ-4 and graded by
//! GR-4: the same bank of 40 questions is enough for the semester II 2019/2020 session and too
//! small for the next one.
//!
//! Run with `cargo run --example online_quiz`.

use regula::grading::{Answer, Quiz, QuizAttempt, QuizSpec};
use regula::{NaiveDate, Points, Policy};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a valid date");

    // 20 questions drawn from a bank of 40; semester activity may add up to 1 point (QZ-5), so
    // each question is worth (10 − 1) / 20 = 0.45 points (QZ-4).
    let spec = QuizSpec {
        course: "ECON-105 Economie generală".into(),
        session_date: date(2020, 6, 22),
        bank_size: 40,
        questions: 20,
        max_bonus: "1".parse()?,
    };
    let quiz = Quiz::new(spec.clone(), &policy.grading)?;

    // 13 single-answer questions right, 4 wrong, 2 left blank, and one two-answer question with
    // only one of its answers marked: all-or-nothing by default, so it scores 0.
    let mut answers = vec![Answer::single(true); 13];
    answers.extend([Answer::single(false); 4]);
    answers.extend([Answer::default(); 2]);
    answers.push(Answer {
        correct_choices: 2,
        marked_correct: 1,
        marked_wrong: 0,
        options: None,
    });
    let ana = QuizAttempt {
        student: "Popescu I. Ana".into(),
        absent: false,
        bonus: "0.75".parse()?,
        answers,
    };
    println!("{}: {}\n", ana.student, quiz.evaluate_explained(&ana)?);

    let radu = QuizAttempt {
        student: "Ionescu M. Radu".into(),
        absent: true,
        bonus: Points::ZERO,
        answers: vec![],
    };
    println!("{}: {}\n", radu.student, quiz.evaluate_explained(&radu)?);

    // The same quiz in the September 2020 retake session: the bank needs 50 questions now.
    let september = QuizSpec {
        session_date: date(2020, 9, 7),
        ..spec
    };
    match Quiz::new(september, &policy.grading) {
        Ok(_) => println!("September: accepted"),
        Err(errors) => println!("September 2020 session: rejected — {errors}"),
    }
    Ok(())
}
