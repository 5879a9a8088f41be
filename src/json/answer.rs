//! What the boundary gives back, and what a call may carry besides its request.

use std::fmt;
use std::ops::ControlFlow;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Error, ErrorKind};
use crate::calendar::Instant;
use crate::locale::Lang;
use crate::scheduling::Progress;
use crate::scheduling::export::Audience;

/// A decided command: its JSON response (the stable machine form) and its readable form.
pub struct Answer {
    json: Value,
    text: Box<dyn fmt::Display + Send>,
    lang: Lang,
    /// Reads the JSON back into the response's Rust type; `None` for a document, which is
    /// written, not read.
    reread: Option<Reread>,
    /// The bytes of a binary document (an XLSX workbook), which its JSON carries in base64.
    bytes: Option<Vec<u8>>,
}

/// Reads a response's JSON back into its Rust type and writes it again.
type Reread = fn(&Value) -> Result<Value, Error>;

impl Answer {
    /// The answer of a decision, in the language in force ([`crate::locale::in_language`]).
    pub(super) fn new<T>(response: T) -> Result<Self, Error>
    where
        T: Serialize + DeserializeOwned + fmt::Display + Send + 'static,
    {
        Answer::of(response, Some(reread::<T>))
    }

    /// The answer of a document ([`Rendered`]): JSON and text, with nothing to read back.
    pub(super) fn document<T: Serialize + fmt::Display + Send + 'static>(
        response: T,
    ) -> Result<Self, Error> {
        Answer::of(response, None)
    }

    /// The answer of a binary document: JSON `{ "media_type", "body" (base64), "encoding":
    /// "base64" }`, and the bytes themselves for adapters that write them
    /// ([`Answer::document_bytes`]).
    pub(super) fn binary(media_type: &'static str, bytes: Vec<u8>) -> Result<Self, Error> {
        let rendered = Rendered {
            media_type,
            body: crate::sheets::encode_base64(&bytes),
            encoding: Some("base64"),
        };
        let mut answer = Answer::of(rendered, None)?;
        answer.bytes = Some(bytes);
        Ok(answer)
    }

    /// The bytes of a binary document (an XLSX workbook); `None` for JSON and text documents,
    /// whose bytes are [`Answer::to_text`]'s.
    pub fn document_bytes(&self) -> Option<&[u8]> {
        self.bytes.as_deref()
    }

    fn of<T: Serialize + fmt::Display + Send + 'static>(
        response: T,
        reread: Option<Reread>,
    ) -> Result<Self, Error> {
        Ok(Answer {
            json: to_json(&response)?,
            text: Box::new(response),
            lang: crate::locale::current(),
            reread,
            bytes: None,
        })
    }

    /// The decision read back from its JSON into its Rust type (the `Response<…>` of
    /// `docs/cli.md`) and written again: what a caller that stores a decision and reads it
    /// later gets, its explanations written again in the answer's language. It equals
    /// [`Answer::json`] for every decision — the conformance tests and the `json_boundary` fuzz
    /// target check it (issue #17). `None` for a document.
    pub fn read_back(&self) -> Option<Result<Value, Error>> {
        let reread = self.reread?;
        Some(crate::locale::in_language(self.lang, || reread(&self.json)))
    }

    /// The response as JSON, as `docs/cli.md` documents it.
    pub fn json(&self) -> &Value {
        &self.json
    }

    /// The response as JSON text, indented, with a final newline.
    pub fn to_json_string(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.json).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The readable form: the decision and the rules that made it, citing their articles; for a
    /// document command, the document itself.
    pub fn to_text(&self) -> String {
        crate::locale::in_language(self.lang, || self.text.to_string())
    }

    /// The language of the answer's text.
    pub fn lang(&self) -> Lang {
        self.lang
    }
}

