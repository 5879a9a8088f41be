//! AP-1..AP-4: the grounds an appeal against each exam form may use — the seed's (a quiz:
//! technical grounds only, justified and proven; any other form: any grounds), or the policy's
//! `grounds_by_form` (technical, marking, both, or no appeal at all, and whether technical
//! grounds need proof).

use regula_core::locale::{Arg, Message};
use regula_core::{ExamForm, Problems};
use serde::{Deserialize, Serialize};

use crate::AppealsPolicy;
use crate::appeal::Grounds;
use crate::deadlines::AcceptedGrounds;

/// AP-1..AP-4: the grounds an appeal against one exam form may use, as a policy sets them:
/// `{"form": "online_quiz", "grounds": ["technical"], "technical_proof": true}`; `"grounds": []`
/// — no appeal is accepted against that form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FormGrounds {
    /// The exam form.
    pub form: ExamForm,
    /// AP-1..AP-4: the grounds accepted, each once: `technical`, `marking`, both, or none (no
    /// appeal against this form).
    pub grounds: Vec<Grounds>,
    /// AP-2: whether an appeal on technical grounds must be justified and proven (false by
    /// default); only where technical grounds are accepted.
    #[serde(default)]
    pub technical_proof: bool,
}

/// What an appeal against one form may be about, resolved from the policy (AP-1..AP-4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct GroundsRule {
    /// The grounds accepted.
    pub(crate) accepted: AcceptedGrounds,
    /// Whether technical grounds need proof.
    pub(crate) technical_proof: bool,
    /// Whether the policy's `grounds_by_form` sets it (else the seed's reading).
    pub(crate) from_policy: bool,
}

impl AcceptedGrounds {
    /// The grounds accepted, as a list.
    fn of(grounds: &[Grounds]) -> Self {
        match (
            grounds.contains(&Grounds::Technical),
            grounds.contains(&Grounds::Marking),
        ) {
            (true, true) => AcceptedGrounds::Any,
            (true, false) => AcceptedGrounds::TechnicalOnly,
            (false, true) => AcceptedGrounds::MarkingOnly,
            (false, false) => AcceptedGrounds::NoAppeal,
        }
    }

    /// Whether an appeal on `grounds` is accepted (AP-1..AP-4).
    pub fn accepts(self, grounds: Grounds) -> bool {
        match self {
            AcceptedGrounds::Any => true,
            AcceptedGrounds::TechnicalOnly => grounds == Grounds::Technical,
            AcceptedGrounds::MarkingOnly => grounds == Grounds::Marking,
            AcceptedGrounds::NoAppeal => false,
        }
    }

    /// The message identifier of the grounds accepted, in a sentence (AP-1..AP-4:
    /// `appeal-accepted-technical-only`).
    pub const fn term(self) -> &'static str {
        match self {
            AcceptedGrounds::Any => "appeal-accepted-any",
            AcceptedGrounds::TechnicalOnly => "appeal-accepted-technical-only",
            AcceptedGrounds::MarkingOnly => "appeal-accepted-marking-only",
            AcceptedGrounds::NoAppeal => "appeal-accepted-none",
        }
    }
}

/// AP-1..AP-4: the grounds an appeal against `form` may use under `policy`.
pub(crate) fn grounds_rule(policy: &AppealsPolicy, form: ExamForm) -> GroundsRule {
    match policy.grounds_by_form.iter().find(|g| g.form == form) {
        Some(set) => GroundsRule {
            accepted: AcceptedGrounds::of(&set.grounds),
            technical_proof: set.technical_proof,
            from_policy: true,
        },
        // The seed: a quiz on technical grounds only, justified and proven (AP-2); any other
        // form on any grounds (AP-1, AP-3, AP-4).
        None if form == ExamForm::OnlineQuiz => GroundsRule {
            accepted: AcceptedGrounds::TechnicalOnly,
            technical_proof: true,
            from_policy: false,
        },
        None => GroundsRule {
            accepted: AcceptedGrounds::Any,
            technical_proof: false,
            from_policy: false,
        },
    }
}

/// AP-1..AP-4: every form listed once, every ground once per form, and proof asked only where
/// technical grounds are accepted.
pub(crate) fn problems(policy: &AppealsPolicy, found: &mut Problems) {
    for (i, set) in policy.grounds_by_form.iter().enumerate() {
        let first = policy
            .grounds_by_form
            .iter()
            .position(|g| g.form == set.form);
        found.check(
            first == Some(i),
            format!("grounds_by_form[{i}].form"),
            set.form.as_written(),
            format!(
                "the form's grounds are set already by `grounds_by_form[{}]` (AP-1..AP-4)",
                first.unwrap_or(0)
            ),
        );
        for (j, ground) in set.grounds.iter().enumerate() {
            found.check(
                set.grounds.iter().position(|g| g == ground) == Some(j),
                format!("grounds_by_form[{i}].grounds[{j}]"),
                ground,
                "a ground is listed once (AP-1..AP-4)",
            );
        }
        found.check(
            !set.technical_proof || set.grounds.contains(&Grounds::Technical),
            format!("grounds_by_form[{i}].technical_proof"),
            set.technical_proof,
            "proof of a technical problem is asked only where technical grounds are accepted (AP-2)",
        );
    }
}

/// AP-1..AP-4: the grounds of a window, as the policy sets them, in a sentence.
pub(crate) fn window_message(form: ExamForm, rule: GroundsRule) -> Message {
    let form = Arg::Term(form.term().into());
    if rule.accepted == AcceptedGrounds::NoAppeal {
        return Message::new("appeal-window-no-appeal").arg("form", form);
    }
    Message::new(if rule.technical_proof {
        "appeal-window-grounds-proven"
    } else {
        "appeal-window-grounds"
    })
    .arg("form", form)
    .arg("accepted", Arg::Term(rule.accepted.term().into()))
}
