use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{Lang, bundle};
use crate::{Grade, Money, RuleId};

/// A typed value a message shows: kept as data, written in a language only when rendered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Points on the course scale (GR-2): `7,25 puncte`; plural forms by the number.
    Points(Decimal),
    /// Any other exact number (credits, an average, a weight): `7,5`; plural forms by the number.
    Number(Decimal),
    /// A number rounded for reading, shown with „≈” (a quiz total of 20/3 points: ≈6,6667).
    About(Decimal),
    /// A count (students, days, questions): plural forms by the number.
    Count(u64),
    /// A grade, in figures and its Romanian word, as the grade register writes it (CA-4):
    /// `7 (șapte)`.
    Grade(Grade),
    /// A calendar date: `20 ianuarie 2026`, `20 January 2026`.
    Date(NaiveDate),
    /// An instant, in Bucharest time (CAL-1), in 24 h: `marți, 20 ianuarie 2026, 14:30 EET`. In
    /// JSON, RFC 3339 in Bucharest time (in UTC before 24 July 1931, when Bucharest's offset had
    /// seconds), so that it reads back as the same instant, written in the same words.
    Instant(#[serde(serialize_with = "crate::time::serialize_in_bucharest")] DateTime<FixedOffset>),
    /// An amount of money: `150,00 lei`, `150.00 RON`.
    Money(Money),
    /// A rule of the catalogue (`GR-4`).
    Rule(RuleId),
    /// A name or an identifier written as given (a course code, an activity, a student).
    Text(Arc<str>),
    /// A word of the regulation's vocabulary, itself a message without arguments, rendered in the
    /// language (`rounding-half-up` → „la jumătate în sus”).
    Term(Cow<'static, str>),
    /// A message inside a message (`minimum 5 puncte`).
    Phrase(Box<Message>),
    /// Messages written one after the other, separated by „; ”.
    List(Vec<Message>),
    /// Values enumerated, separated by „, ” (documents, candidates, words of the regulation).
    Enumeration(Vec<Arg>),
    /// The name of a month, 1–12: `martie`, `March`.
    Month(u32),
    /// Messages written as the terms of a sum, separated by „ + ” (a score's criteria).
    Addends(Vec<Message>),
    /// Labelled values written as the terms of a sum, each as „label value”, separated by
    /// „ + ” (`lab 2,5 + seminar 0 (absent) + exam 4,75`).
    Sum(Vec<(Arc<str>, Arg)>),
    /// A word a policy gives in each language, written in the message's language (what a
    /// selection awards, MO-7: „bursă”, "grant"; „loc în cămin”, "place in the hall of
    /// residence").
    Translated {
        /// In Romanian.
        ro: Arc<str>,
        /// In English.
        en: Arc<str>,
    },
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(Arc::from(text))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(Arc::from(text))
    }
}

impl From<Arc<str>> for Arg {
    fn from(text: Arc<str>) -> Self {
        Arg::Text(text)
    }
}

impl From<&Arc<str>> for Arg {
    /// A shared name: cloning it does not copy the text.
    fn from(text: &Arc<str>) -> Self {
        Arg::Text(Arc::clone(text))
    }
}

impl From<Message> for Arg {
    /// A message inside a message.
    fn from(message: Message) -> Self {
        Arg::Phrase(Box::new(message))
    }
}

impl Arg {
    /// The argument written on its own in `lang`, as a message writes it: a word of the
    /// regulation, a date, a grade, a number with the language's decimal separator.
    pub fn render(&self, lang: Lang) -> String {
        bundle::render_arg(lang, self)
    }
}

impl From<Grade> for Arg {
    fn from(grade: Grade) -> Self {
        Arg::Grade(grade)
    }
}

impl From<NaiveDate> for Arg {
    fn from(date: NaiveDate) -> Self {
        Arg::Date(date)
    }
}

