"""Issue #32: a counselling semester recorded step by step from Python, each call sending the
checkpoint the one before answered and never the whole history."""

import json
import pathlib

import pytest

import regula

ROOT = pathlib.Path(__file__).resolve().parents[2]
KEY = b"a key of thirty-two bytes or more, kept secret"


def example():
    return json.loads((ROOT / "examples" / "requests" / "counselling-record.json").read_text("utf-8"))


def test_step_by_step_through_checkpoints_is_the_history_of_one_call():
    request = example()
    whole = regula.counselling_record(request, seal_key=KEY)["outcome"]
    state = {"file": request["file"]}
    events = []
    for step in request["steps"]:
        outcome = regula.decide("counselling record", dict(state, steps=[step]), seal_key=KEY)["outcome"]
        events += outcome["events"]
        state = {"checkpoint": outcome["checkpoint"]}
    assert events == whole["file"]["history"]
    assert state["checkpoint"]["head"] == whole["file"]["head"]
    kept = dict(request["file"], history=events, head=state["checkpoint"]["head"])
    status = regula.decide("counselling status", {"now": "2026-02-20T12:00", "file": kept})
    assert "outcome" in status


def test_a_checkpoint_needs_its_key():
    request = example()
    first = regula.decide("counselling record", dict(request, steps=request["steps"][:1]), seal_key=KEY)
    after = {"checkpoint": first["outcome"]["checkpoint"], "steps": request["steps"][1:2]}
    with pytest.raises(regula.InvalidInput) as raised:
        regula.decide("counselling record", after, seal_key=b"another key, also thirty-two bytes long")
    assert "`checkpoint.seal`" in str(raised.value)
    with pytest.raises(regula.InvalidInput) as raised:
        regula.decide("counselling record", after)
    assert "no sealing key" in str(raised.value)
    with pytest.raises(regula.InvalidInput) as raised:
        regula.decide("counselling record", after, seal_key=b"short")
    assert raised.value.field == "seal_key"
    assert "at least 32 bytes, not 5" in str(raised.value)
