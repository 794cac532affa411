"""Key result rules: bugs found while writing the rule fixtures."""

from __future__ import annotations

import pytest

from okrlint.config import Settings

KR = (
    "team: {team}\nperiod: 2026-Q1\nobjectives:\n"
    "  - id: growth-activation\n    title: Make onboarding effortless\n    owner: Ana Lima\n"
    "    key_results:\n"
    "      - id: growth-week-one\n        title: Raise week-one activation from 35% to 50%\n"
    "        author: {author}\n"
)


def _lines(report, code):
    return [f.line for f in report.findings if f.code == code]


def test_leadership_author_written_as_name_and_email_is_recognised(lint, tmp_path):
    settings = Settings(root=tmp_path, leadership=("maria.costa@example.com",))
    text = KR.format(team="Growth", author="Maria Costa <maria.costa@example.com>")
    assert _lines(lint(text, settings=settings), "KR003") == [10]


@pytest.mark.parametrize("team", ["growth", "Data  Growth"])
def test_team_members_are_found_whatever_the_case_of_the_team_name(lint, tmp_path, team):
    # configured as "Growth" and "data growth": case and runs of spaces do not matter
    teams = {"Growth": ["Paulo Reis"], "data growth": ["Paulo Reis"]}
    settings = Settings(root=tmp_path, leadership=("Paulo Reis",), teams=teams)
    text = KR.format(team=team, author="Paulo Reis")
    assert _lines(lint(text, settings=settings), "KR003") == []


def test_each_sibling_dependency_in_a_block_list_is_reported_at_its_entry(lint):
    report = lint(
        "team: Platform\nperiod: 2026-Q1\nobjectives:\n"
        "  - id: platform-api\n    title: Be built on\n    owner: Noor Haddad\n"
        "    key_results:\n"
        "      - id: platform-docs\n        title: Grow docs visits from 800 to 3000\n"
        "      - id: platform-keys\n        title: Grow API keys from 40 to 150\n"
        "      - id: platform-partners\n        title: Grow integrations from 3 to 12\n"
        "        depends_on:\n          - platform-keys\n          - platform-docs\n"
    )
    assert _lines(report, "KR011") == [15, 16]


_PERCENT_KR = (
    "team: Revenue\nperiod: 2026-Q1\nobjectives:\n"
    "  - id: rev-o\n    title: Grow with our customers\n    owner: Ana Lima\n"
    "    key_results:\n"
    "      - id: rev-kr\n        title: {title}\n        unit: percent\n"
    "        baseline: {baseline}\n        target: {target}\n"
)


@pytest.mark.parametrize(
    ("title", "baseline", "target"),
    [
        ("Raise NRR from 104% to 118%", 104, 118),
        ("Reach 130% pipeline coverage", 90, 130),
        ("Get to 110% of plan on new bookings", 80, 110),
        ("Lift ROAS from 250% to 400%", 250, 400),
        ("Turn revenue growth from -5% to 12%", -5, 12),
        ("Raise the Solvency II coverage ratio from 148% to 160%", 148, 160),
    ],
)
def test_kr012_percents_that_compare_with_a_reference_may_pass_100(lint, title, baseline, target):
    text = _PERCENT_KR.format(title=title, baseline=baseline, target=target)
    assert _lines(lint(text), "KR012") == []


@pytest.mark.parametrize(
    ("title", "baseline", "target"),
    [
        ("Raise activation from 35% to 50%", 35, 150),  # a share: a typo
        ("Raise NRR from 104% to 118%", -4, 118),  # retention is never negative
        # a population's coverage is a share, unlike coverage of a requirement
        ("Increase vaccination coverage from 60% to 110%", 60, 110),
    ],
)
def test_kr012_shares_past_100_and_negative_retention_are_still_errors(
    lint, title, baseline, target
):
    text = _PERCENT_KR.format(title=title, baseline=baseline, target=target)
    assert _lines(lint(text), "KR012")


_TITLE_KR = (
    "team: Screening\nperiod: 2026-Q1\nobjectives:\n  - id: o1\n"
    "    title: Catch more cancers early\n    owner: Ann Lee\n    key_results:\n"
    "      - id: k1\n        title: {title}\n        owner: Ann Lee\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Increase screening uptake from 1 in 3 to 1 in 2",  # N falls while the share rises
        "Reduce DNA rate from 1 in 8 to 1 in 12",
        "Resolve 9 out of 10 webchat queries first time (now 7 out of 10)",
    ],
)
def test_kr008_reads_one_in_n_as_a_share(lint, title):
    assert _lines(lint(_TITLE_KR.format(title=title)), "KR008") == []


def test_kr008_still_fires_when_the_share_moves_against_the_words(lint):
    report = lint(_TITLE_KR.format(title="Increase screening uptake from 1 in 2 to 1 in 3"))
    assert _lines(report, "KR008")


@pytest.mark.parametrize(
    ("kr", "messages"),
    [
        # the statement's own percent of a whole, no fields
        (
            "title: Increase budget template reuse from 40% to 120%",
            [
                "KR kr-1: the statement's target is 120%, but a percent of a whole lies "
                "between 0 and 100"
            ],
        ),
        ("title: Raise net revenue retention from 104% to 115%", []),  # past 100 by nature
        ("title: Reach 120% of plan on new bookings", []),
        ("title: Move operating margin from -12% to 5%", []),  # margins go below zero
        ("title: Move operating margin from -12% to 5%\nunit: percent\nbaseline: -12", []),
        ("title: Lift reuse from 40% to 120%\ntarget: 60", []),  # the field wins
        (
            "title: Lift reuse\nunit: percent\ntarget: 120",
            ["KR kr-1: `target` is 120, but a percent lies between 0 and 100"],
        ),
        (  # a unit but no `target` field: the statement's target counts
            "title: Raise press utilisation from 81% to 106%\nunit: percent",
            [
                "KR kr-1: the statement's target is 106%, but a percent of a whole lies "
                "between 0 and 100"
            ],
        ),
        ("title: Raise press utilisation from 81% to 106%\nunit: hours", []),
        (  # bare numbers are percents when the field says so (twenty-second blind folder)
            "title: Cut trips cancelled for lack of a driver from 310 to 90 a month\nunit: percent",
            [
                "KR kr-1: the statement's baseline is 310 with `unit: percent`, but a "
                "percent of a whole lies between 0 and 100"
            ],
        ),
        ("title: Cut trips cancelled from 31 to 9 a month\nunit: percent", []),
        ("title: Cut trips cancelled from 310 to 90 a month", []),  # counts: no unit
        ("title: Cut cancellations from 310 to 90 a month\nunit: trips", []),
    ],
)
def test_kr012_reads_percents_from_the_statement_when_fields_are_absent(lint, kr, messages):
    text = (
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n  - id: o\n    title: Grow\n"
        "    key_results:\n      - id: kr-1\n"
        + "".join(f"        {line}\n" for line in kr.split("\n"))
    )
    assert [f.message for f in lint(text).findings if f.code == "KR012"] == messages


def test_kr012_suggests_a_fraction_only_for_a_whole_percent(lint):
    text = (
        "team: Growth\nperiod: 2026-Q1\nobjectives:\n  - id: o\n    title: Grow\n"
        "    key_results:\n      - id: a\n        title: Lift NPS from 30 to 40\n"
        "        confidence: 85\n      - id: b\n        title: Lift NPS from 30 to 40\n"
        "        score: 1.2\n"
    )
    hints = [f.hint for f in lint(text).findings if f.code == "KR012"]
    assert hints == ["write 85% as 0.85", ""]
