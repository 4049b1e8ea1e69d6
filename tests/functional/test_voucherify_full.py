"""The full public Voucherify spec (164 paths, 553 schemas), generated once and exercised.

- it generates (through the public `generator.generate`);
- every module of the package imports, in one interpreter, and every model
  class builds (pydantic resolves all its annotations);
- every operation the document declares has its `Operation` description and
  its sync and async methods; every schema has its model class;
- every `example`/`examples` value of every response body, served over HTTP
  on 127.0.0.1 and read by the generated client (its `Operation.responses`
  map decides the type), parses into the generated response type and
  serialises back to equal JSON: date-times are compared as instants,
  unknown enum values and unknown fields must survive.

The spec is read from ../shared/specs relative to the repository (never
copied).  Slow: generation formats ~4,600 files with black.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import json
import re
import sys
import time
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator
from pydantic import BaseModel
from test_features_support import Recorder, Reply

import generator
from generator.pipeline import FrontEnd, run_front_end, summary

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / ".." / "shared" / "specs" / "voucherify-full.json"
PACKAGE = "voucherify_full"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Generated:
    out: Path
    package: types.ModuleType
    modules: list[types.ModuleType]
    front: FrontEnd
    seconds: float

    @property
    def root(self) -> Path:
        return self.out / PACKAGE


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Generated:
    out = tmp_path_factory.mktemp("voucherify_full")
    start = time.perf_counter()
    generator.generate(SPEC, out, package_name=PACKAGE)
    seconds = time.perf_counter() - start
    front = run_front_end(SPEC)
    assert isinstance(front, FrontEnd)
    sys.path.insert(0, str(out))
    try:
        modules = [importlib.import_module(name) for name in _module_names(out)]
    finally:
        sys.path.remove(str(out))
    return Generated(out, sys.modules[PACKAGE], modules, front, seconds)


def _module_names(out: Path) -> list[str]:
    names = []
    for path in sorted((out / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(out).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def _declared_operations(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(method.upper(), path) for path, item in document["paths"].items()
            for method in METHODS if method in item]


def _operations(generated: Generated) -> dict[tuple[str, str], Any]:
    runtime = sys.modules[f"{PACKAGE}._runtime"]
    found: dict[tuple[str, str], Any] = {}
    for module in generated.modules:
        if module.__name__.startswith(f"{PACKAGE}.api."):
            for value in vars(module).values():
                if isinstance(value, runtime.Operation):
                    assert (value.method.upper(), value.path) not in found
                    found[(value.method.upper(), value.path)] = value
    return found


# --------------------------------------------------------------------------- generation and imports


def test_generates_every_operation_and_schema(generated: Generated, document: dict[str, Any]) -> None:
    api = generated.front.api
    declared = _declared_operations(document)
    assert len(declared) == api.declared_operations == len(api.operations) == 244
    assert api.declared_schemas == len(document["components"]["schemas"]) == 553
    assert summary(generated.front).startswith("244/244 operations, ")
    print(f"\nvoucherify-full generated in {generated.seconds:.1f} s: {summary(generated.front)}")


def test_every_generated_path_is_short(generated: Generated) -> None:
    files = [p for p in generated.out.rglob("*") if p.is_file()]
    assert len(files) > 1000
    longest = max(len(p.relative_to(generated.out).as_posix()) for p in files)
    assert longest < 200


def test_every_module_imports_and_every_model_builds(generated: Generated) -> None:
    assert len(generated.modules) == len(_module_names(generated.out)) > 1000
    built = 0
    for module in generated.modules:
        for value in list(vars(module).values()):
            if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__:
                value.model_rebuild(force=True)
                built += 1
    assert built > 500


def test_every_schema_has_its_model(generated: Generated) -> None:
    models = sys.modules[f"{PACKAGE}.models"]
    assert len(models.__all__) == len(generated.front.api.schemas)
    assert len(set(models.__all__)) == len(models.__all__)
    for name in models.__all__:
        assert getattr(models, name).__name__ == name


def test_every_declared_operation_has_its_methods(generated: Generated, document: dict[str, Any]) -> None:
    declared = _declared_operations(document)
    ops = _operations(generated)
    assert sorted(ops) == sorted(declared)
    api_pkg = sys.modules[f"{PACKAGE}.api"]
    names = set(api_pkg.__all__)
    sync = [getattr(api_pkg, n) for n in sorted(names) if "Async" + n in names]  # `AsyncActionsApi` is a sync class
    async_ = [getattr(api_pkg, "Async" + cls.__name__) for cls in sync]
    assert len(names) == 2 * len(sync)
    assert len(sync) == len(async_) == len(generated.front.api.tags)

    def methods(classes: list[type]) -> list[str]:
        return [f"{cls.__name__}.{name}" for cls in classes for name in vars(cls)
                if not name.startswith("_") and not name.endswith("_with_http_info") and callable(vars(cls)[name])]

    assert len(methods(sync)) == len(methods(async_)) == len(declared)
    for cls in sync + async_:
        for name in vars(cls):
            if not name.startswith("_") and not name.endswith("_with_http_info") and callable(vars(cls)[name]):
                assert callable(getattr(cls, f"{name}_with_http_info"))


# --------------------------------------------------------------------------- response examples


@dataclass(frozen=True)
class ResponseExample:
    method: str
    path: str
    status: str
    media: str
    name: str
    value: Any

    def __str__(self) -> str:
        return f"{self.method} {self.path} {self.status} {self.media} example {self.name!r}"


def _resolve(document: dict[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
        assert seen < 50, "ref loop"
    return node


def _response_examples(document: dict[str, Any]) -> list[ResponseExample]:
    found = []
    for path, item in document["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            for status, response in item[method].get("responses", {}).items():
                response = _resolve(document, response)
                for media, content in response.get("content", {}).items():
                    if "example" in content:
                        found.append(ResponseExample(method.upper(), path, status, media, "",
                                                     _resolve(document, content["example"])))
                    for name, example in content.get("examples", {}).items():
                        example = _resolve(document, example)
                        if "value" in example:
                            found.append(ResponseExample(method.upper(), path, status, media, name,
                                                         example["value"]))
    return found


_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\Z")


def _normalised(value: Any) -> Any:
    """JSON with date-time strings turned into instants (UTC when they carry an offset)."""
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return ("instant", parsed.astimezone(dt.timezone.utc) if parsed.tzinfo else parsed)
    return value


def _first_difference(a: Any, b: Any, where: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in b:
                return f"{where}/{key}: lost"
            if key not in a:
                return f"{where}/{key}: added ({json.dumps(b[key], default=str)[:80]})"
            diff = _first_difference(a[key], b[key], f"{where}/{key}")
            if diff:
                return diff
        return ""
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items became {len(b)}"
        for index, (x, y) in enumerate(zip(a, b)):
            diff = _first_difference(x, y, f"{where}/{index}")
            if diff:
                return diff
        return ""
    if a != b or type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))):
        return f"{where}: {json.dumps(a, default=str)[:80]} became {json.dumps(b, default=str)[:80]}"
    return ""


def _schema_errors(document: dict[str, Any], schema: Any, value: Any) -> list[str]:
    """Where `value` violates `schema` (OpenAPI 3.0 rules), by the spec's own definition."""
    validator = OAS30Validator({"components": document["components"], **schema})
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:100]}" for e in validator.iter_errors(value)]


