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

__all__ = ["Finding", "Report", "Severity", "__version__", "lint_paths", "lint_text"]

if TYPE_CHECKING:
    from okrlint.api import Report, lint_paths, lint_text
    from okrlint.finding import Finding, Severity


def __getattr__(name: str) -> Any:
    # Lazy, so that `okrlint --version` does not pay for the whole engine.
    if name in ("lint_paths", "lint_text", "Report"):
        from okrlint import api

        return getattr(api, name)
    if name in ("Finding", "Severity"):
        from okrlint import finding

        return getattr(finding, name)
    raise AttributeError(name)
