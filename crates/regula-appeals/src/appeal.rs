//! Whether an appeal filed at a given instant, on given grounds, is admissible (AP-1..AP-4).

use std::fmt;

use regula_calendar::Instant;
use regula_core::{Decision, NoExplanation, Recorder, Rule, Step};
use serde::{Deserialize, Serialize};

use crate::deadlines::{AcceptedGrounds, AppealWindow, ExamFacts, deadlines_with};
use crate::rules::{AP_1, AP_2, AP_3, AP_4};
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

impl fmt::Display for Grounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Grounds::Technical => "technical",
            Grounds::Marking => "marking",
        })
    }
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
    /// A quiz appeal on other than technical grounds (AP-2).
    GroundsNotAccepted {
        /// The grounds given.
        grounds: Grounds,
    },
    /// A technical appeal on a quiz without proof (AP-2: justified and proven).
    Unproven,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::TooEarly { opens } => {
                write!(f, "filed before the appeal window opened ({opens})")
            }
            Refusal::TooLate { closed } => {
                write!(f, "filed after the appeal window closed ({closed})")
            }
            Refusal::WindowNeverOpened { opens, closed } => write!(
                f,
                "the results were announced ({opens}) after the appeal window closed ({closed}): the regulation leaves no time to appeal, and the late results are a matter for the Dean"
            ),
            Refusal::GroundsNotAccepted { grounds } => {
                write!(
                    f,
                    "{grounds} grounds are not accepted: a quiz appeal is on technical grounds only"
                )
            }
            Refusal::Unproven => f.write_str("technical grounds must be justified and proven"),
        }
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
}

impl fmt::Display for Admissibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.admissible {
            write!(f, "admissible (window closes {})", self.window.closes)
        } else {
            let reasons: Vec<String> = self.refusals.iter().map(Refusal::to_string).collect();
            write!(f, "not admissible: {}", reasons.join("; "))
        }
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

fn rule_of(form: ExamForm) -> Rule {
    match form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => AP_1,
        ExamForm::OnlineQuiz => AP_2,
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => AP_3,
        ExamForm::OralByVideo => AP_4,
    }
}

/// The one check behind [`check_appeal`] and [`check_appeal_explained`]. Deadlines are inclusive: an
/// appeal filed at the closing instant is on time. Every refusal is reported, not only the first.
pub fn check_appeal_with(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    appeal: &Appeal,
    recorder: &mut impl Recorder,
) -> Result<Admissibility, AppealsError> {
    if matches!(
        facts.form,
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio
    ) && facts.grades_announced.is_none()
    {
        return Err(AppealsError::AnnouncementRequired {
            form: facts.form,
            rule: "AP-3",
        });
    }
    let window = deadlines_with(policy, facts, &mut NoExplanation)?.appeal;
    let rule = rule_of(facts.form);
    let filed = appeal.filed_at;
    let opens = window.opens.unwrap_or(facts.exam_end);
    let mut refusals = Vec::new();
    if opens > window.closes {
        refusals.push(Refusal::WindowNeverOpened {
            opens,
            closed: window.closes,
        });
    } else if filed < opens {
        refusals.push(Refusal::TooEarly { opens });
    }
    if filed > window.closes {
        refusals.push(Refusal::TooLate {
            closed: window.closes,
        });
    }
    let on_time = refusals.is_empty();
    recorder.record(|| {
        let text = if opens > window.closes {
            format!(
                "The results were announced {opens}, after the appeal window closed at {}: the window never opened.",
                window.closes
            )
        } else if on_time {
            format!(
                "Filed {filed}, within the window from {opens} to {}.",
                window.closes
            )
        } else if filed < opens {
            format!("Filed {filed}, before the window opened at {opens}: too early.")
        } else {
            format!(
                "Filed {filed}, after the window closed at {}: too late.",
                window.closes
            )
        };
        Step::new(&rule, text)
            .fact("filed", filed.to_rfc3339())
            .fact("window closes", window.closes.to_rfc3339())
    });
    if window.grounds == AcceptedGrounds::TechnicalOnly {
        if appeal.grounds != Grounds::Technical {
            refusals.push(Refusal::GroundsNotAccepted {
                grounds: appeal.grounds,
            });
        } else if !appeal.proof {
            refusals.push(Refusal::Unproven);
        }
        recorder.record(|| {
            let text = match (appeal.grounds, appeal.proof) {
                (Grounds::Technical, true) => {
                    "Technical grounds, with proof: accepted for a quiz appeal.".to_owned()
                }
                (Grounds::Technical, false) => {
                    "Technical grounds without proof: a quiz appeal must be justified and proven."
                        .to_owned()
                }
                (Grounds::Marking, _) => {
                    "Marking grounds: a quiz appeal is accepted on technical grounds only."
                        .to_owned()
                }
            };
            Step::new(&AP_2, text)
                .fact("grounds", appeal.grounds)
                .fact("proof", appeal.proof)
        });
    } else {
        recorder.record(|| {
            Step::new(
                &rule,
                format!(
                    "{} grounds: accepted for the {} exam.",
                    match appeal.grounds {
                        Grounds::Technical => "Technical",
                        Grounds::Marking => "Marking",
                    },
                    facts.form
                ),
            )
            .fact("grounds", appeal.grounds)
        });
    }
    Ok(Admissibility {
        admissible: refusals.is_empty(),
        refusals,
        window,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(form: ExamForm, end: &str, announced: Option<&str>) -> ExamFacts {
        ExamFacts {
            form,
            exam_end: end.parse().unwrap(),
            grades_announced: announced.map(|a| a.parse().unwrap()),
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
                grounds: Grounds::Marking
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
