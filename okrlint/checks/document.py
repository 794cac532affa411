"""Document rules that need the model: ids, references, cycles, periods."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from okrlint.engine import Context, Problem
from okrlint.model import Document, GoalSet, Item, KeyResult, Kpi, Objective
from okrlint.period import PeriodError, parse_date
from okrlint.registry import check

# field -> the kinds of item it may name
REFERENCES: dict[type[Item], dict[str, tuple[type[Item], ...]]] = {
    Objective: {"parent": (Objective,), "depends_on": (Objective, KeyResult)},
    KeyResult: {
        "metric": (Kpi,),
        "leading": (Kpi,),
        "depends_on": (KeyResult, Objective),
    },
    Kpi: {"drivers": (Kpi,)},
}
CYCLE_FIELDS = ("parent", "depends_on", "drivers")


def _where(item: Item) -> str:
    return f"{item.doc.path}:{item.line}"


@check("duplicate-id")
def duplicate_id(goals: GoalSet, ctx: Context) -> Iterator[Problem]:
    for item_id, items in goals.by_id.items():
        if len(items) < 2:
            continue
        for item in items:
            others = [other for other in items if other is not item]
            # a few places, then a count: 2,000 items sharing an id would otherwise
            # write each of the others into each of 2,000 messages (53 MB)
            places = ", ".join(_where(other) for other in others[:_PLACES_SHOWN])
            if len(others) > _PLACES_SHOWN:
                places += f" and {len(others) - _PLACES_SHOWN} more places"
            yield Problem(
                f"the id `{item_id}` is also used by {others[0].LABEL} at {places}",
                "ids must be unique across the goals folder: rename one of them",
                item=item,
                field="id",
                related=tuple((other.doc.path, other.line) for other in others[:_PLACES_SHOWN]),
            )


_PLACES_SHOWN = 5


def references(item: Item) -> Iterator[tuple[str, int | None, str]]:
    """(field, index in a list or None, referenced id) for each reference."""
    for name in REFERENCES.get(type(item), {}):
        value = item.data.get(name)
        if isinstance(value, str):
            yield name, None, value
        elif isinstance(value, list):
            for index, entry in enumerate(value):
                if isinstance(entry, str):
                    yield name, index, entry


@check("unresolved-reference")
def unresolved_reference(goals: GoalSet, ctx: Context) -> Iterator[Problem]:
    known: list[str] | None = None
    for doc in goals.documents:
        if not doc.reported:
            continue
        for item in doc.items():
            allowed_by_field = REFERENCES.get(type(item), {})
            for name, index, target_id in references(item):
                allowed = allowed_by_field[name]
                target = goals.get(target_id)
                field = name
                # point at the list entry, so two bad entries get two places
                pointer = "" if index is None else f"{item.field_pointer(name)}/{index}"
                if target is None:
                    if known is None:
                        known = sorted(goals.by_id)
                    guess = difflib.get_close_matches(target_id, known, n=1, cutoff=0.75)
                    hint = (
                        f"did you mean `{guess[0]}`?"
                        if guess
                        else "check the spelling, or add the missing item with that `id`"
                    )
                    yield Problem(
                        f"{item.describe()}: `{name}` names `{target_id}`, "
                        "which no item in the goals folder has",
                        hint,
                        item=item,
                        field=field,
                        pointer=pointer,
                    )
                elif not isinstance(target, allowed):
                    wanted = " or ".join(kind.LABEL for kind in allowed)
                    yield Problem(
                        f"{item.describe()}: `{name}` names {target.LABEL} `{target_id}` "
                        f"({_where(target)}), but it must name {_a(wanted)}",
                        f"point `{name}` at {_a(wanted)} id",
                        item=item,
                        field=field,
                        pointer=pointer,
                    )


def _a(label: str) -> str:
    return ("an " if label[0] in "aeiouAEIO" else "a ") + label


@check("reference-cycle")
def reference_cycle(goals: GoalSet, ctx: Context) -> Iterator[Problem]:
    edges: dict[str, list[str]] = {}
    for item in goals.items():
        if not item.has_id:
            continue
        targets = [t for name in CYCLE_FIELDS for t in item.ids(name) if t in goals.by_id]
        if targets:
            edges.setdefault(item.id, []).extend(dict.fromkeys(targets))
    for cycle in _cycles(edges):
        members = [goals.get(node) for node in cycle]
        members_ = [m for m in members if m is not None]
        members_.sort(key=lambda m: (not m.doc.reported, m.doc.order, m.line))
        first = members_[0]
        shown = " -> ".join([*cycle, cycle[0]])
        yield Problem(
            f"reference cycle: {shown}",
            "an item cannot (indirectly) support or depend on itself: break one link of the cycle",
            item=first,
            related=tuple((m.doc.path, m.line) for m in members_[1:]),
        )


def _cycles(edges: dict[str, list[str]]) -> list[list[str]]:
    """One representative cycle per strongly connected component (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            children = edges.get(node, [])
            if child < len(children):
                work.append((node, child + 1))
                nxt = children[child]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges.get(node, []):
                    components.append(component)
    return [_cycle_in(sorted(c), edges) for c in components]


def _cycle_in(component: list[str], edges: dict[str, list[str]]) -> list[str]:
    """A simple cycle through the component's smallest id, by breadth-first search."""
    members = set(component)
    start = component[0]
    previous: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in edges.get(node, []):
                if nxt == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(previous[path[-1]])
                    return list(reversed(path))
                if nxt in members and nxt not in previous and nxt != start:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    return [start]


@check("invalid-period")
def invalid_period(doc: Document, ctx: Context) -> Iterator[Problem]:
    if doc.period_error:
        yield Problem(
            f"`period`: {doc.period_error}",
            "",
            doc=doc,
            pointer="/period",
        )
    for objective in doc.objectives:
        for kr in objective.key_results:
            yield from _dates(kr, doc)
    for kpi in doc.kpis:
        yield from _checkin_dates(kpi)


def _dates(kr: KeyResult, doc: Document) -> Iterator[Problem]:
    if kr.has("due"):
        try:
            due = parse_date(kr.data["due"])
        except PeriodError as error:
            yield Problem(f"{kr.describe()}: `due`: {error}", "", item=kr, field="due")
        else:
            if doc.period is not None and not doc.period.contains(due):
                yield Problem(
                    f"{kr.describe()} is due {due}, outside the period {doc.period} "
                    f"({doc.period.start} to {doc.period.end})",
                    "move the due date into the period, or move the KR to the file "
                    "of the period it belongs to",
                    item=kr,
                    field="due",
                )
    yield from _checkin_dates(kr)


def _checkin_dates(item: Item) -> Iterator[Problem]:
    raw = item.data.get("checkins")
    for index, entry in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(entry, dict) and "date" in entry:
            try:
                parse_date(entry["date"])
            except PeriodError as error:
                yield Problem(
                    f"{item.describe()}: check-in {index + 1}: {error}",
                    "",
                    item=item,
                    pointer=f"{item.pointer}/checkins/{index}/date",
                )
