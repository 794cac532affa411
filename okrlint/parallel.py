"""Worker processes for large folders, with the work split by file.

Loading (reading, composing, positions) is split by file and language analysis
by statement; rules then run in the main process, which needs the whole goals
folder for cross-file rules. Workers are forked (Linux) and used only above
``MIN_FILES`` files or ``MIN_STATEMENTS`` fresh statements, where they pay for
themselves; results come back as ``marshal`` data of plain values, so what the
main process builds is exactly what it would have built itself.

``OKRLINT_WORKERS=N`` sets the number of processes (``0`` or ``1``: none).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
from collections.abc import Sequence
from typing import Any

MIN_FILES = 500
MIN_STATEMENTS = 4000
MAX_WORKERS = 8

_POOL: Any = None
_POOL_SIZE = 0


def worker_count(items: int, minimum: int) -> int:
    """How many worker processes to use for ``items`` pieces of work (0: none)."""
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


def _pool(size: int) -> Any:
    global _POOL, _POOL_SIZE
    if _POOL is not None and size == _POOL_SIZE:
        return _POOL
    shutdown()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _POOL = ProcessPoolExecutor(size, mp_context=multiprocessing.get_context("fork"))
    _POOL_SIZE = size
    return _POOL


def shutdown() -> None:
    global _POOL, _POOL_SIZE
    if _POOL is not None:
        _POOL.shutdown(wait=True, cancel_futures=True)
        _POOL, _POOL_SIZE = None, 0


atexit.register(shutdown)


def _chunks(items: Sequence[Any], count: int) -> list[list[Any]]:
    """``count`` contiguous slices of about equal size (order is kept)."""
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        if end > start:
            out.append(list(items[start:end]))
        start = end
    return out


# -- loading ---------------------------------------------------------------------


def _load_chunk(jobs: list[tuple[str, str, int, bytes | None]]) -> bytes:
    from okrlint.cache import finding_to_value
    from okrlint.load import load_bytes, load_file

    out = []
    for path, display, max_bytes, raw in jobs:
        doc = (
            load_bytes(raw, display, max_bytes=max_bytes)
            if raw is not None
            else load_file(path, display, max_bytes)
        )
        out.append(
            (
                doc.text,
                doc.data,
                doc.positions,
                doc.key_positions,
                tuple(finding_to_value(f) for f in doc.findings),
            )
        )
    return marshal.dumps(out)


def load_many(jobs: list[tuple[str, str, int, bytes | None]]) -> list[Any] | None:
    """Load ``(path, display, max_bytes, raw bytes or None)`` jobs in workers, in order;
    None when workers are not worth it (the caller loads in-process)."""
    count = worker_count(len(jobs), MIN_FILES)
    if not count:
        return None
    from okrlint.cache import finding_from_value
    from okrlint.load import LoadedDocument

    docs: list[Any] = []
    try:
        results = list(_pool(count).map(_load_chunk, _chunks(jobs, count * 2)))
    except Exception:  # a worker died (memory, signal): do the work here instead
        shutdown()
        return None
    for blob, chunk in zip(results, _chunks(jobs, count * 2), strict=True):
        for (_, display, _, _), value in zip(chunk, marshal.loads(blob), strict=True):
            text, data, positions, key_positions, findings = value
            docs.append(
                LoadedDocument(
                    path=display,
                    text=text,
                    data=data,
                    positions=positions,
                    key_positions=key_positions,
                    findings=[finding_from_value(f) for f in findings],
                )
            )
    return docs


# -- language analysis -----------------------------------------------------------


def _analyse_chunk(model: str | None, texts: list[str]) -> bytes:
    from okrlint.language import get_analyser, nlp

    analysed = get_analyser(model).analyse(texts)
    _warm_words(analysed)
    facts = [facts.to_dict() for facts in analysed]
    # lemminflect's answers too, so the main process need not load its tables
    return marshal.dumps((facts, nlp.export_words()))


def _warm_words(analysed: list[Any]) -> None:
    """Run the classifiers once here, so that the words they look up in lemminflect
    travel back with the facts: the main process then never imports lemminflect
    (which imports spaCy) just to judge statements analysed here."""
    from okrlint.language import classify

    for facts in analysed:
        for judge in (
            classify.solution_hit,
            classify.binary_hit,
            classify.maintain_hit,
            classify.vague_hit,
            classify.objective_quantity_hit,
            classify.lagging_kr_hit,
            classify.dependency_hit,
        ):
            with contextlib.suppress(Exception):  # a warm-up: the rules run them for real
                judge(facts, {})


def analyse(texts: list[str], model: str | None) -> list[Any]:
    """``get_analyser(model).analyse(texts)``, in workers when there are many."""
    from okrlint.language.facts import Facts

    count = worker_count(len(texts), MIN_STATEMENTS)
    if count:
        chunks = _chunks(texts, count * 2)
        try:
            pool = _pool(count)
            futures = [pool.submit(_analyse_chunk, model, chunk) for chunk in chunks]
            from okrlint.language import nlp

            values = []
            for future in futures:
                facts, words = marshal.loads(future.result())
                values.extend(facts)
                nlp.preload_words(words)
                nlp.note_new_words(words)
        except Exception:  # a worker died: analyse here instead
            shutdown()
        else:
            return [_facts(Facts, value) for value in values]
    from okrlint.language import get_analyser

    return get_analyser(model).analyse(texts)


def _facts(cls: Any, value: dict[str, Any]) -> Any:
    value["tokens"] = [sys.intern(token) for token in value.get("tokens", ())]
    return cls.from_dict(value)
