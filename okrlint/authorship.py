"""Who wrote a key result, according to git (`authorship: git` in the config).

The author of a KR is the person who wrote most of its lines in `git blame`
(on a tie, the one who wrote its first such line). Lines not committed yet do
not count; a file git does not know gives no author, and KR003 falls back to
the `author` field.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from okrlint import git
from okrlint.discover import fs_path
from okrlint.model import Item


def _blame(path: str, cache: dict[str, Any]) -> list[tuple[str, str]]:
    files: dict[str, list[tuple[str, str]]] = cache.setdefault("git-blame", {})
    if path not in files:
        try:
            files[path] = git.blame_authors(fs_path(path))
        except (git.GitError, OSError):
            files[path] = []
    return files[path]


def item_lines(item: Item) -> range:
    """The 1-based lines an item spans (a block ends before the next item's line)."""
    start, _, end, end_column = item.span()
    if end > start and end_column <= 1:
        end -= 1
    return range(start, end + 1)


def git_author(item: Item, cache: dict[str, Any]) -> str | None:
    """The author (`Name <email>`) of most of ``item``'s lines, or None."""
    authors = _blame(item.doc.path, cache)
    written = [authors[n - 1] for n in item_lines(item) if 0 < n <= len(authors)]
    written = [who for who in written if who != ("", "")]
    if not written:
        return None
    counts = Counter(written)
    most = max(counts.values())
    name, email = next(who for who in written if counts[who] == most)
    return f"{name} <{email}>" if email else name
