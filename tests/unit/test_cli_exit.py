"""`python -m generator` ends with `cli.run`: output flushed, exit status kept, no teardown, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, PYTHONPATH=str(REPO))


def test_output_is_flushed_and_the_status_kept(tmp_path: Path) -> None:
    ok = subprocess.run([sys.executable, "-m", "generator", "validate", "spec/orders.yaml"], cwd=REPO, env=ENV,
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and "valid" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "generator", "validate", str(tmp_path / "missing.yaml")], cwd=REPO,
                         env=ENV, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "nothing was written" in bad.stderr


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "generator", "ir", "spec/orders.yaml"], cwd=REPO, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()  # like `| head -c 10`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1
    assert "Traceback" not in err
