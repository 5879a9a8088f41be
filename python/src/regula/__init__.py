"""Regula: rule engines for university regulations, from Python.

Every command of the ``regula`` CLI and HTTP service is a function here, taking the same request
(a dict) and giving the same response (a dict)::

    import regula
    answer = regula.decide("fees", {"date": "2021-06-10", "exams": []})
    answer["outcome"]["assessment"]["total"]      # exact decimals, as strings
    regula.decide("fees", request, decimals=True) # ... or as Decimal, date and datetime
    regula.grade_course(request)                  # the same, one function per command

An invalid request raises :class:`InvalidInput`, whose ``field`` names the field (when the request
could not be read there) and whose message names the value. Nothing is decided in Python: the
package calls the facade's one JSON boundary.
"""

from __future__ import annotations

import base64 as _base64
import json as _json
from typing import Any, Dict, List, Optional, Union

from . import _regula
from . import _types

__all__ = ["InvalidInput", "decide", "explain", "document", "file", "policy", "rules", "commands"]


class InvalidInput(ValueError):
    """A request or a policy that cannot be decided.

    ``field`` is the path of the field (``students[1].scores.lab``) when the request could not be
    read there, else ``None``; ``kind`` is the boundary's error kind; ``str(error)`` is the message
    that names the field and the value.
    """

    def __init__(self, message: str, field: Optional[str] = None, kind: str = "InvalidRequest"):
        super().__init__(message)
        self.message = message
        self.field = field
        self.kind = kind


def _call(function, *args):
    try:
        return function(*args)
    except _regula.InvalidInput as error:
        message, field, kind = error.args
        raise InvalidInput(message, field, kind) from None


def _request_text(request: Union[Dict[str, Any], str, bytes], command: str = "") -> str:
    # A document that is itself a request (an ELMO transcript for ``ects import``) is passed as
    # text; a workbook's bytes (``schedule import``) as the boundary wraps them; a dict as JSON.
    if isinstance(request, (bytes, bytearray)):
        return _call(_regula.request_from_bytes, command, bytes(request))
    if isinstance(request, str):
        return request
    # Decimal, date, datetime as the boundary reads them; a float only where it is exactly the
    # decimal it prints; NaN and infinities refused, naming the field.
    return _types.encode(request, lambda message, field: InvalidInput(message, field))


_SCHEMAS: Optional[_types.Schemas] = None


def _typed(command: str, answer: Dict[str, Any]) -> Dict[str, Any]:
    """The answer with its exact decimals as ``Decimal``, its days as ``date`` and its instants as
    ``datetime``, where the response's JSON Schema says so."""
    global _SCHEMAS
    if _SCHEMAS is None:
        _SCHEMAS = _types.Schemas(_json.loads(_regula.openapi()))
    schema = _SCHEMAS.response(command)
    return answer if schema is None else _SCHEMAS.typed(answer, schema)


def _policy_text(policy: Optional[Dict[str, Any]]) -> Optional[str]:
    return None if policy is None else _json.dumps(policy)


def decide(
    command: str,
    request: Union[Dict[str, Any], str],
    policy: Optional[Dict[str, Any]] = None,
    lang: Optional[str] = None,
    decimals: bool = False,
    seal_key: Optional[bytes] = None,
) -> Dict[str, Any]:
    """Decides ``command`` (``"grade course"``) on ``request`` under ``policy`` (the presets when
    ``None``): ``{"policy", "outcome", "explanation"}``, as docs/cli.md documents each command.

    The request may hold ``decimal.Decimal``, ``int`` or ``str`` for exact decimals (points,
    credits, amounts), ``datetime.date`` for days and ``datetime.datetime`` for instants (aware,
    or naive as a Bucharest wall-clock time). A ``float`` is taken only where it is exactly the
    decimal it prints (``7.5``; not ``0.1``, whose binary value is 0.1000000000000000055…): any
    other float, NaN or an infinity raises :class:`InvalidInput` naming the field.

    ``lang`` (``"ro"`` or ``"en"``; English when ``None``) is the language of the explanations'
    ``text``; every other field is the same in every language. With ``decimals=True`` the answer's
    exact decimals are ``Decimal``, its days ``date`` and its instants ``datetime``, where the
    response's JSON Schema says a value is one; otherwise they are the JSON's strings.

    ``seal_key`` (32 bytes or more, kept secret) seals the checkpoint that ``counselling record``
    answers, and reads one sent back instead of the whole file: record a semester step by step,
    sending each time the checkpoint and the new steps, and append the ``events`` answered to the
    file you keep (docs/cli.md, "Recording step by step")."""
    text = _call(
        _regula.decide,
        command,
        _request_text(request, command),
        _policy_text(policy),
        False,
        lang,
        seal_key,
    )
    answer = _json.loads(text)
    return _typed(command, answer) if decimals else answer


