"""The shared work of every operation: requests out, responses in.

Each generated API module describes its operations as `Operation` values
(method, path, parameters, body and response types, security); the clients
in `api_client` hand them here.  Sync and async clients share all of it.
The body and response types are named on an operation's first call, so that
importing an API module imports none of the models.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from functools import cached_property, wraps
from typing import Any, Concatenate, ParamSpec, TypeVar, Union
from urllib.parse import quote

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from ._base import REQUEST, adapter, dumps, parse_json, to_jsonable, wire_name
from .api_response import ApiResponse
from .configuration import AUTH_SCHEMES, USER_AGENT, Configuration
from .exceptions import ApiDecodeError, ApiValueError, exception_for_status

__all__ = [
    "Param",
    "Operation",
    "Timeout",
    "build_request",
    "decode_response",
    "data_only",
    "data_only_async",
]

#: a per-call timeout: seconds, (connect, read) seconds, or an httpx.Timeout
Timeout = Union[float, tuple[float, float], httpx.Timeout, None]

_P = ParamSpec("_P")
_T = TypeVar("_T")
_S = TypeVar("_S")


def data_only(
    method: Callable[Concatenate[_S, _P], ApiResponse[_T]],
) -> Callable[Concatenate[_S, _P], _T]:
    """The method `op` of an API class: `op_with_http_info` (same arguments) returning `.data`."""

    @wraps(method)
    def call(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        return method(self, *args, **kwargs).data

    return call


def data_only_async(
    method: Callable[Concatenate[_S, _P], Awaitable[ApiResponse[_T]]],
) -> Callable[Concatenate[_S, _P], Coroutine[Any, Any, _T]]:
    """`data_only` for the async API classes."""

    @wraps(method)
    async def call(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        return (await method(self, *args, **kwargs)).data

    return call


@dataclass(frozen=True)
class Param:
    """A parameter: wire name, location and serialisation style."""

    name: str
    location: str  # path, query, header or cookie
    style: str = ""  # "" means the location's default (simple or form)
    explode: bool | None = None  # None means the style's default
    #: given by `content`: the value is sent as this media type (JSON text), not by style
    media_type: str = ""
    #: the value's key in a call's `args` when it is not `name`: another parameter of the
    #: operation has the same name in another location (`id` in the path and `id@query`)
    key: str = ""
    #: the one value a required parameter allows (`const`): sent when a call gives none
    fixed: Any = None

    @property
    def effective_style(self) -> str:
        return self.style or (
            "simple" if self.location in ("path", "header") else "form"
        )

    @property
    def effective_explode(self) -> bool:
        return (
            self.explode if self.explode is not None else self.effective_style == "form"
        )


class Operation:
    """Everything one operation needs on the wire.

    `body` and each entry of `responses` map a media type to the Python type
    of its content (None: no schema); `responses` is keyed by status (`200`,
    `4XX`, `default`).  Both are given as functions returning the map, called
    once on first use: the types name models, which are imported only then.
    `auth` lists alternatives, each a tuple of scheme names used together.
    `form` gives the form body fields written with their own style or explode;
    `parts` the multipart parts sent with a content type of their own.
    """

    def __init__(
        self,
        method: str,
        path: str,
        params: tuple[Param, ...] = (),
        body: Callable[[], Mapping[str, Any]] = dict,
        responses: Callable[[], Mapping[str, Mapping[str, Any]]] = dict,
        auth: tuple[tuple[str, ...], ...] = (),
        form: tuple[Param, ...] = (),
        parts: Mapping[str, str] | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.auth = auth
        self.form = {field.name: field for field in form}
        self.parts: Mapping[str, str] = parts or {}
        self._body = body
        self._responses = responses

    @cached_property
    def body(self) -> Mapping[str, Any]:
        return self._body()

    @cached_property
    def responses(self) -> Mapping[str, Mapping[str, Any]]:
        return self._responses()

    @cached_property
    def accept(self) -> str:
        """The `Accept` header: every declared media type, success responses first;
        JSON first, and the others at a lower weight when there is JSON."""
        seen: dict[str, None] = {}
        for _, contents in sorted(
            self.responses.items(), key=lambda kv: not kv[0].startswith("2")
        ):
            seen.update(dict.fromkeys(contents))
        first = [m for m in seen if _media_kind(m) == "json"]
        if not first:
            return ", ".join(seen)
        return ", ".join(first + [f"{m};q=0.5" for m in seen if m not in first])


# ----------------------------------------------------------------- media types


#: media type -> how it is written, as the generator classifies media types (XML is text here)
_MEDIA_KINDS = {
    "application/json": "json",
    "application/x-www-form-urlencoded": "form",
    "application/xml": "text",
    "text/xml": "text",
    "application/x-ndjson": "text",
    "application/ndjson": "text",
    "application/jsonl": "text",
    "application/json-seq": "text",
    "application/javascript": "text",
    "application/ecmascript": "text",
    "application/yaml": "text",
    "application/x-yaml": "text",
    "application/graphql": "text",
    "application/sql": "text",
    "application/x-sh": "text",
    "*/*": "any",
    "*": "any",
    "application/*": "any",
    "text/*": "text",
}
_MEDIA_SUFFIXES = {
    "+json": "json",
    "+xml": "text",
}
_MEDIA_TOP_LEVEL = {
    "text": "text",
    "multipart": "multipart",
    "image": "binary",
    "audio": "binary",
    "video": "binary",
    "font": "binary",
    "model": "binary",
}


def _media_kind(media_type: str) -> str:
    """json, form, multipart, text, binary, or any (a wildcard)."""
    media = media_type.split(";")[0].strip().lower()
    if media in _MEDIA_KINDS:
        return _MEDIA_KINDS[media]
    for suffix, kind in _MEDIA_SUFFIXES.items():
        if media.endswith(suffix):
            return kind
    top = _MEDIA_TOP_LEVEL.get(media.split("/")[0])
    if top is not None:
        return top
    return "json" if "json" in media else "binary"


# ----------------------------------------------------------------- parameters


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def _content_value(param: Param, value: Any) -> str:
    """A parameter given by `content`: the whole value as one JSON (or text) string."""
    if _media_kind(param.media_type) == "json":
        return dumps(value)
    return _scalar(to_jsonable(value))


def _query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    """form, spaceDelimited, pipeDelimited and deepObject (query and cookie)."""
    style, explode, name = param.effective_style, param.effective_explode, param.name
    if param.media_type:
        return [(name, _content_value(param, value))]
    value = to_jsonable(value)
    if isinstance(value, list):
        items = [_scalar(v) for v in value if v is not None]
        if explode and style in ("form", "spaceDelimited", "pipeDelimited"):
            return [(name, item) for item in items]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, separator.join(items))]
    if isinstance(value, dict):
        if style == "deepObject":
            return _deep_object(name, value)
        if explode:
            return [(str(k), _scalar(v)) for k, v in value.items() if v is not None]
        return [
            (
                name,
                ",".join(
                    f"{k},{_scalar(v)}" for k, v in value.items() if v is not None
                ),
            )
        ]
    return [(name, _scalar(value))]


def _deep_object(prefix: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, dict):
        pairs: list[tuple[str, str]] = []
        for key, item in value.items():
            if item is not None:
                pairs.extend(_deep_object(f"{prefix}[{key}]", item))
        return pairs
    if isinstance(value, list):
        return [(prefix, _scalar(v)) for v in value]
    return [(prefix, _scalar(value))]


def _simple(param: Param, value: Any, encode: bool) -> str:
    """simple, label and matrix (path and header)."""

    def esc(text: str) -> str:
        return quote(text, safe="") if encode else text

    if param.media_type:
        return esc(_content_value(param, value))
    value = to_jsonable(value)

    style, explode, name = param.effective_style, param.effective_explode, param.name
    if isinstance(value, dict):
        pairs = [
            (esc(str(k)), esc(_scalar(v))) for k, v in value.items() if v is not None
        ]
        if style == "matrix" and explode:
            return "".join(f";{k}={v}" for k, v in pairs)
        items = (
            [f"{k}={v}" for k, v in pairs]
            if explode
            else [p for kv in pairs for p in kv]
        )
    elif isinstance(value, list):
        items = [esc(_scalar(v)) for v in value if v is not None]
        if style == "matrix" and explode:
            return "".join(f";{name}={item}" for item in items)
    else:
        items = [esc(_scalar(value))]
    if style == "label":
        return "." + ("." if explode else ",").join(items)
    if style == "matrix":
        return f";{name}=" + ",".join(items)
    return ",".join(items)


_PATH_VARIABLE = re.compile(r"\{([^{}]+)\}")


def _path(op: Operation, args: Mapping[str, Any]) -> str:
    params = {p.name: p for p in op.params if p.location == "path"}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = args.get(name)
        if value is None or name not in params:
            raise ApiValueError(f"missing required path parameter {name!r}")
        return _simple(params[name], value, encode=True)

    return _PATH_VARIABLE.sub(fill, op.path)


# ----------------------------------------------------------------- auth


def _apply_auth(
    config: Configuration,
    op: Operation,
    headers: dict[str, str],
    query: list[tuple[str, str | int | float | bool | None]],
    cookies: list[tuple[str, str]],
) -> None:
    """Send the credentials of the first `security` alternative configured in full.

    An empty alternative (`{}`: credentials are optional) is taken only when no
    other is configured in full: then nothing is sent.  Without one, what is
    configured of the first alternative that has anything is sent (the server
    then says what is missing).  An API key the call gives as an argument (an
    operation parameter of the same name and place) is sent instead of the
    configured one, once.
    """
    chosen: list[tuple[str, str]] | None = None
    partial: list[tuple[str, str]] = []
    optional = False
    for alternative in op.auth:
        if not alternative:
            optional = True
            continue
        values = [(name, config.credential(name)) for name in alternative]
        present = [(name, value) for name, value in values if value is not None]
        if len(present) == len(values):
            chosen = present
            break
        if present and not partial:
            partial = present
    if chosen is None:
        chosen = [] if optional else partial
    given = {k.lower() for k in headers}
    for name, value in chosen:
        scheme = AUTH_SCHEMES[name]
        key = scheme.parameter_name
        if scheme.kind != "apiKey":
            headers["Authorization"] = value
        elif scheme.location == "query":
            if all(k != key for k, _ in query):
                query.append((key, value))
        elif scheme.location == "cookie":
            if all(k != key for k, _ in cookies):
                cookies.append((key, value))
        elif key.lower() not in given:
            headers[key] = value


# ----------------------------------------------------------------- bodies


def _validated(tp: Any, body: Any) -> Any:
    if tp is None:
        return to_jsonable(body, REQUEST)
    checked = adapter(tp)
    try:
        value = checked.validate_python(body)
    except ValidationError as exc:
        raise ApiValueError(f"invalid request body: {exc}") from exc
    return checked.dump_python(
        value, mode="json", by_alias=True, exclude_unset=True, context=REQUEST
    )


def _is_raw(value: Any) -> bool:
    """bytes, a file object or an httpx file tuple: sent as it is."""
    raw = (bytes, bytearray, memoryview, tuple)
    return isinstance(value, raw) or hasattr(value, "read")


def _default_media(op: Operation, body: Any) -> str:
    """The media type a body goes out as when the call does not say: the one whose
    model the body is, the first text (binary) one for str (bytes), else the first."""
    declared = list(op.body)
    if isinstance(body, BaseModel):  # the media type whose model it is
        return next((m for m in declared if op.body[m] is type(body)), declared[0])
    if _is_raw(body):
        wanted = "binary"
    elif isinstance(body, str):
        wanted = "text"
    else:
        return declared[0]
    if _media_kind(declared[0]) == wanted:
        return declared[0]
    return next((m for m in declared if _media_kind(m) == wanted), declared[0])


def _fields(tp: Any, body: Any, media: str) -> dict[str, Any]:
    """A form or multipart body's fields by wire name: the model's (a mapping is checked against
    the model first), with file objects and httpx file tuples passed through as given.
    """
    files: dict[str, Any] = {}
    if isinstance(body, Mapping):
        files = {
            str(k): v
            for k, v in body.items()
            if _is_raw(v) and not isinstance(v, bytes)
        }
        body = {**body, **dict.fromkeys(files, b"")}  # a file is checked as bytes
    if tp is not None and not isinstance(body, BaseModel):
        try:
            body = adapter(tp).validate_python(body)
        except ValidationError as exc:
            raise ApiValueError(f"invalid request body: {exc}") from exc
    if isinstance(body, BaseModel):
        fields = type(body).model_fields
        files = {
            (wire_name(fields[k]) or k) if k in fields else k: v
            for k, v in files.items()
        }
        body = body.model_dump(by_alias=True, exclude_unset=True, context=REQUEST)
    if not isinstance(body, Mapping):
        raise ApiValueError(
            f"the {media} body is sent as the fields of an object; got {type(body).__name__}"
        )
    return {str(k): files.get(str(k), v) for k, v in body.items() if v is not None}


def _form_text(value: Any) -> str:
    """A form field's text: an object as JSON, anything else as it reads."""
    value = to_jsonable(value, REQUEST)
    return dumps(value) if isinstance(value, dict) else _scalar(value)


