//! Whether an appeal filed at a given instant, on given grounds, is admissible (AP-1..AP-4).

use std::fmt;

use regula_calendar::Instant;
use regula_core::locale::{Arg, Message};
use regula_core::{Decision, NoExplanation, Recorder, Step};
use serde::{Deserialize, Serialize};

use crate::deadline::Moment;
use crate::deadlines::{
    AcceptedGrounds, AppealWindow, ExamFacts, appeal_deadline, deadlines_and_close, decision_due,
    request_field, rule_of,
};
use crate::grounds::{GroundsRule, grounds_rule};
use crate::rules::AP_2;
use crate::{AppealsError, AppealsPolicy};
use regula_core::ExamForm;

/// What an appeal is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Grounds {
    /// A technical problem during the exam (lost connection, platform failure).
    Technical,
    /// The marking: the student asks for the work to be re-graded.
    Marking,
}

impl Grounds {
    /// The message identifier of the grounds' name (AP-2: `appeal-grounds-technical`).
    pub const fn term(self) -> &'static str {
        match self {
            Grounds::Technical => "appeal-grounds-technical",
            Grounds::Marking => "appeal-grounds-marking",
        }
    }
}

impl fmt::Display for Grounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Grounds::Technical => "technical",
            Grounds::Marking => "marking",
        })
    }
}

fn technical_only() -> AcceptedGrounds {
    AcceptedGrounds::TechnicalOnly
}

/// An appeal as filed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Appeal {
    /// When it was filed.
    pub filed_at: Instant,
    /// What it is about.
    pub grounds: Grounds,
    /// Whether the technical problem is justified and proven (screenshots, platform logs): AP-2
    /// requires it for a quiz.
    #[serde(default)]
    pub proof: bool,
}

/// Why an appeal is not admissible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Refusal {
    /// Filed before the window opened (before the exam ended, or before the grades were known).
    TooEarly {
        /// When the window opens.
        opens: Instant,
    },
    /// Filed after the window closed.
    TooLate {
        /// When it closed.
        closed: Instant,
    },
    /// The results were announced after the appeal window had closed, so the window never
    /// opened (the announcement itself missed its deadline).
    WindowNeverOpened {
        /// When the results were announced.
        opens: Instant,
        /// When the window closed.
        closed: Instant,
    },
    /// An appeal on grounds its form does not accept (AP-2: a quiz appeal on other than
    /// technical grounds; AP-1..AP-4: the policy's `grounds_by_form`).
    GroundsNotAccepted {
        /// The grounds given.
        grounds: Grounds,
        /// The grounds the form accepts (the seed's quiz: technical only).
        #[serde(default = "technical_only")]
        accepted: AcceptedGrounds,
        /// The exam form, where the policy's `grounds_by_form` sets its grounds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form: Option<ExamForm>,
    },
    /// A technical appeal without proof where its form asks for it (AP-2: justified and
    /// proven).
    Unproven,
}

impl Refusal {
    /// The refusal as a message, to write in a language (AP-1..AP-4).
    pub fn message(&self) -> Message {
        match self {
            Refusal::TooEarly { opens } => Message::new("refusal-too-early").arg("opens", *opens),
            Refusal::TooLate { closed } => Message::new("refusal-too-late").arg("closed", *closed),
            Refusal::WindowNeverOpened { opens, closed } => Message::new("refusal-never-opened")
                .arg("opens", *opens)
                .arg("closed", *closed),
            Refusal::GroundsNotAccepted {
                grounds,
                accepted,
                form,
            } => match form {
                None => {
                    Message::new("refusal-grounds").arg("grounds", Arg::Term(grounds.term().into()))
                }
                Some(form) if *accepted == AcceptedGrounds::NoAppeal => {
                    Message::new("refusal-no-appeal").arg("form", Arg::Term(form.term().into()))
                }
                Some(form) => Message::new("refusal-grounds-form")
                    .arg("grounds", Arg::Term(grounds.term().into()))
                    .arg("form", Arg::Term(form.term().into()))
                    .arg("accepted", Arg::Term(accepted.term().into())),
            },
            Refusal::Unproven => Message::new("refusal-unproven"),
        }
    }
}

impl fmt::Display for Refusal {
    /// The refusal in the language of [`regula_core::locale::in_language`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message())
    }
}

/// The verdict on an appeal's admissibility.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Admissibility {
    /// Whether the appeal is admissible: on time and on accepted grounds.
    pub admissible: bool,
    /// Every reason it is not, empty when it is.
    pub refusals: Vec<Refusal>,
    /// The window it was judged against.
    pub window: AppealWindow,
    /// By when an admissible appeal is decided, where the policy sets it (`appeal_decision`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_due: Option<Instant>,
}

