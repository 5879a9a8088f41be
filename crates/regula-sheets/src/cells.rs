//! A document read into a table of cells, each with the place it was read from: CSV (comma,
//! semicolon or tab, RFC 4180 quoting, UTF-8 with or without a byte-order mark) through the `csv`
//! crate, XLSX and ODS (the first sheet) through `calamine`. No I/O: the document is bytes.

use std::fmt;
use std::io::Cursor;

use crate::{MediaType, Problem, Problems};
use calamine::{Data, Reader};
use rust_decimal::Decimal;

/// Where a cell was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A CSV line and column, both from 1.
    Csv {
        /// The line (1 is the header).
        line: u64,
        /// The column.
        column: usize,
    },
    /// A spreadsheet cell: `Sheet1!C7`.
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// The row, from 1.
        row: u32,
        /// The column, from 1.
        column: u32,
    },
}

/// The letters of a spreadsheet column (1 → `A`, 27 → `AA`).
pub fn column_letters(mut column: u32) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        letters.push(b'A' + rem as u8);
        column = (column - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Csv { line, column } => write!(f, "line {line}, column {column}"),
            Place::Sheet { sheet, row, column } => {
                write!(f, "{sheet}!{}{row}", column_letters(*column))
            }
        }
    }
}

/// What a cell holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text (every CSV cell; a spreadsheet's text cell), trimmed.
    Text(String),
    /// A spreadsheet number, read exactly.
    Number(Decimal),
    /// A spreadsheet number with no short decimal form (more than 15 significant digits: the
    /// result of a computation, not a typed grade), as the spreadsheet holds it.
    Inexact(String),
    /// A formula: its text.
    Formula(String),
    /// Anything else a spreadsheet holds (an error value, a date, a boolean), described.
    Other(String),
}

/// A cell and where it was read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// Where.
    pub place: Place,
    /// What.
    pub value: Value,
}

impl Cell {
    /// The text of a text cell, trimmed; `""` for an empty one; the shortest decimal of a number.
    pub fn text(&self) -> String {
        match &self.value {
            Value::Empty => String::new(),
            Value::Text(t) => t.clone(),
            Value::Number(d) => d.normalize().to_string(),
            Value::Inexact(t) | Value::Formula(t) | Value::Other(t) => t.clone(),
        }
    }

    /// The cell as an exact decimal: a number cell, or a text that is one (`7.5`, `7,5` with a
    /// decimal comma). `Ok(None)` for an empty cell or a text no number is written in.
    pub fn decimal(&self) -> Result<Option<Decimal>, Problem> {
        match &self.value {
            Value::Empty => Ok(None),
            Value::Number(d) => Ok(Some(*d)),
            Value::Text(t) => Ok(parse_decimal(t)),
            Value::Inexact(t) => Err(Problem::new(
                &self.place,
                format!(
                    "the number {t} has no exact short decimal form (a computed value?); type the grade as a decimal"
                ),
            )),
            Value::Formula(t) => Err(Problem::new(
                &self.place,
                format!("a formula (`{t}`) where a grade is expected: export the values"),
            )),
            Value::Other(t) => Err(Problem::new(
                &self.place,
                format!("{t} where a grade is expected"),
            )),
        }
    }
}

/// An exact decimal written with a decimal point or a decimal comma (`7.5`, `7,5`, `-`-free), no
/// thousands separator; `None` when the text is not one.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let text = text.trim();
    if text.is_empty()
        || !text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',' || b == b'-' || b == b'+')
    {
        return None;
    }
    let separators = text.bytes().filter(|b| *b == b'.' || *b == b',').count();
    if separators > 1 {
        return None;
    }
    text.replace(',', ".").parse::<Decimal>().ok()
}

/// A table read from a document: its rows, each a list of cells; the first row is the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Every row, the header first; empty trailing rows dropped.
    pub rows: Vec<Vec<Cell>>,
}

