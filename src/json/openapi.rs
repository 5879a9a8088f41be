//! The OpenAPI 3.1 document of the HTTP service, generated from the request and response types of
//! the table of commands (their JSON Schemas come from the types and their doc comments): one
//! `POST /v1/<domain>/<command>` per command, the policy, the rules, the health check, and the
//! problem document of every error.

use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

use schemars::Schema;

use super::answer::DocumentKind;
use super::commands::{COMMANDS, Input};
use super::openapi_limits;

/// The problem document (RFC 9457) every error answers with.
fn problem() -> Value {
    json!({
        "type": "object",
        "description": "An RFC 9457 problem document; `detail` names the field and the value.",
        "properties": {
            "type": { "type": "string", "description": "A URI naming the kind of problem." },
            "title": { "type": "string", "description": "A short summary of the kind." },
            "status": { "type": "integer", "description": "The HTTP status." },
            "detail": { "type": "string", "description": "What is wrong, naming the field and the value." },
            "field": { "type": "string", "description": "The path of the field the request could not be read at (`students[1].scores.lab`), when the problem is at one." }
        },
        "required": ["type", "title", "status", "detail"]
    })
}

pub(super) fn error(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } }
    })
}

/// What a command's request may be: JSON, and for a command that reads a document the
/// document itself, as the body with its media type.
fn request_content(input: Input, request: Schema) -> Value {
    let mut content = json!({ "application/json": { "schema": request } });
    if let Input::Document { reads, .. } = input {
        for media in reads {
            let schema = if *media == crate::sheets::MediaType::Csv {
                json!({ "type": "string" })
            } else {
                json!({ "type": "string", "format": "binary" })
            };
            content[media.as_str()] = json!({ "schema": schema });
        }
    }
    content
}

