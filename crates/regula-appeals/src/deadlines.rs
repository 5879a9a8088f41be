//! When results, platform grades, the catalog and the electronic entry are due, and the appeal
//! window, for every exam form (AP-1..AP-5, OX-2..OX-4, CA-7).

use chrono::{Days, NaiveDate};
use regula_calendar::{CalendarError, Instant};
use regula_core::locale::{Arg, Message};
use regula_core::{Decision, ExamForm, NoExplanation, Recorder, Rule, Step};
use serde::{Deserialize, Serialize};

use crate::rules::{AP_1, AP_2, AP_3, AP_4, AP_5, CA_7, OX_2, OX_3, OX_4, QZ_4};
use crate::{AppealsError, AppealsPolicy};

/// The facts a deadline counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExamFacts {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the grades were announced (communicated, or published on the platform), if they
    /// have been: AP-3 counts the appeal window from it.
    #[serde(default)]
    pub grades_announced: Option<Instant>,
}

/// From when an appeal may be filed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WindowStart {
    /// From the end of the exam.
    ExamEnd,
    /// Once the results are known (AP-1).
    ResultsKnown,
    /// From the announcement of the grades on the platform (AP-3).
    GradesAnnounced,
}

/// What an appeal may be about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AcceptedGrounds {
    /// The marking, or anything else: re-grading is asked for.
    Any,
    /// Technical problems only, justified and proven (AP-2).
    TechnicalOnly,
}

/// How an appeal is filed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Filing {
    /// In writing, at the Dean's office (AP-1).
    InWritingAtTheDeansOffice,
    /// Online, at the Dean's office (AP-4).
    OnlineAtTheDeansOffice,
    /// The regulation does not say.
    NotSpecified,
}

/// Who decides an appeal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Judge {
    /// A committee of specialists in the course's field named by the Dean, who re-grade by the
    /// marking scheme announced at the start of the exam; its decision is final (AP-1).
    SpecialistCommitteeNamedByTheDean,
    /// A committee of 3 teachers named by the Dean, judging on the recordings (AP-4).
    ThreeTeachersOnTheRecordings,
    /// The regulation does not say.
    NotSpecified,
}

/// When and how a student may appeal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AppealWindow {
    /// What opens the window.
    pub opens_on: WindowStart,
    /// When it opens, where that is known.
    pub opens: Option<Instant>,
    /// When it closes (inclusive: an appeal filed at this instant is on time).
    pub closes: Instant,
    /// `true` when `closes` is the latest possible close because the grades have not been
    /// announced yet (AP-3): the window closes 24 hours after the announcement.
    pub provisional: bool,
    /// What an appeal may be about.
    pub grounds: AcceptedGrounds,
    /// How it is filed.
    pub filing: Filing,
    /// Who decides it.
    pub judged_by: Judge,
}

/// Every deadline of one exam.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Deadlines {
    /// How the exam was held.
    pub form: ExamForm,
    /// When it ended.
    pub exam_end: Instant,
    /// When the results are due to the students.
    pub results_due: Instant,
    /// When the grades are due on the platform (online exams, OX-4).
    pub platform_due: Option<Instant>,
    /// When the completed catalog is due at the secretariat (CA-7).
    pub catalog_due: Instant,
    /// When the secretary's electronic entry of the grades is due (CA-7).
    pub electronic_entry_due: Instant,
    /// Until when the teacher keeps the written papers (AP-1), which the student may see (AP-5).
    pub papers_kept_until: Option<Instant>,
    /// The appeal window.
    pub appeal: AppealWindow,
}

/// Every deadline of an exam, without an explanation.
pub fn deadlines(policy: &AppealsPolicy, facts: &ExamFacts) -> Result<Deadlines, AppealsError> {
    deadlines_with(policy, facts, &mut NoExplanation)
}

/// Every deadline of an exam, with the rule behind each.
pub fn deadlines_explained(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
) -> Result<Decision<Deadlines>, AppealsError> {
    Decision::explained(|why| deadlines_with(policy, facts, why))
}

