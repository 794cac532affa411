"""Key result rules on structured fields."""

from __future__ import annotations

from collections.abc import Iterator

from okrlint.engine import Context, Problem
from okrlint.model import KeyResult
from okrlint.registry import check

PERCENT_UNITS = frozenset({"percent", "%", "pct", "percentage"})
NO_TARGET_KINDS = frozenset({"baseline", "milestone"})


def _matches(author: str, names: list[str]) -> bool:
    wanted = author.strip().lower()
    return any(wanted == name.strip().lower() for name in names)


@check("leadership-written")
def leadership_written(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    author = kr.text("author")
    if author is None:
        return
    settings = ctx.settings
    members = settings.teams.get(kr.team or "", [])
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


@check("missing-target")
def missing_target(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.text("kind") in NO_TARGET_KINDS or kr.number("target") is not None:
        return
    yield Problem(
        f"{kr.describe()} has no numeric target",
        "add `target:` (and `baseline:`), or state it as 'from X to Y'",
        item=kr,
    )


@check("missing-baseline")
def missing_baseline(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.text("kind") == "baseline" or kr.number("target") is None:
        return
    if kr.number("baseline") is None:
        yield Problem(
            f"{kr.describe()} has a target but no baseline",
            "add `baseline:` with today's value, so progress can be measured",
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


@check("target-direction-mismatch")
def target_direction_mismatch(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    baseline, target = kr.number("baseline"), kr.number("target")
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
    direction = kr.text("direction")
    moves = "increase" if target > baseline else "decrease"
    if direction in ("increase", "decrease") and direction != moves:
        yield Problem(
            f"{kr.describe()}: `direction` is {direction}, but the target {_n(target)} "
            f"is {'below' if moves == 'decrease' else 'above'} the baseline {_n(baseline)}",
            "swap baseline and target, or fix `direction`",
            item=kr,
            field="direction",
        )


def _n(value: float) -> str:
    return f"{value:g}"


@check("dependent-key-results")
def dependent_key_results(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    if kr.objective is None:
        return
    siblings = {other.id: other for other in kr.objective.key_results if other is not kr}
    for target_id in kr.ids("depends_on"):
        if target_id in siblings:
            yield Problem(
                f"{kr.describe()} depends on {siblings[target_id].describe()} of the same "
                "objective",
                "key results of one objective should be independent measures of it; if one "
                "only follows from the other, keep the outcome and drop the step",
                item=kr,
                field="depends_on",
            )


@check("value-out-of-range")
def value_out_of_range(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    unit = (kr.text("unit") or "").strip().lower()
    if unit in PERCENT_UNITS:
        for name in ("baseline", "target", "current"):
            value = kr.number(name)
            if value is not None and not 0 <= value <= 100:
                yield Problem(
                    f"{kr.describe()}: `{name}` is {_n(value)}, but a percent lies "
                    "between 0 and 100",
                    "if this is a change in percent, state the levels before and after "
                    "instead (from 40% to 60%)",
                    item=kr,
                    field=name,
                )
    for name in ("score", "confidence"):
        value = kr.number(name)
        if value is not None and not 0 <= value <= 1:
            yield Problem(
                f"{kr.describe()}: `{name}` is {_n(value)}, but it lies between 0 and 1",
                f"write {_n(value)}% as {value / 100:g}" if 1 < value <= 100 else "",
                item=kr,
                field=name,
            )