def _plain(value: Any) -> Any:
    """What the client returned, as JSON data again (through the models' own `to_dict`)."""
    if isinstance(value, BaseModel):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _check_examples(generated: Generated, document: dict[str, Any], conforming: bool) -> tuple[int, list[str]]:
    """Serve each response example (that does, or does not, match its own schema) over HTTP and
    read it with the generated client: the operation's own response map decides the type."""
    ops = _operations(generated)
    pkg = generated.package
    failures: list[str] = []
    checked = 0
    with Recorder() as server, pkg.ApiClient(pkg.Configuration(host=server.url)) as client:
        for example in _response_examples(document):
            op = ops[(example.method, example.path)]
            contents = op.responses.get(example.status)
            assert contents is not None and example.media in contents, f"{example}: no response type generated"
            raw = _resolve(document, document["paths"][example.path][example.method.lower()]["responses"][
                example.status])
            violations = _schema_errors(document, raw["content"][example.media].get("schema", {}), example.value)
            if bool(violations) == conforming:
                continue
            checked += 1
            tp = contents[example.media]
            note = f" (the example violates its own schema: {'; '.join(violations[:2])})" if violations else ""
            if tp is None:
                failures.append(f"{example}: the response has no generated type")
                continue
            args = {p.name: f"x_{p.name}" for p in op.params if p.location == "path"}
            path = re.sub(r"\{([^{}]+)\}", lambda m: f"x_{m.group(1)}", example.path)
            body = example.value.encode() if isinstance(example.value, str) else json.dumps(example.value).encode()
            server.replies[path] = Reply(int(example.status), body, example.media)
            try:
                data = client.call(op, args).data
            except Exception as exc:  # noqa: BLE001 - gathered, reported together
                failures.append(f"{example}: does not parse: {' '.join(str(exc).split())[:160]}{note}")
                continue
            if conforming and isinstance(tp, type) and not isinstance(data, tp):
                failures.append(f"{example}: read as {type(data).__name__}, not {tp.__name__}")
                continue
            diff = _first_difference(_normalised(example.value), _normalised(_plain(data)))
            if diff:
                failures.append(f"{example}: does not round-trip: {diff}{note}")
    return checked, failures


def test_response_examples_that_match_their_schema_round_trip(generated: Generated,
                                                               document: dict[str, Any]) -> None:
    checked, failures = _check_examples(generated, document, conforming=True)
    assert checked >= 200
    assert not failures, f"{len(failures)} of {checked} response examples fail:\n" + "\n".join(failures)


def test_response_examples_that_break_their_schema_still_round_trip(generated: Generated,
                                                                    document: dict[str, Any]) -> None:
    """The spec's own examples sometimes contradict its schemas (a required field missing, "1" for an
    integer, null for a non-nullable field, a list for an object); a client must still read them."""
    checked, failures = _check_examples(generated, document, conforming=False)
    assert checked >= 1
    assert not failures, f"{len(failures)} of {checked} response examples fail:\n" + "\n".join(failures)


def test_all_response_examples_are_covered(document: dict[str, Any]) -> None:
    examples = _response_examples(document)
    assert len(examples) == 296
    assert {e.media for e in examples} >= {"application/json"}