fn to_json<T: Serialize>(response: &T) -> Result<Value, Error> {
    serde_json::to_value(response).map_err(|err| {
        Error::new(
            ErrorKind::InvalidRequest,
            format!("cannot render the decision as JSON: {err}"),
        )
    })
}

fn reread<T: Serialize + DeserializeOwned>(json: &Value) -> Result<Value, Error> {
    let response = T::deserialize(json).map_err(|err| {
        Error::new(
            ErrorKind::InvalidRequest,
            format!("the decision does not read back from its JSON: {err}"),
        )
    })?;
    to_json(&response)
}

impl fmt::Debug for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Answer").field("json", &self.json).finish()
    }
}

/// The kinds of document a document command writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// Plain text.
    Text,
    /// A printable HTML page.
    Html,
    /// CSV, one line per row.
    Csv,
    /// iCalendar (RFC 5545), one person's or group's events.
    ICalendar,
    /// An XLSX workbook (Office Open XML, ECMA-376): binary, base64 in JSON.
    Xlsx,
}

impl DocumentKind {
    /// Its media type: what HTTP's `Accept` names it by.
    pub fn media_type(self) -> &'static str {
        match self {
            DocumentKind::Text => "text/plain",
            DocumentKind::Html => "text/html",
            DocumentKind::Csv => "text/csv",
            DocumentKind::ICalendar => "text/calendar",
            DocumentKind::Xlsx => crate::sheets::XLSX_MEDIA_TYPE,
        }
    }
}

/// The document a document command is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    /// Plain text.
    Text,
    /// A printable HTML page.
    Html,
    /// CSV.
    Csv,
    /// iCalendar of one audience, stamped with an instant (DTSTAMP) — "now" is always given.
    ICalendar {
        /// Whose events.
        audience: Audience,
        /// The export's timestamp.
        stamp: Instant,
    },
    /// An XLSX workbook.
    Xlsx,
}

impl Document {
    /// Which kind of document this is.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Text => DocumentKind::Text,
            Document::Html => DocumentKind::Html,
            Document::Csv => DocumentKind::Csv,
            Document::ICalendar { .. } => DocumentKind::ICalendar,
            Document::Xlsx => DocumentKind::Xlsx,
        }
    }
}

/// A document a command wrote: JSON `{ "media_type", "body" }`; as text, the body itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Rendered {
    /// `text/plain`, `text/html`, `text/csv`, `text/calendar` or
    /// `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (XLSX).
    pub media_type: &'static str,
    /// The document; in base64 when `encoding` says so (a binary document).
    pub body: String,
    /// `base64` for a binary document (XLSX); absent for text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<&'static str>,
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.body)
    }
}

/// A callback that sees a search's progress and may stop it.
pub type ProgressCallback<'a> = &'a mut dyn FnMut(&Progress) -> ControlFlow<()>;

/// What a call carries besides its request: the document wanted from a document command, and a
/// progress callback for the long-running search of `schedule solve`.
#[derive(Default)]
pub struct Context<'a> {
    /// The document for a document command (`schedule export`, `catalog export`, …); each command's first kind when
    /// absent.
    pub document: Option<Document>,
    /// Sees the solver's reports and may stop it (`schedule solve`); the solver runs to its own
    /// iteration budget when absent.
    pub progress: Option<ProgressCallback<'a>>,
    /// The language of everything a person reads in the answer (explanations, documents); the
    /// policy's `language` when absent, else English. Machine fields (rule ids, statuses, numbers, message identifiers)
    /// are the same in every language.
    pub lang: Option<Lang>,
    /// The key that seals the checkpoints of step-by-step registers (`counselling record`): with
    /// it, an answer carries a sealed checkpoint and a request may send one instead of the whole
    /// file; without it, neither.
    pub seal_key: Option<&'a crate::seal::SealKey>,
}

impl fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Context")
            .field("document", &self.document)
            .field("progress", &self.progress.is_some())
            .field("lang", &self.lang)
            .field("seal_key", &self.seal_key)
            .finish()
    }
}
