//! CA-1..CA-6: entries, signatures, corrections, full rows; every refused command changes nothing.

use regula_calendar::Instant;
use regula_catalog::{
    Catalog, CatalogError, CatalogPolicy, Change, Command, CommitteeKind, Examiner, Mark, Role,
};
use regula_core::{ExamForm, Grade};

fn catalog() -> Catalog {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    serde_json::from_value(request["catalog"].clone()).unwrap()
}

const HOLDER: &str = "prof. Ionescu Mihai";
const APPLIED: &str = "asist. Marin Ana";

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

fn grade(g: u8) -> Mark {
    Mark::Grade(Grade::new(g).unwrap())
}

fn enter(student: &str, exam: &str, mark: Mark, when: &str, signatures: &[&str]) -> Command {
    Command::Enter {
        student: student.into(),
        exam: exam.into(),
        mark,
        by: HOLDER.into(),
        at: at(when),
        signatures: signatures.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// Stan Ioana's grade in the winter exam, entered by the holder and signed by both examiners.
fn stan(mark: Mark) -> Command {
    enter(
        "NAV-1001",
        "NAV-W",
        mark,
        "2021-01-25T15:00",
        &[HOLDER, APPLIED],
    )
}

/// A correction of Stan Ioana's first column.
fn correct(by: &str, mark: Mark, when: &str) -> Command {
    Command::Correct {
        student: "NAV-1001".into(),
        column: 1,
        mark,
        by: by.into(),
        at: at(when),
    }
}

/// The same entry, written by someone else.
fn entered_by(mut command: Command, who: &str) -> Command {
    if let Command::Enter { by, .. } = &mut command {
        *by = who.into();
    }
    command
}

/// Applies `command` expecting a refusal, and checks that it changed nothing.
fn refused(catalog: &mut Catalog, command: &Command) -> CatalogError {
    let before = catalog.clone();
    let err = catalog
        .apply_explained(&CatalogPolicy::umc_2020(), Grade::FIVE, command)
        .unwrap_err();
    assert_eq!(*catalog, before, "a refused command changed the catalog");
    err
}

#[test]
fn students_are_listed_in_the_romanian_alphabet_with_recognised_grades() {
    let c = catalog();
    let names: Vec<String> = c.students.iter().map(|s| s.name.to_string()).collect();
    // Ă after A, Ș after S (CA-3).
    assert_eq!(
        names,
        [
            "ALBU C. Radu",
            "ĂVRAM D. Mara",
            "STAN I. Ioana",
            "ȘERBAN G. Andrei"
        ]
    );
    assert_eq!(c.students[1].recognised, Some(Grade::new(8).unwrap()));
}

#[test]
fn a_grade_is_written_in_figures_and_words_on_the_exam_day_by_the_holder() {
    let mut c = catalog();
    let policy = CatalogPolicy::umc_2020();
    let d = c
        .apply_explained(&policy, Grade::FIVE, &stan(grade(9)))
        .unwrap();
    assert!(d.explanation.cites("CA-4") && d.explanation.cites("CA-5"));
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark.in_words(), "9 (nouă)");
    assert_eq!(cell.signatures, [HOLDER, APPLIED]);
    assert!(c.incomplete(&policy).is_empty());

    let err = refused(
        &mut c,
        &enter("NAV-1003", "NAV-W", grade(7), "2021-01-26T09:00", &[]),
    );
    assert!(matches!(err, CatalogError::NotExamDay { .. }), "{err}");
    let by_other = entered_by(
        enter("NAV-1003", "NAV-W", grade(7), "2021-01-25T16:00", &[]),
        APPLIED,
    );
    let err = refused(&mut c, &by_other);
    assert!(
        err.to_string().contains("written by the course holder"),
        "{err}"
    );
    let err = refused(
        &mut c,
        &enter("NAV-9999", "NAV-W", grade(7), "2021-01-25T16:00", &[]),
    );
    assert_eq!(
        err.to_string(),
        "student `NAV-9999` is not on catalog `UMC-NAV-2021-2111`"
    );
    let err = refused(
        &mut c,
        &enter("NAV-1002", "NAV-W", grade(7), "2021-01-25T16:00", &[]),
    );
    assert!(matches!(err, CatalogError::AlreadyRecognised { .. }));
    let err = refused(
        &mut c,
        &enter("NAV-1001", "NAV-W", grade(7), "2021-01-25T16:00", &[]),
    );
    assert!(
        matches!(err, CatalogError::AlreadyEntered { .. }),
        "a change is a correction"
    );
}

#[test]
fn a_grade_of_eleven_is_refused_when_read_naming_the_value() {
    let err = serde_json::from_str::<Mark>("11").unwrap_err();
    assert!(err.to_string().contains("from 1 to 10, got 11"), "{err}");
    assert!(serde_json::from_str::<Mark>("\"nine\"").is_err());
    assert_eq!(
        serde_json::from_str::<Mark>("\"absent\"").unwrap(),
        Mark::Absent
    );
}

#[test]
fn a_correction_only_by_the_holder_keeps_the_earlier_value() {
    let mut c = catalog();
    let policy = CatalogPolicy::umc_2020();
    c.apply_explained(&policy, Grade::FIVE, &stan(grade(9)))
        .unwrap();
    let err = refused(&mut c, &correct(APPLIED, grade(10), "2021-01-25T16:00"));
    assert!(err.to_string().contains("only the course holder"), "{err}");
    assert!(matches!(
        refused(&mut c, &correct(HOLDER, grade(9), "2021-01-25T16:00")),
        CatalogError::NoChange { .. }
    ));
    for (g, when) in [(10, "2021-01-25T16:00"), (8, "2021-01-26T10:00")] {
        c.apply_explained(&policy, Grade::FIVE, &correct(HOLDER, grade(g), when))
            .unwrap();
    }
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark, grade(8));
    let struck: Vec<Mark> = cell.corrections.iter().map(|x| x.from).collect();
    assert_eq!(struck, [grade(9), grade(10)]);
    assert_eq!(
        c.values_written("NAV-1001", 1),
        [grade(9), grade(10), grade(8)]
    );
    assert!(matches!(
        c.history.last().unwrap().change,
        Change::Corrected { .. }
    ));
}

