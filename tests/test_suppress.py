"""Suppressions: inline comments, in-document `lint:` keys, DOC rules never silenced,
and the unused-suppression report."""

from __future__ import annotations

from datetime import date

import pytest

from okrlint import lint_text
from okrlint.config import Settings

TODAY = date(2026, 2, 15)

HEAD = "team: Growth\nperiod: 2026-Q1\nstrategy: Win small agencies\nobjectives:\n"


def _lint(tmp_path, body: str, select=("KR004", "OBJ003", "KPI001"), unused=False):
    settings = Settings(root=tmp_path, select=tuple(select))
    report = lint_text(
        HEAD + body,
        str(tmp_path / "goals.yaml"),
        settings,
        today=TODAY,
        report_unused_suppressions=unused,
    )
    return sorted((f.code, f.line) for f in report.findings)


KRS = """\
    key_results:
      - id: kr-one
        title: Grow things
"""


def test_without_suppressions_the_findings_are_there(tmp_path):
    body = "  - id: obj\n    title: Be loved\n" + KRS
    assert _lint(tmp_path, body) == [("KR004", 8), ("OBJ003", 5)]


def test_disable_on_the_items_line_covers_its_findings(tmp_path):
    body = "  - id: obj  # okrlint: disable=OBJ003\n    title: Be loved\n" + KRS.replace(
        "kr-one", "kr-one  # okrlint: disable=missing-target"
    )
    assert _lint(tmp_path, body) == []


def test_disable_on_the_findings_own_line(tmp_path):
    body = "team: A\nobjectives: []\nkpis:\n  - id: k\n    name: N\n    owner: O\n    target: 3\n"
    text = body.replace("target: 3", "target: 3  # okrlint: disable=KPI007")
    report = lint_text(text, str(tmp_path / "g.yaml"), Settings(root=tmp_path), today=TODAY)
    assert "KPI007" not in {f.code for f in report.findings}
    report = lint_text(body, str(tmp_path / "g.yaml"), Settings(root=tmp_path), today=TODAY)
    assert ("KPI007", 7) in {(f.code, f.line) for f in report.findings}


def test_disable_names_only_the_codes_it_lists(tmp_path):
    body = "  - id: obj  # okrlint: disable=KR004\n    title: Be loved\n" + KRS
    assert _lint(tmp_path, body) == [("KR004", 8), ("OBJ003", 5)]


def test_disable_next_line(tmp_path):
    body = "  # okrlint: disable-next-line=OBJ003,KR004\n  - id: obj\n    title: Be loved\n" + KRS
    assert _lint(tmp_path, body) == [("KR004", 9)]


def test_disable_file(tmp_path):
    body = "  - id: obj\n    title: Be loved\n" + KRS + "# okrlint: disable-file=KR004\n"
    assert _lint(tmp_path, body) == [("OBJ003", 5)]


def test_lint_key_on_an_item_by_code_and_by_name(tmp_path):
    body = (
        "  - id: obj\n    title: Be loved\n"
        "    lint: {ignore: [objective-missing-owner], reason: shared ownership}\n"
        + KRS
        + "        lint:\n          ignore: [KR004]\n          reason: baseline first\n"
    )
    assert _lint(tmp_path, body) == []


def test_lint_key_written_with_escapes_still_counts(tmp_path):
    # "\x6cint" is `lint` in a double-quoted YAML key: the text never says "lint"
    body = '  - id: obj\n    title: Be loved\n    "\\x6cint": {ignore: [KR004, OBJ003]}\n' + KRS
    assert "lint" not in body
    assert _lint(tmp_path, body) == []


def test_okrlint_key_is_not_a_suppression_comment(tmp_path):
    # every file may say `okrlint:` (the format's own key); only comments suppress
    body = "  - id: obj\n    title: Be loved\n" + KRS + "okrlint: 1\n"
    assert _lint(tmp_path, body) == [("KR004", 8), ("OBJ003", 5)]


def test_lint_key_after_an_okrlint_key_still_counts(tmp_path):
    # the format's `okrlint:` key holds "lint" too; a real `lint` key must still be found
    body = "  - id: obj\n    title: Be loved\n    lint: {ignore: [KR004]}\n" + KRS + "okrlint: 1\n"
    assert _lint(tmp_path, body) == [("OBJ003", 5)]


