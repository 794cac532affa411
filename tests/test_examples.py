"""The bundled example folder: clean apart from its commented, deliberate findings."""

from __future__ import annotations

import re
from datetime import date

from conftest import FIXTURES

from okrlint import lint_paths

EXAMPLES = FIXTURES / "examples"


def _deliberate() -> set[tuple[str, int, str]]:
    expected = set()
    for path in sorted((EXAMPLES / "goals").iterdir()):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            match = re.search(r"# deliberate: (\w+)", line)
            if match:
                expected.add((path.name, number, match[1]))
    return expected


def test_examples_report_exactly_the_deliberate_findings_at_their_lines():
    report = lint_paths([EXAMPLES], config=EXAMPLES / ".okrlint.yaml", today=date(2026, 11, 16))
    found = {(f.path.rsplit("/", 1)[-1], f.line, f.code) for f in report.findings}
    assert found == _deliberate()
    assert len(report.files) == 4
    assert report.exit_code == 1
