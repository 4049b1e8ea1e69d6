"""Fuzzing the whole pipeline (issue 7): random specs either generate code that compiles and imports,
or fail with a clear exit-2 message; never a crash, never a file outside the output folder.

Specs are mostly well-formed OpenAPI with hostile *content*: names and texts
from the whole of unicode (no lone surrogates), quotes, backslashes,
newlines, control characters, keywords, Jinja, payload code; random schema
shapes (nested objects, arrays, enums, refs, allOf/oneOf/anyOf, nullable,
maps, defaults).  A few are broken on purpose (dangling refs, duplicate
operationIds) so the error path is fuzzed too.  The IR builder's own fuzzing
of junk documents is tests/unit/test_ir_robustness.py; this test goes from
file to code.

Every example runs the front end and the renderer in memory and compiles each
rendered module (fast); one example in FULL_EVERY also goes through
`generator.cli.main(["generate", ...])` (black, manifest, atomic write) and
imports the whole package in a fresh interpreter.  Failing runs go through
`cli.main` too, which must answer exit 2 with located messages.

CI runs a fixed, derandomized set: EXAMPLES examples (about 40 s on the
2-core machine this was written on).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import keyword
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, example, given, settings, strategies as st

from generator import pipeline
from generator.cli import main as cli_main
from generator.diagnostics import InputError, Report
from generator.options import MANIFEST_NAME, Options

EXAMPLES = 200
#: about one example in this many is also generated for real and imported
FULL_EVERY = 10
PACKAGE = "fuzz_sdk"
SENTINEL = "PWNED"

# ---------------------------------------------------------------- text and names

PAYLOAD = '__import__("pathlib").Path("PWNED").touch()'
HOSTILE_BITS = [
    '"', "'", '"""', "'''", "\\", "\\N{BULLET}", "\\x00", "\\u2028", "\x00", "\x01", "\x1b[2J", "\x7f", "\n", "\r\n",
    "\r", "\t", "\x0b", "\x0c", "\u2028", "\u2029", "\u0085", "\u202e", "\u200f", "\u200b", "\ufeff", "\U0001f600",
    "\u00e9", "e\u0301", "\u65e5", "\ufdfd", "\uffff", "\U0010ffff", "{{ 7*7 }}", "{%", "%}", "{#", "#}", "{% raw %}",
    "</script>", "<!--", "#", "*/", "${x}", "%s", "{0}", "|", "`", "```", "---", "\n# Heading\n", PAYLOAD,
    f'"""; {PAYLOAD}#', "; rm -rf /", "../", "..\\", "~", "/", "%2F", "$ref",
]
KEYWORDS = sorted(set(keyword.kwlist) | set(keyword.softkwlist)) + [
    "self", "cls", "None", "True", "dict", "list", "str", "int", "type", "object", "id", "print", "__init__",
    "__class__", "__dict__", "_", "model_config", "model_fields", "schema", "json", "copy", "validate", "Config",
    "from_dict", "to_dict", "api_client", "ApiClient", "Configuration", "ApiException", "Model", "Enum", "Field",
    "BaseModel", "Any", "Optional", "_request_timeout", "_headers", "mro", "name", "value", "_missing_", "__all__",
]
PATH_LIKE = ["../../etc/passwd", "a/b", "C:\\x", ".hidden", "..", ".", "CON", "nul", "Aux", "COM1", "lpt9.txt",
             "con.py", "", " ", "-", "_", "__", "0", "1st", "models", "api", "docs", "py.typed"]
COLLIDING = ["Order", "order", "ORDER", "foo-bar", "foo_bar", "fooBar", "FooBar", "a", "A", "\u00e9", "e\u0301"]

