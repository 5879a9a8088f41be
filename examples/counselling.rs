//! A semester of counselling at the Technical University of Cluj-Napoca (PO_CCOC_07): the study
//! counsellors send their semester reports with the attendance lists, the faculty's career
//! counsellor registers them and analyses them with the vice-dean, sends the faculty's summary to
//! the counselling centre, which registers it and whose director verifies and approves it. A step
//! by someone the responsibility matrix does not give it is refused, and nothing is recorded.
//! Then: what the semester still lacks, and the consolidated figures.
//!
//! Run with `cargo run --example counselling`.

use regula::Policy;
use regula::counselling::request::{RecordRequest, StatusRequest, answer_record, answer_status};
use regula::counselling::{Command, SemesterFile, Step, consolidate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    let counselling = &policy.counselling;

    // The semester's flow, from the reports to the director's approval (CO-3..CO-6).
    let request: RecordRequest =
        serde_json::from_str(include_str!("requests/counselling-record.json"))?;
    let recorded = answer_record(counselling, &request, None)?;
    println!("{recorded}\n");
    let file: SemesterFile = recorded
        .outcome
        .file
        .ok_or("the file was sent, so it is answered")?;

    // A study counsellor cannot register a report: the matrix gives it to the career counsellor.
    let wrong = Command {
        by: "Ivanciu Laura".into(),
        at: "2026-02-13T09:00".parse()?,
        step: Step::RegisterReport {
            report: "ETTI-CS-IVA".into(),
        },
    };
    let refused = answer_record(
        counselling,
        &RecordRequest {
            file: Some(file.clone()),
            checkpoint: None,
            steps: vec![wrong],
        },
        None,
    );
    if let Err(why) = refused {
        println!("Refused: {why}\n");
    }

    // On 20 February: what is still missing, and what is overdue (CO-1..CO-5).
    let status = answer_status(
        counselling,
        &StatusRequest {
            now: "2026-02-20T12:00".parse()?,
            file: file.clone(),
        },
    )?;
    println!("{status}\n");

    // The consolidations (CO-4, CO-5).
    println!("{}", consolidate(&file));
    Ok(())
}
