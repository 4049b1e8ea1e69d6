"""Markdown for the benchmark: the machine, the targets, the measurements, the commands."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from run import Measurement, Results, Setup

PEERS = ("oag", "opc")


# --------------------------------------------------------------------------- machine


def _first_line(argv: list[str]) -> str:
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "unavailable"
    lines = (proc.stdout.strip() or proc.stderr.strip()).splitlines()
    return lines[0].strip() if lines else "unknown"


def _proc_field(path: str, name: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


@dataclass(frozen=True)
class Machine:
    date: str
    cpu: str
    cores: int
    memory: str
    system: str
    python: str
    java: str
    black: str
    load: str

    @classmethod
    def describe(cls) -> "Machine":
        mem_kb = _proc_field("/proc/meminfo", "MemTotal").split()[0]
        return cls(
            date=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            cpu=_proc_field("/proc/cpuinfo", "model name"),
            cores=os.cpu_count() or 0,
            memory=f"{int(mem_kb) / 1024 / 1024:.1f} GiB" if mem_kb.isdigit() else "unknown",
            system=platform.platform(),
            python=platform.python_version(),
            java=_first_line(["java", "-version"]),
            black=_first_line([sys.executable, "-c", "import black; print(black.__version__)"]),
            load=" / ".join(f"{x:.2f}" for x in os.getloadavg()),
        )


# --------------------------------------------------------------------------- cells


def _metric(m: "Measurement | None", unit: str) -> float | None:
    if m is None:
        return None
    return m.peak_mb() if unit == "MB" else m.seconds()


def _cell(m: "Measurement | None", unit: str, detail: bool = True) -> str:
    if m is None or not m.samples:
        return "—"
    value = _metric(m, unit)
    if value is None:
        return f"failed: {_escape(m.error() or '?')}" if detail else "failed"
    return _number(value, unit)


def _number(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MiB"
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"


def _ratio(ours: float | None, peer: float | None) -> str:
    if ours is None or peer is None or peer == 0:
        return "—"
    return f"{ours / peer:.2f}"


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# --------------------------------------------------------------------------- targets


@dataclass(frozen=True)
class Target:
    label: str
    ours: tuple[str, str, str]  # tool, spec, kind
    reference: tuple[str, str, str]
    unit: str  # "s" or "MB"
    goal: float  # the ratio ours / reference must be at most this
    stretch: float | None = None
    limit: float | None = None  # an absolute bound on ours, strictly below


TARGETS = (
    Target("full Voucherify cold generation ≤ OpenAPI Generator's (stretch ½)",
           ("ours", "full", "cold"), ("oag", "full", "cold"), "s", 1.0, stretch=0.5),
    Target("regeneration after a one-schema change ≤ ⅕ of OpenAPI Generator's cold (full)",
           ("ours", "full", "regen"), ("oag", "full", "cold"), "s", 0.2),
    Target("`check` on an up-to-date tree ≤ ⅕ of OpenAPI Generator's cold (full)",
           ("ours", "full", "check"), ("oag", "full", "cold"), "s", 0.2),
    Target("orders spec cold generation ≤ ½ of openapi-python-client's",
           ("ours", "orders", "cold"), ("opc", "orders", "cold"), "s", 0.5),
    Target("full Voucherify `import voucherify` < 0.2 s and ≤ ⅒ of OpenAPI Generator's",
           ("ours", "full", "import"), ("oag", "full", "import"), "s", 0.1, limit=0.2),
    Target("full Voucherify `from voucherify import OrdersApi` < 0.2 s and ≤ ⅒ of OpenAPI Generator's",
           ("ours", "full", "import-api"), ("oag", "full", "import-api"), "s", 0.1, limit=0.2),
    Target("peak memory of full Voucherify cold generation ≤ ⅓ of OpenAPI Generator's",
           ("ours", "full", "cold"), ("oag", "full", "cold"), "MB", 1 / 3),
)


def _verdict(target: Target, ours: float | None, reference: float | None) -> str:
    if ours is None:
        return "n/a: ours failed"
    if reference is None:
        return "n/a: reference failed"
    ratio = ours / reference
    misses = []
    if ratio > target.goal:
        misses.append(f"ratio {ratio:.2f} is {ratio / target.goal:.1f}× the goal {target.goal:.2f}")
    if target.limit is not None and ours >= target.limit:
        misses.append(f"{_number(ours, target.unit)} is not under {_number(target.limit, target.unit)}")
    if misses:
        return "**missed**: " + "; ".join(misses)
    if target.stretch is not None:
        return "met, stretch met too" if ratio <= target.stretch else f"met (stretch ≤ {target.stretch:g} missed)"
    return "met"


def _targets_table(results: "Results") -> tuple[list[str], list[str]]:
    lines = ["| target | ours | reference | ours / reference | result |", "|---|---|---|---|---|"]
    misses = []
    for target in TARGETS:
        ours_m, ref_m = results.get(*target.ours), results.get(*target.reference)
        ours, ref = _metric(ours_m, target.unit), _metric(ref_m, target.unit)
        measured = ours_m is not None and ref_m is not None
        verdict = _verdict(target, ours, ref) if measured else "not measured in this run"
        lines.append(f"| {target.label} | {_cell(ours_m, target.unit)} | {_cell(ref_m, target.unit)} "
                     f"| {_ratio(ours, ref)} | {verdict} |")
        if measured and not verdict.startswith("met"):
            misses.append(f"- {target.label}: {verdict}")
    return lines, misses


# --------------------------------------------------------------------------- measurements

#: (kind, row label, unit, the peers' kind to compare with)
ROWS = (
    ("cold", "cold generation", "s", "cold"),
    ("cold", "cold generation, peak memory", "MB", "cold"),
    ("regen", "regeneration after one description edit (peers: cold)", "s", "cold"),
    ("check", "`check`, up-to-date tree (peers: cold)", "s", "cold"),
    ("import", "`import pkg`", "s", "import"),
    ("import-api", "import the orders API", "s", "import-api"),
)


def _measurements_table(setup: "Setup", results: "Results") -> list[str]:
    labels = {tool.key: tool.label for tool in setup.tools}
    lines = [f"| measurement | spec | ours | {labels['oag']} | {labels['opc']} | ours / OAG | ours / opc |",
             "|---|---|---|---|---|---|---|"]
    for kind, label, unit, peer_kind in ROWS:
        for spec in setup.specs:
            ours_m = results.get("ours", spec.key, kind)
            if ours_m is None and not spec.peers:
                continue
            peers = [results.get(p, spec.key, peer_kind) for p in PEERS]
            if ours_m is None and all(p is None for p in peers):
                continue
            ours = _metric(ours_m, unit)
            ratios = [_ratio(ours, _metric(p, unit)) for p in peers]
            detail = kind == peer_kind and unit == "s"  # say why a peer failed once, in its own row
            cells = [_cell(ours_m, unit), *(_cell(p, unit, detail) for p in peers), *ratios]
            lines.append(f"| {label} | {spec.label} | " + " | ".join(cells) + " |")
        if kind == "import-api":
            floor = _cell(results.get("baseline", "-", "import"), "s")
            lines.append(f"| floor: `import httpx, pydantic` alone | — | {floor} | | | | |")
    for spec in setup.specs:
        sizes = [results.sizes.get((key, spec.key)) for key in ("ours", *PEERS)]
        if any(sizes):
            cells = [f"{s.files} files, {s.bytes:,} bytes" if s else "—" for s in sizes]
            lines.append(f"| generated output | {spec.label} | " + " | ".join(cells) + " | | |")
    return lines


def _all_runs(results: "Results") -> list[str]:
    lines = ["| tool | spec | kind | seconds per run | peak MiB per run: PSS sum (RSS sum) |", "|---|---|---|---|---|"]
    for (tool, spec, kind), m in sorted(results.measurements.items()):
        secs = ", ".join(f"{s.seconds:.3f}" if s.ok else "failed" for s in m.samples)
        peaks = ", ".join(f"{s.peak_kb / 1024:.0f} ({s.peak_rss_kb / 1024:.0f})"
                          for s in m.samples if s.ok and s.peak_kb) or "—"
        lines.append(f"| {tool} | {spec} | {kind} | {secs} | {peaks} |")
    return lines


def _commands(setup: "Setup") -> list[str]:
    lines = []
    for tool in setup.tools:
        shown = " ".join(tool.argv(tool.generate, Path("SPEC"), Path("OUT")))
        lines.append(f"- {tool.label} {tool.version}: `{shown}`")
        if tool.check:
            lines.append(f"  and `{' '.join(tool.argv(tool.check, Path('SPEC'), Path('OUT')))}`")
    return lines


def render(setup: "Setup", results: "Results", machine: Machine) -> str:
    targets, misses = _targets_table(results)
    edited = ", ".join(f"`{name}` in {spec}" for spec, name in sorted(results.edited_schema.items())) or "none"
    parts = [
        "# Benchmark: sdkgen vs OpenAPI Generator vs openapi-python-client",
        "",
        f"Written by `python benchmarks/run.py --runs {setup.runs}` on {machine.date}. Figures are medians of "
        f"{setup.runs} run(s); in every run the tools take turns (round-robin, a different one first each "
        "run), so background noise hits them alike.",
        "",
        "## Machine",
        "",
        f"- CPU: {machine.cpu}, {machine.cores} cores; memory {machine.memory}",
        f"- {machine.system}; Python {machine.python}; {machine.java}; black {machine.black}",
        f"- load average when the run started: {machine.load} (the machine is shared)",
        "",
        "## Targets (issue 8)",
        "",
        *targets,
        "",
        "## Measurements",
        "",
        *_measurements_table(setup, results),
        "",
        "## How it was measured",
        "",
        *_commands(setup),
        "- Cold generation: a fresh, empty output folder (so no manifest) for every run. The peers read the "
        "specs in place; we read a byte-identical copy, which the regeneration then edits.",
        f"- Regeneration: one schema's description changed ({edited}), `generate` run again on the output "
        "of the cold run; then `check` on that up-to-date tree.",
        "- Peak memory: the larger of the sum of PSS (proportional set size, /proc/PID/smaps_rollup) over "
        "the command's process tree (sampled every 0.1 s: the Python wrapper and its JVM for OpenAPI "
        "Generator, our validator child and formatter workers for us) and the largest single process's "
        "`ru_maxrss`. PSS charges a page that N processes share 1/N to each, so the pages forked workers "
        "share with their parent count once. The peak of the plain RSS sum (shared pages once per "
        "process) is in brackets in the last table.",
        "- Import time: in a fresh interpreter (the peers' venv Python, which has every package's runtime "
        "libraries), timed around the import statement alone, after one unmeasured import that compiled "
        "the bytecode (as `pip install` does; `PYTHONDONTWRITEBYTECODE` is cleared for these runs). The floor row is the import of the two libraries our "
        "client is built on, which no lazy import can avoid.",
        "- Generated output: every file in the output folder (the peers' include their docs, tests and "
        "packaging files; ours includes its docs and manifest).",
        "",
        "## All runs",
        "",
        *_all_runs(results),
        "",
        "## Closing note",
        "",
        *(misses or ["Every target was met in this run."]),
        "",
    ]
    return "\n".join(parts)
