"""The library API: what the CLI, the tests and other programs call.

report = lint_paths(["goals/"])           # discover config upward from goals/
report = lint_text(text, "growth.yaml")   # one document from memory
"""

from __future__ import annotations

import os
import re
from collections import UserList
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from okrlint import schema, suppress
from okrlint.config import Settings, load_settings, real_path
from okrlint.discover import collect, display_path
from okrlint.engine import run_rules
from okrlint.finding import Finding, Severity
from okrlint.load import LoadedDocument, doc_finding, load_bytes, load_file, load_text
from okrlint.model import Document, build_document, build_goal_set, containing_item
from okrlint.parallel import Prepared
from okrlint.registry import find_rule

TOP_LEVEL_KEYS = frozenset({"okrlint", "team", "period", "strategy", "objectives", "kpis"})
BACKGROUND_FACTS = 2_000
"""From this many new facts in a run, the cache writes them from a forked process
while this one finishes the report (~0.1 s per 10,000 facts saved)."""


@dataclass
class Report:
    """The outcome of one lint run."""

    findings: list[Finding]
    files: list[str]
    settings: Settings
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Plain sentences about the run (diff base, baseline) for summaries."""
    documents: list[Document] = field(default_factory=list, repr=False)
    """The documents read, reported or not (baselines key findings by their items)."""

    def count(self, severity: str | Severity) -> int:
        """How many findings have ``severity`` ("error", "warning", "info" or a
        ``Severity``)."""
        level = Severity.parse(severity) if isinstance(severity, str) else Severity(severity)
        return sum(1 for f in self.findings if f.severity == level)

    def failed(self, fail_on: str | Severity | None = None) -> bool:
        """True when a finding is at or above the fail-on severity ("error",
        "warning", "info", a ``Severity``, or "never")."""
        level = fail_on or self.settings.fail_on
        if isinstance(level, Severity):
            threshold = level
        elif str(level).strip().lower() == "never":
            return False
        else:
            threshold = Severity.parse(level)
        return any(f.severity >= threshold for f in self.findings)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed() else 0


def _path_list(paths: Any, what: str) -> list[str]:
    """Paths as text: one path (text, bytes or a ``Path``) is a list of one, never a
    sequence of its characters; bytes are file-system names."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    try:
        return [os.fsdecode(p) for p in paths]
    except TypeError:
        raise TypeError(
            f"{what} must be a path or a list of paths (str, bytes or os.PathLike), "
            f"not {type(paths).__name__} holding {[type(p).__name__ for p in paths]}"
        ) from None


def _day(today: Any) -> date | None:
    """``today`` as a date: a datetime gives its date; anything else is a TypeError
    here, not one deep inside the first rule that compares dates."""
    if today is None or type(today) is date:
        return today
    if isinstance(today, datetime):
        return today.date()
    if isinstance(today, date):
        return date(today.year, today.month, today.day)
    raise TypeError(f"today must be a datetime.date, not {type(today).__name__} ({today!r})")


def _settings(config: Settings | str | Path | None, start: Path | None) -> Settings:
    if isinstance(config, Settings):
        return config
    return load_settings(Path(config) if config is not None else None, start=start)


