//! The Dean's office plans the winter session of the second-year navigation students: three
//! groups, four teachers, six exams of five forms, two rooms, one date agreed with the students.
//! Regula builds the timetable, checks it against every rule, prints it, then repairs it when a
//! teacher falls ill.
//!
//! Run with `cargo run --example plan_exam_session`.

use std::ops::ControlFlow;

use regula::Policy;
use regula::scheduling::{
    SessionPlan, SolveOutcome, SolverOptions, export, repair, solve, validate,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request: serde_json::Value =
        serde_json::from_str(include_str!("requests/schedule-solve.json"))?;
    let mut plan: SessionPlan = serde_json::from_value(request["plan"].clone())?;
    let policy = Policy::umc_2020();
    let rules = &policy
        .scheduling
        .in_force_on(plan.session.first_day)?
        .policy;
    // Seed 7, and no exams on Sundays.
    let options: SolverOptions = serde_json::from_value(request["options"].clone())?;
    let mut quiet = |_: &regula::scheduling::Progress| ControlFlow::Continue(());

    let SolveOutcome::Solved {
        timetable,
        soft_cost,
        ..
    } = solve(&plan, rules, &options, &mut quiet)?
    else {
        return Err("no valid timetable".into());
    };
    let report = validate(&plan, rules, &timetable)?;
    println!(
        "Session {} – {}: {} exams placed, soft cost {soft_cost}; check: {report}\n",
        plan.session.first_day,
        plan.session.last_day,
        timetable.placements.len()
    );
    print!(
        "{}",
        export::to_text(&plan, &timetable, regula::locale::Lang::En)
    );

    // Ms Popescu falls ill on the day of her first exam: repair, moving as few exams as possible.
    let first = timetable
        .placements
        .iter()
        .find(|p| p.exam == "NAV-201-A")
        .ok_or("NAV-201-A is placed")?
        .start
        .date();
    if let Some(teacher) = plan.teachers.iter_mut().find(|t| t.id == "popescu") {
        teacher.unavailable.push(first);
    }
    println!(
        "\nAfter Ms Popescu becomes unavailable on {first}: {}",
        validate(&plan, rules, &timetable)?
    );
    match repair(&plan, rules, &timetable, &options, &mut quiet)? {
        SolveOutcome::Solved {
            timetable, moved, ..
        } => {
            println!(
                "Repaired by moving {}: {}\n",
                moved.join(", "),
                validate(&plan, rules, &timetable)?
            );
            print!(
                "{}",
                export::to_text(&plan, &timetable, regula::locale::Lang::En)
            );
        }
        SolveOutcome::Infeasible { reasons, .. } => {
            for reason in reasons {
                println!("- {} {}", reason.rule, reason.message);
            }
        }
    }
    Ok(())
}
