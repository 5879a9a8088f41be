//! A group's last exam within the last days of a regular session (SC-LAST): the validator's
//! check, and the days the solver keeps for it. One definition: [`from_day`].

use chrono::{Days, NaiveDate};
use regula_core::locale::Message;

use crate::SchedulingPolicy;
use crate::model::SessionKind;
use crate::rules::SC_LAST;
use crate::validate::{Indexed, Placed, Violation};

/// SC-LAST: the first of the session's last days on one of which each group's last exam falls,
/// and how many they are; `None` where the policy has no such rule or the session is not a
/// regular one.
pub(crate) fn from_day(ix: &Indexed<'_>, policy: &SchedulingPolicy) -> Option<(NaiveDate, u32)> {
    let session = &ix.plan.session;
    let days = policy.last_exam_within_days?;
    (session.kind == SessionKind::Regular).then(|| {
        let from = session
            .last_day
            .checked_sub_days(Days::new(u64::from(days.saturating_sub(1))))
            .unwrap_or(session.first_day)
            .max(session.first_day);
        (from, days)
    })
}

/// SC-LAST: every group whose last exam ends before the session's last days.
pub(crate) fn check(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    placed: &[Placed],
) -> Vec<Violation> {
    let Some((from, days)) = from_day(ix, policy) else {
        return Vec::new();
    };
    let plan = ix.plan;
    let mut last: Vec<Option<(NaiveDate, usize)>> = vec![None; plan.groups.len()];
    for p in placed {
        for &g in &ix.exam_groups[p.exam] {
            if last[g].is_none_or(|(day, _)| p.last_day > day) {
                last[g] = Some((p.last_day, p.exam));
            }
        }
    }
    last.iter()
        .enumerate()
        .filter_map(|(g, last)| {
            let (day, e) = (*last)?;
            (day < from).then(|| {
                let group = plan.groups[g].id.as_str();
                let exam = plan.exams[e].id.as_str();
                let mut v = Violation::new(
                    &SC_LAST,
                    Message::new("scheduling-last-exam-early")
                        .arg("group", group)
                        .arg("exam", exam)
                        .arg("day", day)
                        .arg("days", u64::from(days))
                        .arg("from", from),
                );
                v.groups = vec![group.to_owned()];
                v.exams = vec![exam.to_owned()];
                v.dates = vec![day, from];
                v
            })
        })
        .collect()
}

/// SC-LAST for the solver: for each group, one of its exams kept to the session's last days
/// (`allowed`, per exam and day of the session, is narrowed), chosen greedily: one whose course
/// is not capped by form (SC-COURSE) first, then the one serving the most groups at once; a group
/// already served by an exam that can only fall there is left alone.
/// The groups none of whose exams may fall there are returned, with the first of those days.
pub(crate) fn keep_last_days(
    ix: &Indexed<'_>,
    policy: &SchedulingPolicy,
    allowed: &mut [Vec<bool>],
    group_exams: &[Vec<usize>],
) -> Result<(), (Vec<usize>, NaiveDate, u32)> {
    let Some((from, days)) = from_day(ix, policy) else {
        return Ok(());
    };
    let first = usize::try_from((from - ix.plan.session.first_day).num_days()).unwrap_or(0);
    let late = |e: usize, allowed: &[Vec<bool>]| allowed[e].iter().skip(first).any(|&ok| ok);
    let only_late = |e: usize, allowed: &[Vec<bool>]| {
        late(e, allowed) && !allowed[e].iter().take(first).any(|&ok| ok)
    };
    let mut served: Vec<bool> = group_exams
        .iter()
        .map(|exams| exams.is_empty() || exams.iter().any(|&e| only_late(e, allowed)))
        .collect();
    let impossible: Vec<usize> = (0..group_exams.len())
        .filter(|&g| !served[g] && !group_exams[g].iter().any(|&e| late(e, allowed)))
        .collect();
    if !impossible.is_empty() {
        return Err((impossible, from, days));
    }
    for g in 0..group_exams.len() {
        if served[g] {
            continue;
        }
        let unserved = |e: usize| ix.exam_groups[e].iter().filter(|&&h| !served[h]).count();
        let chosen = group_exams[g]
            .iter()
            .copied()
            .filter(|&e| late(e, allowed))
            .max_by_key(|&e| {
                let uncapped = policy.course_cap(ix.plan.exams[e].form).is_none();
                (uncapped, unserved(e), std::cmp::Reverse(e))
            });
        if let Some(e) = chosen {
            allowed[e].iter_mut().take(first).for_each(|ok| *ok = false);
            for &h in &ix.exam_groups[e] {
                served[h] = true;
            }
        }
    }
    Ok(())
}