/// Reads `bytes` as `media_type`: CSV with `separator` (guessed from the header line when
/// `None`), or the first sheet of a workbook.
pub fn read(media_type: MediaType, bytes: &[u8], separator: Option<u8>) -> Result<Table, Problems> {
    match media_type {
        MediaType::Csv => read_csv(bytes, separator),
        MediaType::Xlsx | MediaType::Ods => read_workbook(media_type, bytes),
    }
}

/// The separator of a CSV header line: the most frequent of comma, semicolon and tab outside
/// quotes (comma on a tie).
fn guess_separator(bytes: &[u8]) -> u8 {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header {
        if *b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (sep, n) in &mut counts {
                if b == sep {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .fold((b',', 0), |best, c| if c.1 > best.1 { *c } else { best })
        .0
}

fn read_csv(bytes: &[u8], separator: Option<u8>) -> Result<Table, Problems> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let separator = separator.unwrap_or_else(|| guess_separator(bytes));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut width = None;
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(err) => {
                let line = err.position().map_or(0, csv::Position::line);
                problems.push(Problem::at(
                    format!("line {line}"),
                    format!("not readable as CSV: {err}"),
                ));
                break;
            }
        }
        let line = record.position().map_or(0, csv::Position::line);
        if record.len() == 1 && record.get(0).is_some_and(|f| f.trim_ascii().is_empty()) {
            continue;
        }
        match width {
            None => width = Some(record.len()),
            Some(w) if w != record.len() => problems.push(Problem::at(
                format!("line {line}"),
                format!(
                    "a ragged row: {} fields where the header has {w} (is the separator `{}`?)",
                    record.len(),
                    char::from(separator).escape_default()
                ),
            )),
            Some(_) => {}
        }
        let mut row = Vec::with_capacity(record.len());
        for (i, field) in record.iter().enumerate() {
            let place = Place::Csv {
                line,
                column: i + 1,
            };
            let Ok(text) = std::str::from_utf8(field) else {
                problems.push(Problem::new(
                    &place,
                    "not UTF-8 text (export the CSV as UTF-8)",
                ));
                continue;
            };
            let text = text.trim();
            let value = if text.is_empty() {
                Value::Empty
            } else {
                Value::Text(text.to_owned())
            };
            row.push(Cell { place, value });
        }
        rows.push(row);
    }
    if problems.is_empty() {
        Ok(Table { rows })
    } else {
        Err(Problems(problems))
    }
}

/// The exact decimal a spreadsheet's binary number was typed as: the shortest decimal that reads
/// back as the same number (Rust's `Display` of `f64`), when it has at most 15 significant digits
/// — every decimal of up to 15 digits is read back so; a longer one is the result of a
/// computation, refused where a grade is read.
pub fn decimal_of_float(value: f64) -> Value {
    if !value.is_finite() {
        return Value::Other(format!("the number {value}"));
    }
    let text = format!("{value}");
    let digits = text
        .bytes()
        .filter(u8::is_ascii_digit)
        .skip_while(|b| *b == b'0')
        .count();
    match text.parse::<Decimal>() {
        Ok(d) if digits <= 15 => Value::Number(d),
        _ => Value::Inexact(text),
    }
}

fn read_workbook(media_type: MediaType, bytes: &[u8]) -> Result<Table, Problems> {
    let kind = match media_type {
        MediaType::Ods => "ODS",
        _ => "XLSX",
    };
    let corrupt = |err: &dyn fmt::Display| {
        Problems(vec![Problem::at(
            kind,
            format!("not a readable {kind} workbook: {err}"),
        )])
    };
    let cursor = Cursor::new(bytes);
    let (name, range, formulas) = match media_type {
        MediaType::Ods => {
            let mut book: calamine::Ods<_> =
                calamine::open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            let name = first_sheet(&book.sheet_names(), kind)?;
            let range = book.worksheet_range(&name).map_err(|e| corrupt(&e))?;
            let formulas = book.worksheet_formula(&name).map_err(|e| corrupt(&e))?;
            (name, range, formulas)
        }
        _ => {
            let mut book: calamine::Xlsx<_> =
                calamine::open_workbook_from_rs(cursor).map_err(|e| corrupt(&e))?;
            let name = first_sheet(&book.sheet_names(), kind)?;
            let range = book.worksheet_range(&name).map_err(|e| corrupt(&e))?;
            let formulas = book.worksheet_formula(&name).map_err(|e| corrupt(&e))?;
            (name, range, formulas)
        }
    };
    let Some((top, left)) = range.start() else {
        return Ok(Table { rows: Vec::new() });
    };
    let mut rows = Vec::with_capacity(range.height());
    for (r, cells) in range.rows().enumerate() {
        let row_index = top + r as u32;
        let mut row = Vec::with_capacity(cells.len());
        // The table starts at column A whatever the range's first column: place columns right.
        for column in 0..left {
            row.push(Cell {
                place: Place::Sheet {
                    sheet: name.clone(),
                    row: row_index + 1,
                    column: column + 1,
                },
                value: Value::Empty,
            });
        }
        for (c, data) in cells.iter().enumerate() {
            let column = left + c as u32;
            let place = Place::Sheet {
                sheet: name.clone(),
                row: row_index + 1,
                column: column + 1,
            };
            let formula = formulas
                .get_value((row_index, column))
                .filter(|f| !f.is_empty());
            let value = match (formula, data) {
                (Some(f), _) => Value::Formula(formula_text(f)),
                (None, Data::Empty) => Value::Empty,
                (None, Data::String(s)) => {
                    let s = s.trim();
                    if s.is_empty() {
                        Value::Empty
                    } else {
                        Value::Text(s.to_owned())
                    }
                }
                (None, Data::Int(i)) => Value::Number(Decimal::from(*i)),
                (None, Data::Float(f)) => decimal_of_float(*f),
                (None, Data::Bool(b)) => Value::Other(format!("the boolean {b}")),
                (None, Data::DateTime(d)) => Value::Other(format!("a date ({d})")),
                (None, Data::DateTimeIso(d)) => Value::Other(format!("a date ({d})")),
                (None, Data::DurationIso(d)) => Value::Other(format!("a duration ({d})")),
                (None, Data::Error(e)) => Value::Other(format!("the error value {e}")),
            };
            row.push(Cell { place, value });
        }
        rows.push(row);
    }
    while rows
        .last()
        .is_some_and(|r| r.iter().all(|c| c.value == Value::Empty))
    {
        rows.pop();
    }
    Ok(Table { rows })
}

/// A formula as a person typed it: `=30*2`, whether the workbook stores it bare (XLSX: `30*2`)
/// or in the OpenFormula namespace (ODS: `of:=30*2`).
pub(crate) fn formula_text(stored: &str) -> String {
    let bare = stored.strip_prefix("of:").unwrap_or(stored);
    format!("={}", bare.strip_prefix('=').unwrap_or(bare))
}

fn first_sheet(names: &[String], kind: &str) -> Result<String, Problems> {
    names
        .first()
        .cloned()
        .ok_or_else(|| Problems(vec![Problem::at(kind, "the workbook has no sheet")]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
    }

    #[test]
    fn decimals_are_read_with_a_point_or_a_comma() {
        assert_eq!(parse_decimal("7,25"), Some(Decimal::new(725, 2)));
        assert_eq!(parse_decimal("7.25"), Some(Decimal::new(725, 2)));
        assert_eq!(parse_decimal("1.234,5"), None);
        assert_eq!(parse_decimal("abc"), None);
    }

    #[test]
    fn floats_are_the_decimals_typed() {
        assert_eq!(decimal_of_float(8.3), Value::Number(Decimal::new(83, 1)));
        assert_eq!(decimal_of_float(0.1), Value::Number(Decimal::new(1, 1)));
        assert!(matches!(decimal_of_float(1.0 / 3.0), Value::Inexact(_)));
    }

    #[test]
    fn the_separator_is_guessed_from_the_header() {
        assert_eq!(guess_separator(b"a;b;\"c,d\"\n1;2;3"), b';');
        assert_eq!(guess_separator(b"a\tb\tc"), b'\t');
        assert_eq!(guess_separator(b"a,b"), b',');
    }
}
