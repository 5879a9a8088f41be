//! The counselling procedure's parameters, as data: the weekly counselling hour, the due dates the
//! procedure leaves open ("every semester"), the channels that keep no attendance list, and the
//! responsibility matrix (CO-6).

use std::collections::BTreeMap;
use std::fmt;

use regula_core::{CheckedPolicy, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Serialize};

use crate::activity::Channel;
use crate::organisation::Role;

/// A step of the semester's document flow, as the responsibility matrix names it (CO-6, §9).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Write and send the study counsellor's semester report (§9 rows 2–3).
    SubmitReport,
    /// Register a study counsellor's report (§8.1.3).
    RegisterReport,
    /// Analyse a study counsellor's report at faculty level, with the vice-dean (§9 row 4).
    AnalyseReport,
    /// Write and send the faculty's semester summary to the centre (§9 rows 5–6).
    SubmitSummary,
    /// Register the faculty's summary at the centre (§8.1.3).
    RegisterSummary,
    /// Verify the faculty's summary (§9 row 7).
    VerifySummary,
    /// Approve the faculty's summary (§9 row 8).
    ApproveSummary,
}

impl Action {
    /// The step as the procedure names it (CO-3..CO-5).
    pub fn term(self) -> regula_core::locale::Arg {
        regula_core::locale::Arg::Term(std::borrow::Cow::Borrowed(match self {
            Action::SubmitReport => "counselling-action-submit-report",
            Action::RegisterReport => "counselling-action-register-report",
            Action::AnalyseReport => "counselling-action-analyse-report",
            Action::SubmitSummary => "counselling-action-submit-summary",
            Action::RegisterSummary => "counselling-action-register-summary",
            Action::VerifySummary => "counselling-action-verify-summary",
            Action::ApproveSummary => "counselling-action-approve-summary",
        }))
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::SubmitReport => "write and send a study counsellor's semester report",
            Action::RegisterReport => "register a study counsellor's report",
            Action::AnalyseReport => "analyse a study counsellor's report",
            Action::SubmitSummary => "write and send the faculty's semester summary",
            Action::RegisterSummary => "register a faculty's summary at the centre",
            Action::VerifySummary => "verify a faculty's summary",
            Action::ApproveSummary => "approve a faculty's summary",
        })
    }
}

/// Days after the semester's last day by which each step is due: the procedure says "every
/// semester" and gives no date, so these are the institution's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DueDays {
    /// The study counsellors' reports sent to the career counsellor (CO-3).
    pub report: u32,
    /// Registered and analysed with the vice-dean (CO-4).
    pub analysis: u32,
    /// The faculty's summary sent to the centre (CO-5).
    pub summary: u32,
    /// Registered, verified and approved by the centre (CO-5).
    pub approval: u32,
}

/// Every parameter of the counselling procedure (CO-1..CO-6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CounsellingPolicy {
    /// CO-3: counselling hours a study counsellor holds each teaching week (1).
    pub hours_per_week: u32,
    /// CO-3: a faculty's own approved schedule, in hours per week, where it differs.
    #[serde(default)]
    pub faculty_hours_per_week: BTreeMap<String, u32>,
    /// CO-2, CO-3: the channels where no attendance list is kept (a post on the faculty website,
    /// in the student groups); every other activity needs its list.
    pub channels_without_attendance: Vec<Channel>,
    /// CO-3..CO-5: the due dates.
    pub due_days: DueDays,
    /// CO-6: which roles may take each step of the document flow.
    pub responsibilities: BTreeMap<Action, Vec<Role>>,
}

impl CounsellingPolicy {
    /// The UTCN procedure PO_CCOC_07 of 2021: one counselling hour a week; attendance lists for
    /// every activity but posts; reports 14 days after the semester, analysis 21, the summary 30,
    /// approval 45 (Regula's defaults: the procedure gives no dates); the matrix of §9.
    pub fn utcn_2021() -> Self {
        let matrix = [
            (Action::SubmitReport, vec![Role::StudyCounsellor]),
            (Action::RegisterReport, vec![Role::CareerCounsellor]),
            (Action::AnalyseReport, vec![Role::CareerCounsellor]),
            (Action::SubmitSummary, vec![Role::CareerCounsellor]),
            (Action::RegisterSummary, vec![Role::Centre]),
            (Action::VerifySummary, vec![Role::CentreDirector]),
            (Action::ApproveSummary, vec![Role::CentreDirector]),
        ];
        CounsellingPolicy {
            hours_per_week: 1,
            faculty_hours_per_week: BTreeMap::new(),
            channels_without_attendance: vec![Channel::FacultyWebsite, Channel::StudentGroups],
            due_days: DueDays {
                report: 14,
                analysis: 21,
                summary: 30,
                approval: 45,
            },
            responsibilities: matrix.into_iter().collect(),
        }
    }

    /// The counselling hours a week a study counsellor of `faculty` holds.
    pub fn hours_for(&self, faculty: &str) -> u32 {
        self.faculty_hours_per_week
            .get(faculty)
            .copied()
            .unwrap_or(self.hours_per_week)
    }

    /// Whether an activity on `channel` needs an attendance list.
    pub fn needs_attendance(&self, channel: Channel) -> bool {
        !self.channels_without_attendance.contains(&channel)
    }

    /// The roles the matrix gives `action` to.
    pub fn roles_for(&self, action: Action) -> &[Role] {
        self.responsibilities
            .get(&action)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

impl CheckedPolicy for CounsellingPolicy {
    const DOMAIN: &'static str = "counselling";

    /// Every step of the flow has at least one role; the due dates follow the flow's order.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        for action in [
            Action::SubmitReport,
            Action::RegisterReport,
            Action::AnalyseReport,
            Action::SubmitSummary,
            Action::RegisterSummary,
            Action::VerifySummary,
            Action::ApproveSummary,
        ] {
            found.check(
                !self.roles_for(action).is_empty(),
                format!("responsibilities.{}", serde_name(action)),
                "[]",
                format!("nobody may {action} (CO-6)"),
            );
        }
        let d = &self.due_days;
        for (field, earlier, later) in [
            ("due_days.analysis", d.report, d.analysis),
            ("due_days.summary", d.analysis, d.summary),
            ("due_days.approval", d.summary, d.approval),
        ] {
            found.check(
                later >= earlier,
                field,
                later,
                format!("a step is not due before the one it follows ({earlier})"),
            );
        }
        found.into_vec()
    }
}

/// The action's name in JSON.
fn serde_name(action: Action) -> &'static str {
    match action {
        Action::SubmitReport => "submit_report",
        Action::RegisterReport => "register_report",
        Action::AnalyseReport => "analyse_report",
        Action::SubmitSummary => "submit_summary",
        Action::RegisterSummary => "register_summary",
        Action::VerifySummary => "verify_summary",
        Action::ApproveSummary => "approve_summary",
    }
}

impl Default for CounsellingPolicy {
    fn default() -> Self {
        Self::utcn_2021()
    }
}

/// The UTCN counselling policy (PO_CCOC_07), from 24 February 2021.
pub fn utcn_2021() -> PolicyHistory<CounsellingPolicy> {
    PolicyHistory::single(
        "UTCN 2021",
        Versioned {
            effective_from: regula_core::catalogue::seed::UTCN_CCOC_FROM,
            note: "PO_CCOC_07 ed. I: counselling hour, attendance lists, responsibility matrix; due dates are Regula's defaults".into(),
            policy: CounsellingPolicy::utcn_2021(),
        },
    )
}
