"""Rules that judge the words of objectives, key results and KPIs.

Statements are analysed once, in one batch, before the rules run (see
``analyse_goals``); structured fields win over what the text says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from okrlint.engine import Context, Problem
from okrlint.model import Document, GoalSet, Item, KeyResult, Kpi, Objective
from okrlint.registry import check

# structured kinds that settle what the text may suggest
MEASURED_KINDS = frozenset({"metric", "maintain", "baseline"})
TEXT_FIELDS = ("title", "name", "owner", "unit", "action", "description", "author")
NUMBER_FIELDS = ("baseline", "target", "current")
_PLACEHOLDER_FIELDS = (*TEXT_FIELDS, *NUMBER_FIELDS)
_ESTABLISH_BASELINE = re.compile(
    r"\b(establish|set|define|measure|determine|capture|agree)\w*\b.*\bbaselines?\b", re.I
)


def kind_of(kr: KeyResult) -> str | None:
    """The declared kind, or `baseline` for a statement that establishes one."""
    declared = kr.text("kind")
    if declared is not None:
        return declared
    if kr.number("target") is None:
        from okrlint.language.quantities import may_contain

        statement = kr.statement
        if may_contain(statement, ("baseline",)) and _ESTABLISH_BASELINE.search(statement):
            return "baseline"
    return None


def statements_of(doc: Document) -> Iterator[str]:
    """The statements the language rules judge: objective and key result titles."""
    for objective in doc.objectives:
        if objective.statement:
            yield objective.statement
        for kr in objective.key_results:
            if kr.statement:
                yield kr.statement


def analyse_goals(
    goals: GoalSet,
    model: str | None,
    cache: Any = None,
    known: dict[str, Any] | None = None,
    *,
    defer: bool = False,
) -> dict[str, Any]:
    """Facts for every objective and KR statement of the reported documents.

    With a ``cache`` (``okrlint.cache.FactsCache``), known statements are read
    from it and only the others are analysed, so spaCy is imported only when a
    statement is new. ``known`` holds facts found earlier in this run; they are
    used as they are and kept in the cache.

    With ``defer``, statements that are neither known nor cached are left out,
    for the caller to analyse (``okrlint.engine`` does it part by part, in the
    processes that run the item rules on their documents).
    """
    statements = list(
        dict.fromkeys(
            text for doc in goals.documents if doc.reported for text in statements_of(doc)
        )
    )
    if not statements:
        return {}
    found: dict[str, Any] = {}
    if known:
        found = {text: known[text] for text in statements if text in known}
        if cache is not None and found:
            cache.put_many(found)
    rest = [text for text in statements if text not in found]
    if cache is not None and rest:
        found.update(cache.get_many(rest))
    fresh = [text for text in rest if text not in found]
    from okrlint.language.facts import FactsTable

    if fresh and defer:
        return FactsTable((text, found[text]) for text in statements if text in found)
    if fresh:
        from okrlint import parallel  # worker processes when there are many

        analysed = dict(zip(fresh, parallel.analyse(fresh, model), strict=True))
        if cache is not None:
            cache.put_many(analysed)
        found.update(analysed)
    return FactsTable((text, found[text]) for text in statements)


def _facts(item: Item, ctx: Context) -> Any:
    return ctx.facts.get(item.statement) if item.statement else None


def _problem(item: Item, hit: Any, field: str = "title") -> Problem:
    """The classifier's reason names the trigger words; the hint is its rewrite."""
    return Problem(f"{item.describe()}: {hit.reason}", hit.suggestion, item=item, field=field)


def _judge(item: Item, ctx: Context, classifier: Any) -> Iterator[Problem]:
    """Run one classifier over the item's statement facts; a hit becomes a problem."""
    facts = _facts(item, ctx)
    hit = facts and classifier(facts, ctx.options)
    if hit:
        yield _problem(item, hit)


def _has_numbers(kr: KeyResult) -> bool:
    return kr.number("target") is not None


def _has_a_level(kr: KeyResult) -> bool:
    """A numeric `baseline` or `current`: something is measured, so progress can be
    partial even before a target is set (KR004 asks for the target)."""
    return kr.number("baseline") is not None or kr.number("current") is not None


