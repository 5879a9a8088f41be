//! # regula-catalog
//!
//! The grade register (*catalogul*) and exam administration of the UMC examination procedure
//! (UMC-EXAM §5.5.1.2–4, §5.5.2.13–15, §5.5.3, §5.6–§5.11; rules CA-1..CA-7, SC-7..SC-9), with the
//! events other rules write in it: technical failures (GR-10), annulments (GR-11) and grade
//! improvements (GR-14).
//!
//! A lost or silently overwritten grade is the worst failure a university system can have, so a
//! [`Catalog`] only grows: every entry, signature and correction is an [`Event`] appended to its
//! history, a correction keeps the value it replaces (CA-6), and the rows are always what the
//! history gives — a catalog read back whose rows differ from its history is refused
//! ([`CatalogError::Tampered`]). A refused command changes nothing.
//!
//! - [`Catalog::new`]: the three kinds with their header (CA-1), the students by surname,
//!   father's initial and first name in the Romanian alphabet, recognised grades pre-filled
//!   (CA-3), four session columns per student and [`Catalog::supplementary`] when they are full
//!   (CA-2);
//! - [`Command`]s: a grade in figures and words or *absent*, on the exam day, by the course holder
//!   (CA-4); the signatures each entry needs by exam form and committee (CA-5,
//!   [`Catalog::incomplete`]); corrections by the holder alone (CA-6); grade improvements of a
//!   passing grade, the result written next to the grade it improves, which stays, and the
//!   higher of the two standing (GR-14, [`Improvement`]);
//! - [`catalog_deadlines`]: CA-7 through the appeals crate;
//! - [`check_committee`] (SC-7), [`admit`] (SC-8), [`open_session`] (SC-9);
//! - [`to_csv`], [`to_html`]: the catalog to exchange and to print.
//!
//! ```
//! use regula_catalog::{Catalog, CatalogPolicy, Command, Mark};
//! # let json = include_str!("../../../examples/requests/catalog-record.json");
//! # let request: serde_json::Value = serde_json::from_str(json)?;
//! let mut catalog: Catalog = serde_json::from_value(request["catalog"].clone())?;
//! let policy = CatalogPolicy::umc_2020();
//! let nine = Command::Enter {
//!     student: "NAV-1001".into(),
//!     exam: "NAV-W".into(),
//!     mark: Mark::Grade(regula_core::Grade::new(9)?),
//!     by: "prof. Ionescu Mihai".into(),
//!     at: "2021-01-25T13:00".parse()?,
//!     signatures: vec!["prof. Ionescu Mihai".into(), "asist. Marin Ana".into()],
//! };
//! // The grading policy's pass grade (GR-13): only a grade at least it is improved.
//! let pass = regula_core::Grade::FIVE;
//! catalog.apply_explained(&policy, pass, &nine)?;
//! assert_eq!(catalog.row("NAV-1001").unwrap().cells[0].mark.in_words(), "9 (nouă)");
//! assert!(catalog.incomplete(&policy).is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod admission;
mod admission_rule;
mod backup;
mod catalog;
mod committee;
mod deadlines;
mod error;
mod export;
mod model;
mod open_session;
mod open_session_grants;
pub mod policy;
pub mod request;
mod retake_period;
mod retake_session;
pub mod rules;

pub use admission::{Admission, AdmissionFacts, Document, admit, admit_with};
pub use admission_rule::AdmissionDocument;
pub use backup::BackupSitting;
pub use catalog::{
    Annulment, Catalog, Cell, Change, Command, Correction, Event, Improvement, Incomplete, Row,
    SignatureSlot, replay,
};
pub use committee::check_committee;
pub use deadlines::{
    DueStatus, ExamDeadlines, Handovers, RegisterDeadline, catalog_deadlines,
    catalog_deadlines_with,
};
pub use error::CatalogError;
pub use export::{to_csv, to_html};
pub use model::{
    CatalogKind, CommitteeKind, Exam, Examiner, Header, Mark, Role, Student, StudentName, StudyForm,
};
pub use open_session::{
    CommonDate, OpenSessionFacts, OpenSessionVerdict, Period, common_dates, open_session,
    open_session_explained, open_session_with,
};
pub use open_session_grants::{Category, CategoryName, GrantedCategory, OpenSessionCondition};
pub use policy::{CatalogPolicy, IdDocument, OpenSessionPolicy, SecondSigner, SignatureRule};
pub use retake_period::{MonthDay, RetakeCaps, RetakePeriod};
pub use retake_session::{
    RetakeFacts, RetakeSession, RetakeVerdict, retake_session, retake_session_explained,
    retake_session_with,
};
