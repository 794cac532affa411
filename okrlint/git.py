"""Small, explicit calls to the git command line (never a library, never a shell).

Every function raises ``GitError`` with a one-line message when git is missing
or refuses; callers decide whether that is fatal (``--diff-base``) or a quiet
fall-back (authorship from git on a file that is not committed).
"""

from __future__ import annotations

import os
import subprocess
from functools import cache
from pathlib import Path

from okrlint.errors import OkrlintError


class GitError(OkrlintError):
    """git is missing, the folder is not a repository, or a command failed."""


def run(args: list[str], cwd: str | Path | None = None, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(detail[-1] if detail else f"git {args[0]} failed")
    return done.stdout


@cache
def toplevel(folder: str = ".") -> Path:
    """The root of the work tree that holds ``folder``."""
    out = run(["rev-parse", "--show-toplevel"], cwd=folder)
    return Path(out.decode("utf-8").strip()).resolve()


def try_toplevel(folder: str = ".") -> Path | None:
    try:
        return toplevel(os.path.abspath(folder))
    except GitError:
        return None


def verify_commit(ref: str, cwd: Path) -> str:
    """The commit id ``ref`` names; GitError with a plain message when it names none."""
    if ref.startswith("-"):
        raise GitError(f"{ref!r} is not a git revision")
    try:
        out = run(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=cwd)
    except GitError:
        raise GitError(
            f"{ref!r} names no commit in {cwd}; fetch it first (e.g. `git fetch origin main`)"
        ) from None
    return out.decode().strip()


def show_many(commit: str, paths: list[str], cwd: Path) -> dict[str, bytes | None]:
    """The content of each repository-relative path at ``commit`` (None where absent).

    One `git cat-file --batch` process serves every file.
    """
    if not paths:
        return {}
    result: dict[str, bytes | None] = {}
    # the batch protocol is one request a line: a name with a line break in it is asked
    # for alone, or it would shift every answer after it onto the wrong file
    odd = [path for path in paths if "\n" in path or "\r" in path]
    for path in odd:
        try:
            result[path] = run(["cat-file", "blob", f"{commit}:{path}"], cwd=cwd)
        except GitError:
            result[path] = None
    paths = [path for path in paths if path not in result]
    # names are bytes to git: one that is not UTF-8 comes back as the bytes it was
    request = b"".join(os.fsencode(f"{commit}:{path}") + b"\n" for path in paths)
    out = run(["cat-file", "--batch"], cwd=cwd, stdin=request) if paths else b""
    position = 0
    for path in paths:
        end = out.index(b"\n", position)
        header = out[position:end].decode("utf-8", "replace").split()
        position = end + 1
        if len(header) < 3 or header[-1] == "missing" or header[1] != "blob":
            result[path] = None
            if len(header) >= 3 and header[1] != "blob" and header[-1] != "missing":
                position += int(header[2]) + 1
            continue
        size = int(header[2])
        result[path] = out[position : position + size]
        position += size + 1  # the content is followed by a newline
    return result


def blame_authors(path: str | Path) -> list[tuple[str, str]]:
    """(name, email) of the author of each line of a committed file, in line order.

    Lines not committed yet come back as ("", "").
    """
    folder = Path(os.path.realpath(path)).parent
    out = run(["blame", "--line-porcelain", "--", Path(path).name], cwd=folder)
    authors: list[tuple[str, str]] = []
    name = email = ""
    for raw in out.decode("utf-8", "replace").splitlines():
        if raw.startswith("author "):
            name = raw[len("author ") :]
        elif raw.startswith("author-mail "):
            email = raw[len("author-mail ") :].strip("<>")
        elif raw.startswith("\t"):
            committed = email != "not.committed.yet"
            authors.append((name, email) if committed else ("", ""))
            name = email = ""
    return authors


def relative_to_root(path: str, root: Path) -> str:
    """``path`` (as findings show it) relative to ``root``, with forward slashes."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, root)
    except ValueError:  # another drive on Windows
        return absolute.replace(os.sep, "/")
    return (absolute if relative.startswith("..") else relative).replace(os.sep, "/")
