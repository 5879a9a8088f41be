//! OpenDocument spreadsheets built for the tests (ODF 1.2, part 3: the `mimetype` entry first
//! and stored, the manifest, `content.xml` with one `table:table` per sheet; part 1 §19.385 for
//! the typed values: `float`, `date`, `time` as an ISO 8601 duration, `boolean`, and a formula as
//! `table:formula` in the OpenFormula namespace). Shared by the sheets and Moodle tests.

use std::io::Write;

/// A cell of an ODS sheet.
#[allow(dead_code)]
pub enum OdsCell {
    /// `office:value-type="string"`.
    Text(String),
    /// `office:value-type="float"`, the value as written.
    Float(String),
    /// `office:value-type="date"`: year, month, day.
    Date(u16, u8, u8),
    /// `office:value-type="time"`: hours, minutes.
    Time(u16, u8),
    /// `table:formula="of:…"`, its cached value 60.
    Formula(String),
    /// `office:value-type="boolean"`.
    Bool(bool),
    /// An empty cell.
    Empty,
}

/// The package of `sheets` (name, rows).
pub fn ods_package(sheets: &[(String, Vec<Vec<OdsCell>>)]) -> Vec<u8> {
    let mut content = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"><office:body><office:spreadsheet>"#,
    );
    for (name, rows) in sheets {
        content.push_str(&format!(r#"<table:table table:name="{name}">"#));
        for row in rows {
            content.push_str("<table:table-row>");
            for cell in row {
                content.push_str(&match cell {
                    OdsCell::Text(s) => format!(
                        r#"<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>"#
                    ),
                    OdsCell::Float(n) => format!(
                        r#"<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>"#
                    ),
                    OdsCell::Date(y, m, d) => format!(
                        r#"<table:table-cell office:value-type="date" office:date-value="{y:04}-{m:02}-{d:02}"><text:p>{y:04}-{m:02}-{d:02}</text:p></table:table-cell>"#
                    ),
                    OdsCell::Time(h, m) => format!(
                        r#"<table:table-cell office:value-type="time" office:time-value="PT{h:02}H{m:02}M00S"><text:p>{h:02}:{m:02}</text:p></table:table-cell>"#
                    ),
                    OdsCell::Formula(f) => format!(
                        r#"<table:table-cell table:formula="of:{f}" office:value-type="float" office:value="60"><text:p>60</text:p></table:table-cell>"#
                    ),
                    OdsCell::Bool(b) => format!(
                        r#"<table:table-cell office:value-type="boolean" office:boolean-value="{b}"><text:p>{b}</text:p></table:table-cell>"#
                    ),
                    OdsCell::Empty => "<table:table-cell/>".to_owned(),
                });
            }
            content.push_str("</table:table-row>");
        }
        content.push_str("</table:table>");
    }
    content.push_str("</office:spreadsheet></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}
