"""A JSON list of findings (stable keys, deterministic order)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from okrlint.api import Report


def render(report: Report, color: bool = False) -> str:
    return json.dumps([f.to_dict() for f in report.findings], indent=2, ensure_ascii=False) + "\n"
