"""The goals JSON Schema, and its errors turned into DOC002 findings."""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from okrlint.finding import Finding
from okrlint.load import LoadedDocument, doc_finding, escape_pointer_token, number_value

_WHAT = {
    "": "the document",
    "objectives": "objective",
    "key_results": "key result",
    "kpis": "KPI",
    "checkins": "check-in",
}
#: how findings name an item that has an id (as ``Item.describe`` does)
_ITEM_LABELS = {"objectives": "objective", "key_results": "KR", "kpis": "KPI"}


def _strict_text() -> str:
    """The schema okrlint checks with; empty optional fields are let through by
    ``_left_empty`` after the fact, so its messages stay those of the field's type."""
    return resources.files("okrlint").joinpath("data/goals.schema.json").read_text("utf-8")


def schema_text() -> str:
    """The schema `okrlint schema` prints for editors: the same, with every optional
    field also allowed to be empty (null), as okrlint itself reads them."""
    schema = json.loads(_strict_text())
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        stack.extend(node.values())
        required = set(node.get("required", ()))
        properties = node.get("properties")
        if isinstance(properties, dict):
            for name, field in properties.items():
                if name not in required:
                    properties[name] = {"anyOf": [field, {"type": "null"}]}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(_strict_text())
    cls = jsonschema.validators.validator_for(schema)
    # a number is one rules can compare: not YAML's .inf or .nan, nor an integer
    # beyond any float (JSON Schema's "number" takes them all)
    checker = cls.TYPE_CHECKER.redefine("number", lambda _, value: _TYPES["number"](value))
    return jsonschema.validators.extend(cls, type_checker=checker)(schema)


def validate(doc: LoadedDocument) -> list[Finding]:
    """Schema findings for a loaded document whose top level is a mapping."""
    fast = _fast_check()
    if fast is not None and fast(doc.data):
        return _empty_bands(doc)  # surely valid: jsonschema would find nothing (_compile)
    findings: list[Finding] = _empty_bands(doc)
    seen: set[tuple[str, str]] = set()
    for error in _validator().iter_errors(doc.data):
        if _left_empty(error):
            continue
        for pointer, message, hint, on_key in _explain(error, doc.data, _is_json(doc)):
            if (pointer, message) in seen:
                continue
            seen.add((pointer, message))
            span = doc.key_span(pointer) if on_key else doc.span(pointer)
            finding = doc_finding("DOC002", doc.path, message, span[0], span[1], hint)
            findings.append(finding.__class__(**{**finding.__dict__, "pointer": pointer}))
    return findings


def _empty_bands(doc: LoadedDocument) -> list[Finding]:
    """A KPI threshold whose `min` is above its `max` holds no value: every reading
    would be breached. JSON Schema cannot compare two fields, so it is checked here."""
    kpis = doc.data.get("kpis") if isinstance(doc.data, dict) else None
    found: list[Finding] = []
    for index, kpi in enumerate(kpis if isinstance(kpis, list) else ()):
        band = kpi.get("threshold") if isinstance(kpi, dict) else None
        if not isinstance(band, dict):
            continue
        low, high = number_value(band.get("min")), number_value(band.get("max"))
        if low is None or high is None or low <= high:
            continue
        pointer = f"/kpis/{index}/threshold"
        line, column = doc.span(pointer)[:2]
        where = _where(["kpis", index, "threshold"], doc.data)
        finding = doc_finding(
            "DOC002",
            doc.path,
            f"{where}: `threshold` has min {band['min']} above max {band['max']}, so no "
            "value is ever healthy",
            line,
            column,
            "swap them, or give only the bound that matters",
            pointer,
        )
        found.append(finding)
    return found


def _left_empty(error: Any) -> bool:
    """An optional field left empty (`target:`, `~`, or `"baseline": null`, as OKR tools
    export unset fields) counts as absent, not as a wrong type: the rules that need the
    field say what is missing (KR004, KPI002, OBJ003...). A required one (`title:`) and
    an empty entry in a list (`drivers: [~]`) are still reported."""
    path = error.absolute_path
    return (
        error.instance is None
        and bool(path)
        and isinstance(path[-1], str)
        and path[-1] not in _required_fields()
    )