def _part(value: Any, content_type: str | None = None) -> Any:
    """A multipart part: bytes and files as they are, an object as JSON, anything else as text;
    sent as `content_type` when the spec gives the part one (an httpx file tuple says its own).
    """
    if isinstance(value, tuple):
        return value
    if _is_raw(value):
        if content_type is None:
            return value
        name = getattr(value, "name", None)
        path = name if isinstance(name, str) else ""
        filename = path.replace("\\", "/").rpartition("/")[2]  # as httpx names a file
        return (filename or "upload", value, content_type)
    value = to_jsonable(value, REQUEST)
    if isinstance(value, (dict, list)):
        if content_type is None or _media_kind(content_type) != "json":
            content_type = "application/json"  # an object is sent as JSON, whatever else is declared
        return (None, dumps(value), content_type)
    if content_type is None:
        return (None, _scalar(value))
    return (None, _scalar(value), content_type)


def _items(value: Any) -> list[Any]:
    """A field's values: an array goes out as one field (or part) per item (OpenAPI's default
    for form and multipart bodies, `style: form, explode: true`)."""
    if isinstance(value, list):
        return [v for v in value if v is not None]
    return [value]


def _encode_body(
    op: Operation, body: Any, content_type: str | None
) -> tuple[dict[str, str], dict[str, Any]]:
    """(headers, httpx request arguments) for a request body."""
    if body is None:
        return {}, {}
    if not op.body:
        raise ApiValueError("this operation takes no request body")
    media = content_type or _default_media(op, body)
    if media not in op.body:
        raise ApiValueError(f"content type {media!r} is not one of {list(op.body)}")
    kind, tp = _media_kind(media), op.body[media]
    if kind in ("json", "any"):
        text = json.dumps(
            _validated(tp, body), separators=(",", ":"), ensure_ascii=False
        )
        return {"Content-Type": media}, {"content": text.encode("utf-8")}
    if kind == "form":
        data: dict[str, list[str]] = {}
        for k, value in _fields(tp, body, media).items():
            if k in op.form:  # a style of its own: written as a query parameter is
                for key, text in _query_pairs(op.form[k], value):
                    data.setdefault(key, []).append(text)
            else:
                data[k] = [_form_text(v) for v in _items(value)]
        return {}, {"data": data}
    if kind == "multipart":
        # every field a part, files or not: httpx sends multipart only when there are files
        parts = [
            (k, _part(v, op.parts.get(k)))
            for k, value in _fields(tp, body, media).items()
            for v in _items(value)
        ]
        return {}, {"files": parts}
    if kind == "text":
        if not isinstance(body, (str, bytes, bytearray)):
            raise ApiValueError(
                f"the {media} body is sent as it is: pass it as str, not {type(body).__name__}"
            )
        raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        return {"Content-Type": media}, {"content": raw}
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not _is_raw(body):
        raise ApiValueError(
            f"the {media} body is sent as it is: pass bytes or a file, not {type(body).__name__}"
        )
    return {"Content-Type": media}, {"content": body}


