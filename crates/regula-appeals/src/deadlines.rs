//! When results, platform grades, the catalog and the electronic entry are due, and the appeal
//! window, for every exam form (AP-1..AP-5, OX-2..OX-4, CA-7).

use chrono::NaiveDate;
use regula_calendar::{CalendarError, Instant};
use regula_core::locale::{Arg, Message};
use regula_core::{Decision, ExamForm, NoExplanation, Recorder, Rule, Step};
use serde::{Deserialize, Serialize};

use crate::deadline::{Deadline, DeadlineUnit, Due, Moment, Start};
use crate::entry::ElectronicEntry;
use crate::grounds::{GroundsRule, grounds_rule};
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
    /// When the grades were announced (communicated, posted, or published on the platform), if
    /// they have been: AP-3 counts the appeal window from it, and a policy may count any
    /// deadline from it (`grades_announced`).
    #[serde(default)]
    pub grades_announced: Option<Instant>,
    /// When the students viewed their papers (vizualizarea lucrărilor), if they have: a policy
    /// may count the appeal window from it (`papers_viewed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub papers_viewed: Option<Instant>,
}

impl ExamFacts {
    /// An exam of `form` that ended at `exam_end`, nothing else known yet.
    pub fn ended(form: ExamForm, exam_end: Instant) -> Self {
        ExamFacts {
            form,
            exam_end,
            grades_announced: None,
            papers_viewed: None,
        }
    }
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

/// What an appeal may be about (AP-1..AP-4): the seed's reading, or the policy's
/// `grounds_by_form`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AcceptedGrounds {
    /// The marking, or anything else: re-grading is asked for (AP-1, AP-3, AP-4).
    Any,
    /// Technical problems only (AP-2: the seed's quiz, justified and proven).
    TechnicalOnly,
    /// The marking only: no appeal on technical grounds (AP-1..AP-4: a policy's
    /// `grounds_by_form`).
    MarkingOnly,
    /// No appeal at all against this form (AP-1..AP-4: a policy's `grounds_by_form` with no
    /// grounds).
    NoAppeal,
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
    /// Whether an appeal on technical grounds must be justified and proven (AP-2: the seed's
    /// quiz; a policy's `grounds_by_form`).
    #[serde(default)]
    pub technical_proof: bool,
    /// How it is filed.
    pub filing: Filing,
    /// Who decides it.
    pub judged_by: Judge,
    /// By when an appeal is decided, where the policy sets it (`appeal_decision`); counted from
    /// the filing, the latest: for an appeal filed as the window closes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_due: Option<Instant>,
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
    /// Until when the recording of an oral exam by video is kept, where the policy sets it
    /// (`video_oral.recording_kept`, AP-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_kept_until: Option<Instant>,
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

/// The seed's words for a deadline of `amount` elapsed hours from `seed`, or the deadline's own
/// words (its unit and moment) when it is written otherwise.
fn how(deadline: Deadline, due: Due, seed: Moment, words: impl FnOnce(u32) -> Message) -> Message {
    if deadline.is_hours_from(seed) {
        words(deadline.amount)
    } else {
        deadline.span(due)
    }
}

/// The request field that gives a moment, for an error.
pub(crate) fn request_field(moment: Moment) -> &'static str {
    match moment {
        Moment::ExamEnd | Moment::ExamDayEnd => "exam_end",
        Moment::GradesAnnounced => "grades_announced",
        Moment::PapersViewed => "papers_viewed",
        Moment::AppealFiled => "appeal.filed_at",
        Moment::AppealCloses => "appeal_closes",
        Moment::CatalogDue => "catalog_due",
        Moment::AutumnSessionEnd => "autumn_session_end",
    }
}

/// The moments known so far for one exam, to count its deadlines from.
#[derive(Clone, Copy)]
pub(crate) struct Known<'a> {
    facts: &'a ExamFacts,
    catalog: Option<Due>,
    appeal_closes: Option<Due>,
}

impl<'a> Known<'a> {
    fn new(facts: &'a ExamFacts) -> Self {
        Known {
            facts,
            catalog: None,
            appeal_closes: None,
        }
    }

