"""What kind of content a media type carries: the one table every stage classifies media types by.

A client needs to know, for each media type of a request body or response,
whether it is written as JSON, as form fields, as multipart parts, as text
(XML included) or as raw bytes.  The kind depends on the media type alone
(its parameters, such as `; charset=utf-8`, and case are ignored):

1. an exact entry of `EXACT`;
2. a structured-syntax suffix (`application/vnd.api+json`, `application/atom+xml`);
3. a top-level type (`text/*`, `image/*`, `multipart/*`, ...);
4. anything else naming JSON (`application/x-amz-json-1.1`) is JSON;
5. every other media type is binary.

`*/*` and `application/*` are `ANY`: the response's own Content-Type decides.
JSON streams (`application/x-ndjson`, `application/jsonl`, `application/json-seq`)
are text: they are not one JSON document.
"""

from __future__ import annotations

import enum


class MediaKind(str, enum.Enum):
    """How content of a media type is written on the wire."""

    JSON = "json"
    #: `application/x-www-form-urlencoded`: the body's fields as `name=value` pairs
    FORM = "form"
    #: `multipart/*`: the body's fields as parts
    MULTIPART = "multipart"
    XML = "xml"
    #: any other text (`text/plain`, `text/html`, `application/yaml`, ...)
    TEXT = "text"
    BINARY = "binary"
    #: a wildcard (`*/*`, `application/*`): whatever the response says it is
    ANY = "any"


EXACT: dict[str, MediaKind] = {
    "application/json": MediaKind.JSON,
    "application/x-www-form-urlencoded": MediaKind.FORM,
    "application/xml": MediaKind.XML,
    "text/xml": MediaKind.XML,
    "application/x-ndjson": MediaKind.TEXT,
    "application/ndjson": MediaKind.TEXT,
    "application/jsonl": MediaKind.TEXT,
    "application/json-seq": MediaKind.TEXT,
    "application/javascript": MediaKind.TEXT,
    "application/ecmascript": MediaKind.TEXT,
    "application/yaml": MediaKind.TEXT,
    "application/x-yaml": MediaKind.TEXT,
    "application/graphql": MediaKind.TEXT,
    "application/sql": MediaKind.TEXT,
    "application/x-sh": MediaKind.TEXT,
    "*/*": MediaKind.ANY,
    "*": MediaKind.ANY,
    "application/*": MediaKind.ANY,
    "text/*": MediaKind.TEXT,
}

SUFFIXES: dict[str, MediaKind] = {
    "+json": MediaKind.JSON,
    "+xml": MediaKind.XML,
}

TOP_LEVEL: dict[str, MediaKind] = {
    "text": MediaKind.TEXT,
    "multipart": MediaKind.MULTIPART,
    "image": MediaKind.BINARY,
    "audio": MediaKind.BINARY,
    "video": MediaKind.BINARY,
    "font": MediaKind.BINARY,
    "model": MediaKind.BINARY,
}


def essence(media_type: str) -> str:
    """`Application/JSON; charset=utf-8` -> `application/json`."""
    return media_type.split(";", 1)[0].strip().lower()


def media_kind(media_type: str) -> MediaKind:
    """The kind of content `media_type` carries (see the module doc)."""
    media = essence(media_type)
    exact = EXACT.get(media)
    if exact is not None:
        return exact
    for suffix, kind in SUFFIXES.items():
        if media.endswith(suffix):
            return kind
    top = TOP_LEVEL.get(media.split("/", 1)[0])
    if top is not None:
        return top
    if "json" in media:
        return MediaKind.JSON
    return MediaKind.BINARY
