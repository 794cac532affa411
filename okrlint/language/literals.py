"""Literals a regular expression's every match must contain, to skip it cheaply.

A pattern such as ``\\blorem\\s+ipsum\\b`` cannot match a text without "lorem" in
it; checking ``"lorem" in text.lower()`` is far cheaper than letting the engine try
the pattern at every position. ``required_literals`` reads this from the parsed
pattern; ``PatternSet`` tries patterns in order, skipping those whose literals an
ASCII text lacks. The answers are the same as trying every pattern: a pattern is
skipped only when it cannot match.

The reading is conservative: what it cannot follow (a back-reference, a class of
many characters, an optional part) contributes nothing, and a pattern it cannot
parse is always tried. Literals are compared in lower case, whatever the flags
(a case-sensitive "TBD" is looked for as "tbd" in the lower-cased text), and only
on ASCII texts: under IGNORECASE a few other characters match ASCII letters
("ſ" matches "s"), which ASCII text cannot hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

try:  # the parser re uses itself: re._parser from Python 3.11, sre_parse before
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

#: a run of literals with a small class in it ("tb[dc]") is kept as its spellings,
#: up to this many; past it the run is cut at the class
_MAX_SPELLINGS = 16
#: a class of up to this many single characters counts as a choice of literals
_MAX_CLASS = 8

#: one clause: a match contains at least one of these strings (lower case)
Clause = frozenset[str]


@lru_cache(maxsize=256)
def _ascii_twins(char: str) -> tuple[str, ...]:
    """The lower-case ASCII characters that ``char`` may match under IGNORECASE
    (itself lower-cased when it is ASCII; none for "€"; "s" for "ſ")."""
    if char.isascii():
        return (char.lower(),)
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return tuple(sorted({chr(c).lower() for c in range(128) if pattern.fullmatch(chr(c))}))


def _spell(run: set[str], chars: Iterable[str]) -> set[str]:
    return {prefix + twin for prefix in run for char in chars for twin in _ascii_twins(char)}


def _clauses(items: Any) -> list[Clause]:
    """The clauses of a parsed sequence: each a set of strings one of which every
    match of the sequence contains. An empty clause: no ASCII text can match."""
    clauses: list[Clause] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            clauses.append(frozenset(run))
        run = {""}

    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run = _spell(run, chr(av))
            continue
        if name == "IN":
            chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
            spelt = _spell(run, chars) if len(chars) == len(av) <= _MAX_CLASS else None
            if spelt is not None and len(spelt) <= _MAX_SPELLINGS:
                run = spelt
                continue
        flush()
        if name == "SUBPATTERN":
            clauses.extend(_clauses(av[-1]))
        elif name == "ATOMIC_GROUP":
            clauses.extend(_clauses(av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            clauses.extend(_clauses(av[2]))
        elif name == "BRANCH":
            # one alternative matches: the union of each alternative's best clause
            best = [_best(_clauses(alternative)) for alternative in av[1]]
            if all(clause is not None for clause in best):
                clauses.append(frozenset().union(*best))  # type: ignore[arg-type]
        # anything else (a position, a look-around, a wide class, an optional part)
        # is skipped: it asks nothing that is sure to be in the text
    flush()
    return clauses


def _best(clauses: list[Clause]) -> Clause | None:
    """The clause least likely to be met by chance: its shortest string longest,
    then the fewest strings. An empty clause (never met) is best of all."""
    if not clauses:
        return None
    return max(clauses, key=lambda c: (not c, min(map(len, c), default=0), -len(c)))


def _parse(pattern: re.Pattern[str]) -> Any:
    """The parsed pattern, or None for one this module does not read (bytes)."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable pattern is simply always tried
        return None


def required_literals(pattern: re.Pattern[str]) -> tuple[Clause, ...] | None:
    """Clauses every match of ``pattern`` in an ASCII text meets: each names strings
    of which the lower-cased text holds at least one. None: nothing is required (or
    the pattern could not be read), so the pattern must always be tried."""
    items = _parse(pattern)
    return None if items is None else tuple(_clauses(items)) or None


def _anchored(items: Any, flags: int) -> bool:
    """True when the parsed pattern can only match at the start of a text ("^..."
    without MULTILINE, "\\A..."): the engine tries it once, which costs less than
    looking for literals."""
    if not items:
        return False
    op, av = items[0]
    return str(op) == "AT" and (
        str(av) == "AT_BEGINNING_STRING" or (str(av) == "AT_BEGINNING" and not flags & re.MULTILINE)
    )


class PatternSet:
    """Patterns tried in order; ``search`` gives the first one's match, as trying
    each in turn would. On ASCII text, a pattern is tried only if the text holds one
    of the literals of its best clause (``required_literals``); a pattern anchored
    at the start, or with no clause, is always tried."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for index, pattern in enumerate(self.patterns):
            items = _parse(pattern)
            clause = None
            if items is not None and not _anchored(items, pattern.flags):
                clause = _best(_clauses(items))
            if clause is None:
                always.append(index)
            for literal in clause or ():
                by_literal.setdefault(literal, []).append(index)
        self._always = tuple(always)
        self._by_literal = {literal: tuple(found) for literal, found in by_literal.items()}

    def search(self, text: str) -> re.Match[str] | None:
        patterns = self.patterns
        if text.isascii():
            lower = text.lower()
            present = [found for literal, found in self._by_literal.items() if literal in lower]
            order: Iterable[int] = (
                sorted({*self._always, *(i for found in present for i in found)})
                if present
                else self._always
            )
        else:
            order = range(len(patterns))
        for index in order:
            match = patterns[index].search(text)
            if match:
                return match
        return None
