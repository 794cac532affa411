"""Suppressions: inline `# okrlint:` comments and in-document `lint: {ignore: ...}`.

Document rules (DOC*) cannot be suppressed. A suppression that silences nothing
can be reported as SUP001 (``--report-unused-suppressions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okrlint.catalog import not_built, planned
from okrlint.finding import Finding, Severity
from okrlint.load import value_span
from okrlint.model import Document
from okrlint.registry import find_rule

_COMMENT = re.compile(
    r"(?:^|\s)#\s*okrlint:\s*(disable-next-line|disable-file|disable)\s*=\s*([A-Za-z0-9_,\- ]+)"
)
_ITEM_POINTER = re.compile(r"^/(?:objectives/\d+(?:/key_results/\d+)?|kpis/\d+)")


@dataclass
class Suppression:
    kind: str  # disable | disable-next-line | disable-file | lint
    line: int
    column: int
    codes: dict[str, str]  # resolved code -> as written
    unknown: list[str]
    pointer: str = ""  # for `lint:` keys: the item (or "" for the whole document)
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding, item_line: int | None) -> bool:
        if finding.code not in self.codes:
            return False
        if self.kind == "disable-file":
            return True
        if self.kind == "lint":
            return finding.pointer == self.pointer or finding.pointer.startswith(self.pointer + "/")
        target = self.line + 1 if self.kind == "disable-next-line" else self.line
        return finding.line == target or item_line == target


def _resolve(words: list[str]) -> tuple[dict[str, str], list[str]]:
    codes: dict[str, str] = {}
    unknown: list[str] = []
    for word in words:
        word = word.strip()
        if not word:
            continue
        rule = find_rule(word)
        if rule is None:
            unknown.append(word)
        else:
            codes[rule.code] = word
    return codes, unknown


_MARKER = re.compile(r"#\s*okrlint:")  # every comment _COMMENT matches has this


def _may_have_lint_key(text: str) -> bool:
    """Whether ``text`` has the word `lint` (as ``\\blint\\b`` finds it) or a backslash,
    with which a quoted key can spell it: files with neither have no `lint` key, and
    their items need not be looked at. (Goals files may carry the format's own
    ``okrlint:`` key, which a plain search for "lint" would find, and the regular
    expression is slow on whole files: it has no literal to skip to.)"""
    if "\\" in text:
        return True
    start = text.find("lint")
    while start >= 0:
        if not (start and _is_word(text[start - 1])) and not _is_word(text[start + 4 : start + 5]):
            return True
        start = text.find("lint", start + 4)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def collect(doc: Document) -> list[Suppression]:
    found: list[Suppression] = []
    text = doc.loaded.text
    if text and "okrlint:" in text and _MARKER.search(text):
        lines = text.splitlines()
        for number, line in enumerate(lines, start=1):
            if "okrlint:" not in line:
                continue
            match = _COMMENT.search(line)
            if match:
                column = match.start() + 1 + (1 if match[0][0].isspace() else 0)
                if _inside_scalar(doc, lines, number, column):
                    continue  # text of a block or quoted scalar, not a comment
                codes, unknown = _resolve(match[2].split(","))
                found.append(Suppression(match[1], number, column, codes, unknown))
    if text is not None and not _may_have_lint_key(text):
        return found
    data = doc.data
    if isinstance(data.get("lint"), dict):
        found.extend(_lint_key(doc, data["lint"], ""))
    for item in doc.items():
        if isinstance(item.data.get("lint"), dict):
            found.extend(_lint_key(doc, item.data["lint"], item.pointer))
    return found


def _inside_scalar(doc: Document, lines: list[str], line: int, column: int) -> bool:
    """Whether (``line``, ``column``) lies inside a scalar value, where "#" is text: a
    block scalar's content lines (a comment may follow its `|` or `>` header) or a
    quoted string. A plain scalar ends before " #", so it never holds a comment."""
    loaded = doc.loaded
    for pointer, packed in loaded.spans.items():
        start_line, start_column, end_line, end_column = value_span(packed)
        if not (start_line, start_column) < (line, column) < (end_line, end_column):
            continue
        if isinstance(_value_at(loaded.data, pointer), (dict, list)):
            continue
        header = lines[start_line - 1][start_column - 1 : start_column]
        if header in ("|", ">") and line == start_line:
            continue
        return True
    return False


def _value_at(data: object, pointer: str) -> object:
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(data, dict):
            data = data.get(token)
        elif isinstance(data, list) and token.isdigit() and int(token) < len(data):
            data = data[int(token)]
        else:
            return None
    return data


def _lint_key(doc: Document, lint: dict[str, object], pointer: str) -> list[Suppression]:
    ignore = lint.get("ignore")
    words = [w for w in ignore if isinstance(w, str)] if isinstance(ignore, list) else []
    if not words:
        return []
    codes, unknown = _resolve(words)
    line, column = doc.loaded.key_span(f"{pointer}/lint")[:2]
    return [Suppression("lint", line, column, codes, unknown, pointer=pointer)]


def item_line(doc: Document, finding: Finding) -> int | None:
    match = _ITEM_POINTER.match(finding.pointer)
    return doc.loaded.span(match[0])[0] if match else None


def apply(
    doc: Document,
    findings: list[Finding],
    ignored_codes: set[str],
    report_unused: bool,
) -> list[Finding]:
    """Drop suppressed findings of ``doc``; add SUP001 for unused suppressions if asked."""
    suppressions = collect(doc)
    if not suppressions and not ignored_codes:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        if finding.code.startswith("DOC"):
            kept.append(finding)
            continue
        if finding.code in ignored_codes:
            continue
        candidates = [s for s in suppressions if finding.code in s.codes]
        if candidates:
            line = item_line(doc, finding)
            covering = [s for s in candidates if s.covers(finding, line)]
            for suppression in covering:
                suppression.used.add(finding.code)
            if covering:
                continue
        kept.append(finding)
    if report_unused:
        kept.extend(_unused(doc, suppressions))
    return kept


def _unknown(word: str) -> str:
    """Why a word of a suppression that names no built rule suppresses nothing."""
    code = planned(word)
    if code is not None:  # a second-wave rule of the catalog, which never fires yet
        named = "" if word.upper() == code else f"`{word}`: "
        return f"{named}{not_built(code)}, so it suppresses nothing yet"
    return f"`{word}` names no rule"


def _unused(doc: Document, suppressions: list[Suppression]) -> list[Finding]:
    rule = find_rule("SUP001")
    out = []
    for suppression in suppressions:
        problems = [_unknown(word) for word in suppression.unknown]
        for code, written in suppression.codes.items():
            if code.startswith("DOC"):
                problems.append(f"{written} is a document rule and cannot be suppressed")
            elif code not in suppression.used:
                problems.append(f"{written} suppresses nothing here")
        for problem in problems:
            out.append(
                Finding(
                    code="SUP001",
                    name=rule.name if rule else "unused-suppression",
                    severity=rule.severity if rule else Severity.WARNING,
                    message=f"unused suppression: {problem}",
                    hint="remove it, so that it cannot hide a future problem",
                    path=doc.path,
                    line=suppression.line,
                    column=suppression.column,
                    pointer=suppression.pointer if suppression.kind == "lint" else "",
                )
            )
    return out
