"""Plain-data results of analysing one statement.

``Facts`` and ``Quantity`` are frozen dataclasses of strings, numbers, tuples
and dicts only: they pickle, and ``to_dict()``/``from_dict()`` round-trip through
JSON so that an on-disk cache can store them.
"""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

FORMS = ("imperative", "noun_phrase", "state", "other")
KINDS = ("number", "percent", "money", "multiplier", "word")
ROLES = ("measure", "duration", "per", "modifier")


#: what joins the ends of a range: "8-10%", "8 – 10%" (the quantities read it too)
RANGE_DASH_RE = re.compile(r"\s?[-–—]\s?")
_AND_RE = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """A number found in a statement.

    ``start``/``end`` are character offsets into ``Facts.text``. ``kind`` is one
    of number, percent, money, multiplier ("2x", "double") or word ("three").
    ``unit`` is "percent", a currency code ("USD"), "x" for multipliers, a time
    unit ("min", "day"...), "time of day" (in hours: "05:30" is 5.5), the plural noun
    that follows ("posts") or None.
    ``role`` is "measure", "duration" (a time limit after within/in: "within one
    day"), "per" (a denominator: "per 1,000 users"), "modifier" (a compound that
    describes a noun: "a three-year grant", "30-day retention") or "context" (in an
    opener or a clause that explains the aim: "Across all 12 depots, ...", "..., so
    that 150 more cars can charge").
    """

    value: float
    unit: str | None
    kind: str
    text: str
    start: int
    end: int
    role: str = "measure"

    def with_role(self, role: str) -> Quantity:
        if role == self.role:
            return self  # frozen: an equal copy is never needed
        return Quantity(self.value, self.unit, self.kind, self.text, self.start, self.end, role)

    def with_unit(self, unit: str | None) -> Quantity:
        if unit == self.unit:
            return self
        return Quantity(self.value, unit, self.kind, self.text, self.start, self.end, self.role)

    def to_dict(self) -> dict[str, Any]:
        # the fields are plain values: no need for asdict's deep copy
        return {name: getattr(self, name) for name in _QUANTITY_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return _build(cls, {name: data[name] for name in _QUANTITY_FIELDS if name in data})


@dataclass(frozen=True)
class Facts:
    """What the analyser found in one statement.

    ``core`` is the statement without list markers, "KR1:" prefixes, emoji and
    trailing punctuation; ``tokens``/``lemmas`` are its words. ``form`` is
    "imperative" ("Launch the app"), "noun_phrase" ("Weekly active users from
    12k to 20k"), "state" ("Attribution is in place", "GDPR policy fully
    implemented") or "other" (a clause: "Customers trust us"). ``main_verb`` is
    the lemma of the governing verb ("roll out" for phrasal verbs) and
    ``object``/``object_head`` what it acts on (for a state: the subject);
    ``object_quantity`` is a count right after the verb ("Publish *10* posts") and
    ``object_share`` says it is a share ("Deliver *95% of* exports").
    ``baseline``/``target``/``unit`` come from "from X to Y", "X -> Y",
    "up from X", "to Y", "Y (currently X)"...; ``change`` is a relative amount ("by
    20%", "double", "2x", "by a third").
    ``classes`` maps a vocabulary class to the words of the statement in it.
    ``aside`` is where a clause explaining the aim starts in ``text`` ("..., so that
    nurses spend less time on paperwork", ", because churn spikes"), if any: its
    quantities are context, and its words give no class, comparative or direction.
    ``lead`` is where the aim starts after a phrase set before it ("Working with
    Finance, ...", "For leisure stays at our 6 hotels, ..."), else 0.
    ``parts`` are the facts of each clause when the aim joins imperative clauses
    ("Open a discharge lounge and cut delayed discharges from 60 to 25"), else ().
    """

    text: str
    core: str = ""
    tokens: tuple[str, ...] = ()
    lemmas: tuple[str, ...] = ()
    form: str = "other"
    main_verb: str | None = None
    verb_text: str | None = None
    object: str | None = None
    object_head: str | None = None
    object_quantity: Quantity | None = None
    object_share: bool = False
    state: str | None = None
    quantities: tuple[Quantity, ...] = ()
    baseline: float | None = None
    target: float | None = None
    unit: str | None = None
    change: Quantity | None = None
    direction: str | None = None
    direction_words: tuple[str, ...] = ()
    deadline: str | None = None
    classes: dict[str, list[str]] = field(default_factory=dict)
    comparatives: tuple[str, ...] = ()
    aside: int | None = None
    lead: int = 0
    parts: tuple[Facts, ...] = ()

    def __hash__(self) -> int:  # ``classes`` is a dict: hash the identity fields only
        return hash((self.text, self.core, self.form, self.main_verb))

    @property
    def measures(self) -> tuple[Quantity, ...]:
        """Quantities that measure progress (not time limits, denominators or
        modifiers)."""
        return tuple(q for q in self.quantities if q.role == "measure")

    @property
    def aim_text(self) -> str:
        """The statement from the start of its aim (after an opener) up to a clause
        that explains it, else its core."""
        if not (self.aside or self.lead):
            return self.core or self.text
        end = self.aside
        if end is None and self.core and (at := self.text.find(self.core)) >= 0:
            end = at + len(self.core)  # not a tracker's note after it ("(on track)")
        return self.text[self.lead : end].rstrip(" ,")

    @property
    def aims(self) -> tuple[Quantity, ...]:
        """Quantities of the aim itself: not those of an opener or of a clause that
        explains it ("..., so that 150 more cars can charge")."""
        if not (self.aside or self.lead):
            return self.quantities  # no opener, no aside: no context
        return tuple(q for q in self.quantities if q.role != "context")

    def words_in(self, name: str) -> list[str]:
        return self.classes.get(name, [])

    def range_from(self, value: float) -> tuple[float, float] | None:
        """The range a stated amount opens: (8, 10) for "8-10%" or "between 8% and
        10%" when ``value`` is 8; None when the amount stands alone."""
        measures = self.measures
        for low, high in zip(measures, measures[1:], strict=False):
            if low.value != value or high.value <= low.value:
                continue
            between = self.text[low.end : high.start]
            if RANGE_DASH_RE.fullmatch(between) or (
                _AND_RE.fullmatch(between)
                and _BETWEEN_RE.search(self.text, max(0, low.start - 12), low.start)
            ):
                return low.value, high.value
        return None

    def to_dict(self) -> dict[str, Any]:
        # what asdict() gives, without its slow recursive deep copy
        data = {name: getattr(self, name) for name in _FACTS_FIELDS}
        data["classes"] = {k: list(v) for k, v in self.classes.items()}
        data["tokens"] = list(self.tokens)
        data["lemmas"] = list(self.lemmas)
        data["direction_words"] = list(self.direction_words)
        data["comparatives"] = list(self.comparatives)
        data["quantities"] = [q.to_dict() for q in self.quantities]
        data["change"] = self.change.to_dict() if self.change else None
        data["object_quantity"] = self.object_quantity.to_dict() if self.object_quantity else None
        data["parts"] = [part.to_dict() for part in self.parts]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Facts:
        values = {name: data[name] for name in _FACTS_FIELDS if name in data}
        for name in ("tokens", "lemmas", "direction_words", "comparatives"):
            if name in values:
                values[name] = tuple(values[name])
        if "quantities" in values:
            values["quantities"] = tuple(Quantity.from_dict(q) for q in values["quantities"])
        for name in ("change", "object_quantity"):
            if values.get(name) is not None:
                values[name] = Quantity.from_dict(values[name])
        if "classes" in values:
            values["classes"] = {k: list(v) for k, v in values["classes"].items()}
        if values.get("parts"):
            values["parts"] = tuple(Facts.from_dict(part) for part in values["parts"])
        else:
            values.pop("parts", None)
        return _build(cls, values)


_QUANTITY_FIELDS = tuple(f.name for f in fields(Quantity))
_FACTS_FIELDS = tuple(f.name for f in fields(Facts))
_DEFAULTS = {
    cls: (
        {f.name: f.default for f in fields(cls) if f.default is not MISSING},
        {f.name: f.default_factory for f in fields(cls) if f.default_factory is not MISSING},
        frozenset(
            f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING
        ),
    )
    for cls in (Quantity, Facts)
}


def _build(cls: type, values: dict[str, Any]) -> Any:
    """``cls(**values)`` for these frozen dataclasses (no ``__post_init__``),
    without the generated ``__init__``'s per-field ``object.__setattr__``: the
    cache and the helper processes turn thousands of dicts back into facts."""
    defaults, factories, required = _DEFAULTS[cls]
    if not required <= values.keys():
        raise TypeError(f"{cls.__name__} needs {sorted(required - values.keys())}")
    built = object.__new__(cls)
    state = built.__dict__
    state.update(defaults)
    for name, factory in factories.items():
        state[name] = factory()
    state.update(values)
    return built


class FactsTable(dict):  # type: ignore[type-arg]
    """Facts by statement text. A value may arrive as its plain dict (``to_dict``
    form, from a helper process) and becomes ``Facts`` when first read, so facts
    no rule of this process reads are never rebuilt, and the cache writes the
    dict it was given."""

    def get(self, text: str, default: Any = None) -> Any:
        return self[text] if text in self else default  # noqa: SIM401 - self.get is this

    def __getitem__(self, text: str) -> Any:
        value = dict.__getitem__(self, text)
        if isinstance(value, dict):
            value = Facts.from_dict(value)
            self[text] = value
        return value