impl fmt::Display for Admissibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = if self.admissible {
            Message::new("appeal-admissible").arg("closes", self.window.closes)
        } else {
            Message::new("appeal-not-admissible").arg(
                "reasons",
                Arg::List(self.refusals.iter().map(Refusal::message).collect()),
            )
        };
        write!(f, "{message}")
    }
}

/// Whether `appeal` is admissible against the exam described by `facts`, without an explanation.
pub fn check_appeal(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    appeal: &Appeal,
) -> Result<Admissibility, AppealsError> {
    check_appeal_with(policy, facts, appeal, &mut NoExplanation)
}

/// [`check_appeal`] with the rules that decided it.
pub fn check_appeal_explained(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    appeal: &Appeal,
) -> Result<Decision<Admissibility>, AppealsError> {
    Decision::explained(|why| check_appeal_with(policy, facts, appeal, why))
}

/// The one check behind [`check_appeal`] and [`check_appeal_explained`]. Deadlines are inclusive: an
/// appeal filed at the closing instant is on time. Every refusal is reported, not only the first.
pub fn check_appeal_with(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    appeal: &Appeal,
    recorder: &mut impl Recorder,
) -> Result<Admissibility, AppealsError> {
    let (deadline, _, rule_id, _) = appeal_deadline(policy, facts.form);
    let missing = match deadline.from {
        Moment::GradesAnnounced => facts.grades_announced.is_none(),
        Moment::PapersViewed => facts.papers_viewed.is_none(),
        _ => false,
    };
    if missing {
        return Err(AppealsError::AnnouncementRequired {
            field: request_field(deadline.from),
            form: facts.form,
            rule: rule_id,
        });
    }
    let (deadlines, close) = deadlines_and_close(policy, facts, &mut NoExplanation)?;
    let window = deadlines.appeal;
    let rule = rule_of(facts.form);
    let filed = appeal.filed_at;
    let opens = window.opens.unwrap_or(facts.exam_end);
    // Inclusive at both ends: filed at the opening or the closing instant is on time.
    let never_opened = opens > window.closes;
    let early = filed < opens;
    let late = filed > window.closes;
    let mut refusals = Vec::new();
    if never_opened {
        refusals.push(Refusal::WindowNeverOpened {
            opens,
            closed: window.closes,
        });
    } else if early {
        refusals.push(Refusal::TooEarly { opens });
    }
    if late {
        refusals.push(Refusal::TooLate {
            closed: window.closes,
        });
    }
    let on_time = refusals.is_empty();
    recorder.record(|| {
        let message = if never_opened {
            Message::new("appeal-never-opened")
        } else if on_time {
            Message::new("appeal-filed-on-time")
        } else if early {
            Message::new("appeal-filed-too-early")
        } else {
            Message::new("appeal-filed-too-late")
        };
        Step::says(
            &rule,
            message
                .arg("filed", filed)
                .arg("opens", opens)
                .arg("closes", window.closes),
        )
    });
    let grounds = grounds_rule(policy, facts.form);
    if grounds.from_policy {
        check_policy_grounds(facts.form, appeal, grounds, &mut refusals, recorder);
    } else if window.grounds == AcceptedGrounds::TechnicalOnly {
        if appeal.grounds != Grounds::Technical {
            refusals.push(Refusal::GroundsNotAccepted {
                grounds: appeal.grounds,
                accepted: AcceptedGrounds::TechnicalOnly,
                form: None,
            });
        } else if !appeal.proof {
            refusals.push(Refusal::Unproven);
        }
        recorder.record(|| {
            let message = match (appeal.grounds, appeal.proof) {
                (Grounds::Technical, true) => "appeal-quiz-technical-proven",
                (Grounds::Technical, false) => "appeal-quiz-technical-unproven",
                (Grounds::Marking, _) => "appeal-quiz-marking",
            };
            Step::says(&AP_2, Message::new(message))
        });
    } else {
        recorder.record(|| {
            Step::says(
                &rule,
                Message::new("appeal-grounds-accepted")
                    .arg("grounds", Arg::Term(appeal.grounds.term().into()))
                    .arg("form", Arg::Term(facts.form.term().into())),
            )
        });
    }
    let admissible = refusals.is_empty();
    let decision_due = match policy.appeal_decision {
        Some(decision) if admissible => {
            let decided = decision_due(decision, &close, filed)?;
            recorder.record(|| {
                Step::says(
                    &rule,
                    Message::new("appeal-decision-due")
                        .arg("at", decided.at)
                        .arg("span", decision.span(decided)),
                )
            });
            Some(decided.at)
        }
        _ => None,
    };
    Ok(Admissibility {
        admissible,
        refusals,
        window,
        decision_due,
    })
}