/// A deadline, as a step: what is due (a term, `deadline-results`), by when and why.
fn due(
    recorder: &mut impl Recorder,
    rule: &Rule,
    what: &'static str,
    instant: Instant,
    how: impl FnOnce() -> Message,
) {
    recorder.record(|| {
        Step::says(
            rule,
            Message::new("deadline-due")
                .arg("what", Arg::Term(what.into()))
                .arg("at", instant)
                .arg("how", Arg::Phrase(Box::new(how()))),
        )
    });
}

/// Hours as a message argument.
fn hours_arg(hours: u32) -> Arg {
    Arg::Count(u64::from(hours))
}

/// The one computation behind [`deadlines`] and [`deadlines_explained`].
pub fn deadlines_with(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    recorder: &mut impl Recorder,
) -> Result<Deadlines, AppealsError> {
    let end = facts.exam_end;
    if let Some(announced) = facts.grades_announced
        && announced < end
    {
        return Err(CalendarError::EndBeforeStart {
            start_field: "exam_end",
            start: end.to_rfc3339(),
            end_field: "grades_announced",
            end: announced.to_rfc3339(),
        }
        .into());
    }
    let form = facts.form;
    let hours = |instant: Instant, h: u32| instant.plus_hours(h);

    // When the results are due.
    let results_due = match form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => {
            let day_end = Instant::end_of_local_day("exam_end", end.local_date())?;
            let due_at = hours(day_end, policy.face_to_face_results_hours)?;
            due(recorder, &AP_1, "deadline-results", due_at, || {
                Message::new("deadline-how-face-to-face")
                    .arg("hours", hours_arg(policy.face_to_face_results_hours))
                    .arg("day", end.local_date())
            });
            due_at
        }
        ExamForm::OnlineQuiz => {
            due(recorder, &QZ_4, "deadline-results", end, || {
                Message::new("deadline-how-quiz")
            });
            end
        }
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => {
            let due_at = hours(end, policy.open_questions_grading_hours)?;
            due(recorder, &OX_2, "deadline-results", due_at, || {
                Message::new("deadline-how-open-questions")
                    .arg("hours", hours_arg(policy.open_questions_grading_hours))
            });
            due_at
        }
        ExamForm::OralByVideo => {
            due(recorder, &OX_3, "deadline-results", end, || {
                Message::new("deadline-how-video")
            });
            end
        }
    };

    let platform_due = if form.is_online() {
        let due_at = hours(end, policy.platform_hours)?;
        due(recorder, &OX_4, "deadline-platform", due_at, || {
            Message::new("deadline-how-platform").arg("hours", hours_arg(policy.platform_hours))
        });
        Some(due_at)
    } else {
        None
    };

    let catalog_due = hours(end, policy.catalog_hours)?;
    due(recorder, &CA_7, "deadline-catalog", catalog_due, || {
        Message::new("deadline-how-catalog").arg("hours", hours_arg(policy.catalog_hours))
    });

    let entry_day = catalog_due
        .local_date()
        .checked_add_days(Days::new(u64::from(policy.electronic_entry_days)))
        .unwrap_or(NaiveDate::MAX);
    let electronic_entry_due = Instant::end_of_local_day("exam_end", entry_day)?;
    due(
        recorder,
        &CA_7,
        "deadline-electronic-entry",
        electronic_entry_due,
        || {
            Message::new("deadline-how-electronic-entry")
                .arg("days", Arg::Count(u64::from(policy.electronic_entry_days)))
                .arg("day", entry_day)
        },
    );

    let papers_kept_until = if form == ExamForm::FaceToFaceWritten {
        let until = hours(end, policy.face_to_face_appeal_hours)?;
        recorder.record(|| {
            Step::says(
                &AP_5,
                Message::new("deadline-papers-kept")
                    .arg("until", until)
                    .arg("hours", hours_arg(policy.face_to_face_appeal_hours)),
            )
        });
        Some(until)
    } else {
        None
    };

    let appeal = appeal_window(policy, facts, results_due, recorder)?;
    Ok(Deadlines {
        form,
        exam_end: end,
        results_due,
        platform_due,
        catalog_due,
        electronic_entry_due,
        papers_kept_until,
        appeal,
    })
}

