"""Key result rules. Numbers come from the fields, else from the statement's facts."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from okrlint.display import number as _n
from okrlint.engine import Context, Problem
from okrlint.language.facts import Facts
from okrlint.model import KeyResult, same_team
from okrlint.registry import check

PERCENT_UNITS = frozenset({"percent", "%", "pct", "percentage", "per cent"})
# Percents that compare with an earlier value or a plan rather than being a share of
# a whole, so they pass 100: "net revenue retention 118%", "120% of quota"
# ... of which changes can also fall below zero
_CHANGES = (
    r"growth|roi|return\s+on|yoy|qoq|mom|wow|year[- ](?:on|over)[- ]year|uplift|change"
    r"|variance|delta"
)
# ... and so can margins and profits: "operating margin from -12% to 5%"
_BELOW_ZERO = re.compile(rf"\b(?:{_CHANGES}|margins?|profit|profitability)\b", re.IGNORECASE)
_PAST_HUNDRED = re.compile(
    rf"\b(?:{_CHANGES}|net\s+(?:revenue|dollar)\s+retention|nrr|ndr|roas|attainment|quota"
    # coverage against a requirement or a quota ("Solvency II coverage ratio", "pipeline
    # coverage"), not the share of a population a service covers (at most 100%)
    r"|pipeline\s+coverage|coverage\s+ratio|(?:capital|solvency|debt|interest|liquidity)\s+coverage"
    r"|index|of\s+(?:the\s+)?(?:plan|target|budget|forecast|goal|quota|capacity)"
    r"|expansion)\b",
    re.IGNORECASE,
)
NO_TARGET_KINDS = frozenset({"baseline", "milestone"})


_NAME_AND_EMAIL = re.compile(r"^\s*(?P<name>[^<]*?)\s*<(?P<email>[^>]+)>\s*$")


def _matches(author: str, names: Iterable[str]) -> bool:
    """True when the author, or the name or email of "Name <email>", is in ``names``."""
    wanted = {author.strip().lower()}
    if match := _NAME_AND_EMAIL.match(author):
        wanted |= {match["name"].lower(), match["email"].strip().lower()}
    return any(name.strip().lower() in wanted for name in names)


def _members(teams: dict[str, list[str]], team: str | None) -> list[str]:
    """The configured members of ``team`` (names compare as ``same_team`` does)."""
    wanted = same_team(team or "")
    return next((members for name, members in teams.items() if same_team(name) == wanted), [])


@check("leadership-written")
def leadership_written(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    author = kr.text("author")
    if ctx.settings.authorship == "git":
        from okrlint.authorship import git_author

        author = git_author(kr, ctx.cache) or author
    if author is None:
        return
    settings = ctx.settings
    members = _members(settings.teams, kr.team)
    if author.strip().lower() == "leadership":
        who = "leadership"
    elif _matches(author, settings.leadership) and not _matches(author, members):
        who = f"{author}, who is on the leadership list and not in team {kr.team or '?'}"
    else:
        return
    yield Problem(
        f"{kr.describe()} was written by {who}",
        "leadership sets objectives and may challenge key results, but the team that "
        "owns the objective should write them",
        item=kr,
        field="author",
    )


@dataclass(frozen=True)
class Numbers:
    """A KR's numbers: fields first, else what its statement says."""

    baseline: float | None
    target: float | None
    change: bool  # the statement gives a relative change ("by 20%")
    direction: str | None  # the `direction` field, else the worded direction
    worded: str | None  # the direction the statement's verb gives
    stated_baseline: float | None
    stated_target: float | None
    facts: Facts | None = None


def numbers(kr: KeyResult, ctx: Context) -> Numbers:
    facts = ctx.facts.get(kr.statement) if kr.statement else None
    stated_baseline = getattr(facts, "baseline", None)
    stated_target = getattr(facts, "target", None)
    worded = getattr(facts, "direction", None)
    field_baseline, field_target = kr.number("baseline"), kr.number("target")
    return Numbers(
        baseline=field_baseline if field_baseline is not None else stated_baseline,
        target=field_target if field_target is not None else stated_target,
        change=getattr(facts, "change", None) is not None,
        direction=kr.text("direction") or worded,
        worded=worded,
        stated_baseline=stated_baseline,
        stated_target=stated_target,
        facts=facts,
    )