/// The OpenAPI 3.1 document of `regula serve`.
pub fn openapi() -> Value {
    let mut generator = SchemaSettings::draft2020_12()
        .with(|s| s.definitions_path = "/components/schemas".into())
        .into_generator();
    let mut paths = serde_json::Map::new();
    for command in COMMANDS {
        let request = (command.request_schema)(&mut generator);
        let response = (command.response_schema)(&mut generator);
        let mut content = serde_json::Map::new();
        content.insert("application/json".into(), json!({ "schema": response }));
        if command.documents.is_empty() {
            content.insert(
                "text/plain".into(),
                json!({ "schema": { "type": "string", "description": "The readable explanation, citing the articles." } }),
            );
        } else {
            for kind in command.documents {
                let media = kind.media_type();
                let schema = if *kind == DocumentKind::Xlsx {
                    json!({ "type": "string", "format": "binary" })
                } else {
                    json!({ "type": "string" })
                };
                content.insert(media.into(), json!({ "schema": schema }));
            }
        }
        if command.reports_progress {
            let events = openapi_limits::events(&content["application/json"]["schema"]);
            content.insert("text/event-stream".into(), events);
        }
        let mut responses = json!({
            "200": { "description": "The decision.", "content": content },
            "408": openapi_limits::request_timeout(),
            "400": error("The request is not JSON, or not a valid request; `detail` names the field and the value."),
            "401": error("The service has API tokens and the request carries none of them."),
            "404": error("No such command."),
            "413": error("The request is larger than the service accepts."),
            "415": error("The request is not `application/json`."),
            "422": error("The decision needs a rule the service's policy does not adopt (listed in `sources.not_adopted`, or given no article); `detail` names the rule."),
        });
        if command.reports_progress {
            responses["503"] = openapi_limits::busy();
        }
        if !command.documents.is_empty() {
            responses["406"] = error("The command does not write the document asked for.");
        }
        let mut parameters = vec![json!({
            "name": "Accept-Language", "in": "header", "required": false,
            "description": "The language of the text a person reads (explanations, documents): the first of `ro` and `en` the header accepts; the policy's language, else English, when it accepts neither. The response's Content-Language names it; machine fields do not change.",
            "schema": { "type": "string", "examples": ["ro-RO,ro;q=0.9,en;q=0.8"] }
        })];
        if command.reports_progress {
            parameters.push(json!({
                "name": "time_limit", "in": "query", "required": false,
                "description": "Seconds the search may run, capped by the service's --max-solve-seconds.",
                "schema": { "type": "integer", "minimum": 0 }
            }));
        }
        if let Input::Document {
            with: Some(field), ..
        } = command.input
        {
            parameters.push(json!({
                "name": field, "in": "query", "required": false,
                "description": format!("The request's `{field}` as JSON (URL-encoded), when the body is the document itself; required then."),
                "schema": { "type": "string" }
            }));
        }
        if command.name == "schedule export" {
            for (name, description) in [
                (
                    "group",
                    "The group whose iCalendar to write (Accept: text/calendar).",
                ),
                (
                    "teacher",
                    "The teacher whose iCalendar to write (Accept: text/calendar).",
                ),
                ("stamp", "The iCalendar's DTSTAMP; now by default."),
            ] {
                parameters.push(json!({
                    "name": name, "in": "query", "required": false,
                    "description": description, "schema": { "type": "string" }
                }));
            }
        }
        let path = format!("/v1/{}", command.name.replace(' ', "/"));
        paths.insert(
            path,
            json!({ "post": {
                "operationId": command.name.replace([' ', '-'], "_"),
                "summary": command.summary,
                "parameters": parameters,
                "requestBody": {
                    "required": true,
                    "content": request_content(command.input, request)
                },
                "responses": responses
            }}),
        );
    }
    let any = json!({ "200": { "description": "OK", "content": { "application/json": { "schema": {} } } },
                      "401": error("The service has API tokens and the request carries none of them.") });
    paths.insert("/v1/policy".into(), json!({ "get": { "operationId": "policy", "summary": "The policy in use, as JSON.", "responses": any } }));
    paths.insert("/v1/rules".into(), json!({ "get": { "operationId": "rules", "summary": "The rule catalogue as the service's policy states it: each rule with the article of the policy's regulation, or `adopted: false`.", "responses": any } }));
    paths.insert("/v1/commands".into(), json!({ "get": { "operationId": "commands", "summary": "Every command: its name, summary, path, what it reads and writes, and its example request (what Regula Studio starts from).", "responses": any } }));
    paths.insert("/v1/policy/schema".into(), json!({ "get": { "operationId": "policy_schema", "summary": "The JSON Schema of a policy document.", "responses": any } }));
    let bad = error("The body is not what the route reads.");
    paths.insert("/v1/policy/check".into(), json!({ "post": { "operationId": "policy_check",
        "summary": "Every problem of the policy document in the body, each with its path: `{\"problems\": [{\"field\", \"problem\"}]}`, empty when it loads.",
        "requestBody": { "required": true, "content": { "application/json": { "schema": {} } } },
        "responses": { "200": any["200"].clone(), "400": bad.clone(), "401": any["401"].clone() } } }));
    paths.insert("/v1/policy/diff".into(), json!({ "post": { "operationId": "policy_diff",
        "summary": "The what-if: a command's request decided under the service's policy and under `policy`, and every value of the decision that differs (`regula policy diff`).",
        "requestBody": { "required": true, "content": { "application/json": { "schema": {
            "type": "object", "required": ["command", "request", "policy"], "additionalProperties": false,
            "properties": { "command": { "type": "string" }, "request": {}, "policy": { "type": "object" } } } } } },
        "responses": { "200": any["200"].clone(), "400": bad, "401": any["401"].clone(),
            "404": error("No command has that name."), "422": error("A decision needs a rule a policy does not adopt.") } } }));
    paths.insert("/v1/openapi.json".into(), json!({ "get": { "operationId": "openapi", "summary": "This document.", "responses": any } }));
    paths.insert("/healthz".into(), json!({ "get": { "operationId": "health", "summary": "Whether the service is up (no token needed).",
        "responses": { "200": { "description": "Up.", "content": { "application/json": { "schema": {
            "type": "object", "properties": { "status": { "const": "ok" } }, "required": ["status"] } } } } } } }));
    let mut schemas = serde_json::Map::new();
    for (name, schema) in generator.take_definitions(true) {
        schemas.insert(name, schema);
    }
    schemas.insert("ProblemDetails".into(), problem());
    schemas.insert("SolveProgress".into(), openapi_limits::progress());
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Regula",
            "version": env!("CARGO_PKG_VERSION"),
            "description": format!("Rule engines for university regulations over HTTP: every command of `regula` as POST /v1/<domain>/<command>, the same JSON as the CLI (docs/cli.md). Decisions cite the article they come from.\n\n{}", openapi_limits::LIMITS)
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": { "token": { "type": "http", "scheme": "bearer" } }
        }
    })
}
