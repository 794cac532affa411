"""Pull-request mode with real git: --diff-base, the change rules CHG001-CHG004.

Each fixture under fixtures/change/<CODE>/<fail|pass>/ is turned into a real
history: `before/` committed and tagged `base`, `after/` committed on top.
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import git

from okrlint import lint_paths
from okrlint.cli import main
from okrlint.config import Settings

ROOT = Path(__file__).resolve().parent.parent
CHANGE_FIXTURES = ROOT / "fixtures" / "change"
TODAY = date(2026, 2, 15)
EXPECT = re.compile(r"#\s*expect:\s*([A-Z0-9, ]+)")
CODES = ("CHG001", "CHG002", "CHG003", "CHG004")


def history(repo: Path, before: dict[str, str], after: dict[str, str | None]) -> Path:
    """A repository with `before` committed and tagged `base`, then `after` on top."""
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    goals = repo / "goals"
    goals.mkdir(exist_ok=True)
    for name, text in before.items():
        (goals / name).write_text(text, "utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "goals at the start of the quarter")
    git(repo, "tag", "base")
    for name, text in after.items():
        if text is None:
            (goals / name).unlink()
        else:
            (goals / name).write_text(text, "utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", "mid-quarter edit")
    return repo


def _files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(folder.glob("*.yaml"))}


def _fixture_repo(code: str, kind: str, tmp_path: Path) -> Path:
    folder = CHANGE_FIXTURES / code / kind
    before, after = _files(folder / "before"), _files(folder / "after")
    gone: dict[str, str | None] = {name: None for name in before if name not in after}
    return history(tmp_path / "repo", before, {**after, **gone})


def _expected(folder: Path, code: str) -> set[tuple[str, int]]:
    found = set()
    for path in sorted(folder.glob("*.yaml")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            match = EXPECT.search(line)
            if match and code in {c.strip() for c in match[1].split(",")}:
                found.add((path.name, number))
    return found


def _lint(repo: Path, **kwargs: object):
    return lint_paths(["goals"], Settings(root=repo), today=TODAY, **kwargs)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("kind", ["fail", "pass"])
def test_change_rule_fixture_against_real_git_history(
    code: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _fixture_repo(code, kind, tmp_path)
    monkeypatch.chdir(repo)
    report = _lint(repo, diff_base="base")
    found = {(Path(f.path).name, f.line) for f in report.findings if f.code == code}
    expected = _expected(CHANGE_FIXTURES / code / kind / "after", code)
    if kind == "fail":
        assert expected, f"fixtures/change/{code}/fail/after has no `# expect: {code}` line"
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("code", CODES)
def test_change_rules_find_nothing_without_diff_base(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _fixture_repo(code, "fail", tmp_path)
    monkeypatch.chdir(repo)
    assert not [f for f in _lint(repo).findings if f.code.startswith("CHG")]


@pytest.mark.parametrize("code", CODES)
def test_change_rule_is_declared_with_full_docs(code: str) -> None:
    from okrlint.registry import find_rule

    rule = find_rule(code)
    assert rule is not None
    assert {"what", "why", "bad", "good"} <= set(rule.docs)
    assert "--diff-base" in rule.docs["what"]


GOALS = """\
team: Growth
period: 2026-Q1
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    key_results:
      - id: growth-cac
        title: Reduce customer acquisition cost
        baseline: 80
        target: 60
      - id: growth-nps
        title: Launch the referral program
"""


def test_diff_base_reports_only_findings_on_changed_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = GOALS.replace(
        "        target: 60\n", "        target: 60\n      - id: growth-new\n        title: Grow\n"
    )
    repo = history(tmp_path / "repo", {"growth.yaml": GOALS}, {"growth.yaml": changed})
    monkeypatch.chdir(repo)
    everything = _lint(repo)
    narrowed = _lint(repo, diff_base="base")
    assert any(f.item == "growth-nps" for f in everything.findings)
    assert not any(f.item == "growth-nps" for f in narrowed.findings)
    assert any(f.item == "growth-new" for f in narrowed.findings)
    assert "Compared with base" in narrowed.notes[0]


def test_diff_base_reports_everything_in_a_file_new_since_the_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = history(tmp_path / "repo", {"other.yaml": "team: X\n"}, {"growth.yaml": GOALS})
    monkeypatch.chdir(repo)
    everything = {f.fingerprint for f in _lint(repo).findings if f.path.endswith("growth.yaml")}
    narrowed = {f.fingerprint for f in _lint(repo, diff_base="base").findings}
    assert everything and narrowed == everything


def test_diff_base_counts_uncommitted_edits_as_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = history(tmp_path / "repo", {"growth.yaml": GOALS}, {})
    (repo / "goals" / "growth.yaml").write_text(GOALS.replace("target: 60", "target: 75"))
    monkeypatch.chdir(repo)
    report = _lint(repo, diff_base="HEAD")
    assert [f.code for f in report.findings] == ["CHG001"]


def test_cli_diff_base_with_unknown_ref_is_a_plain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = history(tmp_path / "repo", {"growth.yaml": GOALS}, {})
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(main, ["check", "goals", "--diff-base", "no-such-branch"])
    assert result.exit_code == 2
    assert "no-such-branch" in result.output and "Traceback" not in result.output


def test_cli_diff_base_outside_a_git_repository_is_a_plain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "growth.yaml").write_text(GOALS)
    monkeypatch.chdir(tmp_path)
    if shutil.which("git") is None:  # pragma: no cover
        pytest.skip("git is not installed")
    result = CliRunner().invoke(main, ["check", "goals", "--diff-base", "main"])
    assert result.exit_code == 2
    assert "git" in result.output


def test_cli_diff_base_runs_change_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = history(
        tmp_path / "repo",
        {"growth.yaml": GOALS},
        {"growth.yaml": GOALS.replace("target: 60", "target: 75")},
    )
    monkeypatch.chdir(repo)
    result = CliRunner().invoke(
        main, ["check", "goals", "--diff-base", "base", "--today", "2026-02-15"]
    )
    assert result.exit_code == 1, result.output
    assert "CHG001" in result.output
    assert "target moved from 60 to 75" in result.output


def test_a_file_name_that_is_not_utf8_is_compared_with_its_committed_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    objective = "  - id: {0}\n    title: Launch the {0} app\n    owner: Ana\n"
    name = os.fsdecode(b"b\xff.yaml")
    text = "team: A\nperiod: 2026-Q1\nobjectives:\n" + objective.format("o1")
    repo = history(tmp_path / "repo", {name: text}, {name: text + objective.format("o2")})
    monkeypatch.chdir(repo)
    report = lint_paths(["goals"], Settings(), today=TODAY, diff_base="base")
    assert {f.item for f in report.findings} == {"o2"}
