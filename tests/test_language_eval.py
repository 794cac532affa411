"""The statement classifiers keep their precision and recall on the held-out split.

Floors live in fixtures/language/floors.yaml (written from the last tuning run,
rounded down); the catalog targets are asserted as well. Tune on dev.yaml only.
"""

from __future__ import annotations

import importlib.util
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


@pytest.fixture(scope="module")
def blind() -> dict[str, dict[str, float]]:
    return _bench().evaluate("blind")


def test_splits_are_large_and_disjoint() -> None:
    bench = _bench()
    dev = bench.load_split("dev")
    held = bench.load_split("heldout")
    blind = bench.load_split("blind")
    assert len(dev) >= 150 and len(held) >= 150 and len(blind) >= 150
    texts = [{i["text"] for i in split} for split in (dev, held, blind)]
    assert not texts[0] & texts[1] and not texts[0] & texts[2] and not texts[1] & texts[2]


@pytest.mark.parametrize("code", sorted(TARGETS))
def test_blind_split_meets_floor(code: str, blind: dict[str, dict[str, float]]) -> None:
    # written by another author from the label definitions alone; tuned on since
    # its first measurement, so this guards against regressions only
    scores = blind[code]
    floor = FLOORS["blind"][code]
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
