//! An ITP student comes home from a winter semester in Budapest. The Studies and Credits
//! Commission reads the host's transcript of records (EMREX/ELMO), and Regula proposes the
//! recognition plan: which host course replaces which home course, with which credits and grade,
//! and why; then the minimums and what the student must still sit.
//!
//! Run with `cargo run --example recognise_erasmus_semester`.

use regula::Policy;
use regula::ects::{
    GradingScales, Mobility, Period, check, consequences, import_elmo, propose_explained,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The transcript as the host sent it; the common European scales, the Hungarian one among
    // them, tell which of its grades fail.
    let transcript = import_elmo(
        include_str!("data/transcript-elmo.xml"),
        &GradingScales::european(),
    )?;
    println!(
        "Transcript from {}: {} courses, {} warnings\n",
        transcript.issuers[0].name,
        transcript.courses.len(),
        transcript.warnings.len()
    );

    // The home study plan and the syllabus matches the CSC established, from the example request.
    let request: serde_json::Value =
        serde_json::from_str(include_str!("requests/ects-recognise.json"))?;
    let mut mobility: Mobility = serde_json::from_value(request["mobility"].clone())?;
    // One issuer: the CSC's matches name the host's own course codes (KRE-11), which the
    // importer qualifies with the issuer (HU BUDAPES08/KRE-11).
    mobility.host_courses = transcript
        .courses
        .into_iter()
        .map(|c| regula::ects::HostCourse {
            id: c.local_id,
            ..c.course
        })
        .collect();
    mobility.grade_tables = transcript.tables;
    mobility.csc_decisions.clear();
    mobility.matches.retain(|m| m.host != "PED-01"); // PED-01 is not on this transcript

    let policy = Policy::umc_2020();
    let conversion = &policy.ects.latest().policy;
    let decision = propose_explained(conversion, &mobility)?;
    println!("{}\n", decision.explanation);
    println!(
        "Checked against every rule: {} violations",
        check(conversion, &mobility, &decision.outcome)?.len()
    );

    let period: Period = serde_json::from_value(request["period"].clone())?;
    let c = consequences(conversion, &mobility, &decision.outcome, period)?;
    println!(
        "EC-1: {} ECTS passed of {} required; EC-3: {}",
        c.passed_ects,
        c.required_ects,
        if c.active_study {
            "the whole period counts as active study"
        } else {
            "shorter than 3 months"
        }
    );
    if !c.repayment.is_empty() {
        println!(
            "EC-13: grant repayment flagged — {}",
            c.repayment
                .iter()
                .map(|b| b.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
    println!(
        "Still to sit at home, without the fee in the next semester (FE-4): {}",
        c.still_to_sit.join(", ")
    );
    Ok(())
}
