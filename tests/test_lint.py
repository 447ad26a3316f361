"""pyflakes over the code: no undefined names (a crash waiting for its branch), no dead imports."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_pyflakes_finds_nothing():
    pytest.importorskip("pyflakes")
    proc = subprocess.run([sys.executable, "-m", "pyflakes", "fogofwar", "tests", "bench", "scripts"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.stdout == "" and proc.returncode == 0, proc.stdout