def lint_paths(
    paths: Sequence[str | Path] | str | Path | None = None,
    config: Settings | str | Path | None = None,
    *,
    today: date | None = None,
    report_unused_suppressions: bool = False,
    diff_base: str | None = None,
    cache: bool = False,
) -> Report:
    """Lint files and folders. ``config`` is Settings, a config file, or None to discover.

    ``paths`` None (the default) lints the configured ``paths``, else the current
    folder, as ``okrlint check`` does with no path; an empty list lints nothing (a
    caller's filter that kept no file), and returns a report with no files.

    With ``cache=True`` (what the CLI does unless ``--no-cache``), results are
    kept in ``.okrlint_cache/`` and reused when nothing they depend on changed
    (see ``okrlint.cache``).

    With ``diff_base`` (a git revision), only findings on items changed since it
    are reported, and the change rules (CHG*) compare items with their versions there.

    Raises ``okrlint.discover.PathNotFound`` for a missing path,
    ``okrlint.config.ConfigError`` for a bad config and ``okrlint.git.GitError``
    when ``diff_base`` cannot be read.
    """
    names = None if paths is None else _path_list(paths, "paths")
    today = _day(today)
    settings = _settings(config, Path(names[0]) if names else None)
    if names is None:
        names = [str(settings.root / p) for p in settings.paths] or ["."]
    elif not names:
        return Report(findings=[], files=[], settings=settings, notes=list(settings.notes))
    files = collect(names, settings)
    store = _open_cache(settings) if cache else None
    run_key = None
    if store is not None:
        size = settings.max_file_size
        reported_paths = [(str(p), display_path(p)) for p in files.reported]
        context_paths = [(str(p), display_path(p)) for p in files.context]
        for path, display in (*reported_paths, *context_paths):
            store.read(path, display, size)
        if diff_base is None and settings.authorship != "git" and not files.unreadable:
            explicit_shown = sorted(display_path(p) for p in files.explicit)
            run_key = store.run_key(
                [
                    (today or date.today()).isoformat(),
                    str(report_unused_suppressions),
                    # findings carry paths from the project root, which a `git init`
                    # above the folder moves without changing any file
                    str(project_root(settings)),
                    *(f"R{d}\x1f{store.hashes.get(d, '')}" for _, d in reported_paths),
                    *(f"C{d}\x1f{store.hashes.get(d, '')}" for _, d in context_paths),
                    *(f"E{d}" for d in explicit_shown),
                ]
            )
        if run_key is not None:
            cached = store.get_run(run_key)
            report = _cached_report(cached, settings, store, files) if cached else None
            if report is not None:
                return report
    loaded, prepared = _load_all(files.reported, files.context, settings, store)
    loaded_reported, loaded_context = loaded[: len(files.reported)], loaded[len(files.reported) :]
    explicit = {display_path(p) for p in files.explicit}
    skipped: list[str] = []
    kept: list[LoadedDocument] = []
    for loaded in loaded_reported:
        if loaded.path not in explicit and not _looks_like_goals(loaded):
            skipped.append(loaded.path)
        else:
            kept.append(loaded)
    context = [doc for doc in loaded_context if doc.ok and _looks_like_goals(doc)]
    for folder, reason in files.unreadable.items():
        kept.append(_unreadable_folder(display_path(folder), reason))
    report = _lint(
        kept,
        context,
        settings,
        today,
        report_unused_suppressions,
        skipped,
        diff_base=diff_base,
        cache=store,
        prepared=prepared,
    )
    if files.unreadable_context:
        report.notes[:0] = [
            f"{display_path(folder)}: cannot read the folder ({reason}); its goals were not "
            "read for references, so ids defined there may be reported as missing (DOC004)"
            for folder, reason in files.unreadable_context.items()
        ]
    if store is not None:
        if run_key is not None:
            from okrlint.cache import finding_to_value

            store.put_run(
                run_key,
                {
                    "findings": tuple(finding_to_value(f) for f in report.findings),
                    "files": tuple(report.files),
                    "skipped": tuple(report.skipped),
                    "notes": tuple(report.notes),
                },
            )
        store.flush()
    return report


def _load_all(
    reported: list[Path], context: list[Path], settings: Settings, store: Any
) -> tuple[list[LoadedDocument], Prepared]:
    """Load files in order: from the cache, else here, or - when there are many - in
    forked helpers that also validate them and analyse their statements
    (``okrlint.parallel.prepare``); what they did comes back as ``Prepared``."""
    from okrlint import parallel

    size = settings.max_file_size
    shown = [(str(p), display_path(p)) for p in (*reported, *context)]
    out: list[LoadedDocument | None] = [None] * len(shown)
    missing: list[int] = []
    for index, (path, display) in enumerate(shown):
        if store is not None:
            out[index] = store.cached(path, display, size)
            if out[index] is None and store.raw(display) is None:
                out[index] = load_file(path, display, size)  # unreadable: not cached
        if out[index] is None:
            missing.append(index)
    jobs = [
        (*shown[i], size, store.raw(shown[i][1]) if store else None, i < len(reported))
        for i in missing
    ]
    prepared = None
    if len(jobs) >= parallel.MIN_FILES:
        language = any(rule.needs_language for rule, _ in settings.active_rules())
        facts_cache = store.facts if store is not None else None
        prepared = parallel.prepare(jobs, language, settings.nlp_model, facts_cache)
    if prepared is not None:
        fresh = prepared.docs
    else:
        prepared = Prepared()
        fresh = [
            load_bytes(raw, display, max_bytes=size)
            if raw is not None
            else load_file(path, display, size)
            for path, display, _, raw, _ in jobs
        ]
    for index, doc in zip(missing, fresh, strict=True):
        out[index] = doc
        if store is not None:
            store.remember(doc, size, prepared.schema.get(doc.path))
    return [doc for doc in out if doc is not None], prepared


