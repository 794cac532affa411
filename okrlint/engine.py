"""Run the enabled rules over a goal set: one walk per document, then groups.

Item rules are dispatched while each reported document is walked once; group
rules (a team's period, a team's KPIs, the whole folder) run after, over the
whole goal set, and their findings are kept for reported documents only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from okrlint.finding import Finding, Severity
from okrlint.model import Document, GoalSet, Item, Kpi, Objective
from okrlint.period import Period
from okrlint.registry import Rule

if TYPE_CHECKING:
    from okrlint.config import Settings


@dataclass
class Problem:
    """What a check yields; the engine turns it into a located Finding.

    Located by ``item`` (and its ``field``, or a ``pointer`` inside it such as one
    entry of a list), else by ``doc`` and ``pointer``.
    """

    message: str
    hint: str = ""
    item: Item | None = None
    field: str | None = None
    on_key: bool = False
    doc: Document | None = None
    pointer: str = ""
    related: tuple[tuple[str, int], ...] = ()


@dataclass
class TeamPeriod:
    """A team's objectives (and KPIs) in one period, across files."""

    team: str
    period: Period | None
    objectives: list[Objective] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.team} in {self.period}" if self.period else self.team


@dataclass
class Team:
    name: str
    kpis: list[Kpi] = field(default_factory=list)


@dataclass
class Context:
    """What a check may read besides its target."""

    rule: Rule
    options: dict[str, Any]
    goals: GoalSet
    settings: Settings
    today: date
    cache: dict[str, Any] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    """Language facts by statement, when an enabled rule needs them."""

    @property
    def args(self) -> dict[str, Any]:
        return self.rule.args


def team_key(doc: Document) -> str:
    return doc.team or f"the team of {doc.path}"


def team_periods(goals: GoalSet) -> list[TeamPeriod]:
    groups: dict[tuple[str, object], TeamPeriod] = {}
    for doc in goals.documents:
        if not doc.objectives:
            continue
        # by dates, not label: 2026-Q1 and {start: 2026-01-01, end: 2026-03-31} are one period
        period = (doc.period.start, doc.period.end) if doc.period else None
        key = (doc.team_id, period)  # the name as its first file spells it is shown
        group = groups.setdefault(key, TeamPeriod(team_key(doc), doc.period))
        group.objectives.extend(doc.objectives)
    return list(groups.values())


def teams(goals: GoalSet) -> list[Team]:
    groups: dict[str, Team] = {}
    for doc in goals.documents:
        if doc.kpis:
            groups.setdefault(doc.team_id, Team(team_key(doc))).kpis.extend(doc.kpis)
    return list(groups.values())


def locate(problem: Problem, rule: Rule, severity: Severity) -> Finding | None:
    item = problem.item
    if item is not None:
        doc = item.doc
        if problem.pointer:
            span, pointer = doc.loaded.span(problem.pointer), problem.pointer
        elif problem.field is not None:
            span = item.span(problem.field, on_key=problem.on_key)
            pointer = (
                item.field_pointer(problem.field) if problem.field in item.data else item.pointer
            )
        else:
            span, pointer = item.span(), item.pointer
        item_id = item.id
    elif problem.doc is not None:
        doc = problem.doc
        pointer = problem.pointer
        span = doc.loaded.span(pointer)
        item_id = ""
    else:
        return None
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=severity,
        message=problem.message,
        hint=problem.hint,
        path=doc.path,
        line=span[0],
        column=span[1],
        end_line=span[2],
        end_column=span[3],
        pointer=pointer,
        item=item_id,
        related=problem.related,
    )


def _reported(problem: Problem) -> bool:
    doc = problem.item.doc if problem.item is not None else problem.doc
    return doc is not None and doc.reported


