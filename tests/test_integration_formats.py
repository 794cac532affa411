"""CI formats: SARIF (validated against the OASIS schema), GitLab, JUnit, Markdown."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from okrlint import lint_paths
from okrlint.cli import main
from okrlint.config import Settings
from okrlint.formatters import FORMATS, render

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
TODAY = date(2026, 2, 15)
BAD = """\
team: Growth
period: 2026-Q1
objectives:
  - id: growth-unit-economics
    title: Win customers we can afford to keep
    owner: Ana Lima
    key_results:
      - id: growth-cac
        title: Reduce customer acquisition cost
        author: leadership
      - id: growth-orders
        title: Grow orders per customer per quarter from 1.4 to 1.6
        baseline: 1.4
        target: 1.6
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git work tree with goals/growth.yaml; the current folder is its root."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "growth.yaml").write_text(BAD, "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _report(repo: Path):
    return lint_paths(["goals"], Settings(root=repo), today=TODAY)


def test_sarif_is_valid_against_the_oasis_schema(repo: Path) -> None:
    sarif = json.loads(render("sarif", _report(repo)))
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_results_carry_what_code_scanning_needs(repo: Path) -> None:
    report = _report(repo)
    run = json.loads(render("sarif", report))["runs"][0]
    assert run["results"], "the fixture must produce findings"
    rules = run["tool"]["driver"]["rules"]
    for result, finding in zip(run["results"], report.findings, strict=True):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {
            "uri": "goals/growth.yaml",
            "uriBaseId": "%SRCROOT%",
        }
        assert location["region"]["startLine"] == finding.line
        assert result["partialFingerprints"] == {"okrlint/v1": finding.fingerprint}
        rule = rules[result["ruleIndex"]]
        assert rule["id"] == result["ruleId"] == finding.code
        assert "helpUri" not in rule  # no website: the help travels in the file
        assert rule["help"]["text"].startswith(finding.code)
        assert "Why it matters" in rule["help"]["markdown"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"


def test_sarif_uris_are_repository_relative_from_a_subfolder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "goals")
    report = lint_paths(["growth.yaml"], Settings(root=repo), today=TODAY)
    run = json.loads(render("sarif", report))["runs"][0]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"goals/growth.yaml"}


@pytest.mark.parametrize("where", ["goals", "..", "../.."])
def test_every_ci_format_names_files_from_the_repository_root(
    repo: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    # a monorepo job runs in a subfolder, or a script outside the work tree; GitHub,
    # GitLab and code scanning all read paths from the repository's root
    (repo / "team").mkdir()
    (repo / "goals").rename(repo / "team" / "goals")
    start = (repo / "team" / where).resolve()
    monkeypatch.chdir(start)
    report = lint_paths([str(repo / "team" / "goals")], today=TODAY)
    run = json.loads(render("sarif", report))["runs"][0]
    sarif = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    gitlab = {issue["location"]["path"] for issue in json.loads(render("gitlab", report))}
    annotations = [line for line in render("github", report).splitlines() if "file=" in line]
    github = {line.split("file=", 1)[1].split(",", 1)[0] for line in annotations}
    assert sarif == gitlab == github == {"team/goals/growth.yaml"}


def test_sarif_fingerprints_survive_moving_lines(repo: Path) -> None:
    before = json.loads(render("sarif", _report(repo)))["runs"][0]["results"]
    moved = BAD.replace("objectives:", "x-jira: GROW-12\n\nobjectives:")
    (repo / "goals" / "growth.yaml").write_text("# a comment\n\n" + moved, "utf-8")
    after = json.loads(render("sarif", _report(repo)))["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after] != [
        r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before
    ]
    assert [r["partialFingerprints"] for r in after] == [r["partialFingerprints"] for r in before]


def test_sarif_without_findings_is_still_valid(repo: Path) -> None:
    (repo / "goals" / "growth.yaml").write_text("team: Growth\nperiod: 2026-Q1\n", "utf-8")
    sarif = json.loads(render("sarif", _report(repo)))
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif)
    assert sarif["runs"][0]["results"] == []


def test_gitlab_code_quality_has_unique_fingerprints_and_relative_paths(repo: Path) -> None:
    report = _report(repo)
    doubled = type(report)(report.findings * 2, report.files, report.settings)
    issues = json.loads(render("gitlab", doubled))
    assert len(issues) == 2 * len(report.findings)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for issue in issues:
        assert issue["location"]["path"] == "goals/growth.yaml"
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["description"] and issue["check_name"]
        assert isinstance(issue["location"]["lines"]["begin"], int)


def test_junit_has_a_failure_per_finding_at_or_above_fail_on(repo: Path) -> None:
    report = _report(repo)
    root = ET.fromstring(render("junit", report))
    failing = [f for f in report.findings if f.severity >= report.settings.fail_threshold]
    assert root.tag == "testsuites"
    assert int(root.get("failures")) == len(failing) > 0
    assert len(root.findall(".//testcase")) == len(report.findings)
    suite = root.find("testsuite")
    assert suite is not None and suite.get("name") == "goals/growth.yaml"


