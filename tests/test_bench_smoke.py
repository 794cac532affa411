"""bench/ still runs: the corpus generator is deterministic and run.py prints its table.

No timings are asserted here: speed is measured by `python bench/run.py`, on
one machine, and reported in docs/performance.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _generate(folder: Path, files: int) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, str(BENCH / "gen_corpus.py"), str(folder), "--files", str(files)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.slow
def test_gen_corpus_is_deterministic_and_realistic(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a", 20)
    second = _generate(tmp_path / "b", 20)
    assert first == second
    assert len(first) == 20 and "company.yaml" in first
    average = sum(len(b) for b in first.values()) / len(first)
    assert 2000 < average < 5000  # about 3 KB per file
    teams = b"".join(b for name, b in first.items() if name.startswith("team-")).decode()
    assert "parent: company-" in teams and "kpis:" in teams and "leading: [" in teams


@pytest.mark.slow
def test_bench_run_prints_the_table_on_20_files(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--files", "1,20", "--runs", "1"]
        + ["--no-spectral", "--json", str(tmp_path / "results.json")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "| files | tool | wall (s)" in out
    for row in ("okrlint cold", "okrlint warm", "okrlint 1 new statement", "floor"):
        assert f"| 20 | {row} |" in out or f"| 1 | {row} |" in out
    assert "| target | measured | met |" in out
    assert "Spectral" in out  # the Spectral target is listed as not measured
    assert (tmp_path / "results.json").is_file()
