//! The catalog as CSV (one row per student, four session columns) and as a printable HTML page
//! laid out like the official form: header, columns, corrections struck in red, signatures.

use std::fmt::Write;

use regula_core::html_escape;

use crate::catalog::{Catalog, Cell, Incomplete};
use crate::model::Mark;
use crate::policy::CatalogPolicy;

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn mark_number(mark: Mark) -> String {
    match mark {
        Mark::Grade(g) => g.to_string(),
        Mark::Absent => "absent".into(),
    }
}

/// The catalog as CSV: one line per student in the catalog's order, with the policy's session
/// columns (session, date, mark, the mark in words, signatures, values struck out).
pub fn to_csv(catalog: &Catalog, policy: &CatalogPolicy) -> String {
    let columns = policy.columns as usize;
    let mut out = String::from("nr,student,name,recognised");
    for k in 1..=columns {
        let _ = write!(
            out,
            ",session_{k},date_{k},mark_{k},in_words_{k},signatures_{k},struck_{k}"
        );
    }
    out.push_str("\r\n");
    for (i, (student, row)) in catalog.students.iter().zip(&catalog.rows).enumerate() {
        let mut line = vec![
            (i + 1).to_string(),
            field(&student.id),
            field(&student.name.to_string()),
            student
                .recognised
                .map(|g| field(&g.in_words()))
                .unwrap_or_default(),
        ];
        for k in 0..columns {
            match row.cells.get(k) {
                Some(c) => {
                    let mut struck: Vec<String> =
                        c.corrections.iter().map(|x| mark_number(x.from)).collect();
                    // GR-11: an annulled result is struck as a whole.
                    if c.annulled.is_some() {
                        struck.push(format!("{} (annulled, GR-11)", mark_number(c.mark)));
                    }
                    line.extend([
                        field(&c.session),
                        c.exam_day.to_string(),
                        mark_number(c.mark),
                        field(&c.mark.in_words()),
                        field(&c.signatures.join("; ")),
                        field(&struck.join("; ")),
                    ]);
                }
                None => line.extend(std::iter::repeat_n(String::new(), 6)),
            }
        }
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn cell_html(cell: &Cell, missing: Option<&Incomplete>) -> String {
    let mut out = String::new();
    // CA-6: each earlier value struck out in red, the new one written above it in red.
    for c in &cell.corrections {
        let _ = write!(
            out,
            "<s class=\"struck\">{}</s> ",
            html_escape(&c.from.in_words())
        );
    }
    let class = if cell.corrections.is_empty() {
        "mark"
    } else {
        "mark corrected"
    };
    let _ = write!(
        out,
        "<span class=\"{class}\">{}</span><br><small>{} · {}</small><br><small class=\"sig\">{}</small>",
        html_escape(&cell.mark.in_words()),
        html_escape(&cell.session),
        cell.exam_day.format("%d.%m.%Y"),
        if cell.signatures.is_empty() {
            "— unsigned —".to_owned()
        } else {
            html_escape(&cell.signatures.join(", "))
        }
    );
    // GR-11: an annulled result stays visible, struck, with the Dean's decision.
    if let Some(a) = &cell.annulled {
        let _ = write!(
            out,
            "<br><small class=\"struck\">annulat de {} la {}: {}{}</small>",
            html_escape(&a.by),
            a.at.local_date().format("%d.%m.%Y"),
            html_escape(&a.reason),
            if a.retake_ordered {
                "; examen repetat"
            } else {
                ""
            }
        );
    }
    if let Some(m) = missing {
        let missing = regula_core::locale::Message::new("catalog-missing")
            .arg("missing", crate::catalog::missing(&m.missing));
        let _ = write!(
            out,
            "<br><small class=\"missing\">{}</small>",
            html_escape(&missing.to_string())
        );
    }
    out
}

/// The catalog as a printable A4-landscape HTML page, laid out like the official form; an entry
/// lacking a signature (CA-5) says which.
pub fn to_html(catalog: &Catalog, policy: &CatalogPolicy) -> String {
    let columns = policy.columns as usize;
    let incomplete = catalog.incomplete(policy);
    let h = &catalog.header;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"ro\">\n<head>\n<meta charset=\"utf-8\">\n<title>Catalog {id} — {course}</title>\n<style>\n\
@page {{ size: A4 landscape; margin: 12mm; }}\n\
body {{ font-family: 'Times New Roman', serif; font-size: 11pt; color: #000; }}\n\
h1 {{ text-align: center; font-size: 16pt; margin: 4mm 0; letter-spacing: 2pt; }}\n\
table.header td {{ padding: 1mm 4mm 1mm 0; }}\n\
table.grid {{ border-collapse: collapse; width: 100%; margin-top: 4mm; table-layout: fixed; }}\n\
table.grid col.session {{ width: {session_width}%; }}\n\
.missing {{ color: #c00; font-style: italic; }}\n\
table.grid th, table.grid td {{ border: 1px solid #000; padding: 1.5mm; vertical-align: top; }}\n\
table.grid th {{ background: #eee; font-weight: bold; }}\n\
.mark {{ color: #00308f; font-weight: bold; }}\n\
.corrected, .struck {{ color: #c00; }}\n\
.sig {{ color: #333; }}\n\
.signatures {{ margin-top: 12mm; display: flex; justify-content: space-around; }}\n\
.signatures div {{ text-align: center; min-width: 60mm; border-top: 1px solid #000; padding-top: 1mm; }}\n\
</style>\n</head>\n<body>\n",
        id = html_escape(&h.id),
        course = html_escape(&h.course),
        session_width = 64 / columns.max(1),
    );
    let _ = write!(
        out,
        "<h1>CATALOG{}</h1>\n<table class=\"header\">\n\
<tr><td>Specializarea:</td><td><b>{}</b></td><td>Anul universitar:</td><td><b>{}</b></td></tr>\n\
<tr><td>Disciplina:</td><td><b>{}</b></td><td>Seria / grupa:</td><td><b>{}{}</b></td></tr>\n\
<tr><td>Forma de învățământ:</td><td><b>{}</b></td><td>Forma de evaluare:</td><td><b>{}</b></td></tr>\n\
<tr><td>Titular de disciplină:</td><td><b>{}</b></td><td>Nr. catalog:</td><td><b>{}</b></td></tr>\n\
</table>\n",
        if h.supplements.is_some() {
            " SUPLIMENTAR"
        } else {
            ""
        },
        html_escape(&h.programme),
        h.academic_year,
        html_escape(&h.course),
        html_escape(&h.series),
        h.group
            .as_deref()
            .map(|g| format!(" / {}", html_escape(g)))
            .unwrap_or_default(),
        h.study_form.romanian(),
        h.kind.romanian(),
        html_escape(&h.holder),
        html_escape(&h.id),
    );
    if let Some(original) = &h.supplements {
        let _ = writeln!(
            out,
            "<p>Atașat la catalogul nr. <b>{}</b> (CA-2).</p>",
            html_escape(original)
        );
    }
    out.push_str("<table class=\"grid\">\n<colgroup><col style=\"width:5%\"><col style=\"width:22%\"><col style=\"width:9%\">");
    for _ in 0..columns {
        out.push_str("<col class=\"session\">");
    }
    out.push_str("</colgroup>\n");
    out.push_str(
        "<tr><th>Nr. crt.</th><th>Numele, inițiala tatălui, prenumele</th><th>Nota echivalată</th>",
    );
    for k in 1..=columns {
        let _ = write!(out, "<th>Sesiunea {k}</th>");
    }
    out.push_str("</tr>\n");
    for (i, (student, row)) in catalog.students.iter().zip(&catalog.rows).enumerate() {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td>",
            i + 1,
            html_escape(&student.name.to_string()),
            student
                .recognised
                .map(|g| html_escape(&g.in_words()))
                .unwrap_or_default()
        );
        for k in 0..columns {
            match row.cells.get(k) {
                Some(cell) => {
                    let missing = incomplete
                        .iter()
                        .find(|m| m.student == row.student && m.column == k + 1);
                    let _ = write!(out, "<td>{}</td>", cell_html(cell, missing));
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</table>\n<div class=\"signatures\">\n<div>Decan<br>{}</div>\n<div>Secretar<br>{}</div>\n<div>Titular de disciplină<br>{}</div>\n</div>\n</body>\n</html>\n",
        html_escape(&h.dean),
        html_escape(&h.secretary),
        html_escape(&h.holder),
    );
    out
}

/// One line: the catalog, the catalog it supplements (CA-2) if any, and its students.
impl std::fmt::Display for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let h = &self.header;
        match &h.supplements {
            Some(first) => write!(
                f,
                "Supplementary catalog {} attached to {first} (CA-2): ",
                h.id
            )?,
            None => write!(f, "Catalog {}: ", h.id)?,
        }
        for (i, student) in self.students.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}", student.name)?;
        }
        Ok(())
    }
}
