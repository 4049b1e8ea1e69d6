"""The stand-ins for the validator libraries' pydantic-settings modules give the real modules' values.

A validator child puts them in place of `openapi_spec_validator.settings` and
`openapi_schema_validator.settings` (`library_speedups.install_settings_stand_in`)
so that it need not import pydantic; the values they read from the
environment, the warnings and the findings must be the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from generator.validate import library_speedups

REPO = Path(__file__).resolve().parents[2]
ORDERS_JSON = REPO / ".." / "shared" / "specs" / "voucherify-orders.json"

MAXSIZE = "OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE"
BACKEND = "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"

#: environments (variable -> value) to compare the real settings class and the stand-in on
ENVIRONMENTS = [
    {},
    *({MAXSIZE: value} for value in ["5", " 7 ", "0", "-0", "-1", "abc", "", " ", "1_000", "+3", "\uff11\uff12",
                                     "99999999999999999999", "3.0", "0x10", "9" * 5000]),
    *({BACKEND: value} for value in ["auto", "jsonschema", "jsonschema-rs", "JSONSCHEMA", " jsonschema-rs\n",
                                     "", "bogus", "json schema"]),
    {MAXSIZE.lower(): "9", BACKEND.lower(): "Jsonschema"},  # names match without regard to case
    {"Openapi_Spec_Validator_Resolved_Cache_Maxsize": "11"},
    {MAXSIZE: "3", "OPENAPI_SPEC_VALIDATOR_OTHER": "x", "OPENAPI_SPEC_VALIDATOR_": "y"},
]


def _spec_settings(module) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        made = module.OpenAPISpecValidatorSettings()
        values = (made.resolved_cache_maxsize, made.schema_validator_backend,
                  module.get_resolved_cache_maxsize(), module.get_schema_validator_backend())
    return values, [(w.category, str(w.message)) for w in caught]


@pytest.mark.parametrize("environ", ENVIRONMENTS, ids=lambda e: repr(e)[:60])
def test_the_spec_settings_stand_in_reads_what_pydantic_settings_reads(environ: dict[str, str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import openapi_spec_validator.settings as real

    for key in list(os.environ):
        if key.upper().startswith("OPENAPI_SPEC_VALIDATOR_"):
            monkeypatch.delenv(key)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    stand_in = library_speedups.spec_settings_stand_in()
    assert _spec_settings(stand_in) == _spec_settings(real)
    for name in ("ENV_PREFIX", "RESOLVED_CACHE_MAXSIZE_DEFAULT", "SCHEMA_VALIDATOR_BACKEND_DEFAULT",
                 "SCHEMA_VALIDATOR_BACKEND_ALLOWED"):
        assert getattr(stand_in, name) == getattr(real, name)


def test_the_schema_settings_stand_in_gives_the_default_the_real_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    import openapi_schema_validator.settings as real

    for key in list(os.environ):
        if key.upper() == library_speedups.SCHEMA_CACHE_VARIABLE:
            monkeypatch.delenv(key)
    stand_in = library_speedups.schema_settings_stand_in()
    assert (stand_in.get_settings().compiled_validator_cache_max_size
            == real.OpenAPISchemaValidatorSettings().compiled_validator_cache_max_size
            == stand_in.OpenAPISchemaValidatorSettings().compiled_validator_cache_max_size)
    assert stand_in.get_settings() is stand_in.get_settings()  # cached, as the real one
    stand_in.reset_settings_cache()


def test_only_the_checked_settings_modules_are_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    import openapi_spec_validator  # noqa: F401 - imported: nothing may be replaced any more

    before = sys.modules["openapi_spec_validator.settings"]
    assert library_speedups.install_settings_stand_in() == ()
    assert sys.modules["openapi_spec_validator.settings"] is before
    for package in library_speedups.CHECKED_SETTINGS:
        assert library_speedups._is_checked(package), f"the installed {package} is not the checked one"
    monkeypatch.setitem(library_speedups.CHECKED_SETTINGS, "openapi_spec_validator", frozenset({"0" * 64}))
    assert not library_speedups._is_checked("openapi_spec_validator")  # another version: left alone


def _fresh(code: str, **env: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO), **env})
    assert done.returncode == 0, done.stderr
    return done.stdout


FINDINGS = (
    "import sys\n"
    "from generator.loader import load\n"
    "from generator.validate import library_speedups, spec_validator\n"
    "installed = library_speedups.install_settings_stand_in() if sys.argv[1] == 'stand-in' else ()\n"
    "for spec in sys.argv[2:]:\n"
    "    loaded, _ = load(spec)\n"
    "    print(repr(spec_validator.run(loaded.document, loaded.document['openapi'][:3])))\n"
    "print(installed, 'pydantic' in sys.modules)\n"
)


def test_findings_are_the_same_with_the_stand_ins(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n"
                      "      responses: {'200': {description: ok, content: {application/json: "
                      "{schema: {type: objekt, required: []}}}}}\n")
    specs = [str(ORDERS_JSON), str(REPO / "spec" / "orders.yaml"), str(broken)]
    with_real = subprocess.run([sys.executable, "-c", FINDINGS, "real", *specs], capture_output=True, text=True,
                               timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    with_stand_ins = subprocess.run([sys.executable, "-c", FINDINGS, "stand-in", *specs], capture_output=True,
                                    text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert with_real.returncode == with_stand_ins.returncode == 0, with_real.stderr + with_stand_ins.stderr
    real_lines, stand_in_lines = with_real.stdout.splitlines(), with_stand_ins.stdout.splitlines()
    assert real_lines[:-1] == stand_in_lines[:-1] and "objekt" in real_lines[2]
    assert real_lines[-1] == "() True"
    assert stand_in_lines[-1] == "('openapi_spec_validator.settings', 'openapi_schema_validator.settings') False"


def test_a_set_schema_variable_keeps_the_real_schema_settings() -> None:
    out = _fresh("from generator.validate import library_speedups\n"
                 "print(library_speedups.install_settings_stand_in())\n",
                 **{library_speedups.SCHEMA_CACHE_VARIABLE.lower(): "7"})
    assert out.strip() == "('openapi_spec_validator.settings',)"


def test_validator_children_do_without_pydantic(tmp_path: Path) -> None:
    """Both kinds of validator child (forked early, forked after loading) use the stand-ins."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.loader import load\n"
        "from generator.validate import background, spec_validator\n"
        "real = spec_validator.run\n"
        "def run(document, version):\n"
        "    result = real(document, version)\n"
        f"    with open({str(tmp_path / 'seen')!r}, 'a') as fh: fh.write(str('pydantic' in sys.modules) + chr(10))\n"
        "    return result\n"
        "spec_validator.run = run\n"
        f"spec = Path({str(ORDERS_JSON)!r})\n"
        "standby = background.Standby(spec)\n"
        "loaded, _ = load(spec)\n"
        "early = background.start(loaded.document, '3.0', fork=standby.hand_over('3.0', loaded.content_hash))\n"
        "late = background.start(loaded.document, '3.0')\n"
        "assert early.result() == late.result() and early.result()[0]\n"
        "print('pydantic' in sys.modules)\n"
    )
    assert _fresh(probe).strip() == "False"
    assert (tmp_path / "seen").read_text().split() == ["False"] * 3  # the warm-up and two validations
