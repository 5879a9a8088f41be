//! A day in the life of a catalog at the Maritime University of Constanța: the secretariat issues
//! the catalog of group 2111 for Navigation I, the course holder enters the grades on the exam
//! day — in figures and words, with the signatures each needs — corrects one, and the
//! secretariat checks what is still missing and when the catalog is due. Nothing is ever
//! erased: the history keeps every value, and a catalog whose rows do not follow from its history
//! is refused.
//!
//! Run with `cargo run --example catalog`.

use regula::Grade;
use regula::Policy;
use regula::catalog::request::{CheckRequest, answer_check};
use regula::catalog::{AdmissionFacts, Catalog, Command, Handovers, Mark, admit, to_html};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    let rules = &policy.catalog.latest().policy;

    // The empty catalog as the student-records system issues it (CA-1, CA-3).
    let request: serde_json::Value =
        serde_json::from_str(include_str!("requests/catalog-record.json"))?;
    let mut catalog: Catalog = serde_json::from_value(request["catalog"].clone())?;
    println!(
        "Catalog {} — {}, group {}:",
        catalog.header.id,
        catalog.header.course,
        catalog.header.group.as_deref().unwrap_or("-")
    );
    for student in &catalog.students {
        println!("  {}", student.name);
    }

    // At the door (SC-8).
    let at_door: AdmissionFacts = serde_json::from_value(serde_json::json!({
        "student": "NAV-1001", "card_stamped_for": "2020/2021",
        "documents": [{"kind": "identity_card"}]
    }))?;
    println!("\n{}", admit(rules, &at_door, "2021-01-25".parse()?));

    // The exam day's entries and a correction, as one batch: all recorded, or none.
    let commands: Vec<Command> = serde_json::from_value(request["commands"].clone())?;
    let mut explanation = regula::Explanation::new();
    catalog.apply_all_with(rules, Grade::FIVE, &commands, &mut explanation)?;
    println!("\n{explanation}");

    // A correction by anyone but the holder is refused, and changes nothing (CA-6).
    let before = catalog.clone();
    let err = catalog
        .apply(
            rules,
            Grade::FIVE,
            &Command::Correct {
                student: "NAV-1003".into(),
                column: 1,
                mark: Mark::Grade(Grade::new(5)?),
                by: "asist. Marin Ana".into(),
                at: "2021-02-16T09:00".parse()?,
            },
        )
        .unwrap_err();
    assert_eq!(catalog, before);
    println!("\nRefused: {err}");
    println!(
        "Every value of Stan Ioana's first column: {:?}",
        catalog
            .values_written("NAV-1001", 1)
            .iter()
            .map(|m| m.in_words())
            .collect::<Vec<_>>()
    );

    // The secretariat's check: signatures (CA-5), committees (SC-7), deadlines (CA-7).
    let mut handovers = Handovers::default();
    handovers
        .catalog_handed_in
        .insert("NAV-W".into(), "2021-01-26T09:00".parse()?);
    let check = answer_check(
        &policy.catalog,
        &policy.appeals,
        &CheckRequest {
            now: "2021-02-20T10:00".parse()?,
            catalog: catalog.clone(),
            handovers,
        },
    )?;
    println!("\n{check}");

    let html = to_html(&catalog, rules, regula::locale::Lang::Ro);
    println!(
        "\nThe printable form is {} bytes of HTML: `cargo run -p regula-cli -- catalog export examples/requests/catalog-export.json --html > catalog.html`",
        html.len()
    );
    Ok(())
}