@cache
def _required_fields() -> frozenset[str]:
    """Every field some part of the schema requires (title, name, date, value...). By
    name: no optional field anywhere shares a name with a required one."""
    found: set[str] = set()
    stack: list[Any] = [_validator().schema]  # parsed once, with the validator
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(node.get("required", ()))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)


def _pointer(path: Any) -> str:
    return "".join(f"/{escape_pointer_token(str(part))}" for part in path)


def _where(path: list[Any], data: Any) -> str:
    """Where in the document: 'KR grow-arr' when the item has an id, else its place,
    'objective 2 > key result 1', for a path such as objectives/1/key_results/0."""
    parts: list[str] = []
    node = data
    index = 0
    while index < len(path):
        name = str(path[index])
        if name in _WHAT and index + 1 < len(path) and isinstance(path[index + 1], int):
            position = path[index + 1]
            node = _child(_child(node, name), position)
            item_id = node.get("id") if isinstance(node, dict) else None
            if name in _ITEM_LABELS and isinstance(item_id, str) and item_id.strip():
                parts = [f"{_ITEM_LABELS[name]} {item_id.strip()[:60]}"]
            else:
                parts.append(f"{_WHAT[name]} {position + 1}")
            index += 2
        else:
            node = _child(node, path[index])
            index += 1
    return " > ".join(parts) if parts else "the document"


def _child(node: Any, key: Any) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


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


