"""Configuration: broken configs are one positioned line and exit 2; discovery,
selectors, severities, per-file-ignores and fail-on do what they say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from okrlint import lint_paths
from okrlint.cli import main
from okrlint.config import ConfigError, find_config, load_settings

TODAY = "2026-02-15"

# One warning (OBJ003 at line 5), one info (KR005 at line 10), one KR004 warning (line 11).
GOALS = """\
team: Growth
period: 2026-Q1
strategy: Become the default tool for small agencies
objectives:
  - id: growth-retain
    title: Make new agencies successful in their first month
    key_results:
      - id: growth-activation
        title: Increase week-one activation to 50%
        target: 50
      - id: growth-plan
        title: Make planning easier for agencies
      - id: growth-churn
        title: Cut first-month churn from 9% to 5%
        baseline: 9
        target: 5
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def _check(folder: Path, *args: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["check", "--today", TODAY, *args])
    return result


TRACKED = {"KR004", "KR005", "OBJ002", "OBJ003", "DOC002", "DOC003"}


def _codes(result) -> list[tuple[str, int]]:
    """Findings of the rules these scenarios are about (new rules may add others)."""
    return [
        (m[2], int(m[1]))
        for m in re.finditer(r"^\S+?:(\d+):\d+: (\w+) ", result.stdout, re.M)
        if m[2] in TRACKED
    ]


BROKEN = [
    # (config file, content, expected line, words the message must contain)
    (".okrlint.yaml", "fail-on: error\nselect: [KR004\n", 3, ["invalid YAML"]),
    (
        ".okrlint.yaml",
        "fail-on: error\nfail_on: warning\n",
        2,
        ["fail_on", "did you mean", "fail-on"],
    ),
    (".okrlint.yaml", "rules:\n  KR004: {}\n  missing-targt: info\n", 3, ["missing-target"]),
    (".okrlint.yaml", "rules:\n  OBJ001:\n    maximum: 3\n", 3, ["maximum", "OBJ001"]),
    (".okrlint.yaml", "rules:\n  OBJ001:\n    max: three\n", 3, ["OBJ001", "whole number"]),
    (".okrlint.yaml", "rules:\n  OBJ001:\n    max: 0\n", 3, ["OBJ001", "at least"]),
    (".okrlint.yaml", "rules:\n  KR004:\n    severity: fatal\n", 3, ["KR004", "fatal"]),
    (".okrlint.yaml", "rules:\n  KR004: loud\n", 2, ["KR004", "loud"]),
    (".okrlint.yaml", "select: [ALL]\nfail-on: sometimes\n", 2, ["fail-on", "sometimes"]),
    (".okrlint.yaml", "select: [ALL]\nignore:\n  - KR004\n  - DOC001\n", 4, ["DOC001"]),
    (".okrlint.yaml", "per-file-ignores:\n  'a/*.yaml':\n    - KR04\n", 3, ["KR04"]),
    (".okrlint.yaml", "ignore: [parse-error]\n", 1, ["parse-error", "document rule"]),
    (".okrlint.yaml", "per-file-ignores:\n  '*.yaml': [DOC]\n", 2, ["DOC", "document rule"]),
    (".okrlint.yaml", "select: [NOPE]\n", 1, ["NOPE", "names no rule"]),
    (".okrlint.yaml", "select: [ALL]\nselect: [KR]\n", 2, ["twice"]),
    (".okrlint.yaml", "- select\n", 1, ["mapping"]),
    (".okrlint.yml", "max-file-size: huge\n", 1, ["max-file-size"]),
    (
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.okrlint]\nfail-on = "error"\nselect = ["KR", "NOPE"]\n',
        6,
        ["NOPE"],
    ),
    ("pyproject.toml", '[tool.okrlint]\nfail-on = "loud"\n', 2, ["fail-on", "loud"]),
    (
        "pyproject.toml",
        '[tool.okrlint]\nfail-on = "error"\n\n[tool.okrlint.rules.OBJ001]\nmax = -1\n',
        5,
        ["OBJ001", "at least"],
    ),
    ("pyproject.toml", "[tool.okrlint]\nrules = {OBJ001 = {max = 0}}\n", 2, ["OBJ001"]),
    ("pyproject.toml", '[tool.okrlint.rules]\nKR004 = "fatal"\n', 2, ["KR004"]),
    ("pyproject.toml", '[tool.okrlint]\nignore = ["DOC002"]\n', 2, ["DOC002"]),
    ("pyproject.toml", '[tool.okrlint\nfail-on = "error"\n', 1, ["invalid TOML"]),
]


