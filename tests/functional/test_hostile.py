"""Issue 7, "Done when": a hostile spec generates a package that compiles and imports, with its payloads as text only.

The spec (`tests/hostile/hostile_spec.py`, written out as
`tests/hostile/done_when.json`) puts keywords, path-like names, names that
collide after conversion and a 300-character schema name in every name
position, and code, docstring breakers, Jinja and control characters in every
text position.  Generation runs through the real CLI in a subprocess whose
current folder is a fresh temporary folder; every payload that ran would
create `PWNED` there or the file `$HOSTILE_SENTINEL` names, so "nothing ran"
is checked by looking for those files.  The generated code runs in fresh
interpreters (`tests/hostile/probe.py`) with the same sentinels armed.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import subprocess
import sys
import tokenize
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

if str(Path(__file__).resolve().parents[2]) not in sys.path:  # `tests.hostile` lives in the repository
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.hostile import hostile_spec
from tests.hostile.payloads import BREAKERS, OS_SYSTEM, SENTINEL_ENV, SENTINEL_NAME, TOUCH, TOUCH_ENV

REPO = Path(__file__).resolve().parents[2]
PROBE = REPO / "tests" / "hostile" / "probe.py"
PACKAGE = "hostile_sdk"
MANIFEST = ".sdkgen-manifest.json"
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", "conin$", "conout$",
                   *(f"{k}{n}" for k in ("com", "lpt") for n in (*"0123456789", "\u00b9", "\u00b2", "\u00b3"))}


@dataclass(frozen=True)
class Run:
    root: Path  # the test's own temporary folder
    work: Path  # the current folder of every subprocess
    out: Path  # the output folder
    spec: Path
    env: dict[str, str]
    proc: subprocess.CompletedProcess[str]
    before: frozenset[str]  # every path under root.parent before generating
    after: frozenset[str]

    @property
    def sentinel(self) -> Path:
        return Path(self.env[SENTINEL_ENV])


def _snapshot(folder: Path) -> frozenset[str]:
    return frozenset(os.path.relpath(os.path.join(d, n), folder)
                     for d, dirs, files in os.walk(folder) for n in dirs + files)


def _env(root: Path) -> dict[str, str]:
    home = root / "home"
    home.mkdir(exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(home), "LC_ALL": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1", SENTINEL_ENV: str(root / "SENTINEL-ran")}


def assert_no_sentinel(run: Run) -> None:
    hits = [p for p in run.root.parent.rglob(SENTINEL_NAME)] + [p for p in run.root.rglob("SENTINEL-ran")]
    assert not hits, f"a payload from the spec ran: {hits}"
    assert not (Path.cwd() / SENTINEL_NAME).exists() and not (REPO / SENTINEL_NAME).exists()


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("hostile")
    work = root / "work"
    (work / "spec").mkdir(parents=True)
    spec = work / "spec" / "hostile.json"
    spec.write_text(json.dumps(hostile_spec.build(), indent=1), encoding="utf-8")
    env = _env(root)
    before = _snapshot(root.parent)
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", "spec/hostile.json", "-o", "out",
                           "--package-name", PACKAGE], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    return Run(root, work, work / "out", spec, env, proc, before, _snapshot(root.parent))


@pytest.fixture(scope="module")
def generated(run: Run) -> Run:
    """The run, required to have succeeded (tests of the output need one)."""
    assert run.proc.returncode == 0, f"generate failed (exit {run.proc.returncode}):\n{run.proc.stderr[-5000:]}"
    return run


def _files(run: Run) -> list[Path]:
    return sorted(p for p in run.out.rglob("*") if p.is_file() or p.is_symlink())


def _py_files(run: Run) -> list[Path]:
    return [p for p in _files(run) if p.suffix == ".py"]


def _probe(run: Run, check: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, str(PROBE), str(run.out), PACKAGE, str(run.spec), check],
                          cwd=run.work, env={**run.env, "PYTHONPATH": ""}, capture_output=True, text=True,
                          timeout=300)
    assert_no_sentinel(run)
    marker = "\n@@PROBE@@"
    assert marker in proc.stdout, f"probe {check} printed no result (exit {proc.returncode}):\n{proc.stderr[-5000:]}"
    result: dict[str, Any] = json.loads(proc.stdout.rsplit(marker, 1)[1])
    return result


def _norm(text: str) -> str:
    return " ".join(text.split())


def _spec() -> dict[str, Any]:
    return hostile_spec.build()


# ---------------------------------------------------------------- the committed spec file


def test_committed_spec_file_is_the_built_spec() -> None:
    """done_when.json is for running the CLI by hand; it must be what the tests use."""
    committed = json.loads(hostile_spec.DONE_WHEN.read_text(encoding="ascii"))
    assert committed == json.loads(json.dumps(hostile_spec.build())), \
        "regenerate it: python -m tests.hostile.hostile_spec"


def test_hostile_spec_is_valid_so_generation_must_not_refuse_it() -> None:
    from generator.cli import main

    assert main(["validate", str(hostile_spec.DONE_WHEN)]) == 0


# ---------------------------------------------------------------- generation and the tree


def test_generate_succeeds_without_traceback(run: Run) -> None:
    assert "Traceback" not in run.proc.stderr and "Traceback" not in run.proc.stdout
    assert run.proc.returncode == 0, run.proc.stderr[-5000:]
    assert_no_sentinel(run)


def test_nothing_is_created_outside_the_output_folder(run: Run) -> None:
    created = sorted(run.after - run.before)
    inside = (os.path.relpath(run.out, run.root.parent) + os.sep, os.path.relpath(run.root / "home", run.root.parent))
    outside = [p for p in created if not p.startswith(inside) and p != inside[0].rstrip(os.sep)]
    assert outside == [], f"created outside the output folder: {outside}"
    # in $HOME only the tool's own compiled templates (generator.template_cache): files named by the hash
    # of a template's name, as many as there are templates, whatever the spec
    cache = os.path.join(inside[1], ".cache", "sdkgen")
    in_home = [p for p in created if p.startswith(inside[1] + os.sep)]
    assert all(p == cache or p.startswith(cache + os.sep) or cache.startswith(p + os.sep) for p in in_home), (
        f"the generator wrote into $HOME: {in_home}")
    cached = [p for p in in_home if p.startswith(cache + os.sep) and os.path.isfile(run.root.parent / p)]
    templates = list((REPO / "templates").rglob("*.jinja"))
    assert all(re.fullmatch(r"[0-9a-f]{64}\.bc", os.path.basename(p)) for p in cached), cached
    assert 0 < len(cached) <= len(templates), cached


def test_every_path_is_inside_the_output_and_safely_named(generated: Run) -> None:
    out = generated.out.resolve()
    problems = []
    seen: dict[str, str] = {}
    for path in sorted(generated.out.rglob("*")):
        rel = path.relative_to(generated.out).as_posix()
        if path.is_symlink():
            problems.append(f"{rel}: is a symlink")
        if out not in path.resolve().parents:
            problems.append(f"{rel}: resolves outside the output folder")
        if len(rel) >= 200:
            problems.append(f"{rel}: {len(rel)} characters")
        key = unicodedata.normalize("NFC", rel).casefold()
        if key in seen:
            problems.append(f"{rel}: same as {seen[key]} on a case-insensitive file system")
        seen[key] = rel
        for part in rel.split("/"):
            if not part.isascii() or not part.isprintable():
                problems.append(f"{rel}: component {part!r} is not printable ASCII")
            if part in ("", ".", "..") or any(c in part for c in '<>:"|?*\\'):
                problems.append(f"{rel}: unsafe component {part!r}")
            if part.startswith(".") and rel != MANIFEST:
                problems.append(f"{rel}: hidden component {part!r}")
            if part.split(".")[0].lower().rstrip(" ") in WINDOWS_DEVICES:
                problems.append(f"{rel}: Windows device name {part!r}")
            if part.endswith((" ", ".")):
                problems.append(f"{rel}: component ends in a space or dot")
    assert problems == []
    assert (generated.out / PACKAGE / "__init__.py").is_file()


def test_every_generated_python_file_compiles(generated: Run) -> None:
    failures = []
    files = _py_files(generated)
    assert len(files) > 60
    for path in files:
        try:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            failures.append(f"{path.relative_to(generated.out)}: {exc}")
    assert failures == []


def test_spec_text_reaches_code_only_as_strings_and_comments(generated: Run) -> None:
    """Tokenize every module: the payloads' code never appears outside STRING and COMMENT tokens."""
    # token sequences of the payloads (spec words may well become identifiers: PWNED in an enum member is fine)
    needles = ("__import__", "os . system", "Path ( ", "7 * 7", "{ {", "{ %", "< / script", "$ HOSTILE")
    leaks = []
    for path in _py_files(generated):
        code = []
        for tok in tokenize.tokenize(io.BytesIO(path.read_bytes()).readline):
            if tok.type not in (tokenize.STRING, tokenize.COMMENT, tokenize.ENCODING):
                code.append(tok.string)
        text = " ".join(code)
        leaks += [f"{path.relative_to(generated.out)}: {n!r} outside a string" for n in needles if n in text]
    assert leaks == []


