"""The on-disk cache: `.okrlint_cache/` next to the config file (or in the current folder).

Three stores, each keyed so that a stale entry can never be read as fresh:

- **files**: per file, what loading produced (data, positions, load findings)
  and, once computed, its schema findings; keyed by the okrlint code stamp and
  the PyYAML and jsonschema versions, the path shown in findings, the size
  limit and the hash of the file's bytes.
  Entries live in 64 shard files by path (creating thousands of small files
  costs more than the linting on some file systems); a file's new entry
  replaces its old one, and the entries of files that no longer exist (deleted
  or renamed) are dropped whenever a run that misses the run cache reads their
  shard;
- **facts**: language facts per statement text (and lemminflect's answers per
  word), keyed by the code stamp plus the spaCy/lemminflect versions and the
  configured model, so spaCy is not even imported when every statement is known
  (a run with thousands of new facts writes them from a forked process while it
  finishes its report, and waits for it before it returns). Each shard also
  records the day each statement was last used by a run that rewrote the shard;
  when a shard is rewritten, statements this run did not use and that no run
  has used for ``FACTS_MAX_AGE_DAYS`` are dropped, so the facts of statements
  that were edited away do not pile up (a dropped statement that comes back is
  only analysed again);
- **runs**: the findings of a whole run, keyed as files are, plus the resolved
  settings, the date, the working folder and the path and hash of *every* file
  read (reported and context), because cross-file rules make one file's
  findings depend on the others.

Every cache file starts with a header (magic, format, Python version, the
stamp and a BLAKE2 digest of the payload); a file whose header or digest does
not match (truncated, garbage, another version, another tool) is ignored and
rewritten, never trusted. The payload is ``marshal`` data of plain values only,
checked for its shape after loading. Writes go to a temporary file and are
renamed into place, so concurrent runs never see half a file.

``OKRLINT_CACHE_DIR`` moves the cache; ``OKRLINT_NO_CACHE=1`` (or
``okrlint check --no-cache``) turns it off; ``okrlint clean`` deletes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path
from typing import Any

from okrlint import __version__
from okrlint.finding import Finding, Severity
from okrlint.load import LoadedDocument

DIR_NAME = ".okrlint_cache"
FORMAT = 3
_MAGIC = b"OKRLINTC"
_DIGEST = 16
_PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}".encode()
_MAX_RUNS = 16
_FACT_SHARDS = 64
_FILE_SHARDS = 64
FACTS_MAX_AGE_DAYS = 30
"""A statement's facts are dropped once no run has used them for this many days
(checked only in shards a run rewrites anyway, so it never costs a write)."""
_SEEN = ""
"""The key, in each facts shard, of {statement: day last used}: never a statement,
since an empty title is no statement."""

_FINDING_FIELDS = tuple(f.name for f in fields(Finding))


def cache_dir(settings: Any) -> Path:
    """Where the cache lives for these settings."""
    env = os.environ.get("OKRLINT_CACHE_DIR")
    if env:
        return Path(env)
    root = settings.root if getattr(settings, "source", None) else Path.cwd()
    if not root.is_dir():
        root = root.parent
    return root / DIR_NAME


def disabled_by_env() -> bool:
    return os.environ.get("OKRLINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no")


_TAG_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by okrlint.\n"
)
_GITIGNORE_TEXT = "# created by okrlint: the cache is never committed\n*\n"
_FORMAT_DIR_RE = re.compile(r"v\d+")


def clean(path: Path) -> bool:
    """Delete what okrlint wrote in a cache folder: its tag, its `.gitignore` and its
    format folders (``v3``), then the folder if nothing else is left. A folder without
    okrlint's tag is refused (``OKRLINT_CACHE_DIR`` may name any folder), and anything
    else in it is left alone. True when something was removed; OSError when something
    okrlint wrote could not be deleted."""
    if not path.is_dir():
        return False
    marker = path / "CACHEDIR.TAG"
    try:
        ours = marker.is_file() and "created by okrlint" in marker.read_text("utf-8", "replace")
    except OSError:
        ours = False
    if not ours:
        raise ValueError(
            f"{path} does not look like an okrlint cache (no CACHEDIR.TAG written by "
            "okrlint); not deleting it"
        )
    failed: list[str] = []

    def _failed(_function: object, name: str, _error: object) -> None:
        failed.append(name)

    entries = sorted(path.iterdir())
    for entry in entries:
        if _FORMAT_DIR_RE.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, onerror=_failed)
    # the tag and the .gitignore go last, once the data is gone: a folder left half
    # deleted (a file that would not go, a run writing meanwhile) is still okrlint's,
    # out of git and deletable by the next clean
    leftover = any(_FORMAT_DIR_RE.fullmatch(e.name) and e.exists() for e in entries)
    for entry in entries if not (failed or leftover) else ():
        if entry.name in (".gitignore", "CACHEDIR.TAG") and not entry.is_dir():
            try:
                entry.unlink()
            except OSError:
                failed.append(str(entry))
    with contextlib.suppress(OSError):
        path.rmdir()  # only if nothing of anyone else's is left
    if failed:
        raise OSError(
            f"could not delete {failed[0]}"
            + (f" and {len(failed) - 1} more" if len(failed) > 1 else "")
        )
    return True


def _hash(*parts: bytes | str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part)
        digest.update(b"\x00")
    return digest.hexdigest()


def code_stamp() -> str:
    """okrlint's version plus the size and time of every file of the package and
    its rules, so an edited checkout (or a reinstall) never reads old results."""
    here = Path(__file__).resolve().parent
    parts = [__version__, _PYTHON.decode()]
    roots = [here, here.parent / "rules"] if not (here / "rules").is_dir() else [here]
    for root in roots:
        if not root.is_dir():
            continue
        for top, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".json", ".txt")):
                    try:
                        info = os.stat(os.path.join(top, name))
                    except OSError:
                        continue
                    parts.append(f"{top}/{name}:{info.st_size}:{info.st_mtime_ns}")
    return _hash(*parts)


def _pipeline_stamp(model: str | None) -> str:
    """What a configured spaCy pipeline is, without loading it: absent (okrlint then
    uses its blank pipeline), or an installed package's version and files' times, or a
    folder's files, by name, size and time."""
    if not model:
        return "blank"
    if os.path.isdir(model):
        listed = []
        for root, dirs, names in os.walk(model):
            dirs.sort()
            for name in sorted(names):
                try:
                    info = os.stat(os.path.join(root, name))
                except OSError:
                    continue
                listed.append(f"{os.path.relpath(os.path.join(root, name), model)}"
                              f":{info.st_size}:{info.st_mtime_ns}")  # fmt: skip
        return _hash(model, *listed)
    from importlib import metadata

    try:
        version = metadata.version(model)
    except (metadata.PackageNotFoundError, ValueError):
        version = "unknown"
    return f"{model}:{version}:{_module_stamp(model)}"