@pytest.mark.parametrize(
    ("name", "content", "line", "words"), BROKEN, ids=[f"{i:02d}" for i in range(len(BROKEN))]
)
def test_broken_config_exits_2_with_one_line_naming_file_line_and_rule(
    tmp_path, monkeypatch, name, content, line, words
):
    _write(tmp_path, name, content)
    _write(tmp_path, "goals/growth.yaml", GOALS)
    result = _check(tmp_path, "goals", monkeypatch=monkeypatch)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{tmp_path / name}:{line}: " in lines[0]
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in result.stderr


def test_config_error_from_the_library_is_a_config_error(tmp_path):
    _write(tmp_path, ".okrlint.yaml", "fail-on: sometimes\n")
    path = _write(tmp_path, "growth.yaml", GOALS)
    with pytest.raises(ConfigError, match=r"\.okrlint\.yaml:1: "):
        lint_paths([path])


def test_explicit_config_that_does_not_exist_exits_2(tmp_path, monkeypatch):
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "--config", "nope.yaml", "growth.yaml", monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and "nope.yaml" in result.stderr


@pytest.mark.parametrize("content", ["", "# all defaults for now\n"])
def test_empty_config_means_defaults(tmp_path, content):
    path = _write(tmp_path, ".okrlint.yaml", content)
    settings = load_settings(path)
    assert settings.fail_on == "warning" and settings.select == ("ALL",)


def test_a_rule_configured_by_name_and_by_code_takes_both(tmp_path):
    # found by the eleventh blind folder: the code's entry replaced the name's options
    path = _write(
        tmp_path,
        ".okrlint.yaml",
        "rules:\n  kpi-cadence-too-slow: {slowest: quarterly}\n  KPI006: {severity: error}\n",
    )
    settings = load_settings(path)
    assert settings.rule_settings["KPI006"] == {"slowest": "quarterly", "severity": "error"}


def test_a_rule_configured_twice_with_different_values_is_a_config_error(tmp_path):
    path = _write(
        tmp_path,
        ".okrlint.yaml",
        "rules:\n  kpi-cadence-too-slow: {slowest: quarterly}\n  KPI006: {slowest: weekly}\n",
    )
    with pytest.raises(ConfigError, match=r":3: rules\.KPI006\.slowest: .*set slowest once"):
        load_settings(path)


# -- discovery -------------------------------------------------------------------


def test_config_is_discovered_upward_from_the_linted_path(tmp_path, monkeypatch):
    _write(tmp_path, "repo/.okrlint.yaml", "ignore: [OBJ003]\n")
    goals = _write(tmp_path, "repo/teams/growth/goals.yaml", GOALS)
    assert find_config(goals) == tmp_path / "repo" / ".okrlint.yaml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _check(elsewhere, str(goals), monkeypatch=monkeypatch)
    codes = {code for code, _ in _codes(result)}
    assert "KR004" in codes and "OBJ003" not in codes


def test_nearest_config_wins_and_yaml_beats_pyproject_in_one_folder(tmp_path):
    _write(tmp_path, ".okrlint.yaml", "fail-on: info\n")
    _write(tmp_path, "pyproject.toml", '[tool.okrlint]\nfail-on = "error"\n')
    assert load_settings(start=tmp_path).fail_on == "info"
    _write(tmp_path, "sub/pyproject.toml", '[tool.okrlint]\nfail-on = "never"\n')
    assert load_settings(start=tmp_path / "sub").fail_on == "never"
    _write(tmp_path, "other/pyproject.toml", '[project]\nname = "no-okrlint-section"\n')
    assert load_settings(start=tmp_path / "other").fail_on == "info"


def test_pyproject_tool_section_is_read(tmp_path, monkeypatch):
    _write(tmp_path, "pyproject.toml", '[tool.okrlint]\nselect = ["KR004"]\n')
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert _codes(result) == [("KR004", 11)]