def _open_cache(settings: Settings) -> Any:
    from okrlint import cache

    if cache.disabled_by_env():
        return None
    return cache.Cache(cache.cache_dir(settings), settings)


class _LazyDocuments(UserList):  # type: ignore[type-arg]
    """The documents of a run answered from the cache, read only if someone asks: every
    list operation (iterating, ``len``, ``==``, ``copy``, ``+``, ``repr``) sees them."""

    def __init__(self, build: Any = ()) -> None:  # no super().__init__: it sets data
        # a builder, or documents (what UserList's copy() and + pass back)
        self._build = build if callable(build) else None
        self._data: list[Document] = [] if callable(build) else list(build)

    @property  # type: ignore[override]
    def data(self) -> list[Document]:
        if self._build is not None:
            build, self._build = self._build, None
            self._data = list(build())
        return self._data

    @data.setter
    def data(self, value: list[Document]) -> None:
        self._build, self._data = None, value


def _cached_report(cached: Any, settings: Settings, store: Any, files: Any) -> Report | None:
    """A Report from a cached run, or None when the entry does not hold together."""
    from okrlint.cache import finding_from_value

    try:
        findings = [finding_from_value(v) for v in cached["findings"]]
        shown = [str(p) for p in cached["files"]]
        skipped = [str(p) for p in cached["skipped"]]
        notes = [str(n) for n in cached["notes"]]
    except (KeyError, TypeError, ValueError):
        return None
    size = settings.max_file_size

    def documents() -> list[Document]:
        docs = []
        for path in files.reported:
            display = display_path(path)
            if display in shown:
                docs.append(build_document(store.load_file(str(path), display, size)))
        for path in files.context:
            loaded = store.load_file(str(path), display_path(path), size)
            if loaded.ok and _looks_like_goals(loaded):
                docs.append(build_document(loaded, reported=False))
        store.flush()
        return docs

    return Report(
        findings, shown, settings, skipped, notes=notes, documents=_LazyDocuments(documents)
    )


def _escaped(text: str) -> bool:
    """Every lone surrogate in ``text`` stands for a byte (surrogateescape)."""
    return all("\udc80" <= c <= "\udcff" for c in text if "\ud800" <= c <= "\udfff")


def lint_text(
    text: str | bytes,
    filename: str | os.PathLike[str] = "<stdin>.yaml",
    config: Settings | str | Path | None = None,
    *,
    today: date | None = None,
    context_paths: Sequence[str | Path] | None = None,
    report_unused_suppressions: bool = False,
    diff_base: str | None = None,
) -> Report:
    """Lint one document held in memory, reported under ``filename``.

    ``text`` may be the bytes of a file (standard input): they are decoded as a file's
    are, byte-order marks read and bytes that are not UTF-8 a DOC001 finding.
    References resolve against what ``okrlint check FILENAME`` would read: the
    configured goals folders, else the other goals files in ``filename``'s folder.
    ``context_paths`` names other files and folders to read instead of that folder
    (the configured folders are always read); their own findings are not reported.
    """
    filename = os.fsdecode(filename) if filename is not None else "<stdin>.yaml"
    today = _day(today)
    settings = _settings(config, Path(filename).parent if filename else None)
    if isinstance(text, str):
        try:
            encoded = text.encode("utf-8")
        except UnicodeEncodeError:
            # lone surrogates (standard input read under the C locale): the bytes they
            # stand for, which are not UTF-8 text (DOC001), as they would be in a file
            text = encoded = text.encode(
                "utf-8", "surrogateescape" if _escaped(text) else "surrogatepass"
            )
    else:
        encoded = text
    if isinstance(text, bytes) or len(encoded) > settings.max_file_size:
        # refused with DOC001 when too large, as a file would be
        loaded = load_bytes(encoded, filename, max_bytes=settings.max_file_size)
    else:
        loaded = load_text(text, filename)
    from okrlint.discover import reference_roots, walk

    if context_paths is None:  # what `okrlint check FILE` reads for references
        roots = reference_roots([Path(filename)] if filename else [], settings)
        paths = [p for root, deep in roots if root.is_dir() for p in walk(root, settings, deep)]
    else:  # these, and the configured goals folders
        found = collect(_path_list(context_paths, "context_paths"), settings)
        paths = found.reported + found.context
    mine = real_path(filename) if filename else None
    context = []
    seen: set[str] = set()
    for path in paths:
        key = real_path(path)
        if key in seen or (mine is not None and key == mine):
            continue  # a file reached twice (a folder named and also configured): once
        seen.add(key)
        doc = load_file(str(path), display_path(path), settings.max_file_size)
        if doc.ok and _looks_like_goals(doc):
            context.append(doc)
    return _lint(
        [loaded], context, settings, today, report_unused_suppressions, [], diff_base=diff_base
    )


