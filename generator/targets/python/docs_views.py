"""The doc views: what the docs templates print, as frozen records.

Every field holds finished markdown (escaped spec text, links, notes) or a
finished example program (`docs_examples`); templates only lay them out.
Built by `docs._Builder`, rendered by `docs.render_docs`.
"""

from __future__ import annotations


from .docs_examples import ExampleProgram, ModelExample
from ...records import Record

__all__ = [
    "Link", "Row", "ResponseRow", "OperationDoc", "ApiDoc", "PayloadRow", "WebhookDoc", "WebhooksDoc",
    "ValueRow", "ModelDoc", "SchemeDoc", "EndpointRow", "ReadmeDoc",
]


class Link(Record):
    """A markdown link: its text and a relative URL."""

    text: str  # markdown
    target: str  # relative URL, with #anchor


class Row(Record):
    """A table row of four markdown cells (parameters and properties)."""

    name: str
    type: str
    description: str
    notes: str


class ResponseRow(Record):
    """A row of a responses table (operation or webhook): status, description, headers."""

    status: str
    description: str
    headers: str


class OperationDoc(Record):
    """One operation's section on its API class's page."""

    method: str
    anchor: str
    http_method: str
    path: str
    summary: str  # inline markdown
    summary_cell: str
    deprecated: bool
    description: str  # block markdown
    signature: str
    http_info_method: str
    example: ExampleProgram
    #: the method has positional (required) arguments
    required_arguments: bool
    parameters: tuple[Row, ...]
    return_type: str
    auth: tuple[Link, ...]
    content_type: str
    accept: str
    responses: tuple[ResponseRow, ...]


class ApiDoc(Record):
    """The docs page of one API class and its operations."""

    class_name: str
    async_class_name: str
    title: str
    file_name: str
    description: str
    base_url: str
    operations: tuple[OperationDoc, ...]


class PayloadRow(Record):
    """A row of a webhook's payload table: one media type of its request body."""

    media_type: str
    type: str
    description: str


class WebhookDoc(Record):
    """A webhook: a request the API sends to the user's endpoint (documented only)."""

    name: str  # markdown (the webhook's key in the spec)
    anchor: str
    operation_id: str  # markdown code span, "" when it only repeats the name
    http_method: str
    summary: str
    summary_cell: str
    description: str
    payload: tuple[PayloadRow, ...]
    #: a model class to parse the payload with, "" when the payload is not one model
    parse_class: str
    parse_import: str
    parameters: tuple[Row, ...]
    responses: tuple[ResponseRow, ...]


class WebhooksDoc(Record):
    """The docs page listing the API's webhooks."""

    file_name: str
    title: str
    webhooks: tuple[WebhookDoc, ...]


class ValueRow(Record):
    """A row of an enum's values table: member name, value, description."""

    name: str
    value: str
    description: str


class ModelDoc(Record):
    """The docs page of one schema's class (a model, enum, union or alias)."""

    class_name: str
    title: str
    file_name: str
    description: str
    is_model: bool
    properties: tuple[Row, ...]
    extra: str  # a sentence about additional properties, or ""
    values: tuple[ValueRow, ...]
    variants: tuple[str, ...]
    definition: str
    example: ModelExample


class SchemeDoc(Record):
    """A security scheme's section in the README."""

    anchor: str
    title: str
    lines: tuple[str, ...]  # markdown list lines
    description: str


class EndpointRow(Record):
    """A row of the README's endpoint table: an operation, or a webhook (no API class or path)."""

    api_class: str
    link: Link
    http_method: str
    path: str
    summary: str


class ReadmeDoc(Record):
    """The package's README: overview, getting started, endpoints, models and security schemes."""

    package: str
    title: str
    description: str
    api_version: str
    package_version: str
    distribution: str
    base_url: str
    getting_started: ExampleProgram | None
    endpoints: tuple[EndpointRow, ...]
    webhooks: tuple[EndpointRow, ...]
    models: tuple[Link, ...]
    schemes: tuple[SchemeDoc, ...]
    first_api: str
    first_async_api: str

