"""Objective rules: bugs found while writing the rule fixtures."""

from __future__ import annotations

import pytest

from okrlint.checks.objective import owner_problem

HEADER = "team: Growth\nperiod: 2026-Q1\nstrategy: Win small agencies\nobjectives:\n"


def _lines(report, code):
    return [f.line for f in report.findings if f.code == code]


@pytest.mark.parametrize(
    "owner",
    [
        "Lima, Ana Maria",
        "da Silva, Ana",
        "van der Berg, Eva",
        "Ana Lima, PhD",
        "ana.lima+okr@example.com",
        "Ana Lima <ana.lima@example.com>",
        "Growth team lead",
        "Chief of Staff",
        "Ana Lima;",
    ],
)
def test_one_person_is_not_reported_as_several_owners_or_a_group(owner):
    assert owner_problem(owner, {"growth"}) is None


@pytest.mark.parametrize(
    "owner",
    [
        "Ana Lima, Ben Ode",
        "Ana, Ben, Carla",
        "ana@example.com, ben@example.com",
        "Ana Lima and Ben Ode",
        "Growth team",
        "Growth",
        "growth-team@example.com",
    ],
)
def test_several_people_or_a_group_are_still_reported(owner):
    assert owner_problem(owner, {"growth"}) is not None


@pytest.mark.parametrize(
    "owner", ["Marketing", "Customer Success", "People Ops", "HR", "Product & Design", "Legal"]
)
def test_a_department_is_a_group_not_a_person(owner):
    problem = owner_problem(owner, set())
    assert problem is not None and "department or group" in problem


@pytest.mark.parametrize(
    "owner", ["Grace Sales", "Mark Design", "Head of Marketing", "CFO", "Sales team lead"]
)
def test_people_whose_names_or_roles_hold_a_department_word_are_people(owner):
    assert owner_problem(owner, set()) is None


def test_objectives_of_one_period_written_two_ways_are_counted_together(lint):
    report = lint(
        HEADER
        + "".join(
            f"  - id: growth-o{n}\n    title: Goal {n}\n    owner: Ana Lima\n" for n in (1, 2)
        )
        + "  - id: growth-o3\n    title: Goal 3\n    owner: Ana Lima\n",
        **{
            "brand__yaml": "team: Growth\nperiod: {start: 2026-01-01, end: 2026-03-31}\n"
            "objectives:\n  - id: growth-o4\n    title: Goal 4\n    owner: Ben Ode\n"
        },
    )
    # brand.yaml sorts first, so the third objective of goals.yaml is the fourth
    assert _lines(report, "OBJ001") == [11]


def test_depending_on_a_key_result_of_another_teams_objective_is_reported(lint):
    report = lint(
        HEADER + "  - id: growth-self-serve\n    title: Self-serve sign-up\n    owner: Ana Lima\n"
        "    depends_on:\n      - growth-pricing\n      - platform-billing-api-live\n"
        "  - id: growth-pricing\n    title: Clear pricing\n    owner: Ana Lima\n",
        **{
            "platform__yaml": "team: Platform\nperiod: 2026-Q1\nobjectives:\n"
            "  - id: platform-billing\n    title: Flexible billing\n    owner: Kai Brandt\n"
            "    key_results:\n      - id: platform-billing-api-live\n"
            "        title: Grow agencies on invoicing from 0 to 50\n"
        },
    )
    findings = [f for f in report.findings if f.code == "OBJ006"]
    assert [(f.line, f.pointer) for f in findings] == [(10, "/objectives/0/depends_on/1")]
    assert "Platform" in findings[0].message


def test_an_empty_parent_does_not_link_an_objective_to_anything(lint):
    report = lint(
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: growth-activation\n    title: Make onboarding effortless\n"
        "    owner: Ana Lima\n    parent: ''\n"
    )
    assert _lines(report, "OBJ007") == [4]


@pytest.mark.parametrize("parent", ["[co-1]", "7", "{id: co-1}"])
def test_a_parent_of_the_wrong_type_is_doc002_not_also_no_parent(lint, parent):
    report = lint(
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: growth-activation\n    title: Make onboarding effortless\n"
        f"    owner: Ana Lima\n    parent: {parent}\n"
    )
    assert _lines(report, "DOC002") == [7]
    assert _lines(report, "OBJ007") == []


def test_sandbagging_fires_at_an_average_of_exactly_the_limit_despite_rounding(lint):
    # 0.8 + 1.0 + 1.0 + 0.8 averages 0.8999999999999999 in floating point
    krs = "".join(
        f"      - {{title: Grow deals from 5 to 6, baseline: 5, target: 6, score: {s}}}\n"
        for s in (0.8, 1.0, 1.0, 0.8)
    )
    report = lint(
        "team: Sales\nperiod: 2025-Q4\nobjectives:\n"
        "  - id: sales-mid-size\n    title: Win mid-size agencies\n    owner: Rui Sousa\n"
        "    key_results:\n" + krs
    )
    assert _lines(report, "OBJ008") == [4]


def test_one_team_spelled_two_ways_is_counted_as_one_team(lint):
    # "Growth" here, "growth " (another case, a trailing space) in brand.yaml
    report = lint(
        HEADER
        + "".join(
            f"  - id: growth-o{n}\n    title: Goal {n}\n    owner: Ana Lima\n" for n in (1, 2, 3)
        ),
        **{
            "brand__yaml": "team: 'growth '\nperiod: 2026-Q1\n"
            "objectives:\n  - id: growth-o4\n    title: Goal 4\n    owner: Ben Ode\n"
        },
    )
    findings = [f for f in report.findings if f.code == "OBJ001"]
    assert [f.line for f in findings] == [11]
    # shown as the first document spells it (the linted file comes before the others)
    assert findings[0].message.startswith("Growth in 2026-Q1 has 4 objectives")


def test_depending_on_an_objective_of_the_same_team_spelled_differently_is_fine(lint):
    report = lint(
        HEADER + "  - id: growth-self-serve\n    title: Self-serve sign-up\n    owner: Ana Lima\n"
        "    depends_on: [growth-pricing]\n",
        **{
            "pricing__yaml": "team: GROWTH\nperiod: 2026-Q1\nobjectives:\n"
            "  - id: growth-pricing\n    title: Clear pricing\n    owner: Ana Lima\n"
        },
    )
    assert _lines(report, "OBJ006") == []


def test_teams_without_a_name_are_never_merged(lint):
    # two files without `team:` are two teams, whatever their names
    body = "period: 2026-Q1\nobjectives:\n" + "".join(
        f"  - id: {{p}}-o{n}\n    title: Goal {n}\n    owner: Ana Lima\n" for n in (1, 2, 3)
    )
    report = lint(body.format(p="a"), **{"b__yaml": body.format(p="b")})
    assert _lines(report, "OBJ001") == []
