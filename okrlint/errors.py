"""The one base of the errors okrlint raises to a library caller, so that a program can
catch them all: a missing path (``PathNotFound``, also a ``FileNotFoundError``), a bad
config (``ConfigError``), a git problem under ``diff_base`` (``GitError``) and a
baseline that cannot be read (``BaselineError``). str() of each is one plain line."""

from __future__ import annotations


class OkrlintError(Exception):
    """Something the caller can mend: a path, a config, a git revision, a baseline."""
