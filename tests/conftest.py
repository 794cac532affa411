from __future__ import annotations

import subprocess
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


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` as a fixed test identity; return its output, stripped."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()
