"""Pull-request mode: the goals documents as they were at a git revision.

``load_base`` reads every document of the run at REF with one
`git cat-file --batch` (no working-tree checkout, nothing parsed twice), and
``match`` pairs each objective, key result and KPI with its earlier version:
by id, else by its derived position in the same file and a similar statement.
The change rules (CHG*) compare the pairs; ``keep_changed`` narrows a run's
findings to the items that changed since REF.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from okrlint import git
from okrlint.discover import fs_path
from okrlint.finding import Finding
from okrlint.load import load_bytes
from okrlint.model import (
    Document,
    GoalSet,
    Item,
    KeyResult,
    Objective,
    build_document,
    containing_item,
)

SIMILAR = 0.6
"""Two statements at least this similar (0..1) are the same item reworded."""

CONFIDENT = 0.9
"""An item at the same place at least this similar is taken without looking further."""

SHORTLIST = 8
"""Of more earlier items than this, only those sharing most words are compared in full."""

RECOGNISABLE = 0.4
"""An item kept under its id but reworded below this similarity is a new item."""


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _normal(a), _normal(b)).ratio()


@dataclass
class BaseVersions:
    """The documents of one run as they were at ``ref`` (display path -> Document)."""

    ref: str
    commit: str
    documents: dict[str, Document | None]
    by_id: dict[str, list[Item]] = field(default_factory=dict)
    current_ids: set[str] = field(default_factory=set)
    _matches: dict[int, Item | None] = field(default_factory=dict, repr=False)
    _words: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for doc in self.documents.values():
            for item in doc.items() if doc is not None else ():
                if item.has_id:
                    self.by_id.setdefault(item.id, []).append(item)

    def document(self, doc: Document) -> Document | None:
        """``doc`` at REF; None when the file did not exist there (or was unreadable)."""
        return self.documents.get(doc.path)

    def is_new_file(self, doc: Document) -> bool:
        return self.documents.get(doc.path) is None

    def unchanged(self, doc: Document) -> bool:
        before = self.documents.get(doc.path)
        return before is not None and before.loaded.text == doc.loaded.text

    def match(self, item: Item) -> Item | None:
        """The version of ``item`` at REF, or None when it is new."""
        key = id(item)
        if key not in self._matches:
            self._matches[key] = self._find(item)
        return self._matches[key]

    def _find(self, item: Item) -> Item | None:
        if item.has_id:
            for earlier in self.by_id.get(item.id, []):
                if type(earlier) is type(item):
                    return earlier
        before = self.documents.get(item.doc.path)
        if before is None:
            return None
        candidates = _same_kind(before, item)
        if isinstance(item, KeyResult) and item.objective is not None:
            parent = self.match(item.objective)
            if isinstance(parent, Objective) and parent.doc is before:
                candidates = list(parent.key_results)
        # an earlier item whose id still exists is that item, not this one
        candidates = [c for c in candidates if not (c.has_id and c.id in self.current_ids)]
        return _most_similar(item, self._shortlist(item, candidates))

    def _shortlist(self, item: Item, candidates: list[Item]) -> list[Item]:
        """The candidates worth comparing in full: all of a few, else the one at the same
        place and the SHORTLIST that share most words and word pairs with ``item``."""
        if len(candidates) <= SHORTLIST:
            return candidates
        words = _word_pairs(item.statement)
        same_place = [c for c in candidates if c.pointer == item.pointer]
        ranked = sorted(candidates, key=lambda c: -len(words & self._words_of(c)))
        return same_place + [c for c in ranked[:SHORTLIST] if c not in same_place]

    def _words_of(self, item: Item) -> frozenset[str]:
        key = id(item)
        if key not in self._words:
            self._words[key] = _word_pairs(item.statement)
        return self._words[key]


def _word_pairs(statement: str | None) -> frozenset[str]:
    words = _normal(statement).split()
    return frozenset([*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))])


def _most_similar(item: Item, candidates: list[Item]) -> Item | None:
    """The candidate whose statement is most like ``item``'s (at least SIMILAR), the one
    at the same place winning a tie; without statements, the one at the same place.

    The candidate at the same place is scored first: when it is at least CONFIDENT
    alike it is taken, and otherwise it sets the score the others must beat, which
    difflib's cheap upper bounds (lengths, then letters) rule out for many of them
    before the full comparison."""
    statement = _normal(item.statement)
    ordered = sorted(candidates, key=lambda c: c.pointer != item.pointer)
    if statement:
        for candidate in ordered:
            if _normal(candidate.statement) == statement:
                return candidate
    matcher = difflib.SequenceMatcher(None, "", statement)
    best_score, chosen = -1.0, None
    for candidate in ordered:
        same_place = candidate.pointer == item.pointer
        text = _normal(candidate.statement)
        if not (statement and text):
            if same_place:
                best_score, chosen = 0.0, candidate
            continue
        matcher.set_seq1(text)
        if not same_place and not (
            _may_beat(matcher.real_quick_ratio(), best_score)
            and _may_beat(matcher.quick_ratio(), best_score)
        ):
            continue
        score = matcher.ratio()
        if score < SIMILAR or score <= best_score:
            continue
        best_score, chosen = score, candidate
        if same_place and score >= CONFIDENT:
            return candidate
    return chosen


def _may_beat(bound: float, best_score: float) -> bool:
    return bound >= SIMILAR and bound > best_score


def _normal(statement: str | None) -> str:
    return statement.strip().lower() if statement else ""


def _same_kind(doc: Document, item: Item) -> list[Item]:
    if isinstance(item, KeyResult):
        return [kr for o in doc.objectives for kr in o.key_results]
    if isinstance(item, Objective):
        return list(doc.objectives)
    return list(doc.kpis)


@dataclass
class ChangedGoalSet(GoalSet):
    """A goal set that also knows its documents' versions at the diff base."""

    base: BaseVersions | None = None


