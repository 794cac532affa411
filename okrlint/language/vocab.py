"""Word lists the analyser and the classifiers use.

Every list is a data file in ``vocab/`` (one word or phrase a line, ``#`` starts
a comment), read once. Entries are base forms; a statement token matches an
entry when the token *is* the entry or inflects to it ("calls" matches "call",
"shipped" matches "ship"). Phrases match consecutive words; hyphens count as
spaces, so "sign-up" and "sign up" are the same entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).with_name("vocab")

#: The word classes of verbs (and of words that move a level): their one-word entries
#: open an imperative.
VERB_CLASS_NAMES: tuple[str, ...] = (
    "solution_verbs",
    "completion_verbs",
    "milestone_verbs",
    "vague_verbs",
    "maintain_verbs",
    "increase_words",
    "decrease_words",
)
#: Word classes reported in ``Facts.classes``; each is one file in ``vocab/``.
CLASS_NAMES: tuple[str, ...] = (
    *VERB_CLASS_NAMES,
    "activity_nouns",
    "deliverable_nouns",
    "impact_words",
    "metric_nouns",
    "lagging_metrics",
    "leading_metrics",
)

_SPLIT = re.compile(r"[\s\-‐–/]+")  # "a/b test": the tokenizer splits at the slash


def _read_lines(name: str, *, inline_comments: bool = True) -> list[str]:
    """Non-empty lines of a vocabulary file, without ``#`` comments."""
    lines: list[str] = []
    for raw in (VOCAB_DIR / name).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if inline_comments:
            line = line.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of ``vocab/<name>.txt``, lower-cased, in file order."""
    return tuple(line.lower() for line in _read_lines(f"{name}.txt"))


def _pairs(name: str) -> list[tuple[str, str]]:
    """``key: value`` lines of a vocabulary file, the key lower-cased, both stripped
    (lines with no value are skipped)."""
    pairs: list[tuple[str, str]] = []
    for line in _read_lines(name):
        key, _, value = line.partition(":")
        if value.strip():
            pairs.append((key.strip().lower(), value.strip()))
    return pairs


@cache
def suggestions() -> tuple[tuple[str, str], ...]:
    """``(keyword, example outcome statement)`` pairs from ``suggestions.txt``."""
    return tuple(_pairs("suggestions.txt"))


@cache
def nominal_verbs() -> dict[str, str]:
    """``{task noun: verb}`` from ``nominal_verbs.txt`` ("implementation" ->
    "implement"): a statement that opens with the noun and "of" reads as the verb."""
    return {noun: " ".join(verb.lower().split()) for noun, verb in _pairs("nominal_verbs.txt")}


@cache
def placeholder_patterns() -> tuple[str, ...]:
    """Regular expressions for placeholder text (``placeholders.txt``)."""
    return tuple(_read_lines("placeholders.txt", inline_comments=False))


def split_phrase(phrase: str) -> tuple[str, ...]:
    """Split an entry into lower-case words (spaces and hyphens separate)."""
    return tuple(part for part in _SPLIT.split(phrase.lower().strip()) if part)


class Lexicon:
    """All word classes, with an index for matching phrases in token sequences."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self.classes: dict[str, frozenset[str]] = {}
        self._index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for name in CLASS_NAMES:
            entries = list(words(name))
            if extra and name in extra:
                entries.extend(word.lower().strip() for word in extra[name])
            self.add(name, entries)
        if extra:
            for name, entries in extra.items():
                if name not in CLASS_NAMES:
                    self.add(name, [word.lower().strip() for word in entries])

    def add(self, name: str, entries: Iterable[str]) -> None:
        current = set(self.classes.get(name, frozenset()))
        for entry in entries:
            parts = split_phrase(entry)
            if not parts:
                continue
            phrase = " ".join(parts)
            if phrase in current:
                continue
            current.add(phrase)
            self._index.setdefault(parts[0], []).append((parts, name, phrase))
        self.classes[name] = frozenset(current)

    def __contains__(self, item: tuple[str, str]) -> bool:
        name, phrase = item
        return phrase in self.classes.get(name, frozenset())

    def match(self, keys: Sequence[frozenset[str]]) -> list[tuple[int, int, str, str]]:
        """Find entries in a sequence of token key sets.

        ``keys[i]`` holds the surface form and lemmas of word ``i``. Returns
        ``(start, end, class, entry)`` for every match (word indices, end
        exclusive), longest entries first at each position.
        """
        found: list[tuple[int, int, str, str]] = []
        index = self._index
        n = len(keys)
        for i, token_keys in enumerate(keys):
            for key in token_keys:
                entries = index.get(key)
                if entries is None:
                    continue
                for parts, name, phrase in entries:
                    end = i + len(parts)
                    if end > n:
                        continue
                    # the second word first: it rules out most phrases without a loop
                    if end == i + 1 or (
                        parts[1] in keys[i + 1]
                        and all(parts[j] in keys[i + j] for j in range(2, len(parts)))
                    ):
                        found.append((i, end, name, phrase))
        if len(found) > 1:
            found.sort(key=_match_order)
        return found


def _match_order(m: tuple[int, int, str, str]) -> tuple[int, int]:
    return m[0], -(m[1] - m[0])


@lru_cache(maxsize=8)
def default_lexicon() -> Lexicon:
    return Lexicon()
