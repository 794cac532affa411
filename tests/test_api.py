"""The library API: lint_paths and lint_text return a Report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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


# ------------------------------------------------------ the library API audit (round 26)
def _team(folder, objectives: int) -> None:
    """Team Growth with ``objectives`` objectives over a.yaml (1) and b.yaml (the rest)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, ids in (("a.yaml", range(1)), ("b.yaml", range(1, objectives))):
        body = "".join(
            f"  - id: o{i}\n    title: Win the market {i}\n    owner: Ann Lee\n" for i in ids
        )
        (folder / name).write_text(
            f"team: Growth\nperiod: 2026-Q1\nstrategy: s\nobjectives:\n{body}", "utf-8"
        )


def test_one_path_as_text_bytes_or_path_is_one_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _team(tmp_path / "goals", 3)
    expected = lint_paths(["goals"], today=TODAY).files
    assert expected == ["goals/a.yaml", "goals/b.yaml"]
    for one in ("goals", b"goals", tmp_path / "goals", [b"goals"]):
        assert lint_paths(one, today=TODAY).files == expected
    with pytest.raises(TypeError, match="a path or a list of paths"):
        lint_paths([3], today=TODAY)


def test_no_paths_lint_the_configured_ones_and_an_empty_list_lints_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _team(tmp_path / "goals", 3)
    (tmp_path / ".okrlint.yaml").write_text("paths: [goals]\nignore: [KR016]\n", "utf-8")
    assert lint_paths(today=TODAY).files == ["goals/a.yaml", "goals/b.yaml"]
    assert lint_paths(None, today=TODAY).files == ["goals/a.yaml", "goals/b.yaml"]
    # a caller's filter that kept no file: nothing to lint, not the whole folder
    empty = lint_paths([], today=TODAY)
    assert empty.files == [] and empty.findings == [] and empty.exit_code == 0
    assert len(empty.notes) == 1 and "KR016" in empty.notes[0]  # the config was read
    (tmp_path / ".okrlint.yaml").write_text("paths: [goals]\nfail-on: sometimes\n", "utf-8")
    with pytest.raises(okrlint.ConfigError, match="fail-on"):
        lint_paths([])


def test_a_file_named_twice_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _team(tmp_path / "goals", 3)
    (tmp_path / "goals" / "current.yaml").symlink_to("a.yaml")
    once = lint_paths(["goals"], today=TODAY)
    for twice in (
        ["goals", str(tmp_path / "goals")],
        ["goals", "goals/../goals"],
        ["goals/a.yaml", str(tmp_path / "goals" / "a.yaml"), "goals/current.yaml", "goals"],
    ):
        report = lint_paths(twice, today=TODAY)
        assert sorted(report.files) == sorted(once.files), twice
        assert [f.code for f in report.findings] == [f.code for f in once.findings], twice
        assert "DOC003" not in {f.code for f in report.findings}


