//! GR-14 in the grade register: a grade improvement (*mărire de notă*) is an event of the history
//! that keeps the earlier grade visible, as corrections do (CA-6); the higher grade stands. Only a
//! passing grade is improved (GR-13's pass grade); every refusal names its field and changes
//! nothing; a tampered improvement is refused when the catalog is read back.

use regula_calendar::Instant;
use regula_catalog::{Catalog, CatalogError, CatalogPolicy, Command, Mark, to_csv, to_html};
use regula_core::Grade;
use regula_core::locale::{Lang, in_language};
use serde_json::Value;

const HOLDER: &str = "prof. Ionescu Mihai";
const APPLIED: &str = "asist. Marin Ana";

fn request() -> Value {
    serde_json::from_str(include_str!(
        "../../../examples/requests/adopters/umc-catalog-improve.json"
    ))
    .unwrap()
}

/// The example catalog, fresh: the winter exam `NAV-W` on 25 January 2021 and the improvement
/// exam `NAV-M` on 17 February 2021, both face to face.
fn catalog() -> Catalog {
    serde_json::from_value(request()["catalog"].clone()).unwrap()
}

/// The example with its commands recorded: 6 improved to 8, 7 kept against a 5, 8 kept against
/// an absence.
fn recorded() -> Catalog {
    let mut c = catalog();
    let commands: Vec<Command> = serde_json::from_value(request()["commands"].clone()).unwrap();
    c.apply_all(&CatalogPolicy::umc_2020(), Grade::FIVE, &commands)
        .unwrap();
    c
}

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

fn grade(g: u8) -> Mark {
    Mark::Grade(Grade::new(g).unwrap())
}

fn enter(student: &str, mark: Mark) -> Command {
    Command::Enter {
        student: student.into(),
        exam: "NAV-W".into(),
        mark,
        by: HOLDER.into(),
        at: at("2021-01-25T15:00"),
        signatures: vec![HOLDER.into(), APPLIED.into()],
    }
}

fn improve(student: &str, column: usize, exam: &str, mark: Mark, when: &str) -> Command {
    Command::Improve {
        student: student.into(),
        column,
        exam: exam.into(),
        mark,
        by: HOLDER.into(),
        at: at(when),
        signatures: vec![HOLDER.into(), APPLIED.into()],
    }
}

/// Stan Ioana's first column improved at `NAV-M` to `mark`.
fn stan(mark: Mark) -> Command {
    improve("NAV-1001", 1, "NAV-M", mark, "2021-02-17T13:00")
}

/// The example catalog with Stan Ioana's `mark` entered in the winter exam.
fn with_entry(mark: Mark) -> Catalog {
    let mut c = catalog();
    c.apply(
        &CatalogPolicy::umc_2020(),
        Grade::FIVE,
        &enter("NAV-1001", mark),
    )
    .unwrap();
    c
}

/// Applies `command` expecting a refusal, and checks that it changed nothing.
fn refused(catalog: &mut Catalog, command: &Command) -> CatalogError {
    refused_under(catalog, Grade::FIVE, command)
}

/// `command` refused with the grading policy's pass grade `pass` (GR-13), the catalog unchanged.
fn refused_under(catalog: &mut Catalog, pass: Grade, command: &Command) -> CatalogError {
    let before = catalog.clone();
    let err = catalog
        .apply_explained(&CatalogPolicy::umc_2020(), pass, command)
        .unwrap_err();
    assert_eq!(*catalog, before, "a refused command changed the catalog");
    err
}

/// The field a refused improvement names.
fn field(err: &CatalogError) -> &str {
    match err {
        CatalogError::Improvement { field, .. } => field,
        other => panic!("not a refused improvement: {other}"),
    }
}

/// The catalog read back from its JSON: replayed from its history and its hash chain checked.
fn read_back(c: &Catalog) -> Result<Catalog, String> {
    serde_json::from_value(serde_json::to_value(c).unwrap()).map_err(|e| e.to_string())
}

