//! The Dean's office after a Friday exam at the end of October: when are the results, the
//! catalog and the electronic entry due, until when may students appeal — across the night the
//! clocks go back — and are two appeals that arrive admissible?
//!
//! Run with `cargo run --example appeal_deadline`.

use regula::Policy;
use regula::appeals::{
    Appeal, ExamFacts, ExamForm, Grounds, check_appeal_explained, deadlines_explained,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    // Friday 29 October 2021, 14:00 Bucharest summer time; summer time ends on Sunday 31 at 04:00.
    let exam = ExamFacts {
        form: ExamForm::FaceToFaceWritten,
        exam_end: "2021-10-29T14:00".parse()?,
        grades_announced: Some("2021-10-29T19:30".parse()?),
        papers_viewed: None,
    };
    let rules = &policy
        .appeals
        .in_force_on(exam.exam_end.local_date())?
        .policy;
    let deadlines = deadlines_explained(rules, &exam)?;
    println!(
        "Written exam, ended {}:\n{}\n",
        exam.exam_end, deadlines.explanation
    );

    // The appeal window closes 48 elapsed hours after the exam: Sunday 13:00 winter time, though
    // the wall clock shows only 47 hours later.
    for (who, filed_at) in [
        ("Popescu I. Ana", "2021-10-31T12:55"),
        ("Ionescu M. Radu", "2021-10-31T13:20"),
    ] {
        let appeal = Appeal {
            filed_at: filed_at.parse()?,
            grounds: Grounds::Marking,
            proof: false,
        };
        let verdict = check_appeal_explained(rules, &exam, &appeal)?;
        println!("{who}, appeal filed {}: {verdict}\n", appeal.filed_at);
    }

    // The same students' online quiz: 2 hours, technical grounds only, with proof (AP-2).
    let quiz = ExamFacts::ended(ExamForm::OnlineQuiz, "2021-11-02T10:00".parse()?);
    let appeal = Appeal {
        filed_at: "2021-11-02T11:15".parse()?,
        grounds: Grounds::Technical,
        proof: false,
    };
    println!(
        "Quiz appeal without proof: {}",
        check_appeal_explained(rules, &quiz, &appeal)?
    );
    Ok(())
}
