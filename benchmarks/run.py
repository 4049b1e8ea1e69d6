"""Benchmark our generator against OpenAPI Generator and openapi-python-client.

    python benchmarks/run.py [--runs N] [--quick]

Run it with the interpreter that has this project installed (`pip install -e .`).
It installs the peers into benchmarks/.work/peers-venv (reused when present),
then measures, alternating the tools in every repetition so that noise hits
them alike:

1. cold generation (fresh output folder, no manifest) on the orders spec and on
   full Voucherify, for us and both peers, with peak memory;
2. our regeneration after one schema's description changed, and our `check`
   on the up-to-date tree;
3. import time of each generated package (`import pkg`, and its orders API).

It prints a Markdown table (medians, ratios, targets) and writes it with a
description of the machine to benchmarks/results.md.  It is not a test: it
exits 0 whatever the tools do, and reports failures in the table.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Sample, run_measured, time_import  # noqa: E402
from report import Machine, render  # noqa: E402
from tools import (  # noqa: E402
    BASELINE_IMPORT, REPO, ImportTarget, Spec, Tool, ensure_peers_venv, make_specs, make_tools,
)

# --------------------------------------------------------------------------- model


@dataclass
class Measurement:
    """All samples of one kind of run, for one tool on one spec."""

    tool: str
    spec: str
    kind: str  # "cold", "regen", "check", "import", "import-api"
    samples: list[Sample] = field(default_factory=list)

    def seconds(self) -> float | None:
        good = [s.seconds for s in self.samples if s.ok]
        return median(good) if good else None

    def peak_mb(self) -> float | None:
        good = [s.peak_kb for s in self.samples if s.ok and s.peak_kb]
        return median(good) / 1024 if good else None

    def error(self) -> str | None:
        return next((s.error for s in self.samples if s.error), None)


@dataclass(frozen=True)
class OutputSize:
    files: int
    bytes: int


@dataclass
class Results:
    runs: int
    measurements: dict[tuple[str, str, str], Measurement] = field(default_factory=dict)
    sizes: dict[tuple[str, str], OutputSize] = field(default_factory=dict)
    edited_schema: dict[str, str] = field(default_factory=dict)

    def add(self, tool: str, spec: str, kind: str, sample: Sample) -> None:
        key = (tool, spec, kind)
        self.measurements.setdefault(key, Measurement(tool, spec, kind)).samples.append(sample)

    def get(self, tool: str, spec: str, kind: str) -> Measurement | None:
        return self.measurements.get((tool, spec, kind))


@dataclass(frozen=True)
class Setup:
    work: Path
    runs: int
    timeout: float
    import_python: Path
    tools: tuple[Tool, ...]
    specs: tuple[Spec, ...]


# --------------------------------------------------------------------------- phases


def rotated(tools: tuple[Tool, ...], rep: int) -> list[Tool]:
    """Round-robin: each repetition starts with the next tool."""
    shift = rep % len(tools)
    return list(tools[shift:] + tools[:shift])


def output_size(out: Path) -> OutputSize:
    files = [p for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return OutputSize(len(files), sum(p.stat().st_size for p in files))


def edit_one_description(source: Path, target: Path) -> str:
    """Write `source` to `target` with one schema's description changed; return the schema's name."""
    document = json.loads(source.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    described = (n for n, s in schemas.items() if isinstance(s, dict) and isinstance(s.get("description"), str))
    name = next(described, next(iter(schemas)))
    schemas[name]["description"] = str(schemas[name].get("description", "")) + " (edited by the benchmark)"
    target.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    return name


def spec_input(setup: Setup, tool: Tool, spec: Spec) -> Path:
    """Our tool works on a fresh copy of an editable spec (the regeneration edits it); the peers read the original."""
    if tool.key != "ours" or not spec.editable:
        return spec.path
    copy = setup.work / "specs" / spec.path.name
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec.path, copy)
    return copy


def out_dir(setup: Setup, tool: Tool, spec: Spec) -> Path:
    return setup.work / "out" / f"{tool.key}-{spec.key}"


def measure(setup: Setup, results: Results, tool: Tool, spec: Spec, kind: str, argv: list[str]) -> Sample:
    log = setup.work / "logs" / f"{tool.key}-{spec.key}-{kind}.log"
    sample = run_measured(argv, cwd=REPO, env=tool.env, log=log, timeout=setup.timeout)
    results.add(tool.key, spec.key, kind, sample)
    shown = f"failed: {sample.error}" if sample.error else f"{sample.seconds:.2f} s, {sample.peak_kb / 1024:.0f} MB"
    print(f"  {kind:<6} {spec.key:<11} {tool.label:<22} {shown}", file=sys.stderr, flush=True)
    return sample


def cold_generation(setup: Setup, results: Results, tool: Tool, spec: Spec) -> Sample:
    out = out_dir(setup, tool, spec)
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not spec.path.is_file():
        sample = Sample(0.0, 0, f"spec missing: {spec.path}")
        results.add(tool.key, spec.key, "cold", sample)
        return sample
    sample = measure(setup, results, tool, spec, "cold", tool.argv(tool.generate, spec_input(setup, tool, spec), out))
    if sample.ok:
        results.sizes[(tool.key, spec.key)] = output_size(out)
    return sample


def regeneration_and_check(setup: Setup, results: Results, tool: Tool, spec: Spec, cold: Sample) -> None:
    """Our regeneration after a one-description edit, then `check` on the up-to-date tree."""
    if tool.check is None:
        return
    if not cold.ok:
        for kind in ("regen", "check"):
            results.add(tool.key, spec.key, kind, Sample(0.0, 0, "skipped: cold generation failed"))
        return
    working = setup.work / "specs" / spec.path.name
    results.edited_schema[spec.key] = edit_one_description(spec.path, working)
    out = out_dir(setup, tool, spec)
    measure(setup, results, tool, spec, "regen", tool.argv(tool.generate, working, out))
    measure(setup, results, tool, spec, "check", tool.argv(tool.check, working, out))


def generation_round(setup: Setup, results: Results, rep: int) -> None:
    for spec in setup.specs:
        colds = {}
        for tool in rotated(setup.tools, rep):
            if tool.key == "ours" or spec.peers:
                colds[tool.key] = cold_generation(setup, results, tool, spec)
        if spec.editable:
            ours = setup.tools[0]
            regeneration_and_check(setup, results, ours, spec, colds[ours.key])


def import_targets(setup: Setup, results: Results, tool: Tool, spec: Spec) -> list[ImportTarget]:
    cold = results.get(tool.key, spec.key, "cold")
    if cold is None or not cold.samples or not cold.samples[-1].ok:
        for kind in ("import", "import-api"):
            results.add(tool.key, spec.key, kind, Sample(0.0, 0, "no package: generation failed"))
        return []
    try:
        return tool.imports(out_dir(setup, tool, spec))
    except LookupError as exc:
        for kind in ("import", "import-api"):
            results.add(tool.key, spec.key, kind, Sample(0.0, 0, str(exc)))
        return []


def import_rounds(setup: Setup, results: Results) -> None:
    """Warm up once (bytecode compiled, as after `pip install`), then time each import `runs` times."""
    targets = {
        (tool.key, spec.key): import_targets(setup, results, tool, spec)
        for spec in setup.specs if spec.peers for tool in setup.tools
    }
    for found in targets.values():
        for target in found:
            time_import(setup.import_python, target.path, target.statement, timeout=setup.timeout)
    for rep in range(setup.runs):
        print(f"imports, run {rep + 1}/{setup.runs}", file=sys.stderr)
        floor = time_import(setup.import_python, setup.work, BASELINE_IMPORT, timeout=setup.timeout)
        results.add("baseline", "-", "import", floor)
        print(f"  floor      {BASELINE_IMPORT:<30} {floor.error or f'{floor.seconds:.3f} s'}", file=sys.stderr)
        for spec in (s for s in setup.specs if s.peers):
            for tool in rotated(setup.tools, rep):
                for target in targets[(tool.key, spec.key)]:
                    sample = time_import(setup.import_python, target.path, target.statement, timeout=setup.timeout)
                    results.add(tool.key, spec.key, target.kind, sample)
                    shown = f"failed: {sample.error}" if sample.error else f"{sample.seconds:.3f} s"
                    print(f"  {target.kind:<10} {spec.key:<7} {tool.label:<22} {shown}", file=sys.stderr)


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="repetitions; medians are reported (default 3)")
    parser.add_argument("--quick", action="store_true", help="one repetition (same as --runs 1)")
    parser.add_argument("--specs", default="orders-yaml,orders,full",
                        help="comma-separated subset of: orders-yaml, orders, full (default: all)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before one command is killed")
    parser.add_argument("--results", type=Path, default=REPO / "benchmarks" / "results.md",
                        help="where to write the Markdown results (default benchmarks/results.md)")
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / ".work",
                        help="scratch folder for the peers' venv, outputs and logs")
    return parser.parse_args(argv)


def benchmark(args: argparse.Namespace) -> str:
    work = args.work.resolve()
    venv = work / "peers-venv"
    problem = ensure_peers_venv(venv)
    if problem:
        print(f"peers unavailable: {problem}", file=sys.stderr)
    machine = Machine.describe()
    setup = Setup(work=work, runs=1 if args.quick else max(1, args.runs), timeout=args.timeout,
                  import_python=venv / "bin" / "python", tools=make_tools(venv),
                  specs=make_specs([key.strip() for key in args.specs.split(",") if key.strip()]))
    results = Results(runs=setup.runs)
    for rep in range(setup.runs):
        print(f"generation, run {rep + 1}/{setup.runs}", file=sys.stderr)
        generation_round(setup, results, rep)
    import_rounds(setup, results)
    return render(setup, results, machine)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        text = benchmark(args)
    except Exception:  # a benchmark never fails CI: say what broke and stop
        traceback.print_exc()
        print("benchmark aborted by the error above", file=sys.stderr)
        return 0
    print(text)
    args.results.write_text(text, encoding="utf-8")
    print(f"written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