#[test]
fn gr14_a_higher_result_stands_and_the_earlier_grade_stays_visible() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = with_entry(grade(6));
    let d = c
        .apply_explained(&policy, Grade::FIVE, &stan(grade(8)))
        .unwrap();
    assert!(d.explanation.cites("GR-14") && d.explanation.cites("CA-5"));
    assert_eq!(
        d.explanation.steps()[0].text(Lang::En),
        "prof. Ionescu Mihai records the improvement of NAV-1001's grade 6 (șase) in column 1 \
         (grade improvement February 2021, 17 February 2021): the improvement exam gave 8 (opt), \
         so grade 8 (opt) stands; 6 (șase) stays in the catalog."
    );
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark, grade(8), "the grade that stands");
    assert_eq!(
        (cell.exam.as_str(), cell.session.as_str()),
        ("NAV-W", "winter 2021")
    );
    let i = &cell.improvements[0];
    assert_eq!(
        (i.exam.as_str(), i.session.as_str(), i.exam_day.to_string()),
        (
            "NAV-M",
            "grade improvement February 2021",
            "2021-02-17".into()
        )
    );
    assert_eq!(
        (i.before, i.result, i.stands),
        (Grade::new(6).unwrap(), grade(8), Grade::new(8).unwrap())
    );
    assert_eq!((i.by.as_str(), i.at), (HOLDER, at("2021-02-17T13:00")));
    assert_eq!(i.signatures, [HOLDER, APPLIED]);
    assert!(
        cell.corrections.is_empty(),
        "an improvement is not a correction"
    );
    // Every value written in the column is still there, oldest first.
    assert_eq!(c.values_written("NAV-1001", 1), [grade(6), grade(8)]);
    assert!(c.incomplete(&policy).is_empty());
}

#[test]
fn gr14_a_lower_or_equal_result_leaves_the_grade_an_improvement_never_lowers_it() {
    let policy = CatalogPolicy::umc_2020();
    for (result, said) in [(4, "gave 4 (patru)"), (6, "gave 6 (șase)")] {
        let mut c = with_entry(grade(6));
        let d = c
            .apply_explained(&policy, Grade::FIVE, &stan(grade(result)))
            .unwrap();
        let text = d.explanation.steps()[0].text(Lang::En);
        assert!(
            text.contains(said)
                && text.ends_with("so grade 6 (șase) stands: an improvement never lowers a grade."),
            "{text}"
        );
        assert!(
            d.explanation.steps()[0]
                .text(Lang::Ro)
                .ends_with("deci rămâne nota 6 (șase): o mărire nu scade niciodată nota.")
        );
        let cell = &c.row("NAV-1001").unwrap().cells[0];
        assert_eq!(cell.mark, grade(6));
        assert_eq!(
            cell.improvements[0].result,
            grade(result),
            "the result is kept"
        );
        assert_eq!(cell.improvements[0].stands, Grade::new(6).unwrap());
    }
}

#[test]
fn gr14_absent_at_the_improvement_keeps_the_grade() {
    let mut c = with_entry(grade(6));
    let d = c
        .apply_explained(&CatalogPolicy::umc_2020(), Grade::FIVE, &stan(Mark::Absent))
        .unwrap();
    assert!(
        d.explanation.steps()[0]
            .text(Lang::En)
            .ends_with("absent from the improvement exam, so grade 6 (șase) stands.")
    );
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark, grade(6));
    assert_eq!(cell.improvements[0].result, Mark::Absent);
}

/// A second improvement of the same column is recorded: the grade register records what happened
/// (whether the student could sit it — once per course, the quotas — is GR-13's, `grade
/// improve`); each improves the grade that stands, and the highest stands.
#[test]
fn gr14_a_second_improvement_is_recorded_and_the_highest_grade_stands() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = catalog();
    let mut second = c.exams[1].clone();
    second.id = "NAV-M2".into();
    second.session = "grade improvement September 2021".into();
    second.date = "2021-09-06".parse().unwrap();
    c = Catalog::new(
        c.header,
        c.students,
        vec![c.exams[0].clone(), c.exams[1].clone(), second],
    )
    .unwrap();
    c.apply(&policy, Grade::FIVE, &enter("NAV-1001", grade(6)))
        .unwrap();
    c.apply(&policy, Grade::FIVE, &stan(grade(9))).unwrap();
    let d = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &improve("NAV-1001", 1, "NAV-M2", grade(7), "2021-09-06T12:00"),
        )
        .unwrap();
    assert!(
        d.explanation.steps()[0]
            .text(Lang::En)
            .contains("the improvement of NAV-1001's grade 9 (nouă) in column 1")
    );
    let cell = &c.row("NAV-1001").unwrap().cells[0];
    assert_eq!(cell.mark, grade(9));
    let chain: Vec<(u8, Mark, u8)> = cell
        .improvements
        .iter()
        .map(|i| (i.before.value(), i.result, i.stands.value()))
        .collect();
    assert_eq!(chain, [(6, grade(9), 9), (9, grade(7), 9)]);
    // Each improvement exam is recorded once in a column.
    let err = refused(
        &mut c,
        &improve("NAV-1001", 1, "NAV-M2", grade(10), "2021-09-06T12:30"),
    );
    assert_eq!(field(&err), "exam");
    assert!(
        err.to_string()
            .contains("already holds the result of the improvement exam `NAV-M2`"),
        "{err}"
    );
    assert_eq!(read_back(&c).unwrap(), c);
}

