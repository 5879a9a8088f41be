//! The decisions of the example requests, as an auditor reads them, pinned with insta.

use regula_mobility::policy::itp_2014;
use regula_mobility::request::{
    CalendarRequest, DossierRequest, EligibilityRequest, SelectRequest, answer_calendar,
    answer_dossier, answer_eligibility, answer_select,
};

fn request<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_str(text).unwrap()
}

#[test]
fn eligibility_of_four_applicants() {
    let r: EligibilityRequest = request(include_str!(
        "../../../examples/requests/mobility-eligibility.json"
    ));
    let response = answer_eligibility(&itp_2014(), &r).unwrap();
    insta::assert_snapshot!(response.to_string());
}

#[test]
fn two_dossiers_before_the_deadline() {
    let r: DossierRequest = request(include_str!(
        "../../../examples/requests/mobility-dossier.json"
    ));
    let response = answer_dossier(&itp_2014(), &r).unwrap();
    insta::assert_snapshot!(response.to_string());
}

#[test]
fn a_selection_with_its_trace() {
    let r: SelectRequest = request(include_str!(
        "../../../examples/requests/mobility-select.json"
    ));
    let response = answer_select(&itp_2014(), &r).unwrap();
    insta::assert_snapshot!(response.to_string());
}

#[test]
fn a_study_mobility_calendar_with_its_trace() {
    let r: CalendarRequest = request(include_str!(
        "../../../examples/requests/mobility-calendar.json"
    ));
    let response = answer_calendar(&itp_2014(), &r).unwrap();
    insta::assert_snapshot!(response.to_string());
}
