"""The GitHub Action (action.yml): its declaration, and its run step executed with bash.

No GitHub runner here: the test evaluates the `${{ inputs.* }}` and
`${{ github.* }}` expressions of the step's `env`, then runs the step's own
script with the real bash, git and okrlint, as the runner would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import git

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EXPRESSION = re.compile(r"\$\{\{\s*(inputs|github)\.([\w-]+)\s*\}\}")
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
        title: Reduce customer acquisition cost from $80 to $60
        baseline: 80
        target: 60
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


def _action() -> dict:
    return yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))


def _step(step_id: str) -> dict:
    return next(s for s in _action()["runs"]["steps"] if s.get("id") == step_id)


def _run_check(workspace: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], Path]:
    action = _action()
    values = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    values.update({k.replace("_", "-"): v for k, v in inputs.items()})
    context = {"inputs": values, "github": {"action_path": str(ROOT), "workspace": str(workspace)}}
    step = _step("check")
    env = {
        key: EXPRESSION.sub(lambda m: context[m[1]][m[2]], str(value))
        for key, value in step.get("env", {}).items()
    }
    github = workspace.parent / "github"
    github.mkdir(exist_ok=True)
    files = {"GITHUB_OUTPUT": github / "output", "GITHUB_STEP_SUMMARY": github / "summary.md"}
    for path in files.values():
        path.write_text("", "utf-8")
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    full_env = {**os.environ, **env, **{k: str(v) for k, v in files.items()}, "PATH": path}
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", step["run"]],
        cwd=workspace,
        env=full_env,
        capture_output=True,
        text=True,
        check=False,
    )
    return done, github


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    if shutil.which("bash") is None or shutil.which("git") is None:  # pragma: no cover
        pytest.skip("bash and git are needed")
    repo = tmp_path / "workspace"
    (repo / "goals").mkdir(parents=True)
    (repo / "goals" / "growth.yaml").write_text(GOALS, "utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "goals")
    return repo


def test_action_is_a_composite_that_installs_from_its_own_checkout() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    for step in steps:
        # inputs reach scripts only through env, never spliced into the script text
        assert "${{" not in step.get("run", ""), step.get("name")


def test_action_check_step_annotates_and_writes_sarif_and_summary(workspace: Path) -> None:
    edited = GOALS.replace("        target: 60\n", "        target: 70\n").replace(
        "from $80 to $60", "from $80 to $70"
    )
    (workspace / "goals" / "growth.yaml").write_text(edited, "utf-8")
    done, github = _run_check(workspace, diff_base="HEAD", args="--today 2026-02-15")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "::warning file=goals/growth.yaml,line=12" in done.stdout
    assert "CHG001" in done.stdout
    outputs = (github / "output").read_text("utf-8")
    assert "sarif-file=okrlint.sarif" in outputs and "exit-code=1" in outputs
    sarif = json.loads((workspace / "okrlint.sarif").read_text("utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["CHG001"]
    assert "CHG001" in (github / "summary.md").read_text("utf-8")


def test_action_check_step_passes_on_clean_goals(workspace: Path) -> None:
    done, github = _run_check(workspace, paths="goals", args="--today 2026-02-15")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "exit-code=0" in (github / "output").read_text("utf-8")
    assert (workspace / "okrlint.sarif").is_file()