#[test]
fn gr13_an_improvement_the_column_cannot_take_is_refused_naming_the_field_and_the_value() {
    // An empty column: nothing to improve.
    let mut c = with_entry(grade(6));
    let err = refused(
        &mut c,
        &improve("NAV-1001", 2, "NAV-M", grade(8), "2021-02-17T13:00"),
    );
    assert_eq!(field(&err), "column");
    assert_eq!(
        err.to_string(),
        "`column`: NAV-1001 has no entry in column 2: there is no grade to improve"
    );
    let err = refused(
        &mut c,
        &improve("NAV-1001", 0, "NAV-M", grade(8), "2021-02-17T13:00"),
    );
    assert_eq!(field(&err), "column");

    // A failing grade, or absent: a course never passed is not improved (GR-13).
    for (mark, said) in [
        (grade(4), "holds 4 (patru)"),
        (Mark::Absent, "holds absent"),
    ] {
        let mut c = with_entry(mark);
        let err = refused(&mut c, &stan(grade(8)));
        assert_eq!(field(&err), "column");
        let text = err.to_string();
        assert!(
            text.contains(said)
                && text.contains("not a passing grade (at least 5 (cinci))")
                && text.contains("GR-13"),
            "{text}"
        );
        let ro = in_language(Lang::Ro, || err.to_string());
        assert!(ro.contains("nu o notă de promovare"), "{ro}");
    }

    // An annulled result (GR-11).
    let mut c = with_entry(grade(6));
    c.apply(
        &CatalogPolicy::umc_2020(),
        Grade::FIVE,
        &Command::Annul {
            student: "NAV-1001".into(),
            column: 1,
            reason: "copied answers".into(),
            retake_ordered: false,
            by: c.header.dean.clone(),
            at: at("2021-02-01T10:00"),
        },
    )
    .unwrap();
    let err = refused(&mut c, &stan(grade(8)));
    assert_eq!(field(&err), "column");
    assert!(err.to_string().contains("was annulled (GR-11)"), "{err}");

    // The exam that gave the grade, or an exam that is not after it.
    let mut c = with_entry(grade(6));
    let err = refused(
        &mut c,
        &improve("NAV-1001", 1, "NAV-W", grade(8), "2021-01-25T16:00"),
    );
    assert_eq!(field(&err), "exam");
    assert!(
        err.to_string()
            .contains("`NAV-W` is the exam that gave NAV-1001's column 1"),
        "{err}"
    );
    let mut early = catalog();
    early.exams[1].date = "2021-01-25".parse().unwrap();
    let mut early = Catalog::new(early.header, early.students, early.exams).unwrap();
    early
        .apply(
            &CatalogPolicy::umc_2020(),
            Grade::FIVE,
            &enter("NAV-1001", grade(6)),
        )
        .unwrap();
    let err = refused(
        &mut early,
        &improve("NAV-1001", 1, "NAV-M", grade(8), "2021-01-25T16:00"),
    );
    assert_eq!(field(&err), "exam");
    assert!(err.to_string().contains("not after the exam day"), "{err}");

    // An exam the catalog does not record, a student not on it.
    let err = refused(
        &mut c,
        &improve("NAV-1001", 1, "NAV-X", grade(8), "2021-02-17T13:00"),
    );
    assert!(matches!(err, CatalogError::UnknownExam { .. }), "{err}");
    let err = refused(
        &mut c,
        &improve("NAV-9999", 1, "NAV-M", grade(8), "2021-02-17T13:00"),
    );
    assert!(matches!(err, CatalogError::UnknownStudent { .. }), "{err}");
}

