"""The project shares no run of 7 words with the benchmark texts or the seed articles in ../shared.

Test sentences, doc examples and comments are written in our own words (see
scripts/licence_overlap.py, which prints each shared run with its file and line)."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "licence_overlap.py"

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def shared_bench():
    bench = ROOT.parent / "shared" / "bench"
    if not bench.is_dir():
        pytest.skip("needs ../shared/bench")
    return bench


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=ROOT, capture_output=True, text=True)


def test_no_file_shares_seven_words_with_a_benchmark_text(shared_bench):
    result = run()
    assert result.returncode == 0, "shared runs of words:\n" + result.stdout


def test_the_checker_finds_a_run_copied_from_a_seed_article(shared_bench, tmp_path):
    # The checker itself must be able to fail: a file made of a seed article's own words is caught.
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("licence_overlap", SCRIPT)
    mod = module_from_spec(spec)
    spec.loader.exec_module(mod)
    seed = next(p for p in sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")))
    copied = tmp_path / "copied.py"
    copied.write_text("# " + " ".join(seed.read_text(encoding="utf-8").split()[200:230]) + "\n", encoding="utf-8")
    index = mod.benchmark_runs(7)
    assert list(mod.scan(copied, index, 7, None)), "a copied passage went unnoticed"


def test_a_new_file_not_yet_added_to_git_is_checked_too():
    # The check runs before a commit, when a new test file is usually still untracked.
    from importlib.util import module_from_spec, spec_from_file_location

    spec = spec_from_file_location("licence_overlap", SCRIPT)
    mod = module_from_spec(spec)
    spec.loader.exec_module(mod)
    probe = ROOT / "tests" / "_licence_probe_untracked.py"
    probe.write_text("# a file nobody has added yet\n", encoding="utf-8")
    try:
        assert probe in mod.tracked_files(["tests"])
    finally:
        probe.unlink()
