"""Runs inside a fresh interpreter against a generated package; prints what it found as JSON.

    python probe.py OUTPUT_FOLDER PACKAGE SPEC.json CHECK

CHECK is one of `import`, `models`, `enums`, `apis`, `http`.  The probe only
imports the generated package (OUTPUT_FOLDER goes first on sys.path) and the
standard library; it reads the spec itself to know what to expect.  It never
stops at the first problem: every problem is collected in `problems`, and
the test asserts the list is empty, so one run shows everything.
"""

from __future__ import annotations

import enum
import importlib
import json
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def _wire(field: Any) -> str | None:
    """A model field's wire name when it differs from its Python name (either alias form)."""
    return field.serialization_alias if field.serialization_alias is not None else field.alias


def norm(text: str) -> str:
    """Text with whitespace runs collapsed: docstrings may re-indent and strip lines, nothing else."""
    return " ".join(text.split())


class Probe:
    def __init__(self, out: Path, package: str, spec: dict[str, Any]) -> None:
        self.out, self.package, self.spec = out, package, spec
        self.problems: list[str] = []
        self.facts: dict[str, Any] = {}
        sys.path.insert(0, str(out))
        self.pkg = importlib.import_module(package)

    def problem(self, text: str) -> None:
        self.problems.append(text)

    # ------------------------------------------------------------------ helpers

    def modules(self) -> list[str]:
        root = self.out / self.package
        names = []
        for path in sorted(root.rglob("*.py")):
            rel = path.relative_to(self.out).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            names.append(".".join(parts))
        return names

    def model_classes(self) -> dict[str, Any]:
        models = importlib.import_module(f"{self.package}.models")
        return {name: getattr(models, name) for name in getattr(models, "__all__", ())}

    def by_description(self, classes: dict[str, Any]) -> dict[str, list[str]]:
        """Spec schema name -> the classes whose docstring is that schema's description."""
        docs = {name: norm(cls.__doc__ or "") for name, cls in classes.items()}
        found: dict[str, list[str]] = {}
        for schema, body in self.spec["components"]["schemas"].items():
            if "description" in body:
                want = norm(body["description"])
                # the description verbatim, possibly followed by the generator's own notes
                found[schema] = sorted(n for n, d in docs.items() if d == want or d.startswith(want + " "))
        return found

    # ------------------------------------------------------------------ checks

    def check_import(self) -> None:
        count = 0
        for name in self.modules():
            try:
                importlib.import_module(name)
                count += 1
            except BaseException as exc:  # noqa: BLE001 - report every failure
                self.problem(f"import {name}: {type(exc).__name__}: {exc}"[:2000])
        self.facts["modules"] = count
        for where in (self.package, f"{self.package}.models", f"{self.package}.api"):
            mod = importlib.import_module(where)
            exported = list(getattr(mod, "__all__", ()))
            if len(set(exported)) != len(exported):
                self.problem(f"{where}.__all__ has duplicates: {sorted(n for n in exported if exported.count(n) > 1)}")
            for name in exported:
                if not name.isidentifier():
                    self.problem(f"{where}.__all__ exports {name!r}, not an identifier")
                try:
                    getattr(mod, name)
                except BaseException as exc:  # noqa: BLE001
                    self.problem(f"{where}.{name}: {type(exc).__name__}: {exc}"[:2000])
            self.facts[f"exports:{where}"] = len(exported)

    def check_models(self) -> None:
        from pydantic import BaseModel

        classes = self.model_classes()
        self.facts["model_classes"] = len(classes)
        for schema, matches in self.by_description(classes).items():
            if len(matches) != 1:
                self.problem(f"schema {schema[:60]!r}: {len(matches)} classes carry its description verbatim: {matches}")
        mapping = {s: m[0] for s, m in self.by_description(classes).items() if len(m) == 1}
        self.facts["schema_classes"] = mapping
        # every model class: instantiable, rebuildable
        for name, cls in classes.items():
            if isinstance(cls, type) and issubclass(cls, BaseModel):
                try:
                    cls.model_rebuild()
                    required = [n for n, f in cls.model_fields.items() if f.is_required()]
                    if "root" in cls.model_fields:
                        continue
                    if not required:
                        cls()
                except BaseException as exc:  # noqa: BLE001
                    self.problem(f"model {name}: {type(exc).__name__}: {exc}"[:2000])
        schemas = self.spec["components"]["schemas"]
        # defaults survive exactly, under their wire names
        for schema, cls_name in mapping.items():
            cls = classes[cls_name]
            body = schemas[schema]
            props = body.get("properties", {})
            defaults = {w: p["default"] for w, p in props.items() if "default" in p}
            if not defaults or not (isinstance(cls, type) and issubclass(cls, BaseModel)):
                continue
            try:
                seed = {w: props.get(w, {}).get("default", "c") for w in body.get("required", [])}
                dumped = cls.from_dict(seed).model_dump(mode="json", by_alias=True)
            except BaseException as exc:  # noqa: BLE001
                self.problem(f"{schema}: cannot build with defaults: {type(exc).__name__}: {exc}"[:2000])
                continue
            for wire, default in defaults.items():
                if isinstance(default, (dict, list)) and dumped.get(wire) is None:
                    # reported apart: structured defaults are a feature gap, not an escaping problem
                    self.facts.setdefault("dropped_structured_defaults", []).append(f"{schema}.{wire}")
                    continue
                if wire not in dumped:
                    self.problem(f"{schema}.{wire!r}: not in model_dump(by_alias=True): {sorted(dumped)[:50]}")
                elif json.dumps(dumped[wire]) != json.dumps(default):
                    self.problem(f"{schema}.{wire!r}: default {dumped[wire]!r} != spec default {default!r}"[:2000])
        self._keywords_round_trip(classes, mapping, schemas)

    def _keywords_round_trip(self, classes: dict[str, Any], mapping: dict[str, str], schemas: dict[str, Any]) -> None:
        cls = classes.get(mapping.get("Keywords", ""))
        if cls is None:
            self.problem("no class for schema Keywords")
            return
        props = schemas["Keywords"]["properties"]
        aliases = sorted(n if _wire(f) is None else _wire(f) for n, f in cls.model_fields.items())
        if aliases != sorted(props):
            self.problem(f"Keywords wire names {aliases!r} != spec {sorted(props)!r}")
        names = list(cls.model_fields)
        if len(set(names)) != len(names) or not all(n.isidentifier() for n in names):
            self.problem(f"Keywords field names not unique identifiers: {names}")
        payload: dict[str, Any] = {}
        for i, (wire, prop) in enumerate(props.items()):
            kind = prop.get("type")
            payload[wire] = {"string": f"v{i}\"'\\\x00", "integer": i, "boolean": True}.get(kind, "A")
            if "$ref" in prop:
                payload[wire] = "A" if i % 2 else "a"
        try:
            obj = cls.from_dict(payload)
            back = obj.to_dict()
            if back != payload:
                diff = {k: (payload.get(k), back.get(k)) for k in set(payload) | set(back) if payload.get(k) != back.get(k)}
                self.problem(f"Keywords round trip changed: {diff!r}"[:3000])
            again = cls.from_json(obj.to_json()).to_dict()
            if again != payload:
                self.problem("Keywords JSON round trip changed the data")
        except BaseException as exc:  # noqa: BLE001
            self.problem(f"Keywords round trip: {type(exc).__name__}: {exc}"[:3000])

    def check_enums(self) -> None:
        classes = self.model_classes()
        mapping = {s: m[0] for s, m in self.by_description(classes).items() if len(m) == 1}
        schemas = self.spec["components"]["schemas"]
        for schema in ("CaseEnum", "SymbolEnum", "IntEnum", "NumberEnum", "MixedEnum", "VarnamesEnum"):
            cls = classes.get(mapping.get(schema, ""))
            if cls is None:
                self.problem(f"no class for enum {schema}")
                continue
            if not (isinstance(cls, type) and issubclass(cls, enum.Enum)):
                self.problem(f"{schema}: {cls!r} is not an Enum")
                continue
            values = [v for v in schemas[schema]["enum"] if v is not None]
            self._enum_wire_round_trip(classes, schema, schemas[schema]["enum"])
            if any(isinstance(v, bool) for v in values) and any(type(v) is int for v in values):
                # True == 1 in Python: booleans may be plain bool values instead of members (checked on the wire above)
                values = [v for v in values if not isinstance(v, bool)]
            members = list(cls.__members__.items())
            got = [(type(m.value).__name__, m.value) for _, m in members]
            want = [(type(v).__name__, v) for v in values]
            if len(members) != len(values):
                self.problem(f"{schema}: {len(members)} members for {len(values)} values "
                             f"(aliases? {[(n, m.name) for n, m in members if n != m.name]}): {got!r} vs {want!r}"[:3000])
            elif sorted(map(repr, got)) != sorted(map(repr, want)):
                self.problem(f"{schema}: member values {got!r} != spec values {want!r}"[:3000])
            for name, _ in members:
                if not name.isidentifier() or name.startswith("_"):
                    self.problem(f"{schema}: member name {name!r} is not a public identifier")
            for v in values:
                try:
                    member = cls(v)
                    if type(member.value) is not type(v) or member.value != v:
                        self.problem(f"{schema}({v!r}) -> {member!r} with value {member.value!r}")
                except BaseException as exc:  # noqa: BLE001
                    self.problem(f"{schema}({v!r}): {type(exc).__name__}: {exc}")
            self.facts[schema] = [n for n, _ in members]

    def _enum_wire_round_trip(self, classes: dict[str, Any], schema: str, values: list[Any]) -> None:
        """Where the enum is used (the /schemas response has a property per schema), every value goes back as sent."""
        from pydantic import BaseModel

        holder = next((c for c in classes.values() if isinstance(c, type) and issubclass(c, BaseModel)
                       and any(_wire(f) == schema for f in c.model_fields.values())), None)
        if holder is None:
            self.problem(f"no model has the property {schema!r} (the /schemas response)")
            return
        for v in values:
            try:
                back = holder.from_dict({schema: v}).to_dict()
                if json.dumps(back) != json.dumps({schema: v}):
                    self.problem(f"{schema} value {v!r} came back as {back!r}")
            except BaseException as exc:  # noqa: BLE001
                self.problem(f"{schema} value {v!r}: {type(exc).__name__}: {exc}"[:1000])

    def _api_classes(self) -> dict[str, Any]:
        api = importlib.import_module(f"{self.package}.api")
        return {n: getattr(api, n) for n in getattr(api, "__all__", ())}

    def check_apis(self) -> None:
        pkg = self.pkg
        config = pkg.Configuration(host="http://127.0.0.1:9")
        default_host = pkg.Configuration().host
        self.facts["default_host"] = default_host
        prefix = "https://example.com/eu\"'\\/\"quoted\"/'single'/\\back/"
        if not default_host.startswith(prefix) or "49" in default_host:
            self.problem(f"default host {default_host!r} is not the first server with its variable defaults")
        classes = self._api_classes()
        sync = {n: c for n, c in classes.items() if not n.startswith("Async")}
        methods: dict[str, list[str]] = {}
        for name, cls in classes.items():
            client = (pkg.AsyncApiClient if name.startswith("Async") else pkg.ApiClient)(config)
            try:
                cls(client)
            except BaseException as exc:  # noqa: BLE001
                self.problem(f"{name}(client): {type(exc).__name__}: {exc}")
            if name.startswith("Async"):
                twin = sync.get(name[len("Async"):])
                if twin is None:
                    self.problem(f"{name} has no sync twin")
                elif _public(cls) != _public(twin):
                    self.problem(f"{name} and its sync twin differ: {_public(cls) ^ _public(twin)}")
                continue
            for attr in _public(cls):
                doc = norm(getattr(cls, attr).__doc__ or "")
                methods.setdefault(doc, []).append(f"{name}.{attr}")
        # each spec operation: exactly one method whose docstring holds its description
        found = 0
        for path, item in self.spec["paths"].items():
            for verb, op in item.items():
                if not isinstance(op, dict) or "responses" not in op or "description" not in op:
                    continue
                want = norm(op["description"])
                hits = [m for doc, ms in methods.items() if want in doc for m in ms]
                if len(hits) != 1:
                    self.problem(f"{verb} {path}: {len(hits)} methods carry the description verbatim: {hits}")
                    continue
                found += 1
                cls_name, meth = hits[0].split(".")
                if not hasattr(classes[cls_name], meth + "_with_http_info"):
                    self.problem(f"{hits[0]} has no _with_http_info twin")
        self.facts["operations_found"] = found
        self.facts["api_classes"] = sorted(sync)

    def check_http(self) -> None:
        """Call the operation with every odd parameter against a local server; check the wire."""
        import inspect

        seen: list[dict[str, Any]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                seen.append({"path": self.path, "headers": [(k, v) for k, v in self.headers.items()]})
                body = json.dumps({"class": "../cat\"", "meow\"s": True}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            self._call_items(server.server_address[1], seen, inspect)
        finally:
            server.shutdown()

    def _call_items(self, port: int, seen: list[dict[str, Any]], inspect: Any) -> None:
        pkg = self.pkg
        target = None
        for name, cls in self._api_classes().items():
            if name.startswith("Async"):
                continue
            for attr in _public(cls):
                if "Hostile text at derived id operation." in (getattr(cls, attr).__doc__ or ""):
                    target = (cls, attr)
        if target is None:
            self.problem("no method documents the derived-id operation of /items/{class}/{self}")
            return
        cls, attr = target
        method = getattr(cls(pkg.ApiClient(pkg.Configuration(host=f"http://127.0.0.1:{port}/base"))), attr)
        doc = method.__doc__ or ""
        # the docstring's Args section maps each Python parameter to the wire name its description names
        wires: dict[str, str] = {}
        for line in doc.splitlines():
            head, sep, rest = line.strip().partition(": Hostile text at parameter ")
            if sep:
                wires[head] = rest.split('. """;', 1)[0]
        params = [p for p in inspect.signature(method).parameters.values() if p.name not in ("_request_timeout", "_headers")]
        self.facts["parameters"] = {p.name: wires.get(p.name) for p in params}
        undocumented = [p.name for p in params if p.name not in wires]
        if undocumented:
            self.problem(f"parameters without their description in the docstring: {undocumented}")
        # header names that are not HTTP tokens cannot be sent by any client; leave them out
        unsendable = {w for w in wires.values() if any(c in w for c in "\"\\;{}")}
        values: dict[str, Any] = {}
        args: list[Any] = []
        for i, p in enumerate(params):
            wire = wires.get(p.name, "")
            if wire in unsendable:
                continue
            value = f"v{i}" if wire != "order" else getattr(importlib.import_module(f"{self.package}.models"), self._enum_class("CaseEnum"))("A")
            if wire == "page.size":
                value = 1000 + i
            if wire in ("class", "self"):
                value = {"class": "../a b/?#%", "self": "x"}[wire]
            values[wire] = value
            if p.kind == p.POSITIONAL_OR_KEYWORD or p.kind == p.POSITIONAL_ONLY:
                args.append(value)
        kwargs = {p.name: values[wires[p.name]] for p in params if p.kind == p.KEYWORD_ONLY and wires.get(p.name) in values}
        try:
            response = method(*args, **kwargs)
            self.facts["response"] = repr(response)[:300]
        except BaseException as exc:  # noqa: BLE001
            self.problem(f"calling {attr}: {type(exc).__name__}: {exc}\n{traceback.format_exc()[-1500:]}")
            return
        if len(seen) != 1:
            self.problem(f"{len(seen)} requests seen")
            return
        request = seen[0]
        self.facts["request"] = request
        path, _, query = request["path"].partition("?")
        if path != "/base/items/..%2Fa%20b%2F%3F%23%25/x":
            self.problem(f"path parameters not percent-encoded into the path: {path!r}")
        from urllib.parse import parse_qs

        got_query = {k: v for k, v in parse_qs(query, keep_blank_values=True).items()}
        headers: dict[str, list[str]] = {}
        for k, v in request["headers"]:
            headers.setdefault(k.lower(), []).append(v)
        for wire, value in values.items():
            text = value.value if isinstance(value, enum.Enum) else str(value)
            where = next(p["in"] for p in self.spec["paths"]["/items/{class}/{self}"]["get"]["parameters"] if p["name"] == wire)
            if where == "query" and got_query.get(wire) != [text]:
                self.problem(f"query parameter {wire!r}: sent {got_query.get(wire)!r}, expected [{text!r}] (query {query!r})")
            if where == "header" and text not in headers.get(wire.lower(), []):
                self.problem(f"header {wire!r}: sent {headers.get(wire.lower())!r}, expected {text!r}")
            if where == "cookie" and not any(f"{wire}={text}" in c for c in headers.get("cookie", [])):
                self.problem(f"cookie {wire!r}: cookie header {headers.get('cookie')!r}")

    def _enum_class(self, schema: str) -> str:
        classes = self.model_classes()
        found = self.by_description(classes).get(schema, [])
        return found[0] if found else schema


def _public(cls: type) -> set[str]:
    """An API class's operation methods (without their `_with_http_info` twins)."""
    names = {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}
    return {n for n in names if not (n.endswith("_with_http_info") and n[: -len("_with_http_info")] in names)}


def main() -> None:
    out, package, spec_path, check = sys.argv[1:5]
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result: dict[str, Any]
    try:
        probe = Probe(Path(out), package, spec)
        getattr(probe, f"check_{check}")()
        result = {"problems": probe.problems, "facts": probe.facts}
    except BaseException as exc:  # noqa: BLE001
        result = {"problems": [f"probe {check} crashed: {type(exc).__name__}: {exc}\n{traceback.format_exc()[-3000:]}"],
                  "facts": {}}
    sys.stdout.write("\n@@PROBE@@" + json.dumps(result, default=repr))


if __name__ == "__main__":
    main()