def test_lint_text_reads_what_checking_the_file_would(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    goals = tmp_path / "goals"
    _team(goals, 3)
    (goals / "sub").mkdir()
    (goals / "sub" / "kpis.yaml").write_text(
        "team: Growth\nperiod: 2026-Q1\nkpis:\n  - id: activation\n    name: Activation rate\n",
        "utf-8",
    )
    (goals / "c.yaml").write_text(
        "team: Growth\nperiod: 2026-Q1\nstrategy: s\nobjectives:\n  - id: o9\n"
        "    title: Win the market 9\n    owner: Ann Lee\n    parent: o1\n"
        "    key_results:\n      - title: Raise activation from 20% to 30%\n"
        "        metric: activation\n",
        "utf-8",
    )
    text = (goals / "c.yaml").read_text("utf-8")

    def seen(report):
        return sorted((f.code, f.line, f.message) for f in report.findings)

    as_file = lint_paths(["goals/c.yaml"], today=TODAY)
    assert ("DOC004", 11) in [(f.code, f.line) for f in as_file.findings]  # sub/ is not read
    assert "OBJ001" in {f.code for f in as_file.findings}  # o0, o1, o2 and o9: 4 > 3
    for filename in ("goals/c.yaml", goals / "c.yaml"):
        assert seen(lint_text(text, filename, today=TODAY)) == seen(as_file)
    # a folder named as context and also configured is read once: no doubled counts
    (tmp_path / ".okrlint.yaml").write_text("paths: [goals]\n", "utf-8")
    in_folder = lint_paths(["goals"], today=TODAY)
    mine = [(f.code, f.line, f.message) for f in in_folder.findings if f.path == "goals/c.yaml"]
    with_context = lint_text(text, "goals/c.yaml", today=TODAY, context_paths=["goals"])
    assert seen(with_context) == sorted(mine)
    assert seen(lint_text(text, "goals/c.yaml", today=TODAY)) == sorted(mine)


def test_today_is_a_date_and_a_datetime_gives_its_date(tmp_path):
    from datetime import datetime

    doc = (
        "team: Support\nperiod: 2026-Q1\nkpis:\n  - {id: backlog, name: Ticket backlog, "
        "owner: Eli Park, type: leading, cadence: weekly, threshold: {max: 150}, "
        "current: 182, action: Add a triage rota}\n"
    )
    by_date = lint_text(doc, "s.yaml", Settings(root=tmp_path), today=TODAY)
    at_nine = lint_text(doc, "s.yaml", Settings(root=tmp_path), today=datetime(2026, 2, 15, 9))
    assert [f.code for f in at_nine.findings] == [f.code for f in by_date.findings]
    assert "KPI008" in {f.code for f in by_date.findings}
    for wrong in ("2026-02-15", 20260215):
        with pytest.raises(TypeError, match="today must be a datetime.date"):
            lint_text(doc, "s.yaml", Settings(root=tmp_path), today=wrong)
        with pytest.raises(TypeError, match="today must be a datetime.date"):
            lint_paths([tmp_path], Settings(root=tmp_path), today=wrong)


def test_text_with_lone_surrogates_is_doc001_as_its_bytes_are(tmp_path):
    settings = Settings(root=tmp_path)
    from_bytes = lint_text(b"team: \xff\n", "a.yaml", settings, today=TODAY)
    for text in ("team: \udcff\n", "team: \ud800\n"):
        report = lint_text(text, "a.yaml", settings, today=TODAY)
        assert [f.code for f in report.findings] == ["DOC001"]
    assert [f.message for f in from_bytes.findings] == [
        f.message for f in lint_text("team: \udcff\n", "a.yaml", settings, today=TODAY).findings
    ]


def test_documents_of_a_cached_run_are_a_list_to_every_operation(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _team(tmp_path / "goals", 2)
    fresh = lint_paths(["goals"], today=TODAY, cache=True)
    cached = lint_paths(["goals"], today=TODAY, cache=True)
    assert type(cached.documents).__name__ == "_LazyDocuments"  # answered from the cache
    assert cached.documents.copy() != [] and len(cached.documents + []) == 2
    assert repr(cached.documents) != "[]" and cached.documents == list(cached.documents)
    assert [d.path for d in cached.documents] == [d.path for d in fresh.documents]


def test_failed_takes_never_and_severities_in_any_spelling(tmp_path):
    report = lint_text(GOALS, "growth.yaml", Settings(root=tmp_path), today=TODAY)
    assert report.failed("ERROR") is False and report.failed("Warning") is True
    assert report.failed("Never") is False and report.failed(" never ") is False
    assert report.failed(Severity.WARNING) is True and report.failed(Severity.ERROR) is False


def test_errors_share_one_base_and_say_what_is_wrong(tmp_path):
    with pytest.raises(okrlint.OkrlintError) as caught:
        lint_paths([tmp_path / "nope"])
    error = caught.value
    assert isinstance(error, okrlint.PathNotFound) and isinstance(error, FileNotFoundError)
    assert str(error) == f"no such file or folder: {tmp_path / 'nope'}"
    assert error.path == str(tmp_path / "nope")
    import pickle

    assert str(pickle.loads(pickle.dumps(error))) == str(error)  # not the message twice
    (tmp_path / "bad.yaml").write_text("select: [NOPE]\n", "utf-8")
    with pytest.raises(okrlint.OkrlintError):
        lint_paths([tmp_path], tmp_path / "bad.yaml")
    assert issubclass(okrlint.ConfigError, okrlint.OkrlintError)
    assert issubclass(okrlint.GitError, okrlint.OkrlintError)
    assert okrlint.Settings is Settings


@pytest.mark.slow
def test_threads_calling_the_library_at_once_never_hang(tmp_path):
    # a child forked while another thread held an import lock waited for it forever
    import subprocess
    import sys

    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "bench")!r})
from concurrent.futures import ThreadPoolExecutor
import gen_corpus
from okrlint import lint_paths
folders = []
for seed in range(4):
    folder = {str(tmp_path)!r} + f"/big{{seed}}"
    gen_corpus.main([folder, "--files", "120", "--seed", str(seed)])
    folders.append(folder)
with ThreadPoolExecutor(4) as pool:
    counts = list(pool.map(lambda f: len(lint_paths([f]).findings), folders))
serial = [len(lint_paths([f]).findings) for f in folders]
assert counts == serial, (counts, serial)
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stderr


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"select": ("BOGUS",)}, "Settings: select: 'BOGUS' names no rule"),
        ({"ignore": ["DOC001"]}, "Settings: ignore: DOC001 is a document rule"),
        ({"extend_select": None}, "Settings: extend_select: must be a list"),
        ({"fail_on": "sometimes"}, "Settings: fail_on: must be one of"),
        ({"rule_settings": {"OBJ001": {"max": "x"}}}, "option max of OBJ001 must be"),
        ({"rule_settings": {"OBJ001": {"maxx": 2}}}, "unknown option 'maxx' for rule OBJ001"),
        ({"rule_settings": {"NOPE1": {}}}, "Settings: rule_settings.NOPE1: no rule"),
        ({"rule_settings": {"KR005": {"severity": "fatal"}}}, "must be error, warning or info"),
        ({"per_file_ignores": {"drafts": ["NOPE"]}}, "per_file_ignores.drafts: 'NOPE' names"),
        ({"teams": {"Growth": "Ana"}}, "Settings: teams: must map each team"),
        ({"max_file_size": 0}, "Settings: max_file_size: must be a number of bytes"),
        ({"authorship": "blame"}, "Settings: authorship: must be 'field' or 'git'"),
        ({"paths": None}, "Settings: paths: must be a list of text"),
    ],
)
def test_settings_built_by_hand_are_checked_as_a_config_file_is(tmp_path, changes, message):
    import dataclasses

    with pytest.raises(okrlint.ConfigError, match=message.replace(".", r"\.")):
        dataclasses.replace(Settings(root=tmp_path), **changes)
    with pytest.raises(okrlint.ConfigError, match=message.replace(".", r"\.")):
        Settings(root=tmp_path, **changes)


def test_settings_built_by_hand_are_read_as_a_config_file_is(tmp_path):
    settings = Settings(
        root=str(tmp_path),
        select="OBJ",  # one selector, never its letters
        leadership="Maria Costa",
        per_file_ignores={"drafts": "OBJ001"},
        rule_settings={"too-many-objectives": {"max": 1}, "KR005": "error"},
        teams={"Growth": ("Ana Lima",)},
    )
    assert settings.root == tmp_path and settings.select == ("OBJ",)
    assert settings.leadership == ("Maria Costa",)
    assert settings.per_file_ignores == (("drafts", ("OBJ001",)),)
    assert settings.rule_settings == {"OBJ001": {"max": 1}, "KR005": {"severity": "error"}}
    assert settings.teams == {"Growth": ["Ana Lima"]}
    goals = tmp_path / "goals.yaml"
    goals.write_text(
        "team: A\nperiod: 2026-Q1\nobjectives:\n"
        + "".join(f"  - {{id: o{n}, title: Aim {n}, owner: Ana}}\n" for n in range(2)),
        "utf-8",
    )
    report = lint_paths(goals, settings, today=TODAY)
    codes = {f.code for f in report.findings}
    assert "OBJ001" in codes and codes <= {"OBJ001", "OBJ002", "OBJ007"}  # max 1, OBJ only


@pytest.mark.parametrize(
    ("changes", "where", "without"),
    [
        ({"select": ("ALL", "objective-too-long")}, "Settings: select: OBJ009", {"select": "ALL"}),
        ({"ignore": "KR016"}, "Settings: ignore: KR016", {"ignore": ()}),
        ({"extend_select": ["KR015"]}, "Settings: extend_select: KR015", {"extend_select": ()}),
        (
            {"per_file_ignores": {"drafts": ["OBJ010"]}},
            "Settings: per_file_ignores.drafts: OBJ010",
            {"per_file_ignores": ()},
        ),
        (
            {"rule_settings": {"stale-key-result": {"max_age_days": 21, "severity": "info"}}},
            "Settings: rule_settings.KR015: KR015",
            {"rule_settings": {}},
        ),
    ],
)
def test_catalog_rules_not_built_in_hand_built_settings_get_the_config_files_note(
    tmp_path, changes, where, without
):
    import dataclasses

    settings = Settings(root=tmp_path, **changes)
    assert len(settings.notes) == 1 and settings.notes[0].startswith(where)
    assert settings.notes[0].endswith(
        "not built into this version of okrlint; the setting has no effect"
    )
    report = lint_text("team: A\nobjectives: []\n", "a.yaml", settings, today=TODAY)
    assert report.notes == list(settings.notes)  # shown as a config file's are
    # a copy keeps the note once; a copy without the setting has none
    assert dataclasses.replace(settings, fail_on="error").notes == settings.notes
    assert dataclasses.replace(settings, **without).notes == ()


def test_a_config_files_note_is_not_repeated_for_its_settings(tmp_path):
    config = tmp_path / ".okrlint.yaml"
    config.write_text("select: [ALL, OBJ009]\nrules:\n  KR015: {max_age_days: 3}\n", "utf-8")
    settings = okrlint.config.load_settings(config)
    assert [note.split(": ", 2)[1] for note in settings.notes] == ["select", "rules.KR015"]


def test_report_counts_severities_by_name_or_value(tmp_path):
    report = lint_text(GOALS, "growth.yaml", Settings(root=tmp_path), today=TODAY)
    warnings = report.count(Severity.WARNING)
    assert warnings >= 1
    assert report.count("warning") == report.count(" Warning ") == warnings
    assert report.count(2) == warnings
    with pytest.raises(ValueError, match="unknown severity"):
        report.count("warn")
