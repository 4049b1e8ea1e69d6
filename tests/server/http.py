"""An HTTP server on 127.0.0.1 for the orders API, with a request log and scripted faults.

Standard library only: `ThreadingHTTPServer` on port 0 in a background thread, HTTP/1.1
with keep-alive (as httpx uses it).  Every request is recorded exactly as it arrived
(`RecordedRequest`): method, the raw request target, the query as a list of pairs, the
headers in order, the body bytes.  Tests script what comes next:

    server.fail_next(404, json={...})                      # one scripted answer
    server.fail_next(502, text="<html>Bad gateway</html>", content_type="text/html")
    server.delay_next(2.0)                                 # answer the next request late
    server.order_extras["loyalty_tier"] = "gold"           # unknown field in every order
    server.store.put({...})                                # seed an order as given

Authentication as Voucherify checks it: `X-App-Id` and `X-App-Token` together, or
`Authorization: Bearer <token>`; otherwise 401 with a JSON error body.
"""

from __future__ import annotations

import hashlib
import json
import threading
import traceback
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .orders import ApiError, OrdersStore

PREFIX = ("v1", "orders")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it went over the wire."""

    method: str
    #: the request target exactly as sent (`/v1/orders/a%2Fb?limit=10`)
    raw_path: str
    #: the path part of `raw_path`, still percent-encoded
    path: str
    #: the query string as sent, without the `?`
    raw_query: str
    #: the decoded query, in order, repeated keys kept
    query: list[tuple[str, str]]
    #: the headers in the order they were sent, names as sent
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        """The (first) value of header `name`, case-insensitively; None when absent."""
        values = self.header_values(name)
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    @property
    def segments(self) -> list[str]:
        """The decoded path segments (`/v1/orders/a%2Fb` -> ['v1', 'orders', 'a/b'])."""
        return [unquote(s) for s in self.path.split("/")[1:]]


@dataclass
class Scripted:
    """An answer to give instead of the API's own (status, body, content type, headers)."""

    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class OrdersServer:
    """The orders API on 127.0.0.1:<free port>; `start()`/`stop()` or use as a context manager."""

    def __init__(self) -> None:
        self.store = OrdersStore()
        self.requests: list[RecordedRequest] = []
        #: tracebacks of the server's own failures (answered as 500 text/plain)
        self.errors: list[str] = []
        self._scripted: deque[Scripted] = deque()
        self._delays: deque[float] = deque()
        #: seconds to wait before every answer (after any `delay_next` ones are used up)
        self.delay = 0.0
        self._lock = threading.Lock()
        self._wake = threading.Event()  # set to cut delays short (reset/stop)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------
    def start(self) -> "OrdersServer":
        handler = type("Handler", (_Handler,), {"app": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="orders-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._wake.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> "OrdersServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        """The base URL, without a trailing slash (`http://127.0.0.1:PORT`)."""
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        """Forget requests, scripts, delays, extras and orders; wake any delayed answer."""
        with self._lock:
            self._wake.set()
            self._wake = threading.Event()
            self.requests.clear()
            self.errors.clear()
            self._scripted.clear()
            self._delays.clear()
            self.delay = 0.0
        self.store.reset()

    # -- scripting --------------------------------------------------------------------
    @property
    def order_extras(self) -> dict[str, Any]:
        """Fields merged into every order the server returns (unknown fields, unknown enum values)."""
        return self.store.order_extras

    @property
    def response_extras(self) -> dict[str, Any]:
        """Fields merged into the top level of every successful JSON answer."""
        return self.store.response_extras

    def fail_next(
        self,
        status: int,
        *,
        json: Any = None,
        text: str | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests with this status and body instead of the API's answer.

        `json` is serialised as JSON (default content type application/json), `text` sent as
        UTF-8 (default text/plain), `body` sent as is.
        """
        return self.respond_next(
            status,
            json=json,
            text=text,
            body=body,
            content_type=content_type,
            headers=headers,
            times=times,
        )

    def respond_next(
        self,
        status: int = 200,
        *,
        json: Any = None,
        text: str | None = None,
        body: bytes | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Script the next answer(s), successful or not (see `fail_next`)."""
        if json is not None:
            raw, default_type = _dumps(json), "application/json"
        elif text is not None:
            raw, default_type = text.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            raw, default_type = body or b"", None
        with self._lock:
            for _ in range(times):
                self._scripted.append(
                    Scripted(
                        status, raw, content_type or default_type, dict(headers or {})
                    )
                )

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Wait `seconds` before answering each of the next `times` requests."""
        with self._lock:
            self._delays.extend([seconds] * times)

    def last(self) -> RecordedRequest:
        assert self.requests, "no request was received"
        return self.requests[-1]

    # -- serving (called by the handler threads) -----------------------------------------
    def _answer(self, request: RecordedRequest) -> Scripted:
        with self._lock:
            self.requests.append(request)
            scripted = self._scripted.popleft() if self._scripted else None
            delay = self._delays.popleft() if self._delays else self.delay
            wake = self._wake
        if delay:
            wake.wait(delay)
        if scripted is not None:
            return scripted
        try:
            return self._api(request)
        except ApiError as error:
            return Scripted(
                error.status, _dumps({**error.body, "request_id": _request_id(request)})
            )
        except (
            Exception
        ):  # a bug of the test server: answer 500 with the traceback, remember it
            text = traceback.format_exc()
            self.errors.append(text)
            return Scripted(500, text.encode("utf-8"), "text/plain; charset=utf-8")

    def _api(self, request: RecordedRequest) -> Scripted:
        if not _authenticated(request):
            raise ApiError(
                401, "unauthorized", "Unauthorized", "Missing or invalid credentials"
            )
        segments = request.path.split("/")[1:]
        if tuple(segments[:2]) != PREFIX or len(segments) > 3:
            raise ApiError(
                404, "not_found", "Resource not found", f"No route for {request.path}"
            )
        body: Any = None
        if request.method in ("POST", "PUT"):
            content_type = (
                (request.header("Content-Type") or "").split(";")[0].strip().lower()
            )
            if content_type != "application/json":
                raise ApiError(
                    415,
                    "unsupported_media_type",
                    "Unsupported media type",
                    "Send application/json",
                )
            try:
                body = json.loads(request.body.decode("utf-8"))
            except ValueError as exc:
                raise ApiError(400, "invalid_json", "Invalid JSON", str(exc)) from None
        status, payload = self.store.handle(
            request.method, [unquote(s) for s in segments[2:]], request.query, body
        )
        return Scripted(
            status, _dumps(payload), headers={"X-Request-Id": _request_id(request)}
        )


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _request_id(request: RecordedRequest) -> str:
    digest = hashlib.sha256(
        request.method.encode() + request.raw_path.encode() + request.body
    )
    return f"v-{digest.hexdigest()[:16]}"


def _authenticated(request: RecordedRequest) -> bool:
    if request.header("X-App-Id") and request.header("X-App-Token"):
        return True
    scheme, _, token = (request.header("Authorization") or "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


class _Handler(BaseHTTPRequestHandler):
    app: OrdersServer
    protocol_version = "HTTP/1.1"
    server_version = "OrdersTestServer/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        split = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            raw_path=self.path,
            path=split.path,
            raw_query=split.query,
            query=parse_qsl(split.query, keep_blank_values=True),
            headers=list(self.headers.items()),
            body=self._read_body(),
        )
        answer = self.app._answer(request)
        try:
            self.send_response(answer.status)
            if answer.content_type:
                self.send_header("Content-Type", answer.content_type)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle
