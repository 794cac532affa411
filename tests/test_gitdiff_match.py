"""Pairing items without ids with their earlier versions (gitdiff.BaseVersions.match):
the right pair when items are reordered and reworded, and a bounded number of full
comparisons when a file holds hundreds of them."""

from __future__ import annotations

import difflib
import random

import pytest

from okrlint.gitdiff import SHORTLIST, BaseVersions, with_base
from okrlint.load import load_text
from okrlint.model import Document, build_document, build_goal_set

WORDS = [
    "increase",
    "reduce",
    "customer",
    "revenue",
    "pipeline",
    "churn",
    "rate",
    "weekly",
    "active",
    "users",
    "trial",
    "conversion",
    "support",
    "tickets",
    "onboarding",
    "invoices",
    "partner",
    "renewals",
    "latency",
]


def _statements(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [
        "Grow " + " ".join(rng.choice(WORDS) for _ in range(14)) + f" from {n} to {n + 10}"
        for n in range(count)
    ]


def _document(statements: list[str]) -> Document:
    krs = "".join(f"      - title: {s}\n" for s in statements)
    text = (
        "team: A\nperiod: 2026-Q1\nobjectives:\n  - title: Grow the business\n"
        f"    owner: Ana\n    key_results:\n{krs}"
    )
    return build_document(load_text(text, "goals/a.yaml"))


def _pairs(before: list[str], after: list[str]) -> dict[str, str | None]:
    base = BaseVersions("base", "0" * 40, {"goals/a.yaml": _document(before)})
    goals = with_base(build_goal_set([_document(after)]), base)
    (doc,) = goals.documents
    krs = doc.objectives[0].key_results
    return {kr.statement: (m.statement if (m := base.match(kr)) else None) for kr in krs}


@pytest.mark.parametrize("count", [3, 40])
def test_reordered_and_reworded_items_find_their_earlier_versions(count: int) -> None:
    before = _statements(count)
    after = [s.replace(" to ", " up to ") for s in reversed(before)]
    pairs = _pairs(before, after)
    assert pairs == {s.replace(" to ", " up to "): s for s in before}


def test_a_new_statement_matches_nothing() -> None:
    before = _statements(12)
    pairs = _pairs(before, [*before, "Publish the annual sustainability report"])
    assert pairs["Publish the annual sustainability report"] is None
    assert all(pairs[s] == s for s in before)


def test_hundreds_of_reworded_items_are_not_compared_pair_by_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = 0
    ratio = difflib.SequenceMatcher.ratio

    def counted(self: difflib.SequenceMatcher[str]) -> float:
        nonlocal calls
        calls += 1
        return ratio(self)

    monkeypatch.setattr(difflib.SequenceMatcher, "ratio", counted)
    before = _statements(200)
    after = [s.replace(" to ", " up to ") for s in reversed(before)]
    pairs = _pairs(before, after)
    assert sum(1 for kr, earlier in pairs.items() if earlier is None) == 0
    # every pair would be 40,000 comparisons; the shortlist bounds them per item
    assert calls <= 200 * (SHORTLIST + 1)
