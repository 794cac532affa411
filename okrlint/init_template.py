"""What `okrlint init` writes: a commented config and an example goals file."""

from __future__ import annotations

import os
from pathlib import Path

CONFIG = """\
# okrlint configuration. Every key is optional; `okrlint show-config` prints the
# resolved settings and `okrlint rules` lists the rules.

# Goals folders: read whole so references resolve across files.
paths: [goals]

# Rules to run: codes (KR002), prefixes (KR) or names (binary-key-result).
select: [ALL]
ignore: []

# The lowest severity that fails the run (error, warning, info or never).
fail-on: warning

# Per-rule severity and options (see `okrlint explain CODE`).
rules:
  too-many-objectives: {max: 3}
  key-result-count: {min: 3, max: 5}
  # KR005: {severity: warning}

# Who counts as leadership for KR003 (names, emails or roles) ...
leadership: []
# ... and who belongs to which team.
teams: {}

# Ignore rules for some files (glob patterns).
per-file-ignores: {}
"""

EXAMPLE = """\
okrlint: 1
team: Growth
period: 2026-Q1
strategy: Become the default tool for small agencies

objectives:
  - id: growth-retain-agencies
    title: Make new agencies successful in their first month
    owner: Ana Lima
    commitment: aspirational
    key_results:
      - id: growth-activation
        title: Increase week-one activation from 35% to 50%
        baseline: 35
        target: 50
        unit: percent
      - id: growth-time-to-plan
        title: Reduce the time to build a first plan from 25 to 10 minutes
        baseline: 25
        target: 10
        unit: minutes
      - id: growth-early-churn
        title: Cut first-month churn from 9% to 5%
        baseline: 9
        target: 5
        unit: percent
        metric: monthly-churn

kpis:
  - id: monthly-churn
    name: Monthly churn rate
    owner: Ana Lima
    area: customer
    type: lagging
    cadence: monthly
    unit: percent
    direction: decrease
    target: 5
    history: [9.4, 9.1, 8.8]
    action: Open a churn review with Support within one week
    drivers: [weekly-active-agencies]
  - id: weekly-active-agencies
    name: Weekly active agencies
    owner: Ben Ode
    area: customer
    type: leading
    cadence: weekly
    unit: count
    direction: increase
    target: 340
    history: [310, 335, 350]
    action: Review onboarding drop-off in the weekly product meeting
"""


def write_starter(folder: Path) -> tuple[list[Path], list[Path]]:
    """Write the starter files that do not exist yet; return (written, kept)."""
    written: list[Path] = []
    kept: list[Path] = []
    targets = {
        folder / ".okrlint.yaml": CONFIG,
        folder / "goals" / "growth.okr.yaml": EXAMPLE,
    }
    for path, content in targets.items():
        if os.path.lexists(path):  # a dangling link too: writing would follow it
            kept.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, "utf-8")
        written.append(path)
    return written, kept
