//! Timetables as people use them: iCalendar files per group and per teacher, a text table, and
//! an HTML page with one column per day.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use regula_calendar::{CalendarError, Instant};
use regula_core::locale::{Arg, Lang, Message, weekday_name};

use crate::model::{SessionPlan, Timetable};

/// Whose calendar to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Audience {
    /// A group's exams.
    Group(String),
    /// A teacher's exams (as a committee member).
    Teacher(String),
}

/// The committee's teacher ids, comma-separated.
fn committee(exam: &crate::model::Exam) -> String {
    let ids: Vec<&str> = exam.committee.iter().map(|m| m.teacher.as_str()).collect();
    ids.join(", ")
}

struct Row<'a> {
    exam: &'a crate::model::Exam,
    start: NaiveDateTime,
    end: NaiveDateTime,
    /// The room, with the further rooms of a split exam: `A101 + A102`.
    room: Option<String>,
}

fn rows<'a>(plan: &'a SessionPlan, timetable: &'a Timetable) -> Vec<Row<'a>> {
    let mut rows: Vec<Row<'a>> = timetable
        .placements
        .iter()
        .filter_map(|p| {
            let exam = plan.exams.iter().find(|e| e.id == p.exam)?;
            let end = p.start + TimeDelta::minutes(i64::from(exam.duration_minutes));
            Some(Row {
                exam,
                start: p.start,
                end,
                room: p.room.as_ref().map(|first| {
                    std::iter::once(first)
                        .chain(&p.split_rooms)
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(" + ")
                }),
            })
        })
        .collect();
    rows.sort_by(|a, b| (a.start, &a.exam.id).cmp(&(b.start, &b.exam.id)));
    rows
}

/// RFC 5545 text escaping.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// RFC 5545 line folding: lines of at most 75 octets, continued with a space.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn utc(field: &'static str, local: NaiveDateTime) -> Result<String, CalendarError> {
    Ok(Instant::from_local(field, local)?
        .utc()
        .format("%Y%m%dT%H%M%SZ")
        .to_string())
}

/// The exam's form as a word of the regulation, in `lang` (OX-1).
fn form(lang: Lang, exam: &crate::model::Exam) -> String {
    Arg::Term(std::borrow::Cow::Borrowed(exam.form.term())).render(lang)
}

/// An iCalendar (`.ics`) file of the exams of one group or teacher, times in UTC, its names and
/// descriptions in `lang`. `stamp` is the moment of the export (DTSTAMP), given by the caller.
pub fn to_ics(
    plan: &SessionPlan,
    timetable: &Timetable,
    audience: &Audience,
    stamp: Instant,
    lang: Lang,
) -> Result<String, CalendarError> {
    let mut out = String::new();
    let name = match audience {
        Audience::Group(g) => Message::new("scheduling-ics-group").arg("group", g.as_str()),
        Audience::Teacher(t) => Message::new("scheduling-ics-teacher").arg("teacher", t.as_str()),
    }
    .render(lang);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Regula//Exam session//EN",
        "CALSCALE:GREGORIAN",
    ] {
        fold(line, &mut out);
    }
    fold(&format!("X-WR-CALNAME:{}", escape(&name)), &mut out);
    let stamp = stamp.utc().format("%Y%m%dT%H%M%SZ").to_string();
    for row in rows(plan, timetable) {
        let concerned = match audience {
            Audience::Group(g) => row.exam.groups.iter().any(|x| x == g),
            Audience::Teacher(t) => row.exam.committee.iter().any(|m| &m.teacher == t),
        };
        if !concerned {
            continue;
        }
        fold("BEGIN:VEVENT", &mut out);
        fold(
            &format!(
                "UID:{}-{}@regula",
                escape(&row.exam.id),
                row.start.format("%Y%m%d")
            ),
            &mut out,
        );
        fold(&format!("DTSTAMP:{stamp}"), &mut out);
        fold(&format!("DTSTART:{}", utc("start", row.start)?), &mut out);
        fold(&format!("DTEND:{}", utc("end", row.end)?), &mut out);
        let title = if row.exam.course.is_empty() {
            &row.exam.id
        } else {
            &row.exam.course
        };
        let summary = Message::new("scheduling-ics-summary")
            .arg("title", title.as_str())
            .arg("form", form(lang, row.exam))
            .render(lang);
        fold(&format!("SUMMARY:{}", escape(&summary)), &mut out);
        let groups = Message::new("scheduling-ics-groups")
            .arg("groups", row.exam.groups.join(", "))
            .render(lang);
        let committee = Message::new("scheduling-ics-committee")
            .arg("committee", committee(row.exam))
            .render(lang);
        fold(
            &format!("DESCRIPTION:{}", escape(&format!("{groups}\n{committee}"))),
            &mut out,
        );
        if let Some(room) = &row.room {
            fold(&format!("LOCATION:{}", escape(room)), &mut out);
        }
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    Ok(out)
}

/// A column's heading in `lang`.
fn heading(lang: Lang, id: &'static str) -> String {
    Message::new(id).render(lang)
}