impl From<Money> for Arg {
    fn from(money: Money) -> Self {
        Arg::Money(money)
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

/// What a step of a decision says, as data: a message identifier from the message files and its
/// named, typed arguments. [`Message::render`] writes it in a language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Message {
    /// The message identifier (`grading-total`), the same in every language.
    pub id: Cow<'static, str>,
    /// The arguments, by the names the message uses.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        with = "named_args",
        rename = "args"
    )]
    #[schemars(with = "std::collections::BTreeMap<String, Arg>")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Message {
    /// A message without arguments yet.
    pub fn new(id: &'static str) -> Self {
        Message {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// The same message with one more argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// The argument called `name`, if the message has it.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }

    /// The message written in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        bundle::render(lang, self)
    }

    /// The message written in `lang`, or every problem with it: no text in `lang`, an argument
    /// the text uses that the message does not give. The tests render with it, so that a
    /// missing Romanian text is a failure and never an English sentence in a Romanian document.
    pub fn try_render(&self, lang: Lang) -> Result<String, Vec<String>> {
        bundle::try_render(lang, self)
    }
}

impl fmt::Display for Message {
    /// The message in the language of [`super::in_language`] (English by default).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(super::current()))
    }
}

/// Arguments as a JSON object `{ name: value }`, in their order: how a [`Message`] and a
/// [`crate::Step`] write and read them.
pub(crate) mod named_args {
    use std::borrow::Cow;
    use std::fmt;

    use serde::de::{MapAccess, Visitor};
    use serde::ser::SerializeMap;
    use serde::{Deserializer, Serializer};

    use super::Arg;

    pub(crate) fn serialize<S: Serializer>(
        args: &[(Cow<'static, str>, Arg)],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(args.len()))?;
        for (name, value) in args {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<(Cow<'static, str>, Arg)>, D::Error> {
        struct Named;
        impl<'de> Visitor<'de> for Named {
            type Value = Vec<(Cow<'static, str>, Arg)>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of named arguments")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut args = Vec::new();
                while let Some((name, value)) = map.next_entry::<String, Arg>()? {
                    args.push((Cow::Owned(name), value));
                }
                Ok(args)
            }
        }
        deserializer.deserialize_map(Named)
    }
}

/// A message written as the fields of the object that carries it (a breach, a violation):
/// `message` (its identifier), `args` and `text`, the message in the language of the call
/// ([`super::in_language`]). Read back, `text` is ignored: the message and its arguments are the
/// data. Use with `#[serde(flatten, with = "regula_core::locale::as_fields")]`.
pub mod as_fields {
    use std::borrow::Cow;

    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serializer};

    use super::{Arg, Message, named_args};

    /// Writes `message`, `args` and `text`.
    pub fn serialize<S: Serializer>(message: &Message, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("message", &message.id)?;
        map.serialize_entry("args", &Args(&message.args))?;
        map.serialize_entry("text", &message.render(super::super::current()))?;
        map.end()
    }

    struct Args<'a>(&'a [(Cow<'static, str>, Arg)]);

    impl serde::Serialize for Args<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            named_args::serialize(self.0, serializer)
        }
    }

    #[derive(Deserialize)]
    struct Fields {
        message: Cow<'static, str>,
        #[serde(default, with = "named_args")]
        args: Vec<(Cow<'static, str>, Arg)>,
    }

    /// Reads `message` and `args` (and ignores `text`).
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
        let fields = Fields::deserialize(deserializer)?;
        Ok(Message {
            id: fields.message,
            args: fields.args,
        })
    }
}

/// The JSON Schema of a message written as fields ([`as_fields`]).
#[derive(schemars::JsonSchema)]
#[allow(dead_code)] // only its schema is used
pub struct MessageFields {
    /// The message identifier (`mobility-committee-too-small`), the same in every language.
    message: String,
    /// The message's typed arguments, by name.
    args: std::collections::BTreeMap<String, Arg>,
    /// What is wrong, in one sentence in the language of the call.
    text: String,
}

/// A message kept with the text a person reads: as JSON `{ "message", "args", "text" }`, where
/// `text` is the message in the language of the call and the rest is the same in every language.
/// Where a decision lists reasons, advice or the basis of a date, each is a `Said`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said(pub Message);

impl From<Message> for Said {
    fn from(message: Message) -> Self {
        Said(message)
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Said {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        as_fields::serialize(&self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Said {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        as_fields::deserialize(deserializer).map(Said)
    }
}

impl schemars::JsonSchema for Said {
    fn schema_name() -> Cow<'static, str> {
        MessageFields::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        MessageFields::json_schema(generator)
    }
}