def test_show_config_prints_the_resolved_settings(tmp_path, monkeypatch):
    _write(
        tmp_path,
        ".okrlint.yaml",
        "fail-on: error\nignore: [KR005]\nrules:\n  too-many-objectives: {max: 4}\n"
        "  KR004: {severity: error}\n",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["show-config"])
    assert result.exit_code == 0, result.output
    shown = yaml.safe_load(result.stdout)
    assert shown["source"] == str(tmp_path / ".okrlint.yaml")
    assert shown["fail-on"] == "error"
    assert shown["rules"]["OBJ001"]["options"] == {"max": 4}
    assert shown["rules"]["KR004"]["severity"] == "error"
    assert shown["rules"]["KR005"]["enabled"] is False
    assert shown["rules"]["DOC001"]["enabled"] is True


def test_show_config_without_a_config_says_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["show-config"])
    assert result.exit_code == 0
    assert "defaults" in yaml.safe_load(result.stdout)["source"]


# -- selection -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("select: [KR004]\n", {"KR004"}),
        ("select: [missing-target]\n", {"KR004"}),
        ("select: [KR]\n", {"KR004", "KR005"}),
        ("select: [OBJ]\n", {"OBJ003"}),
        ("ignore: [KR]\n", {"OBJ003"}),
        ("ignore: [objective-missing-owner, KR005]\n", {"KR004"}),
        ("select: [OBJ003]\nextend-select: [KR005]\n", {"OBJ003", "KR005"}),
        ("select: [KR]\nignore: [missing-baseline]\n", {"KR004"}),
    ],
)
def test_select_ignore_and_extend_select_by_code_prefix_and_name(
    tmp_path, monkeypatch, config, expected
):
    _write(tmp_path, ".okrlint.yaml", config)
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert {code for code, _ in _codes(result)} == expected
    prefix = re.match(r"select: \[(KR|OBJ)\]", config)
    if prefix:  # a prefix selects only its family, whatever rules are added later
        every = re.findall(r"^\S+?:\d+:\d+: (\w+) ", result.stdout, re.M)
        assert every and all(code.startswith(prefix[1]) for code in every)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--select", "KR004,OBJ003"], {"KR004", "OBJ003"}),
        (["--select", "KR", "--ignore", "missing-target"], {"KR005"}),
        (["--select", "OBJ", "--extend-select", "missing-baseline"], {"OBJ003", "KR005"}),
    ],
)
def test_selection_options_on_the_command_line(tmp_path, monkeypatch, args, expected):
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", *args, monkeypatch=monkeypatch)
    assert {code for code, _ in _codes(result)} == expected


def test_ignore_and_extend_select_on_the_command_line_add_to_the_config(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "select: [KR]\nignore: [KR004]\nextend-select: [OBJ003]\n")
    _write(tmp_path, "growth.yaml", GOALS)
    base = {code for code, _ in _codes(_check(tmp_path, "growth.yaml", monkeypatch=monkeypatch))}
    assert base == {"KR005", "OBJ003"}
    more = _check(tmp_path, "growth.yaml", "--ignore", "KR005", monkeypatch=monkeypatch)
    assert {code for code, _ in _codes(more)} == {"OBJ003"}  # KR004 stays ignored
    wider = _check(tmp_path, "growth.yaml", "--extend-select", "KR004", monkeypatch=monkeypatch)
    assert {code for code, _ in _codes(wider)} == {"KR005", "OBJ003"}  # ignore still wins
    other = _check(tmp_path, "growth.yaml", "--select", "OBJ003", monkeypatch=monkeypatch)
    assert {code for code, _ in _codes(other)} == {"OBJ003"}


def test_unknown_selector_on_the_command_line_exits_2(tmp_path, monkeypatch):
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", "--select", "NOPE", monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert "NOPE" in result.stderr


def test_the_command_line_judges_selectors_as_the_config_does(tmp_path, monkeypatch):
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", "--ignore", "DOC001", monkeypatch=monkeypatch)
    assert result.exit_code == 2 and "document rule and always on" in result.stderr
    result = _check(
        tmp_path, "growth.yaml", "--ignore", "trending-off-track", monkeypatch=monkeypatch
    )
    assert result.exit_code == 1  # the findings of the example; the option does nothing
    assert "KR014 (trending-off-track) is in the rule catalog but not built" in result.stderr


