//! The semester's document flow (CO-3..CO-6) as an append-only history: who did what, when. The
//! state — which report is submitted, registered, analysed; which faculty summary is sent,
//! registered, verified, approved — is always what the history gives, and a file read back is
//! replayed step by step, so a status without its event cannot exist. A refused step changes
//! nothing.

use std::collections::BTreeMap;

use regula_calendar::Instant;
use regula_core::chain::Digest;
use regula_core::locale::Message;
use regula_core::{Recorder, Rule, Step as TraceStep};
use serde::{Deserialize, Serialize};

use crate::activity::Activity;
use crate::error::{CounsellingError, invalid};
use crate::organisation::Organisation;
use crate::policy::{Action, CounsellingPolicy};
use crate::report::StudyReport;
use crate::role::Role;
use crate::rules::{CO_3, CO_4, CO_5, CO_6};
use crate::semester::Semester;
use crate::stages::{next_report_step, next_summary_step, summary_slot};

/// What someone does in the flow: the step and its document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Step {
    /// A study counsellor sends the semester report, with its attendance lists (CO-3).
    SubmitReport {
        /// The report.
        report: StudyReport,
    },
    /// The career counsellor registers a report (CO-4); refused without its attendance lists.
    RegisterReport {
        /// The report's id.
        report: String,
    },
    /// The career counsellor analyses a report with the vice-dean (CO-4): with the holder of the
    /// policy's `co_analyser` role, or alone when it names none.
    AnalyseReport {
        /// The report's id.
        report: String,
        /// The co-analyser, holder of the policy's `co_analyser` role in the report's faculty (the
        /// vice-dean for teaching in the seed); absent when the policy names no co-analyser.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        vice_dean: Option<String>,
    },
    /// The career counsellor sends the faculty's summary to the centre (CO-5), with the career
    /// counsellor's own activities.
    SubmitSummary {
        /// The faculty.
        faculty: String,
        /// The career counsellor's own information activities (CO-2).
        #[serde(default)]
        activities: Vec<Activity>,
    },
    /// The centre registers a faculty's summary (CO-5).
    RegisterSummary {
        /// The faculty.
        faculty: String,
    },
    /// The centre's director verifies a faculty's summary (CO-5).
    VerifySummary {
        /// The faculty.
        faculty: String,
    },
    /// The centre's director approves a faculty's summary (CO-5).
    ApproveSummary {
        /// The faculty.
        faculty: String,
    },
}

impl Step {
    /// The matrix's name of the step (CO-6).
    pub fn action(&self) -> Action {
        match self {
            Step::SubmitReport { .. } => Action::SubmitReport,
            Step::RegisterReport { .. } => Action::RegisterReport,
            Step::AnalyseReport { .. } => Action::AnalyseReport,
            Step::SubmitSummary { .. } => Action::SubmitSummary,
            Step::RegisterSummary { .. } => Action::RegisterSummary,
            Step::VerifySummary { .. } => Action::VerifySummary,
            Step::ApproveSummary { .. } => Action::ApproveSummary,
        }
    }
}

/// A step someone asks to record: what, by whom, when. In JSON, one object:
/// `{ "by", "at", "action": "register_report", "report": … }`; an unknown field is refused by the
/// step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Command {
    /// Who takes the step.
    pub by: String,
    /// When.
    pub at: Instant,
    /// The step.
    #[serde(flatten)]
    pub step: Step,
}

/// A recorded step: numbered from 1, in time order, never changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Event {
    /// Its number in the history, from 1.
    pub seq: u32,
    /// Who took the step.
    pub by: String,
    /// When.
    pub at: Instant,
    /// The step.
    #[serde(flatten)]
    pub step: Step,
    /// The SHA-256 link of this event: of the link before it (or the file's semester and
    /// organisation) and of its number, author, time and step. Absent in a history written before
    /// the chain; computed when read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<Digest>,
}

impl Event {
    /// The link this event makes after `previous`.
    pub fn link(&self, previous: &Digest) -> Digest {
        previous.link(&(self.seq, &self.by, &self.at, &self.step))
    }
}

