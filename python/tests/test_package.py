"""The regula package: the conformance cases of tests/cases/ through Python, the errors, the
functions per command and their stubs."""

import json
from decimal import Decimal
import pathlib

import pytest

import regula

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests" / "cases").glob("*/*.json"))


def project(value):
    """Every `explanation` replaced by `rules`, the ids of the rules it cites, and `citations`, each
    step's citation as text, as the Rust runners do."""
    if isinstance(value, dict):
        projected = {}
        for k, v in value.items():
            if k == "explanation" and isinstance(v, list):
                projected["rules"] = [step["rule"] for step in v]
                projected["citations"] = [
                    f'{step["citation"]["regulation"]} {step["citation"]["article"]}'.strip() for step in v
                ]
            else:
                projected[k] = project(v)
        return projected
    if isinstance(value, list):
        return [project(v) for v in value]
    return value


def subset(expected, actual, at=""):
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{at}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{at}.{key}: missing in the response"
            subset(value, actual[key], f"{at}.{key}")
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for i, (e, a) in enumerate(zip(expected, actual)):
            subset(e, a, f"{at}[{i}]")
    else:
        assert expected == actual, f"{at}: expected {expected!r}, got {actual!r}"


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_conformance_case(path):
    case = json.loads(path.read_text(encoding="utf-8"))
    # Requests read as a careful Python caller reads JSON: decimals as Decimal (a float is taken
    # only where it is exactly the decimal it prints, issue #32).
    case["request"] = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal).get("request")
    policy = json.loads((ROOT / case["policy"]).read_text(encoding="utf-8")) if "policy" in case else None
    if "expected" in case:
        subset(case["expected"], project(regula.decide(case["command"], case["request"], policy)))
    else:
        with pytest.raises(regula.InvalidInput) as raised:
            regula.decide(case["command"], case["request"], policy)
        for text in case["expected_error"]:
            assert text in str(raised.value), f"{text!r} not in {raised.value}"


def test_there_are_cases_of_every_domain():
    assert {p.parent.name for p in CASES} >= {"grading", "appeals", "fees", "scheduling", "ects", "mobility", "catalog", "counselling", "progress"}


def test_an_invalid_field_is_named_with_its_value():
    with pytest.raises(regula.InvalidInput) as raised:
        regula.fees({"date": "2021-13-01", "exams": []})
    assert raised.value.field == "date"
    assert raised.value.kind == "InvalidRequest"
    assert 'field `date` = "2021-13-01"' in str(raised.value)
    with pytest.raises(regula.InvalidInput) as raised:
        regula.decide("grade exam", {})
    assert raised.value.kind == "UnknownCommand"


def test_every_command_has_its_function_with_a_docstring_and_a_stub():
    stubs = (ROOT / "python" / "src" / "regula" / "__init__.pyi").read_text(encoding="utf-8")
    for name in regula.commands():
        function = getattr(regula, name.replace(" ", "_").replace("-", "_"))
        assert name in function.__doc__
        assert f"def {function.__name__}(" in stubs, f"{function.__name__} is not in the stubs"


def test_policy_rules_and_text():
    assert regula.policy()["grading"]["name"] == "UMC 2020"
    assert regula.rules()[0]["id"] == "GR-1"
    request = json.loads((ROOT / "examples" / "requests" / "fees.json").read_text(encoding="utf-8"))
    assert "Decided under policy" in regula.explain("fees", request)
    custom = regula.policy()
    custom["scheduling"]["versions"][0]["policy"]["day_end"] = "07:00:00"
    with pytest.raises(regula.InvalidInput) as raised:
        regula.policy(custom)
    assert "`day_end` = 07:00" in str(raised.value)


def test_the_language_is_chosen_per_call():
    request = json.loads((ROOT / "examples" / "requests" / "grade-course.json").read_text(encoding="utf-8"))
    ro = regula.grade_course(request, lang="ro")
    en = regula.grade_course(request, lang="en")
    step_ro = ro["outcome"]["results"][0]["explanation"][2]
    step_en = en["outcome"]["results"][0]["explanation"][2]
    assert step_ro["message"] == step_en["message"] == "grading-total"
    assert step_ro["args"] == step_en["args"]
    assert step_ro["text"].startswith("Punctajul total este de 7,75 puncte")
    assert step_en["text"].startswith("The total is 7.75 points")
    assert "Decizie luată conform politicii" in regula.explain("grade course", request, lang="ro")
    with pytest.raises(regula.InvalidInput) as raised:
        regula.grade_course(request, lang="fr")
    assert raised.value.field == "lang"
    assert "`fr`" in str(raised.value) and "ro (română)" in str(raised.value)


def test_an_elmo_transcript_is_imported_from_its_text():
    xml = (ROOT / "examples" / "data" / "transcript-elmo.xml").read_text(encoding="utf-8")
    transcript = regula.ects_import(xml)["outcome"]
    assert [c["course"]["id"] for c in transcript["courses"]][0] == "HU BUDAPES08/KRE-11"
    assert regula.ects_import({"elmo": xml})["outcome"] == transcript
    with pytest.raises(regula.InvalidInput) as raised:
        regula.ects_import("<elmo><report>")
    assert "line 1, column" in str(raised.value)


def test_an_adopters_policy_cites_its_own_articles_and_refuses_what_it_does_not_adopt():
    ucv = json.loads((ROOT / "examples" / "policies" / "ucv-fie.json").read_text(encoding="utf-8"))
    rules = {rule["id"]: rule for rule in regula.rules(ucv)}
    assert rules["GR-5"]["citation"] == {"regulation": "UCV-FIE-EXAM", "article": "art. 1"}
    assert rules["GR-6"]["adopted"] is False and "citation" not in rules["GR-6"]
    assert regula.rules()[0]["citation"]["regulation"] == "UMC-EXAM"
    sheet = {"code": "IE-1", "title": "T", "credits": 5, "activities": [
        {"id": "lab", "kind": "laboratory", "allotment": 4},
        {"id": "exam", "kind": "final_evaluation", "allotment": 6}]}
    with pytest.raises(regula.InvalidInput) as raised:
        regula.decide("grade course", {"sheet": sheet, "students": [
            {"student": "S", "scores": {"lab": "absent", "exam": 5}}]}, ucv)
    assert raised.value.kind == "NotAdopted"
    assert "GR-6" in str(raised.value)


def test_a_moodle_gradebook_is_read_from_its_bytes():
    csv = (ROOT / "examples" / "moodle" / "gradebook.csv").read_bytes()
    mapping = json.loads((ROOT / "examples" / "moodle" / "gradebook-mapping.json").read_text(encoding="utf-8"))
    answer = regula.moodle_gradebook({"file": regula.file(csv, "text/csv"), "mapping": mapping})
    assert answer["outcome"]["course"]["students"][0]["scores"]["exam"] == "3.75"
    assert any(w["reason"] == "course-total-ignored" for w in answer["outcome"]["warnings"])


def test_a_session_plan_workbook_goes_in_as_bytes_or_as_a_file():
    xlsx = (ROOT / "examples" / "sheets" / "schedule-plan.xlsx").read_bytes()
    by_bytes = regula.schedule_import(xlsx)
    by_file = regula.schedule_import({"file": regula.file(xlsx, "xlsx", "schedule-plan.xlsx")})
    assert by_bytes["outcome"] == by_file["outcome"]
    assert by_bytes["outcome"]["plan"]["session"]["first_day"] == "2022-01-17"
    # A CSV is not a workbook: refused, naming the field.
    try:
        regula.schedule_import({"file": regula.file("a,b\n", "text/csv")})
    except regula.InvalidInput as error:
        assert error.field == "file.media_type"
    else:
        raise AssertionError("a CSV plan was accepted")