def test_doc_rules_stay_on_whatever_is_selected(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "select: [KR004]\n")
    _write(tmp_path, "growth.yaml", GOALS + "  - id: growth-retain\n    titel: x\n")
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert {"DOC002", "DOC003", "KR004"} <= {code for code, _ in _codes(result)}


def test_per_rule_severity_changes_the_reported_severity_and_exit_code(tmp_path, monkeypatch):
    _write(
        tmp_path,
        ".okrlint.yaml",
        "fail-on: error\nrules:\n  KR004: {severity: error}\n  objective-missing-owner: info\n",
    )
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert "KR004 [error]" in result.stdout
    assert "OBJ003 [info]" in result.stdout
    assert result.exit_code == 1
    _write(tmp_path, ".okrlint.yaml", "fail-on: error\n")
    assert _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch).exit_code == 0


def test_rule_options_reach_the_rule(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "select: [OBJ002]\nrules:\n  OBJ002: {min: 4, max: 6}\n")
    _write(tmp_path, "growth.yaml", GOALS)
    assert _codes(_check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)) == [("OBJ002", 7)]
    _write(tmp_path, ".okrlint.yaml", "select: [OBJ002]\nrules:\n  OBJ002: {min: 3, max: 6}\n")
    assert _codes(_check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)) == []


def test_per_file_ignores_by_glob(tmp_path, monkeypatch):
    _write(
        tmp_path,
        ".okrlint.yaml",
        "select: [KR004, OBJ003]\nper-file-ignores:\n  'goals/legacy/*.yaml': [KR004]\n"
        "  'draft-*.yaml': [objective-missing-owner]\n",
    )
    _write(tmp_path, "goals/legacy/old.yaml", GOALS)
    _write(tmp_path, "goals/draft-new.yaml", GOALS.replace("growth-", "new-"))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--today", TODAY, "goals"])
    found = {(line.split(":")[0], line.split()[1]) for line in result.stdout.splitlines()[:-1]}
    found = {item for item in found if not item[0].startswith(" ")}
    assert found == {("goals/legacy/old.yaml", "OBJ003"), ("goals/draft-new.yaml", "KR004")}


@pytest.mark.parametrize("pattern", ["drafts", "goals/drafts", "goals/drafts/", "draf*"])
def test_per_file_ignores_by_folder_cover_every_file_below_it(tmp_path, monkeypatch, pattern):
    _write(
        tmp_path,
        ".okrlint.yaml",
        f"select: [KR004, OBJ003]\nper-file-ignores:\n  '{pattern}': [KR004]\n",
    )
    _write(tmp_path, "goals/drafts/q3/new.yaml", GOALS)
    _write(tmp_path, "goals/growth.yaml", GOALS.replace("growth-", "main-"))
    monkeypatch.chdir(tmp_path / "goals")  # patterns are written from the config's folder
    result = CliRunner().invoke(main, ["check", "--today", TODAY, "."])
    found = {(line.split(":")[0], line.split()[1]) for line in result.stdout.splitlines()[:-1]}
    found = {item for item in found if not item[0].startswith(" ")}
    assert found == {
        ("drafts/q3/new.yaml", "OBJ003"),
        ("growth.yaml", "OBJ003"),
        ("growth.yaml", "KR004"),
    }


@pytest.mark.parametrize(
    ("fail_on", "select", "code"),
    [
        ("error", "KR004", 0),
        ("warning", "KR004", 1),
        ("warning", "KR005", 0),
        ("info", "KR005", 1),
        ("never", "ALL", 0),
    ],
)
def test_fail_on_decides_the_exit_code(tmp_path, monkeypatch, fail_on, select, code):
    _write(tmp_path, ".okrlint.yaml", f"fail-on: {fail_on}\nselect: [{select}]\n")
    _write(tmp_path, "growth.yaml", GOALS)
    assert _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch).exit_code == code


def test_fail_on_option_overrides_the_config(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "fail-on: never\n")
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", "--fail-on", "info", monkeypatch=monkeypatch)
    assert result.exit_code == 1


def test_exit_zero_reports_but_exits_0(tmp_path, monkeypatch):
    _write(tmp_path, "growth.yaml", GOALS + "  - id: x\n    titel: broken\n")
    result = _check(tmp_path, "growth.yaml", "--exit-zero", monkeypatch=monkeypatch)
    assert result.exit_code == 0
    assert "DOC002" in result.stdout


