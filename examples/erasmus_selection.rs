//! The ITP Erasmus+ office runs its yearly call: two fields, three places. Regula checks who may
//! apply (MO-1, MO-2), whether each dossier is complete at the deadline (MO-3, MO-4), whether the
//! call and the committee are properly formed (MO-5, MO-6), scores, ranks and gives the places
//! (MO-7, MO-8), and finally prints the document calendar of a selected student's mobility, with
//! working days counted around the Romanian holidays (MO-9..MO-12).
//!
//! Run with `cargo run --example erasmus_selection`.

use regula::Policy;
use regula::calendar::Calendar;
use regula::mobility::request::{SelectRequest, answer_select};
use regula::mobility::{
    Applicant, CommitteeAsks, Dossier, MobilityKind, Trip, check_dossier, eligibility,
    mobility_calendar,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    let mobility = &policy.mobility.latest().policy;

    // 1. Eligibility on the deadline's day: every unmet condition, with its reason.
    let request: serde_json::Value =
        serde_json::from_str(include_str!("requests/mobility-eligibility.json"))?;
    let applicants: Vec<Applicant> = serde_json::from_value(request["applicants"].clone())?;
    let deadline_day = "2027-03-01".parse()?;
    println!("== Eligibility (MO-1, MO-2)\n");
    for applicant in &applicants {
        println!("{}\n", eligibility(mobility, applicant, deadline_day)?);
    }

    // 2. Dossiers, checked four days before the deadline: what is still missing.
    let request: serde_json::Value =
        serde_json::from_str(include_str!("requests/mobility-dossier.json"))?;
    let dossiers: Vec<Dossier> = serde_json::from_value(request["dossiers"].clone())?;
    let asks: CommitteeAsks = serde_json::from_value(request["asks"].clone())?;
    println!("== Dossiers (MO-3, MO-4)\n");
    for dossier in &dossiers {
        let verdict = check_dossier(
            mobility,
            dossier,
            asks,
            "2027-03-01T16:00".parse()?,
            "2027-02-25T12:00".parse()?,
        )?;
        println!("{verdict}\n");
    }

    // 3. The selection: call and committee validated, points, ranking, places, reserve list.
    let select: SelectRequest =
        serde_json::from_str(include_str!("requests/mobility-select.json"))?;
    let response = answer_select(&policy.mobility, &select)?;
    println!("== Selection (MO-5..MO-8)\n\n{response}\n");

    // 4. The first selected student's mobility: every deadline as a date.
    let trip = Trip {
        kind: MobilityKind::Study,
        departure: "2027-09-27".parse()?,
        return_date: "2028-01-28".parse()?,
        agreement_signed_before_departure: false,
        earns_ects: false,
        debts: vec![],
    };
    let calendar = mobility_calendar(
        mobility,
        &Calendar::romania(),
        &trip,
        &[],
        "2027-09-01".parse()?,
    )?;
    println!("== Document calendar (MO-9..MO-12)\n\n{calendar}");
    Ok(())
}