def test_jinja_syntax_in_spec_text_stays_inert(generated: Run) -> None:
    """`{{ 7*7 }}` in spec text stays that text: never `49`, in code or docs."""
    evaluated = [p.relative_to(generated.out).as_posix() for p in _files(generated)
                 if " | 49 | " in p.read_text(encoding="utf-8", errors="replace")]
    assert evaluated == []
    literal = 0
    for path in _py_files(generated):
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "{{ 7*7 }}" in node.value:
                literal += 1
    assert literal > 100  # every docstring and default that carried it, as the text itself


def test_identifiers_are_unique_in_every_namespace(generated: Run) -> None:
    problems = []
    class_names: dict[str, str] = {}
    for path in _py_files(generated):
        rel = path.relative_to(generated.out).as_posix()
        tree = ast.parse(path.read_bytes())
        top = [n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))]
        problems += [f"{rel}: {n} defined twice" for n in set(top) if top.count(n) > 1]
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            if "/models/" in rel:
                if cls.name in class_names:
                    problems.append(f"class {cls.name} in {rel} and {class_names[cls.name]}")
                class_names[cls.name] = rel
            members = [t.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(t := n.target, ast.Name)]
            members += [t.id for n in cls.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]
            members += [n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                        and not any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter")
                                    for d in n.decorator_list)]
            problems += [f"{rel}: {cls.name}.{m} defined twice" for m in set(members) if members.count(m) > 1]
            problems += [f"{rel}: {cls.name}.{m} is a keyword" for m in members if m in ("None", "True", "False")]
    assert problems == []


