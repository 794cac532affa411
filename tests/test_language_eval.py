"""The statement classifiers keep their precision and recall on the held-out split.

Floors live in fixtures/language/floors.yaml (written from the last tuning run,
rounded down); the catalog targets are asserted as well. Tune on dev.yaml only.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FLOORS = yaml.safe_load((ROOT / "fixtures" / "language" / "floors.yaml").read_text("utf-8"))
#: catalog targets on the held-out split: (precision, recall)
TARGETS = {
    "KR001": (0.95, 0.90),
    "KR002": (0.95, 0.90),
    "KR007": (0.95, 0.90),
    "KR009": (0.95, 0.90),
    "OBJ005": (0.95, 0.90),
    "KPI003": (0.90, 0.85),
}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "language_eval", ROOT / "bench" / "language_eval.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def heldout() -> dict[str, dict[str, float]]:
    return _bench().evaluate("heldout")


# every split the benchmark evaluates that another author wrote blind
BLIND_SPLITS = [name for name in _bench().SPLITS if name.startswith("blind")]
_SCORES: dict[str, dict[str, dict[str, float]]] = {}


def _scores(split: str) -> dict[str, dict[str, float]]:
    if split not in _SCORES:
        _SCORES[split] = _bench().evaluate(split)
    return _SCORES[split]


def test_splits_are_large_and_disjoint() -> None:
    bench = _bench()
    splits = [bench.load_split(name) for name in bench.SPLITS]
    assert all(len(split) >= 150 for split in splits)
    texts = [{i["text"] for i in split} for split in splits]
    for a in range(len(texts)):
        for b in range(a + 1, len(texts)):
            assert not texts[a] & texts[b], (a, b, texts[a] & texts[b])


@pytest.mark.parametrize("code", sorted(TARGETS))
@pytest.mark.parametrize("split", BLIND_SPLITS)
def test_blind_splits_meet_floor(split: str, code: str) -> None:
    # written by other authors from the label definitions alone; tuned on since
    # their first measurement, so this guards against regressions only
    scores = _scores(split)[code]
    floor = FLOORS[split][code]
    assert scores["precision"] >= floor["precision"], scores
    assert scores["recall"] >= floor["recall"], scores


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_heldout_meets_floor(code: str, heldout: dict[str, dict[str, float]]) -> None:
    floor = FLOORS["heldout"][code]
    scores = heldout[code]
    assert scores["precision"] >= floor["precision"], scores
    assert scores["recall"] >= floor["recall"], scores


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_heldout_meets_catalog_target(code: str, heldout: dict[str, dict[str, float]]) -> None:
    precision, recall = TARGETS[code]
    assert heldout[code]["precision"] >= precision, heldout[code]
    assert heldout[code]["recall"] >= recall, heldout[code]


def test_ten_thousand_statements_take_a_few_seconds() -> None:
    timing = _bench().speed(2_000)
    assert timing["per_second"] > 500, timing


@pytest.mark.parametrize("field", ["target", "baseline", "change", "direction"])
@pytest.mark.parametrize(
    "name",
    [f"numbers{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)],
)
def test_numbers_of_key_results_meet_floor(name: str, field: str) -> None:
    scores = _numbers(name)
    assert scores["statements"] >= 120
    assert scores[field] >= FLOORS[name][field], scores


_NUMBERS: dict[str, dict[str, float | int]] = {}


def _numbers(name: str) -> dict[str, float | int]:
    if name not in _NUMBERS:
        _NUMBERS[name] = _bench().evaluate_numbers(name)
    return _NUMBERS[name]


def test_readme_counts_every_labelled_statement() -> None:
    # the README's "holds N labelled statements" once went stale by two splits
    bench = _bench()
    total = sum(len(bench.load_split(name)) for name in bench.SPLITS)
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"holds {total:,} labelled statements" in readme


def _title_case(text: str) -> str:
    return re.sub(r"[A-Za-z][\w'’]*", lambda m: m.group(0)[0].upper() + m.group(0)[1:], text)


@pytest.mark.parametrize("case", [_title_case, str.upper], ids=["title", "upper"])
def test_headline_case_changes_few_answers(case: Callable[[str], str]) -> None:
    # board papers and slide decks write goals in Title Case or in capitals; every rule
    # should answer as it does for the statement as written, but for a few genuine
    # ambiguities ("Store 4 Times A Month": a store's name or a count?)
    from okrlint.language import get_analyser

    bench = _bench()
    items = [item for name in bench.SPLITS for item in bench.load_split(name)]
    analyser = get_analyser()
    written = analyser.analyse([item["text"] for item in items])
    cased = analyser.analyse([case(item["text"]) for item in items])
    for code, (kind, _label, rule) in bench.RULES.items():
        changed = [
            case(item["text"])
            for item, a, b in zip(items, written, cased, strict=True)
            if item["kind"] == kind
            and (rule(a, item) is None) != (rule(b, {**item, "text": case(item["text"])}) is None)
        ]
        assert len(changed) <= 5, (code, changed)
