"""Output formats: one module per format, chosen from a table.

A formatter is ``render(report, color=False) -> str``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from okrlint.api import Report

FORMATS: dict[str, str] = {
    "text": "okrlint.formatters.text",
    "json": "okrlint.formatters.json_format",
    "github": "okrlint.formatters.github",
    "sarif": "okrlint.formatters.sarif",
    "gitlab": "okrlint.formatters.gitlab",
    "junit": "okrlint.formatters.junit",
    "markdown": "okrlint.formatters.markdown",
}


def get(name: str) -> Callable[..., str]:
    try:
        module = FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}") from None
    return importlib.import_module(module).render  # type: ignore[no-any-return]


def render(name: str, report: Report, color: bool = False) -> str:
    return get(name)(report, color=color)