    /// Where a count from `moment` starts; `None` when the request does not give it.
    fn start(&self, moment: Moment) -> Result<Option<Start>, CalendarError> {
        let end = self.facts.exam_end;
        Ok(match moment {
            Moment::ExamEnd => Some(Start::at(end)),
            Moment::ExamDayEnd => Some(Start::end_of("exam_end", end.local_date())?),
            Moment::GradesAnnounced => self.facts.grades_announced.map(Start::at),
            Moment::PapersViewed => self.facts.papers_viewed.map(Start::at),
            Moment::CatalogDue => self.catalog.map(Due::as_start),
            Moment::AppealCloses => self.appeal_closes.map(Due::as_start),
            Moment::AppealFiled | Moment::AutumnSessionEnd => None,
        })
    }

    /// `deadline` (the policy's field `name`, of `rule`) counted from its moment; an error
    /// naming the request field when the request does not give that moment.
    fn count(
        &self,
        deadline: Deadline,
        name: &'static str,
        rule: &'static str,
    ) -> Result<Due, AppealsError> {
        let start = self
            .start(deadline.from)?
            .ok_or(AppealsError::MomentRequired {
                field: request_field(deadline.from),
                deadline: name,
                form: self.facts.form,
                rule,
            })?;
        Ok(deadline.after(request_field(deadline.from), start)?)
    }
}

/// The rule of an exam form's appeal window.
pub(crate) fn rule_of(form: ExamForm) -> Rule {
    match form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => AP_1,
        ExamForm::OnlineQuiz => AP_2,
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => AP_3,
        ExamForm::OralByVideo => AP_4,
    }
}

/// The policy's appeal deadline of an exam form: the deadline, its field, its rule and the
/// moment the seed counts it from.
pub(crate) fn appeal_deadline(
    policy: &AppealsPolicy,
    form: ExamForm,
) -> (Deadline, &'static str, &'static str, Moment) {
    match form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => (
            policy.face_to_face_appeal,
            "face_to_face_appeal",
            "AP-1",
            Moment::ExamEnd,
        ),
        ExamForm::OnlineQuiz => (policy.quiz_appeal, "quiz_appeal", "AP-2", Moment::ExamEnd),
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => (
            policy.open_questions_appeal,
            "open_questions_appeal",
            "AP-3",
            Moment::GradesAnnounced,
        ),
        ExamForm::OralByVideo => (policy.video_appeal, "video_appeal", "AP-4", Moment::ExamEnd),
    }
}

/// The one computation behind [`deadlines`] and [`deadlines_explained`].
pub fn deadlines_with(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    recorder: &mut impl Recorder,
) -> Result<Deadlines, AppealsError> {
    deadlines_and_close(policy, facts, recorder).map(|(deadlines, _)| deadlines)
}

/// AP-1..AP-4: by when an appeal filed at `filed` is decided under `deadline` (the policy's
/// `appeal_decision`): counted from the filing, or else from the window's close.
pub(crate) fn decision_due(
    deadline: Deadline,
    close: &Close,
    filed: Instant,
) -> Result<Due, AppealsError> {
    let start = match deadline.from {
        Moment::AppealFiled => Start::at(filed),
        _ => close.due.as_start(),
    };
    Ok(deadline.after(request_field(deadline.from), start)?)
}

