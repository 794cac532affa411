"""Which files to read: the paths asked about, and the goals folder around them."""

from __future__ import annotations

import os
import re
import stat as stat_module
from dataclasses import dataclass, field
from pathlib import Path

from okrlint.config import Settings
from okrlint.errors import OkrlintError

EXTENSIONS = (".yaml", ".yml", ".json")


class PathNotFound(OkrlintError, FileNotFoundError):
    """A path given by the user does not exist (exit code 2); str() says so and names
    it ("no such file or folder: goals"), and ``path`` is the path as given."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no such file or folder: {path}")
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[type[PathNotFound], tuple[str]]:
        return PathNotFound, (self.path,)  # pickled, rebuilt from the path, not the message


@dataclass
class FileSet:
    """Reported files (asked about) and context files (read for references only)."""

    reported: list[Path] = field(default_factory=list)
    context: list[Path] = field(default_factory=list)
    explicit: set[Path] = field(default_factory=set)
    unreadable: dict[Path, str] = field(default_factory=dict)
    """Folders that could not be listed (or links not followed), and why: DOC001."""
    unreadable_context: dict[Path, str] = field(default_factory=dict)
    """Folders read for references only that could not be listed, and why: a note."""


def display_path(path: Path) -> str:
    """Relative to the current folder when below it, with forward slashes."""
    try:
        shown = os.path.relpath(path)
        if shown.startswith(".."):
            shown = str(path)
    except ValueError:  # another drive on Windows
        shown = str(path)
    shown = shown.replace(os.sep, "/")
    if not shown.isascii():
        try:
            shown.encode("utf-8")
        except UnicodeEncodeError:
            # a name that is not UTF-8 ("b\xff.yaml", legal on Linux) is shown with its
            # bytes escaped, so every report format can write it
            shown = shown.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return shown


def fs_path(shown: str) -> str:
    """The file name behind ``shown``, a path as `display_path` shows it: the bytes of a
    name that is not UTF-8 were shown escaped ("b\\xff.yaml") and are put back."""
    if "\\x" not in shown or os.path.lexists(shown):
        return shown
    return _ESCAPED_BYTE_RE.sub(lambda m: chr(0xDC00 + int(m[1], 16)), shown)


_ESCAPED_BYTE_RE = re.compile(r"\\x([89a-f][0-9a-f])")


def walk(
    folder: Path,
    settings: Settings,
    recursive: bool = True,
    unreadable: dict[Path, str] | None = None,
) -> list[Path]:
    """Goals files below ``folder``: YAML/JSON, not hidden, not excluded, loops broken,
    each file once under its first name. Folders that cannot be listed, and links to
    folders outside both ``folder`` and the project, go into ``unreadable`` with the
    reason (a link may lead anywhere, ``/`` included; a goals folder's links to shared
    goals inside the project are followed)."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    links: list[Path] = []
    inside = [os.path.realpath(folder), os.path.realpath(settings.root)]

    def _unlisted(error: OSError) -> None:
        if unreadable is not None and error.filename is not None:
            unreadable.setdefault(Path(error.filename), error.strerror or str(error))

    for top, dirs, files in os.walk(folder, followlinks=True, onerror=_unlisted):
        try:
            stat = os.stat(top)
        except OSError:
            dirs[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink loop, or the same folder twice
            dirs[:] = []
            continue
        seen.add(key)
        relative_top = os.path.relpath(top, folder).replace(os.sep, "/")
        prefix = "" if relative_top == "." else relative_top + "/"
        # config patterns may be written from the config's folder ("goals/archive")
        top_from_root = settings.from_root(top)
        root_prefix = (
            None if top_from_root is None else "" if top_from_root == "." else top_from_root + "/"
        )
        dirs[:] = sorted(
            d
            for d in dirs
            if recursive
            and not d.startswith(".")
            and not settings.is_excluded(prefix + d, _joined(root_prefix, d))
        )
        for name in [d for d in dirs if os.path.islink(os.path.join(top, d))]:
            target = os.path.realpath(os.path.join(top, name))
            if not any(target == root or target.startswith(root + os.sep) for root in inside):
                dirs.remove(name)
                if unreadable is not None:
                    unreadable.setdefault(
                        Path(top) / name,
                        f"not followed: the link leads outside the project, to {target}",
                    )
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(EXTENSIONS):
                continue
            if settings.is_excluded(prefix + name, _joined(root_prefix, name)):
                continue
            path = Path(top) / name
            try:
                info = os.lstat(path)
            except OSError:
                found.append(path)  # gone meanwhile: DOC001 when read
                continue
            if stat_module.S_ISLNK(info.st_mode):
                links.append(path)  # after the files themselves, so they keep their names
                continue
            seen_files.add((info.st_dev, info.st_ino))
            found.append(path)
    for path in links:
        try:
            info = os.stat(path)
        except OSError:
            found.append(path)  # a broken or looping link: DOC001 when read
            continue
        if (info.st_dev, info.st_ino) not in seen_files:  # "current.yaml -> 2026-q1.yaml"
            seen_files.add((info.st_dev, info.st_ino))
            found.append(path)
    return found


def _joined(prefix: str | None, name: str) -> str | None:
    return None if prefix is None else prefix + name


def reference_roots(named: list[Path], settings: Settings) -> list[tuple[Path, bool]]:
    """The folders read for references only, as (folder, recursive): the configured
    goals folders whole, or without them each named file's own folder (not its
    subfolders). ``collect`` and ``lint_text`` read the same ones."""
    if not settings.paths:
        return [(path.parent, False) for path in named]
    roots = (settings.root / configured for configured in settings.paths)
    return [(root, True) for root in roots if root.is_dir()]


def collect(paths: list[str], settings: Settings) -> FileSet:
    """Expand the paths asked about; add the configured goals folders as context."""
    files = FileSet()
    reported: dict[Path, None] = {}
    # a file reached under two spellings ("goals" and its absolute path, "goals/../goals",
    # a link named beside its target) is read once, under the first; one folder walked
    # alone cannot repeat a file (walk reads a linked file once), so only several paths
    # pay for resolving each file
    twice = len(paths) > 1
    real: dict[str, Path] = {}

    def add(file: Path) -> Path:
        if twice:
            first = real.setdefault(_key(file), file)
            if first is not file:
                return first
        reported.setdefault(file, None)
        return file

    named: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not os.path.lexists(path):
            raise PathNotFound(raw)
        if settings.force_exclude and settings.excludes_path(path):
            continue  # `exclude` applies even to named paths (pre-commit names files)
        if path.is_dir():
            for file in walk(path, settings, unreadable=files.unreadable):
                add(file)
        else:
            # a file named explicitly is always read, whatever its extension;
            # broken or looping symlinks become a DOC001 finding when read
            files.explicit.add(add(path))
            named.append(path)
    context_roots = reference_roots(named, settings)
    known = {_key(p) for p in reported} if context_roots else set()
    context: dict[Path, None] = {}
    for root, recursive in context_roots:
        unreadable: dict[Path, str] = {}
        for file in walk(root, settings, recursive, unreadable) if root.is_dir() else []:
            key = _key(file)
            if key not in known:
                known.add(key)
                context.setdefault(file, None)
        for folder, reason in unreadable.items():
            if folder not in files.unreadable and not reason.startswith("not followed"):
                files.unreadable_context[folder] = reason
    files.reported = list(reported)
    files.context = list(context)
    return files


def _key(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())
