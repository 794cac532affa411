"""Baselines: `okrlint baseline write`, `check --baseline`, `baseline prune`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from okrlint.cli import main

GOALS = """\
team: Growth
period: 2026-Q1
strategy: Become the default tool for small agencies
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    key_results:
      - id: growth-cac
        title: Reduce customer acquisition cost
      - title: Grow orders per customer per quarter
      - id: growth-activation
        title: Raise week-one activation from 35% to 50%
        baseline: 35
        target: 50
        unit: percent
"""
NEW_KR = """\
      - id: growth-referrals
        title: Grow referrals
"""
UNRELATED_OBJECTIVE = """\
  - title: Make support a reason to stay
    owner: Rui Sousa
    key_results:
      - title: Raise CSAT from 80% to 90%
        baseline: 80
        target: 90
        unit: percent
      - title: Cut first reply time from 6 to 2 hours
        baseline: 6
        target: 2
      - title: Cut reopened tickets from 12% to 6%
        baseline: 12
        target: 6
        unit: percent
"""


def _check(*args: str) -> object:
    return CliRunner().invoke(main, ["check", "goals", "--today", "2026-02-15", *args])


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "growth.yaml").write_text(GOALS, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["baseline", "write", "goals", "--today", "2026-02-15"])
    assert result.exit_code == 0, result.output
    assert "recorded" in result.output
    return tmp_path


def _edit(folder: Path, text: str) -> None:
    (folder / "goals" / "growth.yaml").write_text(text, "utf-8")


def _entries(folder: Path) -> dict:
    return json.loads((folder / ".okrlint-baseline.json").read_text())["findings"]


def test_baseline_is_keyed_by_file_rule_and_item_never_by_line(folder: Path) -> None:
    entries = _entries(folder)
    assert set(entries) == {"goals/growth.yaml"}
    kr004 = entries["goals/growth.yaml"]["KR004"]
    assert kr004 == {"growth-cac": 1, 'KR "Grow orders per customer per quarter"': 1}
    assert "line" not in json.dumps(entries)


def test_check_with_baseline_passes_on_recorded_findings(folder: Path) -> None:
    assert _check().exit_code == 1
    result = _check("--baseline", ".okrlint-baseline.json")
    assert result.exit_code == 0, result.output
    assert "recorded in the baseline" in result.output


def test_moving_lines_and_adding_unrelated_items_keeps_old_findings_old(folder: Path) -> None:
    moved = "# Growth goals, reviewed weekly\n\n" + GOALS.replace(
        "objectives:\n", "objectives:\n" + UNRELATED_OBJECTIVE
    )
    _edit(folder, moved)
    result = _check("--baseline", ".okrlint-baseline.json", "--select", "KR")
    assert result.exit_code == 0, result.output


def test_check_with_baseline_fails_only_on_new_findings(folder: Path) -> None:
    _edit(
        folder, GOALS.replace("      - title: Grow orders", NEW_KR + "      - title: Grow orders")
    )
    result = _check("--baseline", ".okrlint-baseline.json", "-f", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert {f["item"] for f in findings} == {"growth-referrals"}


def test_a_second_finding_of_a_recorded_kind_on_the_same_item_is_new(folder: Path) -> None:
    _edit(
        folder,
        GOALS.replace(
            "        title: Reduce customer acquisition cost\n",
            "        title: Reduce customer acquisition cost\n        author: leadership\n",
        ),
    )
    result = _check("--baseline", ".okrlint-baseline.json", "-f", "json")
    assert [f["code"] for f in json.loads(result.stdout)] == ["KR003"]


def test_prune_drops_entries_that_no_longer_occur(folder: Path) -> None:
    fixed = GOALS.replace(
        "        title: Reduce customer acquisition cost\n",
        "        title: Reduce customer acquisition cost from $80 to $60\n"
        "        baseline: 80\n        target: 60\n",
    )
    _edit(folder, fixed)
    result = CliRunner().invoke(main, ["baseline", "prune", "goals", "--today", "2026-02-15"])
    assert result.exit_code == 0, result.output
    assert "fixed" in result.output
    kr004 = _entries(folder)["goals/growth.yaml"]["KR004"]
    assert "growth-cac" not in kr004
    assert 'KR "Grow orders per customer per quarter"' in kr004
    # a fixed finding that comes back is new again
    _edit(folder, GOALS)
    assert _check("--baseline", ".okrlint-baseline.json").exit_code == 1


def test_prune_keeps_entries_of_files_not_linted_and_drops_deleted_files(folder: Path) -> None:
    (folder / "goals" / "support.yaml").write_text(
        GOALS.replace("Growth", "Support").replace("growth-", "support-"), "utf-8"
    )
    CliRunner().invoke(main, ["baseline", "write", "goals", "--today", "2026-02-15"])
    CliRunner().invoke(main, ["baseline", "prune", "goals/growth.yaml", "--today", "2026-02-15"])
    assert "goals/support.yaml" in _entries(folder)
    (folder / "goals" / "support.yaml").unlink()
    CliRunner().invoke(main, ["baseline", "prune", "goals/growth.yaml", "--today", "2026-02-15"])
    assert "goals/support.yaml" not in _entries(folder)


def test_prune_drops_an_entry_whose_path_is_too_long_to_look_up(folder: Path) -> None:
    CliRunner().invoke(main, ["baseline", "write", "goals", "--today", "2026-02-15"])
    baseline = folder / ".okrlint-baseline.json"
    data = json.loads(baseline.read_text("utf-8"))
    data["findings"]["goals/" + "a" * 300 + ".yaml"] = {"KR004": {"x": 1}}
    baseline.write_text(json.dumps(data), "utf-8")
    result = CliRunner().invoke(main, ["baseline", "prune", "goals", "--today", "2026-02-15"])
    assert result.exit_code == 0, result.output
    assert not any(name.endswith("a.yaml") for name in _entries(folder))


def test_a_missing_or_broken_baseline_is_a_plain_error(folder: Path) -> None:
    result = _check("--baseline", "nope.json")
    assert result.exit_code == 2 and "okrlint baseline write" in result.output
    (folder / "broken.json").write_text("{", "utf-8")
    result = _check("--baseline", "broken.json")
    assert result.exit_code == 2 and "not valid JSON" in result.output
    (folder / "true.json").write_text('{"okrlint-baseline": true, "findings": {}}', "utf-8")
    result = _check("--baseline", "true.json")  # true equals 1 in Python, not in the format
    assert result.exit_code == 2 and "not an okrlint baseline" in result.output