/// A text table of the timetable in `lang`, one line per exam in time order; dates as the
/// language writes them („20 ianuarie 2022”).
pub fn to_text(plan: &SessionPlan, timetable: &Timetable, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<18} {:<11} {:<14} {:<28} {:<24} {}",
        heading(lang, "scheduling-col-date"),
        heading(lang, "scheduling-col-time"),
        heading(lang, "scheduling-col-exam"),
        heading(lang, "scheduling-col-course"),
        heading(lang, "scheduling-col-groups"),
        heading(lang, "scheduling-col-committee"),
    );
    for row in rows(plan, timetable) {
        let committee = committee(row.exam);
        let date = Arg::Date(row.start.date()).render(lang);
        let _ = writeln!(
            out,
            "{:<18} {}–{} {:<14} {:<28} {:<24} {}{}",
            date,
            row.start.format("%H:%M"),
            row.end.format("%H:%M"),
            row.exam.id,
            row.exam.course,
            row.exam.groups.join(","),
            committee,
            row.room
                .as_ref()
                .map(|r| format!(" [{r}]"))
                .unwrap_or_default()
        );
    }
    out
}

use regula_core::csv_field as field;

/// The timetable as CSV in `lang` (its headings), one line per exam in time order: the ISO day,
/// start and end (`HH:MM`, Bucharest time), the exam, its course, its groups and committee
/// (`;`-separated), its room (`A101 + A102` when split) and its length in minutes.
pub fn to_csv(plan: &SessionPlan, timetable: &Timetable, lang: Lang) -> String {
    let headings = [
        "scheduling-col-date",
        "scheduling-col-start",
        "scheduling-col-end",
        "scheduling-col-exam",
        "scheduling-col-course",
        "scheduling-col-groups",
        "scheduling-col-committee",
        "scheduling-col-room",
        "scheduling-col-minutes",
    ];
    let mut out = headings
        .iter()
        .map(|id| field(&heading(lang, id)))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    for row in rows(plan, timetable) {
        let committee: Vec<&str> = row
            .exam
            .committee
            .iter()
            .map(|m| m.teacher.as_str())
            .collect();
        let cells = [
            row.start.date().to_string(),
            row.start.format("%H:%M").to_string(),
            row.end.format("%H:%M").to_string(),
            row.exam.id.clone(),
            row.exam.course.clone(),
            row.exam.groups.join(";"),
            committee.join(";"),
            row.room.clone().unwrap_or_default(),
            row.exam.duration_minutes.to_string(),
        ];
        let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

use regula_core::html_escape;

/// An HTML page of the timetable in `lang` with one column per day of the session.
pub fn to_html(plan: &SessionPlan, timetable: &Timetable, lang: Lang) -> String {
    let mut by_day: BTreeMap<NaiveDate, Vec<Row<'_>>> = BTreeMap::new();
    let mut day = plan.session.first_day;
    while day <= plan.session.last_day {
        by_day.entry(day).or_default();
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    for row in rows(plan, timetable) {
        by_day.entry(row.start.date()).or_default().push(row);
    }
    let title = Message::new("scheduling-html-title")
        .arg("first", plan.session.first_day)
        .arg("last", plan.session.last_day)
        .render(lang);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n\
         body{{font-family:system-ui,sans-serif;margin:1rem}}table{{border-collapse:collapse}}\
         th,td{{border:1px solid #bbb;padding:.3rem;vertical-align:top;min-width:9rem}}\
         th{{background:#eef}}.exam{{margin:.2rem 0;padding:.2rem;background:#f7f7f7;border-left:3px solid #36c}}\
         .time{{font-weight:bold}}.who{{color:#555;font-size:.85em}}\n</style>\n</head>\n<body>\n",
        lang.code(),
        html_escape(&title),
    );
    let _ = writeln!(out, "<h1>{}</h1>\n<table>\n<tr>", html_escape(&title));
    for day in by_day.keys() {
        let date = Arg::Date(*day).render(lang);
        let _ = write!(
            out,
            "<th>{}<br>{}</th>",
            weekday_name(lang, chrono::Datelike::weekday(day)),
            html_escape(&date)
        );
    }
    out.push_str("</tr>\n<tr>");
    for rows in by_day.values() {
        out.push_str("<td>");
        for row in rows {
            let committee = committee(row.exam);
            let _ = write!(
                out,
                "<div class=\"exam\"><span class=\"time\">{}–{}</span> {}<br>{}<div class=\"who\">{} · {}{}</div></div>",
                row.start.format("%H:%M"),
                row.end.format("%H:%M"),
                html_escape(&row.exam.id),
                html_escape(&row.exam.course),
                html_escape(&row.exam.groups.join(", ")),
                html_escape(&committee),
                row.room
                    .as_ref()
                    .map(|r| format!(" · {}", html_escape(r)))
                    .unwrap_or_default()
            );
        }
        out.push_str("</td>");
    }
    out.push_str("</tr>\n</table>\n</body>\n</html>\n");
    out
}
