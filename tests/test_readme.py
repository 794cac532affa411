"""The README's rule table is generated from rules/; they must not drift apart."""

from __future__ import annotations

import re

from conftest import ROOT

from okrlint.docs import rules_markdown


def test_readme_rule_table_matches_rules_folder():
    readme = (ROOT / "README.md").read_text("utf-8")
    match = re.search(r"<!-- rules-table:start -->\n(.*)<!-- rules-table:end -->", readme, re.S)
    assert match, "README.md lost its rules-table markers"
    assert match[1] == rules_markdown(), (
        "README rule table is stale: regenerate it with `okrlint rules --format markdown`"
    )


def test_readme_starts_with_install_and_test_commands():
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert block is not None
    first, second = block[1].strip().splitlines()[:2]
    assert first.startswith("pip install") and "okrlint check fixtures/examples" in first
    assert second.startswith("pip install") and "pytest" in second


def test_readme_sample_output_is_what_the_examples_really_print():
    from datetime import date

    from okrlint import lint_paths
    from okrlint.formatters import render

    readme = (ROOT / "README.md").read_text("utf-8")
    shown = re.search(r"```console\n\$ okrlint check fixtures/examples\n(.*?)```", readme, re.S)
    assert shown is not None
    examples = ROOT / "fixtures" / "examples"
    report = lint_paths([examples], config=examples / ".okrlint.yaml", today=date(2026, 11, 16))
    printed = render("text", report).replace(str(examples), "fixtures/examples")
    relative = [line.split("fixtures/examples", 1)[-1] for line in printed.splitlines()]
    expected = [line.split("fixtures/examples", 1)[-1] for line in shown[1].splitlines()]
    assert relative == expected