#[test]
fn a_fifth_session_on_a_full_row_is_refused_and_a_supplementary_catalog_takes_it() {
    let mut c = catalog();
    let policy = CatalogPolicy::umc_2020();
    let template = c.exams[1].clone();
    for (i, day) in [
        "2021-03-01",
        "2021-04-01",
        "2021-05-03",
        "2021-06-01",
        "2021-07-01",
    ]
    .iter()
    .enumerate()
    {
        let mut exam = template.clone();
        exam.id = format!("X{i}");
        exam.date = day.parse().unwrap();
        c.exams.push(exam);
    }
    for (i, day) in ["2021-03-01", "2021-04-01", "2021-05-03", "2021-06-01"]
        .iter()
        .enumerate()
    {
        c.apply_explained(
            &policy,
            Grade::FIVE,
            &enter(
                "NAV-1003",
                &format!("X{i}"),
                grade(4),
                &format!("{day}T12:00"),
                &[HOLDER],
            ),
        )
        .unwrap();
    }
    let err = refused(
        &mut c,
        &enter("NAV-1003", "X4", grade(6), "2021-07-01T12:00", &[HOLDER]),
    );
    assert_eq!(
        err.to_string(),
        "student `NAV-1003` has all 4 session columns filled; print a supplementary catalog for them (CA-2)"
    );
    let err = c
        .supplementary(&policy, "SUP-1", &["NAV-1001".into()])
        .unwrap_err();
    assert!(matches!(err, CatalogError::RowNotFull { .. }));
    let mut sup = c
        .supplementary(&policy, "SUP-1", &["NAV-1003".into()])
        .unwrap();
    assert_eq!(sup.header.supplements.as_deref(), Some("UMC-NAV-2021-2111"));
    assert_eq!(sup.students.len(), 1);
    sup.apply_explained(
        &policy,
        Grade::FIVE,
        &enter("NAV-1003", "X4", grade(6), "2021-07-01T12:00", &[HOLDER]),
    )
    .unwrap();
}