#[test]
fn ca_4_an_improvement_is_entered_on_its_exam_day_by_who_enters_that_exam_in_time_order() {
    let mut c = with_entry(grade(6));
    // Not on the improvement exam's day (CA-4).
    let err = refused(
        &mut c,
        &improve("NAV-1001", 1, "NAV-M", grade(8), "2021-02-18T09:00"),
    );
    assert!(matches!(err, CatalogError::NotExamDay { .. }), "{err}");
    // Not by the holder (CA-4, SC-7: the same people who enter that exam's grades).
    let mut by_assistant = stan(grade(8));
    if let Command::Improve { by, .. } = &mut by_assistant {
        *by = APPLIED.into();
    }
    let err = refused(&mut c, &by_assistant);
    assert!(matches!(err, CatalogError::NotAuthorised { .. }), "{err}");
    assert!(
        err.to_string().contains("written by the course holder"),
        "{err}"
    );
    // A signature by someone who does not sign that exam's grades (CA-5).
    let mut signed_by_secretary = stan(grade(8));
    if let Command::Improve { signatures, .. } = &mut signed_by_secretary {
        signatures.push("Popa Maria".into());
    }
    let err = refused(&mut c, &signed_by_secretary);
    assert!(matches!(err, CatalogError::UnknownSigner { .. }), "{err}");
    // Dated before the last event: the history only grows.
    let policy = CatalogPolicy::umc_2020();
    let mut albu = enter("NAV-1003", grade(7));
    if let Command::Enter { at: when, .. } = &mut albu {
        *when = at("2021-01-25T15:05");
    }
    c.apply(&policy, Grade::FIVE, &albu).unwrap();
    c.apply(
        &policy,
        Grade::FIVE,
        &improve("NAV-1003", 1, "NAV-M", grade(9), "2021-02-17T14:00"),
    )
    .unwrap();
    let err = refused(&mut c, &stan(grade(8)));
    assert!(matches!(err, CatalogError::OutOfOrder { .. }), "{err}");
}

#[test]
fn gr13_the_pass_grade_is_the_grading_policys_and_a_grade_below_it_is_not_improved() {
    let policy = CatalogPolicy::umc_2020();
    // The catalog policy has no pass grade of its own: the grading policy's is the one.
    let json = serde_json::to_value(&policy).unwrap();
    assert!(json.get("pass_grade").is_none(), "{json}");
    let mut written = json.clone();
    written["pass_grade"] = 5.into();
    assert!(serde_json::from_value::<CatalogPolicy>(written).is_err());
    // Under a pass grade of 6, a 5 was not a pass: it is not improved; under 5 it is.
    let six = Grade::new(6).unwrap();
    let mut c = with_entry(grade(5));
    let err = refused_under(&mut c, six, &stan(grade(8)));
    assert_eq!(field(&err), "column");
    assert!(err.to_string().contains("at least 6 (șase)"), "{err}");
    c.apply(&policy, Grade::FIVE, &stan(grade(8))).unwrap();
    // A 6 is a pass under 6.
    let mut c = with_entry(grade(6));
    c.apply(&policy, six, &stan(grade(8))).unwrap();
}