def test_junit_reports_a_clean_file_as_a_passing_case(repo: Path) -> None:
    (repo / "goals" / "growth.yaml").write_text("team: Growth\nperiod: 2026-Q1\n", "utf-8")
    root = ET.fromstring(render("junit", _report(repo)))
    assert root.get("failures") == "0"
    assert [c.get("name") for c in root.iter("testcase")] == ["no problems"]


def test_markdown_summary_lists_each_finding_in_a_table(repo: Path) -> None:
    report = _report(repo)
    text = render("markdown", report)
    assert text.startswith("## okrlint\n")
    rows = [line for line in text.splitlines() if line.startswith("| `goals/growth.yaml:")]
    assert len(rows) == len(report.findings)
    assert "KR003 leadership-written-key-result" in text


def test_markdown_shows_statements_and_hints_as_written_never_as_markup(
    repo: Path,
) -> None:
    (repo / "goals" / "odd|name.yaml").write_text(
        "team: Odd\nperiod: 2026-Q1\nobjectives:\n  - id: o1\n    owner: Ana\n"
        "    title: Grow\n    key_results:\n      - id: k1\n        title: Improve retention\n"
        "      - id: k2\n        title: Keep <img src=x> [a](b) & churn under 5% every month\n",
        "utf-8",
    )
    report = lint_paths(["goals"], Settings(root=repo), today=TODAY)
    text = render("markdown", report)
    table = [line for line in text.splitlines() if line.startswith("| `")]
    assert all("<" not in line and ">" not in line for line in table)
    assert r"'Keep &lt;img src=x&gt; \[a\](b) &amp; churn under 5% every month'" in text
    assert "from &lt;today&gt; to &lt;goal&gt;" in text  # KR009's advice keeps its placeholders
    assert "| `goals/odd\\|name.yaml:" in text  # a pipe in a code span still ends no cell
    assert all(line.count(" | ") - line.count("\\| ") == 3 for line in table)


def test_cli_writes_several_formats_in_one_run(repo: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "check",
            "goals",
            "--today",
            "2026-02-15",
            "-f",
            "github",
            "-f",
            "sarif:out/okrlint.sarif",
            "-f",
            "gitlab:gl-code-quality.json",
            "-f",
            "junit:okrlint.xml",
            "-f",
            "markdown:summary.md",
        ],
    )
    assert result.exit_code == 1, result.output
    assert "::warning file=goals/growth.yaml" in result.output
    assert json.loads((repo / "out" / "okrlint.sarif").read_text())["version"] == "2.1.0"
    assert json.loads((repo / "gl-code-quality.json").read_text())
    ET.parse(repo / "okrlint.xml")
    assert "## okrlint" in (repo / "summary.md").read_text()


def test_every_format_is_registered() -> None:
    assert {"sarif", "gitlab", "junit", "markdown"} <= set(FORMATS)


def test_json_is_exactly_what_json_dumps_with_indent_writes(tmp_path):
    """The JSON formatter lays findings out with the C encoder; the text must be
    byte for byte ``json.dumps(..., indent=2, ensure_ascii=False)``, whatever the
    strings hold (quotes, backslashes, control characters, non-ASCII, separators)."""
    import random

    from okrlint.finding import Finding, Severity
    from okrlint.formatters.json_format import dumps_flat_list

    rng = random.Random(5)
    alphabet = ['"', "\\", "\n", "\t", "\x00", "\x1f", "é", "€", "\u2028", "😀", ",", ":", " ", "a"]
    findings = [
        Finding(
            code=f"KR{rng.randint(1, 99):03d}",
            name="".join(rng.choices(alphabet, k=rng.randint(0, 6))),
            severity=rng.choice(list(Severity)),
            message="".join(rng.choices(alphabet, k=rng.randint(0, 30))),
            path="".join(rng.choices(alphabet, k=rng.randint(1, 10))),
            line=rng.randint(1, 10**6),
            column=rng.randint(1, 500),
            end_line=rng.choice([None, rng.randint(1, 10**6)]),
            hint="".join(rng.choices(alphabet, k=rng.randint(0, 10))),
            pointer="/objectives/0/key_results/1",
        )
        for _ in range(300)
    ]
    rows = [f.to_dict() for f in findings]
    expected = json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    assert dumps_flat_list(rows) == expected
    assert dumps_flat_list([]) == json.dumps([], indent=2) + "\n"
    assert dumps_flat_list([{}]) == json.dumps([{}], indent=2) + "\n"
    assert dumps_flat_list([{"a": None, "b": True, "c": 1.5}]) == (
        json.dumps([{"a": None, "b": True, "c": 1.5}], indent=2) + "\n"
    )