def _module_stamp(name: str) -> str:
    """The version of an installed package, found without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return f"{name}:absent"
    folder = os.path.dirname(spec.origin)
    for about in ("about.py", "__init__.py"):
        try:
            text = Path(folder, about).read_text("utf-8", "replace")
        except OSError:
            continue
        found = re.search(r"""__version__\s*=\s*["']([^"']+)""", text)
        if found:
            return f"{name}:{found[1]}"
    try:
        return f"{name}:{os.stat(spec.origin).st_mtime_ns}"
    except OSError:
        return f"{name}:unknown"


class _Store:
    """Reading and writing one kind of cache file, header and digest checked."""

    def __init__(self, root: Path, folder: Path, stamp: str) -> None:
        self.root = root
        self.folder = folder
        self.stamp = stamp.encode()
        self.header = _MAGIC + bytes([FORMAT]) + _PYTHON + b"\x00" + self.stamp + b"\x00"
        self.ready = False

    def _prepare(self) -> None:
        if self.ready and (self.root / "CACHEDIR.TAG").exists():
            return  # (an `okrlint clean` meanwhile removes the tag: write it again)
        root = self.root
        root.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE_TEXT), ("CACHEDIR.TAG", _TAG_TEXT)):
            marker = root / name
            if not marker.exists():
                with contextlib.suppress(OSError):
                    marker.write_text(text, "utf-8")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ready = True

    def signature(self, name: str) -> tuple[int, ...] | None:
        """What changes when the file ``name`` is written again (it is replaced, never
        written in place), or None when there is none."""
        try:
            found = os.stat(self.folder / name)
        except OSError:
            return None
        return (found.st_ino, found.st_mtime_ns, found.st_size)

    def read(self, name: str) -> Any:
        try:
            # O_NONBLOCK: a FIFO put where a shard belongs would block the run forever
            fd = os.open(self.folder / name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    return None  # a FIFO, a device or a folder: not a cache file
                blob = handle.read()
        except OSError:
            return None
        header = self.header
        start = len(header)
        if not blob.startswith(header) or len(blob) < start + _DIGEST:
            return None
        digest, payload = blob[start : start + _DIGEST], blob[start + _DIGEST :]
        if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
            return None
        try:
            return marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None

    def write(self, name: str, value: Any) -> None:
        try:
            self._prepare()
            payload = marshal.dumps(value)
            digest = hashlib.blake2b(payload, digest_size=_DIGEST).digest()
            header = self.header
            target = self.folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(header + digest + payload)
                os.replace(temp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except (OSError, ValueError):
            pass  # a read-only or full disk only costs speed


# -- findings and loaded documents as plain values -----------------------------


def finding_to_value(finding: Finding) -> tuple[Any, ...]:
    return tuple(
        int(value) if name == "severity" else value
        for name, value in ((n, getattr(finding, n)) for n in _FINDING_FIELDS)
    )


def finding_from_value(value: Any) -> Finding:
    if not isinstance(value, tuple) or len(value) != len(_FINDING_FIELDS):
        raise ValueError("not a finding")
    data = dict(zip(_FINDING_FIELDS, value, strict=True))
    data["severity"] = Severity(data["severity"])
    if not all(isinstance(data[k], str) for k in ("code", "name", "message", "path")):
        raise ValueError("not a finding")
    return Finding(**data)


def loaded_to_value(doc: LoadedDocument) -> tuple[Any, ...]:
    return (
        doc.text is not None,
        doc.data,
        doc.spans,
        tuple(finding_to_value(f) for f in doc.findings),
    )


def loaded_from_value(value: Any, display: str, text: str | None) -> LoadedDocument:
    has_text, data, spans, findings = value
    if not isinstance(spans, dict):
        raise ValueError("bad positions")
    if data is not None and not isinstance(data, dict):
        raise ValueError("bad data")
    return LoadedDocument(
        path=display,
        text=text if has_text else None,
        data=data,
        spans=spans,
        findings=[finding_from_value(f) for f in findings],
    )


class _Shards:
    """Entries of one store spread over ``count`` shard files by the hash of their
    key: each shard is read when first needed and written back when changed."""

    def __init__(self, store: _Store, prefix: str, count: int) -> None:
        self.store = store
        self.prefix = prefix
        self.count = count
        self.loaded: dict[str, dict[str, Any]] = {}
        self.dirty: set[str] = set()
        self.seen: dict[str, tuple[int, ...] | None] = {}
        """Each shard file's ``signature`` when it was read."""

    def name(self, key: str) -> str:
        return f"{self.prefix}-{int(_hash(key)[:4], 16) % self.count:02d}"

    def get(self, name: str) -> dict[str, Any]:
        found = self.loaded.get(name)
        if found is None:
            self.seen[name] = self.store.signature(name)  # before reading: see ``flush``
            value = self.store.read(name)
            found = value if isinstance(value, dict) else {}
            self.loaded[name] = found
        return found

    def flush(self, plain: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> None:
        """Write the changed shards (through ``plain`` when given). A shard another run
        has written since this one read it is read again and its entries kept beside
        this run's (this run's win for the same key), so that two runs at once (an
        editor's and a commit hook's) do not drop each other's work."""
        for name in sorted(self.dirty):
            entries = self.loaded[name]
            if self.store.signature(name) != self.seen.get(name):
                written = self.store.read(name)
                if isinstance(written, dict):
                    entries = {**written, **entries}
            self.store.write(name, plain(entries) if plain else entries)
            self.seen[name] = self.store.signature(name)
        self.dirty.clear()


class FactsCache:
    """Language facts by statement text, in shards by hash; lemminflect answers by word."""

    def __init__(self, store: _Store) -> None:
        self.store = store
        self.shards = _Shards(store, "facts", _FACT_SHARDS)
        self.words_loaded = False
        self.added = 0
        """Facts put during this run."""
        self.used: set[str] = set()
        """The statements this run asked for or added: they are the live ones."""
        self.also_used: Callable[[], Iterable[str]] | None = None
        """More live statements, asked only when a shard is written: those of the
        documents read for context (set by ``okrlint.api``)."""
        self._writer: tuple[int, set[str], dict[str, Any]] | None = None

    def get_many(self, texts: list[str]) -> dict[str, Any]:
        from okrlint.language.facts import Facts

        out: dict[str, Any] = {}
        self.used.update(texts)
        for text in texts:
            raw = self.shards.get(self.shards.name(text)).get(text)
            if raw is None:
                continue
            if isinstance(raw, Facts):  # put earlier in this run
                out[text] = raw
                continue
            try:
                facts = Facts.from_dict(raw)
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
            if facts.text == text:
                out[text] = facts
        if out:
            self.load_words()
        return out

    def put_many(self, facts: dict[str, Any]) -> None:
        """Keep ``Facts`` as they are (the run holds them anyway); they become plain
        values shard by shard when written."""
        self.used.update(facts)
        for text, value in facts.items():
            shard = self.shards.name(text)
            self.shards.get(shard)[text] = value
            self.shards.dirty.add(shard)
        self.added += len(facts)

    def load_words(self) -> None:
        """Give the classifiers lemminflect's answers for known words, so a run whose
        statements are all known needs neither spaCy nor lemminflect's tables."""
        if self.words_loaded:
            return
        self.words_loaded = True
        from okrlint.language import nlp

        value = self.store.read("words")
        if isinstance(value, dict):
            nlp.preload_words(value)

    def flush(self) -> None:
        self._wait()
        self._write()

    def flush_in_background(self) -> None:
        """Write the facts from a forked process while this one goes on (a cold run
        on a large folder: ~0.2 s for 18,000 statements, mostly turning them into
        plain values); the next ``flush`` waits for it, and writes them itself if
        that process failed."""
        if self._writer is not None or not self.shards.dirty:
            return
        from okrlint import parallel

        if not parallel.can_fork():
            self.flush()
            return
        from okrlint.language import nlp

        words = nlp.export_words()
        self._gather_used()  # here: the writer then touches no document
        try:
            pid = os.fork()
        except OSError:
            nlp.note_new_words(words)
            self.flush()
            return
        if pid == 0:  # the writer: write, and leave without running atexit hooks
            status = 1
            try:
                import gc

                gc.disable()  # short-lived; collections would only copy pages
                nlp.note_new_words(words)
                self._write()
                status = 0
            finally:
                os._exit(status)
        self._writer = (pid, set(self.shards.dirty), words)
        self.shards.dirty.clear()

    def _wait(self) -> None:
        if self._writer is None:
            return
        pid, dirty, words = self._writer
        self._writer = None
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            status = 1
        if status != 0:  # it failed: write here what it was given
            from okrlint.language import nlp

            self.shards.dirty.update(dirty)
            nlp.note_new_words(words)

    def _gather_used(self) -> None:
        """Add ``also_used`` (the statements of context documents) to ``used``, once."""
        if self.also_used is not None:
            more, self.also_used = self.also_used, None
            self.used.update(more())

    def _write(self) -> None:
        from okrlint.language.facts import Facts

        today = int(time.time() // 86_400)
        if self.shards.dirty:
            self._gather_used()
        used = self.used

        def plain(entries: dict[str, Any]) -> dict[str, Any]:
            entries[_SEEN] = _prune_facts(entries, used, today)
            return {
                text: value.to_dict() if isinstance(value, Facts) else value
                for text, value in entries.items()
            }

        self.shards.flush(plain)
        from okrlint.language import nlp

        if nlp.words_changed():
            known = self.store.read("words")
            merged = known if isinstance(known, dict) else {}
            merged.update(nlp.export_words())
            self.store.write("words", merged)


def _prune_facts(entries: dict[str, Any], used: set[str], today: int) -> dict[str, int]:
    """Drop from a facts shard's ``entries`` the statements ``used`` lacks that were
    last used more than ``FACTS_MAX_AGE_DAYS`` days before ``today``; return the
    shard's new {statement: day last used}. A statement with no day recorded (a
    shard written before days were kept, or a record that does not hold together)
    counts as used today, so nothing is dropped on the strength of missing data."""
    recorded = entries.pop(_SEEN, None)
    if not isinstance(recorded, dict):
        recorded = {}
    seen: dict[str, int] = {}
    oldest = today - FACTS_MAX_AGE_DAYS
    for text in list(entries):
        day = recorded.get(text)
        if text in used or not isinstance(day, int) or day > today:
            day = today
        if day < oldest:
            del entries[text]
        else:
            seen[text] = day
    return seen


class Cache:
    """One run's view of the cache folder."""

    def __init__(self, folder: Path, settings: Any) -> None:
        self.folder = folder
        stamp = code_stamp()
        self.stamp = stamp
        # which pipeline a configured model loads (none, or which version of it) changes
        # the facts: installing or upgrading it must not be answered from the cache
        pipeline = _pipeline_stamp(getattr(settings, "nlp_model", None))
        self.settings_key = _hash(repr(settings), pipeline)
        base = folder / f"v{FORMAT}"
        # a file's parse and schema findings, and so a run's, come from PyYAML (and
        # libyaml, which ships with it) and jsonschema: upgrading either is a new key
        readers = _hash(stamp, _module_stamp("yaml"), _module_stamp("jsonschema"))
        self.files = _Store(folder, base / "files", readers)
        self.runs = _Store(folder, base / "runs", readers)
        facts_stamp = _hash(stamp, _module_stamp("spacy"), _module_stamp("lemminflect"), pipeline)
        self.facts = FactsCache(_Store(folder, base / "facts", facts_stamp))
        self.hashes: dict[str, str] = {}
        """display path -> content hash of every file read, for the run key."""
        self.complete = True
        """False when a file could not be hashed: the run is then not cached."""
        self._raw: dict[str, bytes] = {}
        self._where: dict[str, str] = {}
        """display path -> absolute path, kept in entries to prune deleted files."""
        self._shards = _Shards(self.files, "files", _FILE_SHARDS)
        self._entries: dict[str, tuple[str, dict[str, Any]]] = {}
        """display path -> (shard, entry) of the files loaded in this run."""

    # -- files ---------------------------------------------------------------
    def read(self, path: str, display: str, max_bytes: int) -> None:
        """Read a file's bytes and hash them (for the run key); loading comes later."""
        import stat as stat_module

        try:
            info = os.stat(path)
            if not stat_module.S_ISREG(info.st_mode) or info.st_size > max_bytes:
                raise OSError("not cached")
            with open(path, "rb") as handle:
                raw = handle.read(max_bytes + 1)
        except OSError:
            self.complete = False
            return
        self._raw[display] = raw
        self._where[display] = os.path.abspath(path)
        self.hashes[display] = _hash(raw)

    def load_file(self, path: str, display: str, max_bytes: int) -> LoadedDocument:
        """``okrlint.load.load_file`` through the cache."""
        from okrlint import load

        doc = self.cached(path, display, max_bytes)
        if doc is not None:
            return doc
        raw = self._raw.get(display)
        if raw is None:
            return load.load_file(path, display, max_bytes)
        doc = load.load_bytes(raw, display, max_bytes=max_bytes)
        self.remember(doc, max_bytes)
        return doc

    def raw(self, display: str) -> bytes | None:
        return self._raw.get(display)

    def _name(self, display: str, max_bytes: int) -> tuple[str, str]:
        """The entry key of a file's current bytes, and the shard that holds it."""
        key = _hash("file", display, str(max_bytes), self.hashes[display])
        return key, self._shards.name(display)

    def cached(self, path: str, display: str, max_bytes: int) -> LoadedDocument | None:
        """The cached load of a file, or None (then load it and ``remember`` it)."""
        from okrlint import load

        if display not in self._raw:
            self.read(path, display, max_bytes)
        raw = self._raw.get(display)
        if raw is None:
            return None
        key, name = self._name(display, max_bytes)
        entry = self._shards.get(name).get(display)
        if isinstance(entry, dict) and entry.get("key") == key:
            try:
                text = None
                if entry["loaded"][0]:
                    decoded = load._decode(raw, display)
                    text = decoded if isinstance(decoded, str) else None
                doc = loaded_from_value(entry["loaded"], display, text)
                self._entries[display] = (name, entry)
                return doc
            except (KeyError, TypeError, ValueError, IndexError):
                pass
        return None

    def remember(
        self, doc: LoadedDocument, max_bytes: int, schema: list[Finding] | None = None
    ) -> None:
        """Keep a freshly loaded document (its file was ``read`` by this cache), and
        its schema findings when they are already known."""
        if doc.path not in self._raw:
            return
        key, name = self._name(doc.path, max_bytes)
        entry: dict[str, Any] = {
            "key": key,
            "loaded": loaded_to_value(doc),
            "where": self._where.get(doc.path, ""),
        }
        if schema is not None:
            entry["schema"] = tuple(finding_to_value(f) for f in schema)
        self._shards.get(name)[doc.path] = entry
        self._entries[doc.path] = (name, entry)
        self._shards.dirty.add(name)

    def schema_findings(self, loaded: LoadedDocument) -> list[Finding]:
        from okrlint import schema

        known = self._entries.get(loaded.path)
        if known is not None:
            cached = known[1].get("schema")
            if isinstance(cached, tuple):
                try:
                    return [finding_from_value(v) for v in cached]
                except (TypeError, ValueError):
                    pass
        found = schema.validate(loaded)
        if known is not None:
            known[1]["schema"] = tuple(finding_to_value(f) for f in found)
            self._shards.dirty.add(known[0])
        return found

    # -- runs ----------------------------------------------------------------
    def run_key(self, parts: list[str]) -> str | None:
        if not self.complete:
            return None
        return _hash("run", self.settings_key, os.getcwd(), *parts)

    def get_run(self, key: str) -> Any:
        value = self.runs.read(key)
        if isinstance(value, dict) and value.get("key") == key:
            return value
        return None

    def put_run(self, key: str, value: dict[str, Any]) -> None:
        value = {**value, "key": key}
        self.runs.write(key, value)
        try:
            entries = sorted(
                self.runs.folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True
            )
            for old in entries[_MAX_RUNS:]:
                old.unlink()
        except OSError:
            pass

    def flush(self) -> None:
        self.flush_files()
        self.facts.flush()

    def flush_files(self) -> None:
        """Write the per-file entries (the facts may still be growing)."""
        self._prune()
        self._shards.flush()

    def _prune(self) -> None:
        """Drop the entries of files that no longer exist from the shards this run
        read (a stat per entry; entries of this run's files are kept)."""
        for name, shard in self._shards.loaded.items():
            gone = [
                display
                for display, entry in shard.items()
                if display not in self._raw
                and isinstance(entry, dict)
                and isinstance(entry.get("where"), str)
                and not os.path.isfile(entry["where"])
            ]
            for display in gone:
                del shard[display]
            if gone:
                self._shards.dirty.add(name)