/// [`deadlines_with`], and how the appeal window's close was counted.
pub(crate) fn deadlines_and_close(
    policy: &AppealsPolicy,
    facts: &ExamFacts,
    recorder: &mut impl Recorder,
) -> Result<(Deadlines, Close), AppealsError> {
    let end = facts.exam_end;
    for (field, moment) in [
        ("grades_announced", facts.grades_announced),
        ("papers_viewed", facts.papers_viewed),
    ] {
        if let Some(at) = moment
            && at < end
        {
            return Err(CalendarError::EndBeforeStart {
                start_field: "exam_end",
                start: end.to_rfc3339(),
                end_field: field,
                end: at.to_rfc3339(),
            }
            .into());
        }
    }
    let form = facts.form;
    let mut known = Known::new(facts);

    // When the results are due.
    let results_due = match form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => {
            let deadline = policy.face_to_face_results;
            let due_at = known.count(deadline, "face_to_face_results", "AP-1")?;
            due(recorder, &AP_1, "deadline-results", due_at.at, || {
                how(deadline, due_at, Moment::ExamDayEnd, |hours| {
                    Message::new("deadline-how-face-to-face")
                        .arg("hours", hours_arg(hours))
                        .arg("day", end.local_date())
                })
            });
            due_at.at
        }
        ExamForm::OnlineQuiz => {
            due(recorder, &QZ_4, "deadline-results", end, || {
                Message::new("deadline-how-quiz")
            });
            end
        }
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => {
            let deadline = policy.open_questions_grading;
            let due_at = known.count(deadline, "open_questions_grading", "OX-2")?;
            due(recorder, &OX_2, "deadline-results", due_at.at, || {
                how(deadline, due_at, Moment::ExamEnd, |hours| {
                    Message::new("deadline-how-open-questions").arg("hours", hours_arg(hours))
                })
            });
            due_at.at
        }
        ExamForm::OralByVideo => {
            due(recorder, &OX_3, "deadline-results", end, || {
                Message::new("deadline-how-video")
            });
            end
        }
    };

    let platform_due = if form.is_online() {
        let deadline = policy.platform;
        let due_at = known.count(deadline, "platform", "OX-4")?;
        due(recorder, &OX_4, "deadline-platform", due_at.at, || {
            how(deadline, due_at, Moment::ExamEnd, |hours| {
                Message::new("deadline-how-platform").arg("hours", hours_arg(hours))
            })
        });
        Some(due_at.at)
    } else {
        None
    };

    let catalog = known.count(policy.catalog, "catalog", "CA-7")?;
    known.catalog = Some(catalog);
    due(recorder, &CA_7, "deadline-catalog", catalog.at, || {
        how(policy.catalog, catalog, Moment::ExamEnd, |hours| {
            Message::new("deadline-how-catalog").arg("hours", hours_arg(hours))
        })
    });

    let electronic_entry_due = match policy.electronic_entry {
        ElectronicEntry::WithCatalog => {
            due(
                recorder,
                &CA_7,
                "deadline-electronic-entry",
                catalog.at,
                || Message::new("deadline-how-with-catalog"),
            );
            catalog.at
        }
        ElectronicEntry::After(deadline) => {
            let entry = known.count(deadline, "electronic_entry", "CA-7")?;
            due(
                recorder,
                &CA_7,
                "deadline-electronic-entry",
                entry.at,
                || match entry.last_day {
                    Some(day)
                        if deadline.unit == DeadlineUnit::CalendarDays
                            && deadline.from == Moment::CatalogDue =>
                    {
                        Message::new("deadline-how-electronic-entry")
                            .arg("days", Arg::Count(u64::from(deadline.amount)))
                            .arg("day", day)
                    }
                    _ => deadline.span(entry),
                },
            );
            entry.at
        }
    };

    let (appeal, closes) = appeal_window(policy, &known, results_due)?;
    known.appeal_closes = Some(closes.due);

    let papers_kept_until = if form == ExamForm::FaceToFaceWritten {
        Some(papers_kept(policy, &known, &closes, recorder)?)
    } else {
        None
    };

    let recording_kept_until = match policy.video_oral.recording_kept {
        Some(deadline) if form == ExamForm::OralByVideo => {
            let kept = known.count(deadline, "video_oral.recording_kept", "AP-4")?;
            recorder.record(|| {
                Step::says(
                    &AP_4,
                    Message::new("video-recording-kept-span")
                        .arg("until", kept.at)
                        .arg("span", deadline.span(kept)),
                )
            });
            Some(kept.at)
        }
        _ => None,
    };

    record_window(facts, &appeal, &closes, recorder);
    let decision_due = match policy.appeal_decision {
        Some(deadline) => {
            // Counted from the filing, the latest is that of an appeal filed as the window
            // closes.
            let decided = decision_due(deadline, &closes, appeal.closes)?;
            recorder.record(|| {
                Step::says(
                    &rule_of(form),
                    Message::new(if deadline.from == Moment::AppealFiled {
                        "appeal-decision-due-latest"
                    } else {
                        "appeal-decision-due"
                    })
                    .arg("at", decided.at)
                    .arg("span", deadline.span(decided)),
                )
            });
            Some(decided.at)
        }
        None => None,
    };
    let deadlines = Deadlines {
        form,
        exam_end: end,
        results_due,
        platform_due,
        catalog_due: catalog.at,
        electronic_entry_due,
        papers_kept_until,
        recording_kept_until,
        appeal: AppealWindow {
            decision_due,
            ..appeal
        },
    };
    Ok((deadlines, closes))
}