def test_lint_key_pre_check_finds_what_the_word_pattern_finds():
    import random
    import re

    from okrlint.suppress import _may_have_lint_key

    word = re.compile(r"\blint\b|\\")
    fixed = ["lint", "okrlint: 1", "lint_", "_lint", "blinty", "é lint é", "xlint lint", "\\"]
    rng = random.Random(7)
    letters = "lint_ ok:\\é9\n"
    made = ["".join(rng.choices(letters, k=rng.randint(0, 14))) for _ in range(5000)]
    for text in fixed + made:
        assert _may_have_lint_key(text) == bool(word.search(text)), text


def test_lint_key_on_an_objective_covers_its_key_results(tmp_path):
    body = "  - id: obj\n    title: Be loved\n    lint: {ignore: [KR004, OBJ003]}\n" + KRS
    assert _lint(tmp_path, body) == []


def test_lint_key_at_the_top_level_covers_the_document(tmp_path):
    body = "  - id: obj\n    title: Be loved\n" + KRS + "lint: {ignore: [KR004], reason: draft}\n"
    assert _lint(tmp_path, body) == [("OBJ003", 5)]


def test_doc_rules_are_never_suppressed(tmp_path):
    body = (
        "# okrlint: disable-file=DOC002,DOC003\n"
        "  - id: obj  # okrlint: disable=DOC002\n    titel: Be loved\n"
        "    lint: {ignore: [DOC002, schema-violation]}\n"
    )
    found = _lint(tmp_path, body)
    assert ("DOC002", 7) in found


def test_unused_suppressions_are_reported_with_unknown_codes(tmp_path):
    body = (
        "  - id: obj  # okrlint: disable=OBJ003,KR004,NOPE123\n    title: Be loved\n"
        "    lint: {ignore: [KPI001, DOC002]}\n"
        + KRS.replace("kr-one", "kr-one  # okrlint: disable=KR004")
    )
    found = _lint(tmp_path, body, unused=True)
    assert found == [("SUP001", 5), ("SUP001", 5), ("SUP001", 7), ("SUP001", 7)]
    assert _lint(tmp_path, body) == []


_NOT_BUILT = "is in the rule catalog but not built into this version of okrlint"


@pytest.mark.parametrize(
    ("written", "messages"),
    [
        ("OBJ003,NOPE123", ["`NOPE123` names no rule"]),
        # the second wave's codes and names are stable: not a typo, just not built yet
        (
            "KR014,stale-key-result",
            [
                f"KR014 (trending-off-track) {_NOT_BUILT}, so it suppresses nothing yet",
                f"`stale-key-result`: KR015 (stale-key-result) {_NOT_BUILT}, so it "
                "suppresses nothing yet",
            ],
        ),
    ],
)
def test_unused_suppression_messages_say_why(tmp_path, written, messages):
    body = f"  - id: obj  # okrlint: disable={written}\n    title: Be loved\n" + KRS
    settings = Settings(root=tmp_path, select=("KR004", "OBJ003"))
    report = lint_text(
        HEAD + body,
        str(tmp_path / "g.yaml"),
        settings,
        today=TODAY,
        report_unused_suppressions=True,
    )
    found = [f.message for f in report.findings if f.code == "SUP001"]
    assert found == [f"unused suppression: {message}" for message in messages]


def test_a_suppression_written_inside_a_block_scalar_is_text_not_a_comment(tmp_path):
    body = (
        "  - id: obj\n    title: Be loved\n    owner: Ana\n"
        "    key_results:\n"
        "      - id: kr-zero\n        title: Grow things to 5\n"
        "        description: |\n"
        "          To silence the linter on the next one, write:\n"
        "          # okrlint: disable-next-line=KR004\n"
        "      - id: kr-one\n        title: Grow things\n"
    )
    assert _lint(tmp_path, body) == [("KR004", 14)]


def test_a_suppression_inside_a_quoted_string_is_text_not_a_comment(tmp_path):
    body = (
        "  - id: obj\n    title: Be loved\n    owner: Ana\n"
        "    key_results:\n"
        '      - title: "Grow things # okrlint: disable=KR004"\n        id: kr-one\n'
    )
    assert _lint(tmp_path, body) == [("KR004", 9)]


def test_a_comment_after_a_block_scalar_header_is_a_comment(tmp_path):
    body = (
        "  - id: obj\n    title: Be loved\n    owner: Ana\n"
        "    key_results:\n"
        "      - title: |  # okrlint: disable=KR004\n"
        "          Grow things\n"
        "        id: kr-one\n"
    )
    assert _lint(tmp_path, body) == []
