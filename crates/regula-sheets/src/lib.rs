//! Spreadsheets in and out (issue #29).
//!
//! - [`read_plan`]: an exam session's plan read from an XLSX or ODS workbook following the
//!   template that [`template`] writes and `docs/spreadsheets.md` documents, sheet by sheet and
//!   column by column. Every problem names its place (`Exams!C7`); every row or column left out
//!   is returned as a warning with its reason; nothing panics on a corrupt file.
//! - [`table_to_xlsx`]: a table (the rows a CSV export already wrote, header first) as an XLSX
//!   workbook: numbers as numbers where exact, ISO dates as dates, everything else as text. The
//!   writer computes nothing: it types the cells of rows it is given.
//!
//! Bytes in, bytes out: no paths, no I/O.

#![forbid(unsafe_code)]

mod csv;
mod plan;
mod table;
mod template;

pub use csv::parse_csv;
pub use plan::{ImportedPlan, Problem, SheetErrors, read_plan};
pub use table::{XLSX_MEDIA_TYPE, table_to_xlsx};
pub use template::{SHEETS, SheetSpec, plan_to_workbook, template};

/// A new workbook whose properties are fixed (created 2000-01-01T00:00:00Z), so that the same
/// rows always give the same bytes.
fn workbook() -> Result<rust_xlsxwriter::Workbook, rust_xlsxwriter::XlsxError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let created = rust_xlsxwriter::ExcelDateTime::from_ymd(2000, 1, 1)?;
    workbook.set_properties(
        &rust_xlsxwriter::DocProperties::new()
            .set_creation_datetime(&created)
            .set_author("Regula"),
    );
    Ok(workbook)
}

/// The A1 name of a cell: row and column from 0 (`(6, 2)` → `C7`).
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), row + 1)
}

#[cfg(test)]
mod tests {
    use super::cell_name;

    #[test]
    fn a1_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 2), "C7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(cell_name(9, 702), "AAA10");
    }
}
