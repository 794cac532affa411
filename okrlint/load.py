"""Read one goals file into plain data with positions; bad input becomes findings.

The loader never raises on a file's content. It composes the YAML event stream
itself (iteratively, so deep nesting cannot overflow the stack), which gives it
positions for every node, duplicate-key detection, a budget for alias expansion
and a refusal of non-standard tags, which are never constructed or executed.
JSON files are checked by the ``json`` module first, for strictness and
JSON-style error messages, then composed the same way for positions.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml

from okrlint.finding import Finding, Severity

try:  # the C parser is much faster; fall back to pure Python where absent
    from yaml.cyaml import CParser as _Parser

    _OFFSETS_IN_BYTES = True  # libyaml reports reader errors as UTF-8 byte offsets
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.parser import Parser as _PyParser  # type: ignore[assignment]
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    _OFFSETS_IN_BYTES = False

    class _Parser(Reader, Scanner, _PyParser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _PyParser.__init__(self)


MAX_DEPTH = 64
"""Goals documents nest five or six levels; 64 leaves room and stops bombs."""

_TOO_DEEP = f"the document nests deeper than {MAX_DEPTH} levels"
_TOO_DEEP_HINT = "goals documents nest a few levels; this looks generated or hostile"

MAX_ALIAS_NODES = 100_000
"""Upper bound on nodes that aliases may add (stops 'billion laughs')."""

MAX_NODES = 200_000
"""Upper bound on values in one document: goals documents hold hundreds, and a
position is kept for each, so a generated file with millions would eat memory."""

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Files above this size are refused with a finding (configurable)."""

Span = tuple[int, int, int, int]  # line, column, end_line, end_column (1-based)

_STANDARD_TAG = re.compile(
    r"tag:yaml\.org,2002:(str|int|float|bool|null|timestamp|seq|map|omap|binary|merge)$"
)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()


Packed = int | tuple[Span, Span | None]
_BITS = 20
_FIELD = (1 << _BITS) - 1


def pack_spans(value: Span, key: Span | None) -> Packed:
    """A value's span and its key's in one int of eight 20-bit fields (low to high):
    line, column, end column, end line - line, key column (0: no key), key end
    column, line - key line, key end line - key line. The line differences are
    almost always 0, and the key's fields are absent without a key, which keeps
    the int short (32 or 40 bytes, against two dictionary entries and two
    tuples). Spans that do not fit (a line or column past a million) are kept as
    the pair itself."""
    line, column, end_line, end_column = value
    lines = end_line - line
    if key is None:
        if not (line | column | end_column | lines) >> _BITS:  # all in 0..2**20-1
            return line | column << 20 | end_column << 40 | lines << 60
        return (value, None)
    key_line, key_column, key_end_line, key_end_column = key
    before, key_lines = line - key_line, key_end_line - key_line
    if (
        key_column
        and not (
            line | column | end_column | lines | key_column | key_end_column | before | key_lines
        )
        >> _BITS
    ):
        return (
            line
            | column << 20
            | end_column << 40
            | lines << 60
            | key_column << 80
            | key_end_column << 100
            | before << 120
            | key_lines << 140
        )
    return (value, key)


def value_span(packed: Packed) -> Span:
    if isinstance(packed, int):
        line = packed & _FIELD
        return (line, packed >> 20 & _FIELD, line + (packed >> 60 & _FIELD), packed >> 40 & _FIELD)
    return packed[0]


def key_span(packed: Packed) -> Span | None:
    if isinstance(packed, int):
        column = packed >> 80 & _FIELD
        if not column:
            return None
        line = (packed & _FIELD) - (packed >> 120 & _FIELD)
        return (line, column, line + (packed >> 140 & _FIELD), packed >> 100 & _FIELD)
    return packed[1]


