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


def test_an_unreadable_checkin_date_names_its_item_and_points_at_the_date(lint):
    report = lint(
        "team: Ops\nperiod: 2026-Q1\nobjectives:\n  - id: o\n    title: Run well\n"
        "    key_results:\n      - id: ops-cycle\n        title: Cut cycle time from 6 to 3 days\n"
        "        checkins:\n          - {date: 2026-01-10, value: 5}\n"
        "          - {date: 2026-02-30, value: 4}\n"
        "kpis:\n  - id: k\n    name: Cycle time\n    checkins:\n"
        "      - {date: 31/01/2026, value: 5}\n"
    )
    found = [(f.item, f.line, f.pointer) for f in report.findings if f.code == "DOC007"]
    assert found == [
        ("ops-cycle", 11, "/objectives/0/key_results/0/checkins/1/date"),
        ("k", 16, "/kpis/0/checkins/0/date"),
    ]


def test_schema_and_duplicate_key_findings_name_the_item_they_are_in(lint):
    report = lint(
        "team: Growth\nteam: Growth\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: growth-arr\n    title: Grow the business\n    owner: Ana\n"
        "    key_results:\n"
        "      - id: arr\n        title: Grow ARR from 5 to 9\n        target: 9\n"
        "        target: 10\n"
        "      - title: Lift NPS from 20 to 30\n        baseline: twenty\n"
        "kpis:\n  - id: nps\n    name: NPS\n    cadence: 3\n"
    )
    found = [(f.code, f.line, f.item, f.message.split(":")[0]) for f in report.findings]
    doc = [entry for entry in found if entry[0] in ("DOC002", "DOC006")]
    assert doc == [
        (
            "DOC006",
            2,
            "",
            "the key `team` appears twice in this mapping (first at line 1); "
            "YAML silently keeps only the last value",
        ),
        (
            "DOC006",
            12,
            "arr",
            "the key `target` appears twice in this mapping (first at line 11); "
            "YAML silently keeps only the last value",
        ),
        ("DOC002", 14, "goals.yaml#O1.KR2", "objective growth-arr > key result 2"),
        ("DOC002", 18, "nps", "KPI nps"),
    ]
