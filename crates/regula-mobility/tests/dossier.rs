//! MO-3, MO-4: the application dossier.

use regula_calendar::Instant;
use regula_mobility::{
    CommitteeAsks, DocumentKind, Dossier, DossierItem, DossierStatus, MobilityError, MobilityKind,
    MobilityPolicy, Problem, check_dossier_explained,
};

fn at(s: &str) -> Instant {
    s.parse().unwrap()
}

fn item(document: DocumentKind, handed_in: &str) -> DossierItem {
    DossierItem {
        document,
        handed_in: at(handed_in),
        signed: true,
        data_complete: true,
        language: Some("de".into()),
        text: None,
        characters: None,
    }
}

fn full(kind: MobilityKind) -> Dossier {
    let mut items: Vec<DossierItem> = [
        DocumentKind::CandidateForm,
        DocumentKind::Transcript,
        DocumentKind::NoEarlierMobilityDeclaration,
        DocumentKind::EuropassCv,
        DocumentKind::LetterOfIntent,
        DocumentKind::LanguageCertificate,
    ]
    .into_iter()
    .map(|d| item(d, "2027-02-20T10:00"))
    .collect();
    if kind == MobilityKind::Study {
        items.push(item(DocumentKind::IdentityCardCopy, "2027-02-20T10:00"));
    }
    Dossier {
        applicant: "S1".into(),
        kind,
        language: "de".into(),
        items,
    }
}

const DEADLINE: &str = "2027-03-01T16:00";

/// The verdict on `d` at `now`, against the call's deadline.
fn check(
    d: &Dossier,
    asks: CommitteeAsks,
    now: &str,
) -> Result<regula_mobility::DossierVerdict, MobilityError> {
    check_dossier_explained(&MobilityPolicy::itp_2014(), d, asks, at(DEADLINE), at(now))
        .map(|v| v.outcome)
}

fn problems(d: &Dossier, now: &str) -> (DossierStatus, Vec<(DocumentKind, Problem)>) {
    let v = check(d, CommitteeAsks::default(), now).unwrap();
    (
        v.status,
        v.defects.iter().map(|d| (d.document, d.problem)).collect(),
    )
}

#[test]
fn a_full_study_dossier_is_complete_and_a_training_one_needs_no_identity_card() {
    let (status, defects) = problems(&full(MobilityKind::Study), "2027-02-25T12:00");
    assert_eq!((status, defects), (DossierStatus::Complete, vec![]));
    let (status, defects) = problems(&full(MobilityKind::Training), "2027-02-25T12:00");
    assert_eq!((status, defects), (DossierStatus::Complete, vec![]));
}

/// The letter of intent of a dossier.
fn letter_of(d: &mut Dossier) -> &mut regula_mobility::DossierItem {
    d.items
        .iter_mut()
        .find(|i| i.document == DocumentKind::LetterOfIntent)
        .unwrap()
}

#[test]
fn the_letter_counts_unicode_characters_not_bytes() {
    let mut d = full(MobilityKind::Study);
    let letter = letter_of(&mut d);
    letter.text = Some("ă".repeat(2000)); // 4,000 bytes, 2,000 characters
    assert_eq!(problems(&d, "2027-02-25T12:00").1, vec![]);
    let letter = letter_of(&mut d);
    letter.text = Some("ș".repeat(2001));
    assert_eq!(
        problems(&d, "2027-02-25T12:00").1,
        vec![(DocumentKind::LetterOfIntent, Problem::TooLong)]
    );
}

/// MO-3: the same letter typed with composed or decomposed characters has the same length: "ă"
/// as one character or as "a" with a combining breve (U+0306) counts once, as a reader sees it.
#[test]
fn mo3_the_letter_counts_what_a_reader_sees_whatever_the_unicode_form() {
    let mut d = full(MobilityKind::Study);
    let letter = letter_of(&mut d);
    letter.text = Some("a\u{0306}".repeat(2000)); // 4,000 code points, 2,000 letters ă
    assert_eq!(problems(&d, "2027-02-25T12:00").1, vec![]);
    let letter = letter_of(&mut d);
    letter.text = Some("s\u{0326}".repeat(2001)); // ș decomposed, one too many
    assert_eq!(
        problems(&d, "2027-02-25T12:00").1,
        vec![(DocumentKind::LetterOfIntent, Problem::TooLong)]
    );
}

#[test]
fn an_incomplete_dossier_can_be_completed_until_the_deadline_and_is_not_considered_after() {
    let mut d = full(MobilityKind::Study);
    d.items.retain(|i| i.document != DocumentKind::EuropassCv);
    d.items[0].signed = false; // the candidate form
    d.items[1].data_complete = false; // the transcript
    let expected = vec![
        (DocumentKind::CandidateForm, Problem::Unsigned),
        (DocumentKind::Transcript, Problem::DataMissing),
        (DocumentKind::EuropassCv, Problem::Missing),
    ];
    assert_eq!(
        problems(&d, "2027-02-25T12:00"),
        (DossierStatus::Incomplete, expected.clone())
    );
    assert_eq!(
        problems(&d, "2027-03-02T09:00"),
        (DossierStatus::NotConsidered, expected)
    );
    // Completed before the deadline: a signed copy and the CV replace what was missing.
    d.items
        .push(item(DocumentKind::CandidateForm, "2027-03-01T15:59"));
    let mut transcript = item(DocumentKind::Transcript, "2027-02-28T09:00");
    transcript.data_complete = true;
    d.items.push(transcript);
    d.items
        .push(item(DocumentKind::EuropassCv, "2027-02-27T09:00"));
    let v = check(&d, CommitteeAsks::default(), "2027-03-02T09:00").unwrap();
    assert_eq!(v.status, DossierStatus::Complete);
    assert_eq!(v.completed_at, Some(at("2027-03-01T15:59")));
}

