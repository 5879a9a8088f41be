//! The languages Regula speaks, and explanations as data rendered in one of them.
//!
//! A decision records *what* it decided as a [`Message`]: a message identifier
//! (`grading-total`) and its typed arguments ([`Arg`]: points, grades, dates, instants, money,
//! rule ids). Text is made from them only when someone asks for it, in the language they ask
//! for ([`Lang`]), by [Project Fluent](https://projectfluent.org) from the message files under
//! `crates/regula-core/locales/`. Fluent applies the language's plural rules, so Romanian reads
//! „1 punct”, „2 puncte”, „20 de puncte”; Regula's own formatting writes numbers with a decimal
//! comma (7,75), dates as „20 ianuarie 2026” and money as „150,00 lei”.
//!
//! ```
//! use regula_core::locale::{Lang, Message};
//! use rust_decimal::Decimal;
//!
//! let message = Message::new("grading-total")
//!     .arg("total", regula_core::locale::Arg::Points(Decimal::new(725, 2)))
//!     .arg("terms", "lab 2.5 + exam 4.75");
//! assert_eq!(message.render(Lang::Ro), "Punctajul total este de 7,25 puncte: lab 2.5 + exam 4.75.");
//! assert_eq!(message.render(Lang::En), "The total is 7.25 points: lab 2.5 + exam 4.75.");
//! ```
//!
//! Adapters choose the language per call; code that prints a [`crate::Explanation`] with
//! `Display` does so inside [`in_language`] (English when none is chosen).

mod bundle;
mod format;

pub use format::{month_name, weekday_name};
mod lang;
mod message;

pub use bundle::{message_files, message_ids, message_variables};
pub use lang::{Lang, UnknownLang, current, in_language};
pub(crate) use message::named_args;
pub use message::{Arg, Message, MessageFields, Said, as_fields};
