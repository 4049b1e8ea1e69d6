"""Docs from specs whose text attacks the page: the outline, tables, links and code survive.

Two inputs: a small spec written here with one markdown attack per text position
(headings, setext headings, unclosed fences and HTML comments, pipes and line breaks in
table cells, relative links, a link reference definition shadowing `[optional]`, raw
HTML, backticks in enum values, odd scheme names), and the project's hostile "done when"
spec (tests/hostile/done_when.json: code-injection payloads, Jinja syntax, colliding and
path-like names, every odd character).  For both: every link resolves, every page keeps
its own outline and ends outside any code block, every example compiles, model
examples run, nothing from the spec runs, and the attacking texts are still there for
the reader.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from test_docs import REPO, _credentials, _generate, _with_http_info, api_pages, code_after, headings, sections
from test_docs_linkcheck import check_links

HOSTILE_DONE_WHEN = REPO / "tests" / "hostile" / "done_when.json"

MARKDOWN_ATTACKS = {
    "openapi": "3.0.3",
    "info": {
        "title": "Evil <script>alert(1)</script> | title",
        "version": "1.0",
        "description": "# Big\n\nIntro <!-- never closed\n\n```\nunclosed fence in the API description",
    },
    "servers": [{"url": "https://example.com/{v}", "variables": {"v": {"default": "v1"}}}],
    "tags": [{"name": "My Tag", "description": "Tag heading\n===\n\n## Sub of tag"}],
    "components": {
        "securitySchemes": {
            'My Key "x"': {"type": "apiKey", "in": "header", "name": "X-Key", "description": "# Key docs\n<b>bold"},
            "basicAuth": {"type": "http", "scheme": "basic"},
            "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT <b>"},
        },
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "# Thing heading\n\n| a | b |\n|---|---|\n| 1 | 2 |",
                "required": ["kind"],
                "properties": {
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "weird name": {
                        "type": "string",
                        "description": "see [rel](../../etc/passwd) and\n\n[optional]: https://evil.example",
                    },
                },
            },
            "Kind": {"type": "string", "enum": ["a|b", "`tick`", "<i>", "x\ny"], "description": "pipe | and\nnewline"},
        },
    },
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["My Tag"],
                "summary": "# Not a heading | pipe",
                "description": "Title\n=====\n\n# H1 of description\n## H2 of description\n\n"
                "```python\n# comment in fence\n```\n\n<script>alert(1)</script>\n\n"
                "[optional]: https://evil.example\n\n```\nunclosed fence in the operation",
                "security": [{'My Key "x"': []}, {"basicAuth": []}, {"bearer": []}],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
                     "description": "id\n# not a heading either"},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string", "default": "a|b"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok | fine\n\n# heading in a cell",
                        "headers": {"X-Rate": {"schema": {"type": "integer"}, "description": "rate | limit"}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
}

_API_SECTIONS = {"### Example", "### Parameters", "### Return type", "### Authorization",
                 "### HTTP request headers", "### HTTP response details"}
_MODEL_SECTIONS = {"## Properties", "## Values", "## Variants", "## Type", "## Example"}


@pytest.fixture(scope="module")
def attacks_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile-attacks")
    spec = base / "attacks.json"
    spec.write_text(json.dumps(MARKDOWN_ATTACKS), encoding="utf-8")
    return _generate(spec, base / "out")


@pytest.fixture(scope="module", params=["attacks", "done_when"])
def hostile_tree(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    if request.param == "attacks":
        return request.getfixturevalue("attacks_tree")  # type: ignore[no-any-return]
    return _generate(HOSTILE_DONE_WHEN, tmp_path_factory.mktemp("hostile-done-when") / "out")


def _fences_closed(text: str) -> bool:
    fence = None
    for line in text.split("\n"):
        m = re.match(r"^ {0,3}(`{3,}|~{3,})(.*)$", line)
        if fence is None and m:
            fence = m.group(1)
        elif fence is not None and m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) \
                and not m.group(2).strip():
            fence = None
    return fence is None


def test_links_resolve(hostile_tree: Path) -> None:
    assert check_links(hostile_tree) == []


def test_pages_keep_their_outline_and_close_their_code(hostile_tree: Path) -> None:
    apis = set(api_pages(hostile_tree))
    assert apis
    for page in sorted(hostile_tree.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        assert _fences_closed(text), page.name
        if page in apis:
            for s in sections(page):
                top = [f"{'#' * level} {title}" for level, title in headings(s.text) if level <= 3]
                assert top[0] == f"# **{s.method}**", page.name
                assert set(top[1:]) == _API_SECTIONS, (page.name, s.method, top)
        elif page.parent.name == "docs":
            top = [f"{'#' * level} {title}" for level, title in headings(text) if level <= 2]
            assert top[0].startswith("# ") and set(top[1:]) <= _MODEL_SECTIONS, (page.name, top)
        else:  # README: one title, then its own sections
            top = [title for level, title in headings(text) if level <= 2 and title != "Documentation For Webhooks"]
            assert top[1:] == ["Requirements", "Installation & Usage", "Getting Started",
                               "Documentation for API Endpoints", "Documentation For Models",
                               "Documentation For Authorization"], top


def test_raw_html_never_reaches_the_page(hostile_tree: Path) -> None:
    for page in sorted(hostile_tree.rglob("*.md")):
        prose = re.sub(r"(?ms)^(`{3,}).*?^\1$", "", page.read_text(encoding="utf-8"))
        prose = re.sub(r"`[^`\n]*`", "", prose)
        for tag in ("<script", "<!--", "<i>", "<b>", "</script"):
            assert tag not in prose, (page.name, tag)


def test_examples_compile_and_model_examples_run(hostile_tree: Path, tmp_path: Path) -> None:
    for page in sorted(hostile_tree.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for fence, code in re.findall(r"(?ms)^(`{3,})python\n(.*?)\n\1$", text):
            compile(code, page.name, "exec")
    blocks = [[p.name, code_after(p.read_text(encoding="utf-8"), "## Example")]
              for p in sorted((hostile_tree / "docs").glob("*.md")) if p not in set(api_pages(hostile_tree))]
    driver = tmp_path / "driver.py"
    driver.write_text(
        "import json, sys\nfor name, code in json.load(open(sys.argv[1])):\n"
        "    exec(compile(code, name, 'exec'), {'__name__': '__main__'})\n",
        encoding="utf-8",
    )
    (tmp_path / "blocks.json").write_text(json.dumps(blocks), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(hostile_tree), "HOSTILE_SENTINEL": str(tmp_path / "PWNED-env")}
    result = subprocess.run([sys.executable, str(driver), str(tmp_path / "blocks.json")], capture_output=True,
                            text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not list(tmp_path.glob("PWNED*")) and not list(hostile_tree.rglob("PWNED*"))


def test_attacking_texts_are_kept_for_the_reader(attacks_tree: Path) -> None:
    root = attacks_tree
    api = (root / "docs" / "MyTagApi.md").read_text(encoding="utf-8")
    op = sections(root / "docs" / "MyTagApi.md")[0].text
    desc = headings(op[: op.index("### Example")])
    # the description's headings, setext one included, shifted together below the operation
    assert desc[1:] == [(4, "Title"), (4, "H1 of description"), (5, "H2 of description")]
    assert "```python\n# comment in fence\n```" in op
    assert "&lt;script>alert(1)&lt;/script>" in op
    assert "\\[optional\\]: https://evil.example" in op  # a definition no longer, still readable
    assert "```\nunclosed fence in the operation\n```" in op
    assert "\\# Not a heading \\| pipe" in api or "\\# Not a heading | pipe" in api
    assert "| **200** | ok \\| fine<br><br># heading in a cell |" in op
    assert "rate \\| limit" in op
    assert "[default to \"a\\|b\"]" in op
    kind = (root / "docs" / "Kind.md").read_text(encoding="utf-8")
    for shown in ('`"a\\|b"`', '``"`tick`"``', '`"<i>"`', '`"x\\ny"`'):
        assert shown in kind, shown
    thing = (root / "docs" / "Thing.md").read_text(encoding="utf-8")
    assert "### Thing heading" in thing and "| a | b |\n|---|---|\n| 1 | 2 |" in thing
    assert "see rel (`../../etc/passwd`) and<br><br>\\[optional\\]: https://evil.example" in thing
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert '<a id="my-key-x"></a>\n### My Key "x"' in readme
    assert "[My Key \"x\"](../README.md#my-key-x)" in op
    assert "### Big" in readme and "Intro &lt;!-- never closed" in readme


class _Recorder(BaseHTTPRequestHandler):
    requests: list[tuple[str, str, dict[str, str]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).requests.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
        body = json.dumps({"kind": "a|b", "weird name": "w"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, *args: object) -> None:
        pass


def test_attack_spec_example_runs_with_every_auth_kind(attacks_tree: Path, tmp_path: Path) -> None:
    root = attacks_tree
    section = sections(root / "docs" / "MyTagApi.md")[0]
    program = code_after(section.text, "### Example")
    snippet = code_after(section.text, "#### Using the get_thing_with_http_info variant")
    assert "username=" in program and "password=" in program and "access_token=" in program
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        for code in (program, _with_http_info(program, snippet)):
            _Recorder.requests.clear()
            script = tmp_path / "example.py"
            script.write_text(code, encoding="utf-8")
            env = {**os.environ, **_credentials(code), "PYTHONPATH": str(root),
                   "EVIL_SCRIPT_ALERT_1_SCRIPT_TITLE_HOST": "unused",
                   **{name: f"http://127.0.0.1:{httpd.server_address[1]}"
                      for name in re.findall(r'os\.environ\.get\("([A-Z0-9_]+)"', code)}}
            result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env,
                                    cwd=tmp_path, timeout=60)
            assert result.returncode == 0, result.stderr
            assert [(m, p) for m, p, _ in _Recorder.requests] == [("GET", "/things/id_example")]
            headers = _Recorder.requests[0][2]
            assert headers.get("x-key") == _credentials(code)["MY_KEY_X"]
    finally:
        httpd.shutdown()
        httpd.server_close()