fn appeal_window(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    results_due: Instant,
    recorder: &mut impl Recorder,
) -> Result<AppealWindow, AppealsError> {
    let end = facts.exam_end;
    let announced = facts.grades_announced;
    let window = match facts.form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => AppealWindow {
            opens_on: WindowStart::ResultsKnown,
            opens: announced,
            closes: end.plus_hours(policy.face_to_face_appeal_hours)?,
            provisional: false,
            grounds: AcceptedGrounds::Any,
            filing: Filing::InWritingAtTheDeansOffice,
            judged_by: Judge::SpecialistCommitteeNamedByTheDean,
        },
        ExamForm::OnlineQuiz => AppealWindow {
            opens_on: WindowStart::ExamEnd,
            opens: Some(end),
            closes: end.plus_hours(policy.quiz_appeal_hours)?,
            provisional: false,
            grounds: AcceptedGrounds::TechnicalOnly,
            filing: Filing::NotSpecified,
            judged_by: Judge::NotSpecified,
        },
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => AppealWindow {
            opens_on: WindowStart::GradesAnnounced,
            opens: announced,
            closes: announced
                .unwrap_or(results_due)
                .plus_hours(policy.open_questions_appeal_hours)?,
            provisional: announced.is_none(),
            grounds: AcceptedGrounds::Any,
            filing: Filing::NotSpecified,
            judged_by: Judge::NotSpecified,
        },
        ExamForm::OralByVideo => AppealWindow {
            opens_on: WindowStart::ExamEnd,
            opens: Some(end),
            closes: end.plus_hours(policy.video_appeal_hours)?,
            provisional: false,
            grounds: AcceptedGrounds::Any,
            filing: Filing::OnlineAtTheDeansOffice,
            judged_by: Judge::ThreeTeachersOnTheRecordings,
        },
    };
    recorder.record(|| {
        let closes = Arg::from(window.closes);
        let (rule, message) = match facts.form {
            ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => (
                &AP_1,
                match announced {
                    Some(a) => {
                        Message::new("appeal-window-face-to-face-announced").arg("announced", a)
                    }
                    None => Message::new("appeal-window-face-to-face"),
                }
                .arg("hours", hours_arg(policy.face_to_face_appeal_hours)),
            ),
            ExamForm::OnlineQuiz => (
                &AP_2,
                Message::new("appeal-window-quiz")
                    .arg("hours", hours_arg(policy.quiz_appeal_hours)),
            ),
            ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => (
                &AP_3,
                match announced {
                    Some(a) => Message::new("appeal-window-open").arg("announced", a),
                    None => Message::new("appeal-window-open-provisional"),
                }
                .arg("hours", hours_arg(policy.open_questions_appeal_hours))
                .arg("note", portfolio_note(facts.form)),
            ),
            ExamForm::OralByVideo => (
                &AP_4,
                Message::new("appeal-window-video")
                    .arg("hours", hours_arg(policy.video_appeal_hours)),
            ),
        };
        Step::says(rule, message.arg("closes", closes))
    });
    Ok(window)
}

fn portfolio_note(form: ExamForm) -> Arg {
    if form == ExamForm::OnlinePortfolio {
        Arg::Term("appeal-portfolio-note".into())
    } else {
        Arg::from("")
    }
}

/// [`student_register_due_with`] on the fast path: nothing is recorded.
pub fn student_register_due(
    policy: &AppealsPolicy,
    autumn_session_end: NaiveDate,
) -> Result<Instant, AppealsError> {
    student_register_due_with(policy, autumn_session_end, &mut NoExplanation)
}

/// CA-7: when the student register of a series is due: printed within `register_days` (90)
/// calendar days after the end of the autumn session, by the end of that day.
pub fn student_register_due_with(
    policy: &AppealsPolicy,
    autumn_session_end: NaiveDate,
    recorder: &mut impl Recorder,
) -> Result<Instant, AppealsError> {
    regula_calendar::check_date("autumn_session_end", autumn_session_end)?;
    let day = autumn_session_end
        .checked_add_days(Days::new(u64::from(policy.register_days)))
        .unwrap_or(NaiveDate::MAX);
    let due_at = Instant::end_of_local_day("autumn_session_end", day)?;
    due(recorder, &CA_7, "deadline-student-register", due_at, || {
        Message::new("deadline-how-student-register")
            .arg("days", Arg::Count(u64::from(policy.register_days)))
            .arg("ended", autumn_session_end)
    });
    Ok(due_at)
}
