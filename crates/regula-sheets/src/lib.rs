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
//! - [`FileInput`]: how every command that reads a document takes it (`{"file": {"media_type",
//!   "text" | "base64"}}`), and [`read_table`]: a CSV, XLSX or ODS document (the first sheet)
//!   read into cells that know their place, for the importers (Moodle's exports).
//!
//! Bytes in, bytes out: no paths, no I/O.

#![forbid(unsafe_code)]

pub mod cells;
mod csv;
mod document;
mod plan;
mod problem;
mod table;
mod template;

pub use cells::{Cell, Place, Table, Value, read as read_table};
pub use csv::parse_csv;
pub use document::{FileInput, MediaType, decode_base64, encode_base64};
pub use plan::{ImportedPlan, read_plan};
pub use problem::{Problem, Problems};
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
    format!("{}{}", cells::column_letters(col + 1), row + 1)
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
