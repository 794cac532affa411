"""Objective rules that need more than a generic check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from okrlint.engine import Context, Problem, TeamPeriod
from okrlint.model import KeyResult, Objective, same_team
from okrlint.registry import check

# Words that make an owner a group rather than a person.
GROUP_WORDS = frozenset(
    (
        "team",
        "teams",
        "squad",
        "tribe",
        "guild",
        "chapter",
        "crew",
        "department",
        "dept",
        "group",
        "org",
        "organisation",
        "organization",
        "division",
        "unit",
        "committee",
        "board",
        "council",
        "leadership",
        "management",
        "staff",
        "everyone",
        "everybody",
        "all",
    )
)
# Names of departments and functions: an owner made only of these ("Marketing",
# "Customer Success", "People Ops", "Product & Design") is a group, not a person.
DEPARTMENT_WORDS = frozenset(
    (
        "marketing", "sales", "engineering", "product", "products", "finance", "hr",
        "people", "operations", "ops", "legal", "support", "success", "it", "security",
        "design", "data", "analytics", "research", "procurement", "compliance", "growth",
        "platform", "infrastructure", "infra", "devops", "sre", "qa", "ux", "brand",
        "communications", "comms", "partnerships", "bd", "recruiting", "recruitment",
        "talent", "accounting", "revops", "customer", "customers", "service", "services",
        "facilities", "admin", "administration", "strategy", "pmo", "development",
        "business", "commercial", "revenue", "cx",
    )
)  # fmt: skip
# Words that make a group word part of one person's role: "Growth team lead".
ROLE_WORDS = frozenset(
    (
        "lead",
        "leader",
        "head",
        "manager",
        "director",
        "chair",
        "chairperson",
        "chief",
        "captain",
        "coordinator",
        "engineer",
        "officer",
        "president",
        "vp",
    )
)
# Lower-case words that may precede a surname: "da Silva, Ana", "van der Berg, Eva".
SURNAME_PARTICLES = frozenset(
    ("al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos")
    + ("du", "el", "la", "le", "st", "ten", "ter", "van", "von")
)
NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "phd", "md", "mba"))
_JOINERS = re.compile(r"\s+(?:and|&|\+|/)\s+|\s*[&+/;]\s*", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s,;<>()]+@[^\s,;<>()]+")
# One name written with an ampersand: between single letters ("R&D", "Q & A") or
# between capitals with no space around it ("P&L", "S&OP", "AT&T"). A department,
# not two people; "Ana&Ben" still names two.
_AMPERSAND_NAME = re.compile(r"\b[A-Za-z]\s*&\s*[A-Za-z]\b|(?<![\w&])[A-Z0-9]+&[A-Z0-9]+(?![\w&])")
# "Ana Lima (R&D)": a note about the person, not part of the name
_ANNOTATION = re.compile(r"\s*\([^()]*\)")


def owner_problem(owner: object, team_names: set[str]) -> str | None:
    """Why ``owner`` is not one person, or None when it is.

    ``team_names`` are compared without regard to case or spacing.
    """
    if isinstance(owner, list):
        people = [o for o in owner if isinstance(o, str) and o.strip()]
        if len(people) > 1:
            return f"lists {len(people)} owners"
        return owner_problem(people[0], team_names) if people else None
    if not isinstance(owner, str) or not owner.strip():
        return None
    text = owner.strip()
    group = f"is a team or group ({text!r}), not a person"
    if same_team(text) in {same_team(name) for name in team_names}:
        return group  # before splitting: a team may be called "Sales & Marketing"
    name = _ANNOTATION.sub("", text).strip() or text
    words = set(re.findall(r"[a-z]+", name.lower())) - {"and", "the"}
    if words and words <= DEPARTMENT_WORDS | GROUP_WORDS:
        if words & GROUP_WORDS:
            return group  # "the Growth team", "Platform squad"
        return f"is a department or group ({text!r}), not a person"
    # an email is one person even with "+" or "/" in it: ana+okr@example.com
    masked = _EMAIL.sub("email", name)
    # "R&D", "Q&A": one department's name, not two people joined by "&"
    masked, acronyms = _AMPERSAND_NAME.subn("department", masked)
    if len([part for part in _JOINERS.split(masked) if part.strip()]) > 1:
        return f"names several people ({text!r})"
    parts = [part.strip() for part in masked.split(",") if part.strip()]
    if len(parts) > 1 and not _one_person_with_comma(parts, text):
        return f"names several people ({text!r})"
    if words & ROLE_WORDS:
        return None  # one person's role: "Growth team lead", "Head of R&D"
    if acronyms:
        return f"is a department or group ({text!r}), not a person"
    if words & GROUP_WORDS:
        return group
    return None


def _one_person_with_comma(parts: list[str], text: str) -> bool:
    """True for one person written with a comma.

    "Lima, Ana", "da Silva, Ana Maria" and "Ana Lima, PhD" name one person;
    "Ana Lima, Ben Ode" and "Ana, Ben, Carla" name several.
    """
    if len(parts) != 2 or "@" in text:
        return False
    surname, given = parts[0].split(), parts[1]
    if given.lower().rstrip(".") in NAME_SUFFIXES:
        return True
    return all(word in SURNAME_PARTICLES for word in surname[:-1])


@check("multiple-owners")
def multiple_owners(objective: Objective, ctx: Context) -> Iterator[Problem]:
    teams = set(ctx.settings.teams)
    if objective.team:
        teams.add(objective.team)
    problem = owner_problem(objective.data.get("owner"), teams)
    if problem:
        yield Problem(
            f"the owner of {objective.describe()} {problem}",
            "name the one person accountable; others can own its key results",
            item=objective,
            field="owner",
        )


@check("too-many-objectives")
def too_many_objectives(group: TeamPeriod, ctx: Context) -> Iterator[Problem]:
    limit = ctx.options["max"]
    if len(group.objectives) <= limit:
        return
    extra = sorted(group.objectives, key=lambda o: (o.doc.order, o.line))[limit:]
    for objective in extra:
        yield Problem(
            f"{group.label} has {len(group.objectives)} objectives, more than {limit}; "
            f"{objective.describe()} is one too many",
            f"focus on the {limit} that matter most; move the rest to a later period "
            "or make them key results",
            item=objective,
        )


@check("objective-dependency")
def objective_dependency(objective: Objective, ctx: Context) -> Iterator[Problem]:
    raw = objective.data.get("depends_on")
    entries = list(enumerate(raw)) if isinstance(raw, list) else [(None, raw)]
    for index, target_id in entries:
        if not isinstance(target_id, str):
            continue
        target = ctx.goals.get(target_id)
        if isinstance(target, KeyResult) and target.objective is not None:
            target = target.objective  # a key result of another team's objective
        if not isinstance(target, Objective):
            continue
        if objective.doc.team_id != target.doc.team_id:
            theirs = target.team or target.doc.path
            yield Problem(
                f"{objective.describe()} depends on {target.describe()} of another team ({theirs})",
                "objectives that depend on each other make teams wait or compete: share "
                "one aligned objective, or remove the dependency",
                item=objective,
                field="depends_on",
                pointer="" if index is None else f"{objective.field_pointer('depends_on')}/{index}",
            )


@check("objective-without-strategy")
def objective_without_strategy(objective: Objective, ctx: Context) -> Iterator[Problem]:
    parent = objective.data.get("parent")
    if isinstance(parent, str) and not parent.strip():
        parent = None
    # a `parent` of the wrong type ("parent: [co-1]") is linked, wrongly written:
    # DOC002 says so, and "no `parent`" would contradict it
    if parent is None and objective.doc.strategy is None:
        yield Problem(
            f"{objective.describe()} is not linked to anything bigger: "
            "no `parent` and no `strategy` in its file",
            "add `parent:` with the company objective it supports, or a `strategy:` "
            "line at the top of the file",
            item=objective,
        )


@check("sandbagging")
def sandbagging(group: TeamPeriod, ctx: Context) -> Iterator[Problem]:
    graded = [
        (kr, kr.number("score"))
        for objective in group.objectives
        if objective.commitment == "aspirational"
        for kr in objective.key_results
        if kr.number("score") is not None
    ]
    if len(graded) < ctx.options["min_graded"]:
        return
    scores = [score for _, score in graded if score is not None]
    average = sum(scores) / len(scores)
    perfect = sum(1 for score in scores if score >= 1.0)
    # the tolerance keeps 0.8, 1.0, 1.0, 0.8 (0.8999...) at the 0.9 it means
    if average < ctx.options["max_average"] - 1e-9 and perfect * 4 < len(scores) * 3:
        return
    first = min((kr for kr, _ in graded), key=lambda kr: (kr.doc.order, kr.line))
    objective = first.objective or first
    yield Problem(
        f"{group.label}: aspirational key results average {average:.2f} and "
        f"{perfect} of {len(scores)} scored 1.0: the goals were too easy",
        "aspirational OKRs should land around 0.6-0.7; set more ambitious targets next "
        "period, or mark truly committed objectives `commitment: committed`",
        item=objective,
    )