def _field_docs(path: Path) -> list[tuple[str, str, str]]:
    """(class, wire name, docstring value) of every documented field of every class in a module."""
    found = []
    for cls in (n for n in ast.parse(path.read_bytes()).body if isinstance(n, ast.ClassDef)):
        body = cls.body
        for stmt, nxt in zip(body, body[1:]):
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            if not (isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant) and isinstance(nxt.value.value, str)):
                continue
            wire = stmt.target.id
            if isinstance(stmt.value, ast.Call):
                for kw in stmt.value.keywords:
                    if kw.arg in ("alias", "serialization_alias") and isinstance(kw.value, ast.Constant):
                        wire = kw.value.value
            found.append((cls.name, wire, nxt.value.value))
    return found


def test_property_descriptions_are_field_docstrings_verbatim(generated: Run) -> None:
    """The Keywords model: each field's docstring is its property's description, unchanged but for whitespace."""
    spec = _spec()
    props = spec["components"]["schemas"]["Keywords"]["properties"]
    wanted = {w: p["description"] for w, p in props.items() if "description" in p}
    module = next(p for p in _py_files(generated) if p.parent.name == "models"
                  and any(c == "Keywords" for c, _, _ in _field_docs(p)))
    docs = {wire: doc for cls, wire, doc in _field_docs(module) if cls == "Keywords"}
    assert sorted(docs) == sorted(wanted)
    for wire, text in wanted.items():
        assert _norm(docs[wire]) == _norm(text), wire
        for breaker in BREAKERS:
            if breaker.strip() and "\n" not in breaker and "\r" not in breaker and "\u2028" not in breaker:
                assert breaker in docs[wire], (wire, breaker)


def test_payload_texts_are_in_the_docs(generated: Run) -> None:
    """Every model's docs page shows the schema's description; code payloads stay text."""
    docs = generated.out / "docs"
    pages = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.md")}
    assert pages
    readme = (generated.out / "README.md").read_text(encoding="utf-8")
    for name, body in _spec()["components"]["schemas"].items():
        if "description" not in body:
            continue
        head = f"Hostile text at schema {name}."
        hits = [n for n, text in pages.items() if head in text]
        assert hits, f"no docs page shows the description of {name[:40]!r}"
    everything = "\n".join(pages.values()) + readme
    for payload in (TOUCH, OS_SYSTEM, TOUCH_ENV, '"""; import os; os.system("x")#', "{{ 7*7 }}", "{% raw %}",
                    "{{ self.__init__.__globals__ }}", "{# unclosed comment"):
        assert payload in everything, payload
    assert " | 49 | " not in everything


def test_docs_carry_no_raw_control_characters(generated: Run) -> None:
    """NUL, ESC and friends in markdown corrupt viewers and terminals; docs must show them escaped."""
    bad = {}
    for path in [*generated.out.glob("docs/*.md"), generated.out / "README.md"]:
        text = path.read_text(encoding="utf-8")
        found = sorted({f"U+{ord(c):04X}" for c in text if unicodedata.category(c) == "Cc" and c not in "\n\t"})
        if found:
            bad[path.name] = found
    assert bad == {}


