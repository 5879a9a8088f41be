//! The catalog as CSV (one row per student, four session columns) and as a printable HTML page
//! laid out like the official form: header, columns, corrections struck in red, grade
//! improvements next to the grade they improve (GR-14), signatures.

use std::fmt::Write;

use regula_core::html_escape;
use regula_core::locale::{Arg, Lang, Message};

use crate::catalog::{Catalog, Cell, Improvement, Incomplete};
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

/// The message `id` in `lang`.
fn say(lang: Lang, id: &'static str) -> String {
    Message::new(id).render(lang)
}

/// A mark as a figure, or the word for *absent*, in `lang` (CA-4).
fn mark_number(mark: Mark, lang: Lang) -> String {
    match mark {
        Mark::Grade(g) => g.to_string(),
        Mark::Absent => say(lang, "score-absent"),
    }
}

/// A mark in figures and words, or *absent*, in `lang` (CA-4).
fn mark_words(mark: Mark, lang: Lang) -> String {
    mark.arg().render(lang)
}

/// A grade improvement as the CSV writes it (GR-14): the grade before, the result, the exam's
/// session and ISO day, the grade that stands, and who signed the result.
fn improvement_csv(i: &Improvement, lang: Lang) -> String {
    let text = Message::new("catalog-csv-improvement")
        .arg("before", i.before.to_string())
        .arg("result", mark_number(i.result, lang))
        .arg("session", i.session.as_str())
        .arg("date", i.exam_day.to_string())
        .arg("stands", i.stands.to_string())
        .render(lang);
    if i.signatures.is_empty() {
        text
    } else {
        format!("{text} — {}", i.signatures.join(", "))
    }
}

/// The catalog as CSV in `lang` (its headings and words): one line per student in the catalog's
/// order, with the policy's session columns (session, date, mark — the grade that stands —, the
/// mark in words, signatures, values struck out, grade improvements). Dates stay ISO 8601, for
/// the programs that read it.
pub fn to_csv(catalog: &Catalog, policy: &CatalogPolicy, lang: Lang) -> String {
    let columns = policy.columns as usize;
    let mut out = Message::new("catalog-csv-heading").render(lang);
    for k in 1..=columns {
        let _ = write!(
            out,
            ",{}",
            Message::new("catalog-csv-session-heading")
                .arg("k", k)
                .render(lang)
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
                    let mut struck: Vec<String> = c
                        .corrections
                        .iter()
                        .map(|x| mark_number(x.from, lang))
                        .collect();
                    // GR-11: an annulled result is struck as a whole.
                    if c.annulled.is_some() {
                        struck.push(
                            Message::new("catalog-csv-annulled")
                                .arg("mark", mark_number(c.mark, lang))
                                .render(lang),
                        );
                    }
                    // GR-14: each improvement with the grade it improved, which stays.
                    let improvements: Vec<String> = c
                        .improvements
                        .iter()
                        .map(|i| improvement_csv(i, lang))
                        .collect();
                    line.extend([
                        field(&c.session),
                        c.exam_day.to_string(),
                        mark_number(c.mark, lang),
                        field(&mark_words(c.mark, lang)),
                        field(&c.signatures.join("; ")),
                        field(&struck.join("; ")),
                        field(&improvements.join("; ")),
                    ]);
                }
                None => line.extend(std::iter::repeat_n(String::new(), 7)),
            }
        }
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The signatures of a result, or the word for none.
fn signatures_html(signatures: &[String], lang: Lang) -> String {
    if signatures.is_empty() {
        html_escape(&say(lang, "catalog-html-unsigned"))
    } else {
        html_escape(&signatures.join(", "))
    }
}

/// The signatures a result still lacks (CA-5), if any.
fn missing_html(missing: Option<&Incomplete>, lang: Lang) -> String {
    match missing {
        Some(m) => {
            let missing =
                Message::new("catalog-missing").arg("missing", crate::catalog::missing(&m.missing));
            format!(
                "<br><small class=\"missing\">{}</small>",
                html_escape(&missing.render(lang))
            )
        }
        None => String::new(),
    }
}

