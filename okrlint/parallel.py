"""Forked helper processes for large folders, with the work split by file.

Two stages use them, each through ``fork_map`` (Linux only):

- **prepare** (``prepare``): loading (reading, composing, positions), schema
  validation and the language analysis of each file's statements, split by file;
- **item rules** (``okrlint.engine.run_rules``): the rules that judge one
  document, objective, key result or KPI, split by document, after the whole
  goal set is built (cross-file rules run in the main process meanwhile).

The main process does one share of the work itself while the forked children do
the others, so N cores give N workers. A child inherits everything the parent
holds (settings, the goal set, the imported analyser) without any transfer, and
sends back ``marshal`` data of plain values, so what the parent builds from it
is exactly what it would have built itself. A child that fails or dies is not
trusted: its share is done again in the main process.

Helpers are used only above ``MIN_FILES`` files or ``MIN_STATEMENTS`` fresh
statements, where they pay for themselves. ``OKRLINT_WORKERS=N`` sets the
number of processes, the main one included (``0`` or ``1``: no helpers).
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

MIN_FILES = 100
MIN_STATEMENTS = 4000
MAX_WORKERS = 8

T = TypeVar("T")
P = TypeVar("P")


def worker_count(items: int, minimum: int) -> int:
    """How many processes (the main one included) to use for ``items`` pieces of
    work; 0 when helpers are not worth it."""
    if items < minimum or not sys.platform.startswith("linux"):
        return 0
    env = os.environ.get("OKRLINT_WORKERS", "").strip()
    if env:
        try:
            wanted = int(env)
        except ValueError:
            wanted = 0
    else:
        try:
            wanted = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            wanted = os.cpu_count() or 1
    wanted = min(wanted, MAX_WORKERS, items // max(1, minimum // 2))
    return wanted if wanted >= 2 else 0


def chunks(items: Sequence[P], count: int) -> list[list[P]]:
    """``count`` contiguous slices of about equal size (order is kept)."""
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        if end > start:
            out.append(list(items[start:end]))
        start = end
    return out


def fork_map(
    function: Callable[[P], T],
    parts: Sequence[P],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> list[T]:
    """``[function(part) for part in parts]``, the first part in this process and
    each other part in a forked child.

    A child's result travels as ``marshal.dumps(encode(result))`` and comes back
    through ``decode``. When a child fails (an exception, a signal, memory) or
    its answer does not decode, its part is done here instead.
    """
    children: list[tuple[int, int]] = []
    for part in parts[1:]:
        child = _fork(function, part, encode)
        if child is None:
            break
        children.append(child)
    results = [function(parts[0])]
    for index, part in enumerate(parts[1:]):
        value: Any = None
        if index < len(children):
            pid, read_end = children[index]
            value = _collect(pid, read_end, decode)
        results.append(function(part) if value is None else value)
    return results


def _fork(
    function: Callable[[P], T], part: P, encode: Callable[[T], Any]
) -> tuple[int, int] | None:
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # the child: compute, send, and leave without running atexit hooks
        status = 0
        gc.disable()  # short-lived; collections would only copy the parent's pages
        try:
            os.close(read_end)
            payload = marshal.dumps(encode(function(part)))
            with os.fdopen(write_end, "wb") as out:
                out.write(payload)
        except BaseException:  # the parent redoes the part
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _collect(pid: int, read_end: int, decode: Callable[[Any], T]) -> T | None:
    with os.fdopen(read_end, "rb") as handle:
        payload = handle.read()  # read before waiting: a full pipe would block the child
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    if status != 0 or not payload:
        return None
    try:
        return decode(marshal.loads(payload))
    except (ValueError, TypeError, KeyError, IndexError, EOFError):
        return None


# -- prepare: load, validate and analyse files ------------------------------------


@dataclass
class Prepared:
    """What ``prepare`` did: the documents in order, schema findings by path, and
    the facts of the statements that were analysed."""

    docs: list[Any] = field(default_factory=list)
    schema: dict[str, list[Any]] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)


def prepare(
    jobs: list[tuple[str, str, int, bytes | None, bool]],
    language: bool,
    model: str | None,
    facts_cache: Any = None,
) -> Prepared | None:
    """Load ``(path, display, max_bytes, raw bytes or None, reported)`` jobs, validate
    them and (with ``language``) analyse the statements of the reported ones that
    ``facts_cache`` does not know, split over processes; None when helpers are not
    worth it (the caller then does each step itself)."""
    count = worker_count(len(jobs), MIN_FILES)
    if not count:
        return None

    if language:
        _warm_up(model)

    def one_share(share: list[tuple[str, str, int, bytes | None, bool]]) -> Prepared:
        return _prepare_share(share, language, model, facts_cache)

    shares = fork_map(one_share, chunks(jobs, count), _prepared_to_value, _prepared_from_value)
    out = Prepared()
    for share in shares:
        out.docs.extend(share.docs)
        out.schema.update(share.schema)
        out.facts.update(share.facts)
    return out


def _prepare_share(
    jobs: list[tuple[str, str, int, bytes | None, bool]],
    language: bool,
    model: str | None,
    facts_cache: Any,
) -> Prepared:
    from okrlint import schema
    from okrlint.checks.language import statements_of
    from okrlint.load import load_bytes, load_file
    from okrlint.model import build_document

    out = Prepared()
    statements: dict[str, None] = {}
    for path, display, max_bytes, raw, reported in jobs:
        doc = (
            load_bytes(raw, display, max_bytes=max_bytes)
            if raw is not None
            else load_file(path, display, max_bytes)
        )
        out.docs.append(doc)
        out.schema[doc.path] = schema.validate(doc) if doc.ok else []
        if language and reported and doc.ok:
            statements.update(dict.fromkeys(statements_of(build_document(doc))))
    texts = list(statements)
    if texts and facts_cache is not None:
        known = facts_cache.get_many(texts)
        texts = [text for text in texts if text not in known]
    if texts:
        from okrlint.language import get_analyser

        out.facts = dict(zip(texts, get_analyser(model).analyse(texts), strict=True))
    return out


def _prepared_to_value(prepared: Prepared) -> tuple[Any, ...]:
    from okrlint.cache import finding_to_value, loaded_to_value

    docs = tuple((doc.path, doc.text, loaded_to_value(doc)) for doc in prepared.docs)
    schema = {
        path: tuple(finding_to_value(f) for f in found) for path, found in prepared.schema.items()
    }
    facts = {text: facts.to_dict() for text, facts in prepared.facts.items()}
    return docs, schema, facts, words_to_value()


def _prepared_from_value(value: Any) -> Prepared:
    from okrlint.cache import finding_from_value, loaded_from_value

    docs, schema, facts, words = value
    out = Prepared()
    out.docs = [loaded_from_value(loaded, path, text) for path, text, loaded in docs]
    out.schema = {path: [finding_from_value(f) for f in found] for path, found in schema.items()}
    out.facts = _facts_from_values(facts)
    words_from_value(words)
    return out


# -- language analysis alone --------------------------------------------------------


def analyse(texts: list[str], model: str | None) -> list[Any]:
    """``get_analyser(model).analyse(texts)``, split over processes when there are many."""
    from okrlint.language import get_analyser

    count = worker_count(len(texts), MIN_STATEMENTS)
    if not count:
        return get_analyser(model).analyse(texts)

    _warm_up(model)

    def one_share(share: list[str]) -> dict[str, Any]:
        return dict(zip(share, get_analyser(model).analyse(share), strict=True))

    def to_value(facts: dict[str, Any]) -> tuple[Any, ...]:
        return {text: value.to_dict() for text, value in facts.items()}, words_to_value()

    def from_value(value: Any) -> dict[str, Any]:
        facts, words = value
        words_from_value(words)
        return _facts_from_values(facts)

    found: dict[str, Any] = {}
    for share in fork_map(one_share, chunks(texts, count), to_value, from_value):
        found.update(share)
    return [found[text] for text in texts]


def _warm_up(model: str | None) -> None:
    """Load spaCy and lemminflect's tables (~150 MB, ~0.8 s) once, before forking,
    so that the children share them instead of each loading its own."""
    from okrlint.language import get_analyser

    get_analyser(model).analyse(["Grow weekly active teams"])


def _facts_from_values(values: dict[str, Any]) -> dict[str, Any]:
    from okrlint.language.facts import Facts

    out = {}
    for text, value in values.items():
        value["tokens"] = [sys.intern(token) for token in value.get("tokens", ())]
        out[text] = Facts.from_dict(value)
    return out


def words_to_value() -> dict[str, Any]:
    """The words a child looked up in lemminflect (while analysing statements or
    running the classifiers), as plain values. The parent adds them to its own, so
    that the cache keeps them and a later run whose statements are all known needs
    neither spaCy nor lemminflect's tables."""
    if "okrlint.language.nlp" not in sys.modules:
        return {}
    from okrlint.language import nlp

    return nlp.export_words()


def words_from_value(words: Any) -> None:
    if not isinstance(words, dict) or not words:
        return
    from okrlint.language import nlp

    nlp.preload_words(words)
    nlp.note_new_words(words)
