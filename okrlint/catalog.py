"""Rules of the spec's catalog that okrlint does not build yet (its second wave).

Their codes and names are stable, so a config written against the catalog may name
them. okrlint accepts those names with a note that the setting has no effect, instead
of refusing the whole config; a name in neither list is still an error. A suppression
naming one suppresses nothing yet, and --report-unused-suppressions says so."""

from __future__ import annotations

#: code -> (name, the catalog's options for it)
PLANNED: dict[str, tuple[str, tuple[str, ...]]] = {
    "OBJ009": ("objective-too-long", ("max_words",)),
    "OBJ010": ("committed-at-risk", ("min_confidence",)),
    "OBJ011": ("restated-parent", ()),
    "KR014": ("trending-off-track", ("min_checkins",)),
    "KR015": ("stale-key-result", ("max_age_days",)),
    "KR016": ("recurring-key-result", ("min_periods",)),
    "KR017": ("confidence-sandbagging", ("max_average",)),
}


def planned(key: str) -> str | None:
    """The code of the catalog rule not built yet that ``key`` names (by code, in any
    case, or by name), else None."""
    text = key.strip()
    if text.upper() in PLANNED:
        return text.upper()
    return next((code for code, (name, _) in PLANNED.items() if name == text.lower()), None)


def not_built(code: str) -> str:
    name = PLANNED[code][0]
    return f"{code} ({name}) is in the rule catalog but not built into this version of okrlint"