@check("measurable-objective")
def measurable_objective(objective: Objective, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import objective_quantity_hit

    yield from _judge(objective, ctx, objective_quantity_hit)


@check("binary-key-result")
def binary_key_result(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import binary_hit

    kind = kind_of(kr)
    if kind == "milestone":
        yield Problem(
            f"{kr.describe()} is declared `kind: milestone`: it can only be done or not done",
            "state the change the milestone should cause, e.g. 'Increase week-one activation "
            "from 35% to 50%', and track the milestone in your plan instead",
            item=kr,
            field="kind",
        )
        return
    if kind in MEASURED_KINDS or _has_numbers(kr) or _has_a_level(kr):
        return
    yield from _judge(kr, ctx, binary_hit)


@check("solution-oriented-key-result")
def solution_oriented(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import solution_hit

    if kind_of(kr) == "baseline":
        return
    yield from _judge(kr, ctx, solution_hit)


@check("maintain-key-result")
def maintain_key_result(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import maintain_hit

    if kr.text("kind") == "maintain":
        yield Problem(
            f"{kr.describe()} is declared `kind: maintain`: holding a standard is a KPI's job",
            "move it to `kpis:` with a `threshold` and an `action`; keep key results for change",
            item=kr,
            field="kind",
        )
        return
    baseline, target = kr.number("baseline"), kr.number("target")
    direction = kr.text("direction")
    if (
        baseline is not None
        and target is not None
        and baseline != target
        and direction in ("increase", "decrease")
        and (target > baseline) == (direction == "increase")
    ):
        # "No more than 3 incidents" with baseline 7, target 3, direction decrease: the
        # fields move the level ("Maintain 99.9%" from 99.95 still holds a floor)
        return
    yield from _judge(kr, ctx, maintain_hit)


@check("vague-key-result")
def vague_key_result(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import vague_hit

    if _has_numbers(kr):
        return
    yield from _judge(kr, ctx, vague_hit)


def is_lagging_kpi(kpi: Kpi, options: dict[str, Any]) -> bool:
    declared = kpi.text("type")
    if declared is not None:
        return declared == "lagging"
    from okrlint.language import lagging_kpi_hit

    return lagging_kpi_hit(kpi.text("name") or "", kpi.text("description"), options) is not None


@check("lagging-key-result-without-leading")
def lagging_without_leading(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import lagging_kr_hit

    if kr.ids("leading"):
        return
    metric = ctx.goals.get(kr.text("metric") or "")
    if isinstance(metric, Kpi):
        if is_lagging_kpi(metric, {}) and not metric.ids("drivers"):
            yield Problem(
                f"{kr.describe()} moves {metric.describe()}, a lagging metric, "
                "and lists no `leading` KPIs",
                "add `leading:` with KPIs that move first, so progress shows during the period",
                item=kr,
                field="metric",
            )
        return
    facts = _facts(kr, ctx)
    hit = facts and lagging_kr_hit(facts, _with_declared_leading(ctx))
    if hit:
        yield Problem(
            f"{kr.describe()} {hit.reason}, and lists no `leading` KPIs",
            hit.suggestion
            or "add `leading:` with KPIs that move first, so progress shows during the period",
            item=kr,
        )


def _with_declared_leading(ctx: Context) -> dict[str, Any]:
    """The rule's options, with the names of the folder's KPIs declared `type: leading`
    as extra leading words: "Reduce burn multiple from 1.6 to 1.1" beside a KPI "Burn
    multiple" moves a leading metric, whatever the vocabulary says of "burn"."""
    options: dict[str, Any] | None = ctx.cache.get("declared-leading")
    if options is None:
        declared = sorted(
            {
                name
                for kpi in ctx.goals.kpis()
                if kpi.text("type") == "leading" and (name := kpi.text("name"))
            }
        )
        options = ctx.options
        if declared:
            extra = ctx.options.get("extra_leading")
            options = {**ctx.options, "extra_leading": [*(extra or []), *declared]}
        ctx.cache["declared-leading"] = options
    return options


@check("placeholder-text")
def placeholder_text(doc: Document, ctx: Context) -> Iterator[Problem]:
    from okrlint.language import placeholder_finder

    find = placeholder_finder(ctx.options)
    for item in doc.items():
        data = item.data
        for name in _PLACEHOLDER_FIELDS:
            value = data.get(name)
            hit = find(value) if isinstance(value, str) else None
            if hit:
                yield Problem(
                    f"{item.describe()}: `{name}` is a placeholder ({hit.reason})",
                    hit.suggestion
                    or f"write the real {name}, or remove the item until it is known",
                    item=item,
                    field=name,
                )