def _unusable_number(value: Any, is_json: bool = False) -> str:
    """How a number rules cannot compare is shown, as the document spells it ("" for
    anything else)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ""
    if number_value(value) is not None:
        return ""
    if isinstance(value, float):
        if is_json:
            return "NaN" if value != value else "Infinity" if value > 0 else "-Infinity"
        return ".nan" if value != value else ".inf" if value > 0 else "-.inf"
    return f"a number of about {int(value.bit_length() * 0.30103):,} digits"


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


def _is_json(doc: LoadedDocument) -> bool:
    return doc.path.lower().endswith(".json")


def _explain(error: Any, data: Any, is_json: bool = False) -> list[tuple[str, str, str, bool]]:
    """(pointer, message, hint, point-at-key) for one jsonschema error in ``data``."""
    path = list(error.absolute_path)
    pointer = _pointer(path)
    where = _where(path, data)
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
        unusable = _unusable_number(error.instance, is_json)
        if unusable:
            return one(
                f"{where}: `{name}` is {unusable}, not a number okrlint can compare",
                "write the value as a plain number",
            )
        wanted, got = _wanted(error.validator_value), _type_name(error.instance)
        if path and isinstance(path[-1], int):  # an entry of a list: `key_results: [5]`
            return one(f"{where} must be {wanted}, not {got}")
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
    if validator == "pattern" and name in ("title", "name"):  # "\\S": something to read
        return one(
            f"{where}: `{name}` is empty",
            "write the statement people read" if name == "title" else "name the metric",
        )
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
        if isinstance(error.instance, dict):
            return one(
                "`period` as a mapping holds exactly `start` and `end`, two dates",
                "write it as {start: YYYY-MM-DD, end: YYYY-MM-DD}",
            )
        got = _type_name(error.instance)
        return one(f"`period` must be text such as 2026-Q1, a year, or {{start, end}}, not {got}")
    if validator == "anyOf" and name == "owner":
        return one(f"{where}: `owner` must be a person's name")
    if validator == "minProperties":
        return one(f"{where}: `{name}` is empty", "give it `min:` and/or `max:`")
    return one(f"{where}: {error.message[:200]}")


# -- a fast yes for valid documents ----------------------------------------------
#
# Most documents are valid, and jsonschema's generic walk costs more than loading
# them. The schema is compiled once into plain Python checks that answer "surely
# valid" or "not sure"; only "surely valid" skips jsonschema, so findings are
# exactly jsonschema's. Every check is strict where JSON Schema is subtle (1.0 as
# an integer, True as 1): those go to jsonschema. A keyword the compiler does not
# know disables the fast path for the whole schema.

_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "default", "examples"})
_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "number": lambda v: number_value(v) is not None,
    "integer": lambda v: type(v) is int,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class _Unsupported(Exception):
    pass


@cache
def _fast_check() -> Any:
    root = json.loads(_strict_text())
    try:
        return _compile(root, root, {})
    except (_Unsupported, KeyError, TypeError, ValueError, re.error):
        return None


def _compile(node: Any, root: dict[str, Any], refs: dict[str, Any]) -> Any:
    if node is True or node == {}:
        return lambda value: True
    if not isinstance(node, dict):
        raise _Unsupported(str(node))
    checks: list[Any] = []
    handled = set(_ANNOTATIONS) | {"$defs"}
    if "type" in node:
        handled.add("type")
        names = [node["type"]] if isinstance(node["type"], str) else list(node["type"])
        tests = [_TYPES[name] for name in names]
        checks.append(lambda value, tests=tests: any(test(value) for test in tests))
    if "$ref" in node:
        handled.add("$ref")
        ref = node["$ref"]
        if not ref.startswith("#/$defs/") or "/" in ref[8:] or "~" in ref:
            raise _Unsupported(ref)
        name = ref[8:]
        if name not in refs:
            refs[name] = None  # placeholder for recursion
            refs[name] = _compile(root["$defs"][name], root, refs)
        checks.append(lambda value, name=name: refs[name](value))
    if "const" in node:
        handled.add("const")
        const = node["const"]
        if type(const) not in (str, int):
            raise _Unsupported("const")
        checks.append(lambda value, c=const: type(value) is type(c) and value == c)
    if "enum" in node:
        handled.add("enum")
        options = node["enum"]
        if not all(type(o) is str for o in options):
            raise _Unsupported("enum")
        allowed = frozenset(options)
        checks.append(lambda value, a=allowed: type(value) is str and value in a)
    if "maxLength" in node:
        handled.add("maxLength")
        limit = node["maxLength"]
        checks.append(lambda value, n=limit: not isinstance(value, str) or len(value) <= n)
    if "pattern" in node:
        handled.add("pattern")
        regex = re.compile(node["pattern"])
        checks.append(
            lambda value, r=regex: not isinstance(value, str) or r.search(value) is not None
        )
    if "anyOf" in node:
        handled.add("anyOf")
        branches = [_compile(branch, root, refs) for branch in node["anyOf"]]
        checks.append(lambda value, b=branches: any(branch(value) for branch in b))
    if "items" in node:
        handled.add("items")
        item = _compile(node["items"], root, refs)
        checks.append(
            lambda value, item=item: not isinstance(value, list) or all(item(v) for v in value)
        )
    object_keys = {
        "properties",
        "patternProperties",
        "additionalProperties",
        "required",
        "minProperties",
    }
    if object_keys & set(node):
        handled |= object_keys
        checks.append(_object_check(node, root, refs))
    unknown = set(node) - handled
    if unknown:
        raise _Unsupported(", ".join(sorted(unknown)))
    if len(checks) == 1:
        return checks[0]
    return lambda value, checks=tuple(checks): all(check(value) for check in checks)


def _object_check(node: dict[str, Any], root: dict[str, Any], refs: dict[str, Any]) -> Any:
    properties = {k: _compile(v, root, refs) for k, v in node.get("properties", {}).items()}
    patterns = [
        (re.compile(p), _compile(v, root, refs))
        for p, v in node.get("patternProperties", {}).items()
    ]
    additional = node.get("additionalProperties", True)
    closed = additional is False
    extra = None if additional is True or closed else _compile(additional, root, refs)
    required = tuple(node.get("required", ()))
    at_least = node.get("minProperties", 0)

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        if len(value) < at_least:
            return False
        for name in required:
            if name not in value:
                return False
        for key, item in value.items():
            if type(key) is not str:
                return False
            known = properties.get(key)
            if known is not None:
                if not known(item):
                    return False
                matched = True
            else:
                matched = False
            for regex, test in patterns:
                if regex.search(key) is not None:
                    matched = True
                    if not test(item):
                        return False
            if not matched:
                if closed:
                    return False
                if extra is not None and not extra(item):
                    return False
        return True

    return check
