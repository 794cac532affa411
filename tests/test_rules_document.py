"""Document rules: bugs found while writing the rule fixtures."""

from __future__ import annotations

import pytest

from okrlint.period import PeriodError, parse_period


def _found(report, code):
    return [(f.line, f.message) for f in report.findings if f.code == code]


def test_unresolved_references_in_a_block_list_are_each_reported_at_their_own_line(lint):
    report = lint(
        "team: Leadership\n"
        "kpis:\n"
        "  - id: monthly-revenue\n"
        "    name: Monthly recurring revenue\n"
        "    drivers:\n"
        "      - trial-starts\n"
        "      - weekly-active-agencies\n"
        "      - activation-rate\n"
        "  - id: trial-starts\n"
        "    name: Weekly trial starts\n"
    )
    assert [line for line, _ in _found(report, "DOC004")] == [7, 8]


def test_unresolved_reference_pointer_names_the_list_entry(lint):
    report = lint(
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: growth-activation\n    title: Make onboarding effortless\n"
        "    depends_on: [growth-pricing, growth-brand]\n"
    )
    pointers = [f.pointer for f in report.findings if f.code == "DOC004"]
    assert pointers == ["/objectives/0/depends_on/0", "/objectives/0/depends_on/1"]


def test_single_reference_is_still_reported_at_its_field(lint):
    report = lint(
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: growth-activation\n    title: Make onboarding effortless\n"
        "    parent: company-profitible\n"
    )
    assert [f.pointer for f in report.findings if f.code == "DOC004"] == ["/objectives/0/parent"]


@pytest.mark.parametrize(("period", "missing"), [({"start": "2026-01-01"}, "end"), ({}, "start")])
def test_period_range_without_start_or_end_names_what_is_missing(period, missing):
    with pytest.raises(PeriodError, match=f"no `{missing}`"):
        parse_period(period)


def test_period_range_without_end_is_reported_in_plain_words(lint):
    report = lint("team: Support\nperiod:\n  start: 2026-01-01\nobjectives: []\n")
    messages = [message for _, message in _found(report, "DOC007")]
    assert len(messages) == 1
    assert "no `end`" in messages[0] and "None" not in messages[0]