/// AP-1..AP-4: the grounds of `appeal` against the policy's `grounds_by_form` for `form`: not
/// accepted (naming the grounds the form accepts), or technical without the proof it asks for.
fn check_policy_grounds(
    form: ExamForm,
    appeal: &Appeal,
    grounds: GroundsRule,
    refusals: &mut Vec<Refusal>,
    recorder: &mut impl Recorder,
) {
    let accepted = grounds.accepted.accepts(appeal.grounds);
    let unproven = accepted
        && appeal.grounds == Grounds::Technical
        && grounds.technical_proof
        && !appeal.proof;
    if !accepted {
        refusals.push(Refusal::GroundsNotAccepted {
            grounds: appeal.grounds,
            accepted: grounds.accepted,
            form: Some(form),
        });
    } else if unproven {
        refusals.push(Refusal::Unproven);
    }
    recorder.record(|| {
        let id = if !accepted {
            "appeal-grounds-policy-refused"
        } else if unproven {
            "appeal-grounds-policy-unproven"
        } else if appeal.grounds == Grounds::Technical && grounds.technical_proof {
            "appeal-grounds-policy-proven"
        } else {
            "appeal-grounds-accepted"
        };
        Step::says(
            &rule_of(form),
            Message::new(id)
                .arg("grounds", Arg::Term(appeal.grounds.term().into()))
                .arg("form", Arg::Term(form.term().into()))
                .arg("accepted", Arg::Term(grounds.accepted.term().into())),
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use regula_core::ExamForm;

    fn facts(form: ExamForm, end: &str, announced: Option<&str>) -> ExamFacts {
        ExamFacts {
            form,
            exam_end: end.parse().unwrap(),
            grades_announced: announced.map(|a| a.parse().unwrap()),
            papers_viewed: None,
        }
    }

    fn appeal(at: &str, grounds: Grounds, proof: bool) -> Appeal {
        Appeal {
            filed_at: at.parse().unwrap(),
            grounds,
            proof,
        }
    }

    #[test]
    fn every_refusal_is_reported() {
        let policy = AppealsPolicy::umc_2020();
        let quiz = facts(ExamForm::OnlineQuiz, "2021-01-25T12:00", None);
        let verdict = check_appeal(
            &policy,
            &quiz,
            &appeal("2021-01-25T15:00", Grounds::Marking, false),
        )
        .unwrap();
        assert_eq!(verdict.refusals.len(), 2, "{:?}", verdict.refusals);
        assert!(matches!(verdict.refusals[0], Refusal::TooLate { .. }));
        assert!(matches!(
            verdict.refusals[1],
            Refusal::GroundsNotAccepted {
                grounds: Grounds::Marking,
                ..
            }
        ));
        let verdict = check_appeal(
            &policy,
            &quiz,
            &appeal("2021-01-25T13:00", Grounds::Technical, false),
        )
        .unwrap();
        assert_eq!(verdict.refusals, vec![Refusal::Unproven]);
        let verdict = check_appeal(
            &policy,
            &quiz,
            &appeal("2021-01-25T11:59", Grounds::Technical, true),
        )
        .unwrap();
        assert!(matches!(verdict.refusals[..], [Refusal::TooEarly { .. }]));
    }

    #[test]
    fn results_announced_after_the_window_leave_no_window() {
        let policy = AppealsPolicy::umc_2020();
        let exam = facts(
            ExamForm::FaceToFaceWritten,
            "2021-06-14T10:00",
            Some("2021-06-17T09:00"),
        );
        let verdict = check_appeal(
            &policy,
            &exam,
            &appeal("2021-06-17T10:00", Grounds::Marking, false),
        )
        .unwrap();
        assert!(!verdict.admissible);
        assert!(matches!(
            verdict.refusals[0],
            Refusal::WindowNeverOpened { .. }
        ));
    }

    #[test]
    fn an_open_question_appeal_needs_the_announcement() {
        let policy = AppealsPolicy::umc_2020();
        let exam = facts(ExamForm::OnlineOpenQuestions, "2021-06-14T10:00", None);
        let err = check_appeal(
            &policy,
            &exam,
            &appeal("2021-06-14T12:00", Grounds::Marking, false),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "`grades_announced` is needed to check an appeal against an online open-question exam: the appeal window counts from it (AP-3)"
        );
        let exam = facts(
            ExamForm::OnlineOpenQuestions,
            "2021-06-14T10:00",
            Some("2021-06-14T09:00"),
        );
        let err = check_appeal(
            &policy,
            &exam,
            &appeal("2021-06-14T12:00", Grounds::Marking, false),
        )
        .unwrap_err();
        assert!(err.to_string().contains("`grades_announced`"), "{err}");
    }
}
