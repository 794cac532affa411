"""Forked helper processes for large folders, with the work split by file.

Two stages use them, each through ``fork_map`` (Linux only):

- **prepare** (``prepare``): loading (reading, composing, positions), schema
  validation and the language analysis of each file's statements, split by file
  (helpers start loading while the main process imports spaCy, so they leave
  their statements to the item rules);
- **item rules** (``okrlint.engine.run_rules``): the rules that judge one
  document, objective, key result or KPI, split by document, after the whole
  goal set is built; the statements of a part that no process has analysed yet
  are analysed first, by the process that took the part (forked from the warm
  main process, so spaCy is loaded once). The main process runs the cross-file rules, then joins in.

The main process and ``N - 1`` forked children take parts of about
``PART_FILES`` files (or ``PART_STATEMENTS`` statements) from a shared queue as
they become free, so N cores give N workers and a slower process just takes
fewer parts. A child inherits everything the parent holds (settings, the goal
set, the imported analyser) without any transfer, and sends back ``marshal``
data of plain values, so what the parent builds from it is exactly what it
would have built itself. A child that fails or dies is not trusted: the parts
it took are done again in the main process.

Helpers are used only above ``MIN_FILES`` files or ``MIN_STATEMENTS`` fresh
statements, where they pay for themselves. ``OKRLINT_WORKERS=N`` sets the
number of processes, the main one included (``0`` or ``1``: no helpers).
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

MIN_FILES = 100
MIN_STATEMENTS = 4000
MAX_WORKERS = 8

T = TypeVar("T")
P = TypeVar("P")


def can_fork() -> bool:
    """Forking without exec is safe and cheap here (Linux), and this is the process's
    only thread: a child forked while another thread holds a lock (an import's, the
    allocator's) would wait for it forever, so a library caller's threads lint in
    their own process, one file after another."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def worker_count(items: int, minimum: int) -> int:
    """How many processes (the main one included) to use for ``items`` pieces of
    work; 0 when helpers are not worth it."""
    if items < minimum or not can_fork():
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


PART_FILES = 20
PART_STATEMENTS = 500
"""Work is handed out in parts of about this many files or statements: small
enough to even out two processes' finishing times, large enough to batch."""


def split(items: Sequence[P], workers: int, per_part: int) -> list[list[P]]:
    """``items`` in contiguous parts of about ``per_part`` (at least one per worker)."""
    wanted = -(-len(items) // max(1, per_part))
    return chunks(items, min(MAX_PARTS, max(workers, wanted)))


def fork_map(
    function: Callable[[P], T],
    parts: Sequence[P],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
    workers: int = 2,
    meanwhile: Callable[[], None] | None = None,
) -> list[T]:
    """``[function(part) for part in parts]``, computed by ``workers`` processes: this
    one and ``workers - 1`` forked children, each taking the next part not yet taken
    whenever it is free (so a slower process simply takes fewer parts).

    Parts are handed out through a pipe holding their indices. A child sends each
    result as soon as it has it, as a frame of ``marshal.dumps((index,
    encode(result)))``; this process decodes the frames that have arrived between
    its own parts, so little is left to decode when the last part is done. When a
    child fails (an exception, a signal, memory) or a frame does not decode, none
    of its results are used: the parts it took are done here instead.

    ``meanwhile`` is work for this process alone, done after forking and before
    it takes parts.
    """
    if workers < 2 or len(parts) < 2:
        if meanwhile is not None:
            meanwhile()
        return [function(part) for part in parts]
    if len(parts) > MAX_PARTS:
        raise ValueError(f"at most {MAX_PARTS} parts")
    queue_read, queue_write = os.pipe()
    try:
        os.write(queue_write, b"".join(i.to_bytes(2, "little") for i in range(len(parts))))
    finally:
        os.close(queue_write)
    children: list[_Child] = []
    # objects that exist now are shared with the children page by page: keep this
    # process's collections off them until the children are done, so that the
    # collector's writes do not copy those pages (Python's documented fork advice);
    # a caller that froze objects itself keeps them frozen
    caller_froze = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        for _ in range(min(workers, len(parts)) - 1):
            child = _fork(function, parts, encode, queue_read)
            if child is None:
                break
            children.append(child)
        if meanwhile is not None:
            meanwhile()
        results: dict[int, T] = {}
        for index in _claims(queue_read):
            results[index] = function(parts[index])
            for child in children:
                child.receive(decode, len(parts))
        os.close(queue_read)
        for child in children:
            for index, value in child.finish(decode, len(parts)):
                results.setdefault(index, value)
    except BaseException:
        _stop(children)  # this process failed (or was interrupted): end the helpers too
        raise
    finally:
        if not caller_froze:
            gc.unfreeze()  # a library caller's later collections see them again
    return [
        results[index] if index in results else function(part) for index, part in enumerate(parts)
    ]


MAX_PARTS = 2_000
"""Two bytes per part are written to the queue pipe before forking, so they must
fit in its buffer: 4,000 bytes fit in one page, the smallest a Linux pipe gets."""

_PIPE_BYTES = 1 << 20
"""Results pipes are enlarged to this (Linux's default limit for a user) when
allowed, so that a child rarely waits for this process to read a frame."""

_FRAME_HEADER = 8  # the length of the marshal data that follows, little-endian


def _claims(queue: int) -> Iterator[int]:
    """Indices taken from the queue pipe, one at a time, until it is empty. Reads of
    two bytes from a pipe whose bytes were all written before are never split."""
    while True:
        data = os.read(queue, 2)
        if len(data) < 2:
            return
        yield int.from_bytes(data, "little")


def _fork(
    function: Callable[[P], T], parts: Sequence[P], encode: Callable[[T], Any], queue: int
) -> _Child | None:
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    with contextlib.suppress(OSError, AttributeError):  # a bigger buffer, where allowed
        import fcntl

        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: compute, send, and leave without running atexit hooks
        status = 0
        gc.disable()  # short-lived; collections would only copy the parent's pages
        try:
            os.close(read_end)
            # frames the pipe cannot take yet wait here (the parent reads between its
            # parts, not while it imports spaCy): this child never blocks on them
            os.set_blocking(write_end, False)
            unsent = bytearray()
            for index in _claims(queue):
                frame = marshal.dumps((index, encode(function(parts[index]))))
                unsent += len(frame).to_bytes(_FRAME_HEADER, "little")
                unsent += frame
                with contextlib.suppress(BlockingIOError):
                    while unsent:
                        del unsent[: os.write(write_end, unsent)]
            os.set_blocking(write_end, True)
            while unsent:
                del unsent[: os.write(write_end, unsent)]
            os.close(write_end)
        except BaseException:  # the parent redoes the parts this child took
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    os.set_blocking(read_end, False)
    return _Child(pid, read_end)


class _Child:
    """A forked child as this process sees it: its results pipe, the bytes read from
    it so far, and the results decoded from its complete frames."""

    def __init__(self, pid: int, read_end: int) -> None:
        self.pid = pid
        self.read_end = read_end
        self.buffer = bytearray()
        self.decoded: list[tuple[int, Any]] = []
        self.bad = False  # a frame did not decode: none of its results are used
        self.reaped = False

    def close(self) -> None:
        if self.read_end >= 0:
            os.close(self.read_end)
            self.read_end = -1  # the number may be reused: never close it twice

    def receive(self, decode: Callable[[Any], Any], count: int) -> None:
        """Read what the child has sent so far (to the end once the pipe is set
        blocking: ``finish``) and decode the complete frames."""
        while True:
            try:
                data = os.read(self.read_end, _PIPE_BYTES)
            except BlockingIOError:  # nothing more for now
                break
            if not data:  # the child closed its end: it is done or dead
                break
            self.buffer += data
        self._decode(decode, count)

    def _decode(self, decode: Callable[[Any], Any], count: int) -> None:
        buffer = self.buffer
        start = 0
        while not self.bad and len(buffer) - start >= _FRAME_HEADER:
            size = int.from_bytes(buffer[start : start + _FRAME_HEADER], "little")
            end = start + _FRAME_HEADER + size
            if len(buffer) < end:
                break
            try:
                with memoryview(buffer) as view:  # released before the buffer shrinks
                    index, value = marshal.loads(view[start + _FRAME_HEADER : end])
                if not isinstance(index, int) or not 0 <= index < count:
                    raise ValueError("bad part index")
                self.decoded.append((index, decode(value)))
            except (ValueError, TypeError, KeyError, IndexError, EOFError):
                self.bad = True
            start = end
        del buffer[:start]

    def finish(self, decode: Callable[[Any], Any], count: int) -> list[tuple[int, Any]]:
        """The child's decoded results once it has ended, or none at all if it
        failed, sent nonsense, or left part of a frame."""
        os.set_blocking(self.read_end, True)
        try:
            self.receive(decode, count)
        finally:
            self.close()
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            status = 1
        self.reaped = True
        if status != 0 or self.bad or self.buffer:
            return []
        return self.decoded


def _stop(children: list[_Child]) -> None:
    for child in children:
        with contextlib.suppress(OSError):
            child.close()
        if child.reaped:  # its pid may belong to another process by now
            continue
        with contextlib.suppress(OSError):
            os.kill(child.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(child.pid, 0)


# -- prepare: load, validate and analyse files ------------------------------------


@dataclass
class Prepared:
    """What ``prepare`` did: the documents in order, schema findings by path, and
    the facts of the statements that were analysed (``Facts``, or their plain
    dicts when a helper found them: see ``okrlint.language.facts.FactsTable``)."""

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

    # The helpers are forked first and start loading while this process imports
    # spaCy and lemminflect's tables (~0.7 s); they leave their statements alone,
    # since importing spaCy in each of them would cost ~100 MB apiece. Once warm,
    # this process analyses the statements of the parts it takes; the others are
    # analysed with the item rules (``okrlint.engine``: whatever ``Prepared.facts``
    # lacks), by helpers forked from this warm process, so spaCy's memory is shared.
    warm: list[bool] = []
    analysed: set[str] = set()  # by this process (each child has its own copy)
    if language and _is_warm(model):  # a library caller's earlier run loaded spaCy
        warm.append(True)

    def warm_up() -> None:
        _warm_up(model)
        warm.append(True)

    def one_share(share: list[tuple[str, str, int, bytes | None, bool]]) -> Prepared:
        return _prepare_share(share, language, bool(warm), model, facts_cache, analysed)

    shares = fork_map(
        one_share,
        split(jobs, count, PART_FILES),
        _prepared_to_value,
        _prepared_from_value,
        count,
        warm_up if language and not warm else None,
    )
    out = Prepared()
    for share in shares:
        out.docs.extend(share.docs)
        out.schema.update(share.schema)
        out.facts.update(share.facts)
    return out


def _prepare_share(
    jobs: list[tuple[str, str, int, bytes | None, bool]],
    language: bool,
    warm: bool,
    model: str | None,
    facts_cache: Any,
    analysed: set[str],
) -> Prepared:
    """Load, validate, and (``language``, in a ``warm`` process: one that has spaCy)
    analyse the statements the facts cache does not know; a process without spaCy
    leaves them to the item rules."""
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
        if language and warm and reported and doc.ok:
            statements.update(dict.fromkeys(statements_of(build_document(doc))))
    texts = [text for text in statements if text not in analysed]
    if texts and facts_cache is not None:
        known = facts_cache.get_many(texts)
        texts = [text for text in texts if text not in known]
    if texts:
        from okrlint.language import get_analyser

        out.facts = dict(zip(texts, get_analyser(model).analyse(texts), strict=True))
        analysed.update(texts)
    return out


def _prepared_to_value(prepared: Prepared) -> tuple[Any, ...]:
    from okrlint.cache import finding_to_value, loaded_to_value

    docs = tuple((doc.path, doc.text, loaded_to_value(doc)) for doc in prepared.docs)
    schema = {
        path: tuple(finding_to_value(f) for f in found) for path, found in prepared.schema.items()
    }
    return docs, schema, facts_to_value(prepared.facts)


def _prepared_from_value(value: Any) -> Prepared:
    from okrlint.cache import finding_from_value, loaded_from_value

    docs, schema, facts = value
    out = Prepared()
    out.docs = [loaded_from_value(loaded, path, text) for path, text, loaded in docs]
    out.schema = {path: [finding_from_value(f) for f in found] for path, found in schema.items()}
    out.facts = facts_from_value(facts)
    return out


def facts_to_value(facts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Facts a child found, as plain values, with the words it looked up in
    lemminflect (while analysing statements or running the classifiers): the parent
    adds those to its own, so that the cache keeps them and a later run whose
    statements are all known needs neither spaCy nor lemminflect's tables."""
    words: dict[str, Any] = {}
    if "okrlint.language.nlp" in sys.modules:
        from okrlint.language import nlp

        words = nlp.export_words()
    return {text: value.to_dict() for text, value in facts.items()}, words


def facts_from_value(value: Any) -> dict[str, Any]:
    """What ``facts_to_value`` sent, its shape checked. The facts stay plain dicts
    until a rule reads them (``FactsTable``)."""
    facts, words = value
    if not isinstance(facts, dict) or not all(
        isinstance(entry, dict) and entry.get("text") == text for text, entry in facts.items()
    ):
        raise ValueError("bad facts")
    if isinstance(words, dict) and words:
        from okrlint.language import nlp

        nlp.preload_words(words)
        nlp.note_new_words(words)
    return facts


# -- language analysis alone --------------------------------------------------------


def analyse(texts: list[str], model: str | None) -> list[Any]:
    """``get_analyser(model).analyse(texts)``, split over processes when there are
    many (the facts a helper found come as their plain dicts: see ``FactsTable``)."""
    from okrlint.language import get_analyser

    count = worker_count(len(texts), MIN_STATEMENTS)
    if not count:
        return get_analyser(model).analyse(texts)

    _warm_up(model)

    def one_share(share: list[str]) -> dict[str, Any]:
        return dict(zip(share, get_analyser(model).analyse(share), strict=True))

    found: dict[str, Any] = {}
    parts = split(texts, count, PART_STATEMENTS)
    for share in fork_map(one_share, parts, facts_to_value, facts_from_value, count):
        found.update(share)
    return [found[text] for text in texts]


def _is_warm(model: str | None) -> bool:
    nlp = sys.modules.get("okrlint.language.nlp")
    return nlp is not None and nlp.pipeline_loaded(model)


def _warm_up(model: str | None) -> None:
    """Load spaCy and lemminflect's tables (~150 MB, ~0.8 s) once, before forking,
    so that the children share them instead of each loading its own."""
    from okrlint.language import get_analyser

    get_analyser(model).analyse(["Grow weekly active teams"])