# ----------------------------------------------------------------- requests


def _timeout(config: Configuration, timeout: Timeout) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, tuple):
        connect, read = timeout
        return httpx.Timeout(read, connect=connect)
    return httpx.Timeout(timeout if timeout is not None else config.timeout)


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    config: Configuration,
    op: Operation,
    args: Mapping[str, Any],
    body: Any = None,
    *,
    headers: Mapping[str, str] | None = None,
    content_type: str | None = None,
    timeout: Timeout = None,
) -> httpx.Request:
    """An httpx request for one call; parameters left as None are not sent."""
    query: list[tuple[str, str | int | float | bool | None]] = []
    cookies: list[tuple[str, str]] = []
    out_headers = {"User-Agent": USER_AGENT, **config.default_headers}
    if op.accept:
        out_headers["Accept"] = op.accept
    for param in op.params:
        value = args.get(param.key or param.name)
        if value is None:
            value = param.fixed
        if value is None or param.location == "path":
            continue
        if param.location == "query":
            query.extend(_query_pairs(param, value))
        elif param.location == "header":
            out_headers[param.name] = _simple(param, value, encode=False)
        else:
            cookies.extend(_query_pairs(param, value))
    _apply_auth(config, op, out_headers, query, cookies)
    body_headers, content = _encode_body(op, body, content_type)
    out_headers.update(body_headers)
    if cookies:
        out_headers["Cookie"] = "; ".join(
            f"{k}={quote(v, safe='')}" for k, v in cookies
        )
    out_headers.update(headers or {})
    return http.build_request(
        op.method,
        config.host + _path(op, args),
        params=query,
        headers=out_headers,
        timeout=_timeout(config, timeout),
        **content,
    )


