"""okrlint's word-by-word reading of lemminflect's tables answers exactly like
lemminflect's own loader, for every word of both tables."""

from __future__ import annotations

import gzip

import pytest

lemminflect = pytest.importorskip("lemminflect")

from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec  # noqa: E402
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec  # noqa: E402

from okrlint.language import lemma_tables  # noqa: E402


def _compare(own: dict, lazy: lemma_tables.LazyTable) -> None:
    assert set(lazy.keys()) == set(own)
    assert len(lazy) == len(own)
    for word, entry in own.items():
        assert lazy.get(word) == entry, word
        assert word in lazy
    assert lazy.get("qzxv-not-a-word", {}) == {}
    assert "qzxv-not-a-word" not in lazy
    with pytest.raises(KeyError):
        lazy["qzxv-not-a-word"]


def test_every_lemma_entry_matches_lemminflects_own_loader() -> None:
    path = lemminflect.Lemmatizer().lemma_lu_fn
    lazy = lemma_tables.LazyTable(lemma_tables.read_lines(path), lemma_tables.lemma_decoder())
    _compare(LemmaLUCodec.load(path), lazy)


def test_every_inflection_entry_matches_lemminflects_own_loader() -> None:
    path = lemminflect.Inflections().infl_lu_fn
    lazy = lemma_tables.LazyTable(
        lemma_tables.read_lines(path),
        lemma_tables.inflection_decoder(),
        lemma_tables.inflection_fixed(),
    )
    _compare(InflectionLUCodec.load(path), lazy)
    assert lazy.get("be")["VBD"] == ("was", "were")  # lemminflect's hard-coded auxiliaries


def test_a_table_not_sorted_by_word_is_refused() -> None:
    lines = ["grow,verb,grows", "make,verb,makes", "grow,noun,grows"]
    with pytest.raises(ValueError):
        lemma_tables.LazyTable(lines, lemma_tables.lemma_decoder())


def test_words_with_several_lines_are_merged_like_lemminflect_does(tmp_path) -> None:
    lines = ["record,noun,records", "record,verb,recorded,recorded,recording,records"]
    path = tmp_path / "t.csv.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    lazy = lemma_tables.LazyTable(
        lemma_tables.read_lines(str(path)), lemma_tables.inflection_decoder()
    )
    assert lazy.get("record") == InflectionLUCodec.load(str(path))["record"]
    assert set(lazy.get("record")) >= {"NNS", "VBD", "VBG"}


def test_the_analyser_runs_on_the_lazy_tables() -> None:
    from okrlint.language import nlp

    nlp._lemminflect()
    assert isinstance(lemminflect.Lemmatizer().lemma_dict, lemma_tables.LazyTable)
    assert isinstance(lemminflect.Inflections().infl_dict, lemma_tables.LazyTable)
    assert lemminflect.getAllLemmas("grew") == {"VERB": ("grow",)}
    assert "VBN" in lemminflect.getAllInflections("grow", upos="VERB")


def test_numbers_and_codes_never_load_lemminflect() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from okrlint.language.nlp import word_info\n"
        "for word in ('12', 'q3', '2026', 'the'):\n"
        "    word_info(word)\n"
        "assert 'lemminflect' not in sys.modules, 'loaded'\n"
        "word_info('grew')\n"
        "assert 'lemminflect' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
