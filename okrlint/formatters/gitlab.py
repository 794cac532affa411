"""GitLab Code Quality report (a JSON list of issues) for merge-request widgets.

https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
Fingerprints come from the line-independent fingerprint and are made unique
within the report (GitLab drops issues that share one).
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from okrlint.finding import Finding, Severity
from okrlint.git import relative_to_root

if TYPE_CHECKING:
    from okrlint.api import Report

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _unique(fingerprints: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for fingerprint in fingerprints:
        count = seen.get(fingerprint, 0)
        seen[fingerprint] = count + 1
        if count:
            fingerprint = hashlib.sha256(f"{fingerprint}\x1f{count}".encode()).hexdigest()[:16]
        out.append(fingerprint)
    return out


def _issue(finding: Finding, fingerprint: str, path: str) -> dict[str, Any]:
    description = f"{finding.code} {finding.message}"
    return {
        "type": "issue",
        "check_name": f"{finding.code} {finding.name}",
        "description": description,
        "content": {"body": finding.hint} if finding.hint else {"body": ""},
        "categories": ["Style"],
        "severity": _SEVERITY[finding.severity],
        "fingerprint": fingerprint,
        "location": {
            "path": path,
            "lines": {"begin": finding.line, "end": finding.end_line or finding.line},
        },
    }


def render(report: Report, color: bool = False) -> str:
    from okrlint.api import project_root

    root = project_root(report.settings)
    fingerprints = _unique([f.fingerprint for f in report.findings])
    issues = [
        _issue(f, fp, relative_to_root(f.path, root))
        for f, fp in zip(report.findings, fingerprints, strict=True)
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
