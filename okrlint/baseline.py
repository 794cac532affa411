"""Baselines for gradual adoption: accept today's findings, fail only on new ones.

A baseline file records findings by file, rule and item, with counts, never by
line: moving lines or adding unrelated items leaves old findings old. An item
is its id; an item without an id is its statement (a position would shift when
items are inserted above it); a finding outside any item is its JSON pointer.

    {"okrlint-baseline": 1,
     "findings": {"goals/growth.yaml": {"KR004": {"growth-cac": 1}}}}

File names are relative to the baseline file's folder, with forward slashes.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections import Counter
from pathlib import Path

from okrlint.api import Report
from okrlint.config import real_path
from okrlint.errors import OkrlintError
from okrlint.finding import Finding
from okrlint.model import Document, containing_item

FORMAT_VERSION = 1
DEFAULT_FILE = ".okrlint-baseline.json"

Entries = dict[str, dict[str, dict[str, int]]]  # file -> code -> item key -> count
Key = tuple[str, str, str]


class BaselineError(OkrlintError):
    """The baseline file cannot be read; str() names the file and the problem."""


def item_key(finding: Finding, doc: Document | None) -> str:
    item = containing_item(doc, finding) if doc is not None else None
    if item is None:
        return finding.pointer or "/"
    if item.has_id or not item.statement:
        return item.id
    return f'{item.LABEL} "{" ".join(item.statement.split())}"'


def _file_key(path: str, folder: Path) -> str:
    return os.path.relpath(os.path.abspath(path), folder).replace(os.sep, "/")


def keys(report: Report, baseline_file: Path) -> list[Key]:
    """(file, code, item key) of each finding of ``report``, in order."""
    folder = real_path(baseline_file).parent
    docs = {doc.path: doc for doc in report.documents}
    return [
        (_file_key(f.path, folder), f.code, item_key(f, docs.get(f.path))) for f in report.findings
    ]


def _entries(counts: Counter[Key]) -> Entries:
    entries: Entries = {}
    for (file, code, item), count in sorted(counts.items()):
        if count > 0:
            entries.setdefault(file, {}).setdefault(code, {})[item] = count
    return entries


def _counter(entries: Entries) -> Counter[Key]:
    return Counter(
        {
            (file, code, item): count
            for file, codes in entries.items()
            for code, items in codes.items()
            for item, count in items.items()
        }
    )


def _dump(entries: Entries, path: Path) -> None:
    """Write the baseline whole or not at all: the text is built first and renamed into
    place, so a failure leaves the old baseline as it was."""
    from okrlint.output import write_atomic

    payload = {"okrlint-baseline": FORMAT_VERSION, "findings": entries}
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, text.encode("utf-8", "backslashreplace"))


def load(path: Path) -> Entries:
    try:
        raw = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"{path}: baseline file not found; create it with `okrlint baseline write`"
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline: {error}") from None
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}:{error.lineno}: not valid JSON: {error.msg}") from None
    except (RecursionError, ValueError):  # nested past the stack, an integer past 4,300 digits
        raw = None
    version = raw.get("okrlint-baseline") if isinstance(raw, dict) else None
    if type(version) is not int or version != FORMAT_VERSION:  # `true` equals 1 in Python
        raise BaselineError(
            f"{path}: not an okrlint baseline (version {FORMAT_VERSION}); "
            "write a new one with `okrlint baseline write`"
        )
    entries = raw.get("findings")
    valid = isinstance(entries, dict) and all(
        isinstance(codes, dict)
        and all(
            isinstance(items, dict)
            and all(
                isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in items.values()
            )
            for items in codes.values()
        )
        for codes in entries.values()
    )
    if not valid:
        raise BaselineError(f"{path}: `findings` must map file -> rule -> item -> count")
    return entries  # type: ignore[return-value]


def write(report: Report, path: Path) -> int:
    """Record every finding of ``report`` in ``path``; returns how many."""
    _dump(_entries(Counter(keys(report, path))), path)
    return len(report.findings)


def apply(report: Report, path: Path) -> Report:
    """``report`` narrowed to the findings that are not in the baseline at ``path``.

    When an item has more findings of a rule than the baseline counts, the
    surplus (the last ones in file order) is new.
    """
    allowance = _counter(load(path))
    new: list[Finding] = []
    for finding, key in zip(report.findings, keys(report, path), strict=True):
        if allowance[key] > 0:
            allowance[key] -= 1
        else:
            new.append(finding)
    known = len(report.findings) - len(new)
    notes = list(report.notes)
    if known:
        notes.append(
            f"{known} finding{'s' if known != 1 else ''} recorded in the baseline {path} not shown."
        )
    return dataclasses.replace(report, findings=new, notes=notes)


def prune(report: Report, path: Path) -> tuple[int, int]:
    """Drop baseline entries that no longer occur; returns (kept, dropped) counts.

    Entries of files this run did not read are kept, unless the file is gone.
    """
    old = _counter(load(path))
    folder = real_path(path).parent
    current = Counter(keys(report, path))
    linted = {_file_key(file, folder) for file in report.files}
    pruned: Counter[Key] = Counter()
    for key, count in old.items():
        file = key[0]
        if file in linted:
            pruned[key] = min(count, current[key])
        elif os.path.exists(folder / file):  # False, not an error, for a name too long
            pruned[key] = count
    _dump(_entries(pruned), path)
    kept = sum(pruned.values())
    return kept, sum(old.values()) - kept
