"""Key result rules on structured fields."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from okrlint.engine import Context, Problem
from okrlint.model import KeyResult
from okrlint.registry import check

PERCENT_UNITS = frozenset({"percent", "%", "pct", "percentage", "per cent"})
NO_TARGET_KINDS = frozenset({"baseline", "milestone"})


_NAME_AND_EMAIL = re.compile(r"^\s*(?P<name>[^<]*?)\s*<(?P<email>[^>]+)>\s*$")


def _matches(author: str, names: Iterable[str]) -> bool:
    """True when the author, or the name or email of "Name <email>", is in ``names``."""
    wanted = {author.strip().lower()}
    if match := _NAME_AND_EMAIL.match(author):
        wanted |= {match["name"].lower(), match["email"].strip().lower()}
    return any(name.strip().lower() in wanted for name in names)


def _members(teams: dict[str, list[str]], team: str | None) -> list[str]:
    """The configured members of ``team`` (team names compare case-insensitively)."""
    wanted = (team or "").strip().lower()
    return next((members for name, members in teams.items() if name.lower() == wanted), [])


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