#[test]
fn a_document_handed_in_after_the_deadline_is_late() {
    let mut d = full(MobilityKind::Study);
    d.items.retain(|i| i.document != DocumentKind::Transcript);
    d.items
        .push(item(DocumentKind::Transcript, "2027-03-01T16:00"));
    assert_eq!(
        problems(&d, "2027-03-02T09:00"),
        (
            DossierStatus::NotConsidered,
            vec![(DocumentKind::Transcript, Problem::Late)]
        )
    );
}

#[test]
fn what_the_committee_asks_for_becomes_required() {
    let mut d = full(MobilityKind::Study);
    let asks = CommitteeAsks {
        transcript_in_romanian: true,
        recommendation: true,
    };
    let v = check(&d, asks, "2027-02-25T12:00").unwrap();
    let found: Vec<_> = v.defects.iter().map(|d| (d.document, d.problem)).collect();
    assert_eq!(
        found,
        vec![
            (DocumentKind::Transcript, Problem::WrongLanguage),
            (DocumentKind::Recommendation, Problem::Missing)
        ]
    );
    d.language = "hu".into();
    d.items
        .retain(|i| i.document != DocumentKind::LanguageCertificate);
    for i in &mut d.items {
        i.language = Some("hu".into());
    }
    let (status, _) = problems(&d, "2027-02-25T12:00");
    assert_eq!(
        status,
        DossierStatus::Complete,
        "no certificate for Hungarian"
    );
}

#[test]
fn a_document_dated_after_now_is_an_error_naming_it() {
    let d = full(MobilityKind::Study);
    let err = check(&d, CommitteeAsks::default(), "2027-02-19T12:00").unwrap_err();
    assert!(matches!(err, MobilityError::Invalid { .. }));
    assert!(err.to_string().contains("items[0].handed_in"), "{err}");
}

/// MO-4: a document handed in at the very instant of the check is not "after now"; an
/// incomplete dossier at the deadline's instant can no longer be completed (a document counts
/// only when handed in before the deadline).
#[test]
fn mo4_the_instants_of_now_and_of_the_deadline() {
    let mut d = full(MobilityKind::Study);
    assert_eq!(
        problems(&d, "2027-02-20T10:00").0,
        DossierStatus::Complete,
        "handed in at now"
    );
    d.items.retain(|i| i.document != DocumentKind::EuropassCv);
    assert_eq!(
        problems(&d, "2027-03-01T15:59").0,
        DossierStatus::Incomplete
    );
    assert_eq!(problems(&d, DEADLINE).0, DossierStatus::NotConsidered);
}

/// MO-3: an exempt language spares the certificate only; every other document is still needed.
#[test]
fn mo3_an_exempt_language_spares_the_certificate_and_nothing_else() {
    let mut d = full(MobilityKind::Study);
    d.language = "hu".into();
    d.items.retain(|i| {
        i.document != DocumentKind::LanguageCertificate && i.document != DocumentKind::EuropassCv
    });
    for i in &mut d.items {
        i.language = Some("hu".into());
    }
    assert_eq!(
        problems(&d, "2027-02-25T12:00").1,
        vec![(DocumentKind::EuropassCv, Problem::Missing)]
    );
}

/// MO-3: where a policy asks for the transcript only when the committee does, it is needed then
/// and only then.
#[test]
fn mo3_a_transcript_on_request_is_needed_only_when_asked() {
    let mut policy = MobilityPolicy::itp_2014();
    for rule in &mut policy.documents {
        if rule.document == DocumentKind::Transcript {
            rule.study = regula_mobility::Requirement::IfAsked;
        }
    }
    assert_eq!(
        policy.document(DocumentKind::Transcript).map(|r| r.study),
        Some(regula_mobility::Requirement::IfAsked)
    );
    let mut d = full(MobilityKind::Study);
    d.items.retain(|i| i.document != DocumentKind::Transcript);
    let status = |asks: CommitteeAsks| {
        check_dossier_explained(&policy, &d, asks, at(DEADLINE), at("2027-02-25T12:00"))
            .unwrap()
            .outcome
            .status
    };
    assert_eq!(status(CommitteeAsks::default()), DossierStatus::Complete);
    let asked = CommitteeAsks {
        transcript_in_romanian: true,
        recommendation: false,
    };
    assert_eq!(status(asked), DossierStatus::Incomplete);
}

/// The names a reader sees.
#[test]
fn kinds_and_documents_read_as_words() {
    assert_eq!(MobilityKind::Study.to_string(), "study");
    assert_eq!(MobilityKind::Training.to_string(), "training");
    assert_eq!(DocumentKind::Transcript.to_string(), "transcript");
    assert_eq!(DocumentKind::EuropassCv.name(), "Europass CV");
}
