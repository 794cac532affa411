"""The real pre-commit, with this checkout as the hook repository (no network for git).

The working tree (committed or not) is copied into a temporary git repository,
committed, and named by path in `.pre-commit-config.yaml`; PRE_COMMIT_HOME is a
temporary folder, so the hook environment is built from scratch (pip installs
okrlint's dependencies: slow).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import git

ROOT = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "venv", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".benchmarks"
)
COMPANY = """\
team: Company
period: 2026
objectives:
  - id: company-profitable
    title: Become a profitable company
    owner: Maria Costa
"""
BAD = """\
team: Growth
period: 2026-Q1
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    parent: company-profitable
    key_results:
      - id: growth-cac
        title: Reduce customer acquisition cost from $80 to $60
        baseline: 80
        target: 80
      - id: growth-orders
        title: Grow orders per customer per quarter from 1.4 to 1.6
        baseline: 1.4
        target: 1.6
      - id: growth-activation
        title: Raise week-one activation from 35% to 50%
        baseline: 35
        target: 50
        unit: percent
"""
FIXED = BAD.replace("        target: 80\n", "        target: 60\n")


def _hook_repo(tmp_path: Path) -> tuple[Path, str]:
    repo = tmp_path / "okrlint-hook"
    shutil.copytree(ROOT, repo, ignore=SKIP)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "okrlint as it is in the working tree")
    return repo, git(repo, "rev-parse", "HEAD")


def _pre_commit(project: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_hook_declaration_matches_goals_documents() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = hooks
    assert hook["id"] == "okrlint" and hook["language"] == "python"
    pattern = re.compile(hook["files"])
    for path in ("goals/growth.yaml", "team/okrs/q1.yml", "plan.okr.yaml", "x/y.okr.json"):
        assert pattern.search(path), path
    for path in ("config.yaml", "goalsetting.yaml", ".github/workflows/ci.yml"):
        assert not pattern.search(path), path


@pytest.mark.slow
def test_pre_commit_blocks_a_bad_goals_file_and_passes_once_fixed(tmp_path: Path) -> None:
    if shutil.which("git") is None:  # pragma: no cover
        pytest.skip("git is not installed")
    hook_repo, rev = _hook_repo(tmp_path)
    project = tmp_path / "project"
    (project / "goals").mkdir(parents=True)
    git(project, "init", "-q")
    config = {
        "repos": [
            {
                "repo": str(hook_repo),
                "rev": rev,
                "hooks": [{"id": "okrlint", "args": ["--today", "2026-02-15"]}],
            }
        ]
    }
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), "utf-8")
    (project / "goals" / "company.yaml").write_text(COMPANY, "utf-8")
    (project / ".okrlint.yaml").write_text("exclude: [goals/archive]\n", "utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "company goals", "--no-verify")

    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("VIRTUAL_ENV", None)
    installed = _pre_commit(project, env, "install")
    assert installed.returncode == 0, installed.stderr

    (project / "goals" / "growth.yaml").write_text(BAD, "utf-8")
    git(project, "add", "goals/growth.yaml")
    run = _pre_commit(project, env, "run")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "goals/growth.yaml:12:" in run.stdout and "KR008" in run.stdout
    assert "DOC004" not in run.stdout  # the parent in company.yaml resolves
    commit = subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "bad"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert commit.returncode != 0, "the git hook must block the commit"
    assert "KR008" in commit.stdout + commit.stderr

    (project / "goals" / "growth.yaml").write_text(FIXED, "utf-8")
    # pre-commit names every staged file; the config's `exclude` still keeps the
    # archived one out (the hook passes --force-exclude)
    (project / "goals" / "archive").mkdir()
    (project / "goals" / "archive" / "2025.yaml").write_text(
        BAD.replace("growth-", "old-"), "utf-8"
    )
    git(project, "add", "goals/growth.yaml", "goals/archive/2025.yaml")
    run = _pre_commit(project, env, "run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "archive" not in run.stdout
    commit = subprocess.run(
        ["git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "good"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "okrlint" in commit.stdout + commit.stderr and "Passed" in commit.stdout + commit.stderr
