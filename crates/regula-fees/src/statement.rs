//! A fee statement as CSV: the assessment's lines as the decision holds them, one per exam, and
//! its total. Nothing is computed here: the amounts are the assessment's.

use regula_core::locale::{Lang, Message};

use crate::assess::FeeStatus;
use crate::request::FeeOutcome;

use regula_core::csv_field as field;

/// The statement of `outcome` as CSV in `lang` (its headings and words): one line per exam in
/// the request's order (course, academic year, age in years, how the fee was settled, amount,
/// currency, the rule), then the total line. A not-covered exam has no amount.
pub fn statement_csv(outcome: &FeeOutcome, lang: Lang) -> String {
    let a = &outcome.assessment;
    let mut out = Message::new("fees-csv-heading").render(lang);
    out.push_str("\r\n");
    for item in &a.items {
        let status = match item.status {
            FeeStatus::Free => "fees-csv-free",
            FeeStatus::Charged => "fees-csv-charged",
            FeeStatus::Exempt => "fees-csv-exempt",
            FeeStatus::NotCovered => "fees-csv-not-covered",
        };
        let cells = [
            item.course.clone(),
            item.academic_year.to_string(),
            item.age.to_string(),
            Message::new(status).render(lang),
            item.amount
                .map(|m| m.amount().to_string())
                .unwrap_or_default(),
            item.amount
                .map(|m| m.currency().code().to_owned())
                .unwrap_or_default(),
            item.rule.to_string(),
        ];
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    let total = [
        Message::new("fees-csv-total").render(lang),
        String::new(),
        String::new(),
        String::new(),
        a.total.amount().to_string(),
        a.total.currency().code().to_owned(),
        String::new(),
    ];
    let line: Vec<String> = total.iter().map(|c| field(c)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
    out
}
