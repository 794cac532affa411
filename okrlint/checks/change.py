"""Change rules (CHG*): compare each KR and KPI with its version at ``--diff-base``.

They read the earlier versions from the goal set of a pull-request run
(``okrlint.gitdiff``); without a diff base they find nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from okrlint.display import number as _n
from okrlint.engine import Context, Problem
from okrlint.gitdiff import RECOGNISABLE, BaseVersions, base_of, similarity
from okrlint.load import number_value
from okrlint.model import Document, Item, KeyResult, Kpi, Objective
from okrlint.period import Period
from okrlint.registry import check


def _running(period: Period | None, today: date) -> bool:
    return period is not None and period.contains(today)


def _reason(item: Item) -> str | None:
    lint = item.data.get("lint")
    reason = lint.get("reason") if isinstance(lint, dict) else None
    return reason if isinstance(reason, str) and reason.strip() else None


def _earlier(item: Item, ctx: Context) -> tuple[BaseVersions, Item] | None:
    base = base_of(ctx.goals)
    if base is None:
        return None
    earlier = base.match(item)
    return (base, earlier) if earlier is not None else None


def _rises(kr: KeyResult, earlier: KeyResult, old_target: float) -> bool | None:
    """True when the KR aims up, False when down, None when that cannot be told."""
    baseline = earlier.number("baseline")
    if baseline is None:
        baseline = kr.number("baseline")
    if baseline is not None and baseline != old_target:
        return old_target > baseline
    direction = kr.text("direction") or earlier.text("direction")
    return {"increase": True, "decrease": False}.get(direction or "")


@check("target-eased")
def target_eased(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    pair = _earlier(kr, ctx)
    if pair is None or not _running(kr.period, ctx.today) or _reason(kr):
        return
    earlier = pair[1]
    assert isinstance(earlier, KeyResult)
    old, new = earlier.number("target"), kr.number("target")
    if old is None or new is None or old == new:
        return
    rises = _rises(kr, earlier, old)
    if rises is None or (new > old) == rises:
        return
    yield Problem(
        f"{kr.describe()}: the target moved from {_n(old)} to {_n(new)}, toward the "
        f"baseline, while {kr.period} is running",
        "keep the target and let the score show the shortfall; if the change was agreed, "
        'record why with `lint: {reason: "..."}` on the key result',
        item=kr,
        field="target",
    )


@check("baseline-rewritten")
def baseline_rewritten(kr: KeyResult, ctx: Context) -> Iterator[Problem]:
    pair = _earlier(kr, ctx)
    period = kr.period
    if pair is None or period is None or ctx.today < period.start:
        return
    old, new = pair[1].number("baseline"), kr.number("baseline")
    if old is None or new == old:
        return
    now = "removed" if new is None else f"changed from {_n(old)} to {_n(new)}"
    yield Problem(
        f"{kr.describe()}: the baseline was {now} after {period} started ({period.start})",
        "a baseline is the value when the period began; put it back, or if it was "
        "mismeasured, say so in the pull request and in `lint: {ignore: [CHG002], reason: ...}`",
        item=kr,
        field="baseline" if new is not None else None,
    )


def _counterpart(objective: Objective | None, doc: Document, base: BaseVersions) -> Item | None:
    if objective is None:
        return None
    return next((o for o in doc.objectives if base.match(o) is objective), None)


@check("key-result-dropped")
def key_result_dropped(doc: Document, ctx: Context) -> Iterator[Problem]:
    base = base_of(ctx.goals)
    earlier_doc = base.document(doc) if base is not None else None
    if base is None or earlier_doc is None:
        return
    if "kept" not in ctx.cache:
        ctx.cache["kept"] = {id(base.match(kr)) for kr in ctx.goals.key_results()}
    kept: set[int] = ctx.cache["kept"]
    hint = (
        "keep it and score it at the end of the period: a low score is information. "
        "If dropping it was agreed, record that with "
        '`lint: {ignore: [CHG003], reason: "..."}` on the objective'
    )
    if _running(earlier_doc.period, ctx.today):
        for objective in earlier_doc.objectives:
            for earlier in objective.key_results:
                if id(earlier) in kept:
                    continue
                message = (
                    f"{earlier.describe()} of {earlier_doc.period} was removed while the "
                    "period is running"
                )
                parent = _counterpart(objective, doc, base)
                if parent is not None:
                    yield Problem(message, hint, item=parent, field="key_results", on_key=True)
                else:
                    pointer = "/objectives" if "objectives" in doc.data else ""
                    yield Problem(message, hint, doc=doc, pointer=pointer)
    if not _running(doc.period, ctx.today):
        return
    for objective in doc.objectives:
        for kr in objective.key_results:
            earlier = base.match(kr)
            if earlier is None or not (kr.statement and earlier.statement):
                continue
            if similarity(kr.statement, earlier.statement) < RECOGNISABLE:
                yield Problem(
                    f'{kr.describe()} was reworded beyond recognition (it was "'
                    f'{earlier.statement}") while {doc.period} is running',
                    "a new key result mid-period hides whether the old one landed; keep the "
                    "old statement and add the new one next period",
                    item=kr,
                    field="title",
                )


def _band(kpi: Item) -> tuple[float | None, float | None]:
    raw = kpi.data.get("threshold")
    if not isinstance(raw, dict):
        return None, None
    values = []
    for key in ("min", "max"):
        values.append(number_value(raw.get(key)))
    return values[0], values[1]


def _kpi_rises(kpi: Kpi, earlier: Item) -> bool | None:
    direction = kpi.text("direction") or earlier.text("direction")
    if direction in ("increase", "decrease"):
        return direction == "increase"
    low, high = _band(earlier)
    if (low is None) != (high is None):
        return low is not None  # only a floor: higher is better
    return None


@check("kpi-threshold-loosened")
def kpi_threshold_loosened(kpi: Kpi, ctx: Context) -> Iterator[Problem]:
    pair = _earlier(kpi, ctx)
    if pair is None:
        return
    earlier = pair[1]
    hint = (
        "hold the standard and act on the breach (the KPI's `action`), or promote it to a "
        'key result; if the new standard was agreed, record why with `lint: {reason: "..."}`'
    )
    if _reason(kpi):
        return
    (old_min, old_max), (new_min, new_max) = _band(earlier), _band(kpi)
    wider = []
    if old_min is not None and (new_min is None or new_min < old_min):
        wider.append(f"min {_n(old_min)} -> {'none' if new_min is None else _n(new_min)}")
    if old_max is not None and (new_max is None or new_max > old_max):
        wider.append(f"max {_n(old_max)} -> {'none' if new_max is None else _n(new_max)}")
    if wider:
        yield Problem(
            f"{kpi.describe()}: the healthy band was widened ({', '.join(wider)})",
            hint,
            item=kpi,
            field="threshold" if "threshold" in kpi.data else None,
        )
    old, new = earlier.number("target"), kpi.number("target")
    rises = _kpi_rises(kpi, earlier)
    if old is None or new is None or old == new or rises is None or (new > old) == rises:
        return
    yield Problem(
        f"{kpi.describe()}: the target was {'lowered' if rises else 'raised'} from {_n(old)} "
        f"to {_n(new)}, an easier standard",
        hint,
        item=kpi,
        field="target",
    )