_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=10)
TEXT = st.lists(st.one_of(st.sampled_from(HOSTILE_BITS), _unicode), max_size=5).map("".join)
NAME = st.one_of(
    st.sampled_from(KEYWORDS + PATH_LIKE + COLLIDING),
    _unicode,
    TEXT,
    st.builds(lambda part, n: part * n, st.sampled_from(["Long", "x", "\u00e9", "A_", "-"]), st.integers(40, 160)),
)
#: names usable in a path template `{name}` (openapi-spec-validator parses templates as format strings)
PATH_PARAM = NAME.filter(lambda n: n and not any(c in n for c in "{}/?#%:!*[]"))
_KEY_RE = re.compile(r"^[A-Za-z0-9._-]+$")
#: components keys must match [A-Za-z0-9._-]+ (the validator refuses others): mostly such names, some not
COMPONENT_NAME = st.one_of(
    st.sampled_from([n for n in KEYWORDS + PATH_LIKE + COLLIDING if _KEY_RE.match(n)]),
    st.text(st.sampled_from("aAbBzZ09._-"), min_size=1, max_size=12),
    st.builds(lambda part, n: part * n, st.sampled_from(["Long", "x", "A_", "-", "."]), st.integers(40, 160)),
    NAME,
)

PATTERNS = st.one_of(
    st.sampled_from(["^[\\w\"']+$", "\\d{3}\\\\", "^(?!x).*$", "(?<=a)b", "^\\p{L}+$", "[", "(", "\\", "a{2,1}",
                     "^[\\u00e9-\\u00ff]+$", "\"\"\"", "{{ 7*7 }}", "\\x00"]),
    TEXT.map(re.escape),
)


def _primitive(kind: str) -> st.SearchStrategy[dict[str, Any]]:
    values = {"string": TEXT, "integer": st.integers(-(2**70), 2**70),
              "number": st.floats(allow_nan=False, allow_infinity=False), "boolean": st.booleans()}[kind]
    extras: dict[str, st.SearchStrategy[Any]] = {"default": values, "example": values, "description": TEXT,
                                                 "title": NAME, "nullable": st.booleans(),
                                                 "readOnly": st.booleans(), "deprecated": st.booleans()}
    if kind == "string":
        extras.update(format=st.sampled_from(["date", "date-time", "uuid", "binary", "byte", "email", "\x00"]),
                      pattern=PATTERNS, minLength=st.integers(0, 5), maxLength=st.integers(5, 50))
    if kind in ("integer", "number"):
        extras.update(minimum=st.integers(-10, 0), maximum=st.integers(1, 10**20))
    return st.fixed_dictionaries({"type": st.just(kind)}, optional=extras)


ENUMS = st.one_of(
    st.fixed_dictionaries({"type": st.just("string"), "enum": st.lists(TEXT, min_size=1, max_size=8, unique=True)},
                          optional={"nullable": st.booleans(), "description": TEXT, "default": TEXT,
                                    "x-enum-varnames": st.lists(NAME, max_size=8)}),
    st.fixed_dictionaries({"type": st.just("integer"),
                           "enum": st.lists(st.integers(-(2**64), 2**64), min_size=1, max_size=6, unique=True)}),
    st.fixed_dictionaries({"enum": st.lists(st.one_of(st.none(), st.booleans(), st.integers(-2, 2), TEXT,
                                                      st.floats(allow_nan=False, allow_infinity=False)),
                                            min_size=1, max_size=6, unique_by=lambda v: (type(v), v))}),
)


def _ref(name: str) -> str:
    token = name.replace("~", "~0").replace("/", "~1")
    return "#/components/schemas/" + urllib.parse.quote(token, safe="~!$&'()*+,;=:@")


