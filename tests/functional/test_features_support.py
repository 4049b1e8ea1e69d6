"""Shared helpers of the feature-spec tests (`test_features_*.py`); no tests here.

- `generate_feature("enums", tmp)` generates `tests/specs/enums.yaml` through
  the public API (`generator.generate`) as package `feat_enums`, imports it
  and returns a `Feature` (the package, its folder, the IR and diagnostics).
- `Recorder` is a tiny HTTP server on 127.0.0.1 that records every request
  and answers with canned responses, so the generated clients are driven
  over real HTTP.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
import json
import sys
import threading
import types
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

import generator
from generator.diagnostics import Diagnostic
from generator.ir.model import Api
from generator.pipeline import FrontEnd, run_front_end, summary
from generator.targets.python import rendered_api

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "tests" / "specs"


def spec_path(name: str) -> Path:
    """`tests/specs/<name>.yaml`, or `tests/specs/<name>/openapi.yaml` for multi-file specs."""
    single = SPECS / f"{name}.yaml"
    return single if single.is_file() else SPECS / name / "openapi.yaml"


@dataclass
class Feature:
    name: str
    spec: Path
    out: Path
    package: types.ModuleType
    front: FrontEnd
    result: object

    @property
    def api(self) -> Api:
        return self.front.api

    @property
    def diagnostics(self) -> tuple[Diagnostic, ...]:
        return self.front.diagnostics

    @property
    def root(self) -> Path:
        """The generated package's folder."""
        return self.out / self.package.__name__

    @property
    def models(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package.__name__}.models")

    def module(self, dotted: str) -> types.ModuleType:
        return importlib.import_module(f"{self.package.__name__}.{dotted}")

    def files(self) -> list[Path]:
        return sorted(p for p in self.out.rglob("*") if p.is_file())

    def operations(self) -> dict[tuple[str, str], object]:
        """(METHOD, path) -> the generated `Operation` description, from every API module."""
        runtime = self.module("_runtime")
        found: dict[tuple[str, str], object] = {}
        for path in sorted((self.root / "api").glob("*.py")):
            if path.stem == "__init__":
                continue
            module = self.module(f"api.{path.stem}")
            for value in vars(module).values():
                if isinstance(value, runtime.Operation):
                    found[(value.method.upper(), value.path)] = value
        return found

    def api_classes(self) -> dict[str, type]:
        """Every sync API class the package exports, by name."""
        api_pkg = self.module("api")
        return {name: getattr(api_pkg, name) for name in api_pkg.__all__ if not name.startswith("Async")}

    def client(self, host: str, **config: object):  # type: ignore[no-untyped-def]
        pkg = self.package
        return pkg.ApiClient(pkg.Configuration(host=host, **config))


def generate_feature(name: str, tmp_path_factory: pytest.TempPathFactory) -> Feature:
    """Generate the feature spec `name` as package `feat_<name>` and import it."""
    spec = spec_path(name)
    out = tmp_path_factory.mktemp(f"feat_{name}")
    package_name = f"feat_{name}"
    result = generator.generate(spec, out, package_name=package_name)
    front = run_front_end(spec)
    assert isinstance(front, FrontEnd), f"{spec} does not load: {front}"
    for stale in [m for m in sys.modules if m == package_name or m.startswith(package_name + ".")]:
        del sys.modules[stale]
    sys.path.insert(0, str(out))
    try:
        package = importlib.import_module(package_name)
    finally:
        sys.path.remove(str(out))
    return Feature(name, spec, out, package, front, result)


def assert_complete(feature: Feature) -> None:
    """Every declared operation and schema was generated, and the summary says so.

    Every schema is a model but the inline ones that only content typed `str` or
    `bytes` uses (`targets.python.reach`): those the summary does not count.
    """
    api = feature.api
    rendered = rendered_api(api).schemas
    left_out = [s for s in api.schemas if s not in rendered]
    assert all(s.pointer.count("/") > 3 for s in left_out)  # never one declared in components/schemas
    assert len(api.operations) == api.declared_operations
    assert summary(feature.front).startswith(f"{api.declared_operations}/{api.declared_operations} operations, ")
    assert f"{len(rendered)} models ({api.declared_schemas} declared schemas)" in summary(feature.front)
    # every operation has its Operation description and its method on an API class
    ops = feature.operations()
    assert sorted(ops) == sorted((op.method.upper(), op.path) for op in api.operations)
    methods = [m for cls in feature.api_classes().values() for m in vars(cls)
               if not m.startswith("_") and not m.endswith("_with_http_info")]
    assert len(methods) == len(api.operations)
    # every generated path stays short enough for every file system
    assert max(len(p.relative_to(feature.out).as_posix()) for p in feature.files()) < 200
    # every named schema has its model class
    models = feature.models
    assert len(models.__all__) == len(rendered)
    for name in models.__all__:
        getattr(models, name)


def rejects_but_keeps(cls: type, payload: object) -> None:
    """Strict validation (constructors, request bodies) rejects `payload`; parsing what a server
    sent (`from_dict`) keeps it as it came, so it still round-trips."""
    with pytest.raises(ValueError):
        cls.model_validate(payload)  # type: ignore[attr-defined]
    assert wire(cls.from_dict(payload)) == payload  # type: ignore[attr-defined]


def wire(model: object) -> object:
    """A generated model (or list of them) as plain JSON data."""
    if isinstance(model, list):
        return [wire(m) for m in model]
    return json.loads(model.to_json())  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- HTTP


@dataclass
class Recorded:
    method: str
    path: str  # raw, still percent-encoded
    query: list[tuple[str, str]]
    raw_query: str
    headers: dict[str, str]
    body: bytes

    @property
    def cookies(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in self.headers.get("cookie", "").split(";"):
            if "=" in part:
                key, value = part.strip().split("=", 1)
                out[key] = unquote(value)
        return out


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: object, status: int = 200) -> "Reply":
        return cls(status, json.dumps(data).encode(), "application/json")


class Recorder:
    """An HTTP server on 127.0.0.1 that records requests; `replies` answer by path (default: 200 `{}`)."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.replies: dict[str, Reply] = {}
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                recorder.requests.append(Recorded(
                    self.command, parts.path, parse_qsl(parts.query, keep_blank_values=True), parts.query,
                    {k.lower(): v for k, v in self.headers.items()}, body,
                ))
                reply = recorder.replies.get(unquote(parts.path), Reply.json({}))
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def last(self) -> Recorded:
        return self.requests[-1]

    def __enter__(self) -> "Recorder":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    """One `Recorder` per test module (import this fixture with `server`)."""
    with Recorder() as running:
        yield running


@pytest.fixture
def server(recorder: Recorder) -> Recorder:
    """The module's `Recorder`, with no requests recorded and no canned replies."""
    recorder.requests.clear()
    recorder.replies.clear()
    return recorder
