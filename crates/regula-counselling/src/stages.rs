//! Where a report and a faculty's summary stand in the flow the policy has (CO-4, CO-5, CO-6):
//! the next step each still needs, the steps an institution left out of its matrix skipped.

use regula_calendar::Instant;

use crate::flow::{ReportState, SummaryState};
use crate::policy::{Action, CounsellingPolicy};

/// CO-4: the next step a sent report still needs under `policy`; `None` once it is done.
pub(crate) fn next_report_step(policy: &CounsellingPolicy, state: &ReportState) -> Option<Action> {
    policy.report_steps().into_iter().find(|step| match step {
        Action::RegisterReport => state.registered.is_none(),
        _ => state.analysed.is_none(),
    })
}

/// CO-5: the next step a sent summary still needs under `policy`; `None` once it is approved.
pub(crate) fn next_summary_step(
    policy: &CounsellingPolicy,
    state: &SummaryState,
) -> Option<Action> {
    policy
        .summary_steps()
        .into_iter()
        .find(|step| summary_slot(state, *step).is_none())
}

/// CO-5: when the summary went through `step` (register, verify or approve).
pub(crate) fn summary_slot(state: &SummaryState, step: Action) -> Option<Instant> {
    match step {
        Action::RegisterSummary => state.registered,
        Action::VerifySummary => state.verified,
        _ => state.approved,
    }
}

/// CO-4: whether a sent report counts in its faculty's consolidation: once it went through the
/// first step the flow has after sending (its registration in the seed), or once sent when the
/// flow has none.
pub(crate) fn report_received(policy: &CounsellingPolicy, state: &ReportState) -> bool {
    match policy.report_steps().first() {
        Some(Action::RegisterReport) => state.registered.is_some(),
        Some(_) => state.analysed.is_some(),
        None => true,
    }
}

/// CO-5: whether a faculty's summary counts in the university's consolidation: once it went
/// through the first step the flow has after sending (the centre's registration in the seed; its
/// approval in a flow without a centre).
pub(crate) fn summary_received(policy: &CounsellingPolicy, state: &SummaryState) -> bool {
    policy
        .summary_steps()
        .first()
        .is_none_or(|step| summary_slot(state, *step).is_some())
}
