//! The counselling procedure's parameters, as data: the weekly counselling hour, the due dates the
//! procedure leaves open ("every semester"), the channels that keep no attendance list, and the
//! responsibility matrix (CO-6), the institution's roles (CO-1) and the flow's steps it has.

use std::collections::BTreeMap;
use std::fmt;

use regula_core::{CheckedPolicy, ParameterProblem, PolicyHistory, Problems, Versioned};
use serde::{Deserialize, Serialize};

use crate::activity::Channel;
use crate::role::{Role, RoleDefinition, Scope};

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
    /// CO-6: every step, in the flow's order.
    pub const ALL: [Action; 7] = [
        Action::SubmitReport,
        Action::RegisterReport,
        Action::AnalyseReport,
        Action::SubmitSummary,
        Action::RegisterSummary,
        Action::VerifySummary,
        Action::ApproveSummary,
    ];

    /// CO-6: whether every flow has the step — a report sent, a summary sent, a summary approved;
    /// the others an institution may leave out of its matrix.
    pub fn required(self) -> bool {
        matches!(
            self,
            Action::SubmitReport | Action::SubmitSummary | Action::ApproveSummary
        )
    }

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
    /// CO-6: which roles (ids of `roles`) may take each step of the document flow. A step left
    /// out is one the institution does not have (no centre: no `register_summary` nor
    /// `verify_summary`); `submit_report`, `submit_summary` and `approve_summary` are in every
    /// flow. Without `register_report` a report is analysed once sent; without `analyse_report`
    /// it is done once registered (or sent); without `register_summary` and `verify_summary` the
    /// summary sent goes to its approval.
    pub responsibilities: BTreeMap<Action, Vec<Role>>,
    /// CO-1: the institution's roles: id, name, a faculty's or the university's, how many. The
    /// seed's five when absent: one career counsellor per faculty, at least one study counsellor
    /// and one vice-dean per faculty, the centre's registry, and one centre director.
    #[serde(default = "seed_roles")]
    pub roles: Vec<RoleDefinition>,
    /// CO-4: the faculty's role whose holder analyses each report with whoever the matrix gives
    /// `analyse_report` to (`vice_dean` when absent); `null` when the report is analysed alone.
    #[serde(default = "seed_co_analyser")]
    pub co_analyser: Option<Role>,
}

/// The seed's roles, for a policy that names none (CO-1).
fn seed_roles() -> Vec<RoleDefinition> {
    CounsellingPolicy::utcn_2021().roles
}

/// The seed's co-analyser, for a policy that names none (CO-4).
fn seed_co_analyser() -> Option<Role> {
    CounsellingPolicy::utcn_2021().co_analyser
}