#[test]
fn the_signatures_each_entry_needs_by_form_and_committee() {
    let policy = CatalogPolicy::umc_2020();
    let missing =
        |form: ExamForm, kind: CommitteeKind, committee: Vec<(&str, Role)>, signed: &[&str]| {
            let mut c = catalog();
            let exam = &mut c.exams[0];
            exam.form = form;
            exam.committee_kind = kind;
            exam.committee = committee
                .into_iter()
                .map(|(n, role)| Examiner {
                    name: n.into(),
                    role,
                })
                .collect();
            let by = if kind == CommitteeKind::Regular {
                HOLDER
            } else {
                "conf. A"
            };
            let cmd = Command::Enter {
                student: "NAV-1001".into(),
                exam: "NAV-W".into(),
                mark: grade(7),
                by: by.into(),
                at: at("2021-01-25T15:00"),
                signatures: signed.iter().map(|s| (*s).to_owned()).collect(),
            };
            c.apply_explained(&policy, Grade::FIVE, &cmd).unwrap();
            c.incomplete(&policy)
                .into_iter()
                .flat_map(|i| i.missing)
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
        };
    let regular = || vec![(HOLDER, Role::Holder), (APPLIED, Role::AppliedTeacher)];
    // Face-to-face: 2; online quiz: 1; open questions and portfolios: 2.
    assert_eq!(
        missing(
            ExamForm::FaceToFaceWritten,
            CommitteeKind::Regular,
            regular(),
            &[HOLDER]
        )
        .len(),
        1
    );
    assert!(
        missing(
            ExamForm::OnlineQuiz,
            CommitteeKind::Regular,
            regular(),
            &[HOLDER]
        )
        .is_empty()
    );
    assert_eq!(
        missing(
            ExamForm::OnlineOpenQuestions,
            CommitteeKind::Regular,
            regular(),
            &[HOLDER]
        )
        .len(),
        1
    );
    assert!(
        missing(
            ExamForm::OnlinePortfolio,
            CommitteeKind::Regular,
            regular(),
            &[HOLDER, APPLIED]
        )
        .is_empty()
    );
    // An assistant is a second examiner face to face, but not for open questions.
    let with_assistant = vec![(HOLDER, Role::Holder), ("asist. B", Role::Assistant)];
    assert!(
        missing(
            ExamForm::FaceToFaceOral,
            CommitteeKind::Regular,
            with_assistant.clone(),
            &[HOLDER, "asist. B"]
        )
        .is_empty()
    );
    let open = missing(
        ExamForm::OnlineOpenQuestions,
        CommitteeKind::Regular,
        with_assistant,
        &[HOLDER],
    );
    assert!(open[0].contains("nobody in the committee"), "{open:?}");
    // A committee of three named in the holder's absence: all three.
    let three = || {
        vec![
            ("conf. A", Role::Member),
            ("conf. B", Role::Member),
            ("lect. C", Role::Member),
        ]
    };
    assert_eq!(
        missing(
            ExamForm::OnlineOpenQuestions,
            CommitteeKind::HolderAbsent,
            three(),
            &["conf. A", "conf. B"]
        ),
        ["committee member lect. C"]
    );
    // A committee named by the Dean's office: the Dean countersigns.
    assert_eq!(
        missing(
            ExamForm::FaceToFaceWritten,
            CommitteeKind::DeansOffice,
            three(),
            &["conf. A", "conf. B", "lect. C"]
        ),
        ["the Dean's countersignature"]
    );
    assert!(
        missing(
            ExamForm::FaceToFaceWritten,
            CommitteeKind::DeansOffice,
            three(),
            &["conf. A", "conf. B", "lect. C", "prof. Dumitrescu Elena"]
        )
        .is_empty()
    );
}

