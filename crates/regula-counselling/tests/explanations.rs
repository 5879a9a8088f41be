//! Snapshots of the counselling decisions as a career counsellor and the centre read them.

use regula_counselling::policy::utcn_2021;
use regula_counselling::request::{
    FileRequest, RecordRequest, StatusRequest, answer_consolidate, answer_record, answer_status,
};

#[test]
fn a_semester_flow_with_its_trace() {
    let request: RecordRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-record.json"
    ))
    .unwrap();
    insta::assert_snapshot!(
        answer_record(&utcn_2021(), &request, None)
            .unwrap()
            .to_string()
    );
}

#[test]
fn what_the_semester_still_lacks() {
    let request: StatusRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-status.json"
    ))
    .unwrap();
    insta::assert_snapshot!(answer_status(&utcn_2021(), &request).unwrap().to_string());
}

#[test]
fn the_consolidations() {
    let request: FileRequest = serde_json::from_str(include_str!(
        "../../../examples/requests/counselling-consolidate.json"
    ))
    .unwrap();
    insta::assert_snapshot!(
        answer_consolidate(&utcn_2021(), &request)
            .unwrap()
            .to_string()
    );
}
