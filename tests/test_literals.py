"""The literals a pattern's every match holds (``okrlint.language.literals``): a
pattern is skipped when a text lacks them, so they must never be wrong."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from okrlint.language import analyser, classify, quantities
from okrlint.language.literals import PatternSet, required_literals

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "language"


def _clauses(pattern: str, flags: int = re.IGNORECASE) -> set[frozenset[str]] | None:
    found = required_literals(re.compile(pattern, flags))
    return None if found is None else set(found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\blorem\s+ipsum\b", {frozenset({"lorem"}), frozenset({"ipsum"})}),
        (r"(?-i:\bTBD\b)", {frozenset({"tbd"})}),  # looked for in the lower-cased text
        (r"\b(?:todo|tbd|tbc|fixme)(?=\s*:)", {frozenset({"todo", "tbd", "tbc", "fixme"})}),
        (r"tb[dc]", {frozenset({"tbd", "tbc"})}),  # a small class is spelt out
        (r"x[a-z]y", {frozenset({"x"}), frozenset({"y"})}),  # a wide one cuts the run
        (r"colou?r", {frozenset({"colo"}), frozenset({"r"})}),  # an optional part too
        (r"(?:ab)+c", {frozenset({"ab"}), frozenset({"c"})}),  # a repeat's body, once
        (r"(?:ab)*c", {frozenset({"c"})}),  # ... not when it may be absent
        (r"(?:a|b\d)", {frozenset({"a", "b"})}),
        (r"(?:a|\d)", None),  # one alternative asks nothing: nothing is sure
        (r"\d+%?", None),
        (r"(a)\1", {frozenset({"a"})}),  # a back-reference asks nothing more
        (r"(?<!no )\bdeal\b", {frozenset({"deal"})}),  # look-arounds ask nothing
        (r"[$€£]\d", {frozenset({"$"})}),  # "€" cannot be in ASCII text
        (r"€\d", {frozenset()}),  # so this pattern never matches ASCII text
        (r"ſ", {frozenset({"s"})}),  # under IGNORECASE "ſ" matches "s"
        (r"\u212a", {frozenset({"k"})}),  # and the Kelvin sign "k"
    ],
)
def test_required_literals(pattern: str, expected: set[frozenset[str]] | None) -> None:
    assert _clauses(pattern) == expected


def test_unreadable_patterns_are_always_tried() -> None:
    assert required_literals(re.compile(rb"abc")) is None  # type: ignore[arg-type]
    assert PatternSet([re.compile(r"\d+")]).search("no digits, then 42").group(0) == "42"


def _met(clauses: tuple[frozenset[str], ...] | None, text: str) -> bool:
    lower = text.lower()
    return clauses is None or all(any(s in lower for s in clause) for clause in clauses)


def _fixture_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        if path.name == "floors.yaml":
            continue
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        texts += [item["text"] for item in items if isinstance(item.get("text"), str)]
    return texts


def _module_patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in (quantities, analyser, classify):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{module.__name__}.{name}"] = value
    return list(found.values())


def test_every_match_of_the_analysers_patterns_holds_its_literals() -> None:
    # the analyser's own patterns (a few hundred, of every shape) on the evaluation's
    # statements and texts made of their pieces: where a pattern matches an ASCII
    # text, the text holds its literals; and most patterns do require some
    patterns = _module_patterns()
    assert len(patterns) > 200
    texts = [text for text in _fixture_texts() if text.isascii()]
    rng = random.Random(5)
    words = [word for text in texts[:3000] for word in text.split()]
    texts = rng.sample(texts, 1500) + [
        " ".join(rng.choice(words) for _ in range(rng.randint(2, 12))) for _ in range(1500)
    ]
    required = 0
    matched = 0
    for pattern in patterns:
        clauses = required_literals(pattern)
        required += clauses is not None
        for text in texts:
            if pattern.search(text):
                matched += 1
                assert _met(clauses, text), (pattern.pattern, text, clauses)
    assert required > len(patterns) // 2
    assert matched > 10_000


def test_placeholder_patterns_agree_with_trying_each_in_turn() -> None:
    from okrlint.language.vocab import placeholder_patterns

    compiled = [re.compile(p, re.IGNORECASE) for p in placeholder_patterns()]
    pattern_set = PatternSet(compiled)
    pieces = ["TBD", "tbd", "todo:", "TODO", "XXX", "xx", "??", "?", "lorem ipsum", "insert",
              "the metric", "Key result", "kr", "1", "#2", ":", ".", "n/a", "none", "X%",
              "$X", "by N %", "from X to Y", "[metric]", "<kpi>", "{{ value }}", "placeholder",
              "Grow", "revenue", "from", "to", "by", "Y", "N", "%", "-", "_", "...", "\t",
              "Ship the Xbox app", "X-ray", "e.g.", "x", "a", "TBD/TBC", "fixme", "to be",
              "defined", "fill", "in", "me", "here", "title", "€X", "…", "ſ", "K"]  # fmt: skip
    rng = random.Random(13)
    texts = [
        rng.choice(["", " "]).join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        for _ in range(6000)
    ] + _fixture_texts()
    found = 0
    for text in texts:
        expected = next((m for p in compiled if (m := p.search(text))), None)
        got = pattern_set.search(text)
        assert (got and (got.re, got.span())) == (expected and (expected.re, expected.span()))
        found += expected is not None
    assert 1000 < found < 5900  # both outcomes are well represented