#[test]
fn signatures_can_be_added_later_by_those_who_sign_only() {
    let mut c = catalog();
    let policy = CatalogPolicy::umc_2020();
    c.apply_explained(
        &policy,
        Grade::FIVE,
        &enter("NAV-1003", "NAV-W", grade(4), "2021-01-25T15:05", &[HOLDER]),
    )
    .unwrap();
    assert_eq!(c.incomplete(&policy).len(), 1);
    let sign = |signer: &str| Command::Sign {
        student: "NAV-1003".into(),
        column: 1,
        exam: None,
        signer: signer.into(),
        at: at("2021-01-25T15:30"),
    };
    assert!(matches!(
        refused(&mut c, &sign("Popa Maria")),
        CatalogError::UnknownSigner { .. }
    ));
    assert!(matches!(
        refused(&mut c, &sign(HOLDER)),
        CatalogError::AlreadySigned { .. }
    ));
    c.apply_explained(&policy, Grade::FIVE, &sign(APPLIED))
        .unwrap();
    assert!(c.incomplete(&policy).is_empty());
}

#[test]
fn the_assistant_grades_only_by_delegation() {
    let mut c = catalog();
    let policy = CatalogPolicy::umc_2020();
    c.exams[0].committee = vec![
        Examiner {
            name: HOLDER.into(),
            role: Role::Holder,
        },
        Examiner {
            name: "asist. B".into(),
            role: Role::Assistant,
        },
    ];
    c.exams[0].holder_taught_both = true;
    let cmd = entered_by(
        enter("NAV-1001", "NAV-W", grade(7), "2021-01-25T15:00", &[]),
        "asist. B",
    );
    let err = refused(&mut c, &cmd);
    assert!(
        err.to_string()
            .contains("only if the holder delegates it (SC-7)"),
        "{err}"
    );
    c.exams[0].assistant_delegated = true;
    c.apply_explained(&policy, Grade::FIVE, &cmd).unwrap();
}

#[test]
fn a_batch_is_recorded_whole_or_not_at_all() {
    let mut c = catalog();
    let before = c.clone();
    let commands = [
        enter("NAV-1001", "NAV-W", grade(9), "2021-01-25T15:00", &[HOLDER]),
        enter(
            "NAV-1003",
            "NAV-W",
            grade(5),
            "2021-01-25T15:01",
            &["Popa Maria"],
        ),
    ];
    let err = c
        .apply_all_with(
            &CatalogPolicy::umc_2020(),
            Grade::FIVE,
            &commands,
            &mut regula_core::NoExplanation,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("commands[1]: Popa Maria is not among"),
        "{err}"
    );
    assert_eq!(c, before);
}

#[test]
fn a_stored_row_that_differs_from_the_history_is_refused_when_read() {
    let mut c = catalog();
    c.apply_explained(&CatalogPolicy::umc_2020(), Grade::FIVE, &stan(grade(6)))
        .unwrap();
    let mut json = serde_json::to_value(&c).unwrap();
    let back: Catalog = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(back, c);
    // A grade silently raised in the row, not in the history.
    let stan = c.rows.iter().position(|r| r.student == "NAV-1001").unwrap();
    json["rows"][stan]["cells"][0]["mark"] = 10.into();
    let err = serde_json::from_value::<Catalog>(json.clone()).unwrap_err();
    assert!(
        err.to_string()
            .contains("the stored row of `NAV-1001` differs from its history"),
        "{err}"
    );
    // An event removed from the history.
    json["rows"][stan]["cells"][0]["mark"] = 6.into();
    json["history"].as_array_mut().unwrap().remove(0);
    assert!(serde_json::from_value::<Catalog>(json).is_err());
}

#[test]
fn a_policy_without_columns_or_identity_documents_is_refused_naming_the_parameter() {
    use regula_core::{PolicyError, PolicyHistory, Versioned};
    let history = |policy: CatalogPolicy| {
        PolicyHistory::new(
            "test",
            vec![Versioned {
                effective_from: "2020-01-01".parse().unwrap(),
                note: String::new(),
                policy,
            }],
        )
    };
    let mut policy = CatalogPolicy::umc_2020();
    policy.columns = 0;
    policy.id_documents.clear();
    // Both problems at once, each naming its parameter and its value.
    let err = history(policy).unwrap_err();
    assert!(matches!(err, PolicyError::Invalid(_)));
    assert_eq!(
        err.to_string(),
        "invalid catalog policy `test` (version in force from 2020-01-01):\n\
         `columns` = 0: a catalog has at least one session column (CA-2)\n\
         `id_documents` = []: no identity document would be accepted (SC-8)"
    );
    assert!(history(CatalogPolicy::umc_2020()).is_ok());
}

