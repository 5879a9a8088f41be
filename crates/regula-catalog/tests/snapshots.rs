//! The catalog as an auditor and a secretary read it, pinned with insta: the trace of a day's
//! entries, the printable form, the CSV; the same with grade improvements (GR-14).

use regula_appeals::policy::umc_2020 as appeals;
use regula_catalog::policy::umc_2020;
use regula_catalog::request::{
    CheckRequest, OpenSessionRequest, RecordRequest, answer_check, answer_open_session,
    answer_record,
};
use regula_catalog::{to_csv, to_html};
use regula_core::Grade;

fn recorded() -> regula_core::Response<regula_catalog::request::Recorded> {
    let request: RecordRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-record.json"
    ))
    .unwrap();
    answer_record(&umc_2020(), Grade::FIVE, &request).unwrap()
}

/// The grade-improvement example recorded: 6 improved to 8, 7 kept against a 5, 8 kept against an
/// absence, one result signed later.
fn improved() -> regula_core::Response<regula_catalog::request::Recorded> {
    let request: RecordRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/adopters/umc-catalog-improve.json"
    ))
    .unwrap();
    answer_record(&umc_2020(), Grade::FIVE, &request).unwrap()
}

#[test]
fn gr14_a_day_of_grade_improvements() {
    insta::assert_snapshot!(improved().to_string());
}

#[test]
fn gr14_the_printable_form_with_grade_improvements() {
    insta::assert_snapshot!(to_html(
        &improved().outcome.catalog,
        &regula_catalog::CatalogPolicy::umc_2020(),
        regula_core::locale::Lang::Ro
    ));
}

#[test]
fn gr14_the_csv_with_grade_improvements() {
    insta::assert_snapshot!(to_csv(
        &improved().outcome.catalog,
        &regula_catalog::CatalogPolicy::umc_2020(),
        regula_core::locale::Lang::Ro
    ));
}

#[test]
fn a_day_of_entries_and_a_correction() {
    insta::assert_snapshot!(recorded().to_string());
}

#[test]
fn the_printable_form() {
    insta::assert_snapshot!(to_html(
        &recorded().outcome.catalog,
        &regula_catalog::CatalogPolicy::umc_2020(),
        regula_core::locale::Lang::Ro
    ));
}

#[test]
fn the_csv() {
    insta::assert_snapshot!(to_csv(
        &recorded().outcome.catalog,
        &regula_catalog::CatalogPolicy::umc_2020(),
        regula_core::locale::Lang::En
    ));
}

#[test]
fn a_check_with_deadlines() {
    let request: CheckRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/catalog-check.json"
    ))
    .unwrap();
    insta::assert_snapshot!(
        answer_check(&umc_2020(), &appeals(), &request)
            .unwrap()
            .to_string()
    );
}

#[test]
fn open_session_requests() {
    let request: OpenSessionRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/open-session-check.json"
    ))
    .unwrap();
    let response = answer_open_session(&umc_2020(), &request).unwrap();
    insta::assert_snapshot!(response.to_string());
}
