//! The Fluent bundles, one per language, built once from the message files compiled into the
//! library (no I/O).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::message::{Arg, Message};
use super::{Lang, format};

/// The message files of one language, by domain.
pub(super) const FILES: [(Lang, &[(&str, &str)]); 2] = [
    (
        Lang::Ro,
        &[
            ("common.ftl", include_str!("../../locales/ro/common.ftl")),
            ("grading.ftl", include_str!("../../locales/ro/grading.ftl")),
            ("fees.ftl", include_str!("../../locales/ro/fees.ftl")),
            ("appeals.ftl", include_str!("../../locales/ro/appeals.ftl")),
            ("ects.ftl", include_str!("../../locales/ro/ects.ftl")),
            (
                "mobility.ftl",
                include_str!("../../locales/ro/mobility.ftl"),
            ),
            ("ranking.ftl", include_str!("../../locales/ro/ranking.ftl")),
            ("catalog.ftl", include_str!("../../locales/ro/catalog.ftl")),
            (
                "counselling.ftl",
                include_str!("../../locales/ro/counselling.ftl"),
            ),
            (
                "scheduling.ftl",
                include_str!("../../locales/ro/scheduling.ftl"),
            ),
            (
                "progress.ftl",
                include_str!("../../locales/ro/progress.ftl"),
            ),
        ],
    ),
    (
        Lang::En,
        &[
            ("common.ftl", include_str!("../../locales/en/common.ftl")),
            ("grading.ftl", include_str!("../../locales/en/grading.ftl")),
            ("fees.ftl", include_str!("../../locales/en/fees.ftl")),
            ("appeals.ftl", include_str!("../../locales/en/appeals.ftl")),
            ("ects.ftl", include_str!("../../locales/en/ects.ftl")),
            (
                "mobility.ftl",
                include_str!("../../locales/en/mobility.ftl"),
            ),
            ("ranking.ftl", include_str!("../../locales/en/ranking.ftl")),
            ("catalog.ftl", include_str!("../../locales/en/catalog.ftl")),
            (
                "counselling.ftl",
                include_str!("../../locales/en/counselling.ftl"),
            ),
            (
                "scheduling.ftl",
                include_str!("../../locales/en/scheduling.ftl"),
            ),
            (
                "progress.ftl",
                include_str!("../../locales/en/progress.ftl"),
            ),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    &bundles[lang as usize]
}

fn build(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Explanations are plain text: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Ro => format_ro,
        Lang::En => format_en,
    }));
    for (_, text) in message_files(lang) {
        // A file that does not parse keeps the messages it could read; the test
        // `every_message_file_parses` fails on it.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn format_number(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) => {
            let digits = n.options.minimum_fraction_digits.unwrap_or(0);
            let text = format::decimal_text(lang, &format!("{:.*}", digits, n.value));
            // A rounded value ([`Arg::About`]) is marked by turning grouping off.
            Some(if n.options.use_grouping {
                text
            } else {
                format!("≈{text}")
            })
        }
        _ => None,
    }
}

fn format_ro<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::Ro, value)
}

fn format_en<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    format_number(Lang::En, value)
}

/// The largest mantissa a number may have to pass through Fluent's plural rules as a number:
/// 15 significant digits survive the conversion exactly, so what is written is the exact value.
const EXACT_DIGITS: u128 = 999_999_999_999_999;

/// An exact number for Fluent: a number (so that plural forms follow it) written with the
/// digits it has; beyond 15 significant digits, the exact text (plural form "other").
fn number(lang: Lang, value: Decimal) -> FluentValue<'static> {
    fluent_number(lang, value, true)
}

/// `exact` false: a rounded value, written with „≈” (plural forms still follow the number).
fn fluent_number(lang: Lang, value: Decimal, exact: bool) -> FluentValue<'static> {
    match value.to_f64() {
        Some(f) if value.mantissa().unsigned_abs() <= EXACT_DIGITS => {
            FluentValue::Number(FluentNumber::new(
                f,
                FluentNumberOptions {
                    minimum_fraction_digits: Some(value.scale() as usize),
                    maximum_fraction_digits: Some(value.scale() as usize),
                    use_grouping: exact,
                    ..FluentNumberOptions::default()
                },
            ))
        }
        _ => {
            let text = format::number(lang, value);
            FluentValue::String(Cow::Owned(if exact { text } else { format!("≈{text}") }))
        }
    }
}

fn value(lang: Lang, arg: &Arg, errors: &mut Vec<String>) -> FluentValue<'static> {
    let text = |s: String| FluentValue::String(Cow::Owned(s));
    match arg {
        Arg::Points(p) | Arg::Number(p) => number(lang, *p),
        Arg::About(p) => fluent_number(lang, *p, false),
        Arg::Phrase(m) => text(resolve(lang, &m.id, &m.args, errors)),
        Arg::Count(n) => number(lang, Decimal::from(*n)),
        Arg::Grade(g) => text(g.in_words()),
        Arg::Date(d) => text(format::date(lang, *d)),
        Arg::Instant(at) => text(format::instant(lang, *at)),
        Arg::Money(m) => text(format::money(lang, *m)),
        Arg::Rule(r) => text(r.as_str().to_owned()),
        Arg::Text(t) => text(t.to_string()),
        Arg::Term(id) => text(resolve(lang, id, &[], errors)),
        Arg::List(items) => text(join(lang, items, "; ", errors)),
        Arg::Enumeration(items) => {
            let words: Vec<String> = items.iter().map(|a| arg_text(lang, a, errors)).collect();
            text(words.join(", "))
        }
        Arg::Month(m) => text(format::month_name(lang, *m).to_owned()),
        Arg::Addends(items) => text(join(lang, items, " + ", errors)),
        Arg::Sum(terms) => text(sum(lang, terms, errors)),
        Arg::Translated { ro, en } => text(
            match lang {
                Lang::Ro => ro,
                Lang::En => en,
            }
            .to_string(),
        ),
    }
}

