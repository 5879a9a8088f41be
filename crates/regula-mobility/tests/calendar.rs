//! MO-9..MO-12: duration, document deadlines in working days, what is overdue.

use regula_calendar::{Calendar, ClosedDay};
use regula_core::NaiveDate;
use regula_mobility::{
    Counted, Debt, HandedIn, MobilityDocument, MobilityError, MobilityKind, MobilityPolicy, Status,
    Trip, mobility_calendar, mobility_calendar_explained,
};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn trip(kind: MobilityKind, departure: &str, ret: &str) -> Trip {
    Trip {
        kind,
        departure: day(departure),
        return_date: day(ret),
        agreement_signed_before_departure: false,
        earns_ects: false,
        debts: vec![],
    }
}

/// The calendar of `t` on `today`, with the ITP policy and the Romanian calendar.
fn calendar_of(t: &Trip, today: &str) -> regula_mobility::MobilityCalendar {
    mobility_calendar_explained(
        &MobilityPolicy::itp_2014(),
        &Calendar::romania(),
        t,
        &[],
        day(today),
    )
    .unwrap()
    .outcome
}

/// Where document `doc` stands in `cal`.
fn status_of(cal: &regula_mobility::MobilityCalendar, doc: MobilityDocument) -> Status {
    cal.deadlines
        .iter()
        .find(|d| d.document == doc)
        .unwrap()
        .status
}

fn due(cal: &regula_mobility::MobilityCalendar, doc: MobilityDocument) -> NaiveDate {
    cal.deadlines
        .iter()
        .find(|d| d.document == doc)
        .unwrap()
        .date
        .unwrap()
}

#[test]
fn working_days_skip_weekends_and_romanian_holidays() {
    // Departure Monday 14 Feb 2028: 15 working days back skips Monday 24 January (CAL-2).
    // Return Friday 23 Apr 2027: 10 working days skip Orthodox Good Friday (30 Apr) and Easter
    // Monday (3 May).
    let t = trip(MobilityKind::Study, "2028-02-14", "2028-06-30");
    let cal = calendar_of(&t, "2028-01-01");
    assert_eq!(
        due(&cal, MobilityDocument::FinancingContract),
        day("2028-01-21")
    );
    assert_eq!(due(&cal, MobilityDocument::GrantPayment), day("2028-02-04"));
    assert_eq!(
        due(&cal, MobilityDocument::LearningAgreement),
        day("2028-02-28")
    );
    assert_eq!(
        due(&cal, MobilityDocument::EnrolmentCertificate),
        day("2028-02-28")
    );
    assert_eq!(
        due(&cal, MobilityDocument::LearningAgreementChanges),
        day("2028-03-14")
    );
    let t = trip(MobilityKind::Study, "2027-02-15", "2027-04-23");
    let cal = calendar_of(&t, "2027-01-01");
    assert_eq!(
        due(&cal, MobilityDocument::AttendanceCertificate),
        day("2027-05-11")
    );
    assert_eq!(due(&cal, MobilityDocument::FinalReport), day("2027-05-11"));
}

#[test]
fn an_institutions_closed_day_moves_a_working_day_deadline() {
    let policy = MobilityPolicy::itp_2014();
    let t = trip(MobilityKind::Study, "2027-02-15", "2027-04-23");
    let closed = Calendar::with_closed_days([ClosedDay {
        date: day("2027-05-04"),
        reason: "rector's day".into(),
    }])
    .unwrap();
    let cal = mobility_calendar_explained(&policy, &closed, &t, &[], day("2027-01-01"))
        .unwrap()
        .outcome;
    assert_eq!(due(&cal, MobilityDocument::FinalReport), day("2027-05-12"));
}