@check("missing-target")
def missing_target(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.text("kind") in NO_TARGET_KINDS:
        return
    found = numbers(kr, ctx)
    if found.target is not None or found.change:
        return
    yield Problem(
        f"{kr.describe()} has no numeric target, in its fields or its statement",
        "add `target:` (and `baseline:`), or state it as 'from X to Y'",
        item=kr,
    )


@check("missing-baseline")
def missing_baseline(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.text("kind") == "baseline":
        return
    found = numbers(kr, ctx)
    if (found.target is None and not found.change) or found.baseline is not None:
        return
    yield Problem(
        f"{kr.describe()} has a target but no baseline",
        "add `baseline:` with today's value, or state it as 'from X to Y', "
        "so progress can be measured",
        item=kr,
        field="target",
        on_key=True,
    )


@check("not-time-bound")
def not_time_bound(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.has("due") or kr.doc.period is not None or kr.doc.period_error:
        return
    yield Problem(
        f"{kr.describe()} has no deadline: no `due` and no `period` in its file",
        "add `period:` at the top of the file (e.g. 2026-Q1), or `due:` on the key result",
        item=kr,
    )


_SCALES = (1.0, 100.0, 0.01, 1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9)


def _same(a: float, b: float) -> bool:
    """Equal, or the same number written at another scale (40% vs 0.4, $1.2M vs 1.2)."""
    return any(math.isclose(a * scale, b, rel_tol=1e-9, abs_tol=1e-12) for scale in _SCALES)


def _agrees(value: float, stated: float, found: Numbers) -> bool:
    """A field agrees with the statement's amount, or lies in the range it opens
    ("Cut readmissions to 8-10%" with `target: 10`)."""
    if _same(value, stated):
        return True
    span = found.facts.range_from(stated) if found.facts is not None else None
    return span is not None and any(span[0] <= value * scale <= span[1] for scale in _SCALES)


@check("target-direction-mismatch")
def target_direction_mismatch(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    found = numbers(kr, ctx)
    yield from _contradictions(kr, found)
    baseline, target = found.baseline, found.target
    if baseline is None or target is None:
        return
    if target == baseline:
        yield Problem(
            f"{kr.describe()}: the target equals the baseline ({_n(target)}): nothing changes",
            "if the point is to hold the value, track it as a KPI; otherwise set the target "
            "you aim for",
            item=kr,
            field="target",
        )
        return
    moves = "increase" if target > baseline else "decrease"
    if found.direction not in ("increase", "decrease") or found.direction == moves:
        return
    side = "below" if moves == "decrease" else "above"
    if kr.text("direction"):
        message = f"`direction` is {found.direction}, but the target {_n(target)} is {side}"
        hint, field = "swap baseline and target, or fix `direction`", "direction"
    else:
        message = f"the statement says {found.direction}, but the target {_n(target)} is {side}"
        hint, field = "swap the numbers, or reword the statement", "title"
    yield Problem(
        f"{kr.describe()}: {message} the baseline {_n(baseline)}",
        hint,
        item=kr,
        field=field,
    )


def _contradictions(kr: KeyResult, found: Numbers) -> Iterator[Problem]:
    """Fields win over the statement, but a disagreement between them is reported."""
    for name, stated in (("baseline", found.stated_baseline), ("target", found.stated_target)):
        value = kr.number(name)
        if value is not None and stated is not None and not _agrees(value, stated, found):
            yield Problem(
                f"{kr.describe()}: the statement says {_n(stated)} but `{name}` is {_n(value)}",
                "update the statement or the field so that they agree",
                item=kr,
                field=name,
            )
    declared = kr.text("direction")
    if declared in ("increase", "decrease") and found.worded not in (None, declared):
        yield Problem(
            f"{kr.describe()}: the statement says {found.worded} but `direction` is {declared}",
            "update the statement or the field so that they agree",
            item=kr,
            field="direction",
        )


def _stated_percents(found: Numbers, declared: bool) -> tuple[dict[str, float], bool]:
    """The baseline and target the statement gives in percent ("from 40% to 60%"), or
    as bare numbers where the KR's `unit` is a percent ("from 310 to 90" with `unit:
    percent`: the field says they are percents); and whether they were bare."""
    facts = found.facts
    bare = declared and facts is not None and facts.unit is None
    if facts is None or not (facts.unit == "percent" or bare):
        return {}, False
    if bare:
        percents = {q.value for q in facts.measures if q.kind == "number" and q.unit is None}
    else:
        percents = {q.value for q in facts.measures if q.kind == "percent"}
    levels = {"baseline": found.stated_baseline, "target": found.stated_target}
    return {name: value for name, value in levels.items() if value in percents}, bare


@check("dependent-key-results")
def dependent_key_results(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.objective is None:
        return
    siblings = {other.id: other for other in kr.objective.key_results if other is not kr}
    raw = kr.data.get("depends_on")
    entries = list(enumerate(raw)) if isinstance(raw, list) else [(None, raw)]
    for index, target_id in entries:
        if isinstance(target_id, str) and target_id in siblings:
            yield Problem(
                f"{kr.describe()} depends on {siblings[target_id].describe()} of the same "
                "objective",
                "key results of one objective should be independent measures of it; if one "
                "only follows from the other, keep the outcome and drop the step",
                item=kr,
                field="depends_on",
                pointer="" if index is None else f"{kr.field_pointer('depends_on')}/{index}",
            )
    facts = ctx.facts.get(kr.statement) if kr.statement else None
    if facts is not None and not kr.ids("depends_on"):
        from okrlint.language import dependency_hit

        hit = dependency_hit(facts, ctx.options)
        if hit:
            yield Problem(f"{kr.describe()} {hit.reason}", hit.suggestion, item=kr, field="title")


@check("value-out-of-range")
def value_out_of_range(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    unit = (kr.text("unit") or "").strip().lower()
    # the statement's own levels count where no field gives them ("from 78% to 104%"
    # with `unit: percent` and no `target`)
    declared = unit in PERCENT_UNITS
    # "from 310 to 90" with `unit: percent`: bare numbers the field makes percents
    stated, bare = (
        _stated_percents(numbers(kr, ctx), declared) if not unit or declared else ({}, False)
    )
    levels = {name: kr.number(name) for name in ("baseline", "target", "current")}
    # a level inside 0-100 is right whatever the words say: they are read only if not
    if (declared or stated) and not all(
        0 <= value <= 100 for value in (*stated.values(), *levels.values()) if value is not None
    ):
        about = " ".join(t for t in (kr.statement, kr.text("metric")) if t)
        high = 100 if not _PAST_HUNDRED.search(about) else math.inf
        low = 0 if not _BELOW_ZERO.search(about) else -math.inf
        hint = "if this is a change in percent, state the levels before and after instead "
        for name, value in levels.items():
            if unit and value is not None and not low <= value <= high:
                yield Problem(
                    f"{kr.describe()}: `{name}` is {_n(value)}, but a percent lies "
                    "between 0 and 100",
                    hint + "(from 40% to 60%)",
                    item=kr,
                    field=name,
                )
            elif value is None and name in stated and not low <= stated[name] <= high:
                yield Problem(  # the statement's own level: "from 40% to 120%"
                    f"{kr.describe()}: the statement's {name} is "
                    + (
                        f"{_n(stated[name])} with `unit: {unit}`"
                        if bare
                        else f"{_n(stated[name])}%"
                    )
                    + ", but a percent of a whole lies between 0 and 100",
                    f"if the statement counts something, set `unit` to what it counts (not {unit})"
                    if bare
                    else hint + "(from 40% to 60%), or say what it is a percent of (of plan...)",
                    item=kr,
                    field="title",
                )
    for name in ("score", "confidence"):
        value = kr.number(name)
        if value is not None and not 0 <= value <= 1:
            yield Problem(
                f"{kr.describe()}: `{name}` is {_n(value)}, but it lies between 0 and 1",
                # 85 is a percent written for 0.85; 1.2 is no percent
                f"write {_n(value)}% as {_n(value / 100)}"
                if 1 < value <= 100 and float(value).is_integer()
                else "",
                item=kr,
                field=name,
            )
