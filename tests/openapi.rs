//! `docs/openapi.json` is the OpenAPI document generated from the request and response types of
//! the table of commands; this test fails when it is stale. Run
//! `REGULA_BLESS=1 cargo test --test openapi` to write it again after a change.

#[path = "support/generated.rs"]
mod generated;

#[test]
fn docs_openapi_json_is_generated_from_the_types() {
    let mut document = serde_json::to_string_pretty(&regula::json::openapi()).unwrap();
    document.push('\n');
    generated::assert_fresh("openapi.json", &document, "openapi");
}

#[test]
fn every_command_has_its_path_with_request_and_response_schemas() {
    let document = regula::json::openapi();
    assert_eq!(document["openapi"], "3.1.0");
    for command in regula::json::commands() {
        let path = format!("/v1/{}", command.name.replace(' ', "/"));
        let post = &document["paths"][&path]["post"];
        assert_eq!(post["summary"], command.summary, "{path}");
        let request = &post["requestBody"]["content"]["application/json"]["schema"]["$ref"];
        let response = &post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"];
        for reference in [request, response] {
            let name = reference
                .as_str()
                .unwrap_or_else(|| panic!("{path}: {reference}"));
            let name = name.strip_prefix("#/components/schemas/").unwrap();
            assert!(
                document["components"]["schemas"][name].is_object(),
                "{path}: {name}"
            );
        }
    }
    // The documentation of the types becomes the schemas' descriptions.
    let fees = &document["components"]["schemas"]["FeeRequest"];
    assert!(
        fees["description"]
            .as_str()
            .unwrap()
            .contains("what a student owes"),
        "{fees}"
    );
}