/// Where a study counsellor's report stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportState {
    /// The report.
    pub report: StudyReport,
    /// When it was sent.
    pub submitted: Instant,
    /// When the career counsellor registered it.
    pub registered: Option<Instant>,
    /// When it was analysed, and with which co-analyser (the vice-dean), if any (CO-4).
    pub analysed: Option<(Instant, Option<String>)>,
}

/// Where a faculty's summary stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SummaryState {
    /// When it was sent to the centre.
    pub submitted: Instant,
    /// The career counsellor's own activities.
    pub activities: Vec<Activity>,
    /// When the centre registered it.
    pub registered: Option<Instant>,
    /// When the director verified it.
    pub verified: Option<Instant>,
    /// When the director approved it.
    pub approved: Option<Instant>,
}

/// The semester's file (*dosarul semestrului*): the semester, the organisation, and the history
/// of its document flow. Read from JSON, its history is replayed; a history that does not replay
/// is refused, naming the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(try_from = "FileSpec")]
pub struct SemesterFile {
    /// The semester.
    pub semester: Semester,
    /// Who holds which role (CO-1).
    pub organisation: Organisation,
    /// Every step, oldest first.
    pub history: Vec<Event>,
    /// The head of the history's hash chain: the link of its last event, or of the semester and
    /// organisation while it has none. Whoever keeps a copy detects any later rewrite
    /// ([`SemesterFile::verify_head`]).
    pub head: Digest,
    /// The reports, by id, as the history leaves them.
    #[serde(skip)]
    pub reports: BTreeMap<String, ReportState>,
    /// The faculties' summaries, by faculty, as the history leaves them.
    #[serde(skip)]
    pub summaries: BTreeMap<String, SummaryState>,
    /// The number and time of the last recorded step, which may precede `history` when the file
    /// was resumed from a checkpoint (then `history` holds only the steps recorded since).
    #[serde(skip)]
    pub(crate) last: Option<(u32, Instant)>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    semester: Semester,
    organisation: Organisation,
    #[serde(default)]
    history: Vec<Event>,
    #[serde(default)]
    head: Option<Digest>,
}

impl TryFrom<FileSpec> for SemesterFile {
    type Error = CounsellingError;
    fn try_from(spec: FileSpec) -> Result<Self, Self::Error> {
        let mut file = SemesterFile::new(spec.semester, spec.organisation)?;
        // Replayed for its order and its states; who may take a step (CO-6) and the attendance
        // lists (CO-3) were checked under the policy in force when it was recorded.
        for (i, event) in spec.history.into_iter().enumerate() {
            let expected = u32::try_from(i + 1).unwrap_or(u32::MAX);
            if event.seq != expected {
                return Err(invalid(
                    format!("history[{i}].seq"),
                    format!("{} where {expected} follows", event.seq),
                ));
            }
            let stored = event.hash;
            let command = Command {
                by: event.by,
                at: event.at,
                step: event.step,
            };
            file.apply_with(
                None,
                &format!("history[{i}]"),
                command,
                &mut regula_core::NoExplanation,
            )?;
            // The hash chain: the stored hash must follow from the event and those before it.
            if stored.is_some_and(|h| Some(h) != file.history.last().and_then(|e| e.hash)) {
                return Err(invalid(
                    format!("history[{i}].hash"),
                    format!(
                        "event {}: its hash does not follow from its content and the events \
                         before it: the history was changed there",
                        i + 1
                    ),
                ));
            }
        }
        if let Some(head) = spec.head
            && head != file.head
        {
            return Err(invalid(
                "head",
                format!(
                    "{head} is not where the history leads ({}): events were removed, added or \
                     changed",
                    file.head
                ),
            ));
        }
        Ok(file)
    }
}

impl SemesterFile {
    /// A new file with an empty history, its semester and organisation checked.
    pub fn new(semester: Semester, organisation: Organisation) -> Result<Self, CounsellingError> {
        semester.validated()?;
        organisation.validated()?;
        let head = Digest::genesis("counselling", &(&semester, &organisation));
        Ok(SemesterFile {
            semester,
            organisation,
            history: Vec::new(),
            head,
            reports: BTreeMap::new(),
            summaries: BTreeMap::new(),
            last: None,
        })
    }

