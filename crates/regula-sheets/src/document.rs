//! A file given in a request: a Moodle export, a session-plan workbook. Every command that reads
//! a document takes it the same way, as `{"file": {"media_type", "name"?, "text" | "base64"}}`
//! beside its other fields; the adapters build it from a file's bytes (the CLI), a body and its
//! content type (HTTP) or bytes (Python).

use std::borrow::Cow;

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::Problem;

/// The formats of a document a command reads, named by their media types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum MediaType {
    /// CSV (RFC 4180; Moodle's "Export to text file"): `.csv`, `.txt`, `.tsv`.
    #[serde(rename = "text/csv", alias = "csv", alias = "text/plain")]
    Csv,
    /// An Excel workbook (Office Open XML, ECMA-376): `.xlsx`.
    #[serde(
        rename = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        alias = "xlsx"
    )]
    Xlsx,
    /// An OpenDocument spreadsheet (ISO/IEC 26300): `.ods`.
    #[serde(
        rename = "application/vnd.oasis.opendocument.spreadsheet",
        alias = "ods"
    )]
    Ods,
}

/// The media type of an OpenDocument spreadsheet, which its package stores first, uncompressed,
/// as the `mimetype` entry (ODF 1.2, part 3, §3.3).
const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

impl MediaType {
    /// Every format, CSV first.
    pub const ALL: [MediaType; 3] = [MediaType::Csv, MediaType::Xlsx, MediaType::Ods];

    /// The workbooks: XLSX and ODS.
    pub const WORKBOOKS: [MediaType; 2] = [MediaType::Xlsx, MediaType::Ods];

    /// The media type (`text/csv`).
    pub fn as_str(self) -> &'static str {
        match self {
            MediaType::Csv => "text/csv",
            MediaType::Xlsx => crate::XLSX_MEDIA_TYPE,
            MediaType::Ods => ODS,
        }
    }

    /// The format of a media type (its parameters, `; charset=utf-8`, ignored), or of its short
    /// name (`csv`, `xlsx`, `ods`).
    pub fn from_media_type(text: &str) -> Option<MediaType> {
        let bare = text.split(';').next().unwrap_or("").trim();
        MediaType::ALL.into_iter().find(|m| {
            m.as_str().eq_ignore_ascii_case(bare) || m.short_name().eq_ignore_ascii_case(bare)
        })
    }

    /// The format of a file name's extension (`.csv`, `.txt`, `.tsv`, `.xlsx`, `.ods`).
    pub fn from_file_name(name: &str) -> Option<MediaType> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "csv" | "txt" | "tsv" => Some(MediaType::Csv),
            "xlsx" => Some(MediaType::Xlsx),
            "ods" => Some(MediaType::Ods),
            _ => None,
        }
    }

    /// The format the bytes themselves show: a zip archive whose first entry says it is an
    /// OpenDocument spreadsheet is ODS, any other zip archive XLSX, anything else CSV.
    pub fn of_bytes(bytes: &[u8]) -> MediaType {
        if !bytes.starts_with(b"PK\x03\x04") {
            return MediaType::Csv;
        }
        let head = &bytes[..bytes.len().min(128)];
        if head.windows(ODS.len()).any(|w| w == ODS.as_bytes()) {
            MediaType::Ods
        } else {
            MediaType::Xlsx
        }
    }

    /// The short name: `csv`, `xlsx`, `ods`.
    pub fn short_name(self) -> &'static str {
        match self {
            MediaType::Csv => "csv",
            MediaType::Xlsx => "xlsx",
            MediaType::Ods => "ods",
        }
    }
}

/// A document given in a request: its media type and its bytes, as text (CSV) or base64 (any).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FileInput {
    /// `text/csv`, `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or
    /// `application/vnd.oasis.opendocument.spreadsheet` (`csv`, `xlsx`, `ods` too).
    pub media_type: MediaType,
    /// The file's name, for the messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The document as text (CSV only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The document's bytes in base64 (RFC 4648, standard alphabet, padded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<String>,
}

