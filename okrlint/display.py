"""Numbers as findings show them: the way a person writes them, never ``1e+06``."""

from __future__ import annotations

import math


def number(value: float) -> str:
    """``1500000`` -> ``1,500,000``; ``2026`` -> ``2026``; ``33.333`` -> ``33.33``;
    ``0.0015`` -> ``0.0015``.

    Whole numbers keep every digit (thousands grouped from five digits on, so a
    year stays a year); others keep two decimals, or four significant digits
    below one, with trailing zeros dropped.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) or value.is_integer():
        whole = int(value)
        return f"{whole:,}" if abs(whole) >= 10_000 else str(whole)
    if abs(value) >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.4g}"  # only below 0.0001 does this fall back to "1e-05"