/// AP-5: until when the teacher keeps the written papers: the policy's `papers_kept`, or — the
/// seed's reading — until the face-to-face appeal window closes.
fn papers_kept(
    policy: &AppealsPolicy,
    known: &Known<'_>,
    closes: &Close,
    recorder: &mut impl Recorder,
) -> Result<Instant, AppealsError> {
    let Some(deadline) = policy.papers_kept else {
        let until = closes.due.at;
        recorder.record(|| {
            let message = if closes.deadline.is_hours_from(Moment::ExamEnd) {
                Message::new("deadline-papers-kept").arg("hours", hours_arg(closes.deadline.amount))
            } else {
                Message::new("deadline-papers-kept-window")
                    .arg("span", closes.deadline.span(closes.due))
            };
            Step::says(&AP_5, message.arg("until", until))
        });
        return Ok(until);
    };
    let kept = known.count(deadline, "papers_kept", "AP-5")?;
    recorder.record(|| {
        Step::says(
            &AP_5,
            Message::new("deadline-papers-kept-span")
                .arg("until", kept.at)
                .arg("span", deadline.span(kept)),
        )
    });
    Ok(kept.at)
}

/// The close of an appeal window: the policy's deadline, when it ends, and how it was counted.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Close {
    deadline: Deadline,
    due: Due,
    /// Counted from the results' deadline because the grades have not been announced.
    provisional: bool,
    /// Whether the deadline is written as the seed writes it.
    seed: bool,
    /// The grounds an appeal may use (AP-1..AP-4).
    pub(crate) grounds: GroundsRule,
}

fn appeal_window(
    policy: &AppealsPolicy,
    known: &Known<'_>,
    results_due: Instant,
) -> Result<(AppealWindow, Close), AppealsError> {
    let facts = known.facts;
    let end = facts.exam_end;
    let announced = facts.grades_announced;
    let (deadline, name, rule, seed) = appeal_deadline(policy, facts.form);
    let (due, provisional) = match known.start(deadline.from)? {
        Some(start) => (deadline.after(request_field(deadline.from), start)?, false),
        // Not yet announced: at the latest, the grades come out on their deadline.
        None if deadline.from == Moment::GradesAnnounced => (
            deadline.after("grades_announced", Start::at(results_due))?,
            true,
        ),
        None => {
            return Err(AppealsError::MomentRequired {
                field: request_field(deadline.from),
                deadline: name,
                form: facts.form,
                rule,
            });
        }
    };
    let closes = due.at;
    let rule = grounds_rule(policy, facts.form);
    let window = match facts.form {
        ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => AppealWindow {
            opens_on: WindowStart::ResultsKnown,
            opens: announced,
            closes,
            provisional,
            grounds: rule.accepted,
            technical_proof: rule.technical_proof,
            filing: Filing::InWritingAtTheDeansOffice,
            judged_by: Judge::SpecialistCommitteeNamedByTheDean,
            decision_due: None,
        },
        ExamForm::OnlineQuiz => AppealWindow {
            opens_on: WindowStart::ExamEnd,
            opens: Some(end),
            closes,
            provisional,
            grounds: rule.accepted,
            technical_proof: rule.technical_proof,
            filing: Filing::NotSpecified,
            judged_by: Judge::NotSpecified,
            decision_due: None,
        },
        ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => AppealWindow {
            opens_on: WindowStart::GradesAnnounced,
            opens: announced,
            closes,
            provisional,
            grounds: rule.accepted,
            technical_proof: rule.technical_proof,
            filing: Filing::NotSpecified,
            judged_by: Judge::NotSpecified,
            decision_due: None,
        },
        ExamForm::OralByVideo => AppealWindow {
            opens_on: WindowStart::ExamEnd,
            opens: Some(end),
            closes,
            provisional,
            grounds: rule.accepted,
            technical_proof: rule.technical_proof,
            filing: Filing::OnlineAtTheDeansOffice,
            judged_by: Judge::ThreeTeachersOnTheRecordings,
            decision_due: None,
        },
    };
    let close = Close {
        deadline,
        due,
        provisional,
        seed: deadline.is_hours_from(seed),
        grounds: rule,
    };
    Ok((window, close))
}