def _unreadable_folder(shown: str, reason: str) -> LoadedDocument:
    """A folder of the goals that could not be listed, or a link not followed: DOC001."""
    if reason.startswith("not followed"):
        message, hint = reason, "name the folder on the command line to lint it"
    else:
        message = f"cannot read the folder: {reason}"
        hint = "okrlint reads every goals file below the folders it is given; fix its permissions"
    return LoadedDocument(path=shown, findings=[doc_finding("DOC001", shown, message, hint=hint)])


_KEYS = "|".join(sorted(TOP_LEVEL_KEYS))
#: one of the format's keys as a key: `"team":` in JSON, `team:` or `- team:` in YAML
_FORMAT_KEY_RE = re.compile(rf"\"(?:{_KEYS})\"\s*:|^[ \t-]*(?:{_KEYS})[ \t]*:", re.MULTILINE)


def _looks_like_goals(loaded: LoadedDocument) -> bool:
    """A file met while walking a folder is a goals document if it is unreadable
    (so its DOC finding is shown) or shares a top-level key with the format. A list or
    a single value at the top shares none (okrlint's own JSON report, a data file), nor
    does a JSON file of no bytes at all (a report being redirected into the folder)."""
    if not loaded.ok:
        if loaded.text == "" and loaded.path.lower().endswith(".json"):
            return False  # what `okrlint check -f json > findings.json` has made so far
        if loaded.text is not None and all(
            f.message.startswith("the top level is") for f in loaded.findings
        ):
            # a goals file written as a list ("- team: Platform") names the format's keys
            return _FORMAT_KEY_RE.search(loaded.text) is not None
        return True
    data = loaded.data
    return isinstance(data, dict) and bool(TOP_LEVEL_KEYS & set(data))


def _name_items(doc: Document, found: list[Finding]) -> list[Finding]:
    """A document finding inside an item (DOC002 on a KR's field, DOC006 on a key of
    its mapping) carries the item's id, as every other finding does."""
    named = []
    for finding in found:
        if not finding.item:
            item = containing_item(doc, finding)
            if item is not None:
                finding = replace(finding, item=item.id)
        named.append(finding)
    return named


