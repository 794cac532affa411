"""JUnit XML: one test suite per file, one test case per finding.

CI systems (GitLab, Jenkins, Azure, CircleCI) show these as test results. A
finding at or above `fail-on` is a failure; one below it is a passing case
that carries the message in system-out; a clean file is one passing case.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from okrlint.finding import Finding
from okrlint.formatters.escape import printable

if TYPE_CHECKING:
    from okrlint.api import Report


def _case(suite: ET.Element, finding: Finding, fails: bool) -> None:
    # XML 1.0 has no place for most control characters: they are written as escapes
    path, message = printable(finding.path), printable(finding.message)
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": path,
            "name": f"{finding.code} {finding.name} at line {finding.line}",
            "file": path,
            "line": str(finding.line),
        },
    )
    text = f"{path}:{finding.line}:{finding.column}: {message}"
    if finding.hint:
        text += f"\nhelp: {printable(finding.hint)}"
    if fails:
        failure = ET.SubElement(
            case, "failure", {"message": message, "type": str(finding.severity)}
        )
        failure.text = text
    else:
        ET.SubElement(case, "system-out").text = text


def render(report: Report, color: bool = False) -> str:
    threshold = report.settings.fail_threshold
    by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    root = ET.Element("testsuites", {"name": "okrlint"})
    total = failures = 0
    for path in sorted(by_path):
        findings = by_path[path]
        fails = [threshold is not None and f.severity >= threshold for f in findings]
        suite = ET.SubElement(
            root,
            "testsuite",
            {
                "name": path,
                "tests": str(max(len(findings), 1)),
                "failures": str(sum(fails)),
                "errors": "0",
                "skipped": "0",
            },
        )
        if not findings:
            ET.SubElement(suite, "testcase", {"classname": path, "name": "no problems"})
        for finding, failed in zip(findings, fails, strict=True):
            _case(suite, finding, failed)
        total += max(len(findings), 1)
        failures += sum(fails)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