#[test]
fn ca_5_an_improvements_result_is_signed_like_an_entry_now_or_later() {
    let policy = CatalogPolicy::umc_2020();
    let mut c = with_entry(grade(6));
    let mut holder_only = stan(grade(8));
    if let Command::Improve { signatures, .. } = &mut holder_only {
        signatures.pop();
    }
    let d = c
        .apply_explained(&policy, Grade::FIVE, &holder_only)
        .unwrap();
    assert!(
        d.explanation.steps()[1]
            .text(Lang::En)
            .contains("The improvement's result is incomplete")
    );
    let incomplete = c.incomplete(&policy);
    assert_eq!(incomplete.len(), 1);
    assert_eq!(
        incomplete[0].to_string(),
        "NAV-1001, column 1 (exam NAV-M): missing the second examiner or the assistant"
    );
    // The printed form says what the improvement lacks, next to it.
    let html = to_html(&c, &policy, Lang::En);
    assert!(html.contains("→ improvement 8 (opt)"), "{html}");
    assert!(html.contains("missing: the second examiner or the assistant"));

    let sign = |exam: Option<&str>, signer: &str, when: &str| Command::Sign {
        student: "NAV-1001".into(),
        column: 1,
        exam: exam.map(str::to_owned),
        signer: signer.into(),
        at: at(when),
    };
    // The entry is signed already; an improvement the column does not have cannot be signed.
    assert!(matches!(
        refused(&mut c, &sign(None, APPLIED, "2021-02-17T14:00")),
        CatalogError::AlreadySigned { .. }
    ));
    let err = refused(&mut c, &sign(Some("NAV-X"), APPLIED, "2021-02-17T14:00"));
    assert_eq!(field(&err), "exam");
    assert!(
        err.to_string()
            .contains("has no improvement at `NAV-X` to sign"),
        "{err}"
    );
    let d = c
        .apply_explained(
            &policy,
            Grade::FIVE,
            &sign(Some("NAV-M"), APPLIED, "2021-02-17T14:00"),
        )
        .unwrap();
    assert!(
        d.explanation.steps()[0]
            .text(Lang::En)
            .contains("signs the improvement `NAV-M`")
    );
    assert!(c.incomplete(&policy).is_empty());
    assert_eq!(
        c.row("NAV-1001").unwrap().cells[0].improvements[0].signatures,
        [HOLDER, APPLIED]
    );
    assert_eq!(read_back(&c).unwrap(), c);
}

#[test]
fn ca_6_improvements_are_chained_and_replayed_and_read_back_to_the_same_head() {
    let c = recorded();
    let back = read_back(&c).unwrap();
    assert_eq!(back, c);
    back.verify_head(&c.head).unwrap();
    assert_eq!(regula_catalog::replay(&c, &c.history).unwrap(), c.rows);
    // Without the stored hashes, the same chain follows from the content.
    let mut v = serde_json::to_value(&c).unwrap();
    for e in v["history"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("hash");
    }
    assert_eq!(serde_json::from_value::<Catalog>(v).unwrap().head, c.head);
    // A catalog without improvements writes none: its JSON is as before the feature.
    let plain = with_entry(grade(6));
    let text = serde_json::to_string(&plain).unwrap();
    assert!(
        !text.contains("improvements") && !text.contains("improved"),
        "{text}"
    );
}

/// The history's improvement events of `c` as JSON, for forging.
fn improved_events(v: &Value) -> Vec<usize> {
    v["history"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, e)| e["change"]["action"] == "improved")
        .map(|(i, _)| i)
        .collect()
}

/// The stored hashes, head and rows removed, as a forger who recomputes nothing would leave
/// them: the reader replays the (forged) history.
fn unsealed(mut v: Value) -> Value {
    for e in v["history"].as_array_mut().unwrap() {
        e.as_object_mut().unwrap().remove("hash");
    }
    let o = v.as_object_mut().unwrap();
    o.remove("head");
    o.remove("rows");
    v
}