#[test]
fn statuses_on_a_day_done_late_overdue_pending() {
    let policy = MobilityPolicy::itp_2014();
    let mut t = trip(MobilityKind::Study, "2027-02-15", "2027-07-02");
    t.debts = vec![Debt {
        what: "library loan".into(),
        amount: None,
        settled_on: None,
    }];
    let handed = [
        HandedIn {
            document: MobilityDocument::FinancingContract,
            on: day("2027-01-26"),
        },
        HandedIn {
            document: MobilityDocument::GrantPayment,
            on: day("2027-02-01"),
        },
    ];
    let d = mobility_calendar_explained(
        &policy,
        &Calendar::romania(),
        &t,
        &handed,
        day("2027-07-20"),
    )
    .unwrap();
    let cal = d.outcome;
    let status = |doc| status_of(&cal, doc);
    assert_eq!(
        status(MobilityDocument::FinancingContract),
        Status::DoneOutOfTime {
            on: day("2027-01-26")
        },
        "due by 25 January"
    );
    assert_eq!(
        status(MobilityDocument::GrantPayment),
        Status::DoneOutOfTime {
            on: day("2027-02-01")
        },
        "paid before 5 February: too early"
    );
    assert_eq!(
        status(MobilityDocument::FinalReport),
        Status::Overdue { days: 4 }
    );
    assert_eq!(
        status(MobilityDocument::LearningAgreementChanges),
        Status::Pending
    );
    assert_eq!(
        status(MobilityDocument::TranscriptOfRecords),
        Status::Pending
    );
    assert_eq!(cal.open_debts[0].to_string(), "library loan");
    assert!(cal.overdue.contains(&MobilityDocument::DebtClearance));
    assert!(d.explanation.cites("MO-12"));
    assert_eq!(
        cal.grant_period_starts, None,
        "no learning agreement yet (MO-9)"
    );
    assert_eq!(
        cal.after_return,
        [
            MobilityDocument::TranscriptOfRecords,
            MobilityDocument::FinalReport,
            MobilityDocument::AttendanceCertificate,
            MobilityDocument::EuropassMobility
        ]
    );
}

#[test]
fn duration_is_two_to_twelve_months_and_training_is_best_in_summer() {
    let cal = |t: &Trip| calendar_of(t, "2027-01-01");
    let ok = cal(&trip(MobilityKind::Training, "2027-07-01", "2027-08-31"));
    assert!(ok.duration_violations.is_empty() && ok.advisories.is_empty());
    assert_eq!(ok.duration.to_string(), "2 months 0 days");
    let short = cal(&trip(MobilityKind::Training, "2027-07-01", "2027-08-30"));
    assert_eq!(
        short.duration_violations.len(),
        1,
        "{:?}",
        short.duration_violations
    );
    let long = cal(&trip(MobilityKind::Study, "2027-02-01", "2028-02-01"));
    assert_eq!(
        long.duration_violations.len(),
        1,
        "{:?}",
        long.duration_violations
    );
    let spring = cal(&trip(MobilityKind::Training, "2027-04-01", "2027-06-30"));
    assert_eq!(spring.advisories.len(), 1);
    let mut training = trip(MobilityKind::Training, "2027-07-01", "2027-09-30");
    training.earns_ects = true;
    assert_eq!(cal(&training).after_return[0], MobilityDocument::EctsProof);
}

#[test]
fn a_return_before_the_departure_is_an_error_naming_both() {
    let err = mobility_calendar_explained(
        &MobilityPolicy::itp_2014(),
        &Calendar::romania(),
        &trip(MobilityKind::Study, "2027-02-15", "2027-02-14"),
        &[],
        day("2027-01-01"),
    )
    .unwrap_err();
    assert!(matches!(err, MobilityError::ReturnBeforeDeparture { .. }));
    assert_eq!(
        err.to_string(),
        "`trip.return` = 2027-02-14 is before `trip.departure` = 2027-02-15"
    );
}

#[test]
fn every_deadline_says_how_it_was_counted() {
    let cal = calendar_of(
        &trip(MobilityKind::Study, "2027-02-15", "2027-07-02"),
        "2027-01-01",
    );
    let working: Vec<MobilityDocument> = cal
        .deadlines
        .iter()
        .filter(|d| d.counted == Counted::WorkingDays)
        .map(|d| d.document)
        .collect();
    assert_eq!(
        working,
        [
            MobilityDocument::FinancingContract,
            MobilityDocument::AttendanceCertificate,
            MobilityDocument::FinalReport
        ]
    );
}

