//! The per-line explanation of a recognition plan, pinned with insta.

use regula_ects::{ConversionPolicy, Mobility, propose_explained};

#[test]
fn a_winter_semester_line_by_line() {
    let request: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/requests/ects-recognise.json"
    ))
    .unwrap();
    let mobility: Mobility = serde_json::from_value(request["mobility"].clone()).unwrap();
    let decision = propose_explained(&ConversionPolicy::itp_2014(), &mobility).unwrap();
    insta::assert_snapshot!(decision.explanation.to_string());
}
