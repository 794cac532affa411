"""KR003 with `authorship: git`: the author of a KR's lines comes from `git blame`."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from okrlint import lint_paths
from okrlint.config import load_settings

CONFIG = """\
authorship: {mode}
leadership: [Maria Costa, ceo@example.com]
teams:
  Growth: [Ana Lima, ana@example.com]
"""
HEAD = """\
team: Growth
period: 2026-Q1
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    key_results:
"""
BY_TEAM = """\
      - id: growth-activation
        title: Raise week-one activation from 35% to 50%
        baseline: 35
        target: 50
"""
BY_LEADER = """\
      - id: growth-cac
        title: Reduce customer acquisition cost from $80 to $60
        author: team
        baseline: 80
        target: 60
"""


def _commit(repo: Path, name: str, email: str, text: str) -> None:
    (repo / "goals" / "growth.yaml").write_text(text, "utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(
        ["git", "-c", f"user.name={name}", "-c", f"user.email={email}", "commit", "-qm", "edit"],
        cwd=repo,
        check=True,
    )


def _kr003(repo: Path) -> list[tuple[str, str]]:
    settings = load_settings(repo / ".okrlint.yaml")
    report = lint_paths(["goals"], settings, today=date(2026, 2, 15))
    return [(f.item, f.message) for f in report.findings if f.code == "KR003"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "goals").mkdir()
    (tmp_path / ".okrlint.yaml").write_text(CONFIG.format(mode="git"), "utf-8")
    _commit(tmp_path, "Ana Lima", "ana@example.com", HEAD + BY_TEAM)
    _commit(tmp_path, "Maria Costa", "ceo@example.com", HEAD + BY_TEAM + BY_LEADER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_git_author_on_the_leadership_list_is_reported(repo: Path) -> None:
    found = _kr003(repo)
    assert [item for item, _ in found] == ["growth-cac"]
    assert "Maria Costa <ceo@example.com>" in found[0][1]
    assert "not in team Growth" in found[0][1]


def test_a_leader_who_is_a_team_member_is_not_reported(repo: Path) -> None:
    config = CONFIG.format(mode="git").replace("[Ana Lima,", "[Ana Lima, Maria Costa,")
    (repo / ".okrlint.yaml").write_text(config, "utf-8")
    assert _kr003(repo) == []


def test_the_author_of_most_lines_counts_not_the_last_editor(repo: Path) -> None:
    edited = HEAD + BY_TEAM.replace("target: 50", "target: 55") + BY_LEADER
    _commit(repo, "Maria Costa", "ceo@example.com", edited)
    assert [item for item, _ in _kr003(repo)] == ["growth-cac"]


def test_uncommitted_lines_fall_back_to_the_author_field(repo: Path) -> None:
    text = (
        HEAD
        + BY_TEAM
        + BY_LEADER.replace("growth-cac", "growth-new").replace(
            "author: team", "author: leadership"
        )
    )
    (repo / "goals" / "growth.yaml").write_text(text, "utf-8")
    assert [item for item, _ in _kr003(repo)] == ["growth-new"]


def test_field_mode_ignores_git(repo: Path) -> None:
    (repo / ".okrlint.yaml").write_text(CONFIG.format(mode="field"), "utf-8")
    assert _kr003(repo) == []


def test_git_mode_outside_a_repository_falls_back_to_the_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plain"
    (folder / "goals").mkdir(parents=True)
    (folder / ".okrlint.yaml").write_text(CONFIG.format(mode="git"), "utf-8")
    text = HEAD + BY_LEADER.replace("author: team", "author: leadership")
    (folder / "goals" / "growth.yaml").write_text(text, "utf-8")
    monkeypatch.chdir(folder)
    assert [item for item, _ in _kr003(folder)] == ["growth-cac"]
