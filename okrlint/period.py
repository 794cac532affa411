"""Periods (2026-Q1, 2026-H2, 2026, {start, end}) and dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_HALF = re.compile(r"^(\d{4})-?[Hh]([12])$")
_YEAR = re.compile(r"^(\d{4})$")


class PeriodError(ValueError):
    """A period or date that cannot be read; the message says why."""


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    label: str

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label


def parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise PeriodError(f"{value!r} is not a date; write it as YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise PeriodError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(value: Any) -> Period:
    if isinstance(value, bool):
        raise PeriodError(f"{value!r} is not a period")
    if isinstance(value, int):
        value = str(value)
    if isinstance(value, dict):
        missing = [name for name in ("start", "end") if value.get(name) is None]
        if missing:
            raise PeriodError(
                f"the period has no `{missing[0]}`; "
                "write it as {start: YYYY-MM-DD, end: YYYY-MM-DD}"
            )
        start = parse_date(value.get("start"))
        end = parse_date(value.get("end"))
        if end < start:
            raise PeriodError(f"the period ends ({end}) before it starts ({start})")
        return Period(start, end, f"{start}..{end}")
    if not isinstance(value, str):
        raise PeriodError(f"{value!r} is not a period")
    text = value.strip()
    if match := _QUARTER.match(text):
        year, quarter = int(match[1]), int(match[2])
        first = 3 * quarter - 2
        return Period(date(year, first, 1), _month_end(year, first + 2), f"{year}-Q{quarter}")
    if match := _HALF.match(text):
        year, half = int(match[1]), int(match[2])
        first = 1 if half == 1 else 7
        return Period(date(year, first, 1), _month_end(year, first + 5), f"{year}-H{half}")
    if match := _YEAR.match(text):
        year = int(match[1])
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))
    raise PeriodError(
        f"{text[:40]!r} is not a period; use 2026-Q1, 2026-H1, 2026 or {{start: ..., end: ...}}"
    )
