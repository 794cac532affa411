"""lemminflect's lookup tables, decoded one word at a time.

lemminflect reads its two lookup tables (``lemma_lu.csv.gz``, 80k lines, and
``infl_lu.csv.gz``, 40k lines) into dicts of dicts of tuples on first use: about
0.35 s and 49 MB, of which a run needs a few thousand words. ``install`` gives
lemminflect's own lemmatizer and inflector a table that keeps the decompressed
lines in one text with an index of where they start (about 0.07 s and 3 MB), and
decodes a word's lines with lemminflect's own codec when it is asked for it.
lemminflect only ever calls ``.get(word, {})`` on these tables, and the answers are
the same as its own loader's (``tests/test_lemma_tables.py`` compares every word of both tables).

If lemminflect's internals are not what this expects (another version), or a
table is not sorted by word, nothing is installed and lemminflect loads its
tables its own way.
"""

from __future__ import annotations

import gzip
import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

Decoder = Callable[[list[str]], dict[str, Any]]


class LazyTable:
    """A read-only mapping from word to its decoded entry, decoded on demand, over
    stripped lines sorted by word (as lemminflect ships them and ``read_lines``
    gives them). The lines are kept as one text with an array of where each line
    starts, and a word is found by binary search: about 3 MB for both tables, where
    a list of lines and a dict by word took 22 MB."""

    def __init__(
        self, lines: list[str] | str, decode: Decoder, fixed: dict[str, Any] | None = None
    ) -> None:
        text = lines if isinstance(lines, str) else "\n".join(lines)
        starts = array("I", [0]) if text else array("I")
        starts.extend(match.end() for match in _NEWLINE_RE.finditer(text))
        self._text = text
        self._starts = starts
        words = _WORD_RE.findall(text) if text else []
        if words != sorted(words):
            raise ValueError("the table is not sorted by word")
        count = len(set(words))
        del words
        self._decode = decode
        # entries the loader sets after reading (lemminflect's auxiliaries and modals)
        self._decoded: dict[str, dict[str, Any]] = dict(fixed or {})
        self._count = count + sum(self._first(word) is None for word in self._decoded)

    def _word(self, index: int) -> str:
        return _WORD_RE.match(self._text, self._starts[index])[0]  # type: ignore[index]

    def _first(self, word: str) -> int | None:
        """The index of the first line of ``word``, or None."""
        low = bisect_left(range(len(self._starts)), word, key=self._word)
        return low if low < len(self._starts) and self._word(low) == word else None

    def _line(self, index: int) -> str:
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)
        return self._text[self._starts[index] : end]

    def get(self, word: str, default: Any = None) -> Any:
        found = self._decoded.get(word)
        if found is None:
            first = self._first(word)
            if first is None:
                return default
            last = first
            while last + 1 < len(self._starts) and self._word(last + 1) == word:
                last += 1
            found = self._decode([self._line(i) for i in range(first, last + 1)])
            self._decoded[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._decoded or self._first(word) is not None)

    def __getitem__(self, word: str) -> dict[str, Any]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __len__(self) -> int:
        return self._count

    def keys(self) -> Any:
        words = dict.fromkeys(self._word(index) for index in range(len(self._starts)))
        words.update(dict.fromkeys(self._decoded))
        return words.keys()


#: where a line starts (after each newline), and the word that opens each line
_NEWLINE_RE = re.compile("\n")
_WORD_RE = re.compile(r"^[^,\n]*", re.MULTILINE)


def read_lines(path: str) -> str:
    """The table's lines, stripped, without empty ones, as one text."""
    with open(path, "rb") as handle:
        text = gzip.decompress(handle.read()).decode()
    return "\n".join(line for line in (raw.strip() for raw in text.split("\n")) if line)


def lemma_decoder() -> Decoder:
    """What ``LemmaLUCodec.load`` builds for one word, from that word's lines."""
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    def decode(lines: list[str]) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        for line in lines:
            _, category, forms = LemmaLUCodec.fromString(line)
            entry[categoryToUPos(category)] = forms
        return entry

    return decode


def inflection_decoder() -> Decoder:
    """What ``InflectionLUCodec.load`` builds for one word, from that word's lines."""
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    def decode(lines: list[str]) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        for line in lines:
            entry.update(InflectionLUCodec.fromString(line)[2])
        return entry

    return decode


def inflection_fixed() -> dict[str, Any]:
    """The entries ``InflectionLUCodec.load`` writes over what it read (auxiliaries
    and modals, which do not follow the table's rules)."""
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec

    return dict(InflectionLUCodec.updateForAuxMod({}))


def install(lemminflect: Any) -> bool:
    """Give lemminflect's lemmatizer and inflector lazy tables; False when its
    internals are not as expected (it then loads its own tables as usual)."""
    try:
        lemmatizer = lemminflect.Lemmatizer()
        inflections = lemminflect.Inflections()
        if hasattr(lemmatizer, "lemma_dict") or hasattr(inflections, "infl_dict"):
            return False  # already loaded its own way
        if not callable(getattr(lemmatizer, "_getLemmaDict", None)) or not callable(
            getattr(inflections, "_getInflDict", None)
        ):
            return False
        lemma_table = LazyTable(read_lines(lemmatizer.lemma_lu_fn), lemma_decoder())
        inflection_table = LazyTable(
            read_lines(inflections.infl_lu_fn), inflection_decoder(), inflection_fixed()
        )
    except (AttributeError, ImportError, OSError, ValueError, EOFError, IndexError, zlib.error):
        return False
    lemmatizer.lemma_dict = lemma_table
    inflections.infl_dict = inflection_table
    return True
