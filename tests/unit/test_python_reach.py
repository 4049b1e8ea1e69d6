"""Which schemas become models (`targets.python.reach`): none that only XML, text or binary bodies use."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from generator.ir.build import build_ir
from generator.options import Options
from generator.targets.python import render_package, rendered_api


def obj(*names: str, **extra: Any) -> dict[str, Any]:
    """An inline object schema with string properties `names`."""
    return {"type": "object", "properties": {n: {"type": "string"} for n in names}, **extra}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Reach", "version": "1"},
    "paths": {
        "/trips": {
            "get": {
                "operationId": "getTrips",
                "parameters": [{"name": "filter", "in": "query",
                                "content": {"application/json": {"schema": obj("origin")}}}],
                "responses": {"200": {"description": "ok", "headers": {
                    "X-Page": {"schema": obj("next")}},
                    "content": {
                        "application/json": {"schema": obj("id", "links", properties={
                            "id": {"type": "string"}, "links": obj("self")})},
                        "application/xml": {"schema": obj("id", "links", properties={
                            "id": {"type": "string"}, "links": obj("self", "xml")})},
                        "text/csv": {"schema": obj("csv")},
                        "application/x-www-form-urlencoded": {"schema": obj("formOut")},
                    }}},
            },
            "post": {
                "operationId": "addTrip",
                "requestBody": {"content": {
                    "application/xml": {"schema": obj("xmlIn")},
                    "application/x-www-form-urlencoded": {"schema": obj("formIn")},
                }},
                "responses": {"204": {"description": "done"}},
            },
        },
    },
    "components": {"schemas": {
        "Unused": obj("kept", properties={"kept": {"type": "string"}, "child": obj("deep")}),
    }},
}


def test_inline_schemas_only_typed_str_bodies_use_are_not_models() -> None:
    api, _ = build_ir(SimpleNamespace(document=SPEC))
    every = {s.name for s in api.schemas}
    kept = {s.name for s in rendered_api(api).schemas}
    assert every - kept == {"GetTripsResponse200Xml", "GetTripsResponse200XmlLinks",  # read as str
                            "GetTripsResponse200Text",  # text/csv: str
                            "GetTripsResponse200Form",  # a form response is read as str too
                            "AddTripRequestBody"}  # XML (the first media type: the plain name) is sent as str
    # declared (used or not) and what it reaches; JSON bodies, form request bodies,
    # parameter contents and headers are typed from their schemas
    assert {"Unused", "UnusedChild", "GetTripsResponse200", "GetTripsResponse200Links",
            "AddTripRequestBodyForm", "ParameterFilterGetTrips", "HeaderXPageGetTrips"} <= kept


def test_the_package_renders_the_kept_schemas_only() -> None:
    api, _ = build_ir(SimpleNamespace(document=SPEC))
    files = render_package(api, Options(spec=None, output=None, package_name="reach"))  # type: ignore[arg-type]
    models = {p.rsplit("/", 1)[1] for p in files if p.startswith("reach/models/") and p != "reach/models/__init__.py"}
    assert "get_trips_response200.py" in models and "unused_child.py" in models
    assert not any("xml" in m or "text" in m for m in models)
    assert "Xml" not in files["reach/models/__init__.py"] and "Xml" not in files["README.md"]
    assert rendered_api(rendered_api(api)) == rendered_api(api)  # nothing more to leave out
