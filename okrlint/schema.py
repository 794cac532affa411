"""The goals JSON Schema, and its errors turned into DOC002 findings."""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib import resources
from typing import Any

from okrlint.finding import Finding
from okrlint.load import LoadedDocument, doc_finding, escape_pointer_token

_WHAT = {
    "": "the document",
    "objectives": "objective",
    "key_results": "key result",
    "kpis": "KPI",
    "checkins": "check-in",
}


def schema_text() -> str:
    return resources.files("okrlint").joinpath("data/goals.schema.json").read_text("utf-8")


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_text())
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def validate(doc: LoadedDocument) -> list[Finding]:
    """Schema findings for a loaded document whose top level is a mapping."""
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for error in _validator().iter_errors(doc.data):
        for pointer, message, hint, on_key in _explain(error):
            if (pointer, message) in seen:
                continue
            seen.add((pointer, message))
            span = doc.key_span(pointer) if on_key else doc.span(pointer)
            finding = doc_finding("DOC002", doc.path, message, span[0], span[1], hint)
            findings.append(finding.__class__(**{**finding.__dict__, "pointer": pointer}))
    return findings


def _pointer(path: Any) -> str:
    return "".join(f"/{escape_pointer_token(str(part))}" for part in path)


def _where(path: list[Any]) -> str:
    """'objective 2 > key result 1' for a path such as objectives/1/key_results/0."""
    parts: list[str] = []
    index = 0
    while index < len(path):
        name = str(path[index])
        if name in _WHAT and index + 1 < len(path) and isinstance(path[index + 1], int):
            parts.append(f"{_WHAT[name]} {path[index + 1] + 1}")
            index += 2
        else:
            index += 1
    return " > ".join(parts) if parts else "the document"


def _field(path: list[Any]) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "value"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "empty" if value is None else type(value).__name__


def _wanted(types: Any) -> str:
    names = {
        "string": "text",
        "number": "a number",
        "integer": "a whole number",
        "array": "a list",
        "object": "a mapping",
        "boolean": "true or false",
    }
    if isinstance(types, str):
        types = [types]
    return " or ".join(names.get(t, t) for t in types)


def _explain(error: Any) -> list[tuple[str, str, str, bool]]:
    """(pointer, message, hint, point-at-key) for one jsonschema error."""
    path = list(error.absolute_path)
    pointer = _pointer(path)
    where = _where(path)
    name = _field(path)
    validator = error.validator

    def one(message: str, hint: str = "") -> list[tuple[str, str, str, bool]]:
        return [(pointer, message, hint, False)]

    if validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        out = []
        for key in sorted(set(error.instance) - set(allowed)):
            if key.startswith("x-"):
                continue
            guess = (
                difflib.get_close_matches(key, allowed, n=1, cutoff=0.6) if len(key) < 60 else []
            )
            hint = (
                f"did you mean `{guess[0]}`?"
                if guess
                else f"known fields: {', '.join(allowed)}; put your own data under `x-` keys"
            )
            shown = key if len(key) <= 60 else key[:57] + "..."
            message = f"{where}: unknown field `{shown}`"
            out.append((f"{pointer}/{escape_pointer_token(key)}", message, hint, True))
        return out
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "a field"
        return one(f"{where} has no `{missing}`", f"add `{missing}:`")
    if validator == "type":
        wanted, got = _wanted(error.validator_value), _type_name(error.instance)
        return one(f"{where}: `{name}` must be {wanted}, not {got}")
    if validator == "enum":
        options = [str(v) for v in error.validator_value]
        guess = difflib.get_close_matches(str(error.instance), options, n=1, cutoff=0.5)
        got = repr(str(error.instance)[:40])
        return one(
            f"{where}: `{name}` must be one of {', '.join(options)}, not {got}",
            f"did you mean `{guess[0]}`?" if guess else "",
        )
    if validator == "const":
        return one(f"`{name}` must be {error.validator_value}: the only format version there is")
    if validator == "pattern":
        return one(
            f"{where}: {str(error.instance)[:60]!r} is not a valid id",
            "ids are lower-case letters, digits, `.`, `_` and `-`, "
            "starting with a letter or digit (e.g. growth-cac)",
        )
    if validator == "maxLength":
        size, limit = len(error.instance), error.validator_value
        return one(
            f"{where}: `{name}` is {size:,} characters long; at most {limit:,} are allowed",
            "shorten it; long explanations belong in `description`",
        )
    if validator == "anyOf" and name == "period":
        got = _type_name(error.instance)
        return one(f"`period` must be text such as 2026-Q1, a year, or {{start, end}}, not {got}")
    if validator == "anyOf" and name == "owner":
        return one(f"{where}: `owner` must be a person's name")
    if validator == "minProperties":
        return one(f"{where}: `{name}` is empty", "give it `min:` and/or `max:`")
    return one(f"{where}: {error.message[:200]}")
