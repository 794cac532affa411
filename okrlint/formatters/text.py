"""`path:line:col: CODE [severity] message`, a hint line, and a summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from okrlint.finding import Severity
from okrlint.formatters.escape import printable

if TYPE_CHECKING:
    from okrlint.api import Report

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def render(report: Report, color: bool = False) -> str:
    lines: list[str] = []
    for finding in report.findings:
        where = _paint(f"{printable(finding.path)}:{finding.line}:{finding.column}:", "1", color)
        code = _paint(finding.code, _COLORS[finding.severity], color)
        lines.append(f"{where} {code} [{finding.severity}] {printable(finding.message)}")
        if finding.hint:
            lines.append(f"    help: {printable(finding.hint)}")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(report: Report) -> str:
    files = _plural(len(report.files), "file")
    skipped = ""
    if report.skipped:
        one = len(report.skipped) == 1
        skipped = (
            f"; skipped {_plural(len(report.skipped), 'YAML/JSON file')} that "
            f"{'is not a goals document' if one else 'are not goals documents'} "
            "(no okrlint/team/period/objectives/kpis key)"
        )
    if not report.findings:
        return f"No problems in {files}{skipped}."
    parts = [
        _plural(report.count(severity), str(severity))
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if report.count(severity)
    ]
    problems = _plural(len(report.findings), "problem")
    return f"Found {problems} ({', '.join(parts)}) in {files}{skipped}."