/// One session column: the values struck (CA-6), the value entered — before any grade
/// improvement, which stays visible —, each improvement's result, and the grade that stands
/// (GR-14), with the signatures and what they lack.
fn cell_html(cell: &Cell, missing: &[&Incomplete], lang: Lang) -> String {
    let mut out = String::new();
    let lacking = |exam: &str| missing.iter().copied().find(|m| m.exam == exam);
    // CA-6: each earlier value struck out in red, the new one written above it in red.
    for c in &cell.corrections {
        let _ = write!(
            out,
            "<s class=\"struck\">{}</s> ",
            html_escape(&mark_words(c.from, lang))
        );
    }
    // GR-14: the value entered stays as it was written, no longer the one marked as standing;
    // the grade that stands follows the improvements.
    let class = match (cell.corrections.is_empty(), cell.improvements.is_empty()) {
        (true, true) => "mark",
        (false, true) => "mark corrected",
        (true, false) => "mark improved",
        (false, false) => "mark corrected improved",
    };
    let entered = cell
        .improvements
        .first()
        .map_or(cell.mark, |i| Mark::Grade(i.before));
    let _ = write!(
        out,
        "<span class=\"{class}\">{}</span><br><small>{} · {}</small><br><small class=\"sig\">{}</small>{}",
        html_escape(&mark_words(entered, lang)),
        html_escape(&cell.session),
        html_escape(&Arg::Date(cell.exam_day).render(lang)),
        signatures_html(&cell.signatures, lang),
        missing_html(lacking(&cell.exam), lang),
    );
    for i in &cell.improvements {
        let result = Message::new("catalog-html-improvement")
            .arg("result", i.result.arg())
            .arg("session", i.session.as_str())
            .arg("date", i.exam_day)
            .render(lang);
        let _ = write!(
            out,
            "<br><span class=\"improvement\">{}</span><br><small class=\"sig\">{}</small>{}",
            html_escape(&result),
            signatures_html(&i.signatures, lang),
            missing_html(lacking(&i.exam), lang),
        );
    }
    if !cell.improvements.is_empty() {
        let stands = Message::new("catalog-html-stands")
            .arg("stands", cell.mark.arg())
            .render(lang);
        let _ = write!(
            out,
            "<br><span class=\"mark stands\">{}</span>",
            html_escape(&stands)
        );
    }
    // GR-11: an annulled result stays visible, struck, with the Dean's decision.
    if let Some(a) = &cell.annulled {
        let annulled = Message::new(if a.retake_ordered {
            "catalog-html-annulled-retake"
        } else {
            "catalog-html-annulled"
        })
        .arg("by", a.by.as_str())
        .arg("date", a.at.local_date())
        .arg("reason", a.reason.as_str())
        .render(lang);
        let _ = write!(
            out,
            "<br><small class=\"struck\">{}</small>",
            html_escape(&annulled)
        );
    }
    out
}