def _lint(
    reported: list[LoadedDocument],
    context: list[LoadedDocument],
    settings: Settings,
    today: date | None,
    report_unused: bool,
    skipped: list[str],
    *,
    diff_base: str | None = None,
    cache: Any = None,
    prepared: Prepared | None = None,
) -> Report:
    today = today or date.today()
    prepared = prepared or Prepared()
    findings_by_path: dict[str, list[Finding]] = {}
    documents: list[Document] = []
    for loaded in reported:
        found = list(loaded.findings)
        if loaded.path in prepared.schema:
            found.extend(prepared.schema[loaded.path])
        elif loaded.ok:
            found.extend(cache.schema_findings(loaded) if cache else schema.validate(loaded))
        doc = build_document(loaded, reported=True)
        findings_by_path.setdefault(loaded.path, []).extend(_name_items(doc, found))
        documents.append(doc)
    documents.extend(build_document(loaded, reported=False) for loaded in context)
    goals = build_goal_set(documents)
    base = None
    if diff_base is not None:
        from okrlint import gitdiff

        base = gitdiff.load_base(diff_base, documents, settings.max_file_size)
        goals = gitdiff.with_base(goals, base)
    facts_cache = cache.facts if cache is not None else None
    if facts_cache is not None:
        # the statements of context documents are not analysed, but are still in use:
        # the cache must not age them out (okrlint.cache.FACTS_MAX_AGE_DAYS)
        from okrlint.checks.language import statements_of

        facts_cache.also_used = lambda: (
            text for doc in documents if not doc.reported for text in statements_of(doc)
        )
    # the per-file entries are complete: write them while helper processes start on
    # the item rules (the facts, which those may add to, and the run entry come last)
    flush = cache.flush_files if cache is not None else None
    found = run_rules(
        goals, settings, today, facts_cache, known_facts=prepared.facts, meanwhile=flush
    )
    if facts_cache is not None and facts_cache.added >= BACKGROUND_FACTS:
        facts_cache.flush_in_background()  # while this process finishes the report
    for finding in found:
        findings_by_path.setdefault(finding.path, []).append(finding)

    results: list[Finding] = []
    for doc in documents:
        if not doc.reported:
            continue
        found = findings_by_path.get(doc.path, [])
        found = [_with_configured_severity(f, settings) for f in found]
        results.extend(suppress.apply(doc, found, settings.ignored_for(doc.path), report_unused))
    notes: list[str] = list(settings.notes)
    if base is not None:
        from okrlint import gitdiff

        everything = len(results)
        results = gitdiff.keep_changed(results, documents, base)
        notes.append(
            f"Compared with {base.ref} ({base.commit[:7]}): showing {len(results)} of "
            f"{everything} findings, those on items changed since then."
        )
    results = _anchor_to_project(results, settings)
    results.sort(key=lambda f: f.sort_key)
    files = [doc.path for doc in documents if doc.reported]
    return Report(results, files, settings, skipped, notes=notes, documents=documents)


def project_root(settings: Settings) -> Path:
    """The git top level above the config, or without one above the first path linted;
    else the config's folder, or without one the current folder. Fingerprints and the
    paths of SARIF, GitLab and GitHub reports are taken from here, so they do not
    depend on the folder okrlint runs from."""
    root = Path(settings.root).absolute()  # a library caller may give text
    start = root if root.is_dir() else root.parent
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start if settings.source else Path.cwd()


def _anchor_to_project(findings: list[Finding], settings: Settings) -> list[Finding]:
    if not findings:
        return findings
    root = str(project_root(settings).resolve())
    prefix = root if root.endswith(os.sep) else root + os.sep
    anchored: dict[str, str] = {}
    folders: dict[str, str] = {}
    out = []
    for finding in findings:
        relative = anchored.get(finding.path)
        if relative is None:
            # Path.resolve() and relative_to(), on strings: realpath gives an absolute,
            # normalised path, so being below the root is a prefix of whole components
            try:
                real = _realpath(finding.path, folders)
            except (OSError, ValueError):
                real = ""
            if real == root:
                relative = "."
            elif real.startswith(prefix):
                relative = real[len(prefix) :].replace(os.sep, "/")
            else:
                relative = finding.path
            anchored[finding.path] = relative
        out.append(finding.with_project_path(relative))
    return out


def _realpath(path: str, folders: dict[str, str]) -> str:
    """``os.path.realpath(path)``, resolving each folder once: a file that is not a
    symbolic link is its resolved folder plus its name."""
    folder, name = os.path.split(path)
    if not name or name in (".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    real_folder = folders.get(folder)
    if real_folder is None:
        real_folder = folders[folder] = os.path.realpath(folder or ".")
    return os.path.join(real_folder, name)


def _with_configured_severity(finding: Finding, settings: Settings) -> Finding:
    rule = find_rule(finding.code)
    if rule is None:
        return finding
    severity = settings.severity(rule)
    return finding if severity == finding.severity else finding.with_severity(severity)