fn failure(student: &str, proven: bool, lost: &str, back: Option<&str>) -> Command {
    Command::TechnicalFailure {
        student: student.into(),
        exam: "NAV-R".into(),
        proven,
        reconnected_at: back.map(at),
        by: HOLDER.into(),
        at: at(lost),
    }
}

/// GR-10: a proven failure and a reconnection within the online exam's window give a different
/// test and change no cell; an unproven one, or a reconnection after the window (never
/// extended), fails the exam: the catalog records *absent* in the student's next column. Every
/// event stays in the history.
#[test]
fn gr10_a_technical_failure_during_an_online_exam() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    let d = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &failure(
                "NAV-1003",
                true,
                "2021-02-15T10:20",
                Some("2021-02-15T10:30"),
            ),
        )
        .unwrap();
    assert!(d.explanation.cites("GR-10"));
    assert!(c.row("NAV-1003").unwrap().cells.is_empty());
    assert!(matches!(
        c.history.last().unwrap().change,
        Change::TechnicalFailure { proven: true, .. }
    ));

    // Back at 11:05, after the 11:00 end: failed, recorded absent in the next column.
    c.apply(
        &policy,
        Grade::FIVE,
        &failure(
            "NAV-1004",
            true,
            "2021-02-15T10:40",
            Some("2021-02-15T11:05"),
        ),
    )
    .unwrap();
    let cell = &c.row("NAV-1004").unwrap().cells[0];
    assert_eq!((cell.exam.as_str(), cell.mark), ("NAV-R", Mark::Absent));
    // Not proven: failed as well.
    c.apply(
        &policy,
        Grade::FIVE,
        &failure("NAV-1001", false, "2021-02-15T10:45", None),
    )
    .unwrap();
    assert_eq!(c.row("NAV-1001").unwrap().cells[0].mark, Mark::Absent);
    // The history replays to the same rows.
    assert_eq!(regula_catalog::replay(&c, &c.history).unwrap(), c.rows);

    // Refused, changing nothing: a face-to-face exam, after the end, by someone outside the
    // committee.
    let mut face = failure("NAV-1002", true, "2021-02-15T10:50", None);
    if let Command::TechnicalFailure { exam, .. } = &mut face {
        *exam = "NAV-W".into();
    }
    assert!(
        refused(&mut c, &face)
            .to_string()
            .contains("GR-10 concerns online evaluations")
    );
    let late = failure("NAV-1002", true, "2021-02-15T11:30", None);
    assert!(
        refused(&mut c, &late)
            .to_string()
            .contains("after `NAV-R` ended")
    );
    let mut outsider = failure("NAV-1002", true, "2021-02-15T10:50", None);
    if let Command::TechnicalFailure { by, .. } = &mut outsider {
        *by = "Popa Maria".into();
    }
    assert!(matches!(
        refused(&mut c, &outsider),
        CatalogError::NotAuthorised { .. }
    ));
}

