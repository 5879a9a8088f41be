//! SC-7 committees, SC-8 admission, SC-9 the open session, CA-7 deadlines.

use regula_appeals::AppealsPolicy;
use regula_calendar::Instant;
use regula_catalog::{
    AdmissionFacts, Catalog, CatalogPolicy, Category, Document, DueStatus, Examiner, Handovers,
    IdDocument, OpenSessionFacts, Period, Role, admit, admit_with, catalog_deadlines,
    check_committee, open_session_explained,
};
use regula_core::{Explanation, NaiveDate};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn catalog() -> Catalog {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    serde_json::from_value(request["catalog"].clone()).unwrap()
}

#[test]
fn sc_7_holder_and_applied_teacher_or_an_assistant() {
    let c = catalog();
    let holder = c.header.holder.clone();
    let mut exam = c.exams[0].clone();
    assert!(check_committee(&exam, &holder).is_empty());
    exam.committee.retain(|m| m.role == Role::Holder);
    assert_eq!(
        check_committee(&exam, &holder).len(),
        2,
        "no applied teacher, one teacher"
    );
    exam.holder_taught_both = true;
    exam.committee.push(Examiner {
        name: "asist. B".into(),
        role: Role::Assistant,
    });
    assert!(check_committee(&exam, &holder).is_empty());
    exam.committee[0].name = "conf. Other".into();
    let breach = &check_committee(&exam, &holder)[0];
    assert_eq!(breach.rule.as_str(), "SC-7");
    assert!(breach.text().contains("the course holder"), "{breach}");
    // Online exams answer to CA-5, not SC-7.
    assert!(check_committee(&c.exams[1], "nobody").is_empty());
}

fn facts(card: Option<&str>, docs: &[(IdDocument, Option<&str>)]) -> AdmissionFacts {
    AdmissionFacts {
        student: "S".into(),
        card_stamped_for: card.map(|c| c.parse().unwrap()),
        documents: docs
            .iter()
            .map(|(kind, until)| Document {
                kind: *kind,
                valid_until: until.map(day),
            })
            .collect(),
    }
}

#[test]
fn sc_8_a_card_stamped_for_this_year_and_an_identity_document() {
    let policy = CatalogPolicy::umc_2020();
    let exam = day("2021-06-10");
    let mut explanation = Explanation::new();
    let ok = admit_with(
        &policy,
        &facts(Some("2020/2021"), &[(IdDocument::DrivingLicence, None)]),
        exam,
        &mut explanation,
    );
    assert!(ok.admitted);
    assert!(explanation.cites("SC-8"));
    let reasons = |f| admit(&policy, &f, exam).reasons.len();
    assert_eq!(reasons(facts(Some("2020/2021"), &[])), 1);
    assert_eq!(reasons(facts(None, &[(IdDocument::Passport, None)])), 1);
    assert_eq!(
        reasons(facts(Some("2021/2022"), &[(IdDocument::Other, None)])),
        2
    );
    assert_eq!(
        reasons(facts(
            Some("2020/2021"),
            &[(IdDocument::IdentityCard, Some("2021-06-09"))]
        )),
        1,
        "expired the day before"
    );
}

fn request(category: Category, at_sea: &[(&str, &str)]) -> OpenSessionFacts {
    OpenSessionFacts {
        student: "S".into(),
        course: "NAV-2".into(),
        category,
        at_sea: at_sea
            .iter()
            .map(|(f, t)| Period {
                from: day(f),
                to: day(t),
            })
            .collect(),
        voyage_documents: true,
        written_request: false,
        documents: vec![],
        semester: Period {
            from: day("2021-02-22"),
            to: day("2021-06-04"),
        },
        session: Period {
            from: day("2021-06-07"),
            to: day("2021-06-27"),
        },
        sat_in_normal_session: false,
        criteria_met: true,
        plan_checked_on: Some(day("2021-07-05")),
        exam_date: Some(day("2021-07-08")),
    }
}

