"""sdkgen installed from a wheel (not editable) finds its templates.

`templates/` lives at the repository root; pyproject.toml ships it inside the
wheel as `generator/templates` and lists the packages explicitly (a
`packages.find` cannot pick up a mapped directory), so the list is checked
against the folders on disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from setuptools import find_namespace_packages

REPO = Path(__file__).resolve().parents[2]


def test_the_package_list_names_every_package_and_the_templates() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {p for p in find_namespace_packages(str(REPO), include=["generator", "generator.*"])
             if "__pycache__" not in p}
    assert set(config["packages"]) == found | {"generator.templates"}
    assert config["package-dir"] == {"generator.templates": "templates"}
    shipped = config["package-data"]["generator.templates"]
    on_disk = {p.relative_to(REPO / "templates") for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert on_disk and all(any(p.match(glob) for glob in shipped) for p in on_disk)


@pytest.mark.slow
def test_a_wheel_installed_elsewhere_generates(tmp_path: Path) -> None:
    # build from a copy, so the build leaves nothing (build/, *.egg-info) in the working tree
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("generator", "templates"):
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(wheels)], tmp_path)
    (wheel,) = wheels.glob("sdkgen-*.whl")

    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=True, with_pip=False)  # the dependencies come from here
    python = env_dir / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        tmp_path)
    shutil.rmtree(source)  # nothing of the repository copy is left to fall back on

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    located = run([str(python), "-c", "import generator.targets.python.render as r; print(r.TEMPLATES)"],
                  elsewhere)
    assert Path(located.strip()) == (env_dir / "lib").joinpath(
        f"python{sys.version_info.major}.{sys.version_info.minor}", "site-packages", "generator", "templates",
        "python")
    out = tmp_path / "out"
    run([str(python), "-m", "generator", "generate", str(REPO / "spec" / "orders.yaml"), "-o", str(out),
         "--package-name", "voucherify"], elsewhere)
    assert (out / "voucherify" / "api" / "orders_api.py").is_file()
    assert (out / "docs" / "OrdersApi.md").is_file()
    produced = {p.relative_to(out) for p in out.rglob("*") if p.is_file()}
    assert len(produced) > 50


def run(command: list[str], cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout
