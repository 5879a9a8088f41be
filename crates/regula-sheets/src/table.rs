//! A table as an XLSX workbook. The writer types cells; it computes nothing.
//!
//! - A decimal literal (`12`, `-3`, `9.33`, `7.50`) is written as a number when the IEEE double
//!   nearest to it reads back, as its shortest form, as the same decimal — what a spreadsheet
//!   shows and what Regula reads back are then the written decimal exactly — with a number format
//!   keeping its decimals (`0.00` for `7.50`). Any other literal (more than 15 significant digits,
//!   a leading zero as in `007`, a leading `+`) stays text.
//! - `YYYY-MM-DD` is written as a date (`yyyy-mm-dd`), `YYYY-MM-DDTHH:MM[:SS]` (or with a space)
//!   as a date and time.
//! - Everything else is text; the first row, the header, is bold text always.

use rust_xlsxwriter::{ExcelDateTime, Format, XlsxError};

/// The content type of an XLSX workbook.
pub const XLSX_MEDIA_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// `rows` (the header first) as an XLSX workbook of one sheet named `sheet`.
pub fn table_to_xlsx(sheet: &str, rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    write(sheet, rows).map_err(|err| format!("cannot write the XLSX workbook: {err}"))
}

fn write(sheet: &str, rows: &[Vec<String>]) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = crate::workbook()?;
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet)?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let date_time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let date_time_s = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    let mut decimals: Vec<Format> = Vec::new();
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32;
        for (c, text) in row.iter().enumerate() {
            let c = c as u16;
            if r == 0 {
                worksheet.write_string_with_format(r, c, text, &bold)?;
                continue;
            }
            if text.is_empty() {
                continue;
            }
            match typed(text) {
                Typed::Number(value, places) => {
                    if places == 0 {
                        worksheet.write_number(r, c, value)?;
                    } else {
                        let places = places.min(15);
                        while decimals.len() < places {
                            let n = decimals.len() + 1;
                            decimals
                                .push(Format::new().set_num_format(format!("0.{}", "0".repeat(n))));
                        }
                        worksheet.write_number_with_format(r, c, value, &decimals[places - 1])?;
                    }
                }
                Typed::Date(y, m, d) => {
                    let day = ExcelDateTime::from_ymd(y, m, d)?;
                    worksheet.write_datetime_with_format(r, c, &day, &date)?;
                }
                Typed::DateTime(y, m, d, h, min, s, with_seconds) => {
                    let at = ExcelDateTime::from_ymd(y, m, d)?.and_hms(h, min, s)?;
                    let format = if with_seconds {
                        &date_time_s
                    } else {
                        &date_time
                    };
                    worksheet.write_datetime_with_format(r, c, &at, format)?;
                }
                Typed::Text => {
                    worksheet.write_string(r, c, text)?;
                }
            }
        }
    }
    if let Some(header) = rows.first() {
        for (c, text) in header.iter().enumerate() {
            let width = text.chars().count().clamp(10, 40) as f64;
            worksheet.set_column_width(c as u16, width)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
    }
    workbook.save_to_buffer()
}

#[derive(Debug, PartialEq)]
enum Typed {
    /// The number and how many decimals its literal shows.
    Number(f64, usize),
    Date(u16, u8, u8),
    DateTime(u16, u8, u8, u16, u8, u8, bool),
    Text,
}

fn typed(text: &str) -> Typed {
    if let Some(number) = exact_number(text) {
        return number;
    }
    date(text).unwrap_or(Typed::Text)
}

/// A decimal literal as a number, when exact in the round trip (see the module's note).
fn exact_number(text: &str) -> Option<Typed> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if int.len() > 1 && int.starts_with('0') {
        return None;
    }
    if let Some(frac) = frac
        && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let significant = int.trim_start_matches('0').len() + frac.map_or(0, str::len);
    if significant > 15 {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    // The shortest form of the double is the literal less its trailing zeros: exact both ways.
    let canonical = match frac.map(|f| f.trim_end_matches('0')) {
        Some(f) if !f.is_empty() => {
            format!("{}.{f}", &text[..text.len() - digits.len() + int.len()])
        }
        _ => text[..text.len() - digits.len() + int.len()].to_owned(),
    };
    let shown = if value == 0.0 {
        "0".to_owned()
    } else {
        value.to_string()
    };
    let canonical = if canonical == "-0" {
        "0".to_owned()
    } else {
        canonical
    };
    (shown == canonical).then(|| Typed::Number(value, frac.map_or(0, str::len)))
}

fn date(text: &str) -> Option<Typed> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |s: &str| -> Option<u16> {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let y = num(text.get(0..4)?)?;
    let m = num(text.get(5..7)?)? as u8;
    let d = num(text.get(8..10)?)? as u8;
    chrono::NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))?;
    if b.len() == 10 {
        return Some(Typed::Date(y, m, d));
    }
    if b[10] != b'T' && b[10] != b' ' {
        return None;
    }
    let rest = text.get(11..)?;
    let time = chrono::NaiveTime::parse_from_str(rest, "%H:%M:%S")
        .map(|t| (t, true))
        .or_else(|_| chrono::NaiveTime::parse_from_str(rest, "%H:%M").map(|t| (t, false)))
        .ok()?;
    use chrono::Timelike;
    let (t, with_seconds) = time;
    Some(Typed::DateTime(
        y,
        m,
        d,
        t.hour() as u16,
        t.minute() as u8,
        t.second() as u8,
        with_seconds,
    ))
}

#[cfg(test)]
mod tests {
    use super::{Typed, typed};

    #[test]
    fn cells_are_typed_exactly() {
        assert_eq!(typed("12"), Typed::Number(12.0, 0));
        assert_eq!(typed("-3"), Typed::Number(-3.0, 0));
        assert_eq!(typed("9.33"), Typed::Number(9.33, 2));
        assert_eq!(typed("7.50"), Typed::Number(7.5, 2));
        assert_eq!(typed("0"), Typed::Number(0.0, 0));
        assert_eq!(typed("007"), Typed::Text);
        assert_eq!(typed("+5"), Typed::Text);
        assert_eq!(typed("1234567890123456"), Typed::Text);
        assert_eq!(typed("0.1234567890123456"), Typed::Text);
        assert_eq!(typed("5."), Typed::Text);
        assert_eq!(typed("2022-01-17"), Typed::Date(2022, 1, 17));
        assert_eq!(typed("2022-02-30"), Typed::Text);
        assert_eq!(
            typed("2022-01-17T09:00"),
            Typed::DateTime(2022, 1, 17, 9, 0, 0, false)
        );
        assert_eq!(typed("NAV-2-A"), Typed::Text);
        assert_eq!(typed("zece"), Typed::Text);
    }
}