#[test]
fn sc_9_more_than_two_months_at_sea_or_away_during_the_session() {
    let policy = CatalogPolicy::umc_2020();
    let eligible =
        |f: &OpenSessionFacts| open_session_explained(&policy, f).unwrap().outcome.eligible;
    // 1 March → 1 May is exactly two months: "more than 2 months" needs one day more.
    assert!(!eligible(&request(
        Category::ShipboardTraining,
        &[("2021-03-01", "2021-04-30")]
    )));
    assert!(eligible(&request(
        Category::ShipboardTraining,
        &[("2021-03-01", "2021-05-01")]
    )));
    assert!(eligible(&request(
        Category::ShipboardTraining,
        &[("2021-06-20", "2021-07-02")]
    )));
    // Several voyages add up: 31 + 31 = 62 days beyond the 61 of March and April.
    assert!(eligible(&request(
        Category::ShipboardTraining,
        &[("2021-03-01", "2021-03-31"), ("2021-04-15", "2021-05-15")]
    )));
    // The days between two voyages are not at sea: 31 + 30 = 61 days, not more.
    assert!(!eligible(&request(
        Category::ShipboardTraining,
        &[("2021-03-01", "2021-03-31"), ("2021-04-15", "2021-05-14")]
    )));
    // A day on two overlapping voyages counts once: 1 March → 30 April is 61 days, not more.
    assert!(!eligible(&request(
        Category::ShipboardTraining,
        &[("2021-03-01", "2021-04-15"), ("2021-04-01", "2021-04-30")]
    )));
    let mut ifr = request(
        Category::ReducedAttendanceSeafarer,
        &[("2021-06-20", "2021-07-02")],
    );
    assert!(eligible(&ifr));
    ifr.voyage_documents = false;
    assert!(!eligible(&ifr));
    let mut sat = request(Category::ShipboardTraining, &[("2021-03-01", "2021-05-20")]);
    sat.sat_in_normal_session = true;
    assert!(!eligible(&sat));
    assert!(!eligible(&request(
        Category::Other,
        &[("2021-03-01", "2021-05-20")]
    )));
}

#[test]
fn sc_9_the_exam_at_least_three_days_after_the_plan_check() {
    let policy = CatalogPolicy::umc_2020();
    let mut f = request(Category::ShipboardTraining, &[("2021-03-01", "2021-05-20")]);
    let v = open_session_explained(&policy, &f).unwrap().outcome;
    assert_eq!(v.earliest_exam_date, Some(day("2021-07-08")));
    assert_eq!(v.date_ok, Some(true));
    f.exam_date = Some(day("2021-07-07"));
    assert_eq!(
        open_session_explained(&policy, &f).unwrap().outcome.date_ok,
        Some(false)
    );
    f.at_sea[0].to = day("2021-02-01");
    let err = open_session_explained(&policy, &f).unwrap_err();
    assert!(err.to_string().contains("at_sea[0]"), "{err}");
}

#[test]
fn ca_7_catalog_within_48_hours_electronic_entry_within_5_days() {
    let c = catalog();
    let appeals = AppealsPolicy::umc_2020();
    let now: Instant = "2021-02-20T10:00".parse().unwrap();
    let mut done = Handovers::default();
    done.catalog_handed_in
        .insert("NAV-W".into(), "2021-01-27T12:00".parse().unwrap());
    let (deadlines, register) = catalog_deadlines(&appeals, &c.exams, &done, now).unwrap();
    assert_eq!(
        deadlines[0].catalog_due.to_rfc3339(),
        "2021-01-27T12:00:00+02:00"
    );
    assert!(
        matches!(deadlines[0].catalog, DueStatus::Done { .. }),
        "exactly 48 hours is in time"
    );
    assert_eq!(deadlines[0].electronic_entry, DueStatus::Overdue);
    assert_eq!(deadlines[1].catalog, DueStatus::Overdue);
    assert!(register.is_none());
    done.catalog_handed_in
        .insert("NAV-X".into(), "2021-01-27T12:00".parse().unwrap());
    assert!(catalog_deadlines(&appeals, &c.exams, &done, now).is_err());
}

