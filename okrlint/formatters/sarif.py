"""SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer).

One run; the rules that fired, with their documentation as help text (no help
URI: okrlint has no website, and a link to a made-up one would be a dead link,
or someone else's page); repository-relative URIs under the
``%SRCROOT%`` base; regions; ``partialFingerprints`` from the line-independent
fingerprint, so an alert survives edits that move it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from okrlint import __version__
from okrlint.docs import explain_text
from okrlint.finding import Finding, Severity
from okrlint.git import relative_to_root
from okrlint.registry import Rule, find_rule

if TYPE_CHECKING:
    from okrlint.api import Report

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "okrlint/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(code: str, name: str, severity: Severity) -> dict[str, Any]:
    rule: Rule | None = find_rule(code)
    summary = rule.summary if rule else name
    help_text = explain_text(rule) if rule else summary
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": (rule.docs.get("what", "") if rule else "").strip() or summary},
        "help": {"text": help_text, "markdown": _markdown_help(rule, help_text)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity if rule else severity]},
        "properties": {"tags": ["okr", code.rstrip("0123456789").lower()], "precision": "high"},
    }


def _markdown_help(rule: Rule | None, text: str) -> str:
    if rule is None:
        return text
    docs = rule.docs
    parts = [f"**{rule.code} {rule.name}**: {rule.summary}"]
    for title, key in (("What it checks", "what"), ("Why it matters", "why")):
        if docs.get(key, "").strip():
            parts.append(f"### {title}\n\n{docs[key].strip()}")
    for title, key in (("Example", "bad"), ("Use instead", "good")):
        if docs.get(key, "").strip():
            parts.append(f"### {title}\n\n```yaml\n{docs[key].rstrip()}\n```")
    return "\n\n".join(parts)


def _region(finding: Finding) -> dict[str, int]:
    region = {"startLine": finding.line, "startColumn": finding.column}
    end_line = finding.end_line or finding.line
    end_column = finding.end_column or finding.column
    if (end_line, end_column) > (finding.line, finding.column):
        region["endLine"] = end_line
        region["endColumn"] = end_column
    return region


def _result(finding: Finding, index: int, uri: str) -> dict[str, Any]:
    text = finding.message + (f"\n{finding.hint}" if finding.hint else "")
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "region": _region(finding),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    if finding.pointer or finding.item:
        result["properties"] = {"pointer": finding.pointer, "item": finding.item}
    return result


def build(report: Report) -> dict[str, Any]:
    from okrlint.api import project_root

    root = project_root(report.settings)
    codes: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    for finding in sorted(report.findings, key=lambda f: f.code):
        if finding.code not in codes:
            codes[finding.code] = len(rules)
            rules.append(_rule(finding.code, finding.name, finding.severity))
    results = [
        _result(f, codes[f.code], quote(relative_to_root(f.path, root))) for f in report.findings
    ]
    artifacts = sorted({quote(relative_to_root(path, root)) for path in report.files})
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "okrlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}},
                "artifacts": [
                    {"location": {"uri": uri, "uriBaseId": "%SRCROOT%"}} for uri in artifacts
                ],
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render(report: Report, color: bool = False) -> str:
    return json.dumps(build(report), indent=2, ensure_ascii=False) + "\n"
