"""Numbers in messages read the way people write them (never 1e+06 or 33.3333)."""

from __future__ import annotations

import pytest

from okrlint.display import number


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (1_000_000.0, "1,000,000"),
        (2_500_000, "2,500,000"),
        (2026, "2026"),  # four digits stay ungrouped: a year stays a year
        (100 / 3, "33.33"),  # a share such as "1 in 3"
        (12_345.678, "12,345.68"),
        (0.1 + 0.2, "0.3"),
        (0.0015, "0.0015"),
        (-3.0, "-3"),
        (0.0, "0"),
        (float("inf"), "inf"),
    ],
)
def test_number(value, shown):
    assert number(value) == shown


def test_a_kpi_breach_shows_large_values_in_full(lint):
    report = lint(
        "team: Sales\nkpis:\n  - id: arr\n    name: Annual recurring revenue\n"
        "    target: 2000000\n    direction: increase\n    current: 1500000\n"
    )
    messages = [f.message for f in report.findings if f.code == "KPI008"]
    assert len(messages) == 1 and "1,500,000 is below its target 2,000,000" in messages[0]
