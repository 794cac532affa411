"""Evaluate the statement classifiers on the labeled fixtures.

    python bench/language_eval.py            # table for dev and held-out, plus speed
    python bench/language_eval.py --json     # the same numbers as JSON
    python bench/language_eval.py --errors dev   # list misclassified dev items
    python bench/language_eval.py --errors numbers   # numbers found wrong (or numbers2)

``fixtures/language/dev.yaml`` is for tuning; ``heldout.yaml`` is never tuned on;
``blind.yaml`` to ``blind9.yaml`` were written by other authors
from the label definitions alone (see their headers: each has been tuned on since its first
measurement).
Importable: ``evaluate(split) -> {rule: {precision, recall, tp, fp, fn}}``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from okrlint.language import (  # noqa: E402
    Facts,
    Hit,
    binary_hit,
    get_analyser,
    lagging_kpi_hit,
    maintain_hit,
    objective_quantity_hit,
    solution_hit,
    vague_hit,
)

FIXTURES = ROOT / "fixtures" / "language"
SPLITS = (
    "dev",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
)

#: rule code -> (item kind, label, classifier over (facts, item))
RULES: dict[str, tuple[str, str, Callable[[Facts, dict[str, Any]], Hit | None]]] = {
    "KR001": ("key_result", "binary", lambda f, i: binary_hit(f, {})),
    "KR002": ("key_result", "solution", lambda f, i: solution_hit(f, {})),
    "KR007": ("key_result", "maintain", lambda f, i: maintain_hit(f, {})),
    "KR009": ("key_result", "vague", lambda f, i: vague_hit(f, {})),
    "OBJ005": ("objective", "measurable", lambda f, i: objective_quantity_hit(f, {})),
    "KPI003": (
        "kpi",
        "lagging",
        lambda f, i: lagging_kpi_hit(i["text"], i.get("description"), {}),
    ),
}


def load_split(split: str) -> list[dict[str, Any]]:
    with (FIXTURES / f"{split}.yaml").open(encoding="utf-8") as handle:
        items = yaml.safe_load(handle) or []
    return [dict(item, labels=list(item.get("labels") or [])) for item in items]


def _predictions(split: str) -> list[tuple[str, dict[str, Any], bool, bool]]:
    items = load_split(split)
    facts = get_analyser().analyse([item["text"] for item in items])
    rows: list[tuple[str, dict[str, Any], bool, bool]] = []
    for code, (kind, label, classify) in RULES.items():
        for item, fact in zip(items, facts, strict=True):
            if item["kind"] != kind:
                continue
            rows.append((code, item, label in item["labels"], classify(fact, item) is not None))
    return rows


def evaluate(split: str) -> dict[str, dict[str, float | int]]:
    """Precision, recall and counts per rule on one split ("dev" or "heldout")."""
    scores: dict[str, dict[str, float | int]] = {}
    for code in RULES:
        scores[code] = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for code, _item, expected, predicted in _predictions(split):
        key = {(True, True): "tp", (False, True): "fp", (True, False): "fn"}.get(
            (expected, predicted), "tn"
        )
        scores[code][key] += 1
    for counts in scores.values():
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        counts["precision"] = round(tp / (tp + fp), 4) if tp + fp else 1.0
        counts["recall"] = round(tp / (tp + fn), 4) if tp + fn else 1.0
    return scores


def errors(split: str) -> list[str]:
    """Misclassified items, for tuning on dev."""
    out = []
    for code, item, expected, predicted in _predictions(split):
        if expected != predicted:
            kind = "FN" if expected else "FP"
            out.append(f"{code} {kind}: {item['text']}")
    return out


NUMBER_FIELDS = ("target", "baseline", "change", "direction")
# the same amount in another unit: percent as a fraction, k/M, time units (months in years)
_SCALES = (1.0, 100.0, 1e3, 1e6, 60.0, 24.0, 7.0, 12.0, 1440.0, 3600.0, 86400.0)


def _same_amount(found: float | None, expected: float | None) -> bool:
    """The same amount, at any scale of ``_SCALES``, to within 0.2%: authors write a
    third as 0.333 or 33.3."""
    if found is None or expected is None:
        return found is None and expected is None
    return any(
        abs(found * scale - expected) <= 2e-3 * max(1.0, abs(expected))
        or abs(found - expected * scale) <= 2e-3 * max(1.0, abs(found))
        for scale in _SCALES
    )


NUMBER_SETS = (
    "numbers",
    "numbers2",
    "numbers3",
    "numbers4",
    "numbers5",
    "numbers6",
    "numbers7",
    "numbers8",
    "numbers9",
    "numbers10",
    "numbers11",
    "numbers12",
    "numbers13",
    "numbers14",
)


def _number_rows(
    name: str = "numbers",
) -> list[tuple[dict[str, Any], dict[str, bool], dict[str, Any]]]:
    with (FIXTURES / f"{name}.yaml").open(encoding="utf-8") as handle:
        items = yaml.safe_load(handle) or []
    facts = get_analyser().analyse([item["text"] for item in items])
    rows = []
    for item, fact in zip(items, facts, strict=True):
        found = {
            "target": fact.target,
            "baseline": fact.baseline,
            "change": fact.change is not None,
            "direction": fact.direction,
        }
        right = {
            "target": _same_amount(fact.target, item.get("target")),
            "baseline": _same_amount(fact.baseline, item.get("baseline")),
            "change": found["change"] == bool(item.get("change")),
            "direction": fact.direction == item.get("direction"),
        }
        rows.append((item, right, found))
    return rows


def evaluate_numbers(name: str = "numbers") -> dict[str, float | int]:
    """Share of the key results of ``numbers.yaml`` (or ``numbers2.yaml``) whose
    target, baseline, relative change and worded direction the analyser finds as
    labelled ("all": all four at once)."""
    rows = _number_rows(name)
    out: dict[str, float | int] = {"statements": len(rows)}
    for name in NUMBER_FIELDS:
        out[name] = round(sum(right[name] for _, right, _ in rows) / len(rows), 4)
    out["all"] = round(sum(all(right.values()) for _, right, _ in rows) / len(rows), 4)
    return out


def number_errors(name: str = "numbers") -> list[str]:
    out = []
    for item, right, found in _number_rows(name):
        for name in NUMBER_FIELDS:
            if not right[name]:
                out.append(f"{name}: {found[name]!r}, labelled {item.get(name)!r}: {item['text']}")
    return out


def speed(n: int = 10_000) -> dict[str, float]:
    """Analyse ``n`` distinct statements (eval statements with unique suffixes)."""
    from okrlint.language import Analyser

    base = [item["text"] for split in SPLITS for item in load_split(split)]
    suffixes = ["for team {i}", "in region {i}", "(ref {i})", "across squad {i}"]
    texts = [f"{base[i % len(base)]} {suffixes[i % len(suffixes)].format(i=i)}" for i in range(n)]
    analyser = Analyser()
    analyser.analyse(["Warm up the pipeline"])  # load spaCy outside the timing
    start = time.perf_counter()
    facts = analyser.analyse(texts)
    seconds = time.perf_counter() - start
    assert len(facts) == n
    return {"statements": n, "seconds": round(seconds, 3), "per_second": round(n / seconds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--errors", choices=(*SPLITS, *NUMBER_SETS), help="list misclassified items of a split"
    )
    parser.add_argument("--no-speed", action="store_true", help="skip the timing run")
    args = parser.parse_args(argv)
    if args.errors:
        found = number_errors(args.errors) if args.errors in NUMBER_SETS else errors(args.errors)
        print("\n".join(found))
        return 0
    results = {split: evaluate(split) for split in SPLITS}
    numbers = {name: evaluate_numbers(name) for name in NUMBER_SETS}
    timing = None if args.no_speed else speed()
    if args.json:
        print(json.dumps({"splits": results, **numbers, "speed": timing}, indent=2))
        return 0
    print(f"{'rule':7} {'split':8} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>7}")
    for code in RULES:
        for split in SPLITS:
            s = results[split][code]
            print(
                f"{code:7} {split:8} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} "
                f"{s['precision']:>10.3f} {s['recall']:>7.3f}"
            )
    print()
    for name, scores in numbers.items():
        print(
            f"{name} ({scores['statements']} key results): "
            + ", ".join(f"{field} {scores[field]:.3f}" for field in (*NUMBER_FIELDS, "all"))
        )
    if timing:
        print(
            f"\nanalysed {timing['statements']} statements in {timing['seconds']:.2f}s "
            f"({timing['per_second']:.0f} statements/s, one core)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
