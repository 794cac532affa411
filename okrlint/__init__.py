"""okrlint: a linter for OKRs and KPIs kept as files in git.

The library API is what the CLI and the tests call::

    from okrlint import lint_paths, lint_text
    report = lint_paths(["goals/"])
    for finding in report.findings:
        print(finding.path, finding.line, finding.code, finding.message)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Finding",
    "GitError",
    "OkrlintError",
    "PathNotFound",
    "Report",
    "Settings",
    "Severity",
    "__version__",
    "lint_paths",
    "lint_text",
]

if TYPE_CHECKING:
    from okrlint.api import Report, lint_paths, lint_text
    from okrlint.config import ConfigError, Settings
    from okrlint.discover import PathNotFound
    from okrlint.errors import OkrlintError
    from okrlint.finding import Finding, Severity
    from okrlint.git import GitError

_LAZY = {
    "lint_paths": "api",
    "lint_text": "api",
    "Report": "api",
    "Finding": "finding",
    "Severity": "finding",
    "Settings": "config",
    "ConfigError": "config",
    "PathNotFound": "discover",
    "GitError": "git",
    "OkrlintError": "errors",
}


def __getattr__(name: str) -> Any:
    # Lazy, so that `okrlint --version` does not pay for the whole engine.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'okrlint' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"okrlint.{module}"), name)