def explain(
    command: str,
    request: Union[Dict[str, Any], str],
    policy: Optional[Dict[str, Any]] = None,
    lang: Optional[str] = None,
) -> str:
    """The same decision as :func:`decide`, as the readable text that cites the articles, in
    ``lang`` (``"ro"`` or ``"en"``)."""
    return _call(
        _regula.decide, command, _request_text(request, command), _policy_text(policy), True, lang
    )


def document(
    command: str,
    request: Union[Dict[str, Any], str, None] = None,
    kind: str = "xlsx",
    policy: Optional[Dict[str, Any]] = None,
    lang: Optional[str] = None,
) -> bytes:
    """The document ``kind`` (``"xlsx"``, ``"csv"``, ``"html"``, ``"text"``) that a document
    command writes (``"catalog export"``, ``"schedule template"``, …), as bytes: an XLSX workbook
    to save as it is, or the UTF-8 text of the others."""
    text = "{}" if request is None else _request_text(request, command)
    return _call(_regula.document, command, text, kind, _policy_text(policy), lang)


def policy(policy: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    """The policy in use: the presets, or ``policy`` after checking it."""
    return _json.loads(_call(_regula.policy, _policy_text(policy)))


def rules(policy: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
    """The rule catalogue as ``policy`` (the presets when ``None``) states it: every rule with the
    article of the policy's own regulation (``adopted`` false and no ``citation`` for a rule it does
    not adopt), its reading and its policy parameters."""
    return _json.loads(_call(_regula.rules, _policy_text(policy)))


def commands() -> List[str]:
    """The names of the commands, in the order of the documentation."""
    return [name for name, _ in _regula.commands()]


def file(data: Union[bytes, str], media_type: str, name: Optional[str] = None) -> Dict[str, Any]:
    """The ``file`` of a command that reads a document (``schedule import``, ``moodle gradebook``,
    ``moodle quiz``):
    ``data`` (the file's bytes, or CSV text) with its ``media_type`` (``"text/csv"``,
    ``"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"``,
    ``"application/vnd.oasis.opendocument.spreadsheet"``, or ``"csv"``, ``"xlsx"``, ``"ods"``)::

        regula.moodle_gradebook({"file": regula.file(open("grades.xlsx", "rb").read(), "xlsx"),
                                 "mapping": mapping})
    """
    file: Dict[str, Any] = {"media_type": media_type}
    if name is not None:
        file["name"] = name
    if isinstance(data, str):
        file["text"] = data
    else:
        file["base64"] = _base64.b64encode(data).decode("ascii")
    return file


def _command_function(name: str, summary: str):
    def function(
        request: Union[Dict[str, Any], str],
        policy: Optional[Dict[str, Any]] = None,
        lang: Optional[str] = None,
        decimals: bool = False,
        seal_key: Optional[bytes] = None,
    ) -> Dict[str, Any]:
        return decide(name, request, policy, lang, decimals, seal_key)

    function.__name__ = name.replace(" ", "_").replace("-", "_")
    function.__qualname__ = function.__name__
    function.__doc__ = f"{summary}\n\nThe command ``{name}``: see :func:`decide`."
    return function


for _name, _summary in _regula.commands():
    _function = _command_function(_name, _summary)
    globals()[_function.__name__] = _function
    __all__.append(_function.__name__)
