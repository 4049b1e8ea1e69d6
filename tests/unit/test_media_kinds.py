"""Media kinds (`generator.ir.media`), the generated runtime's table (rendered from the same one),
and the warnings about content a client cannot send as declared."""

from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import generator
from generator.ir.build import build_ir
from generator.ir.media import MediaKind, media_kind
from generator.ir.model import FieldEncoding

CASES = {
    "application/json": MediaKind.JSON,
    "Application/JSON; charset=utf-8": MediaKind.JSON,
    "application/problem+json": MediaKind.JSON,
    "application/vnd.api+json": MediaKind.JSON,
    "application/x-amz-json-1.1": MediaKind.JSON,
    "application/x-ndjson": MediaKind.TEXT,
    "application/json-seq": MediaKind.TEXT,
    "application/x-www-form-urlencoded": MediaKind.FORM,
    "multipart/form-data": MediaKind.MULTIPART,
    "multipart/mixed; boundary=x": MediaKind.MULTIPART,
    "application/xml": MediaKind.XML,
    "text/xml": MediaKind.XML,
    "application/atom+xml": MediaKind.XML,
    "text/plain": MediaKind.TEXT,
    "text/html; charset=utf-8": MediaKind.TEXT,
    "text/csv": MediaKind.TEXT,
    "application/yaml": MediaKind.TEXT,
    "application/octet-stream": MediaKind.BINARY,
    "application/pdf": MediaKind.BINARY,
    "application/x-msgpack": MediaKind.BINARY,
    "image/png": MediaKind.BINARY,
    "audio/mpeg": MediaKind.BINARY,
    "*/*": MediaKind.ANY,
    "application/*": MediaKind.ANY,
}

#: how the generated runtime names each kind (it reads XML as text)
RUNTIME_NAMES = {kind: kind.value for kind in MediaKind} | {MediaKind.XML: "text"}


@pytest.mark.parametrize("media", sorted(CASES))
def test_media_kind(media: str) -> None:
    assert media_kind(media) is CASES[media]


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The `_runtime` module of a generated package."""
    spec = Path(__file__).resolve().parents[1] / "specs" / "bodies.yaml"
    out = tmp_path_factory.mktemp("runtime")
    generator.generate(spec, out, package_name="media_rt")
    sys.path.insert(0, str(out))
    try:
        return importlib.import_module("media_rt._runtime")
    finally:
        sys.path.remove(str(out))


@pytest.mark.parametrize("media", sorted(CASES))
def test_the_generated_runtime_classifies_alike(runtime, media: str) -> None:  # type: ignore[no-untyped-def]
    assert runtime._media_kind(media) == RUNTIME_NAMES[media_kind(media)]


def _doc(content: dict) -> dict:  # type: ignore[type-arg]
    """A spec whose one operation has `content` as its request body and (a copy) as its response."""
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"post": {
        "operationId": "post", "requestBody": {"content": content},
        "responses": {"200": {"description": "ok", "content": copy.deepcopy(content)}}}}}}


def test_a_form_or_multipart_body_that_is_not_an_object_is_warned_about() -> None:
    files = {"type": "array", "items": {"type": "string", "format": "binary"}}
    _, diagnostics = build_ir(SimpleNamespace(document=_doc({"multipart/form-data": {"schema": files}})))
    [warning] = [d for d in diagnostics if "fields of an object" in d.message]
    assert warning.pointer == "/paths/~1x/post/requestBody/content/multipart~1form-data/schema"
    assert "of type array" in warning.message
    fine = {"type": "object", "properties": {"files": files}}
    _, diagnostics = build_ir(SimpleNamespace(document=_doc({"multipart/form-data": {"schema": fine}})))
    assert not [d for d in diagnostics if "fields of an object" in d.message]


def test_inline_schemas_beside_json_are_named_after_their_media_kind() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    other = {"type": "object", "properties": {"b": {"type": "string"}}}
    api, _ = build_ir(SimpleNamespace(document=_doc({"application/json": {"schema": obj},
                                                     "application/xml": {"schema": other}})))
    assert {s.name for s in api.schemas} == {"PostRequestBody", "PostRequestBodyXml",
                                             "PostResponse200", "PostResponse200Xml"}


def test_one_inline_schema_under_several_media_types_is_one_model() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    api, _ = build_ir(SimpleNamespace(document=_doc({"application/x-www-form-urlencoded": {"schema": obj},
                                                     "application/json": {"schema": copy.deepcopy(obj)}})))
    assert {s.name for s in api.schemas} == {"PostRequestBody", "PostResponse200"}


def test_form_encodings_are_kept_and_what_clients_cannot_do_is_warned_about() -> None:
    array = {"type": "array", "items": {"type": "string"}}
    form = {"schema": {"type": "object", "properties": {k: array for k in ("ids", "tags", "a", "b")}},
            "encoding": {"ids": {"style": "form", "explode": False}, "tags": {"style": "form", "explode": True},
                         "a": {"style": "matrix"}, "b": {"allowReserved": True}}}
    api, diagnostics = build_ir(SimpleNamespace(document=_doc({"application/x-www-form-urlencoded": form})))
    body = api.operations[0].request_body
    assert body is not None and body.contents[0].encodings == (FieldEncoding("ids", "form", False),)
    warned = sorted(d.pointer.rsplit("/", 2)[-2] for d in diagnostics if "form field" in d.message)
    assert warned == ["a", "b"]  # matrix is no form style; allowReserved is not done