    /// Checks the history against a head kept elsewhere (by the counselling centre, an auditor):
    /// any rewrite since that head was taken is refused.
    pub fn verify_head(&self, held: &Digest) -> Result<(), CounsellingError> {
        regula_core::chain::check_head(&self.head, held).map_err(|problem| invalid("head", problem))
    }

    /// Checks that the history still holds the events of an earlier copy, whose hashes are
    /// `held` (oldest first), naming the first that does not match; events appended since are
    /// allowed.
    pub fn verify_prefix(&self, held: &[Digest]) -> Result<(), CounsellingError> {
        let now: Vec<Option<Digest>> = self.history.iter().map(|e| e.hash).collect();
        match regula_core::chain::divergence(&now, held) {
            None => Ok(()),
            Some(divergence) => Err(invalid("history", divergence.to_string())),
        }
    }

    /// Checks the history under `policy`: every recorded step by a role the matrix gives it (CO-6)
    /// and every registered report with its attendance lists (CO-3), as when it was recorded. A
    /// file read from JSON is replayed for its order and states only; a decision checks it so.
    pub fn verify(&self, policy: &CounsellingPolicy) -> Result<(), CounsellingError> {
        self.organisation.checked(policy)?;
        let mut replayed = SemesterFile::new(self.semester.clone(), self.organisation.clone())?;
        for (i, event) in self.history.iter().enumerate() {
            let command = Command {
                by: event.by.clone(),
                at: event.at,
                step: event.step.clone(),
            };
            replayed.apply_with(
                Some(policy),
                &format!("file.history[{i}]"),
                command,
                &mut regula_core::NoExplanation,
            )?;
        }
        Ok(())
    }

    /// Records every command in order, or none: the first refused one is the error, naming its
    /// position and why, and the file is unchanged.
    pub fn record_all(
        &mut self,
        policy: &CounsellingPolicy,
        commands: &[Command],
        recorder: &mut impl Recorder,
    ) -> Result<(), CounsellingError> {
        self.organisation.checked(policy)?;
        let mut next = self.clone();
        for (index, command) in commands.iter().enumerate() {
            next.apply_with(
                Some(policy),
                &format!("steps[{index}]"),
                command.clone(),
                recorder,
            )
            .map_err(|reason| CounsellingError::Refused {
                index,
                reason: Box::new(reason),
            })?;
        }
        *self = next;
        Ok(())
    }

    /// The faculty a step concerns.
    fn faculty_of(&self, at: &str, step: &Step) -> Result<String, CounsellingError> {
        let faculty = match step {
            Step::SubmitReport { report } => report.faculty.clone(),
            Step::RegisterReport { report } | Step::AnalyseReport { report, .. } => self
                .reports
                .get(report)
                .map(|r| r.report.faculty.clone())
                .ok_or_else(|| {
                    invalid(
                        format!("{at}.report"),
                        format!("no report `{report}` was submitted"),
                    )
                })?,
            Step::SubmitSummary { faculty, .. }
            | Step::RegisterSummary { faculty }
            | Step::VerifySummary { faculty }
            | Step::ApproveSummary { faculty } => faculty.clone(),
        };
        if !self.organisation.has_faculty(&faculty) {
            return Err(invalid(
                format!("{at}.faculty"),
                format!("unknown faculty `{faculty}`"),
            ));
        }
        Ok(faculty)
    }

