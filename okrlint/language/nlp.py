"""spaCy and lemminflect, loaded only when first needed.

Nothing here imports spaCy at module import time, and nothing is ever
downloaded: ``load_pipeline(model)`` tries ``spacy.load(model)`` for an
installed trained pipeline and otherwise falls back to the tokenizer of
``spacy.blank("en")`` (``BlankEnglish``). Lemmas and part-of-speech hints then
come from lemminflect's per-UPOS lemma tables, which ship inside the pip package.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

_PIPELINES: dict[str | None, tuple[Any, bool]] = {}
_LOCK = threading.Lock()

#: The passive with "get": "I get promoted", "All engineers get trained".
GET_FORMS = frozenset(["get", "gets", "got", "getting"])

#: Closed-class words: lemminflect's tables do not cover them reliably.
FUNCTION_WORDS: dict[str, str] = {
    **dict.fromkeys(
        [
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "our",
            "their",
            "its",
            "my",
            "your",
            "his",
            "her",
            "all",
            "every",
            "each",
            "both",
            "any",
            "some",
            "no",
        ],
        "DET",
    ),
    **dict.fromkeys(
        [
            "of",
            "to",
            "from",
            "by",
            "in",
            "within",
            "on",
            "at",
            "for",
            "with",
            "without",
            "per",
            "via",
            "through",
            "across",
            "among",
            "below",
            "under",
            "above",
            "over",
            "during",
            "before",
            "after",
            "until",
            "till",
            "into",
            "onto",
            "about",
            "against",
            "between",
            "beyond",
            "than",
            "around",
            "toward",
            "towards",
        ],
        "ADP",
    ),
    **dict.fromkeys(["and", "or", "but", "nor", "so", "while", "because"], "CCONJ"),
    **dict.fromkeys(
        ["who", "whom", "whose", "which", "where", "when", "what", "why", "how"], "PRON"
    ),
    **dict.fromkeys(
        ["we", "us", "i", "me", "you", "they", "them", "it", "he", "she", "one"], "PRON"
    ),
    **dict.fromkeys(
        [
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "am",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
        ],
        "AUX",
    ),
    **dict.fromkeys(
        ["will", "would", "shall", "should", "can", "could", "may", "might", "must"], "AUX"
    ),
    **dict.fromkeys(["not", "never"], "PART"),
}


def pipeline_loaded(model: str | None = None) -> bool:
    """Whether ``load_pipeline(model)`` would return at once (spaCy is loaded)."""
    return model in _PIPELINES


def load_pipeline(model: str | None = None) -> tuple[Any, bool]:
    """Return ``(nlp, has_tagger)``, loading spaCy on first use.

    ``model`` names an installed pipeline such as ``"en_core_web_sm"``; when it
    is missing or broken, fall back quietly to a blank English pipeline.
    """
    with _LOCK:
        cached = _PIPELINES.get(model)
        if cached is not None:
            return cached
        import spacy  # lazy: spaCy is heavy and only needed when analysing

        nlp: Any = None
        has_tagger = False
        if model:
            try:
                nlp = spacy.load(model, exclude=["ner", "textcat"])
                has_tagger = "tagger" in nlp.pipe_names or "morphologizer" in nlp.pipe_names
            except (OSError, ImportError, ValueError) as exc:  # not installed
                log.debug("spaCy model %r not available (%s); using a blank pipeline", model, exc)
                nlp = None
        if nlp is None:
            nlp = BlankEnglish()
        _PIPELINES[model] = (nlp, has_tagger)
        return nlp, has_tagger


class BlankEnglish:
    """``spacy.blank("en")`` as the analyser uses it: ``pipe(texts)`` gives the same Docs.

    A blank pipeline is its tokenizer alone; this builds that tokenizer the way spaCy's
    "spacy.Tokenizer.v1" factory does (English defaults: vocabulary, affix patterns,
    token and URL matches, special cases), without the config machinery (~0.07 s less).

    The 1,347 special cases ("don't", "e.g.", ":)"...) take most of the rest, so small
    batches add only those that can apply to them. spaCy applies a special case where a
    whitespace-delimited chunk, or a piece of one, equals its string (a hash lookup),
    and where a token sequence matches its tokens and the span's text equals its string
    (the PhraseMatcher pass). Either way the string without whitespace is in the text
    without whitespace; any other special case is never looked up or matched, so it
    cannot change a token (save a 64-bit hash collision). Each addition flushes the
    tokenizer's cache, so cached chunks never miss a special case.
    """

    #: Language.max_length: longer texts raise the same error as a blank pipeline.
    max_length = 10**6
    #: Special cases are selected for the first this many characters of text (in all,
    #: ~0.6 ms per 1,000); past that all are added (~0.05 s).
    SELECT_CHARS = 20_000

    def __init__(self) -> None:
        from spacy.attrs import ORTH
        from spacy.lang.en import English
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
        from spacy.vocab import create_vocab

        defaults = English.Defaults
        self.tokenizer = Tokenizer(
            create_vocab("en", defaults),
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        self.vocab = self.tokenizer.vocab
        # special cases not added yet, in spaCy's order: string -> (string less
        # whitespace, tokens)
        exceptions = dict(defaults.tokenizer_exceptions)
        # contractions in capitals, as headlines write them ("I'M GOING TO ...", "WE'LL"),
        # split as spaCy splits them in lower case
        for string, tokens in list(exceptions.items()):
            upper = string.upper()
            if "'" in string and upper != string and upper not in exceptions:
                exceptions[upper] = [{**t, ORTH: t[ORTH].upper()} for t in tokens]
        self._pending: dict[str, tuple[str, Any]] = {
            string: ("".join(string.split()), tokens)
            for string, tokens in sorted(exceptions.items())
        }
        self._select_budget = self.SELECT_CHARS
        self._lock = threading.Lock()

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Any]:
        """Tokenize ``texts`` (``batch_size`` is accepted for ``Language.pipe``'s sake)."""
        texts = list(texts)
        self._add_special_cases(texts)
        tokenizer = self.tokenizer
        for text in texts:
            if len(text) > self.max_length:
                from spacy.errors import Errors

                raise ValueError(Errors.E088.format(length=len(text), max_length=self.max_length))
            yield tokenizer(text)

    def __call__(self, text: str) -> Any:
        return next(self.pipe([text]))

    def _add_special_cases(self, texts: list[str]) -> None:
        with self._lock:
            if not self._pending:
                return
            size = sum(map(len, texts))
            if size > self._select_budget:
                wanted = list(self._pending)
            else:
                self._select_budget -= size
                joined = "".join("".join(texts).split())
                wanted = [s for s, (squashed, _) in self._pending.items() if squashed in joined]
            for string in wanted:
                self.tokenizer.add_special_case(string, self._pending.pop(string)[1])


@dataclass(frozen=True)
class WordInfo:
    """What lemminflect knows about one lower-case word."""

    lower: str
    lemmas: dict[str, tuple[str, ...]]  # UPOS -> lemmas
    keys: frozenset[str]  # the word and every lemma: what vocabulary entries match
    is_vbn: bool  # a past participle of some verb
    is_vbg: bool  # an -ing form of some verb
    is_verb_base: bool  # the base form of a verb
    is_plural_noun: bool
    is_comparative: bool  # faster, better, more, fewer...
    function: str | None  # closed-class tag (DET, ADP, AUX...) or None

    @property
    def upos(self) -> frozenset[str]:
        return frozenset(self.lemmas)

    @property
    def is_plain_plural_noun(self) -> bool:
        """A plural noun that cannot be read as an adjective, adverb or function word
        ("interviews", not "flat" or "below"): what a noun before it modifies."""
        return (
            self.is_plural_noun and not self.function and not ({"ADJ", "ADV"} & self.lemmas.keys())
        )

    def lemma(self, upos: str | None = None) -> str:
        """Best lemma; ``upos`` says which reading to prefer."""
        if self.function:
            return self.lower
        lemmas = self.lemmas
        if upos and upos in lemmas:
            return lemmas[upos][0]
        for pos in _LEMMA_ORDER:
            if pos in lemmas:
                return lemmas[pos][0]
        return self.lower


_LEMMA_ORDER = ("NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX")


_COMPARATIVES = frozenset(
    ["better", "more", "fewer", "less", "lower", "higher", "greater", "worse"]
)


@lru_cache(maxsize=1)
def _lemminflect() -> Any:
    import lemminflect

    from okrlint.language.lemma_tables import install

    install(lemminflect)  # its tables, decoded word by word (see lemma_tables)
    return lemminflect


_PRELOADED: dict[str, Any] = {}
_NEW_WORDS: dict[str, Any] = {}


def preload_words(values: dict[str, Any]) -> None:
    """Answers of earlier runs (from the on-disk cache), tried before lemminflect."""
    _PRELOADED.update(values)


def note_new_words(values: dict[str, Any]) -> None:
    """Words looked up elsewhere (a worker process), to be saved in the cache."""
    _NEW_WORDS.update(values)


def words_changed() -> bool:
    return bool(_NEW_WORDS)


def export_words() -> dict[str, Any]:
    """The words looked up in lemminflect during this run, as plain values."""
    out = dict(_NEW_WORDS)
    _NEW_WORDS.clear()
    return out


def _info_to_value(info: WordInfo) -> tuple[Any, ...]:
    return (
        info.lemmas,
        tuple(sorted(info.keys)),
        info.is_vbn,
        info.is_vbg,
        info.is_verb_base,
        info.is_plural_noun,
        info.is_comparative,
        info.function,
    )


def _info_from_value(lower: str, value: Any) -> WordInfo:
    lemmas, keys, vbn, vbg, base, plural, comparative, function = value
    if not isinstance(lemmas, dict) or not all(
        isinstance(k, str) and isinstance(v, tuple) for k, v in lemmas.items()
    ):
        raise ValueError("bad lemmas")
    flags = (vbn, vbg, base, plural, comparative)
    if not all(isinstance(flag, bool) for flag in flags) or not isinstance(keys, tuple):
        raise ValueError("bad flags")
    return WordInfo(
        lower=lower,
        lemmas=lemmas,
        keys=frozenset(keys),
        is_vbn=vbn,
        is_vbg=vbg,
        is_verb_base=base,
        is_plural_noun=plural,
        is_comparative=comparative,
        function=function if isinstance(function, str) else None,
    )


@lru_cache(maxsize=200_000)
def word_info(lower: str) -> WordInfo:
    """Look a lower-case word up in lemminflect's tables (cached, also on disk)."""
    known = _PRELOADED.get(lower)
    if known is not None:
        try:
            return _info_from_value(lower, known)
        except (TypeError, ValueError):
            pass
    info = _lookup(lower)
    _NEW_WORDS[lower] = _info_to_value(info)
    return info


def _lookup(lower: str) -> WordInfo:
    function = FUNCTION_WORDS.get(lower)
    lemmas: dict[str, tuple[str, ...]] = {}
    oov_verb = False  # a verb lemminflect does not know, guessed from its ending
    if function is None and lower.isalpha():
        # only words need lemminflect: numbers and codes ("12", "q3") never load it
        li = _lemminflect()
        lemmas = dict(li.getAllLemmas(lower))
        if not lemmas and len(lower) > 4:
            if lower.endswith("s") and not lower.endswith("ss"):
                lemmas = {"NOUN": tuple(li.getAllLemmasOOV(lower, "NOUN")["NOUN"])}
            elif lower.endswith("ed") or lower.endswith("ing"):
                lemmas = {"VERB": tuple(li.getAllLemmasOOV(lower, "VERB")["VERB"])}
                oov_verb = True
    keys = {lower}
    for values in lemmas.values():
        keys.update(values)
    is_vbn = is_vbg = is_base = False
    for verb in lemmas.get("VERB", ()):
        forms = _lemminflect().getAllInflections(verb, upos="VERB")
        if not forms and oov_verb:
            # "onboarded", "upskilled": a participle of a verb the tables lack
            forms = _lemminflect().getAllInflectionsOOV(verb, upos="VERB")
        if lower in forms.get("VBN", ()) or (
            lower.endswith("ed") and lower in forms.get("VBD", ())
        ):
            is_vbn = True
        if lower in forms.get("VBG", ()):
            is_vbg = True
        if lower == verb:
            is_base = True
    if not is_vbg and lower.endswith("ing") and "VERB" in lemmas:
        is_vbg = True
    plural = any(lower != lemma and lower.endswith("s") for lemma in lemmas.get("NOUN", ()))
    adj = lemmas.get("ADJ", ()) + lemmas.get("ADV", ())
    comparative = lower in _COMPARATIVES or (
        lower.endswith("er") and any(lemma != lower for lemma in adj)
    )
    return WordInfo(
        lower=lower,
        lemmas=lemmas,
        keys=frozenset(keys),
        is_vbn=is_vbn,
        is_vbg=is_vbg,
        is_verb_base=is_base,
        is_plural_noun=plural,
        is_comparative=comparative,
        function=function,
    )


def simple_words(text: str) -> list[str]:
    """Lower-case words of a short text without spaCy (for names and regex rules)."""
    import re

    return [w for w in re.split(r"[^0-9a-z]+", text.lower()) if w]