/// GR-11: the Dean alone annuls a result obtained by fraud; the value stays in its cell, struck,
/// with who, when and why; a retake may be ordered, and the next session is entered as usual.
#[test]
fn gr11_the_dean_annuls_a_result_obtained_by_fraud_without_erasing_it() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    c.apply(&policy, Grade::FIVE, &stan(grade(9))).unwrap();
    let dean = c.header.dean.clone();
    let annul = |by: &str| Command::Annul {
        student: "NAV-1001".into(),
        column: 1,
        reason: "copied answers (ethics committee decision 12/2021)".into(),
        retake_ordered: true,
        by: by.into(),
        at: at("2021-02-01T10:00"),
    };
    let err = refused(&mut c, &annul(HOLDER));
    assert!(err.to_string().contains("only the Dean"), "{err}");
    let d = c
        .apply_explained(&policy, Grade::FIVE, &annul(&dean))
        .unwrap();
    assert!(d.explanation.cites("GR-11"));
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark, grade(9), "the value is never erased");
    let annulment = cell.annulled.as_ref().unwrap();
    assert_eq!(
        (annulment.by.as_str(), annulment.retake_ordered),
        (dean.as_str(), true)
    );
    assert!(
        refused(&mut c, &annul(&dean))
            .to_string()
            .contains("already annulled")
    );
    // Read back from JSON, the annulment is replayed from the history.
    let json = serde_json::to_value(&c).unwrap();
    let back: Catalog = serde_json::from_value(json).unwrap();
    assert_eq!(back, c);
}

/// GR-10 at its edges: a failure at the exam's last minute is within it; a reconnection at the
/// instant of the failure is accepted, one before it refused; the explanation tells an unproven
/// failure from a late reconnection.
#[test]
fn gr10_the_edges_of_a_technical_failure() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    // NAV-R ends at 11:00.
    c.apply(
        &policy,
        Grade::FIVE,
        &failure(
            "NAV-1003",
            true,
            "2021-02-15T11:00",
            Some("2021-02-15T11:00"),
        ),
    )
    .unwrap();
    assert!(
        c.row("NAV-1003").unwrap().cells.is_empty(),
        "back within the window"
    );
    let mut fresh = catalog();
    let before = failure(
        "NAV-1004",
        true,
        "2021-02-15T10:40",
        Some("2021-02-15T10:39"),
    );
    assert!(
        refused(&mut fresh, &before)
            .to_string()
            .contains("before the connection was lost")
    );
    let mut c = catalog();
    let unproven = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &failure("NAV-1004", false, "2021-02-15T10:45", None),
        )
        .unwrap()
        .explanation
        .to_string();
    let late = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &failure(
                "NAV-1001",
                true,
                "2021-02-15T10:45",
                Some("2021-02-15T11:05"),
            ),
        )
        .unwrap()
        .explanation
        .to_string();
    assert_ne!(
        unproven.replace("NAV-1004", ""),
        late.replace("NAV-1001", "")
    );
    assert!(late.contains("11:05"), "{late}");
}

/// CA-3: a command dated before the last event is refused; one in the same minute is not.
/// An exam entered twice is refused naming its column, counted from 1.
#[test]
fn ca_3_commands_in_time_order_and_an_exam_entered_once() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    c.apply(
        &policy,
        Grade::FIVE,
        &failure("NAV-1003", true, "2021-02-15T10:20", None),
    )
    .unwrap();
    c.apply(
        &policy,
        Grade::FIVE,
        &failure("NAV-1004", false, "2021-02-15T10:20", None),
    )
    .unwrap();
    let earlier = failure("NAV-1001", false, "2021-02-15T10:19", None);
    assert!(matches!(
        refused(&mut c, &earlier),
        CatalogError::OutOfOrder { .. }
    ));
    let again = failure("NAV-1004", false, "2021-02-15T10:30", None);
    assert!(matches!(
        refused(&mut c, &again),
        CatalogError::AlreadyEntered { column: 1, .. }
    ));
}

/// CA-4: a catalog cell reads as the catalog writes it, and its JSON schema admits exactly a
/// grade 1..10 or "absent".
#[test]
fn ca_4_a_mark_reads_and_is_described_as_the_catalog_writes_it() {
    assert_eq!(Mark::Grade(Grade::new(9).unwrap()).to_string(), "9 (nouă)");
    assert_eq!(Mark::Absent.to_string(), "absent");
    let schema = serde_json::to_value(schemars::schema_for!(Mark)).unwrap();
    assert_eq!(schema["oneOf"][0]["minimum"], 1, "{schema}");
    assert_eq!(schema["oneOf"][0]["maximum"], 10, "{schema}");
    assert_eq!(schema["oneOf"][1]["const"], "absent", "{schema}");
}