# ---------------------------------------------------------------- running the generated code


def _assert_probe(run: Run, check: str) -> dict[str, Any]:
    result = _probe(run, check)
    problems = result["problems"]
    assert problems == [], "\n".join(problems)
    return dict(result["facts"])


def test_every_module_imports(generated: Run) -> None:
    facts = _assert_probe(generated, "import")
    assert facts["modules"] == len([p for p in _py_files(generated) if PACKAGE in p.parts])


def test_models_instantiate_keep_wire_names_defaults_and_descriptions(generated: Run) -> None:
    facts = _assert_probe(generated, "models")
    classes = facts["schema_classes"]
    # names that collide after conversion got distinct classes
    for group in (("Order", "order", "ORDER"), ("foo-bar", "foo_bar"), ("CON", "Con"), ("class", "__class__")):
        assert len({classes[n] for n in group}) == len(group), group


def test_object_and_array_defaults_survive_with_their_hostile_keys(generated: Run) -> None:
    """A default that is a JSON object or array (with quote, backslash, NUL and Jinja keys) is the model's default."""
    facts = _assert_probe(generated, "models")
    assert facts.get("dropped_structured_defaults", []) == []


def test_enum_values_that_differ_only_in_case_or_type_stay_distinct(generated: Run) -> None:
    facts = _assert_probe(generated, "enums")
    assert len(facts["CaseEnum"]) == len(hostile_spec.CASE_ENUM)


def test_api_classes_instantiate_and_every_operation_has_its_method(generated: Run) -> None:
    facts = _assert_probe(generated, "apis")
    spec = _spec()
    operations = sum(1 for item in spec["paths"].values() for op in item.values()
                     if isinstance(op, dict) and "description" in op)
    assert facts["operations_found"] == operations


def test_odd_parameter_names_reach_the_wire_unchanged(generated: Run) -> None:
    facts = _assert_probe(generated, "http")
    params = facts["parameters"]
    assert len(set(params)) == len(params) and all(p.isidentifier() for p in params)
    declared = _spec()["paths"]["/items/{class}/{self}"]["get"]["parameters"]
    # OpenAPI: header parameters named Accept, Content-Type or Authorization SHALL be ignored
    ignored = [p["name"] for p in declared if p["in"] == "header"
               and p["name"].lower() in ("accept", "content-type", "authorization")]
    assert ignored == ["Content-Type"]
    assert sorted(params.values()) == sorted(p["name"] for p in declared if p["name"] not in ignored)


def test_no_payload_ran_anywhere(generated: Run) -> None:
    _probe(generated, "import")
    assert_no_sentinel(generated)
    assert not (generated.work / SENTINEL_NAME).exists()


# ---------------------------------------------------------------- literal path characters


ODD_PATH = "/odd/\"q\"/'s'/\\b/\u65e5\u672c/a b/#frag?x=1/{id}"

CALL_ODD = """
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
seen = []
class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
import p
api = p.DefaultApi(p.ApiClient(p.Configuration(host="http://127.0.0.1:%d/base" % server.server_address[1])))
api.odd("x/y?#")
print(json.dumps(seen))
"""


def test_literal_path_characters_cannot_redirect_the_request(tmp_path: Path) -> None:
    """A spec path with `#`, `?`, quotes, a backslash or spaces in its literal part still reaches that path.

    Unencoded, `#` and `?` cut the path (and the parameter after them) off the request, and a raw
    backslash is a separator to some servers: the client would call another endpoint than the spec says.
    """
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {ODD_PATH: {"get": {
        "operationId": "odd", "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok"}}}}}}
    (tmp_path / "spec.json").write_text(json.dumps(doc))
    env = _env(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "generator", "generate", "spec.json", "-o", "out", "--package-name", "p"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in proc.stderr
    if proc.returncode == 2:  # refusing such a path is an answer too, if it says where
        assert "/paths/" in proc.stderr
        return
    assert proc.returncode == 0, proc.stderr
    call = subprocess.run([sys.executable, "-c", CALL_ODD], cwd=tmp_path / "out", env={**env, "PYTHONPATH": ""},
                          capture_output=True, text=True, timeout=60)
    assert call.returncode == 0, call.stderr
    (path,) = json.loads(call.stdout)
    from urllib.parse import unquote

    assert not any(c in path for c in '#?\\" '), f"unencoded characters in the request path {path!r}"
    assert [unquote(s) for s in path.split("/")] == ["", "base", *ODD_PATH.split("/")[1:-1],
                                                     "x/y?#"]
