"""The tools under test and the specs: how to install, run and import each.

Our generator runs with the interpreter that runs the benchmark (the one with
this project installed); the peers run from their own virtual environment,
which `ensure_peers_venv` creates or updates from `PEER_REQUIREMENTS`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

REPO = Path(__file__).resolve().parents[1]
SHARED_SPECS = REPO.parent / "shared" / "specs"
PACKAGE = "voucherify"
PEER_REQUIREMENTS = (
    "openapi-generator-cli==7.26.0",  # bundles openapi-generator.jar 7.26.0; runs it with `java -jar`
    "openapi-python-client==0.29.1",
    # Runtime libraries that the generated packages import (for the import timings).
    "httpx==0.28.1",
    "pydantic==2.14.4",
    "urllib3==2.8.0",
    "python-dateutil==4.0.0",
    "attrs==26.1.0",
)
#: what any client on httpx and pydantic pays at import: the floor for our import times
BASELINE_IMPORT = "import httpx, pydantic"

# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Spec:
    key: str
    label: str
    path: Path
    #: the peers run on it too (the orders YAML is ours only)
    peers: bool
    #: a JSON spec we copy and edit for the regeneration run
    editable: bool


@dataclass(frozen=True)
class ImportTarget:
    kind: str  # "import" (the package) or "import-api" (its orders API)
    path: Path  # the folder to put on sys.path
    statement: str


@dataclass(frozen=True)
class Tool:
    key: str  # "ours", "oag", "opc"
    label: str
    version: str
    #: argv with {spec} and {out} placeholders
    generate: tuple[str, ...]
    env: Mapping[str, str]
    imports: Callable[[Path], list[ImportTarget]]
    #: our `check` command (None for the peers)
    check: tuple[str, ...] | None = None

    def argv(self, template: tuple[str, ...], spec: Path, out: Path) -> list[str]:
        return [part.format(spec=spec, out=out) for part in template]


# --------------------------------------------------------------------------- environment


def run_text(argv: list[str], env: Mapping[str, str] | None = None) -> str:
    """A command's output (first line), or what went wrong."""
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (proc.stdout.strip() or proc.stderr.strip()).splitlines()
    return text[0].strip() if text else "unknown"


def ensure_peers_venv(venv: Path) -> str | None:
    """Create or update the peers' virtual environment; None when ready, else the reason."""
    marker = venv / "bench-requirements.txt"
    wanted = "\n".join(PEER_REQUIREMENTS) + "\n"
    if marker.is_file() and marker.read_text() == wanted:
        return None
    if not (venv / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    print(f"installing the peers into {venv} ...", file=sys.stderr)
    log = venv.parent / "logs" / "peers-install.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w") as out:
        proc = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", *PEER_REQUIREMENTS],
                              stdout=out, stderr=subprocess.STDOUT, check=False)
    if proc.returncode != 0:
        return f"pip install failed, see {log}"
    marker.write_text(wanted)
    return None


def peer_env(venv: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"  # openapi-python-client runs ruff from here
    env["VIRTUAL_ENV"] = str(venv)
    env["COLUMNS"] = "200"  # keep rich's tracebacks on one line per message
    env.pop("PYTHONPATH", None)
    return env


def our_version() -> str:
    version = run_text([sys.executable, "-c", "import generator; print(generator.__version__)"])
    commit = run_text(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = run_text(["git", "-C", str(REPO), "status", "--porcelain", "--", "generator", "templates"])
    return f"{version} (commit {commit}{', uncommitted changes' if dirty not in ('unknown', '') else ''})"


# --------------------------------------------------------------------------- tools


def find_package_root(out: Path, name: str) -> Path | None:
    """The folder that holds package `name` in a generated tree (out, out/src, or one below)."""
    for candidate in (out, out / "src", *sorted(p for p in out.iterdir() if p.is_dir())):
        if (candidate / name / "__init__.py").is_file():
            return candidate
    return None


def voucherify_imports(out: Path) -> list[ImportTarget]:
    root = find_package_root(out, PACKAGE)
    if root is None:
        raise LookupError(f"no {PACKAGE}/__init__.py under {out}")
    return [
        ImportTarget("import", root, f"import {PACKAGE}"),
        ImportTarget("import-api", root, f"from {PACKAGE} import OrdersApi"),
    ]


def python_client_imports(out: Path) -> list[ImportTarget]:
    """openapi-python-client names its package after the title and writes a module per operation."""
    packages = sorted(p for p in out.iterdir() if (p / "__init__.py").is_file())
    if not packages:
        raise LookupError(f"no package under {out}")
    package = packages[0]
    orders = sorted(p.stem for p in (package / "api" / "orders").glob("*.py") if p.stem != "__init__")
    if not orders:
        raise LookupError(f"no api/orders modules in {package}")
    return [
        ImportTarget("import", out, f"import {package.name}"),
        ImportTarget("import-api", out, f"from {package.name}.api.orders import {', '.join(orders)}"),
    ]


def make_tools(venv: Path) -> tuple[Tool, ...]:
    env = peer_env(venv)
    bin_dir = venv / "bin"
    ours = Tool(
        key="ours",
        label="ours (sdkgen)",
        version=our_version(),
        generate=(sys.executable, "-m", "generator", "generate", "{spec}", "-o", "{out}", "--package-name", PACKAGE),
        check=(sys.executable, "-m", "generator", "check", "{spec}", "-o", "{out}", "--package-name", PACKAGE),
        env=dict(os.environ),
        imports=voucherify_imports,
    )
    oag = Tool(
        key="oag",
        label="OpenAPI Generator",
        version=run_text([str(bin_dir / "openapi-generator-cli"), "version"], env),
        generate=(str(bin_dir / "openapi-generator-cli"), "generate", "-g", "python", "-i", "{spec}", "-o", "{out}",
                  "--package-name", PACKAGE),
        env=env,
        imports=voucherify_imports,
    )
    opc = Tool(
        key="opc",
        label="openapi-python-client",
        version=run_text([str(bin_dir / "openapi-python-client"), "--version"], env).split()[-1],
        generate=(str(bin_dir / "openapi-python-client"), "generate", "--path", "{spec}", "--output-path", "{out}",
                  "--overwrite"),
        env=env,
        imports=python_client_imports,
    )
    return (ours, oag, opc)


def make_specs(keys: list[str]) -> tuple[Spec, ...]:
    specs = (
        Spec("orders-yaml", "spec/orders.yaml (ours)", REPO / "spec" / "orders.yaml", peers=False, editable=False),
        Spec("orders", "voucherify-orders.json", SHARED_SPECS / "voucherify-orders.json", peers=True, editable=True),
        Spec("full", "voucherify-full.json", SHARED_SPECS / "voucherify-full.json", peers=True, editable=True),
    )
    unknown = set(keys) - {spec.key for spec in specs}
    if unknown:
        raise SystemExit(f"unknown spec(s): {', '.join(sorted(unknown))}")
    return tuple(spec for spec in specs if spec.key in keys)