def with_base(goals: GoalSet, base: BaseVersions) -> ChangedGoalSet:
    base.current_ids = set(goals.by_id)
    return ChangedGoalSet(goals.documents, goals.by_id, base=base)


def base_of(goals: GoalSet) -> BaseVersions | None:
    """The diff base of a run, or None outside pull-request mode."""
    return goals.base if isinstance(goals, ChangedGoalSet) else None


def load_base(ref: str, documents: list[Document], max_bytes: int) -> BaseVersions:
    """Read ``documents`` as they were at ``ref``. Raises git.GitError."""
    by_root: dict[Path, list[tuple[str, str]]] = {}
    for doc in documents:
        absolute = os.path.abspath(fs_path(doc.path))
        root = git.toplevel(os.path.dirname(absolute))
        relative = os.path.relpath(absolute, root).replace(os.sep, "/")
        by_root.setdefault(root, []).append((doc.path, relative))
    commit = ""
    versions: dict[str, Document | None] = {}
    for root, pairs in by_root.items():
        commit = git.verify_commit(ref, root)
        contents = git.show_many(commit, [relative for _, relative in pairs], root)
        for display, relative in pairs:
            raw = contents.get(relative)
            if raw is None:
                versions[display] = None
                continue
            loaded = load_bytes(raw, display, max_bytes)
            versions[display] = build_document(loaded, reported=False) if loaded.ok else None
    if not by_root:
        commit = git.verify_commit(ref, Path.cwd())
    return BaseVersions(ref, commit, versions)


# -- narrowing findings to what changed ----------------------------------------


def _own(item: Item) -> dict[str, Any]:
    if isinstance(item, Objective):
        return {k: v for k, v in item.data.items() if k != "key_results"}
    return item.data


def changed(item: Item, base: BaseVersions) -> bool:
    """True when ``item`` is new or differs from its version at REF."""
    earlier = base.match(item)
    if earlier is None or _own(item) != _own(earlier):
        return True
    if isinstance(item, Objective) and isinstance(earlier, Objective):
        now = [base.match(kr) for kr in item.key_results]
        return [id(kr) for kr in now] != [id(kr) for kr in earlier.key_results]
    return False


def keep_changed(
    findings: list[Finding], documents: list[Document], base: BaseVersions
) -> list[Finding]:
    """Findings on items that changed since REF; file-level ones when the file changed."""
    by_path = {doc.path: doc for doc in documents if doc.reported}
    kept: list[Finding] = []
    for finding in findings:
        doc = by_path.get(finding.path)
        if doc is None or base.is_new_file(doc):
            kept.append(finding)
            continue
        if base.unchanged(doc):
            continue
        item = containing_item(doc, finding)
        if item is None or changed(item, base):
            kept.append(finding)
    return kept