impl FileInput {
    /// The document `bytes` of `media_type`: CSV that is UTF-8 as `text`, anything else in
    /// `base64`.
    pub fn new(media_type: MediaType, name: Option<String>, bytes: &[u8]) -> FileInput {
        let (text, base64) = match std::str::from_utf8(bytes) {
            Ok(text) if media_type == MediaType::Csv => (Some(text.to_owned()), None),
            _ => (None, Some(encode_base64(bytes))),
        };
        FileInput {
            media_type,
            name,
            text,
            base64,
        }
    }

    /// The document's bytes. Errors name the field: `file.text` for a workbook given as text,
    /// `file.base64` for what is not base64, `file` when neither or both are given.
    pub fn bytes(&self) -> Result<Cow<'_, [u8]>, Problem> {
        match (&self.text, &self.base64) {
            (Some(text), None) if self.media_type == MediaType::Csv => {
                Ok(Cow::Borrowed(text.as_bytes()))
            }
            (Some(_), None) => Err(Problem::at(
                "file.text",
                format!(
                    "a {} workbook is binary: give it as `base64`",
                    self.media_type.short_name().to_uppercase()
                ),
            )),
            (None, Some(b64)) => decode_base64(b64)
                .map(Cow::Owned)
                .map_err(|e| Problem::at("file.base64", e)),
            _ => Err(Problem::at(
                "file",
                "give the document as exactly one of `text` or `base64`",
            )),
        }
    }

    /// The bytes of a workbook (XLSX or ODS); a CSV document is refused, naming `file.media_type`.
    pub fn workbook_bytes(&self) -> Result<Cow<'_, [u8]>, Problem> {
        if self.media_type == MediaType::Csv {
            return Err(Problem::at(
                "file.media_type",
                "`text/csv` where a workbook (XLSX or ODS) is expected: a CSV file holds one sheet",
            ));
        }
        self.bytes()
    }
}

/// `bytes` in base64 (RFC 4648 §4, standard alphabet, padded): how a binary document travels in
/// JSON, in a request's `file` and in a response's rendered document.
pub fn encode_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The bytes of base64 text (RFC 4648 §4; surrounding white space ignored); the error says why
/// it is not base64.
pub fn decode_base64(text: &str) -> Result<Vec<u8>, String> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| format!("not base64: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_told_by_name_type_or_bytes() {
        assert_eq!(
            MediaType::from_media_type("text/csv; charset=utf-8"),
            Some(MediaType::Csv)
        );
        assert_eq!(MediaType::from_media_type("ODS"), Some(MediaType::Ods));
        assert_eq!(
            MediaType::from_file_name("Note.XLSX"),
            Some(MediaType::Xlsx)
        );
        assert_eq!(MediaType::from_file_name("plan.pdf"), None);
        assert_eq!(MediaType::of_bytes(b"a,b\n1,2"), MediaType::Csv);
        let mut ods = b"PK\x03\x04".to_vec();
        ods.extend_from_slice(&[0; 26]);
        ods.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
        assert_eq!(MediaType::of_bytes(&ods), MediaType::Ods);
        assert_eq!(
            MediaType::of_bytes(b"PK\x03\x04[Content_Types].xml"),
            MediaType::Xlsx
        );
    }

    #[test]
    fn a_document_round_trips_through_its_json() {
        let csv = FileInput::new(MediaType::Csv, None, b"a;b\n1,5;2");
        assert_eq!(csv.text.as_deref(), Some("a;b\n1,5;2"));
        assert_eq!(&*csv.bytes().unwrap(), b"a;b\n1,5;2");
        let xlsx = FileInput::new(MediaType::Xlsx, Some("p.xlsx".into()), b"PK\x03\x04\xff");
        assert_eq!(xlsx.base64.as_deref(), Some("UEsDBP8="));
        assert_eq!(&*xlsx.bytes().unwrap(), b"PK\x03\x04\xff");
        let bad = FileInput {
            base64: Some("%%".into()),
            ..xlsx.clone()
        };
        assert_eq!(bad.bytes().unwrap_err().place, "file.base64");
        let both = FileInput {
            text: Some("x".into()),
            ..xlsx
        };
        assert_eq!(both.bytes().unwrap_err().place, "file");
        assert_eq!(csv.workbook_bytes().unwrap_err().place, "file.media_type");
    }
}
