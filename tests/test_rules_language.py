"""Language rules (OBJ005, KR001, KR002, KR007, KR009, KR010, KR013): behaviour the
rule fixtures do not show well: messages and hints, structured fields winning over
the text, options from config, lazy spaCy. Statements the classifiers misjudge are
kept here as strict xfails, so the fixtures stay honest.

Also the wording of OBJ002 (singular/plural) and OBJ004 ("R&D" is a department).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from okrlint.config import Settings

HEADER = "team: Platform\nperiod: 2026-Q2\nstrategy: Teams ship without waiting\nobjectives:\n"


def _goals(*key_results: str, title: str = "Make deploys boring") -> str:
    """One objective with the given key results (each a YAML mapping body, indented 8)."""
    krs = "".join(
        f"      - id: kr-{n}\n" + textwrap.indent(textwrap.dedent(body).strip() + "\n", " " * 8)
        for n, body in enumerate(key_results, start=1)
    )
    return HEADER + (
        f"  - id: plat-o1\n    title: {title}\n    owner: Noor Haddad\n    key_results:\n{krs}"
    )


def _kr(title: str, **fields: object) -> str:
    return f"title: {title}\n" + "".join(f"{k}: {v}\n" for k, v in fields.items())


def _findings(report, code):
    return [f for f in report.findings if f.code == code]


def _settings(tmp_path, **rule_settings: dict) -> Settings:
    return Settings(root=tmp_path, rule_settings=rule_settings)


# --------------------------------------------------------------- messages and hints
@pytest.mark.parametrize(
    ("code", "title", "trigger"),
    [
        ("KR001", "Launch a self-booking page for tenancy viewings", "Launch a self-booking page"),
        ("KR002", "Hire 4 senior SREs", "Hire"),
        ("KR002", "Run 6 customer webinars", "webinars"),
        ("KR007", "Maintain 99.95% availability of the card-issuing API", "Maintain"),
        ("KR007", "Keep payment failure rate below 0.4%", "Keep"),
        ("KR009", "Improve the lesson-planning experience", "Improve"),
        ("KR009", "enhance search relevance", "enhance"),
        ("KR010", "Bring logo churn among SMB customers down from 3.2% to 2.1%", "churn"),
    ],
)
def test_key_result_messages_name_the_trigger_and_hint_a_rewrite(lint, code, title, trigger):
    found = _findings(lint(_goals(_kr(title))), code)
    assert len(found) == 1, found
    assert trigger in found[0].message
    assert "kr-1" in found[0].message  # names the item
    assert found[0].hint
    if code != "KR010":  # KR010 asks for leading KPIs, not a rewrite of the statement
        assert "e.g. '" in found[0].hint
    else:
        assert "leading:" in found[0].hint


def test_objective_with_a_number_names_it_and_hints_a_key_result(lint):
    report = lint(HEADER + "  - id: o1\n    title: Grow new-logo revenue by 30%\n    owner: Ana\n")
    (found,) = _findings(report, "OBJ005")
    assert "'30%'" in found.message
    assert "key result" in found.hint and "'30%'" in found.hint
    assert found.line == 6


def test_rewrite_suggestion_fits_the_statement(lint):
    (found,) = _findings(lint(_goals(_kr("Hire 4 senior SREs"))), "KR002")
    assert "from" in found.hint and "to" in found.hint  # an outcome with a start and a goal


def test_declared_milestone_and_maintain_are_reported_on_the_kind_line(lint):
    report = lint(
        _goals(
            _kr("ERP cut-over", kind="milestone"),
            _kr("API uptime at 99.9%", kind="maintain"),
        )
    )
    (milestone,) = _findings(report, "KR001")
    (maintain,) = _findings(report, "KR007")
    assert "kind: milestone" in milestone.message and milestone.hint
    assert "kind: maintain" in maintain.message and "kpis:" in maintain.hint
    text = _goals(
        _kr("ERP cut-over", kind="milestone"), _kr("API uptime at 99.9%", kind="maintain")
    )
    lines = text.splitlines()
    assert lines[milestone.line - 1].strip() == "kind: milestone"
    assert lines[maintain.line - 1].strip() == "kind: maintain"


# --------------------------------------------------------------- structured fields win
@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("KR001", "Launch online tenancy renewals"),
        ("KR009", "Improve completion of the supplier onboarding form"),
    ],
)
def test_a_numeric_target_silences_binary_and_vague(lint, code, title):
    assert _findings(lint(_goals(_kr(title))), code), "the text alone must fire"
    assert not _findings(lint(_goals(_kr(title, baseline=40, target=70))), code)


@pytest.mark.parametrize("field", ["baseline", "current"])
def test_a_measured_level_silences_binary_but_not_the_missing_target(lint, field):
    title = "Launch online tenancy renewals"
    report = lint(_goals(_kr(title, **{field: 58, "unit": "percent"})))
    assert not _findings(report, "KR001")
    assert _findings(report, "KR004"), "the target is still missing"


def test_a_target_of_zero_is_a_number(lint):
    assert not _findings(lint(_goals(_kr("Get rid of paper forms", target=0))), "KR001")


@pytest.mark.parametrize("kind", ["metric", "baseline", "maintain"])
def test_a_measured_kind_silences_binary(lint, kind):
    assert not _findings(lint(_goals(_kr("Roll out online repair booking", kind=kind))), "KR001")


@pytest.mark.parametrize("code", ["KR001", "KR002"])
def test_kind_baseline_silences_binary_and_solution(lint, code):
    title = "Set up time tracking for support tickets"
    assert _findings(lint(_goals(_kr(title))), code), "the text alone must fire"
    assert not _findings(lint(_goals(_kr(title, kind="baseline"))), code)


@pytest.mark.parametrize(
    "title",
    [
        "Establish a baseline for time-to-merge on external pull requests",
        "Measure the baseline for how long residents wait for a housing repair",
        "define baselines for churn by segment",
    ],
)
@pytest.mark.parametrize("code", ["KR001", "KR002"])
def test_establishing_a_baseline_in_words_silences_binary_and_solution(lint, code, title):
    assert not _findings(lint(_goals(_kr(title))), code)


def test_a_declared_kind_wins_over_establish_baseline_wording(lint):
    title = "Establish a baseline for time-to-merge"
    assert _findings(lint(_goals(_kr(title, kind="milestone"))), "KR001")


# --------------------------------------------------------------- options
def test_kr002_allow_silences_a_phrase(lint, tmp_path):
    text = _goals(_kr("Launch a self-booking page for tenancy viewings"))
    assert _findings(lint(text), "KR002")
    allowed = _settings(tmp_path, KR002={"allow": ["self-booking page"]})
    assert not _findings(lint(text, settings=allowed), "KR002")
    other = _settings(tmp_path, KR002={"allow": ["payment page"]})
    assert _findings(lint(text, settings=other), "KR002")


def test_kr002_allow_silences_a_word(lint, tmp_path):
    text = _goals(_kr("Run 6 customer webinars"))
    assert _findings(lint(text), "KR002")
    assert not _findings(
        lint(text, settings=_settings(tmp_path, KR002={"allow": ["webinar"]})), "KR002"
    )


def test_kr002_extra_verbs_mark_more_tasks(lint, tmp_path):
    text = _goals(_kr("Modernise the legacy billing app"))
    assert not _findings(lint(text), "KR002")
    extra = _settings(tmp_path, KR002={"extra_verbs": ["modernise"]})
    (found,) = _findings(lint(text, settings=extra), "KR002")
    assert "Modernise" in found.message


def test_kr002_extra_verbs_no_dictionary_knows_are_tasks_too(lint, tmp_path):
    # "digitalise" is in no word list, so the statement reads as a noun phrase
    text = _goals(_kr("Digitalise the legacy billing app"), _kr("Digitalisation rate 20% to 50%"))
    assert not _findings(lint(text), "KR002")
    extra = _settings(tmp_path, KR002={"extra_verbs": ["digitalise"]})
    (found,) = _findings(lint(text, settings=extra), "KR002")
    assert "'Digitalise'" in found.message and "kr-1" in found.message


def test_kr009_extra_words_mark_more_vague_verbs(lint, tmp_path):
    text = _goals(_kr("Empower regional sales teams"))
    assert not _findings(lint(text), "KR009")
    extra = _settings(tmp_path, KR009={"extra_words": ["empower"]})
    (found,) = _findings(lint(text, settings=extra), "KR009")
    assert "mpower" in found.message


def test_kr013_extra_patterns_mark_more_placeholders(lint, tmp_path):
    text = _goals(_kr("awaiting input before the planning meeting"))
    assert not _findings(lint(text), "KR013")
    extra = _settings(tmp_path, KR013={"extra_patterns": [r"(?i)\bawaiting input\b"]})
    (found,) = _findings(lint(text, settings=extra), "KR013")
    assert "awaiting input" in found.message


def test_options_from_a_config_file_by_rule_name(tmp_path):
    from datetime import date

    from okrlint import lint_paths

    (tmp_path / ".okrlint.yaml").write_text(
        "rules:\n"
        "  solution-oriented-key-result:\n"
        "    extra_verbs: [transform]\n"
        "    allow: [self-booking page]\n"
        "  vague-key-result: {extra_words: [empower]}\n",
        "utf-8",
    )
    goals = tmp_path / "goals.yaml"
    goals.write_text(
        _goals(
            _kr("Transform the legacy billing app"),
            _kr("Launch a self-booking page for tenancy viewings"),
            _kr("Empower regional sales teams"),
        ),
        "utf-8",
    )
    report = lint_paths([goals], today=date(2026, 2, 15))  # config discovered upward
    kr002 = {f.message.split(":")[0] for f in _findings(report, "KR002")}
    kr009 = {f.message.split(":")[0] for f in _findings(report, "KR009")}
    assert kr002 == {"KR kr-1"}
    assert kr009 == {"KR kr-3"}


# --------------------------------------------------------------- KR013 in fields
def test_placeholders_in_target_and_owner_fire_on_their_lines(lint):
    text = _goals(
        _kr("Grow agencies on the annual plan from 120 to 200", target="TBD", owner="TODO")
    )
    report = lint(text)
    found = {f.message.split("`")[1]: f for f in _findings(report, "KR013")}
    assert set(found) == {"target", "owner"}
    lines = text.splitlines()
    assert lines[found["target"].line - 1].strip() == "target: TBD"
    assert lines[found["owner"].line - 1].strip() == "owner: TODO"
    assert "'TBD'" in found["target"].message and found["target"].hint


def test_placeholder_in_a_kpi_action_fires(lint):
    report = lint(
        "team: Finance\nkpis:\n  - id: dso\n    name: Days sales outstanding\n    action: tbc\n"
    )
    (found,) = _findings(report, "KR013")
    assert "`action`" in found.message


@pytest.mark.parametrize(
    "title",
    [
        "Grow XXL merchandise sales from $20k to $45k",
        "Raise the share of key results with a weekly check-in from 40% to 90%",
        'Answer 90% of "what happens next?" questions without a ticket',
    ],
)
def test_placeholder_look_alikes_in_real_statements(lint, title):
    assert not _findings(lint(_goals(_kr(title))), "KR013")


# --------------------------------------------------------------- spaCy stays unloaded
def test_spacy_is_not_imported_for_non_language_rules(tmp_path):
    goals = tmp_path / "goals.yaml"
    goals.write_text(_goals(_kr("Launch a self-booking page for tenancy viewings")), "utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from okrlint import lint_paths
        from okrlint.config import Settings
        report = lint_paths([{str(goals)!r}], Settings(root={str(tmp_path)!r}, select=("OBJ003",)))
        assert report.files, report
        print('spacy' in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False", out.stdout + out.stderr


def test_spacy_is_imported_when_a_language_rule_runs(tmp_path):
    """The other side of the test above, so it cannot pass by never loading spaCy."""
    goals = tmp_path / "goals.yaml"
    goals.write_text(_goals(_kr("Launch a self-booking page for tenancy viewings")), "utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from okrlint import lint_paths
        from okrlint.config import Settings
        report = lint_paths([{str(goals)!r}], Settings(root={str(tmp_path)!r}, select=("KR001",)))
        assert [f.code for f in report.findings] == ["KR001"], report.findings
        print('spacy' in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "True", out.stdout + out.stderr


# --------------------------------------------------------------- known misjudgements
# Clear cases the classifiers get wrong today. strict=True: when one is fixed, the
# test fails and the statement should move into fixtures/rules/<CODE>/.
@pytest.mark.parametrize(
    "title",
    ["Hold 12 customer advisory sessions", "Hold weekly feedback sessions with 10 customers"],
)
def test_kr007_holding_sessions_is_not_maintaining(lint, title):
    assert not _findings(lint(_goals(_kr(title))), "KR007")


@pytest.mark.parametrize(
    "title",
    [
        "Hold 2,000 paying customers",
        "Hold churn at 2%",
        "Hold 99.9% uptime",
        # days held at a level are a measure, not days held as events ("open days")
        "Hold used-car stock days at 45 or under",
        "Hold debtor days below 30",
        # "per-head" describes the margin: "Keep" is still the verb
        "Keep per-head catering margin at 35% or better",
        "Keep per-unit cost below £3",
    ],
)
def test_kr007_holding_a_level_is_still_maintaining(lint, title):
    report = lint(_goals(_kr(title)))
    assert _findings(report, "KR007") and not _findings(report, "KR002")


@pytest.mark.parametrize(
    ("title", "solution"),
    [
        ("Hold 4 open days a term", True),
        ("Hold open days at 12 schools", True),  # where they are held, not a level
        ("Hold debtor days at 30", False),
    ],
)
def test_days_held_as_events_or_at_a_level(lint, title, solution):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == solution


@pytest.mark.parametrize(
    "title",
    [
        "Reduce the share of tickets that remain open after 7 days from 18% to 5%",
        "Increase the number of maintainers who stay active for 6 months from 4 to 10",
        "Grow the accounts which still remain on the old plan from 40 to 90",
    ],
)
def test_kr007_stay_or_remain_inside_the_measure(lint, title):
    # a relative clause says what is counted; the KR moves the count
    assert not _findings(lint(_goals(_kr(title))), "KR007")


@pytest.mark.parametrize(
    "title",
    [
        "Uptime that stays above 99.9%",  # a relative clause, but nothing moves
        "Ensure churn remains below 2%",
        "Grow revenue from 1M to 2M and make sure NPS stays above 40",
    ],
)
def test_kr007_stay_or_remain_that_holds_a_level_is_still_reported(lint, title):
    # "and make sure" adds a second aim, a level to hold: it is reported
    assert _findings(lint(_goals(_kr(title))), "KR007")


def test_kr007_a_guardrail_beside_a_move_is_not_reported(lint):
    # "while" ties the level to the move; both blind splits label this not maintain
    assert not _findings(lint(_goals(_kr("Increase revenue while churn stays below 2%"))), "KR007")


@pytest.mark.parametrize(
    "title",
    [
        "Send the NPS survey to all customers",
        "Implement a churn-risk scoring model",
        "Deploy churn alerts",
    ],
)
def test_kr010_lagging_word_as_a_modifier_moves_nothing(lint, title):
    # shipping something named after a lagging metric moves no metric (KR001 says so)
    assert not _findings(lint(_goals(_kr(title))), "KR010")


@pytest.mark.xfail(
    strict=True,
    reason="'renewals' is both the object's head and a lagging metric: that launching "
    "them means launching a service is not in the words",
)
def test_kr010_launching_a_service_named_like_a_metric_moves_nothing(lint):
    assert not _findings(lint(_goals(_kr("Launch online tenancy renewals"))), "KR010")


@pytest.mark.parametrize(
    "title",
    [
        "Build ARR to $3M",  # a solution verb with a target
        "Deliver revenue growth",  # a direction
        "Launch NPS tracking and lift NPS from 30 to 45",
        "Improve net revenue retention",
        "Move churn down",  # a solution verb, but the lagging word is what moves
        "Build retention",
    ],
)
def test_kr010_a_lagging_metric_that_moves_is_still_reported(lint, title):
    assert _findings(lint(_goals(_kr(title))), "KR010")


@pytest.mark.parametrize(("drivers", "fires"), [("", True), ("    drivers: [trials]\n", False)])
def test_kr010_a_lagging_metric_kpi_counts_its_own_drivers_as_the_leading_list(
    lint, drivers, fires
):
    kpis = (
        "kpis:\n  - id: repeat-rate\n    name: Repeat-order rate\n    type: lagging\n"
        + drivers
        + "  - id: trials\n    name: Trial starts\n    type: leading\n"
    )
    text = _goals(_kr("Lift the repeat-order rate from 41% to 48%", metric="repeat-rate")) + kpis
    found = _findings(lint(text), "KR010")
    assert bool(found) == fires
    if fires:
        assert "repeat-rate" in found[0].message and "no `leading` KPIs" in found[0].message


@pytest.mark.parametrize("title", ["Move churn down", "Get ticket backlog down", "Push NPS up"])
def test_a_verb_with_up_or_down_moves_its_object(lint, title):
    # "up"/"down" after a verb that moves things is a direction: the key result is a
    # vague improvement (KR009), not a task (KR002) or a done/not-done (KR001)
    report = lint(_goals(_kr(title)))
    assert _findings(report, "KR009") and "..." in _findings(report, "KR009")[0].message
    assert not _findings(report, "KR001") and not _findings(report, "KR002")


def test_a_particle_direction_is_checked_against_the_numbers(lint):
    report = lint(_goals(_kr("Push NPS up from 40 to 30")))
    assert [f.message for f in _findings(report, "KR008")] == [
        "KR kr-1: the statement says increase, but the target 30 is below the baseline 40"
    ]


def test_kr013_todo_app_is_a_real_statement(lint):
    title = "Grow weekly active users of the todo app from 3k to 5k"
    assert not _findings(lint(_goals(_kr(title))), "KR013")


@pytest.mark.parametrize("title", ["todo", "TODO write the KR", "Grow signups TBD", "tbc"])
def test_kr013_markers_still_fire_as_values_or_in_capitals(lint, title):
    assert _findings(lint(_goals(_kr(title))), "KR013")


# --------------------------------------------------------------- OBJ002 / OBJ004 wording
def _objective(key_results: int, owner: str = "Ana Lima") -> str:
    krs = "".join(
        f"      - title: Grow weekly active agencies from {n}00 to {n}50\n"
        for n in range(1, key_results + 1)
    )
    head = f"  - id: o{key_results}\n    title: Make agencies love us\n    owner: {owner}\n"
    return head + ("    key_results:\n" + krs if key_results else "")


@pytest.mark.parametrize(
    ("count", "wording"),
    [
        (0, "has no key results;"),
        (1, "has 1 key result;"),
        (2, "has 2 key results;"),
        (6, "has 6 key results;"),
    ],
)
def test_obj002_counts_key_results_in_words(lint, count, wording):
    (found,) = _findings(lint(HEADER + _objective(count)), "OBJ002")
    assert wording in found.message


def test_obj002_counts_malformed_entries_that_doc002_reports(lint):
    text = HEADER + _objective(0) + "    key_results:\n      - Launch the app\n      - 42\n"
    report = lint(text)
    (found,) = _findings(report, "OBJ002")
    assert "has 2 key results;" in found.message
    assert len(_findings(report, "DOC002")) == 2


def test_counted_helper():
    from okrlint.checks.generic import counted

    assert counted(0, "key result", "key results") == "no key results"
    assert counted(1, "key result", "key results") == "1 key result"
    assert counted(3, "key result", "key results") == "3 key results"
    assert counted(2, "kpi") == "2 kpis"


@pytest.mark.parametrize("owner", ["R&D", "Q&A", "r & d", "P&L", "S&OP"])
def test_obj004_ampersand_acronym_is_a_department(owner):
    from okrlint.checks.objective import owner_problem

    problem = owner_problem(owner, set())
    assert problem is not None and "department or group" in problem
    assert "several people" not in problem


@pytest.mark.parametrize("owner", ["Head of R&D", "R&D lead", "Ana Lima (R&D)", "VP R&D"])
def test_obj004_one_person_in_a_department_is_one_person(owner):
    from okrlint.checks.objective import owner_problem

    assert owner_problem(owner, set()) is None


@pytest.mark.parametrize(
    "owner", ["Ana & Ben", "Ana&Ben", "Ana Lima & R&D", "Ana Lima and Ben Ode (R&D)"]
)
def test_obj004_people_joined_by_ampersand_are_still_several(owner):
    from okrlint.checks.objective import owner_problem

    assert "several people" in (owner_problem(owner, set()) or "")


@pytest.mark.parametrize(
    ("owner", "teams"),
    [
        ("growth", {"Growth"}),
        ("GROWTH", {"growth"}),
        ("Data  Platform", {"data platform"}),
        ("Sales & Marketing", {"sales & marketing"}),
        (["Growth"], {"Growth"}),
    ],
)
def test_obj004_team_names_match_without_regard_to_case(owner, teams):
    from okrlint.checks.objective import owner_problem

    problem = owner_problem(owner, teams)
    assert problem is not None and "team or group" in problem


def test_obj004_team_from_config_matches_case_insensitively(lint, tmp_path):
    settings = Settings(root=tmp_path, teams={"Customer Success": ["Rosa Delgado"]})
    report = lint(HEADER + _objective(3, owner="customer success"), settings=settings)
    (found,) = _findings(report, "OBJ004")
    assert "team or group" in found.message


def test_a_share_is_shown_rounded_in_a_direction_mismatch(lint):
    report = lint(_goals(_kr("Reduce missed appointments from 1 in 3 to 1 in 2")))
    assert [f.message for f in _findings(report, "KR008")] == [
        "KR kr-1: the statement says decrease, but the target 50 is above the baseline 33.33"
    ]


@pytest.mark.parametrize(
    ("title", "target", "contradicts"),
    [
        ("Cut readmissions down to 8-10%", 10, False),  # the range's far end
        ("Cut readmissions down to 8-10%", 9, False),  # inside it
        ("Cut readmissions down to 8-10%", 0.1, False),  # the same, as a fraction
        ("Cut readmissions down to 8-10%", 12, True),  # outside it
        ("Lift conversion to between 3% and 4%", 4, False),
        ("Lift conversion to 3% and retention to 4%", 4, True),  # two amounts, no range
        ("Grow NPS from 30 to 40-45", 45, False),
        ("Grow NPS from 30 to 40-45", 30, True),
    ],
)
def test_a_target_field_inside_a_stated_range_agrees_with_it(lint, title, target, contradicts):
    report = lint(_goals(_kr(title, target=target)))
    said = [f for f in _findings(report, "KR008") if "but `target` is" in f.message]
    assert bool(said) == contradicts


@pytest.mark.parametrize(
    ("title", "fields", "fires"),
    [
        ("Cut onboarding time from 10-15 days to 3-5 days", {}, False),
        ("Reduce time to first answer from 4-6 hours to under 1 hour", {}, False),
        ("Lower the ticket backlog from 200–250 to 50", {}, False),
        ("Onboarding days: 10-15 -> 3-5", {}, False),
        ("Grow stores from 10-15 to 20-25", {}, False),
        ("Cut onboarding time from 10-15 days to 3-5 days", {"target": 4}, False),  # inside
        ("Cut onboarding time from 10-15 days to 3-5 days", {"baseline": 12}, False),
        ("Cut onboarding time from 10-15 days to 3-5 days", {"target": 8}, True),  # outside
        ("Cut onboarding time from 3-5 days to 10-15 days", {}, True),  # the ranges swapped
    ],
)
def test_a_range_beside_a_baseline_or_target_is_read_as_one_level(lint, title, fields, fires):
    # "from 10-15 days to 3-5 days" paired 10 with 15: "says decrease, but the target
    # 15 is above the baseline 10", an error on a well-written key result
    report = lint(_goals(_kr(title, **fields)))
    assert bool(_findings(report, "KR008")) == fires


@pytest.mark.parametrize("title", ["Double ARR from $1.2M", "Grow signups 3x from 400 a week"])
def test_a_factor_from_a_baseline_is_no_target_below_it(lint, title):
    # the factor was read as the target: "the target 2 is below the baseline 1,200,000"
    report = lint(_goals(_kr(title)))
    assert _findings(report, "KR008") == [] and _findings(report, "KR004") == []


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Answer 90% of calls within 60 seconds", False),  # a service level
        ("Answer 80% of helpline calls within 90 seconds", False),
        ("Make 200 sales calls a week", True),  # a count of the activity
    ],
)
def test_a_share_of_activities_done_to_a_time_standard_is_a_service_level(lint, title, fires):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == fires


@pytest.mark.parametrize(
    ("title", "binary"),
    [
        ("Migrate the remaining Airflow DAGs to Dagster", False),  # some are done already
        ("Migrate remaining paper member files to the imaging system", False),
        ("Decommission the rest of the legacy servers", False),
        ("Close the remaining audit finding", True),  # one thing: done or not
        ("Migrate all services to Kubernetes", True),  # a rollout: held-out labels it binary
    ],
)
def test_the_remaining_things_of_a_task_allow_partial_progress(lint, title, binary):
    report = lint(_goals(_kr(title)))
    assert bool(_findings(report, "KR001")) == binary


@pytest.mark.parametrize("title", ["FCC cert done by 15/09", "ISO 27001 certification done"])
def test_a_certification_done_is_granted_by_others_not_a_deliverable(lint, title):
    report = lint(_goals(_kr(title)))
    assert _findings(report, "KR001") and not _findings(report, "KR002")


@pytest.mark.parametrize(
    ("title", "holds"),
    [
        ("pipeline coverage ≥3x quota every qtr", True),  # the factor is the level
        ("Uptime ≥ 99.9% every month", True),
        ("99.95% uptime or better every month", True),
        ("NPS ≥ 50 by Q3", False),  # once, by a date: a target
        ("Grow coverage to at least 3x every quarter", False),  # a move
        ("Hire at least 3 engineers every quarter", False),  # a recurring task, not a hold
    ],
)
def test_a_bound_that_must_hold_every_period_is_a_standard(lint, title, holds):
    assert bool(_findings(lint(_goals(_kr(title))), "KR007")) == holds


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Build qualified enterprise pipeline from $7.5M to $12M", False),  # sales pipeline
        ("Build the data pipeline for finance", True),  # a deliverable
        ("Launch the upgrade flow and use it to lift MRR from $40k to $70k", True),
    ],
)
def test_a_move_between_sums_of_money_is_a_metric_not_a_deliverable(lint, title, fires):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == fires


@pytest.mark.parametrize(
    ("kpi_type", "title", "fires"),
    [
        ("leading", "Reduce burn multiple from 1.6 to 1.1", False),  # the folder says leading
        ("lagging", "Reduce burn multiple from 1.6 to 1.1", True),
        ("leading", "Reduce burn from $900k to $600k a month", True),  # another metric
    ],
)
def test_a_kpi_the_folder_declares_leading_is_not_lagging_by_its_words(
    lint, kpi_type, title, fires
):
    kpis = (
        f"kpis:\n  - id: burn-multiple\n    name: Burn multiple\n    type: {kpi_type}\n"
        "    target: 1.2\n    action: re-plan\n    owner: Ana\n"
    )
    report = lint(_goals(_kr(title)) + kpis)
    assert bool(_findings(report, "KR010")) == fires


def test_doing_something_better_with_no_number_is_vague(lint):
    report = lint(_goals(_kr("Coordinate better with the streets department on pothole requests")))
    assert _findings(report, "KR009")


@pytest.mark.parametrize(
    ("fields", "held"),
    [
        ({"baseline": 7, "target": 3, "direction": "decrease"}, False),  # the fields move
        ({"baseline": 3, "target": 3, "direction": "decrease"}, True),  # a level kept
        ({"baseline": 7, "target": 3}, True),  # no direction: the wording decides
        ({"baseline": 2, "target": 3, "direction": "decrease"}, True),  # not that way
    ],
)
def test_kr007_fields_that_move_the_level_outweigh_a_ceiling(lint, fields, held):
    title = "No more than 3 Category 3 pollution incidents, as measured by the EA"
    assert bool(_findings(lint(_goals(_kr(title, **fields))), "KR007")) == held
    maintain = _kr("Maintain 99.9% uptime", baseline=99.95, target=99.9)
    assert _findings(lint(_goals(maintain)), "KR007")  # a floor under today's level


def test_a_key_result_pasted_from_a_tracker_is_judged_by_its_statement(lint):
    # Markdown marks and a tracker's note ("— 60% done") are not the statement: the
    # 60% made it a measured key result with a target (no KR001, no KR004)
    report = lint(_goals(_kr('"**KR2:** Launch the `status-page` service — 60% done"')))
    assert sorted(f.code for f in report.findings if f.code.startswith("KR")) == [
        "KR001",
        "KR002",
        "KR004",
    ]
    (binary,) = _findings(report, "KR001")
    assert "('Launch the status-page service')" in binary.message


@pytest.mark.parametrize(
    ("title", "holds"),
    [
        ("Pump availability at least 95% in every working week", True),
        ("Uptime at least 99.5% in every production month", True),  # any one qualifier
        ("Late trains under 3% in any 28-day period", True),
        ("Zero lost-time injuries for 12 consecutive months", True),
        ("Zero P1 escapes for 6 consecutive sprints", True),  # any streak the reader knows
        ("Stock cover never below 10 days", True),
        ("Chlorine within target range in every pool, every day", True),
        ("Grow revenue 5% for 6 consecutive months", False),  # a move, kept up
        ("Raise pump availability to at least 95% by June", False),  # once, by a date
    ],
)
def test_a_level_owed_in_every_window_or_streak_is_a_standard(lint, title, holds):
    assert bool(_findings(lint(_goals(_kr(title))), "KR007")) == holds


@pytest.mark.parametrize(
    ("title", "binary"),
    [
        ("Hold a safety huddle at every depot each Friday", False),  # done again and again
        ("Run a fire drill in every depot each quarter", False),
        ("Send a newsletter to members every Friday", False),  # "to" is no clause here
        ("Complete interviewer training for every hiring manager", True),  # once, for all
        ("Migrate the CRM so that every team reports weekly", True),  # the clause's cadence
        # done to each of all of them, one by one, as "Train every server"
        ("Train all juniors on balayage", False),
        ("Train all staff on GDPR", False),
        ("Replace all fluorescent tubes with LEDs", False),
        ("Train the whole team on GDPR", True),  # no "all": one training
    ],
)
def test_a_task_done_at_a_cadence_after_its_object_is_not_done_or_not(lint, title, binary):
    report = lint(_goals(_kr(title)))
    assert _findings(report, "KR002") and bool(_findings(report, "KR001")) == binary


@pytest.mark.parametrize(
    ("title", "binary"),
    [
        # one thing won once, however often that thing recurs
        ("Secure a weekly flowers contract with the Grand Hotel", True),
        ("Win a monthly column in the local paper", True),
        ("Win 8 weekly wholesale contracts", False),  # counted: progress one by one
        ("Sign a new partner every month", False),  # the task's own cadence, after it
        ("Win a new client each week", False),
    ],
)
def test_winning_one_recurring_thing_is_done_or_not(lint, title, binary):
    assert bool(_findings(lint(_goals(_kr(title))), "KR001")) == binary


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Complete 70% of the warehouse refit by August", True),
        ("Billing migration 50% complete by Q3", True),
        ("Complete 95% of customer onboardings within 5 days", False),  # a service level
        ("Raise course completion from 55% to 75%", False),  # a rate of learners
        # a done word elsewhere says nothing of the share
        ("Keep the network upgrade under 5% over budget until it is finished", False),
    ],
)
def test_a_share_of_one_deliverable_done_is_a_task_tracked(lint, title, fires):
    report = lint(_goals(_kr(title)))
    assert bool(_findings(report, "KR002")) == fires
    assert not _findings(report, "KR001")  # a share done is partial progress


@pytest.mark.parametrize(
    "title",
    ["Loyalty app launched ahead of the summer sale", "Winter menu launched 3 weeks before Easter"],
)
def test_a_deliverable_done_ahead_of_a_date_is_a_task(lint, title):
    assert _findings(lint(_goals(_kr(title))), "KR002")


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Vaccinate 30,000 children", True),  # a service done to each, counted
        ("Spray 12,000 homes with indoor residual insecticide", True),
        ("Hand out 38,000 emergency food parcels", True),
        ("Perform 40,000 rapid diagnostic tests", True),
        ("Process 62,000 supplier invoices this year", True),  # work items handled
        ("Deliver 3,000 mentoring hours", True),  # the hours of an activity
        ("Run 40 English conversation clubs", True),
        ("Run 25 competitive tenders", True),
        ("Vaccinate 95% of children by age two", False),  # a share of those in need
        ("Screen 100% of new patients for sepsis within 1 hour", False),
        ("Perform above plan for 3 quarters", False),  # no count of anything done
        ("Grow book club members from 40 to 120", False),
        ("Provide 800 hours of respite care", False),  # no activity word on the hours
        ("Increase the number of farmers trained from 200 to 450", True),  # those served
        ("Double the number of tickets handled per analyst", True),
        ("Cut the number of tickets handled by hand from 900 to 300", False),  # fewer
        ("Grow the number of claims resolved at first contact from 40% to 60%", False),
    ],
)
def test_a_service_done_to_many_counted_is_an_activity(lint, title, fires):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == fires


@pytest.mark.parametrize(
    ("title", "code", "fires"),
    [
        ("Maintaining drinking-water compliance at 99.96% or better", "KR007", True),
        ("Reducing supply interruptions", "KR009", True),  # the gerund of an aim
        ("Improving onboarding", "KR009", True),
        ("Growing season length", "KR009", False),  # gerunds that open nouns
        ("Cutting tools spend", "KR009", False),
        ("Reducing supply interruptions from 40 to 20 a year", "KR009", False),  # a move
        ("Hiring 6 QA release specialists", "KR002", True),  # a known verb's count
        ("Marketing qualified leads from 200 to 300", "KR002", False),  # a noun
        ("Growing season yield from 3 to 4 t/ha", "KR009", False),
        ("Churn: down", "KR009", True),  # a headline with a direction, no number
        ("Ambulance handovers: faster", "KR009", True),
        ("Churn: 5% → 3%", "KR009", False),
        ("Handling time: improved", "KR009", True),  # an improvement verb's participle
        ("Owner: Ana", "KR009", False),
        ("Demos booked: 40 → 90 a month", "KR002", True),  # an activity, as a state
        ("Workshops held from 6 to 10 per year", "KR002", True),
        ("Site visits reduced from 40 to 20 a month", "KR002", False),  # fewer
        ("WE WILL HIRE 12 SITE MANAGERS", "KR001", False),  # a count, not 'Hire 12'
    ],
)
def test_gerunds_headlines_and_states_read_as_their_imperative(lint, title, code, fires):
    quoted = '"' + title + '"'  # a colon and a space would start a mapping
    assert bool(_findings(lint(_goals(_kr(quoted))), code)) == fires


@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Run wellbeing check-ins with clinical staff, from 12 to 40 a quarter", True),
        ("Hold 30 catch-ups with new starters", True),  # meetings someone holds
        ("Increase online check-ins from 40% to 60%", False),  # what guests do
        ("Raise app check-ins from 2,000 to 5,000 a month", False),
    ],
)
def test_check_ins_someone_runs_are_an_activity(lint, title, fires):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == fires


@pytest.mark.parametrize(
    ("title", "binary"),
    [
        ("Be named the official clinic partner of Pet Dental Month in our region", True),
        ("Be shortlisted for the national practice award", True),
        ("Be officially accredited as a Gold Standard practice", True),
        ("Be listed on the NYSE", True),
        ("Be seen as the friendliest practice in town", False),  # a reputation
        ("Be ranked first in the client survey", False),  # a position
        ("Be named in the top 10 of the Sunday Times list", False),  # a rank, counted
        ("Be the first choice for owners of older pets", False),  # no passive
    ],
)
def test_a_passive_stated_as_the_goal_happens_or_not(lint, title, binary):
    assert bool(_findings(lint(_goals(_kr(title))), "KR001")) == binary


@pytest.mark.parametrize(
    ("title", "binary"),
    [
        # a grade or verdict given at one inspection or audit
        ("Ofsted grades the service 'good' at the next inspection", True),
        ("Ofsted 'Good'", True),
        ("CQC rating moves from Requires Improvement to Good", True),
        ("Exit special measures at the spring inspection", True),
        ("Unqualified audit opinion on the 2025/26 accounts", True),
        ("Tesco supplier scorecard back to Green status by Q2", True),
        # a rating that moves by degrees, a capital in a headline, a task at an audit
        ("Lift our Google rating from 4.3 to 4.6", False),
        ("Raise our Good Food Guide rating", False),
        ("CQC RATING MOVES FROM REQUIRES IMPROVEMENT TO GOOD", True),  # in capitals too
        ("Green energy status for all depots", False),
        ("Reduce open findings at the next audit from 14 to 3", False),
        # gaining what others grant takes it; it grows nothing
        ("Gain AS9100 certification for the Derby plant", True),
        ("Gain SALSA approval for the new Hull bakery line", True),
        ("Gain 5 points of market share", False),
        # ... and so does gaining an award or a status
        ("Gain a Green Flag Award for Hillside Recreation Ground", True),
        ("Earn Arts Award Centre status", True),
        ("Gain 3 award nominations", False),
        ("Earn Green Flag status for 4 parks", False),  # counted park by park
        ("Earn a 5-star hygiene rating at every restaurant every week", False),
        # one grade to another, moved with a push verb, is still a verdict
        ("Lift the Ofsted grade from Inadequate to Requires Improvement", True),
        ("Improve the RAG status from amber to green", True),
    ],
)
def test_a_grade_or_verdict_given_once_is_done_or_not(lint, title, binary):
    quoted = '"' + title.replace('"', '\\"') + '"'
    report = lint(_goals(_kr(quoted)))
    assert bool(_findings(report, "KR001")) == binary
    if binary:  # a verdict or a certificate gained is no vague push
        assert not _findings(report, "KR009")


@pytest.mark.parametrize(
    ("title", "solution"),
    [
        # moving a school between grades is no migration
        ("Move Castleford Primary from Requires Improvement to Good", False),
        ("Move payroll to ADP", True),
        # what an audit raised, closed or put right, and instruments set true: work done
        ("Close all 19 corrective actions from the Tesco technical audit", True),
        ("Remediate all 9 control deficiencies raised last year", True),
        ("Calibrate every torque wrench and gauge on the shop floor", True),
        ("Reduce open corrective actions from 19 to 4", False),
        # a production staged, drop-in sessions delivered: the work, not its effect
        ('Stage the summer production of "Oliver!" in July', True),
        ("Stage eight relaxed performances for autistic audiences", True),
        ("Deliver 40 digital skills drop-ins across the branches", True),
        ("Raise drop-in attendance from 12 to 20 a week", False),
        # a numbered step is no staging; a daily cut-off moved is no task
        ("Stage 2 complaints resolved within 20 working days", False),
        ("Stage 2 to close conversion from 19% to 25%", False),
        ("Orders shipped by 14:00 (today around 16:00)", False),
    ],
)
def test_grades_moved_and_audit_work_done(lint, title, solution):
    assert bool(_findings(lint(_goals(_kr(title))), "KR002")) == solution


@pytest.mark.parametrize(
    ("title", "holds"),
    [
        ("Answer 95% of calls within 60 seconds every month", True),
        ("Resolve 90% of P3 tickets within 8 hours in every month", True),
        ("Answer 95% of calls within 60 seconds by March", False),  # reached once
        ("Publish 2 posts every week", False),  # a cadence of work, not a level
    ],
)
def test_a_share_of_work_done_to_a_standard_every_period_is_held(lint, title, holds):
    assert bool(_findings(lint(_goals(_kr(title))), "KR007")) == holds


@pytest.mark.parametrize(
    ("name", "lagging"),
    [
        ("Clients in paid work after 12 months", True),  # read once the window has passed
        ("Tenancies sustained at 12 months", True),
        ("Malaria incidence per 1,000 population", True),
        ("Savings delivered against baseline prices", True),
        ("Commitment coverage (RIs and Savings Plans)", False),  # a product's name
        ("Activation 7 days after signup", False),  # a leading word measured at a time
        ("Demos booked after 3 months", False),  # a leading word read at a follow-up
        ("Return on ad spend (ROAS)", True),  # a return on money, known once spent
        ("Blended ROAS", True),
        ("ROIC", True),
        ("Campaigns launched", False),
        # output and time lost, and tax paid, are counted after the fact
        ("Production lost to turbine faults (MWh)", True),
        ("Working days lost to sickness", True),
        ("Lost production", True),
        ("Landfill tax paid per tonne collected", True),
        # customers who have left, and how treatment turned out
        ("Plan member cancellations", True),
        ("Cancellation rate", True),
        ("Patient-reported outcome score at discharge", True),
        ("Hours worked", False),
        ("Production volume", False),
    ],
)
def test_kpi_names_read_after_the_fact_are_lagging(lint, name, lagging):
    report = lint(f"team: Ops\nkpis:\n  - id: k1\n    name: {name}\n    owner: Ana Ruiz\n")
    assert bool(_findings(report, "KPI003")) == lagging


@pytest.mark.parametrize(
    ("title", "code", "fires"),
    [
        # opening places is what a plan delivers; opening accounts is what customers do
        ("Open 3 new stores in the North East", "KR002", True),
        ("We will open 12 new clinics", "KR002", True),
        ("Open 500 new savings accounts", "KR002", False),
        ("Open 3 new markets", "KR002", False),
        # going live with counted customers is their adoption; with modules, a delivery
        ("Go live with 20 new retail customers on the Northern network", "KR002", False),
        ("Go live with 4 new modules", "KR002", True),
        ("Go live with SAP", "KR002", True),
        # switching the whole business over at once, as going live is
        ("Go paperless with digital medical history forms", "KR001", True),
        ("Go cashless in all cafes", "KR002", True),
        # valuations booked one by one are an activity
        ("Book 120 market appraisals", "KR002", True),
        ("Lift appraisals that become instructions from 30% to 40%", "KR002", False),
        # a move between two cadences is stated, not vague
        ("Increase deployment frequency from weekly to daily", "KR009", False),
        ("Move reporting from monthly to real-time", "KR009", False),
        ("Improve deployment frequency", "KR009", True),
        # an age group is no number
        ("Boost brand awareness among 18-24 year olds", "KR009", True),
        ("Improve uptake among members aged 55+", "KR009", True),
        ("Grow awareness among 25-34 year olds from 12% to 20%", "KR009", False),
    ],
)
def test_places_opened_customers_live_cadence_moves_and_age_groups(lint, title, code, fires):
    assert bool(_findings(lint(_goals(_kr(title))), code)) == fires


@pytest.mark.parametrize(
    ("title", "code", "fires"),
    [
        # a buyer or funder awarding contracts or grants does a task; being awarded one
        # is a milestone
        ("Award 8 framework contracts for armoured vehicle spares", "KR002", True),
        ("Award the Phase 2 contract for the helicopter programme", "KR002", True),
        ("Award 150 bursaries to first-generation students", "KR002", True),
        ("Contract awarded by June", "KR002", False),
        ("Win the Lyon tender", "KR002", False),
        # activating sites readies them; activating merchants or users is adoption
        ("Activate 45 new investigator sites", "KR002", True),
        ("Activate 300 new merchants", "KR002", False),
        ("Activate 20,000 new users", "KR002", False),
        ("Close 3 underperforming locations", "KR002", True),
        ("Close 40 deals", "KR002", False),
        # units of planned work delivered are deliverables; items alone may be goods
        ("Deliver 12 roadmap items", "KR002", True),
        ("Deliver 15 epics", "KR002", True),
        ("Deliver 12,000 items a day", "KR002", False),
        ("Cut open backlog items from 400 to 100", "KR002", False),
        # an age bound is no target: a launch for young drivers is done or not done
        ("Launch a telematics policy for drivers under 25", "KR001", True),
        ("Cut claims from drivers under 25 by 10%", "KR001", False),
    ],
)
def test_awards_site_activations_planned_work_and_age_bounds(lint, title, code, fires):
    assert bool(_findings(lint(_goals(_kr(title))), code)) == fires