def run_rules(
    goals: GoalSet,
    settings: Settings,
    today: date,
    facts_cache: Any = None,
    known_facts: dict[str, Any] | None = None,
    meanwhile: Any = None,
) -> list[Finding]:
    """Findings of every enabled rule with a check function, for reported documents.

    ``facts_cache`` (an ``okrlint.cache.FactsCache``) keeps language facts per
    statement across runs, so spaCy is not even imported when all are known;
    ``known_facts`` are facts already found in this run (by ``okrlint.parallel``).
    ``meanwhile()``, if given, runs in this process once the facts are known and
    the item rules have started in helper processes (the API writes the cache then).
    """
    active = [
        (rule, options) for rule, options in settings.active_rules() if rule.check != "builtin"
    ]
    checked = [doc for doc in goals.documents if doc.reported and doc.loaded.ok]
    from okrlint import parallel

    workers = parallel.worker_count(len(checked), parallel.MIN_FILES)
    language = any(rule.needs_language for rule, _ in active)
    facts: dict[str, Any] = {}
    if language:
        from okrlint.checks.language import analyse_goals

        # with helpers, statements no one has analysed yet are analysed part by
        # part by the process that runs the item rules on their documents
        facts = analyse_goals(
            goals, settings.nlp_model, facts_cache, known_facts, defer=bool(workers)
        )
    # each rule's function and severity are looked up once, not per item
    by_target: dict[str, list[tuple[Context, Any, Severity]]] = {}
    for rule, options in active:
        context = Context(rule, options, goals, settings, today, facts=facts)
        by_target.setdefault(rule.target, []).append(
            (context, rule.function, settings.severity(rule))
        )

    def run(bound: list[tuple[Context, Any, Severity]], target: Any, out: list[Finding]) -> None:
        for context, function, severity in bound:
            for problem in function(target, context):
                if _reported(problem):
                    finding = locate(problem, context.rule, severity)
                    if finding is not None:
                        out.append(finding)

    documents = by_target.get("document", [])
    objectives = by_target.get("objective", [])
    key_results = by_target.get("key_result", [])
    kpis = by_target.get("kpi", [])

    def item_findings(docs: list[Document]) -> Part:
        analysed = _analyse_missing(docs, facts, settings.nlp_model) if language else {}
        out: list[Finding] = []
        for doc in docs:
            run(documents, doc, out)
            for objective in doc.objectives:
                run(objectives, objective, out)
                for key_result in objective.key_results:
                    run(key_results, key_result, out)
            for kpi in doc.kpis:
                run(kpis, kpi, out)
        return Part(out, analysed)

    group: list[Finding] = []

    def group_findings() -> None:
        if meanwhile is not None:
            meanwhile()
        if "team_period" in by_target:
            for period in team_periods(goals):
                run(by_target["team_period"], period, group)
        if "team" in by_target:
            for team in teams(goals):
                run(by_target["team"], team, group)
        run(by_target.get("folder", []), goals, group)

    parts = _split_by_document(item_findings, checked, group_findings, workers)
    analysed: dict[str, Any] = {}
    for part in parts:
        analysed.update(part.facts)
    if analysed and facts_cache is not None:
        facts_cache.put_many(analysed)
    return [finding for part in parts for finding in part.findings] + group


@dataclass
class Part:
    """The item rules' findings on some documents, and the facts of the statements
    analysed for them (``Facts``, or plain dicts from a helper process)."""

    findings: list[Finding]
    facts: dict[str, Any]


def _analyse_missing(
    docs: list[Document], facts: dict[str, Any], model: str | None
) -> dict[str, Any]:
    """Analyse the statements of ``docs`` that ``facts`` lacks, and add them to it."""
    from okrlint.checks.language import statements_of

    missing = list(
        dict.fromkeys(
            text for doc in docs if doc.reported for text in statements_of(doc) if text not in facts
        )
    )
    if not missing:
        return {}
    from okrlint.language import get_analyser

    analysed = dict(zip(missing, get_analyser(model).analyse(missing), strict=True))
    facts.update(analysed)
    return analysed


def _split_by_document(
    item_findings: Any, docs: list[Document], meanwhile: Any, workers: int
) -> list[Part]:
    """``[item_findings(docs)]``, split over ``workers`` processes for large folders
    (each process holds the whole goal set, so cross-file lookups still work);
    ``meanwhile()`` runs in this process only."""
    from okrlint import parallel

    if not workers:
        meanwhile()
        return [item_findings(docs)]
    from okrlint.cache import finding_from_value, finding_to_value

    def to_value(part: Part) -> tuple[Any, ...]:
        found = tuple(finding_to_value(f) for f in part.findings)
        return found, parallel.facts_to_value(part.facts)

    def from_value(value: Any) -> Part:
        found, facts = value
        return Part([finding_from_value(v) for v in found], parallel.facts_from_value(facts))

    parts = parallel.split(docs, workers, parallel.PART_FILES)
    return parallel.fork_map(item_findings, parts, to_value, from_value, workers, meanwhile)
