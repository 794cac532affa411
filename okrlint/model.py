"""The typed model the rules read: goal set, documents, objectives, KRs, KPIs.

Built from loaded documents. Accessors are defensive: a field of the wrong type
(already reported by the schema) reads as absent, so rules never crash on it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from okrlint.load import LoadedDocument, Span, escape_pointer_token, number_value
from okrlint.period import Period, PeriodError, parse_date, parse_period

if TYPE_CHECKING:
    from okrlint.finding import Finding


def same_team(name: str) -> str:
    """A team name as it is compared: case and runs of spaces do not matter."""
    return " ".join(name.split()).casefold()


@dataclass(eq=False)
class Document:
    loaded: LoadedDocument
    reported: bool = True
    period: Period | None = None
    period_error: str | None = None
    objectives: list[Objective] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.loaded.path

    @property
    def order(self) -> str:
        """What "first in path order" sorts by: the absolute path, so that which item a
        team-wide finding lands on does not depend on the folder okrlint runs from."""
        return os.path.abspath(self.path)

    @property
    def data(self) -> dict[str, Any]:
        return self.loaded.data if isinstance(self.loaded.data, dict) else {}

    @property
    def team(self) -> str | None:
        team = self.data.get("team")
        return team.strip() or None if isinstance(team, str) else None

    @property
    def team_id(self) -> str:
        """What identifies the team across files: its name without regard to case or
        spacing ("Growth" and "growth " are one team), else this file alone."""
        return same_team(self.team) if self.team else f"\x00{self.path}"

    @property
    def strategy(self) -> str | None:
        value = self.data.get("strategy")
        return value if isinstance(value, str) and value.strip() else None

    def items(self) -> Iterator[Item]:
        for objective in self.objectives:
            yield objective
            yield from objective.key_results
        yield from self.kpis


@dataclass(eq=False)
class Item:
    """An objective, key result or KPI: its data and where it stands."""

    KIND = "item"
    LABEL = "item"

    data: dict[str, Any]
    doc: Document
    pointer: str
    id: str
    has_id: bool

    # --- typed field access -------------------------------------------------
    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        return value if isinstance(value, str) and value.strip() else None

    def number(self, name: str) -> float | None:
        return number_value(self.data.get(name))

    def ids(self, name: str) -> list[str]:
        value = self.data.get(name)
        if isinstance(value, str):
            return [value]
        if isinstance(value, list):
            return [v for v in value if isinstance(v, str)]
        return []

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    @property
    def statement(self) -> str:
        return self.text("title") or self.text("name") or ""

    @property
    def owner(self) -> str | None:
        return self.text("owner")

    @property
    def team(self) -> str | None:
        return self.doc.team

    @property
    def period(self) -> Period | None:
        return self.doc.period

    @property
    def checkins(self) -> list[tuple[date, float]]:
        out = []
        raw = self.data.get("checkins")
        for entry in raw if isinstance(raw, list) else []:
            if not isinstance(entry, dict):
                continue
            value = number_value(entry.get("value"))
            if value is None:
                continue
            try:
                out.append((parse_date(entry.get("date")), value))
            except PeriodError:
                continue
        return out

    @property
    def current(self) -> float | None:
        current = self.number("current")
        if current is None and self.checkins:
            current = self.checkins[-1][1]
        return current

    # --- where it stands ----------------------------------------------------
    def field_pointer(self, name: str) -> str:
        return f"{self.pointer}/{escape_pointer_token(name)}"

    def span(self, name: str | None = None, on_key: bool = False) -> Span:
        if name is not None and name in self.data:
            pointer = self.field_pointer(name)
            return self.doc.loaded.key_span(pointer) if on_key else self.doc.loaded.span(pointer)
        return self.doc.loaded.span(self.pointer)

    @property
    def line(self) -> int:
        return self.span()[0]

    def describe(self) -> str:
        """'KR growth-cac' or 'KR "Reduce CAC..."' when it has no id."""
        if self.has_id:
            return f"{self.LABEL} {self.id}"
        statement = self.statement
        if statement:
            short = statement if len(statement) <= 50 else statement[:47] + "..."
            return f'{self.LABEL} "{short}"'
        return f"{self.LABEL} {self.id}"


@dataclass(eq=False)
class Objective(Item):
    KIND = "objective"
    LABEL = "objective"
    key_results: list[KeyResult] = field(default_factory=list)

    @property
    def commitment(self) -> str:
        return self.text("commitment") or "aspirational"


@dataclass(eq=False)
class KeyResult(Item):
    KIND = "key_result"
    LABEL = "KR"
    objective: Objective | None = None

    @property
    def due(self) -> date | None:
        """The explicit due date, else the end of the period (None if neither)."""
        if self.has("due"):
            try:
                return parse_date(self.data["due"])
            except PeriodError:
                return None
        return self.period.end if self.period else None


@dataclass(eq=False)
class Kpi(Item):
    KIND = "kpi"
    LABEL = "KPI"

    @property
    def current(self) -> float | None:
        current = super().current
        if current is None:
            history = self.data.get("history")
            if isinstance(history, list) and history:
                current = number_value(history[-1])
        return current


@dataclass
class GoalSet:
    """Every document of the goals folder, with an index of ids."""

    documents: list[Document]
    by_id: dict[str, list[Item]] = field(default_factory=dict)

    def items(self) -> Iterator[Item]:
        for doc in self.documents:
            yield from doc.items()

    def objectives(self) -> Iterator[Objective]:
        for doc in self.documents:
            yield from doc.objectives

    def key_results(self) -> Iterator[KeyResult]:
        for objective in self.objectives():
            yield from objective.key_results

    def kpis(self) -> Iterator[Kpi]:
        for doc in self.documents:
            yield from doc.kpis

    def get(self, item_id: str) -> Item | None:
        found = self.by_id.get(item_id)
        return found[0] if found else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def build_document(loaded: LoadedDocument, reported: bool = True) -> Document:
    doc = Document(loaded=loaded, reported=reported)
    data = doc.data
    if "period" in data and data["period"] is not None:
        try:
            doc.period = parse_period(data["period"])
        except PeriodError as error:
            doc.period_error = str(error)
    stem = os.path.basename(loaded.path)
    for o_index, raw in enumerate(_list(data.get("objectives"))):
        if not isinstance(raw, dict):
            continue
        o_id, o_has = _id(raw, f"{stem}#O{o_index + 1}")
        objective = Objective(raw, doc, f"/objectives/{o_index}", o_id, o_has)
        for k_index, kr_raw in enumerate(_list(raw.get("key_results"))):
            if not isinstance(kr_raw, dict):
                continue
            k_id, k_has = _id(kr_raw, f"{stem}#O{o_index + 1}.KR{k_index + 1}")
            pointer = f"/objectives/{o_index}/key_results/{k_index}"
            objective.key_results.append(
                KeyResult(kr_raw, doc, pointer, k_id, k_has, objective=objective)
            )
        doc.objectives.append(objective)
    for k_index, raw in enumerate(_list(data.get("kpis"))):
        if isinstance(raw, dict):
            k_id, k_has = _id(raw, f"{stem}#K{k_index + 1}")
            doc.kpis.append(Kpi(raw, doc, f"/kpis/{k_index}", k_id, k_has))
    return doc


def _id(raw: dict[str, Any], derived: str) -> tuple[str, bool]:
    value = raw.get("id")
    if isinstance(value, str) and value.strip():
        return value.strip(), True
    return derived, False


def build_goal_set(documents: list[Document]) -> GoalSet:
    goals = GoalSet(documents)
    for item in goals.items():
        if item.has_id:
            goals.by_id.setdefault(item.id, []).append(item)
    return goals


def containing_item(doc: Document, finding: Finding) -> Item | None:
    """The innermost item a finding lies in: by its pointer, else its item id, else
    (a loader finding) by its line; None for a finding outside every item."""
    best: Item | None = None
    if finding.pointer:
        for item in doc.items():
            p = item.pointer
            inside = finding.pointer == p or finding.pointer.startswith(p + "/")
            if inside and (best is None or len(p) > len(best.pointer)):
                best = item
        return best
    if finding.item:
        return next((i for i in doc.items() if i.id == finding.item), None)
    if finding.line > 1:  # loader findings carry a line only
        for item in doc.items():
            start, _, end, _ = item.span()
            if start <= finding.line <= end and (best is None or start >= best.span()[0]):
                best = item
    return best
