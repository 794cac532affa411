"""lemminflect's lookup tables, decoded one word at a time.

lemminflect reads its two lookup tables (``lemma_lu.csv.gz``, 80k lines, and
``infl_lu.csv.gz``, 40k lines) into dicts of dicts of tuples on first use: about
0.35 s and 49 MB, of which a run needs a few thousand words. ``install`` gives
lemminflect's own lemmatizer and inflector a table that keeps the decompressed
lines and an index by word (about 0.07 s and 22 MB), and decodes a word's lines
with lemminflect's own codec when it is asked for it. lemminflect only ever calls
``.get(word, {})`` on these tables, and the answers are the same as its own
loader's (``tests/test_lemma_tables.py`` compares every word of both tables).

If lemminflect's internals are not what this expects (another version), or a
table is not grouped by word, nothing is installed and lemminflect loads its
tables its own way.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable
from typing import Any

Decoder = Callable[[list[str]], dict[str, Any]]


class LazyTable:
    """A read-only mapping from word to its decoded entry, decoded on demand, over
    stripped lines grouped by word (as ``read_lines`` gives them)."""

    def __init__(
        self, lines: list[str], decode: Decoder, fixed: dict[str, Any] | None = None
    ) -> None:
        words = [line.split(",", 1)[0] for line in lines]
        count = len(words)
        self._lines = lines
        self._last = dict(zip(words, range(count), strict=True))
        first = dict(zip(reversed(words), range(count - 1, -1, -1), strict=True))
        if sum(self._last.values()) - sum(first.values()) + len(self._last) != count:
            raise ValueError("the table is not grouped by word")
        del first  # a word's first line is found from its last (they are adjacent)
        self._decode = decode
        # entries the loader sets after reading (lemminflect's auxiliaries and modals)
        self._decoded: dict[str, dict[str, Any]] = dict(fixed or {})
        for word in self._decoded:
            self._last.setdefault(word, -1)

    def get(self, word: str, default: Any = None) -> Any:
        found = self._decoded.get(word)
        if found is None:
            last = self._last.get(word)
            if last is None:
                return default
            first, lines, prefix = last, self._lines, word + ","
            while first > 0 and lines[first - 1].startswith(prefix):
                first -= 1
            found = self._decode(lines[first : last + 1])
            self._decoded[word] = found
        return found

    def __contains__(self, word: object) -> bool:
        return word in self._last

    def __getitem__(self, word: str) -> dict[str, Any]:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __len__(self) -> int:
        return len(self._last)

    def keys(self) -> Any:
        return self._last.keys()


def read_lines(path: str) -> list[str]:
    with open(path, "rb") as handle:
        text = gzip.decompress(handle.read()).decode()
    return [line.strip() for line in text.split("\n") if line.strip()]


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
