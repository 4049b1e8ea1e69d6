"""How the Python client handles each kind of content (`ir.media.MediaKind`): tables, no logic in templates.

The generated runtime parses JSON into the declared types and hands any other
text over as `str` and everything else as `bytes`; the annotations say the
same (`READ_AS`, `WRITE_AS`), so they never promise a model the client cannot
parse.  Where a response offers JSON, the client asks for JSON first
(`Accept`) and reads only JSON and binary alternatives (`preferred`).
"""

from __future__ import annotations


from ...ir.media import EXACT, SUFFIXES, TOP_LEVEL, MediaKind
from ...ir.model import MediaContent
from .literals import pyrepr
from ...records import Record
from .typemap import BYTES, STR, PyType

#: what the client reads a response's content as, by kind (None: the schema's type); the runtime
#: parses JSON only, and hands other text over as `str` and everything else as `bytes`
READ_AS: dict[MediaKind, PyType | None] = {
    MediaKind.JSON: None,
    MediaKind.ANY: None,
    MediaKind.XML: STR,
    MediaKind.TEXT: STR,
    MediaKind.FORM: STR,
    MediaKind.MULTIPART: STR,
    MediaKind.BINARY: BYTES,
}
#: what a method takes for a request body's content, by kind (None: the schema's type); form and
#: multipart bodies are the schema's fields, other text is sent as given
WRITE_AS: dict[MediaKind, PyType | None] = {
    MediaKind.JSON: None,
    MediaKind.ANY: None,
    MediaKind.FORM: None,
    MediaKind.MULTIPART: None,
    MediaKind.XML: STR,
    MediaKind.TEXT: STR,
    MediaKind.BINARY: BYTES,
}
#: the kinds a client prefers to receive (JSON): the runtime asks for them first (`Accept`)
PREFERRED = frozenset({MediaKind.JSON})
#: the kinds a response may offer besides JSON and still be read: bytes are a different
#: representation (an image of the data); XML, HTML or other text beside JSON is the same data
#: in a syntax the client would only hand over unparsed, so it is left out (not asked for, not typed)
BESIDE_PREFERRED = frozenset({MediaKind.BINARY, MediaKind.ANY})


def json_first(contents: tuple[MediaContent, ...]) -> tuple[MediaContent, ...]:
    """The media types in spec order, those of a preferred kind (JSON) first."""
    return tuple(sorted(contents, key=lambda c: c.kind not in PREFERRED))


def preferred(contents: tuple[MediaContent, ...]) -> tuple[MediaContent, ...]:
    """The media types a client asks for and reads: all, or when JSON is among them, JSON and bytes."""
    if not any(c.kind in PREFERRED for c in contents):
        return contents
    return tuple(c for c in contents if c.kind in PREFERRED or c.kind in BESIDE_PREFERRED)


#: the name the generated runtime gives each kind (`_runtime._media_kind`): it reads XML as any other text
RUNTIME_NAME: dict[MediaKind, str] = {
    MediaKind.JSON: "json",
    MediaKind.FORM: "form",
    MediaKind.MULTIPART: "multipart",
    MediaKind.XML: "text",
    MediaKind.TEXT: "text",
    MediaKind.BINARY: "binary",
    MediaKind.ANY: "any",
}


class RuntimeMediaTable(Record):
    """`ir.media`'s tables as the generated runtime holds them: (media type, runtime kind name) literals.

    The runtime classifies the Content-Type a server answers with by the same
    table the generator classified the spec's media types by, rendered from it.
    """

    exact: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]
    top_level: tuple[tuple[str, str], ...]


def runtime_media_table() -> RuntimeMediaTable:
    def literals(table: dict[str, MediaKind]) -> tuple[tuple[str, str], ...]:
        return tuple((pyrepr(media), pyrepr(RUNTIME_NAME[kind])) for media, kind in table.items())

    return RuntimeMediaTable(literals(EXACT), literals(SUFFIXES), literals(TOP_LEVEL))
