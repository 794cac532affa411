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
