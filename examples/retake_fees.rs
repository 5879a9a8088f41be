//! The September retake session: the accounting office works out what a restanțier owes for
//! the exams still outstanding, with the rule behind every amount.
//!
//! Run with `cargo run --example retake_fees`.

use regula::fees::{OutstandingExam, assess_explained};
use regula::{AcademicYear, NaiveDate, Policy};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let policy = Policy::umc_2020();
    // 1 September 2021 still belongs to the academic year 2020/2021.
    let today = NaiveDate::from_ymd_opt(2021, 9, 1).ok_or("a valid date")?;
    let fees = &policy.fees.in_force_on(today)?.policy;
    let current = AcademicYear::containing(today);

    let exam = |course: &str,
                year: &str,
                erasmus_mobility: bool|
     -> Result<OutstandingExam, regula::ValueError> {
        Ok(OutstandingExam {
            erasmus_mobility,
            ..OutstandingExam::new(course, year.parse()?)
        })
    };
    let exams = [
        exam("NAV-201 Navigație maritimă I", "2020/2021", false)?,
        exam("MATH-101 Analiză matematică", "2018/2019", false)?,
        exam("ECON-105 Economie generală", "2019/2020", true)?,
        exam("PHYS-101 Fizică", "2015/2016", false)?,
    ];
    let decision = assess_explained(fees, current, &exams)?;
    println!("Ionescu M. Radu, {current}: {decision}\n");
    for item in &decision.outcome.items {
        let amount = item
            .amount
            .map_or("not covered".to_owned(), |a| a.to_string());
        println!(
            "  {:<32} {:>9}  age {}  {:>12}  {}",
            item.course, item.academic_year, item.age, amount, item.rule
        );
    }
    println!("\nPay by:");
    for channel in &decision.outcome.channels {
        println!("  {} — {}", channel.name, channel.description);
    }
    Ok(())
}