impl CounsellingPolicy {
    /// The UTCN procedure PO_CCOC_07 of 2021: one counselling hour a week; attendance lists for
    /// every activity but posts; reports 14 days after the semester, analysis 21, the summary 30,
    /// approval 45 (Regula's defaults: the procedure gives no dates); the matrix of §9; the
    /// roles of §8.1: one career counsellor per faculty, study counsellors and the vice-dean for
    /// teaching in each, the centre and its one director; reports analysed with the vice-dean.
    pub fn utcn_2021() -> Self {
        let matrix = [
            (Action::SubmitReport, vec![Role::STUDY_COUNSELLOR]),
            (Action::RegisterReport, vec![Role::CAREER_COUNSELLOR]),
            (Action::AnalyseReport, vec![Role::CAREER_COUNSELLOR]),
            (Action::SubmitSummary, vec![Role::CAREER_COUNSELLOR]),
            (Action::RegisterSummary, vec![Role::CENTRE]),
            (Action::VerifySummary, vec![Role::CENTRE_DIRECTOR]),
            (Action::ApproveSummary, vec![Role::CENTRE_DIRECTOR]),
        ];
        let roles = vec![
            RoleDefinition::seed(Role::CAREER_COUNSELLOR, Scope::Faculty, 1, Some(1)),
            RoleDefinition::seed(Role::STUDY_COUNSELLOR, Scope::Faculty, 1, None),
            RoleDefinition::seed(Role::VICE_DEAN, Scope::Faculty, 1, None),
            RoleDefinition::seed(Role::CENTRE, Scope::University, 0, None),
            RoleDefinition::seed(Role::CENTRE_DIRECTOR, Scope::University, 1, Some(1)),
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
            roles,
            co_analyser: Some(Role::VICE_DEAN),
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

    /// CO-6: whether the institution's flow has the step.
    pub fn has_step(&self, action: Action) -> bool {
        action.required() || self.responsibilities.contains_key(&action)
    }

    /// CO-4: the steps a report goes through after it is sent, as the flow has them.
    pub fn report_steps(&self) -> Vec<Action> {
        [Action::RegisterReport, Action::AnalyseReport]
            .into_iter()
            .filter(|a| self.has_step(*a))
            .collect()
    }

    /// CO-5: the steps a faculty's summary goes through after it is sent, as the flow has them.
    pub fn summary_steps(&self) -> Vec<Action> {
        [
            Action::RegisterSummary,
            Action::VerifySummary,
            Action::ApproveSummary,
        ]
        .into_iter()
        .filter(|a| self.has_step(*a))
        .collect()
    }

    /// CO-3: the step at which a report's attendance lists are checked: its registration, else
    /// its analysis, else the faculty's summary.
    pub fn attendance_step(&self) -> Action {
        self.report_steps()
            .first()
            .copied()
            .unwrap_or(Action::SubmitSummary)
    }

    /// CO-1: the definition of the role `id`.
    pub fn role(&self, id: &Role) -> Option<&RoleDefinition> {
        self.roles.iter().find(|r| &r.id == id)
    }

    /// CO-1: whether `id` is a faculty's role (unknown roles are not).
    pub fn in_a_faculty(&self, id: &Role) -> bool {
        self.role(id).is_some_and(|r| r.scope == Scope::Faculty)
    }

    /// CO-1: the role's name as a message argument: the policy's, the vocabulary's, or its id.
    pub fn role_arg(&self, id: &Role) -> regula_core::locale::Arg {
        match self.role(id) {
            Some(definition) => definition.name_arg(),
            None => RoleDefinition::seed(id.clone(), Scope::Faculty, 0, None).name_arg(),
        }
    }

    /// CO-1: the role's name in English, for an error: the policy's, the vocabulary's, or its id.
    pub fn role_in_english(&self, id: &Role) -> String {
        match self.role(id).and_then(|r| r.name.as_ref()) {
            Some(name) => name.en.clone(),
            None => id.to_string(),
        }
    }

    /// CO-1: the ids of the policy's roles, for a message naming them.
    pub fn role_ids(&self) -> String {
        let ids: Vec<&str> = self.roles.iter().map(|r| r.id.id()).collect();
        ids.join(", ")
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

    /// Every step of the flow has at least one role, and every role it names is one of the
    /// policy's (CO-6); the roles' ids once, each with a name and `min ≤ max` (CO-1); the
    /// co-analyser a faculty's role (CO-4); the due dates follow the flow's order.
    fn problems(&self) -> Vec<ParameterProblem> {
        let mut found = Problems::new();
        for action in Action::ALL {
            let listed = self.responsibilities.get(&action);
            let field = format!("responsibilities.{}", serde_name(action));
            match listed {
                None if !action.required() => {}
                Some(roles) if !roles.is_empty() => {
                    for (j, role) in roles.iter().enumerate() {
                        found.check(
                            self.role(role).is_some(),
                            format!("{field}[{j}]"),
                            role.id(),
                            format!(
                                "no such role; the policy's roles are {} (CO-6)",
                                self.role_ids()
                            ),
                        );
                    }
                }
                _ if action.required() => {
                    found.check(false, field, "[]", format!("nobody may {action} (CO-6)"));
                }
                _ => found.check(
                    false,
                    field,
                    "[]",
                    format!(
                        "nobody may {action}: leave the step out if the institution does not \
                         have it (CO-6)"
                    ),
                ),
            }
        }
        for (i, role) in self.roles.iter().enumerate() {
            found.nested(&format!("roles[{i}]"), role.problems());
            found.check(
                !self.roles[..i].iter().any(|r| r.id == role.id),
                format!("roles[{i}].id"),
                role.id.id(),
                "the role is defined twice (CO-1)",
            );
        }
        if let Some(role) = &self.co_analyser {
            found.check(
                self.in_a_faculty(role),
                "co_analyser",
                role.id(),
                format!(
                    "not a faculty's role of the policy; its faculty roles are {} (CO-4)",
                    self.roles
                        .iter()
                        .filter(|r| r.scope == Scope::Faculty)
                        .map(|r| r.id.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
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
pub(crate) fn serde_name(action: Action) -> &'static str {
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