#[test]
fn gr14_a_tampered_improvement_is_refused_when_read_back() {
    let c = recorded();
    let v = serde_json::to_value(&c).unwrap();
    let first = improved_events(&v)[0];
    let forge = |path: &str, value: Value| {
        let mut forged = v.clone();
        forged["history"][first]["change"][path] = value;
        forged
    };
    // With the chain kept, any change is caught at its event: even one the rows would take, as
    // who recorded the improvement.
    let mut by_another = v.clone();
    by_another["history"][first]["by"] = APPLIED.into();
    by_another.as_object_mut().unwrap().remove("rows");
    let err = serde_json::from_value::<Catalog>(by_another).unwrap_err();
    assert!(err.to_string().contains("hash does not follow"), "{err}");
    assert!(serde_json::from_value::<Catalog>(forge("stands", 9.into())).is_err());
    // With the chain recomputed by the forger (none stored), GR-14 itself catches it.
    let err = serde_json::from_value::<Catalog>(unsealed(forge("stands", 9.into())))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("says 9 stands after 6 and an improvement result of 8 (opt)"),
        "{err}"
    );
    assert!(err.contains("the higher grade stands, 8 (GR-14)"), "{err}");
    let err = serde_json::from_value::<Catalog>(unsealed(forge("stands", 6.into())))
        .unwrap_err()
        .to_string();
    assert!(err.contains("(GR-14)"), "a lowered grade: {err}");
    // A `before` that is not what the column held.
    let err = serde_json::from_value::<Catalog>(unsealed(forge("before", 5.into())))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("improves 5, but the column holds 6 (șase)"),
        "{err}"
    );
    // An improvement of an exam the catalog does not record.
    let err = serde_json::from_value::<Catalog>(unsealed(forge("exam", "NAV-X".into())))
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown exam `NAV-X`"), "{err}");
    // A stored row whose improvement differs from its history.
    let mut rows_forged = v.clone();
    rows_forged["rows"][2]["cells"][0]["improvements"][0]["result"] = 10.into();
    let err = serde_json::from_value::<Catalog>(rows_forged)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the stored row of `NAV-1001` differs from its history"),
        "{err}"
    );
    // A stored row that drops the improvement and writes the earlier grade back.
    let mut erased = v.clone();
    erased["rows"][2]["cells"][0]
        .as_object_mut()
        .unwrap()
        .remove("improvements");
    erased["rows"][2]["cells"][0]["mark"] = 6.into();
    assert!(serde_json::from_value::<Catalog>(erased).is_err());
}

#[test]
fn gr14_the_printed_catalog_shows_the_earlier_grade_the_result_and_the_grade_that_stands() {
    let c = recorded();
    let policy = CatalogPolicy::umc_2020();
    let html = to_html(&c, &policy, Lang::Ro);
    // Stan Ioana: 6, improved to 8.
    let stan = html.lines().find(|l| l.contains("STAN I. Ioana")).unwrap();
    assert!(
        stan.contains("<span class=\"mark improved\">6 (șase)</span>"),
        "{stan}"
    );
    assert!(
        stan.contains("→ mărire 8 (opt) (grade improvement February 2021, 17 februarie 2021)"),
        "{stan}"
    );
    assert!(
        stan.contains("<span class=\"mark stands\">rămâne nota 8 (opt) (GR-14)</span>"),
        "{stan}"
    );
    let csv = to_csv(&c, &policy, Lang::En);
    let heading = csv.lines().next().unwrap();
    assert!(
        heading.contains(",struck_1,improvements_1,session_2,"),
        "{heading}"
    );
    let stan = csv.lines().find(|l| l.contains("STAN I. Ioana")).unwrap();
    assert!(
        stan.contains(
            ",8,8 (opt),prof. Ionescu Mihai; asist. Marin Ana,,\"6 → improvement 8 (grade \
             improvement February 2021, 2021-02-17): 8 stands — prof. Ionescu Mihai, asist. \
             Marin Ana\","
        ),
        "{stan}"
    );
    let fields = |line: &str| line.matches(',').count();
    assert!(
        csv.lines()
            .all(|l| fields(l) == fields(heading) || l.contains('"'))
    );
}

#[test]
fn an_improve_command_reads_only_its_own_fields() {
    let read = |v: Value| serde_json::from_value::<Command>(v).map_err(|e| e.to_string());
    let mut command = serde_json::json!({
        "action": "improve", "student": "NAV-1001", "column": 1, "exam": "NAV-M", "mark": 8,
        "by": HOLDER, "at": "2021-02-17T13:00"
    });
    assert_eq!(read(command.clone()).unwrap(), {
        let mut c = stan(grade(8));
        if let Command::Improve { signatures, .. } = &mut c {
            signatures.clear();
        }
        c
    });
    command["signer"] = APPLIED.into();
    assert!(
        read(command.clone())
            .unwrap_err()
            .contains("`improve` has no field `signer`")
    );
    command.as_object_mut().unwrap().remove("signer");
    command.as_object_mut().unwrap().remove("column");
    assert!(
        read(command.clone())
            .unwrap_err()
            .contains("`improve` needs `column`")
    );
    command["column"] = 1.into();
    command["mark"] = 11.into();
    assert!(read(command).unwrap_err().contains("got 11"));
}
