"""The statement analyser and the classifiers that judge OKR wording.

``Analyser`` turns statements into ``Facts`` (tokens, lemmas, form, main verb
and object, quantities, baseline/target, direction, deadline, word classes);
the ``*_hit`` classifiers turn facts into ``Hit``s for the rules (KR001, KR002,
KR007, KR009, KR010, KR011, KR013, OBJ005, KPI003). spaCy is imported only when
the first statement is analysed; ``placeholder_hit`` and
``placeholder_finder`` never need it.
"""

from .analyser import Analyser, get_analyser
from .classify import (
    Hit,
    binary_hit,
    dependency_hit,
    lagging_kpi_hit,
    lagging_kr_hit,
    maintain_hit,
    named_direction,
    objective_quantity_hit,
    placeholder_finder,
    placeholder_hit,
    solution_hit,
    vague_hit,
)
from .facts import Facts, Quantity

__all__ = [
    "Analyser",
    "Facts",
    "Hit",
    "Quantity",
    "binary_hit",
    "dependency_hit",
    "get_analyser",
    "lagging_kpi_hit",
    "lagging_kr_hit",
    "maintain_hit",
    "named_direction",
    "objective_quantity_hit",
    "placeholder_finder",
    "placeholder_hit",
    "solution_hit",
    "vague_hit",
]
