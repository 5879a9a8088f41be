//! The mobility's own calendar (MO-9..MO-12): its duration, every document deadline as a date —
//! working days counted with the Romanian holidays of the calendar crate — the documents due
//! after return, the debts to clear before departure, and what is overdue on a given day.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use regula_calendar::{Calendar, add_days, add_months, subtract_days};
use std::borrow::Cow;

use regula_core::locale::{Arg, Message, Said};
use regula_core::{Decision, Money, NoExplanation, Recorder, Rule, RuleId, Step};
use serde::{Deserialize, Serialize};

use crate::MobilityError;
use crate::model::MobilityKind;
use crate::policy::MobilityPolicy;
use crate::rules::{MO_9, MO_10, MO_11, MO_12};

/// A debt to the institution (MO-12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Debt {
    /// What it is (`library loan`, `administrative fee`).
    pub what: String,
    /// How much, where it is money.
    #[serde(default)]
    pub amount: Option<Money>,
    /// When it was settled; none while open.
    #[serde(default)]
    pub settled_on: Option<NaiveDate>,
}

/// A mobility as planned: its kind, dates and what the student owes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Trip {
    /// Study or training.
    pub kind: MobilityKind,
    /// The day of departure.
    pub departure: NaiveDate,
    /// The day of return.
    #[serde(rename = "return")]
    pub return_date: NaiveDate,
    /// The learning (training) agreement was signed before departure; otherwise its original is
    /// due within 2 weeks after departure.
    #[serde(default)]
    pub agreement_signed_before_departure: bool,
    /// A training mobility that earns ECTS credits (their proof is then due after return).
    #[serde(default)]
    pub earns_ects: bool,
    /// Debts to the institution.
    #[serde(default)]
    pub debts: Vec<Debt>,
}

/// A document of a mobility's life, after selection (MO-10, MO-11, MO-12).
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
pub enum MobilityDocument {
    /// Every debt to the institution settled.
    DebtClearance,
    /// The financing contract, signed by the student, the Rector and the administrative director.
    FinancingContract,
    /// The grant's payment (in euro), by the institution.
    GrantPayment,
    /// The learning (or training) agreement's original.
    LearningAgreement,
    /// Changes to the learning agreement, if any.
    LearningAgreementChanges,
    /// The host's enrolment certificate (or invitation).
    EnrolmentCertificate,
    /// The host's attendance certificate.
    AttendanceCertificate,
    /// The final report (online form, in English).
    FinalReport,
    /// The host's transcript of records (study).
    TranscriptOfRecords,
    /// The proof of ECTS credits obtained (training, if any).
    EctsProof,
    /// The Europass Mobility document.
    EuropassMobility,
}

impl MobilityDocument {
    /// The document's name in English.
    pub const fn name(self) -> &'static str {
        match self {
            MobilityDocument::DebtClearance => "clearance of debts",
            MobilityDocument::FinancingContract => "financing contract",
            MobilityDocument::GrantPayment => "grant payment",
            MobilityDocument::LearningAgreement => "learning agreement",
            MobilityDocument::LearningAgreementChanges => "changes to the learning agreement",
            MobilityDocument::EnrolmentCertificate => "enrolment certificate",
            MobilityDocument::AttendanceCertificate => "attendance certificate",
            MobilityDocument::FinalReport => "final report",
            MobilityDocument::TranscriptOfRecords => "transcript of records",
            MobilityDocument::EctsProof => "proof of ECTS credits",
            MobilityDocument::EuropassMobility => "Europass Mobility",
        }
    }
}

impl MobilityDocument {
    /// The document as the regulation names it (MO-10, MO-11): „contractul de finanțare”.
    pub fn term(self) -> Arg {
        Arg::Term(Cow::Borrowed(match self {
            MobilityDocument::DebtClearance => "mobility-due-debt-clearance",
            MobilityDocument::FinancingContract => "mobility-due-financing-contract",
            MobilityDocument::GrantPayment => "mobility-due-grant-payment",
            MobilityDocument::LearningAgreement => "mobility-due-learning-agreement",
            MobilityDocument::LearningAgreementChanges => "mobility-due-agreement-changes",
            MobilityDocument::EnrolmentCertificate => "mobility-due-enrolment-certificate",
            MobilityDocument::AttendanceCertificate => "mobility-due-attendance-certificate",
            MobilityDocument::FinalReport => "mobility-due-final-report",
            MobilityDocument::TranscriptOfRecords => "mobility-due-transcript",
            MobilityDocument::EctsProof => "mobility-due-ects-proof",
            MobilityDocument::EuropassMobility => "mobility-due-europass",
        }))
    }
}