/// The appeal window as a step: the seed's words where the policy writes the deadline as the
/// seed does, else the deadline's own words (its unit and moment).
fn record_window(
    facts: &ExamFacts,
    window: &AppealWindow,
    close: &Close,
    recorder: &mut impl Recorder,
) {
    recorder.record(|| {
        let closes = Arg::from(window.closes);
        let announced = facts.grades_announced;
        let hours = hours_arg(close.deadline.amount);
        let span = || {
            let span = close.deadline.span(close.due);
            if close.provisional {
                Message::new("appeal-span-provisional").arg("span", span)
            } else {
                span
            }
        };
        let (rule, message) = match facts.form {
            ExamForm::FaceToFaceWritten | ExamForm::FaceToFaceOral => (
                &AP_1,
                match (close.seed, announced) {
                    (true, Some(a)) => {
                        Message::new("appeal-window-face-to-face-announced").arg("announced", a)
                    }
                    (true, None) => Message::new("appeal-window-face-to-face"),
                    (false, _) => {
                        Message::new("appeal-window-face-to-face-span").arg("span", span())
                    }
                }
                .arg("hours", hours),
            ),
            // The policy's grounds for a quiz: the window without the seed's grounds, which
            // the step that follows gives.
            ExamForm::OnlineQuiz if close.grounds.from_policy => (
                &AP_2,
                Message::new("appeal-window-quiz-policy").arg("span", span()),
            ),
            ExamForm::OnlineQuiz => (
                &AP_2,
                if close.seed {
                    Message::new("appeal-window-quiz")
                } else {
                    Message::new("appeal-window-quiz-span").arg("span", span())
                }
                .arg("hours", hours),
            ),
            ExamForm::OnlineOpenQuestions | ExamForm::OnlinePortfolio => (
                &AP_3,
                match (close.seed, announced) {
                    (true, Some(a)) => Message::new("appeal-window-open").arg("announced", a),
                    (true, None) => Message::new("appeal-window-open-provisional"),
                    (false, _) => Message::new("appeal-window-open-span").arg("span", span()),
                }
                .arg("hours", hours)
                .arg("note", portfolio_note(facts.form)),
            ),
            ExamForm::OralByVideo => (
                &AP_4,
                if close.seed {
                    Message::new("appeal-window-video")
                } else {
                    Message::new("appeal-window-video-span").arg("span", span())
                }
                .arg("hours", hours),
            ),
        };
        Step::says(rule, message.arg("closes", closes))
    });
    if close.grounds.from_policy {
        recorder.record(|| {
            Step::says(
                &rule_of(facts.form),
                crate::grounds::window_message(facts.form, close.grounds),
            )
        });
    }
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

/// CA-7: when the student register of a series is due: by the policy's `student_register`
/// deadline (90 calendar days) after the end of the autumn session, by the end of its last day.
pub fn student_register_due_with(
    policy: &AppealsPolicy,
    autumn_session_end: NaiveDate,
    recorder: &mut impl Recorder,
) -> Result<Instant, AppealsError> {
    regula_calendar::check_date("autumn_session_end", autumn_session_end)?;
    let deadline = policy.student_register;
    let start = Start::end_of("autumn_session_end", autumn_session_end)?;
    let due_at = deadline.after("autumn_session_end", start)?;
    due(
        recorder,
        &CA_7,
        "deadline-student-register",
        due_at.at,
        || {
            if deadline.unit == DeadlineUnit::CalendarDays {
                Message::new("deadline-how-student-register")
                    .arg("days", Arg::Count(u64::from(deadline.amount)))
                    .arg("ended", autumn_session_end)
            } else {
                deadline.span(due_at)
            }
        },
    );
    Ok(due_at.at)
}