#[test]
fn ca_1_a_catalog_not_signed_by_the_dean_and_the_secretary_is_not_in_order() {
    use regula_catalog::request::{CheckRequest, answer_check};
    let mut c = catalog();
    c.header.secretary = String::new();
    let response = answer_check(
        &regula_catalog::policy::umc_2020(),
        &regula_appeals::policy::umc_2020(),
        &CheckRequest {
            now: "2021-01-20T10:00".parse().unwrap(),
            catalog: c,
            handovers: Handovers::default(),
        },
    )
    .unwrap();
    let header: Vec<String> = response
        .outcome
        .header
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header, ["CA-1: the catalog is not signed by the secretary"]);
    assert!(!response.outcome.in_order);
    assert!(response.explanation.cites("CA-1"));
}

/// SC-2: the September session is held in September; the session before the final exams ends
/// before the final exam starts and needs the final-year student's request.
#[test]
fn sc2_the_retake_sessions_are_held_when_and_for_whom_the_regulation_says() {
    use regula_catalog::{RetakeFacts, RetakeSession};
    let umc = regula_catalog::policy::umc_2020().latest().policy.clone();
    let retake_session = |facts: &RetakeFacts| regula_catalog::retake_session(facts, &umc);
    let facts = |session, from: &str, to: &str| RetakeFacts {
        student: "S".into(),
        course: "C".into(),
        course_year: "2025/2026".parse().unwrap(),
        outstanding: true,
        session,
        dates: Period {
            from: day(from),
            to: day(to),
        },
        final_year: true,
        requested: true,
        meets_final_exam_conditions: true,
        final_exam_starts: Some(day("2026-07-06")),
        outstanding_credits: None,
    };
    assert!(
        retake_session(&facts(RetakeSession::September, "2026-09-01", "2026-09-14"))
            .unwrap()
            .eligible
    );
    let august =
        retake_session(&facts(RetakeSession::September, "2026-08-25", "2026-09-05")).unwrap();
    assert!(!august.eligible);
    assert!(august.reasons[0].0.id == "catalog-retake-outside-period");
    // September to September of the next year is not one September.
    let a_year =
        retake_session(&facts(RetakeSession::September, "2026-09-25", "2027-09-05")).unwrap();
    assert!(!a_year.eligible);
    assert!(a_year.reasons[0].0.id == "catalog-retake-outside-period");
    let late = retake_session(&facts(
        RetakeSession::BeforeFinalExams,
        "2026-07-01",
        "2026-07-08",
    ))
    .unwrap();
    assert!(
        late.reasons[0]
            .to_string()
            .contains("not before the final exam starts on 6 July 2026")
    );
    let mut not_final = facts(RetakeSession::BeforeFinalExams, "2026-06-22", "2026-06-26");
    not_final.final_year = false;
    assert_eq!(
        retake_session(&not_final).unwrap().reasons[0].to_string(),
        "it is for final-year students"
    );
}

/// SC-9 (§5.5.3.2(6)): a common date is planned for a course with several eligible students, the
/// latest of their earliest dates; a course with one eligible student needs none.
#[test]
fn sc_9_a_common_date_for_a_course_with_several_eligible_students() {
    use regula_catalog::{common_dates, open_session};
    let policy = CatalogPolicy::umc_2020();
    let verdict = |student: &str, course: &str, checked: &str| {
        let mut f = request(Category::ShipboardTraining, &[("2021-03-01", "2021-05-20")]);
        f.student = student.into();
        f.course = course.into();
        f.plan_checked_on = Some(day(checked));
        f.exam_date = None;
        open_session(&policy, &f).unwrap()
    };
    let dates = common_dates(&[
        verdict("S1", "NAV-2", "2021-07-05"),
        verdict("S2", "NAV-2", "2021-07-07"),
        verdict("S3", "MEC-1", "2021-07-05"),
    ]);
    assert_eq!(dates.len(), 1, "{dates:?}");
    assert_eq!(dates[0].course, "NAV-2");
    assert_eq!(dates[0].students, ["S1", "S2"]);
    assert_eq!(dates[0].earliest_common_date, Some(day("2021-07-10")));
}
