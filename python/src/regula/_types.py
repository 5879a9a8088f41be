"""Python's own types at the boundary (issue #32).

Requests may hold ``Decimal``, ``int`` and ``str`` for exact decimals, ``date`` for days and
``datetime`` for instants (aware, or naive as a Bucharest wall-clock time); a ``float`` only where
it is exactly the decimal it prints (``7.5``, not ``0.1``); NaN and infinities never. Responses can
be read back with ``Decimal``, ``date`` and ``datetime`` where the response's JSON Schema says a
value is one (``decimals=True``)."""

from __future__ import annotations

import datetime as _dt
import json as _json
import math as _math
from decimal import Decimal
from typing import Any, Callable, Dict, Optional

#: The pattern the JSON Schema gives every exact decimal (points, credits, amounts).
DECIMAL_PATTERN = r"^-?\d+(\.\d+)?([eE]\d+)?$"


def encode(value: Any, refuse: Callable[[str, str], Exception], path: str = "") -> str:
    """The JSON text of ``value``; ``refuse(message, field)`` builds the error of a value that
    cannot be sent as it is."""
    where = path or "."
    if value is None or isinstance(value, bool):
        return _json.dumps(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise refuse(f"field `{where}` = {value}: not a number; give a finite decimal", where)
        return format(value, "f")
    if isinstance(value, float):
        if _math.isnan(value) or _math.isinf(value):
            raise refuse(f"field `{where}` = {value!r}: not a number; give a finite decimal", where)
        printed = repr(value)
        if Decimal(value) != Decimal(printed):
            raise refuse(
                f"field `{where}` = {printed}: a float that is not exactly the decimal it prints "
                f"(it holds {Decimal(value)}); give Decimal(\"{printed}\") or the string \"{printed}\"",
                where,
            )
        return printed
    if isinstance(value, _dt.datetime):
        return _json.dumps(value.isoformat())
    if isinstance(value, _dt.date):
        return _json.dumps(value.isoformat())
    if isinstance(value, str):
        return _json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise refuse(f"field `{where}`: the key {key!r} is not a string", where)
            parts.append(f"{_json.dumps(key, ensure_ascii=False)}:{encode(item, refuse, f'{path}.{key}' if path else key)}")
        return "{" + ",".join(parts) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(encode(item, refuse, f"{path}[{i}]") for i, item in enumerate(value)) + "]"
    raise refuse(
        f"field `{where}`: a {type(value).__name__} has no JSON form; give a dict, list, str, int, "
        "Decimal, date or datetime",
        where,
    )


class Schemas:
    """The response schemas of the commands, from the OpenAPI document."""

    def __init__(self, openapi: Dict[str, Any]):
        self.components = openapi.get("components", {}).get("schemas", {})
        self.paths = openapi.get("paths", {})

    def response(self, command: str) -> Optional[Dict[str, Any]]:
        path = "/v1/" + command.replace(" ", "/")
        try:
            return self.paths[path]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
        except KeyError:
            return None

    def resolve(self, schema: Any) -> Dict[str, Any]:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.components.get(schema["$ref"].rsplit("/", 1)[-1], {})
        return schema if isinstance(schema, dict) else {}

    def typed(self, value: Any, schema: Any, depth: int = 0) -> Any:
        """``value`` with its decimals, dates and instants as ``Decimal``, ``date``, ``datetime``."""
        if depth > 64:
            return value
        reference = schema.get("$ref", "") if isinstance(schema, dict) else ""
        schema = self.resolve(schema)
        if reference.endswith("/Instant") and isinstance(value, str):
            return _instant(value)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            if schema.get("pattern") == DECIMAL_PATTERN:
                return Decimal(str(value))
            if schema.get("format") == "date" and isinstance(value, str):
                return _dt.date.fromisoformat(value)
            if schema.get("format") == "date-time" and isinstance(value, str):
                return _instant(value)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branch = self._branch(value, schema[key])
                return value if branch is None else self.typed(value, branch, depth + 1)
        if "allOf" in schema:
            for part in schema["allOf"]:
                value = self.typed(value, part, depth + 1)
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            return {
                k: self.typed(v, properties[k] if k in properties else extra if isinstance(extra, dict) else {}, depth + 1)
                for k, v in value.items()
            }
        if isinstance(value, list):
            items = schema.get("items", {})
            prefix = schema.get("prefixItems")
            if prefix:
                return [self.typed(v, prefix[i] if i < len(prefix) else items, depth + 1) for i, v in enumerate(value)]
            return [self.typed(v, items, depth + 1) for v in value]
        return value

    def _branch(self, value: Any, branches: Any) -> Optional[Dict[str, Any]]:
        """The branch of a union ``value`` is an instance of: the one whose constant tags it
        matches and whose required fields it has; for a scalar, the one of its JSON type."""
        for branch in branches:
            resolved = self.resolve(branch)
            if isinstance(value, dict):
                if resolved.get("type") not in (None, "object"):
                    continue
                properties = resolved.get("properties", {})
                tags_match = all(
                    value.get(k) == p["const"] for k, p in properties.items() if isinstance(p, dict) and "const" in p
                ) and all(
                    value.get(k) in p["enum"] for k, p in properties.items()
                    if isinstance(p, dict) and "enum" in p and len(p["enum"]) == 1
                )
                if tags_match and all(k in value for k in resolved.get("required", [])):
                    return branch
            elif value is None:
                if resolved.get("type") == "null":
                    return branch
            else:
                kinds = resolved.get("type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                json_type = "string" if isinstance(value, str) else "array" if isinstance(value, list) else \
                    "boolean" if isinstance(value, bool) else "integer" if isinstance(value, int) else "number"
                # A branch that declares no type takes any scalar; an integer is also a number.
                if kinds == [None] or json_type in kinds or (json_type == "integer" and "number" in kinds):
                    return branch
        return None


def _instant(text: str) -> Any:
    try:
        return _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
