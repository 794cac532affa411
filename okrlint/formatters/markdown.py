"""A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from okrlint.finding import Severity
from okrlint.formatters.escape import printable
from okrlint.formatters.text import summary

if TYPE_CHECKING:
    from okrlint.api import Report

MAX_ROWS = 200
"""GitHub comments stop at 65,536 characters; a longer list goes to the artifact."""

_ICON = {Severity.ERROR: "🔴 error", Severity.WARNING: "🟠 warning", Severity.INFO: "🔵 info"}


#: what Markdown or HTML would read as mark-up in a statement or a hint ("from <today> to
#: <goal>" lost its placeholders; a statement's <img> rendered), written as itself
_MARKUP_RE = re.compile(r"[\\`*_\[\]|~#!]")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _text(text: str) -> str:
    """Plain text in a table cell or a note: shown as written, never as mark-up."""
    text = printable(text.replace("\n", " ")).translate(_ENTITIES)
    return _MARKUP_RE.sub(lambda m: "\\" + m.group(0), text)


def _code(text: str) -> str:
    """A code span in a table cell: nothing inside is mark-up, but a table still needs
    its pipes escaped, and a backtick in the text needs a longer fence."""
    text = printable(text.replace("\n", " ")).replace("|", "\\|")
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def render(report: Report, color: bool = False) -> str:
    lines = ["## okrlint", "", summary(report), ""]
    lines += [f"> {_text(note)}" for note in report.notes]
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
                f"| {_code(f'{f.path}:{f.line}')} | {_ICON[f.severity]} {f.code} {f.name} "
                f"| {_text(f.message)} | {_text(f.hint)} |"
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