    /// CO-6: the role in which `by` may take `action` for `faculty`, or the refusal with the rule
    /// and the role.
    fn responsible(
        &self,
        policy: &CounsellingPolicy,
        at: &str,
        by: &str,
        action: Action,
        faculty: &str,
    ) -> Result<Role, CounsellingError> {
        let allowed = policy.roles_for(action);
        let mut held = self.organisation.roles_of(by).peekable();
        if held.peek().is_none() {
            return Err(invalid(
                format!("{at}.by"),
                format!("`{by}` holds no role in the organisation"),
            ));
        }
        let mut roles = Vec::new();
        for a in held {
            let here = !policy.in_a_faculty(&a.role) || a.faculty.as_deref() == Some(faculty);
            if allowed.contains(&a.role) && here {
                return Ok(a.role.clone());
            }
            roles.push(match &a.faculty {
                Some(f) => Message::new("counselling-role-of")
                    .arg("role", policy.role_arg(&a.role))
                    .arg("faculty", f.as_str()),
                None => Message::new("counselling-role").arg("role", policy.role_arg(&a.role)),
            });
        }
        Err(CounsellingError::NotResponsible {
            field: format!("{at}.by"),
            person: by.to_owned(),
            roles,
            action: Box::new(
                Message::new("counselling-action-of")
                    .arg("action", action.term())
                    .arg("faculty", faculty),
            ),
            allowed: allowed
                .iter()
                .map(|r| Message::new("counselling-role").arg("role", policy.role_arg(r)))
                .collect(),
        })
    }

