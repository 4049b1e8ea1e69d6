"""Models and parameters on the wire: a generated client against a real HTTP server.

A feature spec (every parameter style, every body media type, every auth
kind, declared error models, binary and text responses) is generated and
imported; its client calls an echo server started on 127.0.0.1, which sends
back what it received, so each test checks the exact bytes on the wire.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
import socket
import sys
import threading
import time
import types
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import black
import pytest

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package

OBJ = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
ARR = {"type": "array", "items": {"type": "string"}}
ECHO = {"200": {"description": "echo", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Echo"}}}}}


def _q(name: str, schema: dict, **extra: object) -> dict:
    return {"name": name, "in": "query", "schema": schema, **extra}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Wire", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:{port}", "variables": {"port": {"default": "1"}}}],
    "paths": {
        "/params/{id}/{labels}/{matrix}": {
            "get": {
                "operationId": "params",
                "parameters": [
                    {"name": "matrix", "in": "path", "required": True, "style": "matrix", "explode": True, "schema": ARR},
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "labels", "in": "path", "required": True, "style": "label", "schema": ARR},
                    _q("tags", ARR),
                    _q("csv", ARR, explode=False),
                    _q("spaced", ARR, style="spaceDelimited", explode=False),
                    _q("piped", ARR, style="pipeDelimited", explode=False),
                    _q("filter", OBJ, style="deepObject", explode=True),
                    _q("flat", OBJ),
                    _q("flag", {"type": "boolean"}),
                    _q("when", {"type": "string", "format": "date-time"}),
                    {"name": "X-Ids", "in": "header", "schema": ARR},
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": ECHO,
            }
        },
        "/bodies": {
            "post": {
                "operationId": "sendBody",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}},
                        "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Thing"}},
                        "text/plain": {"schema": {"type": "string"}},
                        "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                    },
                },
                "responses": ECHO,
            }
        },
        "/upload": {
            "post": {
                "operationId": "upload",
                "requestBody": {"content": {"multipart/form-data": {"schema": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "file": {"type": "string", "format": "binary"}},
                }}}},
                "responses": ECHO,
            }
        },
        "/download": {
            "get": {
                "operationId": "download",
                "responses": {
                    "200": {"description": "bytes", "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
                },
            }
        },
        "/text": {
            "get": {"operationId": "getText", "responses": {"200": {"description": "t", "content": {"text/plain": {"schema": {"type": "string"}}}}}}
        },
        "/empty": {"delete": {"operationId": "deleteThing", "responses": {"204": {"description": "gone"}}}},
        "/status/{code}": {
            "get": {
                "operationId": "status",
                "parameters": [{"name": "code", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    **ECHO,
                    "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                    "4XX": {"description": "client", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                    "default": {"description": "other", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                },
            }
        },
        "/slow": {"get": {"operationId": "slow", "responses": ECHO}},
        "/auth/key": {"get": {"operationId": "authKey", "security": [{"QueryKey": [], "CookieKey": []}], "responses": ECHO}},
        "/auth/basic": {"get": {"operationId": "authBasic", "security": [{"Basic": []}], "responses": ECHO}},
        "/auth/either": {"get": {"operationId": "authEither", "security": [{"HeaderKey": []}, {"Bearer": []}], "responses": ECHO}},
        "/auth/none": {"get": {"operationId": "authNone", "security": [], "responses": ECHO}},
    },
    "security": [{"Bearer": []}],
    "components": {
        "securitySchemes": {
            "QueryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "CookieKey": {"type": "apiKey", "in": "cookie", "name": "sid"},
            "HeaderKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "Basic": {"type": "http", "scheme": "basic"},
            "Bearer": {"type": "http", "scheme": "bearer"},
        },
        "schemas": {
            "Echo": {"type": "object", "additionalProperties": True, "properties": {
                "method": {"type": "string"}, "path": {"type": "string"}, "query": {"type": "string"},
                "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                "body": {"type": "string"}}},
            "Thing": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "count": {"type": "integer"}, "when": {"type": "string", "format": "date"},
                "note": {"type": "string", "nullable": True}}},
            "Problem": {"type": "object", "properties": {"code": {"type": "integer"}, "message": {"type": "string"}}},
        },
    },
}


class _Echo(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        if path == "/slow":
            time.sleep(1.0)
        if path == "/download":
            return self._send(200, b"\x00\x01binary\xff", "application/octet-stream")
        if path == "/text":
            return self._send(200, "plain text é".encode(), "text/plain; charset=utf-8")
        if path == "/empty":
            return self._send(204, b"", None)
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            if code == 500:
                return self._send(500, b"<html>upstream failed</html>", "text/html")
            if code >= 400:
                problem = {"code": code, "message": f"failed with {code}"}
                return self._send(code, json.dumps(problem).encode(), "application/json")
        echo = {
            "method": self.command, "path": path, "query": query,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": base64.b64encode(body).decode(),
        }
        self._send(200, json.dumps(echo).encode(), "application/json")

    def _send(self, status: int, data: bytes, content_type: str | None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except BrokenPipeError:  # the client gave up (the timeout test)
            pass

    do_GET = do_POST = do_PUT = do_DELETE = _answer


@pytest.fixture(scope="module")
def server() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[types.ModuleType]:
    root = tmp_path_factory.mktemp("wire")
    api, _ = build_ir(types.SimpleNamespace(document=SPEC))
    files = render_package(api, Options(spec=root / "spec.json", output=root, package_name="wire"))
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(black.format_str(text, mode=black.Mode()) if rel.endswith(".py") else text)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("wire")
    finally:
        sys.path.remove(str(root))


@pytest.fixture()
def api(pkg: types.ModuleType, server: int) -> Iterator[object]:
    config = pkg.Configuration(server_variables={"port": str(server)}, access_token="tok")
    with pkg.ApiClient(config) as client:
        yield pkg.DefaultApi(client)


def _body(echo: object) -> bytes:
    return base64.b64decode(echo.body)  # type: ignore[attr-defined]


def test_path_styles_and_percent_encoding(api: object) -> None:
    echo = api.params("a/b?c d", ["x", "y"], ["m", "n"])  # type: ignore[attr-defined]
    # label without explode joins with commas; matrix with explode repeats the name
    assert echo.path == "/params/a%2Fb%3Fc%20d/.x,y/;matrix=m;matrix=n"


def test_query_styles(api: object) -> None:
    import datetime as dt

    echo = api.params(  # type: ignore[attr-defined]
        "1", ["l"], ["m"], tags=["a", "b"], csv=["a", "b"], spaced=["a", "b"], piped=["a", "b"],
        filter={"a": "x", "b": 2}, flat={"a": "y"}, flag=True, when=dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc),
    )
    pairs = [tuple(unquote(p.replace("+", " ")).split("=", 1)) for p in echo.query.split("&")]
    assert pairs == [
        ("tags", "a"), ("tags", "b"), ("csv", "a,b"), ("spaced", "a b"), ("piped", "a|b"),
        ("filter[a]", "x"), ("filter[b]", "2"), ("a", "y"), ("flag", "true"), ("when", "2024-01-02T03:04:05+00:00"),
    ]


def test_unset_optional_parameters_are_not_sent(api: object) -> None:
    echo = api.params("1", ["l"], ["m"])  # type: ignore[attr-defined]
    assert echo.query == "" and "x-ids" not in echo.headers and "cookie" not in echo.headers


def test_header_and_cookie_parameters_and_per_call_headers(api: object) -> None:
    echo = api.params("1", ["l"], ["m"], x_ids=["1", "2"], session="s 1", _headers={"X-Trace": "t"})  # type: ignore[attr-defined]
    assert echo.headers["x-ids"] == "1,2" and echo.headers["x-trace"] == "t"
    assert echo.headers["cookie"] == "session=s%201"


def test_json_body_from_model_or_dict_sends_only_set_fields(api: object, pkg: types.ModuleType) -> None:
    thing = pkg.models.Thing(name="n", note=None)
    assert json.loads(_body(api.send_body(thing))) == {"name": "n", "note": None}  # type: ignore[attr-defined]
    echo = api.send_body({"name": "d", "count": 2, "when": "2024-05-06", "extra": [1]})  # type: ignore[attr-defined]
    assert json.loads(_body(echo)) == {"name": "d", "count": 2, "when": "2024-05-06", "extra": [1]}
    assert echo.headers["content-type"] == "application/json"
    with pytest.raises(pkg.ApiValueError):
        api.send_body({"count": 1})  # type: ignore[attr-defined]  # name is required


def test_other_body_media_types(api: object) -> None:
    form = api.send_body({"name": "a b", "count": 3}, _content_type="application/x-www-form-urlencoded")  # type: ignore[attr-defined]
    assert _body(form) == b"name=a+b&count=3"
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    text = api.send_body("héllo", _content_type="text/plain")  # type: ignore[attr-defined]
    assert _body(text) == "héllo".encode() and text.headers["content-type"] == "text/plain"
    raw = api.send_body(b"\x00\xff", _content_type="application/octet-stream")  # type: ignore[attr-defined]
    assert _body(raw) == b"\x00\xff" and raw.headers["content-type"] == "application/octet-stream"


def test_multipart_upload(api: object) -> None:
    echo = api.upload(upload_request_body={"name": "n", "file": ("a.bin", b"\x00\x01", "application/x-thing")})  # type: ignore[attr-defined]
    body = _body(echo)
    assert echo.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="name"\r\n\r\nn\r\n' in body
    assert b'filename="a.bin"' in body and b"Content-Type: application/x-thing\r\n\r\n\x00\x01\r\n" in body


def test_binary_text_and_empty_responses(api: object) -> None:
    assert api.download() == b"\x00\x01binary\xff"  # type: ignore[attr-defined]
    assert api.get_text() == "plain text é"  # type: ignore[attr-defined]
    response = api.delete_thing_with_http_info()  # type: ignore[attr-defined]
    assert (response.status_code, response.data, response.raw_data) == (204, None, b"")


def test_errors_by_status_with_declared_models(api: object, pkg: types.ModuleType) -> None:
    cases = [(404, pkg.NotFoundException), (409, pkg.ConflictException), (422, pkg.UnprocessableEntityException),
             (429, pkg.TooManyRequestsException), (418, pkg.ApiException), (503, pkg.ServiceException)]
    for code, exc_type in cases:
        with pytest.raises(exc_type) as info:
            api.status(code)  # type: ignore[attr-defined]
        err = info.value
        assert err.status == code and json.loads(err.body) == {"code": code, "message": f"failed with {code}"}
        assert isinstance(err.data, pkg.models.Problem) and err.data.code == code  # 404, 4XX and default
        assert isinstance(err, pkg.OpenApiError) and err.headers["content-type"] == "application/json"


def test_non_json_error_body_keeps_the_error(api: object, pkg: types.ModuleType) -> None:
    with pytest.raises(pkg.ServiceException) as info:
        api.status(500)  # type: ignore[attr-defined]
    assert info.value.body == "<html>upstream failed</html>" and info.value.data is None
    assert "500" in str(info.value) and info.value.reason == "Internal Server Error"


def test_auth_only_the_listed_schemes(pkg: types.ModuleType, server: int) -> None:
    config = pkg.Configuration(
        server_variables={"port": str(server)}, api_key={"QueryKey": "q k", "sid": "c", "X-Key": "h"},
        api_key_prefix={"X-Key": "Token"}, access_token="tok", username="u", password="p",
    )
    with pkg.ApiClient(config) as client:
        api = pkg.DefaultApi(client)
        key = api.auth_key()
        assert key.query == "api_key=q+k" and key.headers["cookie"] == "sid=c" and "authorization" not in key.headers
        basic = api.auth_basic()
        assert basic.headers["authorization"] == "Basic " + base64.b64encode(b"u:p").decode()
        either = api.auth_either()  # the first alternative that is configured
        assert either.headers["x-key"] == "Token h" and "authorization" not in either.headers
        assert "authorization" not in api.auth_none().headers
        assert api.params("1", ["l"], ["m"]).headers["authorization"] == "Bearer tok"  # document security
    config.api_key.clear()
    with pkg.ApiClient(config) as client:
        assert pkg.DefaultApi(client).auth_either().headers["authorization"] == "Bearer tok"


def test_timeouts_and_connection_errors(api: object, pkg: types.ModuleType) -> None:
    with pytest.raises(pkg.ApiTimeoutError):
        api.slow(_request_timeout=0.2)  # type: ignore[attr-defined]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connection refused
        with pkg.ApiClient(pkg.Configuration(host=f"http://127.0.0.1:{port}")) as client:
            with pytest.raises(pkg.ApiConnectionError):
                pkg.DefaultApi(client).auth_none()


def test_async_client_has_the_same_surface(pkg: types.ModuleType, server: int) -> None:
    async def run() -> tuple[object, object]:
        config = pkg.Configuration(server_variables={"port": str(server)}, access_token="tok")
        async with pkg.AsyncApiClient(config) as client:
            api = pkg.AsyncDefaultApi(client)
            echo = await api.params("a/b", ["x"], ["m"], tags=["t"])
            info = await api.download_with_http_info()
            with pytest.raises(pkg.NotFoundException):
                await api.status(404)
            return echo, info

    echo, info = asyncio.run(run())
    assert echo.path == "/params/a%2Fb/.x/;matrix=m" and echo.query == "tags=t"
    assert info.status_code == 200 and info.data == b"\x00\x01binary\xff"


def test_server_variables_pick_the_host(pkg: types.ModuleType) -> None:
    assert pkg.Configuration().host == "http://127.0.0.1:1"
    assert pkg.Configuration(server_variables={"port": "8080"}).host == "http://127.0.0.1:8080"
    assert pkg.Configuration(host="http://h/").host == "http://h"
    with pytest.raises(ValueError):
        pkg.Configuration(server_variables={"nope": "1"}).host  # noqa: B018


def test_sync_and_async_classes_share_signatures(pkg: types.ModuleType) -> None:
    import inspect

    for name, method in vars(pkg.DefaultApi).items():
        if not name.startswith("_"):
            twin = getattr(pkg.AsyncDefaultApi, name)
            assert inspect.signature(method) == inspect.signature(twin)
            assert inspect.iscoroutinefunction(twin)