# ----------------------------------------------------------------- responses


def _contents_for(op: Operation, status: int) -> Mapping[str, Any] | None:
    """The declared contents for a status: exact, then `4XX`-style, then default."""
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in op.responses:
            return op.responses[key]
    return None


def _select(contents: Mapping[str, Any], media: str) -> tuple[str, Any]:
    """The declared (media type, type) that matches a response's content type."""
    if media in contents:
        return media, contents[media]
    for declared, tp in contents.items():
        if (
            declared in ("*/*", f"{media.split('/')[0]}/*")
            or _media_kind(declared) == _media_kind(media) != "binary"
        ):
            return declared, tp
    if contents:
        return next(iter(contents.items()))
    return media, None


def _decode(contents: Mapping[str, Any] | None, response: httpx.Response) -> Any:
    """The body as the declared type; the declared media type decides how to read it."""
    if response.status_code == 204 or not response.content:
        return None
    actual = (
        response.headers.get("content-type", "application/octet-stream")
        .split(";")[0]
        .strip()
        .lower()
    )
    declared, tp = _select(contents or {}, actual)
    kind = _media_kind(actual if "*" in declared else declared)
    if kind == "json":
        try:
            return response.json() if tp is None else parse_json(tp, response.content)
        except ValueError as exc:
            if _media_kind(actual) in ("json", "any"):
                raise
            raise ValueError(
                f"the body is {actual}, not {declared} as the operation declares"
            ) from exc
    if kind == "text" or kind in ("form", "multipart"):
        return response.text
    return response.content


def decode_response(op: Operation, response: httpx.Response) -> ApiResponse[Any]:
    """The decoded response of a 2xx status; an `ApiException` subclass otherwise."""
    contents = _contents_for(op, response.status_code)
    if not 200 <= response.status_code < 300:
        try:
            data = _decode(contents, response) if contents else None
        except Exception:  # a malformed error body never hides the error itself
            data = None
        raise exception_for_status(response.status_code)(
            response.status_code,
            response.reason_phrase,
            response.headers,
            response.text,
            data,
        )
    try:
        # a status the operation declares without content has no data (its type is None),
        # whatever the server sends: the body is still in `raw_data`
        data = None if contents == {} else _decode(contents, response)
    except (ValueError, ValidationError) as exc:
        raise ApiDecodeError(
            f"cannot decode the {response.status_code} response: {exc}",
            status=response.status_code,
            headers=response.headers,
            body=response.text,
        ) from exc
    return ApiResponse(response.status_code, response.headers, data, response.content)