    /// Records one step, or refuses it and changes nothing. Without a policy (a history read
    /// back), the step's order and states are checked, not who took it nor the attendance lists.
    pub fn apply_with(
        &mut self,
        policy: Option<&CounsellingPolicy>,
        at: &str,
        command: Command,
        recorder: &mut impl Recorder,
    ) -> Result<(), CounsellingError> {
        if let Some((seq, last_at)) = self.last
            && command.at < last_at
        {
            return Err(invalid(
                format!("{at}.at"),
                format!(
                    "{} is before the step it follows (no. {seq}, {last_at})",
                    command.at
                ),
            ));
        }
        let action = command.step.action();
        if let Some(policy) = policy
            && !policy.has_step(action)
        {
            return Err(invalid(
                format!("{at}.action"),
                format!(
                    "`{}`: the policy's flow has no such step; its steps are {} (CO-6)",
                    serde_name(action),
                    Action::ALL
                        .into_iter()
                        .filter(|a| policy.has_step(*a))
                        .map(serde_name)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        let faculty = self.faculty_of(at, &command.step)?;
        let role = match policy {
            Some(policy) => Some(self.responsible(policy, at, &command.by, action, &faculty)?),
            None => None,
        };
        let gate = policy.map(CounsellingPolicy::attendance_step);
        let by = command.by.as_str();
        let when = command.at;
        let (rule, text): (&Rule, Message) = match &command.step {
            Step::SubmitReport { report } => {
                report.validated(&format!("{at}.report"), &self.semester)?;
                if report.counsellor != by {
                    return Err(invalid(
                        format!("{at}.report.counsellor"),
                        format!("`{}` is not `{by}`, who sends it", report.counsellor),
                    ));
                }
                if self.reports.contains_key(&report.id) {
                    return Err(invalid(
                        format!("{at}.report.id"),
                        format!("report `{}` was already submitted", report.id),
                    ));
                }
                self.reports.insert(
                    report.id.clone(),
                    ReportState {
                        report: report.clone(),
                        submitted: when,
                        registered: None,
                        analysed: None,
                    },
                );
                (
                    &CO_3,
                    Message::new("counselling-report-sent")
                        .arg("by", by)
                        .arg("report", report.id.as_str())
                        .arg("faculty", faculty.as_str())
                        .arg("activities", report.activities.len())
                        .arg("when", when),
                )
            }
            Step::RegisterReport { report } => {
                let state = self.reports.get(report).ok_or_else(|| {
                    invalid(format!("{at}.report"), format!("no report `{report}`"))
                })?;
                if state.registered.is_some() {
                    return Err(invalid(
                        format!("{at}.report"),
                        format!("report `{report}` is already registered"),
                    ));
                }
                if state.analysed.is_some() {
                    return Err(invalid(
                        format!("{at}.report"),
                        format!("report `{report}` is registered before it is analysed"),
                    ));
                }
                if gate == Some(Action::RegisterReport) {
                    attendance_listed(policy, at, state)?;
                }
                if let Some(s) = self.reports.get_mut(report) {
                    s.registered = Some(when);
                }
                (
                    &CO_4,
                    Message::new("counselling-report-registered")
                        .arg("by", by)
                        .arg("report", report.as_str())
                        .arg("when", when),
                )
            }
            Step::AnalyseReport { report, vice_dean } => {
                self.co_analyser_holds(policy, at, &faculty, vice_dean.as_deref())?;
                let state = self.reports.get_mut(report).ok_or_else(|| {
                    invalid(format!("{at}.report"), format!("no report `{report}`"))
                })?;
                let registers = policy.is_some_and(|p| p.has_step(Action::RegisterReport));
                if registers && state.registered.is_none() {
                    return Err(invalid(
                        format!("{at}.report"),
                        format!("report `{report}` is analysed after it is registered"),
                    ));
                }
                if state.analysed.is_some() {
                    return Err(invalid(
                        format!("{at}.report"),
                        format!("report `{report}` is already analysed"),
                    ));
                }
                if gate == Some(Action::AnalyseReport) {
                    attendance_listed(policy, at, state)?;
                }
                state.analysed = Some((when, vice_dean.clone()));
                let text = match vice_dean {
                    Some(with) => {
                        Message::new("counselling-report-analysed").arg("vice_dean", with.as_str())
                    }
                    None => Message::new("counselling-report-analysed-alone"),
                };
                (
                    &CO_4,
                    text.arg("by", by)
                        .arg("report", report.as_str())
                        .arg("when", when),
                )
            }
            Step::SubmitSummary { activities, .. } => {
                let mut ids = std::collections::HashSet::new();
                for (i, a) in activities.iter().enumerate() {
                    let here = format!("{at}.activities[{i}]");
                    if !ids.insert(a.id.as_str()) {
                        return Err(invalid(
                            format!("{here}.id"),
                            format!("`{}` is used twice", a.id),
                        ));
                    }
                    a.validated(&here, &self.semester)?;
                }
                if self.summaries.contains_key(&faculty) {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("the summary of faculty `{faculty}` was already sent"),
                    ));
                }
                let pending: Vec<&str> = match policy {
                    Some(p) => self
                        .reports
                        .values()
                        .filter(|r| r.report.faculty == faculty)
                        .filter(|r| next_report_step(p, r).is_some())
                        .map(|r| r.report.id.as_str())
                        .collect(),
                    None => Vec::new(),
                };
                if !pending.is_empty() {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!(
                            "the summary of faculty `{faculty}` consolidates analysed reports; not yet analysed: {} (CO-4)",
                            pending.join(", ")
                        ),
                    ));
                }
                if gate == Some(Action::SubmitSummary) {
                    for state in self
                        .reports
                        .values()
                        .filter(|r| r.report.faculty == faculty)
                    {
                        attendance_listed(policy, at, state)?;
                    }
                }
                self.summaries.insert(
                    faculty.clone(),
                    SummaryState {
                        submitted: when,
                        activities: activities.clone(),
                        registered: None,
                        verified: None,
                        approved: None,
                    },
                );
                (
                    &CO_5,
                    Message::new("counselling-summary-sent")
                        .arg("by", by)
                        .arg("faculty", faculty.as_str())
                        .arg("when", when),
                )
            }
            Step::RegisterSummary { .. }
            | Step::VerifySummary { .. }
            | Step::ApproveSummary { .. } => {
                let state = self.summaries.get_mut(&faculty).ok_or_else(|| {
                    invalid(
                        format!("{at}.faculty"),
                        format!("the summary of faculty `{faculty}` was not sent"),
                    )
                })?;
                let already = summary_slot(state, action).is_some();
                let before = match policy {
                    Some(p) => already || next_summary_step(p, state) == Some(action),
                    None => [
                        Action::RegisterSummary,
                        Action::VerifySummary,
                        Action::ApproveSummary,
                    ]
                    .into_iter()
                    .skip_while(|a| *a != action)
                    .skip(1)
                    .all(|later| summary_slot(state, later).is_none()),
                };
                let (slot, done) = match action {
                    Action::RegisterSummary => (&mut state.registered, "registered"),
                    Action::VerifySummary => (&mut state.verified, "verified"),
                    _ => (&mut state.approved, "approved"),
                };
                if !before {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!(
                            "the summary of faculty `{faculty}` cannot be {done} before the step that comes first (CO-5)"
                        ),
                    ));
                }
                if slot.is_some() {
                    return Err(invalid(
                        format!("{at}.faculty"),
                        format!("the summary of faculty `{faculty}` is already {done}"),
                    ));
                }
                *slot = Some(when);
                (
                    &CO_5,
                    Message::new(match action {
                        Action::RegisterSummary => "counselling-summary-registered",
                        Action::VerifySummary => "counselling-summary-verified",
                        _ => "counselling-summary-approved",
                    })
                    .arg("by", by)
                    .arg("faculty", faculty.as_str())
                    .arg("when", when),
                )
            }
        };
        recorder.record(|| TraceStep::says(rule, text));
        if let Some(role) = role {
            recorder.record(|| {
                TraceStep::says(
                    &CO_6,
                    Message::new("counselling-matrix")
                        .arg(
                            "role",
                            policy
                                .map(|p| p.role_arg(&role))
                                .unwrap_or_else(|| role.id().into()),
                        )
                        .arg("by", by),
                )
            });
        }
        let seq = self.last.map_or(1, |(seq, _)| seq.saturating_add(1));
        self.last = Some((seq, command.at));
        let mut event = Event {
            seq,
            by: command.by,
            at: command.at,
            step: command.step,
            hash: None,
        };
        let hash = event.link(&self.head);
        event.hash = Some(hash);
        self.head = hash;
        self.history.push(event);
        Ok(())
    }
}