@st.composite
def _object(draw: st.DrawFn, children: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    props = draw(st.dictionaries(NAME, children, max_size=5))
    schema: dict[str, Any] = {"type": "object", "properties": props}
    if props and draw(st.booleans()):
        schema["required"] = draw(st.lists(st.sampled_from(sorted(props)), min_size=1, unique=True))
    if draw(st.booleans()):
        schema["description"] = draw(TEXT)
    if draw(st.integers(0, 3)) == 0:
        schema["additionalProperties"] = draw(st.one_of(st.booleans(), children))
    if draw(st.integers(0, 4)) == 0:
        schema["title"] = draw(NAME)
    if draw(st.integers(0, 4)) == 0:
        schema["nullable"] = True
    if draw(st.integers(0, 4)) == 0:
        schema["example"] = draw(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), TEXT),
                                              lambda c: st.one_of(st.lists(c, max_size=3),
                                                                  st.dictionaries(TEXT, c, max_size=3)),
                                              max_leaves=6))
    return schema


def _schemas(refs: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaves = [_primitive(k) for k in ("string", "integer", "number", "boolean")] + [ENUMS, st.just({})]
    if refs:
        leaves.append(st.sampled_from(refs).map(lambda n: {"$ref": _ref(n)}))
    leaf = st.one_of(*leaves)

    def extend(children: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
        return st.one_of(
            _object(children),
            st.builds(lambda i: {"type": "array", "items": i}, children),
            st.builds(lambda v: {"type": "object", "additionalProperties": v}, children),
            st.builds(lambda xs: {"allOf": xs}, st.lists(st.one_of(_object(children), children), min_size=1, max_size=3)),
            st.builds(lambda xs, d: {"oneOf": xs, "description": d}, st.lists(children, min_size=1, max_size=3), TEXT),
            st.builds(lambda xs: {"anyOf": xs, "nullable": True}, st.lists(children, min_size=1, max_size=3)),
        )

    return st.recursive(leaf, extend, max_leaves=8)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(COMPONENT_NAME, max_size=6, unique=True))
    schema_of = _schemas(names)
    components = {name: draw(schema_of) for name in names}
    used_ids = draw(st.lists(NAME, max_size=5, unique=True))
    paths: dict[str, Any] = {}
    for i, op_id in enumerate(used_ids):
        params = []
        path = f"/p{i}"
        if draw(st.booleans()):
            pname = draw(PATH_PARAM)
            path += "/{" + pname + "}"
            params.append({"name": pname, "in": "path", "required": True, "schema": {"type": "string"},
                           "description": draw(TEXT)})
        for name, where in draw(st.lists(st.tuples(NAME, st.sampled_from(["query", "header", "cookie"])),
                                         max_size=4, unique=True)):
            params.append({"name": name, "in": where, "schema": draw(schema_of), "description": draw(TEXT),
                           "required": draw(st.booleans())})
        op: dict[str, Any] = {"operationId": op_id, "summary": draw(TEXT), "description": draw(TEXT),
                              "tags": draw(st.lists(NAME, max_size=2, unique=True)), "parameters": params,
                              "responses": {"200": {"description": draw(TEXT), "content": {
                                  "application/json": {"schema": draw(schema_of)}}},
                                  "default": {"description": draw(TEXT)}}}
        if draw(st.booleans()):
            op["requestBody"] = {"description": draw(TEXT), "required": draw(st.booleans()),
                                 "content": {"application/json": {"schema": draw(schema_of)}}}
        if draw(st.integers(0, 4)) == 0:
            del op["operationId"]
        paths[path] = {draw(st.sampled_from(["get", "post", "put", "delete", "patch"])): op}
    doc: dict[str, Any] = {
        "openapi": draw(st.sampled_from(["3.0.3", "3.0.0", "3.1.0"])),
        "info": {"title": draw(TEXT), "version": draw(TEXT), "description": draw(TEXT)},
        "servers": [{"url": "https://example.com/" + urllib.parse.quote(draw(TEXT)), "description": draw(TEXT)}],
        "tags": [{"name": n, "description": draw(TEXT)} for n in draw(st.lists(NAME, max_size=3, unique=True))],
        "paths": paths,
        "components": {"schemas": components},
    }
    breakage = draw(st.integers(0, 9))
    if breakage == 0 and paths:  # a dangling ref
        first = next(iter(paths.values()))
        next(iter(first.values()))["responses"]["200"]["content"]["application/json"]["schema"] = \
            {"$ref": _ref("Missing\u00e9 \"x\"")}
    elif breakage == 1 and len(paths) > 1:  # duplicate operationIds
        for item in paths.values():
            next(iter(item.values()))["operationId"] = "dup"
    return doc


# ---------------------------------------------------------------- checks

_WINDOWS = re.compile(r"^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\..*)?$", re.I)


def _path_problem(rel: str) -> str | None:
    if not rel or rel.startswith("/") or "\\" in rel or len(rel) >= 200 or not rel.isascii():
        return "absolute, too long, non-ASCII or backslashed"
    for part in rel.split("/"):
        if part in ("", ".", "..") or (part.startswith(".") and rel != MANIFEST_NAME):
            return f"component {part!r}"
        if _WINDOWS.match(part) or any(c in part for c in '<>:"|?*') or not part.isprintable():
            return f"component {part!r}"
    return None


def _check_rendered(files: dict[str, str]) -> None:
    bad = {p: _path_problem(p) for p in files if _path_problem(p)}
    assert not bad, bad
    assert len({p.casefold() for p in files}) == len(files), "paths equal on case-insensitive file systems"
    for path, text in files.items():
        if path.endswith(".py"):
            compile(text, path, "exec", dont_inherit=True)  # SyntaxError fails the example with the file named
        assert " | 49 | " not in text


def _cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(args)
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()


_LOCATED = re.compile(r"^(?:.+?:\d+(?::\d+)?: )?(?:/.*|/): error: .+")


def _check_refused(spec: Path, out: Path, cwd: Path) -> None:
    code, stdout, stderr = _cli(["generate", str(spec), "-o", str(out), "--package-name", PACKAGE], cwd)
    assert code == 2, (code, stderr[-3000:])
    assert "Traceback" not in stderr + stdout
    errors = [line for line in stderr.split("\n") if ": error: " in line]
    assert errors, stderr
    assert all(_LOCATED.match(line) for line in errors), errors
    assert stderr.rstrip().endswith("nothing was written.")
    assert not out.exists()


def _snapshot(folder: Path) -> set[str]:
    return {os.path.join(d, n) for d, ds, fs in os.walk(folder) for n in ds + fs}


def _generate_and_import(spec: Path, out: Path, cwd: Path) -> None:
    before = _snapshot(cwd.parent)
    code, stdout, stderr = _cli(["generate", str(spec), "-o", str(out), "--package-name", PACKAGE], cwd)
    assert code == 0, stderr[-3000:]
    created = _snapshot(cwd.parent) - before
    assert all(p == str(out) or p.startswith(str(out) + os.sep) for p in created), sorted(created)[:20]
    script = (
        "import importlib, pathlib, sys\n"
        f"sys.path.insert(0, {str(out)!r})\n"
        f"root = pathlib.Path({str(out)!r})\n"
        f"for p in sorted((root / {PACKAGE!r}).rglob('*.py')):\n"
        "    parts = list(p.relative_to(root).with_suffix('').parts)\n"
        "    parts = parts[:-1] if parts[-1] == '__init__' else parts\n"
        "    importlib.import_module('.'.join(parts))\n"
        f"pkg = importlib.import_module({PACKAGE!r})\n"
        "models = importlib.import_module(pkg.__name__ + '.models')\n"
        "for n in getattr(models, '__all__', ()):\n"
        "    c = getattr(models, n)\n"
        "    if hasattr(c, 'model_rebuild'): c.model_rebuild()\n"
        "for n in getattr(pkg, '__all__', ()): getattr(pkg, n)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert not list(cwd.parent.rglob(SENTINEL))


def _full_run(spec: Path) -> bool:
    """One spec in FULL_EVERY, chosen by content (hypothesis would favour any drawn index's smallest value)."""
    return int(hashlib.sha256(spec.read_bytes()).hexdigest()[:8], 16) % FULL_EVERY == 0


def _write(doc: dict[str, Any], folder: Path, as_yaml: bool) -> Path:
    if as_yaml:
        spec = folder / "spec.yaml"
        spec.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    else:
        spec = folder / "spec.json"
        spec.write_text(json.dumps(doc), encoding="ascii")
    return spec


#: examples the fuzzer found, minimized; kept so CI always runs them
_HEAD = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
FOUND = [
    # a self-reference through allOf inside an inline additionalProperties object: RecursionError in the IR builder
    {**_HEAD, "components": {"schemas": {"Order": {"additionalProperties": {"properties": {"x": {"allOf": [
        {"$ref": "#/components/schemas/Order"}, {"properties": {}}]}}}}}}},
    {**_HEAD, "components": {"schemas": {"Order": {"additionalProperties": {"allOf": [{"properties": {"x": {
        "allOf": [{"pattern": ""}, {"$ref": "#/components/schemas/Order"}]}}}]}}}}},
    # a newline in a name splits the diagnostic that quotes its pointer
    {**_HEAD, "components": {"schemas": {"S": {"type": "object", "properties": {
        "a\nb": {"$ref": "#/components/schemas/Missing"}}}}}},
]


def _with_found(test):  # type: ignore[no-untyped-def]
    for doc in FOUND:
        test = example(doc=doc, as_yaml=False)(test)
    return test


@_with_found
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as drawn, in seconds
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(doc=specs(), as_yaml=st.integers(0, 3).map(lambda n: n == 0))
def test_random_specs_generate_or_fail_clearly(doc: dict[str, Any], as_yaml: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as tmp:
        base = Path(tmp)
        work = base / "work"
        work.mkdir()
        spec = _write(doc, work, as_yaml)
        out = base / "out"
        try:
            front = pipeline.run_front_end(spec)
        except InputError:
            front = Report()
        if isinstance(front, Report):
            _check_refused(spec, out, work)
            return
        options = Options(spec=spec, output=out, package_name=PACKAGE)
        try:
            files = pipeline.render(front, options).files
        except InputError:  # the target may refuse what it cannot name: the CLI must say so
            _check_refused(spec, out, work)
            return
        _check_rendered(files)
        if _full_run(spec):
            _generate_and_import(spec, out, work)
        assert not list(base.rglob(SENTINEL))


def test_lone_surrogates_from_json_escapes_are_handled(tmp_path: Path) -> None:
    """JSON can spell a lone surrogate (`"\\ud800"`); no UTF-8 file can hold it. Generate or refuse, never crash."""
    doc = {"openapi": "3.0.3", "info": {"title": "\ud800 title", "version": "1", "description": "x\udfff"},
           "paths": {"/a": {"get": {"operationId": "get\ud83d", "summary": "\udc00", "responses": {
               "200": {"description": "\ud800", "content": {"application/json": {"schema": {
                   "$ref": "#/components/schemas/S"}}}}}}}},
           "components": {"schemas": {"S": {"type": "object", "description": "\ud800\"\"\"", "properties": {
               "p\udc00": {"type": "string", "default": "\ud800", "enum": ["\ud800", "\udc00"]}}}}}}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(doc), encoding="ascii")
    out = tmp_path / "out"
    code, stdout, stderr = _cli(["generate", str(spec), "-o", str(out), "--package-name", PACKAGE], tmp_path)
    assert "Traceback" not in stderr + stdout
    if code == 2:
        assert ": error: " in stderr and not out.exists()
        return
    assert code == 0, stderr
    for path in out.rglob("*.py"):
        compile(path.read_bytes(), str(path), "exec")
    proc = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(out)!r}); "
                           f"import {PACKAGE}.models as m; [getattr(m, n) for n in m.__all__]"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr

