"""Every rule's failing and passing fixtures, checked in one parametrised test.

Layout, one folder per rule:

    fixtures/rules/<CODE>/fail/     goals files; lines where CODE must fire end in
                                    `# expect: CODE` (several codes comma-separated)
    fixtures/rules/<CODE>/pass/     near-misses: CODE must not fire anywhere
    fixtures/rules/<CODE>/config.yaml   optional: `today: YYYY-MM-DD` and
                                    `settings:` (an okrlint config: leadership,
                                    teams, rules options...)

Files that cannot carry a comment on the line (JSON, binary, undecodable text)
list their expectations in a sidecar `expect.yaml` in the same folder:
`{file name: [[line, CODE], ...]}`.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from okrlint import lint_paths
from okrlint.config import Settings, load_settings
from okrlint.registry import all_rules

ROOT = Path(__file__).resolve().parent.parent
RULE_FIXTURES = ROOT / "fixtures" / "rules"
DEFAULT_TODAY = date(2026, 2, 15)
EXPECT_COMMENT = re.compile(r"#\s*expect:\s*([A-Z][A-Z0-9]*\d(?:\s*,\s*[A-Z][A-Z0-9]*\d)*)")
SIDECAR = "expect.yaml"
GOALS_SUFFIXES = (".yaml", ".yml", ".json")

# Rules whose fixtures another engineer is still writing (change
# rules, the second wave). Remove a code from this list in the same change that
# adds its fixtures/rules/<CODE>/ folders. Codes not declared in rules/ are ignored.
RULES_WITHOUT_FIXTURES_YET: frozenset[str] = frozenset(
    {
        # coaching and history rules
        "OBJ009",
        "OBJ010",
        "OBJ011",
        "KR014",
        "KR015",
        "KR016",
        "KR017",
        # change rules (need --diff-base)
        "CHG001",
        "CHG002",
        "CHG003",
        "CHG004",
    }
)

# Builtin rules (implemented in the loader and schema) that still need fixtures.
BUILTIN_RULES_WITH_FIXTURES = frozenset({"DOC001", "DOC002", "DOC006"})


def _rule_folders() -> list[Path]:
    if not RULE_FIXTURES.is_dir():
        return []
    return sorted(p for p in RULE_FIXTURES.iterdir() if p.is_dir())


def _config(folder: Path, tmp_path: Path) -> tuple[Settings, date]:
    """The fixture's settings and today: defaults unless config.yaml says otherwise."""
    config_file = folder / "config.yaml"
    if not config_file.is_file():
        return Settings(root=tmp_path), DEFAULT_TODAY
    raw = yaml.safe_load(config_file.read_text("utf-8")) or {}
    unknown = set(raw) - {"today", "settings"}
    assert not unknown, f"{config_file}: unknown keys {sorted(unknown)}; use today, settings"
    today = raw.get("today", DEFAULT_TODAY)
    if isinstance(today, str):
        today = date.fromisoformat(today)
    settings_file = tmp_path / ".okrlint.yaml"
    settings_file.write_text(yaml.safe_dump(raw.get("settings") or {}), "utf-8")
    return load_settings(settings_file), today


def _expected(folder: Path, code: str) -> set[tuple[str, int]]:
    """(file name, line) of every `# expect:` comment or sidecar entry naming ``code``."""
    expected: set[tuple[str, int]] = set()
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name == SIDECAR or path.suffix not in GOALS_SUFFIXES:
            continue
        try:
            lines = path.read_text("utf-8").splitlines()
        except UnicodeDecodeError:
            continue  # undecodable on purpose: its expectations are in the sidecar
        for number, line in enumerate(lines, start=1):
            match = EXPECT_COMMENT.search(line)
            if match and code in {c.strip() for c in match[1].split(",")}:
                expected.add((path.relative_to(folder).as_posix(), number))
    sidecar = folder / SIDECAR
    if sidecar.is_file():
        for name, entries in (yaml.safe_load(sidecar.read_text("utf-8")) or {}).items():
            assert (folder / name).is_file(), f"{sidecar} names a missing file {name}"
            expected.update((name, line) for line, entry_code in entries if entry_code == code)
    return expected


def _found(folder: Path, code: str, tmp_path: Path) -> set[tuple[str, int]]:
    settings, today = _config(folder.parent, tmp_path)
    report = lint_paths([folder], settings, today=today)
    root = folder.resolve()
    return {
        (Path(f.path).resolve().relative_to(root).as_posix(), f.line)
        for f in report.findings
        if f.code == code
    }


def _cases() -> list[object]:
    declared = {rule.code for rule in all_rules()}
    cases = []
    for folder in _rule_folders():
        if folder.name not in declared:
            continue  # a rule still being written: checked once rules/<CODE>.yaml exists
        for kind in ("fail", "pass"):
            if (folder / kind).is_dir():
                cases.append(pytest.param(folder.name, kind, id=f"{folder.name}-{kind}"))
    return cases


@pytest.mark.parametrize(("code", "kind"), _cases())
def test_rule_fixture(code: str, kind: str, tmp_path: Path) -> None:
    folder = RULE_FIXTURES / code / kind
    found = _found(folder, code, tmp_path)  # linting must not raise, whatever else it finds
    if kind == "fail":
        expected = _expected(folder, code)
        assert expected, f"{folder} has no `# expect: {code}` line"
        assert sorted(found) == sorted(expected), (
            f"{code} fired at {sorted(found - expected)} unexpectedly "
            f"and missed {sorted(expected - found)}"
        )
    else:
        assert not found, f"{code} must not fire in {folder}, but fired at {sorted(found)}"
        assert not _expected(folder, code), f"{folder} is a pass folder with `# expect:` lines"


def _rules_needing_fixtures() -> list[str]:
    return [
        rule.code
        for rule in all_rules()
        if (rule.check != "builtin" or rule.code in BUILTIN_RULES_WITH_FIXTURES)
        and rule.code not in RULES_WITHOUT_FIXTURES_YET
    ]


@pytest.mark.parametrize("code", _rules_needing_fixtures())
def test_every_rule_has_failing_and_passing_fixtures(code: str) -> None:
    for kind in ("fail", "pass"):
        folder = RULE_FIXTURES / code / kind
        files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
        assert files, f"add goals files to {folder.relative_to(ROOT)} for {code}"


def test_allow_list_names_only_declared_rules_without_fixtures() -> None:
    declared = {rule.code for rule in all_rules()}
    for code in RULES_WITHOUT_FIXTURES_YET:
        if code in declared:
            assert not (RULE_FIXTURES / code).is_dir(), (
                f"{code} has fixtures now: remove it from RULES_WITHOUT_FIXTURES_YET"
            )
