"""KPI rules on structured fields."""

from __future__ import annotations

from collections.abc import Iterator

from okrlint.display import number as _n
from okrlint.engine import Context, Problem, Team
from okrlint.load import number_value
from okrlint.model import Kpi
from okrlint.registry import check

CADENCES = ("daily", "weekly", "monthly", "quarterly", "yearly")


@check("lagging-kpi-without-driver")
def lagging_kpi_without_driver(kpi: Kpi, ctx: Context) -> Iterator[Problem]:
    if kpi.ids("drivers"):
        return
    hint = (
        "add `drivers:` with the ids of leading KPIs that move before it (e.g. trial starts "
        "for revenue), so the team can act before the result is in"
    )
    declared = kpi.text("type")
    if declared == "lagging":
        yield Problem(
            f"{kpi.describe()} is a lagging indicator with no leading `drivers`",
            hint,
            item=kpi,
            field="type",
        )
    elif declared is None:
        # not declared: inferred from the name (revenue, churn, NPS...); leading words win
        from okrlint.language import lagging_kpi_hit

        hit = lagging_kpi_hit(kpi.text("name") or "", kpi.text("description"), ctx.options)
        if hit is not None:
            yield Problem(
                f"{kpi.describe()} measures a lagging result ('{hit.words[0]}') and has no "
                "leading `drivers`",
                hint + "; or declare `type: leading` if it moves first",
                item=kpi,
                field="name",
            )


@check("too-many-kpis")
def too_many_kpis(team: Team, ctx: Context) -> Iterator[Problem]:
    limit = ctx.options["max"]
    areas: dict[str, list[Kpi]] = {}
    for kpi in team.kpis:
        areas.setdefault((kpi.text("area") or "").strip().lower(), []).append(kpi)
    for area, kpis in sorted(areas.items()):
        if len(kpis) <= limit:
            continue
        where = f"the {area} area" if area else "no area"
        for kpi in sorted(kpis, key=lambda k: (k.doc.order, k.line))[limit:]:
            yield Problem(
                f"{team.name} watches {len(kpis)} KPIs in {where}, more than {limit}; "
                f"{kpi.describe()} is one too many",
                "keep the few that drive decisions; demote the rest to dashboards",
                item=kpi,
            )


@check("cadence-too-slow")
def cadence_too_slow(kpi: Kpi, ctx: Context) -> Iterator[Problem]:
    cadence = (kpi.text("cadence") or "").strip().lower()
    slowest = ctx.options["slowest"].strip().lower()
    if cadence not in CADENCES or slowest not in CADENCES:
        return
    if CADENCES.index(cadence) > CADENCES.index(slowest):
        yield Problem(
            f"{kpi.describe()} is reviewed {cadence}, slower than {slowest}",
            f"a KPI is a health check: review it {slowest} or more often so problems "
            "surface while they can still be fixed",
            item=kpi,
            field="cadence",
        )


@check("target-without-history")
def target_without_history(kpi: Kpi, ctx: Context) -> Iterator[Problem]:
    if kpi.number("target") is None:
        return
    if kpi.number("baseline") is not None or kpi.data.get("history") or kpi.checkins:
        return
    yield Problem(
        f"{kpi.describe()} has a target but no baseline or history to justify it",
        "add `baseline:` or `history:` with past values, so the target is grounded",
        item=kpi,
        field="target",
        on_key=True,
    )


def breach(kpi: Kpi) -> str | None:
    """How the KPI is breached, or None if it is healthy or cannot be judged."""
    current = kpi.current
    if current is None:
        return None
    threshold = kpi.data.get("threshold")
    if not isinstance(threshold, dict):
        threshold = {}
    low, high = threshold.get("min"), threshold.get("max")
    if _num(low) or _num(high):
        if _num(low) and current < low:
            return f"{_n(current)} is below its minimum {_n(low)}"
        if _num(high) and current > high:
            return f"{_n(current)} is above its maximum {_n(high)}"
        return None
    target, direction = kpi.number("target"), kpi.text("direction")
    if target is None:
        return None
    said = ""
    if direction not in ("increase", "decrease"):
        from okrlint.language import named_direction

        direction, word = named_direction(kpi.text("name") or "")
        said = f"; its name says {'lower' if direction == 'decrease' else 'higher'} is better"
        said += f" ('{word}'): set `direction` if not"
    if direction == "increase" and current < target:
        return f"{_n(current)} is below its target {_n(target)}{said}"
    if direction == "decrease" and current > target:
        return f"{_n(current)} is above its target {_n(target)}{said}"
    return None


def _num(value: object) -> bool:
    return number_value(value) is not None


@check("breached-kpi-without-key-result")
def breached_kpi_without_key_result(kpi: Kpi, ctx: Context) -> Iterator[Problem]:
    how = breach(kpi)
    if how is None:
        return
    linked = ctx.cache.get("linked")
    if linked is None:
        linked = ctx.cache["linked"] = _linked_kpis(ctx)
    if kpi.has_id and kpi.id in linked:
        return
    hint = "promote it: add a key result for the current period with `metric: {id}`"
    if not kpi.has_id:
        hint = "give the KPI an `id`, then add a key result with `metric:` naming it"
    yield Problem(
        f"{kpi.describe()} is breached ({how}) and no key result of the current period moves it",
        hint.format(id=kpi.id),
        item=kpi,
    )


def _linked_kpis(ctx: Context) -> set[str]:
    """KPI ids named by `metric` on KRs of the current period.

    The current period is every period that contains today; when none does, the
    latest period in the goals folder.
    """
    periods = {doc.period for doc in ctx.goals.documents if doc.period is not None}
    current = {p for p in periods if p.contains(ctx.today)}
    if not current and periods:
        latest = max(p.end for p in periods)
        current = {p for p in periods if p.end == latest}
    return {
        kr.text("metric") or ""
        for kr in ctx.goals.key_results()
        if kr.period in current or kr.period is None
    }
