"""GitHub Actions workflow commands: annotations on the pull request's lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from okrlint.finding import Severity
from okrlint.formatters.escape import printable
from okrlint.git import relative_to_root

if TYPE_CHECKING:
    from okrlint.api import Report

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    # the line break between message and hint is the command's own; others are escaped
    text = "\n".join(printable(part) for part in text.split("\n"))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, color: bool = False) -> str:
    from okrlint.api import project_root

    # GitHub reads `file=` from the repository's root, wherever the job ran okrlint
    root = project_root(report.settings)
    lines = []
    for f in report.findings:
        message = f.message + (f"\n{f.hint}" if f.hint else "")
        props = [
            f"file={_property(relative_to_root(f.path, root))}",
            f"line={f.line}",
            f"col={f.column}",
        ]
        if f.end_line:
            props.append(f"endLine={f.end_line}")
        props.append(f"title={_property(f'{f.code} {f.name}')}")
        lines.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
