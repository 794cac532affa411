"""A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from okrlint.finding import Severity
from okrlint.formatters.escape import printable
from okrlint.formatters.text import summary

if TYPE_CHECKING:
    from okrlint.api import Report

MAX_ROWS = 200
"""GitHub comments stop at 65,536 characters; a longer list goes to the artifact."""

_ICON = {Severity.ERROR: "🔴 error", Severity.WARNING: "🟠 warning", Severity.INFO: "🔵 info"}


def _cell(text: str) -> str:
    text = printable(text.replace("\n", " "))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'")


def render(report: Report, color: bool = False) -> str:
    lines = ["## okrlint", "", summary(report), ""]
    lines += [f"> {note}" for note in report.notes]
    if report.notes:
        lines.append("")
    if report.findings:
        counts = [
            f"| {_ICON[s]} | {report.count(s)} |"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        ]
        lines += ["| severity | count |", "|---|---:|", *counts, ""]
        lines += ["| where | rule | problem | what to do |", "|---|---|---|---|"]
        for f in report.findings[:MAX_ROWS]:
            lines.append(
                f"| `{_cell(f.path)}:{f.line}` | {_ICON[f.severity]} {f.code} {f.name} "
                f"| {_cell(f.message)} | {_cell(f.hint)} |"
            )
        hidden = len(report.findings) - MAX_ROWS
        if hidden > 0:
            lines += ["", f"…and {hidden} more; see the full report (SARIF or JSON)."]
        lines += [
            "",
            "Explain a rule: `okrlint explain CODE`. Accept a finding on purpose with "
            '`lint: {ignore: [CODE], reason: "..."}` on the item.',
        ]
    return "\n".join(lines) + "\n"
