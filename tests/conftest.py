from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TODAY = date(2026, 2, 15)


@pytest.fixture
def lint(tmp_path):
    """Lint YAML text written to a temporary goals folder; returns the report."""
    from okrlint import lint_paths
    from okrlint.config import Settings

    def run(text: str, name: str = "goals.yaml", settings: Settings | None = None, **files: str):
        (tmp_path / name).write_text(text, "utf-8")
        for other, content in files.items():
            (tmp_path / other.replace("__", ".")).write_text(content, "utf-8")
        return lint_paths([tmp_path / name], settings or Settings(root=tmp_path), today=TODAY)

    return run