/// MO-9, MO-10: a mobility late in 2199 (the calendar's last year) is refused naming the date the
/// user gave and the deadline that falls outside the calendar, never a date the user never gave;
/// durations read "1 month", not "1 months".
#[test]
fn mo9_mo10_errors_name_the_dates_given_and_durations_read_well() {
    let policy = MobilityPolicy::itp_2014();
    let mut late = trip(MobilityKind::Study, "2199-09-22", "2199-12-20");
    late.debts.clear();
    let err =
        mobility_calendar_explained(&policy, &Calendar::romania(), &late, &[], day("2199-09-01"))
            .unwrap_err()
            .to_string();
    assert!(
        err.starts_with("`trip.return`: 2199-12-20: the deadline of the attendance certificate"),
        "{err}"
    );
    assert!(!err.contains("2200"), "{err}");

    let short = trip(MobilityKind::Study, "2027-02-15", "2027-03-17");
    let calendar = mobility_calendar(
        &policy,
        &Calendar::romania(),
        &short,
        &[],
        day("2027-02-01"),
    )
    .unwrap();
    assert_eq!(calendar.duration.to_string(), "1 month 3 days");
    assert!(
        calendar.duration_violations[0]
            .to_string()
            .starts_with("a study mobility lasts at least 2 months"),
        "{:?}",
        calendar.duration_violations
    );
}

/// MO-9: a mobility of exactly the longest duration (12 months, return the day before the
/// anniversary) is allowed; a day more is too long. A return on the departure day is a (too
/// short) mobility, not an error.
#[test]
fn mo9_the_longest_mobility_ends_the_day_before_its_anniversary() {
    let violations = |ret: &str| {
        calendar_of(&trip(MobilityKind::Study, "2027-09-01", ret), "2027-06-01")
            .duration_violations
            .len()
    };
    assert_eq!(violations("2028-08-31"), 0);
    assert_eq!(violations("2028-09-01"), 1);
    assert_eq!(
        violations("2027-09-01"),
        1,
        "too short, and still a calendar"
    );
}

/// MO-10, MO-12: a document handed in on its due date is on time, a payment made on the first
/// allowed day is on time, and a deadline is overdue only from the day after it.
#[test]
fn statuses_on_the_very_day_of_a_deadline() {
    let policy = MobilityPolicy::itp_2014();
    let t = trip(MobilityKind::Study, "2027-02-15", "2027-07-02");
    let first = calendar_of(&t, "2027-01-01");
    let contract_due = due(&first, MobilityDocument::FinancingContract);
    let payment_from = due(&first, MobilityDocument::GrantPayment);
    let report_due = due(&first, MobilityDocument::FinalReport);
    let handed = [
        HandedIn {
            document: MobilityDocument::FinancingContract,
            on: contract_due,
        },
        HandedIn {
            document: MobilityDocument::GrantPayment,
            on: payment_from,
        },
    ];
    let on_the_day = |today: NaiveDate| {
        mobility_calendar_explained(&policy, &Calendar::romania(), &t, &handed, today)
            .unwrap()
            .outcome
    };
    let cal = on_the_day(report_due);
    assert_eq!(
        status_of(&cal, MobilityDocument::FinancingContract),
        Status::Done { on: contract_due }
    );
    assert_eq!(
        status_of(&cal, MobilityDocument::GrantPayment),
        Status::Done { on: payment_from }
    );
    assert_eq!(
        status_of(&cal, MobilityDocument::FinalReport),
        Status::Pending
    );
    let next = on_the_day(report_due.succ_opt().unwrap());
    assert_eq!(
        status_of(&next, MobilityDocument::FinalReport),
        Status::Overdue { days: 1 }
    );
}

/// MO-9: with the agreement and the contract signed before departure, the grant period starts
/// on the departure day, and the explanation does not say it starts later.
#[test]
fn mo9_the_grant_starts_on_departure_when_everything_is_signed_before() {
    let t = trip(MobilityKind::Study, "2027-02-15", "2027-07-02");
    let handed = [
        HandedIn {
            document: MobilityDocument::LearningAgreement,
            on: day("2027-01-10"),
        },
        HandedIn {
            document: MobilityDocument::FinancingContract,
            on: day("2027-02-15"),
        },
    ];
    let d = mobility_calendar_explained(
        &MobilityPolicy::itp_2014(),
        &Calendar::romania(),
        &t,
        &handed,
        day("2027-01-20"),
    )
    .unwrap();
    assert_eq!(d.outcome.grant_period_starts, Some(day("2027-02-15")));
    let text = d.explanation.to_string();
    assert!(
        text.contains("The grant period starts on 15 February 2027: ")
            && !text.contains("both signed, after the departure"),
        "{text}"
    );
}