@dataclass
class LoadedDocument:
    """A file's data plus where each part of it stands."""

    path: str
    text: str | None = None
    data: Any = None
    spans: dict[str, Packed] = field(default_factory=dict)
    """By JSON pointer: where the value stands and, in a mapping, where its key does,
    packed into one int (``pack_spans``): goals files hold a few hundred values each,
    and a pair of tuples for each was most of a loaded document's memory."""
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the content could be read into data at all."""
        return self.data is not None

    def span(self, pointer: str) -> Span:
        """The span of ``pointer``, or of its nearest ancestor that has one."""
        while True:
            found = self.spans.get(pointer)
            if found is not None:
                return value_span(found)
            if not pointer:
                return (1, 1, 1, 1)
            pointer = pointer.rsplit("/", 1)[0]

    def key_span(self, pointer: str) -> Span:
        """Where the key of ``pointer`` stands (the value's span if unknown)."""
        found = self.spans.get(pointer)
        key = key_span(found) if found is not None else None
        return key or self.span(pointer)


#: an integer longer than this many bits is beyond any float: comparing it with one
#: raises OverflowError
MAX_NUMBER_BITS = 1000


def number_value(value: Any) -> int | float | None:
    """``value`` if it is a number rules can compare, else None: not true/false, not
    YAML's ``.inf`` or ``.nan``, not an integer beyond any float (the schema reports
    those: ``okrlint.schema``)."""
    cls = value.__class__
    if cls is int:
        return value if value.bit_length() <= MAX_NUMBER_BITS else None
    if cls is float:
        return value if math.isfinite(value) else None
    return None


def escape_pointer_token(token: str) -> str:
    if "~" not in token and "/" not in token:
        return token
    return token.replace("~", "~0").replace("/", "~1")


_MISSING = object()
_TAG_KINDS = {"int": "an integer", "float": "a number", "bool": "true or false"}
_intern = sys.intern
_RESOLVED: dict[tuple[Any, ...], Any] = {}


def doc_finding(
    code: str,
    path: str,
    message: str,
    line: int = 1,
    column: int = 1,
    hint: str = "",
    pointer: str = "",
) -> Finding:
    names = {
        "DOC001": "parse-error",
        "DOC002": "schema-violation",
        "DOC006": "duplicate-key",
    }
    return Finding(
        code=code,
        name=names[code],
        severity=Severity.ERROR,
        message=message,
        path=path,
        line=line,
        column=column,
        hint=hint,
        pointer=pointer,
    )


def load_file(path: str, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    """Load the file at ``path``; findings are reported under ``display``."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            # a FIFO or device would block or never end
            return _refused(display, "cannot read the file: it is not a regular file", "")
        size = info.st_size
        if size > max_bytes:
            return _refused(
                display,
                f"file is {_mb(size)}, over the {_mb(max_bytes)} limit for a goals document",
                "split it into one file per team, or raise `max-file-size` in the config",
            )
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno == 40:  # ELOOP
            reason = "symbolic link loop"
        return _refused(display, f"cannot read the file: {reason}", "")
    return load_bytes(raw, display, max_bytes=max_bytes)


def load_bytes(raw: bytes, display: str, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadedDocument:
    if len(raw) > max_bytes:
        return _refused(
            display,
            f"file is {_mb(len(raw))}, over the {_mb(max_bytes)} limit for a goals document",
            "split it into one file per team, or raise `max-file-size` in the config",
        )
    text_or_finding = _decode(raw, display)
    if isinstance(text_or_finding, Finding):
        return LoadedDocument(path=display, findings=[text_or_finding])
    return load_text(text_or_finding, display)


def load_text(text: str, display: str) -> LoadedDocument:
    """Compose ``text`` (YAML, or JSON when ``display`` ends in .json)."""
    doc = LoadedDocument(path=display, text=text)
    is_json = display.lower().endswith(".json")
    if is_json and text.strip():  # an empty one is "the file is empty", as in YAML
        problem = _check_json(text, display)
        if problem is not None:
            doc.findings.append(problem)
            return doc
        # Valid JSON has tabs only as white space, which PyYAML refuses.
        text, lone = _astral_escapes(text.replace("\t", " "))
        if lone is not None:
            line = text.count("\n", 0, lone) + 1
            doc.findings.append(
                doc_finding(
                    "DOC001",
                    display,
                    f"invalid JSON string: {text[lone : lone + 6]} is half of a surrogate "
                    "pair, not a character",
                    line,
                    lone - (text.rfind("\n", 0, lone) + 1) + 1,
                    "write the character itself, or both halves of its \\u escape",
                )
            )
            return doc
    _Composer(doc, text, is_json).run()
    if doc.data is None and not doc.findings:
        doc.findings.append(
            doc_finding(
                "DOC002",
                display,
                "the file is empty: a goals document is a mapping with `objectives` or `kpis`",
                hint="add content, or delete the file",
            )
        )
    elif doc.data is not None and not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else f"a single value ({_short(doc.data)})"
        line, column = doc.span("")[:2]
        doc.findings.append(
            doc_finding(
                "DOC002",
                display,
                f"the top level is {kind}; a goals document must be a mapping",
                line,
                column,
                "start the file with keys such as `team:`, `period:`, `objectives:` or `kpis:`",
            )
        )
        doc.data = None
    return doc


def _refused(display: str, message: str, hint: str) -> LoadedDocument:
    return LoadedDocument(
        path=display, findings=[doc_finding("DOC001", display, message, hint=hint)]
    )


def _mb(size: int) -> str:
    """A size in the largest unit that keeps it at 1 or more: 10.0 MB, 2.5 KB, 3 bytes."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size:,} byte{'s' if size != 1 else ''}"


def _short(value: Any, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode(raw: bytes, display: str) -> str | Finding:
    encoding = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding = name
            break
    else:
        nul = raw.find(b"\x00", 0, 8192)
        if nul != -1:
            return doc_finding(
                "DOC001",
                display,
                "this is a binary file, not a YAML or JSON goals document",
                raw.count(b"\n", 0, nul) + 1,
                hint="remove it from the goals folder, or exclude it in the config",
            )
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        byte = raw[error.start : error.start + 1].hex()
        return doc_finding(
            "DOC001",
            display,
            f"the file is not valid {encoding.upper()} text (byte 0x{byte} cannot be decoded)",
            line,
            column,
            "save the file as UTF-8",
        )


_JSON_STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"')
_SURROGATE_PAIR_RE = re.compile(
    r"\\\\|\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)
_LONE_SURROGATE_RE = re.compile(r"\\\\|(\\ud[89a-f][0-9a-f]{2})", re.IGNORECASE)


def _astral_escapes(text: str) -> tuple[str, int | None]:
    """JSON writes a character beyond U+FFFF (an emoji) as a surrogate pair,
    "\\ud83d\\ude4f", which YAML refuses; YAML's own escape for it is "\\U0001f64f".
    Each pair becomes that escape, and the two characters it saves are added as
    spaces after the string, so that every later position on the line is unchanged.
    Also returns the offset of a surrogate escape left alone, half a pair, if any
    (Python's json module accepts it; no character can hold it)."""
    if "\\u" not in text or not re.search(r"\\u[dD][89a-fA-F]", text):
        return text, None
    lone: list[int] = []

    def pair(match: re.Match[str]) -> str:
        if match.group(1) is None:
            return match.group(0)  # an escaped backslash: "\\\\ud83d" is no escape
        high, low = int(match.group(1), 16), int(match.group(2), 16)
        return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08x}"

    def string(match: re.Match[str]) -> str:
        literal = match.group(0)
        if "\\u" not in literal:
            return literal
        fixed = _SURROGATE_PAIR_RE.sub(pair, literal)
        if not lone:
            half = next((m for m in _LONE_SURROGATE_RE.finditer(fixed) if m.group(1)), None)
            if half is not None:
                lone.append(match.start() + half.start(1))
        return fixed + " " * (len(literal) - len(fixed))

    text = _JSON_STRING_RE.sub(string, text)
    return text, lone[0] if lone else None


def _check_json(text: str, display: str) -> Finding | None:
    try:
        # integers are checked for their form only: one longer than Python converts
        # (4,300 digits) is then read as text, and reported at its place as a wrong type
        json.loads(text, parse_int=str)
    except json.JSONDecodeError as error:
        return doc_finding(
            "DOC001", display, f"invalid JSON: {error.msg}", error.lineno, error.colno
        )
    except RecursionError:
        return doc_finding(
            "DOC001",
            display,
            _TOO_DEEP,
            hint=_TOO_DEEP_HINT,
        )
    except ValueError as error:
        return doc_finding("DOC001", display, f"invalid JSON: {str(error)[:120]}")
    return None


class _Frame:
    __slots__ = (
        "anchor",
        "is_map",
        "key",
        "key_lines",
        "key_span",
        "last_end",
        "merging",
        "pointer",
        "size",
        "start",
        "value",
    )

    def __init__(self, value: Any, pointer: str, is_map: bool, anchor: str | None) -> None:
        self.value = value
        self.pointer = pointer
        self.is_map = is_map
        self.anchor = anchor
        self.key: str | None = None
        self.key_span: Span | None = None
        self.key_lines: dict[str, int] = {}
        self.merging = False  # the key is a YAML merge key (`<<:`): its value is merged
        self.size = 1
        self.last_end: tuple[int, int] | None = None
        self.start: tuple[int, int] = (1, 1)


class _Stop(Exception):
    """Raised inside the composer to abandon a document with a finding."""


class _Composer:
    def __init__(self, doc: LoadedDocument, text: str, is_json: bool) -> None:
        self.doc = doc
        self.text = text
        self.is_json = is_json
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.alias_nodes = 0
        self.nodes = 0
        self.documents = 0

    def run(self) -> None:
        parser = None
        try:
            # the pure-Python reader checks the characters here, so this is inside the try
            parser = _Parser(self.text)
            scalar_event, end_event, handle, on_scalar = (
                yaml.ScalarEvent,
                yaml.StreamEndEvent,
                self._event,
                self._scalar,
            )
            get_event = parser.get_event
            while True:
                event = get_event()
                kind = event.__class__
                if kind is scalar_event:  # most events: dispatch without the chain below
                    on_scalar(event)
                    continue
                if event is None or kind is end_event or isinstance(event, end_event):
                    break
                handle(event)
        except _Stop:
            self.doc.data = None
        except yaml.MarkedYAMLError as error:
            self.doc.data = None
            self.doc.findings.append(self._parse_finding(error))
        except yaml.YAMLError as error:  # reader errors: control characters etc.
            self.doc.data = None
            line, column = 1, 1
            position = getattr(error, "position", None)
            if isinstance(position, int):
                if _OFFSETS_IN_BYTES:
                    position = len(
                        self.text.encode("utf-8", "surrogatepass")[:position].decode(
                            "utf-8", "ignore"
                        )
                    )
                line = self.text.count("\n", 0, position) + 1
                column = position - (self.text.rfind("\n", 0, position) + 1) + 1
            reason = getattr(error, "reason", None) or str(error).splitlines()[0]
            self.doc.findings.append(
                doc_finding(
                    "DOC001",
                    self.doc.path,
                    f"cannot read the file: {reason}",
                    line,
                    column,
                )
            )
        finally:
            dispose = getattr(parser, "dispose", None) if parser is not None else None
            if dispose is not None:
                dispose()

    def _parse_finding(self, error: yaml.MarkedYAMLError) -> Finding:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        column = mark.column + 1 if mark is not None else 1
        problem = error.problem or error.context or "invalid YAML"
        hint = ""
        if "maximum nesting depth" in problem:
            # libyaml 0.2.6 (PyYAML 6.0.4) stops deep nesting itself, before okrlint's
            # own limit sees the events: the same finding either way
            return doc_finding(
                "DOC001",
                self.doc.path,
                _TOO_DEEP,
                line,
                column,
                _TOO_DEEP_HINT,
            )
        if "'\\t'" in problem or "tab" in problem or self._tab_indented(mark):
            problem = "a tab character is used for indentation"
            hint = "YAML indents with spaces only: replace the tabs with spaces"
        elif error.context:
            problem = f"{problem} ({error.context}"
            if error.context_mark is not None and error.context_mark is not mark:
                problem += f" at line {error.context_mark.line + 1}"
            problem += ")"
        return doc_finding("DOC001", self.doc.path, f"invalid YAML: {problem}", line, column, hint)

    def _tab_indented(self, mark: Any) -> bool:
        """True when the error's line is indented with a tab (libyaml does not say so)."""
        if mark is None:
            return False
        lines = self.text.split("\n")
        if not 0 <= mark.line < len(lines):
            return False
        text = lines[mark.line]
        indent = text[: len(text) - len(text.lstrip(" \t"))]
        return "\t" in indent

    @staticmethod
    def _span(event: Any) -> Span:
        start, end = event.start_mark, event.end_mark
        return (start.line + 1, start.column + 1, end.line + 1, end.column + 1)

    def _stop(self, message: str, event: Any, code: str = "DOC001", hint: str = "") -> None:
        line, column = self._span(event)[:2]
        self.doc.findings.append(doc_finding(code, self.doc.path, message, line, column, hint))
        raise _Stop

    def _event(self, event: Any) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self._stop(
                    "the file holds more than one YAML document (a second `---`); "
                    "okrlint reads one document per file",
                    event,
                    hint="split the documents into separate files",
                )
            return
        if isinstance(event, (yaml.StreamStartEvent, yaml.DocumentEndEvent)):
            return
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            frame = self.stack.pop()
            end = (event.end_mark.line + 1, event.end_mark.column + 1)
            if event.start_mark.index == event.end_mark.index and frame.last_end is not None:
                end = frame.last_end  # a block collection ends with its last value, not the next
            parent = self.stack[-1] if self.stack else None
            key = parent.key_span if parent is not None and parent.is_map else None
            self.doc.spans[frame.pointer] = pack_spans((*frame.start, *end), key)
            self._place(frame.value, frame.size, event, anchor=frame.anchor, end=end, placed=True)
            return
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in self.anchors:
                self._stop(f"the alias *{event.anchor} names no anchor", event)
            value, size = self.anchors[event.anchor]
            top = self.stack[-1] if self.stack else None
            if top is not None and top.is_map and top.key is None:  # an alias as a key
                if not isinstance(value, str):
                    self._stop(
                        "a mapping key is itself a list, mapping or number (through the "
                        f"alias *{event.anchor}); keys must be plain words",
                        event,
                        "DOC002",
                    )
                self._key(top, value, self._span(event))
                return
            self.alias_nodes += size
            if self.alias_nodes > MAX_ALIAS_NODES:
                self._stop(
                    f"aliases expand this document by more than {MAX_ALIAS_NODES:,} nodes "
                    "(an alias bomb?)",
                    event,
                    hint="write the data out plainly; goals documents need no anchors",
                )
            self._place(value, size, event)
            return
        if isinstance(event, yaml.ScalarEvent):
            self._scalar(event)
            return
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self._check_tag(event)
            top = self.stack[-1] if self.stack else None
            if top is not None and top.is_map and top.key is None:
                self._stop(
                    "a mapping key is itself a list or mapping; keys must be plain words",
                    event,
                    "DOC002",
                )
            if len(self.stack) >= MAX_DEPTH:
                self._stop(
                    _TOO_DEEP,
                    event,
                    hint=_TOO_DEEP_HINT,
                )
            self._count(event)
            pointer = self._child_pointer()
            is_map = isinstance(event, yaml.MappingStartEvent)
            frame = _Frame({} if is_map else [], pointer, is_map, event.anchor)
            frame.start = (event.start_mark.line + 1, event.start_mark.column + 1)
            self.stack.append(frame)
            return

    def _count(self, event: Any) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self._stop(
                f"the document holds more than {MAX_NODES:,} values",
                event,
                hint="goals documents hold hundreds of values; this looks generated",
            )

    def _child_pointer(self) -> str:
        if not self.stack:
            return ""
        top = self.stack[-1]
        if top.is_map:
            return _intern(f"{top.pointer}/{escape_pointer_token(top.key or '')}")
        return _intern(f"{top.pointer}/{len(top.value)}")

    def _check_tag(self, event: Any) -> None:
        tag = event.tag
        if not tag or tag in ("!", "?") or _STANDARD_TAG.match(tag):
            return
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        self._stop(
            f"the YAML tag {shown} is not allowed: goals documents are plain data "
            "(the tag was not executed)",
            event,
            "DOC002",
            "remove the tag",
        )

    def _key(self, top: _Frame, key: str, span: Span) -> None:
        if len(key) > 200:
            key = key[:200]
        key = _intern(key)  # the same few keys in every document: share them
        first = top.key_lines.get(key)
        if first is not None:
            self.doc.findings.append(
                doc_finding(
                    "DOC006",
                    self.doc.path,
                    f"the key `{key}` appears twice in this mapping (first at line {first}); "
                    "YAML silently keeps only the last value",
                    span[0],
                    span[1],
                    "delete one of the two, or merge their values",
                    # the key's own place, so that two repeated keys of one item are
                    # two findings with two fingerprints
                    _intern(f"{top.pointer}/{escape_pointer_token(key)}"),
                )
            )
        else:
            top.key_lines[key] = span[0]
        top.key = key
        top.key_span = span

    def _scalar(self, event: Any) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.is_map and top.key is None:
            if event.value == "<<" and event.implicit[0] and not self.is_json:
                top.merging = True  # YAML's merge key: its mapping's fields join this one
                top.key, top.key_span = "<<", self._span(event)
                return
            self._key(top, event.value, self._span(event))
            return
        if event.tag is not None:
            self._check_tag(event)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.nodes -= 1
            self._count(event)
        # values repeat across documents ("team", "percent", owners): resolve each
        # once and share the (immutable) result; long text is not worth keeping
        key = (event.value, event.implicit, event.tag, bool(event.style), self.is_json)
        resolved = _RESOLVED.get(key, _MISSING)
        if resolved is _MISSING:
            resolved = self._resolve(event)
            if len(event.value) <= 64:
                if len(_RESOLVED) >= 50_000:
                    _RESOLVED.clear()
                _RESOLVED[key] = resolved
        start, end = event.start_mark, event.end_mark
        span = (start.line + 1, start.column + 1, end.line + 1, end.column + 1)
        if top is None or event.anchor:
            key = top.key_span if top is not None and top.is_map else None
            self.doc.spans[self._child_pointer()] = pack_spans(span, key)
            self._place(resolved, 1, event, anchor=event.anchor, placed=True)
            return
        if top.merging:
            self._merge(top, resolved, event)  # a scalar is no mapping: this stops the file
        # _place, inlined for the common case: a value without an anchor
        top.size += 1
        top.last_end = span[2:]
        if top.is_map:
            name = top.key or ""
            pointer = _intern(f"{top.pointer}/{escape_pointer_token(name)}")
            self.doc.spans[pointer] = pack_spans(span, top.key_span)
            top.value[name] = resolved
            top.key = None
            top.key_span = None
        else:
            self.doc.spans[_intern(f"{top.pointer}/{len(top.value)}")] = pack_spans(span, None)
            top.value.append(resolved)

    def _resolve(self, event: Any) -> Any:
        value = event.value
        if self.is_json:
            if event.style:  # quoted: a JSON string (plain style is None or "")
                return value
            try:  # a number, true, false or null, as JSON reads them ("1e3" is 1000.0,
                # which YAML 1.1 reads as text)
                return json.loads(value)
            except ValueError:
                return value
        elif not event.implicit[0] and not (event.tag and _STANDARD_TAG.match(event.tag)):
            return value
        tag = event.tag
        if not tag or tag == "!":
            tag = _resolver.resolve(yaml.ScalarNode, value, event.implicit)
        kind = tag.rsplit(":", 1)[-1]
        node = yaml.ScalarNode(tag, value)
        try:
            if kind == "int":
                return _constructor.construct_yaml_int(node)
            if kind == "float":
                return _constructor.construct_yaml_float(node)
            if kind == "bool":
                return _constructor.construct_yaml_bool(node)
            if kind == "null":
                return None
        except (ValueError, OverflowError, IndexError, KeyError):
            if event.implicit[0]:  # resolved from its look, which PyYAML's own reading refused
                return value
            # an explicit tag (`!!int abc`, an empty `!!bool`): YAML cannot build the value
            shown = repr(value[:40]) if value else "an empty value"
            self._stop(
                f"invalid YAML: the tag !!{kind} is on {shown}, which is not {_TAG_KINDS[kind]}",
                event,
                hint="remove the tag, or write a value of that type",
            )
        # timestamps stay strings: the model reads dates the same way for JSON
        return value

    def _merge(self, top: _Frame, value: Any, event: Any) -> None:
        """YAML's merge key (``<<: *defaults``, ``<<: [*a, *b]``): the fields of the
        merged mappings join this one, except those it sets itself (before or after
        the merge key) and, in a list, those an earlier mapping gave. A merged field is
        located at the merge key."""
        sources = value if isinstance(value, list) else [value]
        if not sources or not all(isinstance(source, dict) for source in sources):
            self._stop(
                "a merge key (`<<:`) needs a mapping or a list of mappings, usually an "
                "alias such as `<<: *defaults`",
                event,
                "DOC002",
                "merge an anchored mapping, or write the fields out in full",
            )
        span = pack_spans(top.key_span or self._span(event), top.key_span)
        for source in sources:
            for key, item in source.items():
                if key not in top.value:
                    top.value[key] = item
                    self.doc.spans[_intern(f"{top.pointer}/{escape_pointer_token(key)}")] = span
        top.merging = False
        top.key = None
        top.key_span = None

    def _place(
        self,
        value: Any,
        size: int,
        event: Any,
        anchor: str | None = None,
        end: tuple[int, int] | None = None,
        placed: bool = False,
    ) -> None:
        """Put ``value`` where the stack says; ``placed``: its span is stored already."""
        if anchor:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        top.size += size
        top.last_end = end or (event.end_mark.line + 1, event.end_mark.column + 1)
        if top.is_map and top.merging:
            self._merge(top, value, event)
            return
        if top.is_map:
            key = top.key or ""
            pointer = _intern(f"{top.pointer}/{escape_pointer_token(key)}")
            if not placed:  # an alias: a repeated key keeps the first value's span
                known = self.doc.spans.get(pointer)
                span = value_span(known) if known is not None else self._span(event)
                self.doc.spans[pointer] = pack_spans(span, top.key_span)
            top.value[key] = value
            top.key = None
            top.key_span = None
        else:
            top.value.append(value)
