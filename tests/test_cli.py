"""The command line: formats, exit codes, rules/explain/schema/init, path handling."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from okrlint import __version__
from okrlint.cli import main

TODAY = "2026-02-15"

GOALS = """\
team: Growth
period: 2026-Q1
strategy: Become the default tool for small agencies
objectives:
  - id: growth-retain
    title: Make new agencies successful in their first month
    owner: Ana Lima
    key_results:
      - id: growth-activation
        title: Increase week-one activation from 35% to 50%
        baseline: 35
        target: 50
        unit: percent
      - id: growth-plan
        title: Make planning easier for agencies
      - id: growth-churn
        title: Cut first-month churn from 9% to 5%
        baseline: 9
        target: 5
        unit: percent
"""
KR004_LINE = 14
PINNED = "KR004,OBJ003"

CLEAN = GOALS.replace(
    "      - id: growth-plan\n        title: Make planning easier for agencies\n",
    "      - id: growth-plan\n        title: Reduce the time to plan from 25 to 10 minutes\n"
    "        baseline: 25\n        target: 10\n        unit: minutes\n",
)

JSON_KEYS = [
    "code",
    "name",
    "severity",
    "message",
    "hint",
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "pointer",
    "item",
    "fingerprint",
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("OKRLINT_DEBUG", raising=False)

    def invoke(*args: str, pin: bool = True):
        # `check` runs a pinned set of rules, so new rules cannot change these scenarios
        if pin and args[:1] == ("check",) and "--select" not in args:
            args = ("check", "--select", PINNED, *args[1:])
        return CliRunner().invoke(main, list(args))

    return invoke


def _process(*args: str, cwd: Path, python: str = sys.executable):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "OKRLINT_DEBUG")}
    return subprocess.run(
        [python, "-m", "okrlint", *args], cwd=cwd, capture_output=True, text=True, env=env
    )


# -- check: formats ------------------------------------------------------------


def test_text_format_lines_hints_and_summary(tmp_path, run):
    _write(tmp_path, "goals/growth.yaml", GOALS)
    result = run("check", "--today", TODAY, "goals")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"goals/growth.yaml:{KR004_LINE}:9: KR004 [warning] KR growth-plan has no numeric "
        "target, in its fields or its statement"
    )
    assert lines[1].startswith("    help: ")
    assert re.fullmatch(r"Found 1 problem \(1 warning\) in 1 file\.", lines[-1])
    assert "\x1b[" not in result.stdout


def test_no_colour_when_not_a_terminal_even_in_a_real_process(tmp_path):
    _write(tmp_path, "growth.yaml", GOALS)
    result = _process("check", "--select", PINNED, "--today", TODAY, "growth.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "\x1b[" not in result.stdout and "KR004" in result.stdout
    coloured = CliRunner().invoke(
        main,
        ["check", "--select", PINNED, "--today", TODAY, "--color", str(tmp_path / "growth.yaml")],
    )
    assert "\x1b[" in coloured.stdout


def test_clean_run_says_no_problems_and_exits_0(tmp_path, run):
    _write(tmp_path, "growth.yaml", CLEAN)
    result = run("check", "--today", TODAY, "growth.yaml")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "No problems in 1 file.\n"


def test_json_format_has_exactly_the_documented_keys(tmp_path, run):
    _write(tmp_path, "growth.yaml", GOALS)
    result = run("check", "--today", TODAY, "-f", "json", "growth.yaml")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert len(findings) == 1
    assert list(findings[0]) == JSON_KEYS
    assert findings[0]["code"] == "KR004" and findings[0]["line"] == KR004_LINE
    assert findings[0]["pointer"] == "/objectives/0/key_results/1"
    assert findings[0]["item"] == "growth-plan"


def test_github_format_annotates_lines(tmp_path, run):
    _write(tmp_path, "growth.yaml", GOALS)
    result = run("check", "--today", TODAY, "-f", "github", "growth.yaml")
    assert result.exit_code == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith(f"::warning file=growth.yaml,line={KR004_LINE},")
    assert "title=KR004 missing-target::" in line


def test_format_to_a_file_and_text_to_stdout(tmp_path, run):
    _write(tmp_path, "growth.yaml", GOALS)
    result = run("check", "--today", TODAY, "-f", "text", "-f", "json:out.json", "growth.yaml")
    assert result.exit_code == 1
    assert "KR004" in result.stdout
    written = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert [f["code"] for f in written] == ["KR004"]


def test_unknown_format_is_a_usage_error(tmp_path, run):
    _write(tmp_path, "growth.yaml", GOALS)
    result = run("check", "-f", "xml", "growth.yaml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_output_is_deterministic(tmp_path, run):
    for team in ("b", "a", "c"):
        _write(tmp_path, f"goals/{team}.yaml", GOALS.replace("growth-", f"{team}-"))
    _write(tmp_path, "goals/z/broken.yaml", "team: [\n")
    first = run("check", "--today", TODAY, "-f", "json", "goals")
    second = run("check", "--today", TODAY, "-f", "json", "goals")
    assert first.stdout == second.stdout
    keys = [(f["path"], f["line"], f["column"], f["code"]) for f in json.loads(first.stdout)]
    assert keys == sorted(keys)
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)


# -- check: exit codes and paths -----------------------------------------------


def test_exit_codes_0_1_2(tmp_path, run):
    _write(tmp_path, "clean.yaml", CLEAN)
    _write(tmp_path, "dirty.yaml", GOALS.replace("growth-", "dirty-"))
    assert run("check", "--today", TODAY, "clean.yaml").exit_code == 0
    assert run("check", "--today", TODAY, "dirty.yaml").exit_code == 1
    missing = run("check", "nope.yaml")
    assert missing.exit_code == 2
    assert missing.stderr.splitlines() == ["okrlint: error: no such file or folder: nope.yaml"]


def test_bad_today_is_a_usage_error(tmp_path, run):
    _write(tmp_path, "growth.yaml", GOALS)
    assert run("check", "--today", "soon", "growth.yaml").exit_code == 2


def test_no_paths_uses_the_current_folder(tmp_path, run):
    _write(tmp_path, "goals/growth.yaml", GOALS)
    result = run("check", "--today", TODAY)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"goals/growth.yaml:{KR004_LINE}:")


def test_no_paths_uses_configured_paths(tmp_path, run):
    _write(tmp_path, ".okrlint.yaml", "paths: [okrs]\n")
    _write(tmp_path, "okrs/growth.yaml", GOALS)
    _write(tmp_path, "other/growth.yaml", "team: [broken\n")
    result = run("check", "--today", TODAY)
    assert result.exit_code == 1
    assert "okrs/growth.yaml" in result.stdout and "other" not in result.stdout


def test_yaml_files_that_are_not_goals_are_skipped_and_counted(tmp_path, run):
    _write(tmp_path, "goals/growth.yaml", CLEAN)
    _write(tmp_path, "goals/ci.yml", "jobs:\n  test: {runs-on: ubuntu}\n")
    _write(tmp_path, "goals/package.json", '{"name": "x"}')
    result = run("check", "--today", TODAY, "goals")
    assert result.exit_code == 0, result.stdout
    assert "in 1 file" in result.stdout
    assert "skipped 2 YAML/JSON files that are not goals documents" in result.stdout
    (tmp_path / "goals" / "ci.yml").unlink()
    result = run("check", "--today", TODAY, "goals")
    assert "skipped 1 YAML/JSON file that is not a goals document (" in result.stdout


def test_a_non_goals_file_named_explicitly_is_linted(tmp_path, run):
    _write(tmp_path, "ci.yml", "jobs:\n  test: {runs-on: ubuntu}\n")
    result = run("check", "--today", TODAY, "ci.yml")
    assert result.exit_code == 1
    assert "DOC002" in result.stdout


def test_json_goals_files_report_correct_lines(tmp_path, run):
    data = yaml.safe_load(GOALS)
    text = json.dumps(data, indent=2)
    _write(tmp_path, "growth.json", text)
    expected = next(i for i, line in enumerate(text.splitlines(), 1) if '"growth-plan"' in line)
    result = run("check", "--today", TODAY, "-f", "json", "growth.json")
    findings = json.loads(result.stdout)
    assert [(f["code"], f["line"]) for f in findings] == [("KR004", expected - 1)]


def test_json_syntax_error_is_doc001_at_its_line(tmp_path, run):
    _write(tmp_path, "growth.json", '{\n  "team": "A",\n  "objectives": [,]\n}\n')
    result = run("check", "--today", TODAY, "growth.json")
    assert result.stdout.startswith("growth.json:3:")
    assert "DOC001" in result.stdout


def test_findings_only_for_asked_paths_but_references_resolve_across_the_folder(tmp_path, run):
    company = (
        "team: Company\nperiod: 2026-Q1\nstrategy: Win\nobjectives:\n"
        "  - id: company-profitable\n    title: Become profitable\n    key_results: nope\n"
    )
    _write(tmp_path, "goals/company.yaml", company)
    team = CLEAN.replace(
        "    owner: Ana Lima\n", "    owner: Ana Lima\n    parent: company-profitable\n"
    )
    _write(tmp_path, "goals/growth.yaml", team)
    result = run("check", "--today", TODAY, "goals/growth.yaml")
    assert result.exit_code == 0, result.stdout
    assert "company.yaml" not in result.stdout
    broken = team.replace("parent: company-profitable", "parent: company-nope")
    _write(tmp_path, "goals/growth.yaml", broken)
    result = run("check", "--today", TODAY, "goals/growth.yaml")
    assert "DOC004" in result.stdout and "company.yaml" not in result.stdout


def test_references_resolve_through_configured_paths(tmp_path, run):
    _write(tmp_path, ".okrlint.yaml", "paths: [goals]\n")
    _write(tmp_path, "goals/company/company.yaml", "team: Company\nkpis:\n  - id: company-kpi\n")
    team = CLEAN.replace(
        "        unit: minutes\n", "        unit: minutes\n        metric: company-kpi\n"
    )
    path = _write(tmp_path, "goals/teams/growth.yaml", team)
    result = run("check", "--today", TODAY, str(path))
    assert "DOC004" not in result.stdout
    assert "company.yaml" not in result.stdout


# -- other commands --------------------------------------------------------------


def test_rules_lists_every_rule(run):
    result = run("rules")
    assert result.exit_code == 0
    codes = [line.split()[0] for line in result.stdout.splitlines()]
    assert {"DOC001", "DOC006", "KR004", "KPI008", "SUP001"} <= set(codes)
    as_json = json.loads(run("rules", "--format", "json").stdout)
    assert {r["code"] for r in as_json} == set(codes)


@pytest.mark.parametrize("name", ["KR004", "kr004", "missing-target"])
def test_explain_by_code_or_name(run, name):
    result = run("explain", name)
    assert result.exit_code == 0
    assert result.stdout.startswith("KR004 missing-target")
    assert "Configure or suppress" in result.stdout


@pytest.mark.parametrize("name", ["KR014", "trending-off-track"])
def test_explain_a_catalog_rule_not_built_says_so(run, name):
    result = run("explain", name)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "okrlint: error: KR014 (trending-off-track) is in the rule catalog but not built "
        "into this version of okrlint: there is no documentation to show yet"
    ]


def test_explain_unknown_rule_suggests_a_close_one(run):
    result = run("explain", "missing-targt")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "okrlint: error: no rule is called 'missing-targt'; did you mean missing-target?"
    ]
    nope = run("explain", "NOPE")
    assert nope.exit_code == 2 and len(nope.stderr.splitlines()) == 1
    assert "NOPE" in nope.stderr


def test_schema_is_valid_json_schema_that_accepts_a_good_document(run):
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.validators.validator_for(schema).check_schema(schema)
    validator = jsonschema.validators.validator_for(schema)(schema)
    good = yaml.safe_load(CLEAN)
    assert list(validator.iter_errors(good)) == []
    assert list(validator.iter_errors({"team": "A", "objectivs": []}))


def test_init_writes_files_that_check_cleanly(tmp_path, run):
    result = run("init")
    assert result.exit_code == 0
    assert (tmp_path / ".okrlint.yaml").is_file()
    written = [p for p in tmp_path.rglob("*.y*ml") if p.name != ".okrlint.yaml"]
    assert written
    check = run("check", "--today", TODAY, pin=False)
    assert check.exit_code == 0, check.stdout
    again = run("init")
    assert again.exit_code == 0 and "kept" in again.stdout


def test_init_output_stays_clean_after_its_period(tmp_path, run):
    """The starter files must not start failing once their example period is over."""
    run("init")
    check = run("check", "--today", "2027-06-01", pin=False)
    assert check.exit_code == 0, check.stdout


def test_python_m_okrlint_version(tmp_path):
    result = _process("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_internal_errors_are_one_line_without_traceback(tmp_path, run, monkeypatch):
    import okrlint.api

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(okrlint.api, "lint_paths", boom)
    _write(tmp_path, "growth.yaml", GOALS)
    result = run("check", "growth.yaml")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "kaboom" in result.stderr


def test_the_console_entry_point_flushes_everything_before_its_fast_exit(tmp_path):
    # `okrlint` (and `python -m okrlint`) end with os._exit once the outputs are
    # written: a large report must still arrive whole, with the right exit code
    objectives = "".join(
        f"  - title: Launch feature number {n}\n    owner: ana\n" for n in range(400)
    )
    _write(tmp_path, "goals/big.yaml", f"team: growth\nperiod: 2026-Q1\nobjectives:\n{objectives}")
    result = _process("check", "--today", TODAY, "-f", "json", "goals", cwd=tmp_path)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert len(findings) >= 400
    assert len(result.stdout) > 100_000
    assert _process("check", "missing", cwd=tmp_path).returncode == 2
    assert _process("--version", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(("value", "colour"), [("", True), ("1", False), (None, True)])
def test_no_color_counts_only_when_set_to_something(monkeypatch, value, colour):
    # no-color.org: "when present and not an empty string"
    from okrlint import cli

    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    if value is not None:
        monkeypatch.setenv("NO_COLOR", value)
    assert cli._is_terminal() is colour


def test_a_dumb_terminal_gets_no_colour(monkeypatch):
    from okrlint import cli

    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "dumb")
    assert cli._is_terminal() is False


def test_running_out_of_memory_says_so(run, monkeypatch):
    import okrlint.registry

    def exhausted():
        raise MemoryError

    monkeypatch.setattr(okrlint.registry, "all_rules", exhausted)
    result = run("rules")
    assert result.exit_code == 2
    assert result.stderr.startswith("okrlint: error: out of memory:")
