//! How earlier Erasmus+ mobilities limit a new one (MO-1, MO-2), as policy: no earlier mobility
//! of the same kind (the seed regulation), or a budget of months per study cycle (the Erasmus+
//! programme's 12), every earlier month of the cycle counted.

use regula_core::Problems;
use regula_core::locale::Message;
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::eligibility::Applicant;
use crate::model::MobilityKind;
use crate::policy::DurationPolicy;

/// What earlier Erasmus+ mobilities allow (MO-1 for study, MO-2 for training).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum EarlierMobilityRule {
    /// An earlier mobility of the same kind excludes (condition `no_earlier_mobility`): the
    /// default, the seed regulation's reading. Months and cycles are not looked at.
    #[default]
    NoEarlierMobility,
    /// A budget of months per study cycle (condition `mobility_months`): the months of every
    /// earlier mobility of the applicant's cycle, of either kind, are counted against it; the
    /// applicant is eligible while what remains holds the months asked
    /// (`applicants[].months_requested`) or, when none are asked, the shortest mobility of its
    /// kind (MO-9). The applicant's `cycle` and each earlier mobility's `cycle` and `months` are
    /// then needed.
    MonthsPerCycle {
        /// The months per cycle (12 in the Erasmus+ programme).
        months: u32,
    },
}

impl EarlierMobilityRule {
    /// Every problem of the rule (MO-1, MO-2), under `earlier_mobility`: a budget of no months, or
    /// of fewer than the shortest mobility (MO-9), would leave no mobility possible.
    pub(crate) fn problems(&self, duration: &DurationPolicy, found: &mut Problems) {
        let EarlierMobilityRule::MonthsPerCycle { months } = *self else {
            return;
        };
        let shortest = duration.min_months.min(duration.training_min_months).max(1);
        found.check(
            months >= shortest,
            "earlier_mobility.months",
            months,
            format!("a budget of fewer months than the shortest mobility ({shortest}) allows none (MO-1, MO-9)"),
        );
    }
}

/// The condition of earlier mobilities for `a` under `rule` (MO-1, MO-2): its name, whether it is
/// met, why, with the numbers, and — under a budget of months per cycle — the months of the
/// cycle still unused. A record that lacks what the rule needs is an error naming the field.
pub(crate) fn earlier_mobility_condition(
    rule: EarlierMobilityRule,
    duration: &DurationPolicy,
    a: &Applicant,
) -> Result<(&'static str, bool, Message, Option<u32>), MobilityError> {
    let budget = match rule {
        EarlierMobilityRule::NoEarlierMobility => {
            let earlier = a.earlier_mobilities.iter().any(|m| m.kind == a.kind);
            let reason = Message::new(if earlier {
                "mobility-earlier"
            } else {
                "mobility-no-earlier"
            })
            .arg("kind", a.kind.term());
            return Ok(("no_earlier_mobility", !earlier, reason, None));
        }
        EarlierMobilityRule::MonthsPerCycle { months } => months,
    };
    let bad = |field: String, value: String, problem: &str| MobilityError::ApplicantRecord {
        applicant: a.id.clone(),
        field,
        value,
        problem: problem.to_owned(),
    };
    let needs = "a budget of months per study cycle needs it (MO-1)";
    let Some(cycle) = a.cycle else {
        return Err(bad("cycle".into(), "absent".into(), needs));
    };
    if a.months_requested == Some(0) {
        return Err(bad(
            "months_requested".into(),
            "0".into(),
            "a mobility lasts at least one month",
        ));
    }
    let mut used: u32 = 0;
    for (i, m) in a.earlier_mobilities.iter().enumerate() {
        let at = |field: &str| format!("earlier_mobilities[{i}].{field}");
        let Some(m_cycle) = m.cycle else {
            return Err(bad(at("cycle"), "absent".into(), needs));
        };
        let Some(months) = m.months else {
            return Err(bad(at("months"), "absent".into(), needs));
        };
        if months == 0 {
            return Err(bad(
                at("months"),
                "0".into(),
                "a mobility lasts at least one month",
            ));
        }
        if m_cycle == cycle {
            used = used.saturating_add(months);
        }
    }
    let left = budget.saturating_sub(used);
    let shortest = match a.kind {
        MobilityKind::Study => duration.min_months,
        MobilityKind::Training => duration.training_min_months,
    };
    let numbers = |key: &'static str| {
        Message::new(key)
            .arg("used", u64::from(used))
            .arg("budget", u64::from(budget))
            .arg("left", u64::from(left))
            .arg("cycle", cycle.term())
    };
    let (met, reason) = match a.months_requested {
        Some(asked) if asked <= left => (
            true,
            numbers("mobility-months-asked-fit").arg("asked", u64::from(asked)),
        ),
        Some(asked) => (
            false,
            numbers("mobility-months-asked-too-many").arg("asked", u64::from(asked)),
        ),
        None if left >= shortest && left > 0 => (true, numbers("mobility-months-left")),
        None => (
            false,
            numbers("mobility-months-too-few-left").arg("min", u64::from(shortest)),
        ),
    };
    Ok(("mobility_months", met, reason, Some(left)))
}
