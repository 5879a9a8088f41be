"""Issue #32: Python's own types in requests and, on request, in answers."""

import datetime
import json
import pathlib
from decimal import Decimal

import pytest

import regula

ROOT = pathlib.Path(__file__).resolve().parents[2]


def example(name: str) -> dict:
    return json.loads((ROOT / "examples" / "requests" / name).read_text(encoding="utf-8"))


def test_decimals_dates_and_instants_are_read_as_the_strings_they_stand_for():
    request = example("grade-course.json")
    as_strings = regula.grade_course(request)
    typed = dict(request)
    typed["date"] = datetime.date.fromisoformat(request["date"])
    typed["students"] = [
        dict(s, scores={k: (Decimal(str(v)) if isinstance(v, (str, int, float)) and str(v)[0].isdigit() else v)
                        for k, v in s["scores"].items()})
        for s in request["students"]
    ]
    assert any(isinstance(v, Decimal) for s in typed["students"] for v in s["scores"].values())
    assert regula.grade_course(typed) == as_strings


def test_an_aware_or_naive_bucharest_instant_is_read_as_the_same_instant():
    request = example("appeal-check.json")
    text = json.dumps(request)
    answer = regula.appeal_check(request)
    instants = [k for k, v in request.items() if isinstance(v, str) and "T" in v and ":" in v]
    assert instants, "the example has an instant"
    for key in instants:
        aware = dict(request, **{key: datetime.datetime.fromisoformat(request[key])})
        assert regula.appeal_check(aware) == answer, key
    assert json.loads(text) == request


def test_a_float_is_taken_only_where_it_is_the_decimal_it_prints():
    request = example("grade-course.json")
    student = request["students"][0]
    activity = next(k for k, v in student["scores"].items() if isinstance(v, (str, int, float)) and str(v)[0].isdigit())
    exact = json.loads(json.dumps(request))
    exact["students"][0]["scores"][activity] = 2.5
    assert regula.grade_course(exact)["outcome"]
    inexact = json.loads(json.dumps(request))
    inexact["students"][0]["scores"][activity] = 0.1 + 0.2
    with pytest.raises(regula.InvalidInput) as error:
        regula.grade_course(inexact)
    assert error.value.field == f"students[0].scores.{activity}"
    assert "Decimal(\"0.30000000000000004\")" in error.value.message
    for bad in (float("nan"), float("inf"), Decimal("NaN")):
        broken = json.loads(json.dumps(request))
        broken["students"][0]["scores"][activity] = bad
        with pytest.raises(regula.InvalidInput) as error:
            regula.grade_course(broken)
        assert error.value.field == f"students[0].scores.{activity}"
        assert "not a number" in error.value.message


def test_a_value_without_a_json_form_is_refused_naming_its_field():
    request = example("grade-course.json")
    request["sheet"]["code"] = object()
    with pytest.raises(regula.InvalidInput) as error:
        regula.grade_course(request)
    assert error.value.field == "sheet.code"


def test_answers_give_decimals_dates_and_instants_on_request():
    typed = regula.grade_course(example("grade-course.json"), decimals=True)
    first = typed["outcome"]["results"][0]["outcome"]
    assert first["total"] == Decimal("7.75") and isinstance(first["total"], Decimal)
    assert isinstance(typed["policy"]["effective_from"], datetime.date)
    plain = regula.grade_course(example("grade-course.json"))
    assert plain["outcome"]["results"][0]["outcome"]["total"] == "7.75"
    deadlines = regula.deadlines(example("deadlines.json"), decimals=True)
    instants = []

    def walk(value):
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, datetime.datetime):
            instants.append(value)

    walk(deadlines["outcome"])
    assert instants and all(i.tzinfo is not None for i in instants)
    fees = regula.fees(example("fees.json"), decimals=True)

    def decimals(value):
        if isinstance(value, dict):
            return [d for v in value.values() for d in decimals(v)]
        if isinstance(value, list):
            return [d for v in value for d in decimals(v)]
        return [value] if isinstance(value, Decimal) else []

    assert decimals(fees["outcome"]), "an amount read as Decimal"