fn join(lang: Lang, items: &[Message], separator: &str, errors: &mut Vec<String>) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(&resolve(lang, &item.id, &item.args, errors));
    }
    out
}

fn sum(lang: Lang, terms: &[(std::sync::Arc<str>, Arg)], errors: &mut Vec<String>) -> String {
    let mut out = String::new();
    for (i, (label, arg)) in terms.iter().enumerate() {
        if i > 0 {
            out.push_str(" + ");
        }
        out.push_str(label);
        out.push(' ');
        out.push_str(&arg_text(lang, arg, errors));
    }
    out
}

/// One argument written on its own in `lang`, as a message would write it.
fn arg_text(lang: Lang, arg: &Arg, errors: &mut Vec<String>) -> String {
    match value(lang, arg, errors) {
        FluentValue::String(s) => s.into_owned(),
        other => format_number(lang, &other).unwrap_or_default(),
    }
}

/// `arg` written on its own in `lang` (a word, a date, a grade, a number).
pub(super) fn render_arg(lang: Lang, arg: &Arg) -> String {
    arg_text(lang, arg, &mut Vec::new())
}

/// The message `id` with `arguments`, written in `lang`; every problem is added to `errors`.
fn resolve(
    lang: Lang,
    id: &str,
    arguments: &[(Cow<'static, str>, Arg)],
    errors: &mut Vec<String>,
) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        errors.push(format!("no {lang} text for the message `{id}`"));
        return format!("[{id}]");
    };
    let mut args = FluentArgs::with_capacity(arguments.len());
    for (name, arg) in arguments {
        args.set(name.clone(), value(lang, arg, errors));
    }
    let mut fluent_errors = Vec::new();
    let text = bundle
        .format_pattern(pattern, Some(&args), &mut fluent_errors)
        .into_owned();
    errors.extend(
        fluent_errors
            .into_iter()
            .map(|e| format!("`{id}` in {lang}: {e}")),
    );
    text
}

/// `message` in `lang`; a missing text or argument shows as `[id]` or `{$name}`.
pub(super) fn render(lang: Lang, message: &Message) -> String {
    resolve(lang, &message.id, &message.args, &mut Vec::new())
}

/// `message` in `lang`, or every problem: a message without a text in `lang`, an argument the
/// text uses that the message does not give.
pub(super) fn try_render(lang: Lang, message: &Message) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    let text = resolve(lang, &message.id, &message.args, &mut errors);
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(errors)
    }
}

/// The message identifiers of `lang`'s files, with the variables each message's text uses: what
/// the test of completeness compares between languages and with the code.
pub fn message_ids(lang: Lang) -> Vec<(String, Vec<String>)> {
    message_files(lang)
        .into_iter()
        .flat_map(|(_, text)| message_variables(text))
        .collect()
}

/// The message files of `lang`, by name, as compiled into the library.
pub fn message_files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    FILES
        .iter()
        .filter(|(l, _)| *l == lang)
        .flat_map(|(_, files)| files.iter().copied())
        .collect()
}

/// Each message of one Fluent file with the variables (`$name`) its text uses, sorted.
pub fn message_variables(ftl: &str) -> Vec<(String, Vec<String>)> {
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for line in ftl.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_message && let Some((id, _)) = line.split_once('=') {
            messages.push((id.trim().to_owned(), Vec::new()));
        }
        if line.starts_with('#') {
            continue;
        }
        if let Some((_, variables)) = messages.last_mut() {
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() && !variables.contains(&name) {
                    variables.push(name);
                }
            }
        }
    }
    for (_, variables) in &mut messages {
        variables.sort();
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_file_parses() {
        for (lang, files) in FILES {
            for (name, text) in files {
                if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
                    panic!("{lang}/{name}: {errors:?}");
                }
            }
        }
    }

    #[test]
    fn a_missing_message_or_argument_is_reported() {
        let missing = Message::new("no-such-message");
        assert_eq!(
            missing.try_render(Lang::Ro).unwrap_err(),
            vec!["no ro text for the message `no-such-message`".to_owned()]
        );
        let without_total = Message::new("grading-total").arg("terms", "lab 2");
        assert!(without_total.try_render(Lang::Ro).is_err());
    }

    #[test]
    fn a_rounded_number_keeps_its_plural_form() {
        let text = Message::new("grading-passed")
            .arg("total", Arg::About(Decimal::new(63333, 4)))
            .arg("pass", Arg::Points(Decimal::from(5)))
            .render(Lang::Ro);
        assert_eq!(text, "≈6,3333 ≥ 5 puncte: disciplina este promovată.");
        let rounded = Message::new("grading-total")
            .arg("total", Arg::About(Decimal::new(63333, 4)))
            .arg("terms", "…")
            .render(Lang::Ro);
        assert_eq!(rounded, "Punctajul total este de ≈6,3333 puncte: ….");
    }

    #[test]
    fn a_number_beyond_fifteen_digits_is_written_exactly() {
        let huge = Decimal::from_str_exact("1234567890.1234567891").unwrap();
        let text = Message::new("grading-passed")
            .arg("total", Arg::Points(huge))
            .arg("pass", Arg::Points(Decimal::from(5)))
            .render(Lang::Ro);
        assert_eq!(
            text,
            "1234567890,1234567891 ≥ 5 puncte: disciplina este promovată."
        );
    }
}
