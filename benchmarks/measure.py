"""Run one command and measure it: wall time and peak memory of its process tree.

Peak memory is the larger of two figures, both in KiB:

* the sum of the proportional set sizes (PSS, from /proc/PID/smaps_rollup) of
  the command and all its descendants, sampled every `SAMPLE_INTERVAL` seconds
  (this is what counts for a tool that spreads work over several processes, and
  for a wrapper script that starts a JVM: the wrapper and the JVM are both in
  the tree).  PSS charges a page shared by N processes 1/N to each, so pages
  that forked workers share with their parent count once, as they take memory
  once; summing RSS instead would count them once per process.
* `ru_maxrss` that `wait4` reports for the command, which is the peak of the
  largest single process among it and its waited-for descendants (exact, so
  it catches a short peak that falls between two samples).

The peak of the RSS sum is kept beside it (`peak_rss_kb`), for comparison.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

SAMPLE_INTERVAL = 0.1
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
_ERROR_LINE = re.compile(r"^\s*[\w.]*(Error|Exception|Exit|Interrupt)\b.*")


@dataclass(frozen=True)
class Sample:
    """One measured run of one command."""

    seconds: float
    peak_kb: int
    #: None when the command succeeded, else a one-line reason
    error: str | None = None
    #: the peak of the RSS sum over the tree (shared pages once per process), for comparison
    peak_rss_kb: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


def _process_table() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, rss in KiB) for every process we can read."""
    table: dict[int, tuple[int, int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: split after the last ')'.
        fields = stat[stat.rfind(b")") + 2 :].split()
        table[int(entry.name)] = (int(fields[1]), int(fields[21]) * PAGE_KB)
    return table


def _pss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def tree_memory_kb(root: int) -> tuple[int, int]:
    """(sum of PSS, sum of RSS) over `root` and all its descendants, in KiB (RSS where PSS is unreadable)."""
    table = _process_table()
    children: dict[int, list[int]] = {}
    for pid, (parent, _) in table.items():
        children.setdefault(parent, []).append(pid)
    pss = rss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        resident = table.get(pid, (0, 0))[1]
        rss += resident
        proportional = _pss_kb(pid) if pid in table else None
        pss += resident if proportional is None else proportional
        stack.extend(children.get(pid, ()))
    return pss, rss


class _TreeSampler(threading.Thread):
    """Samples the memory of a process tree until stopped; keeps the maxima (PSS sum, RSS sum)."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak_kb = 0
        self.peak_rss_kb = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            pss, rss = tree_memory_kb(self.root)
            self.peak_kb = max(self.peak_kb, pss)
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self._stop_event.wait(SAMPLE_INTERVAL)

    def stop(self) -> tuple[int, int]:
        self._stop_event.set()
        self.join()
        return self.peak_kb, self.peak_rss_kb


def last_error_line(text: str) -> str:
    """The line that best says why a command failed: the last `...Error: ...` line, else the last line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if _ERROR_LINE.match(line):
            if line.endswith(":") and index + 1 < len(lines):  # the detail was wrapped onto the next line
                line = f"{line} {lines[index + 1]}"
            return line if len(line) <= 160 else line[:157] + "..."
    return lines[-1][:160] if lines else "(no output)"


def _kill_tree(pid: int, killed: threading.Event) -> None:
    killed.set()
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_measured(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    log: Path,
    timeout: float,
    ok_codes: tuple[int, ...] = (0,),
) -> Sample:
    """Run `argv` to completion with its output in `log`; measure time and peak memory."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        out.write(("$ " + " ".join(argv) + "\n").encode())
        out.flush()
        start = time.perf_counter()
        try:
            # Its own session, so a timeout can end the whole tree (JVM included).
            proc = subprocess.Popen(
                list(argv), cwd=cwd, env=dict(env), stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )
        except OSError as exc:
            return Sample(0.0, 0, f"could not start: {exc}")
        sampler = _TreeSampler(proc.pid)
        sampler.start()
        killed = threading.Event()
        timer = threading.Timer(timeout, _kill_tree, (proc.pid, killed))
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4 above
    pss_peak, rss_peak = sampler.stop()
    peak_kb = max(pss_peak, int(usage.ru_maxrss))
    rss_kb = max(rss_peak, int(usage.ru_maxrss))
    if killed.is_set():
        return Sample(seconds, peak_kb, f"timed out after {timeout:.0f} s", rss_kb)
    if proc.returncode not in ok_codes:
        reason = last_error_line(log.read_text(encoding="utf-8", errors="replace"))
        return Sample(seconds, peak_kb, f"exit {proc.returncode}: {reason}", rss_kb)
    return Sample(seconds, peak_kb, peak_rss_kb=rss_kb)


_IMPORT_PROBE = """\
import sys, time
sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
exec(sys.argv[2])
print(time.perf_counter() - start)
"""


def time_import(python: Path, path: Path, statement: str, *, timeout: float) -> Sample:
    """Import time of `statement` in a fresh interpreter with `path` first on sys.path.

    The time is taken inside the child around the statement alone, so the
    interpreter's own start-up is not counted.  Memory is not measured here.
    """
    argv = [str(python), "-c", _IMPORT_PROBE, str(path), statement]
    # bytecode is written (as `pip install` compiles it), even where the environment says not to:
    # otherwise the warm-up import compiles nothing and every timed import recompiles the package
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False,
                              stdin=subprocess.DEVNULL, cwd=path, env=env)
    except subprocess.TimeoutExpired:
        return Sample(timeout, 0, f"timed out after {timeout:.0f} s")
    except OSError as exc:
        return Sample(0.0, 0, f"could not start: {exc}")
    if proc.returncode != 0:
        return Sample(0.0, 0, f"exit {proc.returncode}: {last_error_line(proc.stderr or proc.stdout)}")
    return Sample(float(proc.stdout.strip().splitlines()[-1]), 0)