/// CO-3: refuses a report without the attendance lists its activities need, at the step the
/// policy checks them (its registration, else its analysis, else the faculty's summary).
fn attendance_listed(
    policy: Option<&CounsellingPolicy>,
    at: &str,
    state: &ReportState,
) -> Result<(), CounsellingError> {
    let missing = policy
        .map(|p| state.report.missing_attendance(p))
        .unwrap_or_default();
    if missing.is_empty() {
        return Ok(());
    }
    let ids: Vec<&str> = missing.iter().map(|a| a.id.as_str()).collect();
    Err(invalid(
        format!("{at}.report"),
        format!(
            "report `{}` lacks the attendance lists of {}: a report without them cannot be registered (CO-3)",
            state.report.id,
            ids.join(", ")
        ),
    ))
}

impl SemesterFile {
    /// CO-4: the report's co-analyser holds the policy's `co_analyser` role in `faculty`; none is
    /// named when the policy has none. Without a policy (a history read back), a co-analyser
    /// named holds some role in the faculty.
    fn co_analyser_holds(
        &self,
        policy: Option<&CounsellingPolicy>,
        at: &str,
        faculty: &str,
        named: Option<&str>,
    ) -> Result<(), CounsellingError> {
        let field = format!("{at}.vice_dean");
        let name =
            |role: &Role| policy.map_or_else(|| role.to_string(), |p| p.role_in_english(role));
        match (policy.map(|p| p.co_analyser.as_ref()), named) {
            (Some(Some(role)), Some(person)) => {
                if !self
                    .organisation
                    .holders(role, Some(faculty))
                    .contains(&person)
                {
                    return Err(invalid(
                        field,
                        format!(
                            "`{person}` is not a {} of faculty `{faculty}` (CO-4)",
                            name(role)
                        ),
                    ));
                }
            }
            (Some(Some(role)), None) => {
                return Err(invalid(
                    field,
                    format!(
                        "missing: the report is analysed with a {} of faculty `{faculty}` (CO-4)",
                        name(role)
                    ),
                ));
            }
            (Some(None), Some(person)) => {
                return Err(invalid(
                    field,
                    format!(
                        "`{person}`: the policy names no co-analyser; the report is analysed alone (CO-4)"
                    ),
                ));
            }
            (None, Some(person)) => {
                let holds = self
                    .organisation
                    .roles_of(person)
                    .any(|a| a.faculty.as_deref() == Some(faculty));
                if !holds {
                    return Err(invalid(
                        field,
                        format!("`{person}` holds no role in faculty `{faculty}` (CO-4)"),
                    ));
                }
            }
            (Some(None), None) | (None, None) => {}
        }
        Ok(())
    }
}

/// The action's name in JSON (CO-6).
pub(crate) fn serde_name(action: Action) -> &'static str {
    crate::policy::serde_name(action)
}