/// The catalog as a printable A4-landscape HTML page in `lang`, laid out like the official form
/// (in Romanian, the form's own words); an entry lacking a signature (CA-5) says which.
pub fn to_html(catalog: &Catalog, policy: &CatalogPolicy, lang: Lang) -> String {
    let columns = policy.columns as usize;
    let incomplete = catalog.incomplete(policy);
    let h = &catalog.header;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n\
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
.improved {{ font-weight: normal; }}\n\
.improvement {{ color: #00308f; }}\n\
.stands {{ text-decoration: underline; }}\n\
.sig {{ color: #333; }}\n\
.signatures {{ margin-top: 12mm; display: flex; justify-content: space-around; }}\n\
.signatures div {{ text-align: center; min-width: 60mm; border-top: 1px solid #000; padding-top: 1mm; }}\n\
</style>\n</head>\n<body>\n",
        lang = lang.code(),
        title = html_escape(
            &Message::new("catalog-html-title")
                .arg("id", h.id.as_str())
                .arg("course", h.course.as_str())
                .render(lang)
        ),
        session_width = 64 / columns.max(1),
    );
    let label = |id: &'static str| html_escape(&say(lang, id));
    let _ = write!(
        out,
        "<h1>{}</h1>\n<table class=\"header\">\n\
<tr><td>{}:</td><td><b>{}</b></td><td>{}:</td><td><b>{}</b></td></tr>\n\
<tr><td>{}:</td><td><b>{}</b></td><td>{}:</td><td><b>{}{}</b></td></tr>\n\
<tr><td>{}:</td><td><b>{}</b></td><td>{}:</td><td><b>{}</b></td></tr>\n\
<tr><td>{}:</td><td><b>{}</b></td><td>{}:</td><td><b>{}</b></td></tr>\n\
</table>\n",
        label(if h.supplements.is_some() {
            "catalog-html-heading-supplementary"
        } else {
            "catalog-html-heading"
        }),
        label("catalog-html-programme"),
        html_escape(&h.programme),
        label("catalog-html-year"),
        h.academic_year,
        label("catalog-html-course"),
        html_escape(&h.course),
        label("catalog-html-series"),
        html_escape(&h.series),
        h.group
            .as_deref()
            .map(|g| format!(" / {}", html_escape(g)))
            .unwrap_or_default(),
        label("catalog-html-study-form"),
        html_escape(&h.study_form.term().render(lang)),
        label("catalog-html-kind"),
        html_escape(&h.kind.term().render(lang)),
        label("catalog-html-holder"),
        html_escape(&h.holder),
        label("catalog-html-number"),
        html_escape(&h.id),
    );
    if let Some(original) = &h.supplements {
        let attached = Message::new("catalog-html-attached")
            .arg("original", original.as_str())
            .render(lang);
        let _ = writeln!(out, "<p>{}</p>", html_escape(&attached));
    }
    out.push_str("<table class=\"grid\">\n<colgroup><col style=\"width:5%\"><col style=\"width:22%\"><col style=\"width:9%\">");
    for _ in 0..columns {
        out.push_str("<col class=\"session\">");
    }
    out.push_str("</colgroup>\n");
    let _ = write!(
        out,
        "<tr><th>{}</th><th>{}</th><th>{}</th>",
        label("catalog-html-nr"),
        label("catalog-html-name"),
        label("catalog-html-recognised"),
    );
    for k in 1..=columns {
        let session = Message::new("catalog-html-session")
            .arg("k", k)
            .render(lang);
        let _ = write!(out, "<th>{}</th>", html_escape(&session));
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
                .map(|g| html_escape(&mark_words(Mark::Grade(g), lang)))
                .unwrap_or_default()
        );
        for k in 0..columns {
            match row.cells.get(k) {
                Some(cell) => {
                    let missing: Vec<&Incomplete> = incomplete
                        .iter()
                        .filter(|m| m.student == row.student && m.column == k + 1)
                        .collect();
                    let _ = write!(out, "<td>{}</td>", cell_html(cell, &missing, lang));
                }
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "</table>\n<div class=\"signatures\">\n<div>{}<br>{}</div>\n<div>{}<br>{}</div>\n<div>{}<br>{}</div>\n</div>\n</body>\n</html>\n",
        label("catalog-html-dean"),
        html_escape(&h.dean),
        label("catalog-html-secretary"),
        html_escape(&h.secretary),
        label("catalog-html-holder"),
        html_escape(&h.holder),
    );
    out
}

/// One line: the catalog, the catalog it supplements (CA-2) if any, and its students.
impl std::fmt::Display for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let h = &self.header;
        let heading = match &h.supplements {
            Some(first) => Message::new("catalog-supplementary-line").arg("first", first.as_str()),
            None => Message::new("catalog-line"),
        }
        .arg("id", h.id.as_str());
        write!(f, "{heading}: ")?;
        for (i, student) in self.students.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}", student.name)?;
        }
        Ok(())
    }
}
