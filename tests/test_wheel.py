"""The built wheel works on its own: rules ship inside it, not read from the checkout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(args, cwd, timeout=600):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_and_uses_its_packaged_rules(tmp_path):
    pytest.importorskip("build")
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist], ROOT)
    wheels = list(dist.glob("okrlint-*.whl"))
    assert len(wheels) == 1
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", venv], tmp_path)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    _run([python, "-m", "pip", "install", "--no-deps", "--no-index", wheels[0]], tmp_path)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    listed = _run([bindir / "okrlint", "rules"], elsewhere)
    codes = {line.split()[0] for line in listed.splitlines() if line.strip()}
    assert {"DOC001", "KPI008", "KR004", "SUP001"} <= codes

    probe = (
        "import okrlint, okrlint.registry as r, sysconfig;"
        "print(r.rules_dir()); print(okrlint.__file__); print(sysconfig.get_paths()['purelib'])"
    )
    rules_dir, module, purelib = _run([python, "-c", probe], elsewhere).splitlines()
    assert Path(rules_dir).resolve().is_relative_to(Path(purelib).resolve())
    assert Path(module).resolve().is_relative_to(Path(purelib).resolve())
    assert not Path(rules_dir).resolve().is_relative_to(ROOT)
    assert sorted(p.name for p in Path(rules_dir).glob("*.yaml")) == sorted(
        p.name for p in (ROOT / "rules").glob("*.yaml")
    )