impl fmt::Display for MobilityDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a document handed in (or done) and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HandedIn {
    /// The document.
    pub document: MobilityDocument,
    /// The day.
    pub on: NaiveDate,
}

/// How a deadline is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// In working days (CAL-3): the date is a working day.
    WorkingDays,
    /// In calendar days.
    CalendarDays,
    /// In calendar months.
    Months,
    /// No period: the day before departure.
    BeforeDeparture,
    /// The regulation gives no date: "by the date the coordinator sets".
    NoDate,
}

/// Whether the date is the last day allowed or the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Due at the latest on the date.
    DueBy,
    /// Not allowed before the date.
    NotBefore,
}

/// Where a deadline stands on the day asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// Handed in (or done) in time.
    Done {
        /// The day.
        on: NaiveDate,
    },
    /// Handed in late, or done too early where the date is the first allowed.
    DoneOutOfTime {
        /// The day.
        on: NaiveDate,
    },
    /// Not yet handed in, and not yet late.
    Pending,
    /// Not handed in, and the date has passed.
    Overdue {
        /// Days since the date.
        days: i64,
    },
}

/// One deadline of the mobility.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Deadline {
    /// The document.
    pub document: MobilityDocument,
    /// The rule.
    pub rule: RuleId,
    /// Due by, or not before.
    pub bound: Bound,
    /// The date; none where the regulation gives none.
    pub date: Option<NaiveDate>,
    /// How it was counted.
    pub counted: Counted,
    /// How the date follows from the rule, with the values: `{ message, args, text }`.
    pub basis: Said,
    /// Where it stands.
    pub status: Status,
}

/// A mobility's calendar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MobilityCalendar {
    /// The day the statuses are given for.
    pub today: NaiveDate,
    /// The length in whole months and days (`4 months 13 days`, „4 luni și 13 zile”).
    pub duration: Said,
    /// Breaches of MO-9's duration limits.
    pub duration_violations: Vec<Said>,
    /// Advice that is not a rule (a training outside July–September).
    pub advisories: Vec<Said>,
    /// Every deadline, in date order (those without a date last).
    pub deadlines: Vec<Deadline>,
    /// The documents due after return (MO-11).
    pub after_return: Vec<MobilityDocument>,
    /// Debts still open (MO-12).
    pub open_debts: Vec<Said>,
    /// The documents overdue on `today`.
    pub overdue: Vec<MobilityDocument>,
    /// MO-9: the first day of the grant period — the departure, or the later signature of the
    /// learning agreement or the financing contract; none until both are signed.
    pub grant_period_starts: Option<NaiveDate>,
}

impl fmt::Display for MobilityCalendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let header = Message::new("mobility-calendar-header")
            .arg("duration", Arg::Phrase(Box::new(self.duration.0.clone())))
            .arg("today", self.today);
        write!(f, "{header}")?;
        for v in &self.duration_violations {
            write!(f, "\nMO-9: {v}")?;
        }
        for a in &self.advisories {
            let advice =
                Message::new("mobility-advice").arg("advice", Arg::Phrase(Box::new(a.0.clone())));
            write!(f, "\n{advice}")?;
        }
        for d in &self.deadlines {
            let line = Message::new("mobility-deadline-line")
                .arg("document", d.document.term())
                .arg("when", when(d.bound, d.date))
                .arg("status", status(d.status))
                .arg("rule", Arg::Rule(d.rule.clone()))
                .arg("basis", Arg::Phrase(Box::new(d.basis.0.clone())));
            write!(f, "\n- {line}")?;
        }
        let grant = match self.grant_period_starts {
            Some(start) => Message::new("mobility-grant-period-starts").arg("start", start),
            None => Message::new("mobility-grant-period-waits"),
        };
        write!(f, "\n{grant}")?;
        if !self.open_debts.is_empty() {
            let debts = Message::new("mobility-open-debts").arg(
                "debts",
                Arg::Enumeration(
                    self.open_debts
                        .iter()
                        .map(|d| Arg::from(d.0.clone()))
                        .collect(),
                ),
            );
            write!(f, "\n{debts}")?;
        }
        Ok(())
    }
}

