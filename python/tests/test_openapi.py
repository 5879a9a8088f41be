"""docs/openapi.json against reality: every conformance request that Regula decides validates
against its command's request schema, and every response against its response schema."""

import json
from decimal import Decimal
import pathlib

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

import regula

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOCUMENT = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
REGISTRY = Registry().with_resource("urn:regula:openapi", Resource.from_contents(DOCUMENT, default_specification=None) if False else Resource.opaque(DOCUMENT))
CASES = sorted((ROOT / "tests" / "cases").glob("*/*.json"))


def validator(schema):
    return Draft202012Validator(
        {"$ref": "urn:regula:openapi" + schema["$ref"]} if "$ref" in schema else schema,
        registry=REGISTRY,
    )


def schemas(command):
    post = DOCUMENT["paths"]["/v1/" + command.replace(" ", "/")]["post"]
    request = post["requestBody"]["content"]["application/json"]["schema"]
    response = post["responses"]["200"]["content"]["application/json"]["schema"]
    return validator(request), validator(response)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_requests_and_responses_match_their_schemas(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    # Requests read as a careful Python caller reads JSON: decimals as Decimal (a float is taken
    # only where it is exactly the decimal it prints, issue #32).
    case["request"] = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal).get("request")
    if "expected" not in case:
        pytest.skip("a refused request may break its schema")
    request_schema, response_schema = schemas(case["command"])
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in request_schema.iter_errors(case["request"])]
    assert not errors, errors[:5]
    policy = json.loads((ROOT / case["policy"]).read_text(encoding="utf-8")) if "policy" in case else None
    response = regula.decide(case["command"], case["request"], policy)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in response_schema.iter_errors(response)]
    assert not errors, errors[:5]
