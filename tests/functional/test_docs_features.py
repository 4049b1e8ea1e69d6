"""Docs for every feature spec (tests/specs): links resolve and every example runs.

Each feature spec (auth kinds, bodies, allOf, unions, enums, maps, recursion, 3.1 types,
long and colliding names, multi-file specs, webhooks, ...) is generated with the real
pipeline; then, in one fresh interpreter per spec, every model page's example runs (and
ends with its round trip printing True), and every operation's example and its
`*_with_http_info` variant run against a stub server that answers every request with a
JSON error: each program must build its arguments, send exactly one request and handle
the `ApiException` as the docs show.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from test_docs import REPO, _all_examples, _credentials, _generate, _with_http_info, api_pages, code_after
from test_docs_linkcheck import check_links

FEATURES = sorted(
    [p for p in (REPO / "tests" / "specs").glob("*.yaml")]
    + [p / "openapi.yaml" for p in (REPO / "tests" / "specs").iterdir() if (p / "openapi.yaml").is_file()]
)

_DRIVER = r'''
import contextlib, io, json, os, sys, threading, traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

hits = []

class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        hits.append((self.command, self.path))
        body = b'{"code": 500, "message": "stub"}'
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = "http://127.0.0.1:%d" % server.server_address[1]
jobs = json.loads(open(sys.argv[1], encoding="utf-8").read())
report = []
for job in jobs:
    os.environ.update(job["env"])
    for var in job["host_vars"]:
        os.environ[var] = url
    before = len(hits)
    out = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(job["code"], job["name"], "exec"), {"__name__": "__main__"})
    except BaseException:
        error = traceback.format_exc()
    lines = out.getvalue().strip().splitlines()
    report.append({"name": job["name"], "error": error, "requests": len(hits) - before,
                   "last": lines[-1] if lines else "",
                   "handled": "Exception when calling" in out.getvalue()})
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(report))
'''


def run_all_examples(root: Path, tmp_path: Path) -> list[str]:
    """Run every model and operation example of a generated tree; return the problems."""
    jobs = []
    apis = set(api_pages(root))
    for page in sorted((root / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        if page not in apis and "\n## Example\n" in text:
            jobs.append({"name": f"model {page.name}", "code": code_after(text, "## Example"), "env": {},
                         "host_vars": [], "kind": "model"})
    for s, program, snippet in _all_examples(root):
        for variant, code in (("example", program), ("http_info", _with_http_info(program, snippet))):
            jobs.append({"name": f"{s.page} {s.method} {variant}", "code": code, "env": _credentials(code),
                         "host_vars": re.findall(r'os\.environ\.get\("([A-Z0-9_]+)"', code), "kind": "operation"})
    assert jobs
    (tmp_path / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    (tmp_path / "driver.py").write_text(_DRIVER, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(tmp_path / "driver.py"), str(tmp_path / "jobs.json"), str(tmp_path / "report.json")],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert len(report) == len(jobs)
    problems = []
    for job, outcome in zip(jobs, report):
        if outcome["error"]:
            problems.append(f"{outcome['name']}:\n{outcome['error']}")
        elif job["kind"] == "model" and outcome["last"] != "True":
            problems.append(f"{outcome['name']}: the round trip printed {outcome['last']!r}")
        elif job["kind"] == "operation" and (outcome["requests"] != 1 or not outcome["handled"]):
            problems.append(f"{outcome['name']}: {outcome['requests']} requests, last line {outcome['last']!r}")
    return problems


@pytest.mark.parametrize("spec", FEATURES, ids=lambda p: p.relative_to(REPO / "tests" / "specs").as_posix())
def test_feature_docs_links_and_examples(spec: Path, tmp_path: Path) -> None:
    root = _generate(spec, tmp_path / "out")
    assert check_links(root) == []
    problems = run_all_examples(root, tmp_path)
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_full_voucherify_docs_links_and_examples(tmp_path: Path) -> None:
    """The whole public Voucherify spec: 2,000+ pages link correctly and every example runs."""
    root = _generate(REPO / ".." / "shared" / "specs" / "voucherify-full.json", tmp_path / "out")
    pages = list((root / "docs").glob("*.md"))
    assert len(pages) > 2000
    assert check_links(root) == []
    problems = run_all_examples(root, tmp_path)
    assert problems == [], "\n".join(problems[:20])


def test_examples_pass_required_write_only_properties(tmp_path: Path) -> None:
    # optional in the model (responses leave them out), but a request needs them: the example gives them
    root = _generate(REPO / "tests" / "specs" / "bodies.yaml", tmp_path / "out")
    page = (root / "docs" / "DocumentsApi.md").read_text(encoding="utf-8")
    example = page.split('<a id="create_document"></a>')[1].split("### Parameters")[0]
    assert "upload_token=" in example