/// The outcome of [`mobility_calendar_explained`] alone, on the fast path: nothing is recorded.
pub fn mobility_calendar(
    policy: &MobilityPolicy,
    calendar: &Calendar,
    trip: &Trip,
    handed_in: &[HandedIn],
    today: NaiveDate,
) -> Result<MobilityCalendar, MobilityError> {
    mobility_calendar_with(policy, calendar, trip, handed_in, today, &mut NoExplanation)
}

/// The calendar of `trip` as of `today`, given what was handed in so far (MO-9..MO-12).
pub fn mobility_calendar_explained(
    policy: &MobilityPolicy,
    calendar: &Calendar,
    trip: &Trip,
    handed_in: &[HandedIn],
    today: NaiveDate,
) -> Result<Decision<MobilityCalendar>, MobilityError> {
    Decision::explained(|why| mobility_calendar_with(policy, calendar, trip, handed_in, today, why))
}

/// Whole months and days from `start` to `end`.
/// The date `n` calendar months after `date`, by plain date arithmetic: a duration's bound may
/// fall after the last year the calendar knows (2199) without being an error.
fn months_after(date: NaiveDate, n: u32) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// Whole calendar months from `start` to `end` (exclusive), and the days left over.
fn months_and_days(start: NaiveDate, end: NaiveDate) -> (u32, i64) {
    let mut months = 0;
    while months_after(start, months + 1) <= end {
        months += 1;
    }
    (months, (end - months_after(start, months)).num_days())
}

/// A deadline counted from a date the user gave (the departure, the return): when it falls outside
/// the years the calendar covers, the error names that date, not the deadline's.
fn counted_from(
    field: &'static str,
    given: NaiveDate,
    document: MobilityDocument,
    deadline: Result<NaiveDate, regula_calendar::CalendarError>,
) -> Result<NaiveDate, MobilityError> {
    deadline.map_err(|_| MobilityError::Invalid {
        field: format!("trip.{field}"),
        problem: format!(
            "{given}: the deadline of the {document}, counted from it, falls outside the years \
             1900–2199 that Regula's calendar covers"
        ),
    })
}

/// „până la 20 ianuarie 2026”, „nu înainte de …”, „fără termen”: a deadline's date and bound.
fn when(bound: Bound, date: Option<NaiveDate>) -> Arg {
    let message = match (bound, date) {
        (Bound::DueBy, Some(d)) => Message::new("mobility-due-by").arg("date", d),
        (Bound::NotBefore, Some(d)) => Message::new("mobility-not-before").arg("date", d),
        (_, None) => Message::new("mobility-no-date"),
    };
    Arg::Phrase(Box::new(message))
}

/// Where a deadline stands, in words (MO-10, MO-11).
fn status(status: Status) -> Arg {
    let message = match status {
        Status::Done { on } => Message::new("mobility-status-done").arg("on", on),
        Status::DoneOutOfTime { on } => Message::new("mobility-status-out-of-time").arg("on", on),
        Status::Pending => Message::new("mobility-status-pending"),
        Status::Overdue { days } => {
            Message::new("mobility-status-overdue").arg("days", days.unsigned_abs())
        }
    };
    Arg::Phrase(Box::new(message))
}

/// [`mobility_calendar`] recording its steps into any [`Recorder`].
pub fn mobility_calendar_with(
    policy: &MobilityPolicy,
    calendar: &Calendar,
    trip: &Trip,
    handed_in: &[HandedIn],
    today: NaiveDate,
    recorder: &mut impl Recorder,
) -> Result<MobilityCalendar, MobilityError> {
    if trip.return_date < trip.departure {
        return Err(MobilityError::ReturnBeforeDeparture {
            departure: trip.departure,
            return_date: trip.return_date,
        });
    }
    regula_calendar::check_date("departure", trip.departure)?;
    regula_calendar::check_date("return", trip.return_date)?;
    let p = &policy.deadlines;
    let (dep, ret) = (trip.departure, trip.return_date);

    // MO-9: 2 to 12 months, read like EC-3: at least N months means end ≥ start + N months − 1 day.
    let mut duration_violations = Vec::new();
    let mut advisories = Vec::new();
    let min = match trip.kind {
        MobilityKind::Study => policy.duration.min_months,
        MobilityKind::Training => policy
            .duration
            .min_months
            .max(policy.duration.training_min_months),
    };
    let day_before = |date: NaiveDate| date.pred_opt().unwrap_or(date);
    let shortest = day_before(months_after(dep, min));
    let longest = day_before(months_after(dep, policy.duration.max_months));
    let (months, days) = months_and_days(dep, ret.succ_opt().unwrap_or(ret));
    let duration = Message::new("mobility-duration")
        .arg("months", u64::from(months))
        .arg("days", days.unsigned_abs());
    if ret < shortest {
        duration_violations.push(Said(
            Message::new("mobility-too-short")
                .arg("kind", trip.kind.term())
                .arg("min", u64::from(min))
                .arg("departure", dep)
                .arg("shortest", shortest)
                .arg("return", ret),
        ));
    }
    if ret > longest {
        duration_violations.push(Said(
            Message::new("mobility-too-long")
                .arg("max", u64::from(policy.duration.max_months))
                .arg("departure", dep)
                .arg("longest", longest)
                .arg("return", ret),
        ));
    }
    if trip.kind == MobilityKind::Training
        && !policy.duration.training_recommended_months.is_empty()
    {
        let mut outside = Vec::new();
        let mut d = NaiveDate::from_ymd_opt(dep.year(), dep.month(), 1).unwrap_or(dep);
        while d <= ret {
            if !policy
                .duration
                .training_recommended_months
                .contains(&d.month())
            {
                outside.push(
                    Message::new("mobility-month")
                        .arg("month", Arg::Month(d.month()))
                        .arg("year", d.year().to_string()),
                );
            }
            d = months_after(d, 1);
        }
        if !outside.is_empty() {
            let recommended = policy
                .duration
                .training_recommended_months
                .iter()
                .map(|&m| Arg::Month(m))
                .collect();
            advisories.push(Said(
                Message::new("mobility-training-season")
                    .arg("recommended", Arg::Enumeration(recommended))
                    .arg(
                        "outside",
                        Arg::Enumeration(outside.into_iter().map(Arg::from).collect()),
                    ),
            ));
        }
    }
    recorder.record(|| {
        let message = if duration_violations.is_empty() {
            Message::new("mobility-duration-within")
                .arg("min", u64::from(min))
                .arg("max", u64::from(policy.duration.max_months))
        } else {
            Message::new("mobility-duration-breaks").arg(
                "violations",
                Arg::List(duration_violations.iter().map(|v| v.0.clone()).collect()),
            )
        };
        Step::says(
            &MO_9,
            message
                .arg("duration", Arg::Phrase(Box::new(duration.clone())))
                .arg("departure", dep)
                .arg("return", ret),
        )
    });

    let day_before = counted_from(
        "departure",
        dep,
        MobilityDocument::DebtClearance,
        subtract_days("departure", dep, 1),
    )?;
    // Each deadline as planned, with its rule; the statuses are set below.
    let planned = |document, rule: &Rule, bound, date, counted, basis: Message| {
        let deadline = Deadline {
            document,
            rule: rule.id.clone(),
            bound,
            date,
            counted,
            basis: Said(basis),
            status: Status::Pending,
        };
        (rule.clone(), deadline)
    };
    let mut plan = Vec::new();
    plan.push(planned(
        MobilityDocument::DebtClearance,
        &MO_12,
        Bound::DueBy,
        Some(day_before),
        Counted::BeforeDeparture,
        Message::new("mobility-basis-debts").arg("departure", dep),
    ));
    let n = p.financing_contract_working_days_before;
    plan.push(planned(
        MobilityDocument::FinancingContract,
        &MO_10,
        Bound::DueBy,
        Some(counted_from(
            "departure",
            dep,
            MobilityDocument::FinancingContract,
            calendar.subtract_working_days(dep, n),
        )?),
        Counted::WorkingDays,
        Message::new("mobility-basis-working-days-before")
            .arg("days", u64::from(n))
            .arg("departure", dep),
    ));
    let n = p.grant_paid_days_before;
    plan.push(planned(
        MobilityDocument::GrantPayment,
        &MO_10,
        Bound::NotBefore,
        Some(counted_from(
            "departure",
            dep,
            MobilityDocument::GrantPayment,
            subtract_days("departure", dep, n),
        )?),
        Counted::CalendarDays,
        Message::new("mobility-basis-days-before")
            .arg("days", u64::from(n))
            .arg("departure", dep),
    ));
    if trip.agreement_signed_before_departure {
        plan.push(planned(
            MobilityDocument::LearningAgreement,
            &MO_10,
            Bound::DueBy,
            Some(day_before),
            Counted::BeforeDeparture,
            Message::new("mobility-basis-signed-before").arg("departure", dep),
        ));
    } else {
        let n = p.agreement_days_after_departure;
        plan.push(planned(
            MobilityDocument::LearningAgreement,
            &MO_10,
            Bound::DueBy,
            Some(counted_from(
                "departure",
                dep,
                MobilityDocument::LearningAgreement,
                add_days("departure", dep, n),
            )?),
            Counted::CalendarDays,
            Message::new("mobility-basis-agreement-after")
                .arg("days", u64::from(n))
                .arg("departure", dep),
        ));
    }
    let n = p.changes_months_after_departure;
    plan.push(planned(
        MobilityDocument::LearningAgreementChanges,
        &MO_10,
        Bound::DueBy,
        Some(counted_from(
            "departure",
            dep,
            MobilityDocument::LearningAgreementChanges,
            add_months(dep, n),
        )?),
        Counted::Months,
        Message::new("mobility-basis-changes")
            .arg("months", u64::from(n))
            .arg("departure", dep),
    ));
    let n = p.enrolment_certificate_days_after_departure;
    plan.push(planned(
        MobilityDocument::EnrolmentCertificate,
        &MO_10,
        Bound::DueBy,
        Some(counted_from(
            "departure",
            dep,
            MobilityDocument::EnrolmentCertificate,
            add_days("departure", dep, n),
        )?),
        Counted::CalendarDays,
        Message::new("mobility-basis-days-after")
            .arg("days", u64::from(n))
            .arg("departure", dep),
    ));
    let n = p.attendance_certificate_working_days_after_return;
    plan.push(planned(
        MobilityDocument::AttendanceCertificate,
        &MO_10,
        Bound::DueBy,
        Some(counted_from(
            "return",
            ret,
            MobilityDocument::AttendanceCertificate,
            calendar.add_working_days(ret, n),
        )?),
        Counted::WorkingDays,
        Message::new("mobility-basis-working-days-after")
            .arg("days", u64::from(n))
            .arg("return", ret),
    ));
    let n = p.final_report_working_days_after_return;
    plan.push(planned(
        MobilityDocument::FinalReport,
        &MO_10,
        Bound::DueBy,
        Some(counted_from(
            "return",
            ret,
            MobilityDocument::FinalReport,
            calendar.add_working_days(ret, n),
        )?),
        Counted::WorkingDays,
        Message::new("mobility-basis-working-days-after")
            .arg("days", u64::from(n))
            .arg("return", ret),
    ));
    let after_return: Vec<MobilityDocument> = match trip.kind {
        MobilityKind::Study => vec![
            MobilityDocument::TranscriptOfRecords,
            MobilityDocument::FinalReport,
            MobilityDocument::AttendanceCertificate,
            MobilityDocument::EuropassMobility,
        ],
        MobilityKind::Training => {
            let mut docs = Vec::new();
            if trip.earns_ects {
                docs.push(MobilityDocument::EctsProof);
            }
            docs.extend([
                MobilityDocument::FinalReport,
                MobilityDocument::AttendanceCertificate,
                MobilityDocument::EuropassMobility,
            ]);
            docs
        }
    };
    for doc in &after_return {
        if !plan
            .iter()
            .any(|(_, d): &(Rule, Deadline)| d.document == *doc)
        {
            plan.push(planned(
                *doc,
                &MO_11,
                Bound::DueBy,
                None,
                Counted::NoDate,
                Message::new("mobility-basis-after-return").arg("return", ret),
            ));
        }
    }
    recorder.record(|| {
        let names = after_return.iter().map(|d| d.term()).collect();
        Step::says(
            &MO_11,
            Message::new("mobility-after-return")
                .arg("kind", trip.kind.term())
                .arg("documents", Arg::Enumeration(names)),
        )
    });

    let mut deadlines = Vec::with_capacity(plan.len());
    for (rule, mut deadline) in plan {
        let (document, date, bound) = (deadline.document, deadline.date, deadline.bound);
        let mut done = handed_in
            .iter()
            .filter(|h| h.document == document)
            .map(|h| h.on)
            .max();
        // Debts listed and all settled: the clearance is done on the last settlement.
        if document == MobilityDocument::DebtClearance
            && done.is_none()
            && !trip.debts.is_empty()
            && trip.debts.iter().all(|d| d.settled_on.is_some())
        {
            done = trip.debts.iter().filter_map(|d| d.settled_on).max();
        }
        deadline.status = match (done, date, bound) {
            (Some(on), Some(date), Bound::DueBy) if on > date => Status::DoneOutOfTime { on },
            (Some(on), Some(date), Bound::NotBefore) if on < date => Status::DoneOutOfTime { on },
            (Some(on), _, _) => Status::Done { on },
            // Changes are due only if there are any: never overdue.
            (None, _, _) if document == MobilityDocument::LearningAgreementChanges => {
                Status::Pending
            }
            (None, Some(date), Bound::DueBy) if today > date => Status::Overdue {
                days: (today - date).num_days(),
            },
            (None, _, _) => Status::Pending,
        };
        recorder.record(|| {
            Step::says(
                &rule,
                Message::new("mobility-deadline-step")
                    .arg("document", document.term())
                    .arg("when", when(bound, date))
                    .arg("basis", Arg::Phrase(Box::new(deadline.basis.0.clone())))
                    .arg("status", status(deadline.status)),
            )
        });
        deadlines.push(deadline);
    }
    deadlines.sort_by_key(|d| (d.date.is_none(), d.date));
    let overdue = deadlines
        .iter()
        .filter(|d| matches!(d.status, Status::Overdue { .. }))
        .map(|d| d.document)
        .collect();
    let open_debts: Vec<Said> = trip
        .debts
        .iter()
        .filter(|d| d.settled_on.is_none_or(|s| s >= dep))
        .map(|d| {
            Said(match (&d.amount, d.settled_on) {
                (Some(a), None) => Message::new("mobility-debt-amount")
                    .arg("debt", d.what.as_str())
                    .arg("amount", *a),
                (None, None) => Message::new("mobility-debt").arg("debt", d.what.as_str()),
                (_, Some(s)) => Message::new("mobility-debt-settled-late")
                    .arg("debt", d.what.as_str())
                    .arg("settled", s),
            })
        })
        .collect();
    if !open_debts.is_empty() {
        recorder.record(|| {
            Step::says(
                &MO_12,
                Message::new("mobility-debts-open").arg(
                    "debts",
                    Arg::Enumeration(open_debts.iter().map(|d| Arg::from(d.0.clone())).collect()),
                ),
            )
        });
    }
    let signed = |doc: MobilityDocument| {
        handed_in
            .iter()
            .filter(|h| h.document == doc)
            .map(|h| h.on)
            .max()
    };
    let grant_period_starts = match (
        signed(MobilityDocument::LearningAgreement),
        signed(MobilityDocument::FinancingContract),
    ) {
        (Some(agreement), Some(contract)) => Some(dep.max(agreement).max(contract)),
        _ => None,
    };
    recorder.record(|| {
        Step::says(
            &MO_9,
            match grant_period_starts {
                Some(start) if start > dep => Message::new("mobility-grant-starts-after-departure")
                    .arg("start", start)
                    .arg("departure", dep),
                Some(start) => Message::new("mobility-grant-starts").arg("start", start),
                None => Message::new("mobility-grant-cannot-start"),
            },
        )
    });
    Ok(MobilityCalendar {
        grant_period_starts,
        today,
        duration: Said(duration),
        duration_violations,
        advisories,
        deadlines,
        after_return,
        open_debts,
        overdue,
    })
}
