"""The library API: lint_paths and lint_text return a Report."""

from __future__ import annotations

from datetime import date

import pytest

import okrlint
from okrlint import Finding, Report, Severity, lint_paths, lint_text
from okrlint.config import Settings
from okrlint.discover import PathNotFound

TODAY = date(2026, 2, 15)
GOALS = "team: A\nperiod: 2026-Q1\nstrategy: s\nobjectives:\n  - id: a-obj\n    title: Be loved\n"


def test_lint_text_returns_a_report_with_findings_files_and_exit_code(tmp_path):
    report = lint_text(GOALS, "growth.yaml", Settings(root=tmp_path), today=TODAY)
    assert isinstance(report, Report)
    assert report.files == ["growth.yaml"]
    assert all(isinstance(f, Finding) for f in report.findings)
    assert ("OBJ003", 5) in [(f.code, f.line) for f in report.findings]
    assert report.exit_code == 1
    assert report.count(Severity.WARNING) >= 1


def test_lint_text_bad_input_is_a_finding_not_an_exception(tmp_path):
    report = lint_text("team: [\n", "broken.yaml", Settings(root=tmp_path), today=TODAY)
    assert [(f.code, f.path) for f in report.findings] == [("DOC001", "broken.yaml")]
    report = lint_text('{"team": }', "broken.json", Settings(root=tmp_path), today=TODAY)
    assert [f.code for f in report.findings] == ["DOC001"]


def test_lint_paths_on_a_folder_and_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "goals").mkdir()
    (tmp_path / "goals" / "a.yaml").write_text(GOALS, "utf-8")
    report = lint_paths(["goals"], today=TODAY)
    assert report.files == ["goals/a.yaml"]
    assert report.exit_code == 1
    clean = lint_paths([tmp_path / "goals" / "a.yaml"], Settings(fail_on="error"), today=TODAY)
    assert clean.exit_code == 0 and clean.findings


def test_lint_paths_accepts_a_config_path(tmp_path):
    (tmp_path / "a.yaml").write_text(GOALS, "utf-8")
    (tmp_path / "cfg.yaml").write_text("ignore: [OBJ003]\n", "utf-8")
    report = lint_paths([tmp_path / "a.yaml"], tmp_path / "cfg.yaml", today=TODAY)
    assert "OBJ003" not in {f.code for f in report.findings}


def test_lint_paths_missing_path_raises_path_not_found(tmp_path):
    with pytest.raises(PathNotFound):
        lint_paths([tmp_path / "nope"], Settings(root=tmp_path))


def test_package_exports_the_api():
    assert set(okrlint.__all__) >= {"lint_paths", "lint_text", "Report", "Finding", "Severity"}
    with pytest.raises(AttributeError):
        okrlint.nothing_here  # noqa: B018


def test_fingerprints_do_not_depend_on_the_current_folder(tmp_path, monkeypatch):
    from okrlint import lint_paths

    (tmp_path / ".git").mkdir()
    goals = tmp_path / "goals"
    goals.mkdir()
    (goals / "a.yaml").write_text("team: A\nperiod: 2026-Q1\nobjectives:\n  - title: Be loved\n")
    monkeypatch.chdir(tmp_path)
    from_root = {f.fingerprint for f in lint_paths(["goals"]).findings}
    monkeypatch.chdir(goals)
    from_inside = {f.fingerprint for f in lint_paths(["."]).findings}
    assert from_root and from_root == from_inside
    monkeypatch.chdir(tmp_path.parent)  # outside the repository, with no config
    from_outside = {f.fingerprint for f in lint_paths([str(goals)]).findings}
    assert from_outside == from_root


def test_which_item_a_team_wide_finding_lands_on_does_not_depend_on_the_current_folder(
    tmp_path, monkeypatch
):
    from okrlint import lint_paths
    from okrlint.config import Settings

    (tmp_path / "goals" / "drafts").mkdir(parents=True)
    objective = "  - id: {0}\n    title: Grow {0}\n    owner: Ana\n"
    (tmp_path / "goals" / "growth.yaml").write_text(
        "team: A\nperiod: 2026-Q1\nobjectives:\n" + objective.format("main-1")
    )
    (tmp_path / "goals" / "drafts" / "next.yaml").write_text(
        "team: A\nperiod: 2026-Q1\nobjectives:\n" + objective.format("draft-1")
    )
    settings = Settings(root=tmp_path, select=("OBJ001",), rule_settings={"OBJ001": {"max": 1}})

    def flagged() -> list[str]:
        return [f.item for f in lint_paths([str(tmp_path / "goals")], settings).findings]

    monkeypatch.chdir(tmp_path)
    from_root = flagged()
    monkeypatch.chdir(tmp_path / "goals" / "drafts")  # "../growth.yaml" sorts first here
    assert from_root == flagged() == ["main-1"]  # goals/drafts/next.yaml comes first


def test_project_paths_are_relative_to_the_project_root_through_symlinks(tmp_path, monkeypatch):
    from okrlint.api import _anchor_to_project
    from okrlint.config import Settings
    from okrlint.finding import Finding, Severity

    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "goals" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(project / "goals")
    (project / "goals" / "out.yaml").symlink_to(tmp_path / "elsewhere" / "b.yaml")
    monkeypatch.chdir(tmp_path)

    def finding(path: str) -> Finding:
        return Finding("KR001", "x", Severity.ERROR, "m", path, related=(("a", 1),))

    paths = [
        "project/goals/sub/a.yaml",
        "link/sub/a.yaml",  # a symlink into the project: the real path counts
        "elsewhere/b.yaml",  # outside the project: kept as shown
        "project",  # the root itself
        str(project / "goals" / ".." / "c.yaml"),
        "project/goals/out.yaml",  # a file linked to one outside: outside
    ]
    found = [finding(p) for p in paths]
    anchored = _anchor_to_project(found, Settings(root=project, source=project / "x.yaml"))
    assert [f.project_path for f in anchored] == [
        "goals/sub/a.yaml",
        "goals/sub/a.yaml",
        "elsewhere/b.yaml",
        ".",
        "c.yaml",
        "project/goals/out.yaml",
    ]
    # the same finding otherwise, and the originals untouched
    assert anchored == found and [f.project_path for f in found] == [""] * 6
    assert all(
        a.related == f.related and a.path == f.path for a, f in zip(anchored, found, strict=True)
    )
