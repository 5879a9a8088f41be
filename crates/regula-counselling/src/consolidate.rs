//! The consolidations (*centralizatorul*): a faculty's, by its career counsellor, from the
//! registered reports of its study counsellors and the career counsellor's own activities (CO-4);
//! the university's, by the counselling centre, from the faculties' registered summaries (CO-5).
//! Attendances and unique students, by channel, by kind of activity, by level; the attendance
//! lists in electronic form (CSV).

use regula_core::locale::{Lang, Message};

use crate::words;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use crate::activity::{Activity, Channel, Form, Level};
use crate::flow::SemesterFile;
use crate::policy::CounsellingPolicy;
use crate::stages::{report_received, summary_received};

/// Activities and attendances of one kind.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
pub struct Count {
    /// Information activities.
    pub activities: usize,
    /// Attendances: one per student per activity.
    pub attendances: usize,
}

/// The figures of a set of activities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Figures {
    /// Activities and attendances in all.
    pub total: Count,
    /// Distinct students reached (a student at three activities counts once).
    pub unique_students: usize,
    /// By channel (CO-2).
    pub by_channel: BTreeMap<Channel, Count>,
    /// By kind: individual or group (CO-2).
    pub by_form: BTreeMap<Form, Count>,
    /// Attendances by the students' level (CO-2).
    pub by_level: BTreeMap<Level, usize>,
}

impl Figures {
    /// The figures of `activities`.
    pub fn of<'a>(activities: impl IntoIterator<Item = &'a Activity>) -> Self {
        let mut figures = Figures::default();
        let mut students = BTreeSet::new();
        for a in activities {
            let n = a.attendees().len();
            for count in [
                &mut figures.total,
                figures.by_channel.entry(a.channel).or_default(),
                figures.by_form.entry(a.form).or_default(),
            ] {
                count.activities += 1;
                count.attendances += n;
            }
            for attendee in a.attendees() {
                *figures.by_level.entry(attendee.level).or_default() += 1;
                students.insert(attendee.student.clone());
            }
        }
        figures.unique_students = students.len();
        figures
    }
}

/// A faculty's consolidation (CO-4).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FacultyConsolidation {
    /// The faculty.
    pub faculty: String,
    /// The registered reports it consolidates.
    pub reports: Vec<String>,
    /// The figures, the career counsellor's own activities included once the summary is sent.
    pub figures: Figures,
}

/// The university's consolidation by the counselling centre (CO-5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Consolidation {
    /// Each faculty's consolidation.
    pub faculties: Vec<FacultyConsolidation>,
    /// The faculties whose summary the centre has registered, which the university's figures
    /// consolidate.
    pub registered_faculties: Vec<String>,
    /// The university's figures: unique students across faculties.
    pub university: Figures,
}

impl fmt::Display for Consolidation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in &self.faculties {
            let line = Message::new("counselling-faculty-figures")
                .arg("faculty", c.faculty.as_str())
                .arg("activities", c.figures.total.activities)
                .arg("attendances", c.figures.total.attendances)
                .arg("students", c.figures.unique_students)
                .arg("reports", c.reports.len());
            writeln!(f, "{line}")?;
        }
        let line = Message::new("counselling-university-figures")
            .arg("registered", self.registered_faculties.len())
            .arg("faculties", self.faculties.len())
            .arg("activities", self.university.total.activities)
            .arg("attendances", self.university.total.attendances)
            .arg("students", self.university.unique_students);
        write!(f, "{line}")
    }
}

/// The activities a faculty's consolidation counts: its received (in the seed, registered)
/// reports' and, once its summary is sent, the career counsellor's own.
fn faculty_activities<'a>(
    policy: &CounsellingPolicy,
    file: &'a SemesterFile,
    faculty: &str,
) -> (Vec<String>, Vec<&'a Activity>) {
    let mut reports = Vec::new();
    let mut activities = Vec::new();
    for state in file.reports.values() {
        if state.report.faculty == faculty && report_received(policy, state) {
            reports.push(state.report.id.clone());
            activities.extend(&state.report.activities);
        }
    }
    if let Some(summary) = file.summaries.get(faculty) {
        activities.extend(&summary.activities);
    }
    (reports, activities)
}

/// CO-4 and CO-5: every faculty's consolidation, and the university's over the summaries the
/// centre has registered, under the seed's flow ([`consolidate_with`] under a policy's).
pub fn consolidate(file: &SemesterFile) -> Consolidation {
    consolidate_with(&CounsellingPolicy::utcn_2021(), file)
}

/// CO-4 and CO-5 under `policy`'s flow: every faculty's consolidation over the reports received
/// (registered, or past the first step the flow has after sending), and the university's over
/// the summaries received (registered by the centre, or approved where there is no centre).
pub fn consolidate_with(policy: &CounsellingPolicy, file: &SemesterFile) -> Consolidation {
    let mut faculties = Vec::new();
    let mut registered = Vec::new();
    let mut university_activities = Vec::new();
    for f in &file.organisation.faculties {
        let (reports, activities) = faculty_activities(policy, file, &f.id);
        if file
            .summaries
            .get(&f.id)
            .is_some_and(|s| summary_received(policy, s))
        {
            registered.push(f.id.clone());
            university_activities.extend(activities.iter().copied());
        }
        faculties.push(FacultyConsolidation {
            faculty: f.id.clone(),
            reports,
            figures: Figures::of(activities),
        });
    }
    Consolidation {
        faculties,
        registered_faculties: registered,
        university: Figures::of(university_activities),
    }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// CO-4: the consolidated attendance lists in electronic form (*centralizator*), in `lang` (its
/// headings and the procedure's words): one line per student per activity; dates stay ISO 8601.
/// The seed's flow: the registered reports ([`attendance_csv_with`] under a policy's).
pub fn attendance_csv(file: &SemesterFile, lang: Lang) -> String {
    attendance_csv_with(&CounsellingPolicy::utcn_2021(), file, lang)
}

/// CO-4: [`attendance_csv`] under `policy`'s flow: the reports received (registered, or past the
/// first step the flow has after sending).
pub fn attendance_csv_with(policy: &CounsellingPolicy, file: &SemesterFile, lang: Lang) -> String {
    let mut out = Message::new("counselling-csv-heading").render(lang);
    out.push('\n');
    let mut row = |faculty: &str, report: &str, counsellor: &str, a: &Activity| {
        let [form, channel, occasion, language] = words::of_activity(a, lang);
        for s in a.attendees() {
            let cells = [
                faculty.to_owned(),
                report.to_owned(),
                counsellor.to_owned(),
                a.id.clone(),
                a.date.to_string(),
                form.clone(),
                channel.clone(),
                occasion.clone(),
                language.clone(),
                s.student.clone(),
                words::level(s.level).render(lang),
            ];
            let line: Vec<String> = cells.iter().map(|c| field(c)).collect();
            let _ = writeln!(out, "{}", line.join(","));
        }
    };
    for state in file.reports.values().filter(|r| report_received(policy, r)) {
        let r = &state.report;
        for a in &r.activities {
            row(&r.faculty, &r.id, &r.counsellor, a);
        }
    }
    for (faculty, summary) in &file.summaries {
        let counsellor = file
            .history
            .iter()
            .find(|e| {
                matches!(&e.step, crate::flow::Step::SubmitSummary { faculty: f, .. } if f == faculty)
            })
            .map(|e| e.by.as_str())
            .unwrap_or_default();
        for a in &summary.activities {
            row(faculty, "", counsellor, a);
        }
    }
    out
}
