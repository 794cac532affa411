"""Editors: `okrlint check --stdin-filename PATH -` lints standard input as PATH."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

COMPANY = """\
team: Company
period: 2026
objectives:
  - id: company-profitable
    title: Become a profitable company
    owner: Maria Costa
"""
GROWTH = """\
team: Growth
period: 2026-Q1
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    parent: {parent}
    key_results:
      - id: growth-cac
        title: Reduce customer acquisition cost
"""


def _stdin(tmp_path: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "okrlint", "check", "--today", "2026-02-15", *args, "-"],
        input=text,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )


def test_stdin_is_reported_under_the_given_path_with_references_resolved(tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "company.yaml").write_text(COMPANY, "utf-8")
    (tmp_path / "goals" / "growth.yaml").write_text("stale content on disk: [", "utf-8")
    unsaved = GROWTH.format(parent="company-profitable")
    done = _stdin(tmp_path, unsaved, "--stdin-filename", "goals/growth.yaml", "-f", "json")
    findings = json.loads(done.stdout)
    assert findings and {f["path"] for f in findings} == {"goals/growth.yaml"}
    codes = {f["code"] for f in findings}
    assert "KR004" in codes
    assert "DOC004" not in codes and "DOC001" not in codes  # parent resolves; disk ignored


def test_stdin_unresolved_reference_is_found(tmp_path: Path) -> None:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "company.yaml").write_text(COMPANY, "utf-8")
    done = _stdin(
        tmp_path, GROWTH.format(parent="company-gone"), "--stdin-filename", "goals/growth.yaml"
    )
    assert done.returncode == 1
    assert "goals/growth.yaml:7:" in done.stdout and "DOC004" in done.stdout


def test_stdin_filename_needs_dash_as_the_only_path(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "okrlint", "check", "--stdin-filename", "a.yaml", "goals"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "give `-` as the only path" in done.stderr


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"team: Mu\xf1oz\nobjectives: []\n", "DOC001"),  # latin-1: not UTF-8, as a file's
        ("\ufeffteam: A\nobjectives: []\n".encode("utf-16"), None),  # a BOM is read
    ],
)
def test_stdin_bytes_are_decoded_as_a_files_are(
    tmp_path: Path, raw: bytes, code: str | None
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "okrlint", "check", "--no-color", "--stdin-filename", "g.yaml", "-"],
        input=raw,
        capture_output=True,
        cwd=tmp_path,
    )
    assert b"Traceback" not in done.stderr and b"internal error" not in done.stderr
    assert (code.encode() in done.stdout) if code else done.returncode == 0, done.stdout
