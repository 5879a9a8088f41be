//! # regula-core
//!
//! The shared vocabulary of every Regula rule engine:
//!
//! - exact-decimal quantities that cannot hold an invalid value: [`Points`] (0..=10 on the course
//!   scale), [`Grade`] (a whole grade 1..=10 with its Romanian word), [`Credits`] (ECTS, never
//!   negative) and [`Money`] (RON or EUR, never negative, at most two decimals);
//! - rules and their sources: [`Rule`], [`RuleId`], [`Citation`], the [`Sources`] a policy cites
//!   (its [`Regulation`]s and the article of every rule it adopts), and [`Breach`], a rule an
//!   input breaks;
//! - decisions that explain themselves: [`Decision`], [`Explanation`], [`Step`], [`Fact`], and the
//!   [`Recorder`] through which one code path serves both the fast path ([`NoExplanation`]) and the
//!   explained one ([`Explanation`]);
//! - policies versioned by the date they take effect: [`PolicyHistory`], [`Versioned`];
//! - [`Violations`], a non-empty list of everything wrong with an input, for validators that report
//!   every violation instead of the first.
//!
//! Nothing here does I/O or reads the clock: "now" is always an argument.
//!
//! ```
//! use regula_core::{Grade, Points};
//! use rust_decimal::Decimal;
//!
//! let points = Points::new(Decimal::new(725, 2))?; // 7.25
//! assert_eq!(points.to_string(), "7.25");
//! assert!(Points::new(Decimal::new(105, 1)).is_err()); // 10.5 is not on the scale
//!
//! let grade = Grade::new(9)?;
//! assert_eq!(grade.in_words(), "9 (nouă)");
//! # Ok::<(), regula_core::ValueError>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod academic_year;
pub mod catalogue;
pub mod chain;
mod checked;
mod credits;
mod error;
pub mod exact;
mod exam_form;
mod explain;
mod grade;
pub mod locale;
mod money;
mod points;
mod policy;
mod response;
mod rule;
pub mod seal;
pub mod sources;
pub mod time;
mod violations;

pub use academic_year::AcademicYear;
pub use checked::{CheckedPolicy, InvalidPolicy, ParameterProblem, Problems};
pub use credits::Credits;
pub use error::ValueError;
pub use exam_form::{CommitteeRole, ExamForm};
pub use explain::{Decision, Explanation, Fact, NoExplanation, Recorder, Step};
pub use grade::Grade;
pub use money::{Currency, Money};
pub use points::Points;
pub use policy::{PolicyApplied, PolicyError, PolicyHistory, Versioned};
pub use response::{Decisions, Response};
pub use rule::{Breach, Citation, RegulationId, Rule, RuleId, date};
pub use sources::{Article, Regulation, Sources};
pub use violations::Violations;

/// Re-exported so that users of Regula name the same decimal and date types.
pub use chrono::NaiveDate;
/// Re-exported so that users of Regula name the same decimal and date types.
pub use rust_decimal::Decimal;

/// Text escaped for HTML element content and attribute values (`&`, `<`, `>`, `"`): the one
/// escape every HTML export of Regula uses.
///
/// ```
/// assert_eq!(regula_core::html_escape("<b>\"A&B\"</b>"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
/// ```
pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180): the one
/// quoting the CSV exports use.
///
/// ```
/// assert_eq!(regula_core::csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
/// assert_eq!(regula_core::csv_field("plain"), "plain");
/// ```
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
