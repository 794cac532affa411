"""KPI rules: bugs found while writing the rule fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from okrlint import lint_paths
from okrlint.config import Settings


def _lines(report, code):
    return [f.line for f in report.findings if f.code == code]


def test_kpi_without_target_is_reported_not_crashed_on_the_braces_in_its_hint(lint):
    report = lint("team: Support\nkpis:\n  - id: first-response\n    name: First response\n")
    hints = [f.hint for f in report.findings if f.code == "KPI002"]
    assert len(hints) == 1 and "{min: ..., max: ...}" in hints[0]


def test_lagging_kpi_is_inferred_from_its_name_when_type_is_absent(lint):
    report = lint(
        "team: Leadership\nkpis:\n"
        "  - id: monthly-churn\n    name: Monthly churn rate\n"
        "  - id: trial-starts\n    name: Weekly trial starts\n"
        "  - id: gross-margin\n    name: Gross margin\n    type: leading\n"
    )
    assert _lines(report, "KPI003") == [4]


def test_lagging_words_can_be_extended_by_option(lint, tmp_path):
    settings = Settings(
        root=tmp_path, rule_settings={"KPI003": {"extra_lagging": ["billable hours"]}}
    )
    report = lint(
        "team: Agency\nkpis:\n  - id: billable\n    name: Billable hours\n", settings=settings
    )
    assert _lines(report, "KPI003") == [4]


def test_cadence_is_compared_whatever_its_case(lint):
    report = lint(
        "team: Finance\nkpis:\n  - id: margin\n    name: Gross margin\n    cadence: Quarterly\n"
    )
    assert _lines(report, "KPI006") == [5]


def test_threshold_without_bounds_falls_back_to_the_target(lint):
    report = lint(
        "team: Support\nkpis:\n"
        "  - id: first-response\n    name: First response hours\n    threshold: {}\n"
        "    target: 2\n    direction: decrease\n    current: 6\n"
    )
    assert _lines(report, "KPI008") == [3]


def test_breach_current_period_is_the_latest_when_none_contains_today(tmp_path):
    (tmp_path / "kpis.yaml").write_text(
        "team: Leadership\nkpis:\n"
        "  - id: monthly-churn\n    name: Monthly churn\n    threshold: {max: 3}\n"
        "    current: 4.1\n",
        "utf-8",
    )
    (tmp_path / "q1.yaml").write_text(
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n  - id: o1\n    title: Keep agencies\n"
        "    key_results:\n      - {id: kr1, title: Cut churn, metric: monthly-churn}\n",
        "utf-8",
    )
    settings = Settings(root=tmp_path)
    later = lint_paths([tmp_path], settings, today=date(2026, 6, 1))  # after Q1: Q1 is latest
    assert _lines(later, "KPI008") == []
    (tmp_path / "q2.yaml").write_text(
        "team: Growth\nperiod: 2026-Q2\nobjectives:\n  - id: o2\n    title: Grow\n", "utf-8"
    )
    now_q2 = lint_paths([tmp_path], settings, today=date(2026, 6, 1))  # Q2 contains today
    assert [f.path.endswith("kpis.yaml") for f in now_q2.findings if f.code == "KPI008"] == [True]


def test_kpis_of_one_team_spelled_two_ways_are_counted_together(lint):
    def kpis(prefix: str, count: int) -> str:
        return "".join(
            f"  - id: {prefix}-{n}\n    name: Tickets solved {prefix} {n}\n    area: service\n"
            for n in range(count)
        )

    report = lint(
        "team: Support\nkpis:\n" + kpis("a", 3),
        **{"billing__yaml": "team: SUPPORT\nkpis:\n" + kpis("b", 3)},
    )
    # billing.yaml sorts first, so the third KPI of goals.yaml is the sixth of the team
    findings = [f for f in report.findings if f.code == "KPI004"]
    assert [f.item for f in findings] == ["a-2"]
    assert findings[0].message.startswith("Support watches 6 KPIs in the service area")


@pytest.mark.parametrize(
    ("name", "direction"),
    [
        ("Monthly logo churn", "decrease"),
        ("Customer acquisition cost", "decrease"),
        ("Time to first value", "decrease"),
        ("P1 incidents per month", "decrease"),
        ("Revenue churn", "decrease"),  # a low-is-good word wins
        ("Net revenue retention", "increase"),
        ("Weekly active users", "increase"),
        ("Median time in the planner", None),  # "time" can be good either way
        ("Cost savings delivered", "increase"),  # what is counted is the removal
        ("Complaints resolved within 5 days", "increase"),
        ("Incidents prevented by the new alerts", "increase"),
        ("Staff turnover", None),  # in British English, turnover is also revenue
    ],
)
def test_kpi008_reads_which_way_is_good_from_the_name(name, direction):
    from okrlint.language import named_direction

    assert named_direction(name)[0] == direction


@pytest.mark.parametrize(
    ("name", "lagging"),
    [
        ("Cost per order shipped", True),
        ("Operating ratio", True),
        ("Cost-to-income ratio", True),
        ("Repeat purchase rate", True),
        ("Units picked per labour hour", False),  # productivity leads cost
        ("Average speed of answer", False),
    ],
)
def test_unit_costs_cost_ratios_and_repeat_buying_are_lagging(lint, name, lagging):
    report = lint(f"team: Ops\nkpis:\n  - id: k\n    name: {name}\n")
    assert bool(_lines(report, "KPI003")) == lagging


@pytest.mark.parametrize(
    ("name", "lagging"),
    [
        ("Regulatory fines and penalties incurred", True),
        ("Total tax receipts collected versus forecast", True),
        ("Cost growth against approved budget across major projects", True),
        ("Average in-service date slippage (months)", True),
        ("Delay minutes per 100 train kilometres", True),
        ("Product complaints per million units released", True),
        ("Grant application success rate by value", True),
        ("Formal complaints received", False),  # a count of what arrives, not a rate
        ("Compliance visits completed", False),
    ],
)
def test_money_paid_delays_and_complaint_and_success_rates_are_lagging(lint, name, lagging):
    report = lint(f"team: Ops\nkpis:\n  - id: k\n    name: {name}\n")
    assert bool(_lines(report, "KPI003")) == lagging


@pytest.mark.parametrize(
    ("name", "lagging"),
    [
        ("Packaging cost percentage", True),
        ("Monthly cloud spend", True),
        ("Sales and marketing expenses", True),
        ("Hours engineers spend on support", False),  # "spend" is a verb here
        ("Number of cost-saving ideas submitted", False),  # counted ideas
        ("Defects found post-release", True),
        ("Incidents reported after launch", True),
        ("Customer reorder rate", True),
    ],
)
def test_costs_results_found_after_release_and_reorders_are_lagging(lint, name, lagging):
    report = lint(f"team: Ops\nkpis:\n  - id: k\n    name: {name}\n")
    assert bool(_lines(report, "KPI003")) == lagging