def test_configured_paths_are_used_when_none_are_given(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "paths: [goals]\nselect: [KR004]\n")
    _write(tmp_path, "goals/growth.yaml", GOALS)
    _write(tmp_path, "not-goals/growth.yaml", GOALS.replace("growth-", "other-"))
    result = _check(tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 1
    assert result.stdout.startswith("goals/growth.yaml:11:")
    assert "not-goals" not in result.stdout


def test_exclude_skips_files_in_walked_folders(tmp_path, monkeypatch):
    _write(tmp_path, ".okrlint.yaml", "exclude: ['archive']\nselect: [KR004]\n")
    _write(tmp_path, "goals/growth.yaml", GOALS)
    _write(tmp_path, "goals/archive/old.yaml", "team: A\nobjectives: nope\n")
    result = _check(tmp_path, "goals", monkeypatch=monkeypatch)
    assert "archive" not in result.stdout and "1 file" in result.stdout


def test_a_document_rule_cannot_be_downgraded_in_config(tmp_path):
    import pytest

    from okrlint.config import ConfigError, load_settings

    config = tmp_path / ".okrlint.yaml"
    config.write_text("rules:\n  DOC001: info\n")
    with pytest.raises(ConfigError, match=r"\.okrlint\.yaml:2: .*DOC001 is a document rule"):
        load_settings(config)


def test_patterns_are_read_from_the_config_folder_wherever_okrlint_runs(tmp_path, monkeypatch):
    # `exclude: [goals/archive]` names the folder from the config's folder, and so do
    # per-file-ignores: both hold when goals/ is walked, and from another folder
    _write(
        tmp_path,
        "repo/.okrlint.yaml",
        "exclude: [goals/archive]\nselect: [KR004, OBJ003]\n"
        "per-file-ignores:\n  'goals/legacy/*.yaml': [KR004]\n",
    )
    _write(tmp_path, "repo/goals/legacy/old.yaml", GOALS)
    _write(tmp_path, "repo/goals/archive/old.yaml", GOALS.replace("growth-", "arch-"))
    for cwd, path in ((tmp_path / "repo", "goals"), (tmp_path, "repo/goals")):
        result = _check(cwd, path, monkeypatch=monkeypatch)
        assert "archive" not in result.stdout, cwd
        assert " KR004 " not in result.stdout and " OBJ003 " in result.stdout, cwd
    report = lint_paths([tmp_path / "repo" / "goals"], today=None)
    assert {f.code for f in report.findings} & {"KR004", "OBJ003"} == {"OBJ003"}
    assert all("archive" not in f.path for f in report.findings)


def test_per_file_ignores_are_not_read_from_the_current_folder(tmp_path, monkeypatch):
    # the config is in goals/; 'goals/legacy/*.yaml' is written from the repository root,
    # so from the config's folder it names goals/goals/legacy and matches nothing, from
    # whichever folder okrlint runs: what a pattern means does not depend on the cwd
    _write(
        tmp_path,
        "goals/.okrlint.yaml",
        "select: [KR004]\nper-file-ignores:\n  'goals/legacy/*.yaml': [KR004]\n"
        "  'legacy/new-*.yaml': [KR004]\n",
    )
    _write(tmp_path, "goals/legacy/old.yaml", GOALS)
    _write(tmp_path, "goals/legacy/new-one.yaml", GOALS.replace("growth-", "new-"))
    for cwd, path in ((tmp_path, "goals"), (tmp_path / "goals", ".")):
        result = _check(cwd, path, monkeypatch=monkeypatch)
        flagged = {line.split(":")[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()}
        assert "old.yaml" in flagged and "new-one.yaml" not in flagged, (cwd, result.stdout)


def _force_exclude_repo(tmp_path: Path, config: str = "") -> Path:
    repo = tmp_path / "repo"
    _write(repo, ".okrlint.yaml", "exclude: [goals/archive, 'draft-*']\n" + config)
    _write(repo, "goals/growth.yaml", GOALS)
    _write(repo, "goals/archive/old.yaml", GOALS.replace("growth-", "old-"))
    _write(repo, "goals/draft-q3.yaml", GOALS.replace("growth-", "draft-"))
    return repo


NAMED = ("goals/growth.yaml", "goals/archive/old.yaml", "goals/draft-q3.yaml")


def test_a_named_file_is_linted_even_when_excluded(tmp_path, monkeypatch):
    repo = _force_exclude_repo(tmp_path)
    result = _check(repo, *NAMED, monkeypatch=monkeypatch)
    assert "in 3 files" in result.stdout
    assert "goals/archive/old.yaml:" in result.stdout and "goals/draft-q3.yaml:" in result.stdout


@pytest.mark.parametrize("how", ["flag", "config"])
def test_force_exclude_skips_named_files_and_folders_exclude_matches(tmp_path, monkeypatch, how):
    # what the pre-commit hook needs: it names every staged file, archived ones too
    repo = _force_exclude_repo(tmp_path, "force-exclude: true\n" if how == "config" else "")
    flag = ["--force-exclude"] if how == "flag" else []
    result = _check(repo, *flag, *NAMED, monkeypatch=monkeypatch)
    assert "in 1 file." in result.stdout and "goals/growth.yaml:" in result.stdout
    assert "old-" not in result.stdout and "draft-" not in result.stdout
    # named from below the config's folder, and by absolute path from elsewhere
    result = _check(repo / "goals", *flag, "archive/old.yaml", monkeypatch=monkeypatch)
    assert result.exit_code == 0 and "No problems in 0 files." in result.stdout
    absolute = str(repo / "goals" / "archive" / "old.yaml")
    result = _check(tmp_path, *flag, absolute, "repo/goals/archive", monkeypatch=monkeypatch)
    assert result.exit_code == 0 and "No problems in 0 files." in result.stdout
    # an editor sending the buffer under an excluded name gets nothing back
    monkeypatch.chdir(repo)
    piped = CliRunner().invoke(
        main,
        ["check", *flag, "--stdin-filename", "goals/archive/old.yaml", "-"],
        input=GOALS,
    )
    assert piped.exit_code == 0 and "No problems in 0 files." in piped.stdout
    piped = CliRunner().invoke(
        main, ["check", *flag, "--stdin-filename", "goals/growth.yaml", "-"], input=GOALS
    )
    assert piped.exit_code == 1 and "goals/growth.yaml:" in piped.stdout


def test_force_exclude_never_matches_folders_above_the_project(tmp_path, monkeypatch):
    # tmp_path's own name is "test_force_exclude_never_ma0": a pattern that matches it
    # must not exclude the project below it, named from inside or from outside
    project = tmp_path / "repo"
    _write(project, ".okrlint.yaml", f"exclude: ['{tmp_path.name[:10]}*', 'repo']\n")
    _write(project, "goals/growth.yaml", GOALS)
    for cwd in (project, tmp_path.parent):
        named = str(project / "goals" / "growth.yaml")
        result = _check(cwd, "--force-exclude", named, monkeypatch=monkeypatch)
        assert "in 1 file." in result.stdout, cwd


def test_force_exclude_must_be_a_boolean(tmp_path):
    config = _write(tmp_path, ".okrlint.yaml", "exclude: [archive]\nforce-exclude: yes please\n")
    with pytest.raises(ConfigError, match=r"\.okrlint\.yaml:2: force-exclude: must be true or"):
        load_settings(config)


@pytest.mark.parametrize(
    "config",
    [
        "ignore: [recurring-key-result]\n",  # KR016, by name
        "select: [ALL]\nextend-select: [KR015]\n",
        "per-file-ignores:\n  '*.yaml': [OBJ009]\n",
        "rules:\n  stale-key-result: {max_age_days: 21, severity: info}\n",
        "rules:\n  committed-at-risk: {min_confidence: 0.6}\n",
    ],
)
def test_catalog_rules_not_built_are_accepted_with_a_note(tmp_path, monkeypatch, config):
    _write(tmp_path, ".okrlint.yaml", config)
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert result.exit_code == 1  # linted: the findings of the rules okrlint has
    assert ".okrlint.yaml:" in result.stderr and "has no effect" in result.stderr
    assert "not built into this version of okrlint" in result.stderr


@pytest.mark.parametrize(
    ("config", "words"),
    [
        ("ignore: [recuring-key-result]\n", "names no rule"),  # misspelt: still an error
        ("rules:\n  stale-key-result: {max_days: 21}\n", "unknown option 'max_days'"),
        ("rules:\n  KR016: [3]\n", "must be a mapping"),
        ("rules:\n  KR017: {severity: loud}\n", "must be error, warning or info"),
        ("rules:\n  OBJ011: critical\n", "must be error, warning or info"),
        ("rules:\n  KR016: {min_periods: x}\n", "must be a number"),
    ],
)
def test_mistakes_about_catalog_rules_are_still_errors(tmp_path, monkeypatch, config, words):
    _write(tmp_path, ".okrlint.yaml", config)
    _write(tmp_path, "growth.yaml", GOALS)
    result = _check(tmp_path, "growth.yaml", monkeypatch=monkeypatch)
    assert result.exit_code == 2 and words in result.output


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ('rules:\n  placeholder-text: {extra_patterns: ["(unclosed"]}\n', "not a valid regular"),
        ('rules:\n  placeholder-text: {extra_patterns: [""]}\n', "empty pattern"),
        ("max-file-size: 99999999999999999999\n", "at most 1GB"),
        ("max-file-size: 9" + "9" * 400 + "MB\n", "must be a size"),
        ("rules:\n  KPI006: {slowest: fortnightly}\n", "must be one of daily"),
        ("rules:\n  sandbagging: {max_average: .nan}\n", "must be a number"),
        ("rules:\n  key-result-count: {min: 5, max: 1}\n", r"\(5\) is above its max \(1\)"),
        ("rules:\n  OBJ002: {min: 6}\n", r"\(6\) is above its max \(5\)"),
        ("rules:\n  OBJ002: {min: 4}\n  key-result-count: {max: 3}\n", "above its max"),
    ],
)
def test_config_mistakes_that_used_to_crash_or_pass_name_file_and_line(
    tmp_path: Path, text: str, wanted: str
) -> None:
    from okrlint.config import ConfigError, load_settings

    path = tmp_path / ".okrlint.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=wanted) as error:
        load_settings(path)
    assert f"{path}:" in str(error.value)


def test_a_tool_key_that_is_no_table_is_no_crash(tmp_path: Path) -> None:
    from okrlint.config import load_settings

    path = tmp_path / "pyproject.toml"
    path.write_text('tool = "x"\n')
    assert load_settings(path).select  # no [tool.okrlint]: the defaults


def test_a_config_that_is_a_broken_link_is_reported_not_passed_over(tmp_path: Path) -> None:
    from okrlint.config import ConfigError, load_settings

    (tmp_path / ".okrlint.yaml").symlink_to(tmp_path / "nowhere.yaml")
    with pytest.raises(ConfigError, match="link to a file that does not exist"):
        load_settings(start=tmp_path)


def test_a_pyproject_with_a_byte_order_mark_configures_okrlint(tmp_path: Path) -> None:
    from okrlint.config import load_settings

    (tmp_path / "pyproject.toml").write_bytes(b'\xef\xbb\xbf[tool.okrlint]\nfail-on = "never"\n')
    assert load_settings(start=tmp_path).fail_on == "never"


def test_a_pyproject_that_is_not_utf8_is_reported_when_found(tmp_path: Path) -> None:
    from okrlint.config import ConfigError, load_settings

    (tmp_path / "pyproject.toml").write_bytes(b'# r\xe9glages\n[tool.okrlint]\nfail-on = "never"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_settings(start=tmp_path)
    # a pyproject.toml of another tool, whatever its bytes, is no config of okrlint's
    (tmp_path / "pyproject.toml").write_bytes(b"# r\xe9glages\n[tool.black]\n")
    assert load_settings(start=tmp_path).source is None


def test_a_config_named_with_a_toml_suffix_is_read_as_toml(tmp_path: Path) -> None:
    from okrlint.config import load_settings

    path = tmp_path / "lint.toml"
    path.write_text('[tool.okrlint]\nfail-on = "never"\n', "utf-8")
    assert load_settings(path).fail_on == "never"


def test_an_nlp_model_that_is_not_installed_is_a_note(tmp_path: Path) -> None:
    from okrlint.config import load_settings

    path = tmp_path / ".okrlint.yaml"
    path.write_text("nlp: {model: en_core_web_typo}\n", "utf-8")
    (note,) = load_settings(path).notes
    assert note.startswith(f"{path}:1: nlp.model: no spaCy pipeline 'en_core_web_typo'")
    path.write_text("nlp: {model: pytest}\n", "utf-8")  # any installed package is found
    assert load_settings(path).notes == ()
