"""The README, the security schemes and the webhooks page of the docs.

Built on `DocContext` (doc files, anchors, type displays): the README's
endpoint, webhook and model lists, one section per security scheme with the
anchor the API pages link to, and `docs/Webhooks.md` for OpenAPI webhooks
(requests the API sends; documented, with their payload models).
"""

from __future__ import annotations

import json

from ... import naming
from ...ir.model import (
    ApiKeyLocation,
    ApiKeyScheme,
    HttpScheme,
    OAuth2Scheme,
    OpenIdConnectScheme,
    Operation,
    RefType,
    SecurityScheme,
)
from . import markdown as md
from .docs_examples import ExampleProgram
from .docs_text import DocContext, anchor
from .docs_views import (
    ApiDoc,
    EndpointRow,
    Link,
    PayloadRow,
    ReadmeDoc,
    ResponseRow,
    Row,
    SchemeDoc,
    WebhookDoc,
    WebhooksDoc,
)
from .view_models import ModelView, RootView

__all__ = ["ReadmeParts"]

#: heading levels of the pages' own outline; spec headings go below them
README_DESCRIPTION_FLOOR = 3  # under "# pkg", whose sections are "##"
SCHEME_DESCRIPTION_FLOOR = 4  # under "### scheme" in the README
WEBHOOK_DESCRIPTION_FLOOR = 4  # under "# **webhook**", whose sections are "###"

_LOCATIONS = {ApiKeyLocation.HEADER: "HTTP header", ApiKeyLocation.QUERY: "URL query string",
              ApiKeyLocation.COOKIE: "Cookie"}


class ReadmeParts(DocContext):
    # ------------------------------------------------------------------ webhooks

    def webhooks_doc(self) -> WebhooksDoc | None:
        if not self.api.webhooks:
            return None
        anchors = naming.Scope()
        docs = tuple(self.webhook(w, anchors.claim(anchor(w.path) or "webhook")) for w in self.api.webhooks)
        return WebhooksDoc(self.webhooks_file, f"{self.package.name} webhooks", docs)

    def webhook(self, w: Operation, anchor: str) -> WebhookDoc:
        contents = w.request_body.contents if w.request_body else ()
        payload = tuple(
            PayloadRow(md.literal(c.media_type), self.type_md(self.types.map(c.type)) if c.type else "-",
                       md.cell(w.request_body.description if w.request_body else None))
            for c in contents
        )
        parse_class = parse_import = ""
        if len(contents) == 1 and isinstance(contents[0].type, RefType):
            view = self.views.get(contents[0].type.name)
            if isinstance(view, (ModelView, RootView)):
                parse_class = view.class_name
                parse_import = f"from {self.package.name}.models import {view.class_name}"
        parameters = tuple(
            Row(md.literal(p.name), self.type_md(self.types.map(p.type)), md.cell(p.description),
                self.notes(p.type, required=p.required, default=p.default, deprecated=p.deprecated,
                           extra=(f"[{p.location.value}]",)))
            for p in w.parameters
        )
        return WebhookDoc(
            name=md.literal(w.path),
            anchor=anchor,
            operation_id="" if w.operation_id == w.path else md.code_span(w.operation_id),
            http_method=w.method.upper(),
            summary=md.inline(w.summary),
            summary_cell=md.cell(w.summary),
            description=md.block(w.description, WEBHOOK_DESCRIPTION_FLOOR),
            payload=payload,
            parse_class=parse_class,
            parse_import=parse_import,
            parameters=parameters,
            responses=tuple(ResponseRow(md.cell(r.status), md.cell(r.description) or "-", self.headers_md(r))
                            for r in w.responses),
        )

    # ------------------------------------------------------------------ README

    def scheme_doc(self, s: SecurityScheme) -> SchemeDoc:
        lines: list[str] = []
        if isinstance(s, ApiKeyScheme):
            lines += ["- **Type**: API key",
                      f"- **API key parameter name**: {md.code_span(s.parameter_name)}",
                      f"- **Location**: {_LOCATIONS[s.location]}",
                      f"- **Configuration**: {md.code_span('api_key={' + json.dumps(s.name, ensure_ascii=False) + ': ...}')}"]
        elif isinstance(s, HttpScheme):
            if s.scheme == "basic":
                lines += ["- **Type**: HTTP basic authentication", "- **Configuration**: `username=..., password=...`"]
            elif s.scheme == "bearer":
                fmt = f" ({md.literal(s.bearer_format)})" if s.bearer_format else ""
                lines += [f"- **Type**: Bearer authentication{fmt}", "- **Configuration**: `access_token=...`"]
            else:
                lines += [f"- **Type**: HTTP {md.code_span(s.scheme)} authentication (not supported by the client; "
                          "send the header with `_headers`)"]
        elif isinstance(s, OAuth2Scheme):
            lines.append("- **Type**: OAuth")
            for flow in s.flows:
                lines.append(f"- **Flow**: {md.literal(flow.kind)}")
                if flow.authorization_url:
                    lines.append(f"- **Authorization URL**: {md.literal(flow.authorization_url)}")
                if flow.token_url:
                    lines.append(f"- **Token URL**: {md.literal(flow.token_url)}")
                if flow.refresh_url:
                    lines.append(f"- **Refresh URL**: {md.literal(flow.refresh_url)}")
                lines.append("- **Scopes**:" + ("" if flow.scopes else " N/A"))
                lines += [f"  - {md.code_span(name)}: {md.cell(text)}" for name, text in flow.scopes]
            lines.append("- **Configuration**: `access_token=...` (sent as `Authorization: Bearer ...`)")
        elif isinstance(s, OpenIdConnectScheme):
            lines += ["- **Type**: OpenID Connect", f"- **OpenID Connect URL**: {md.literal(s.url)}",
                      "- **Configuration**: `access_token=...`"]
        return SchemeDoc(self.scheme_anchors[s.name], md.literal(s.name), tuple(lines),
                         md.block(s.description, SCHEME_DESCRIPTION_FLOOR))

    def readme(self, apis: tuple[ApiDoc, ...], webhooks: WebhooksDoc | None) -> ReadmeDoc:
        package = self.package
        hooks = () if webhooks is None else tuple(
            EndpointRow("", Link(f"**{w.name}**", f"docs/{webhooks.file_name}#{w.anchor}"), w.http_method, "",
                        w.summary_cell)
            for w in webhooks.webhooks
        )
        endpoints = tuple(
            EndpointRow(a.class_name, Link(f"**{o.method}**", f"docs/{a.file_name}#{o.anchor}"), o.http_method,
                        o.path, o.summary_cell)
            for a in apis for o in a.operations
        )
        getting_started = self._getting_started(apis)
        first = apis[0] if apis else None
        return ReadmeDoc(
            package=package.name,
            title=md.inline(self.api.title),
            description=md.block(self.api.description, README_DESCRIPTION_FLOOR),
            api_version=md.literal(self.api.version),
            package_version=md.literal(json.loads(package.version_toml)),
            distribution=md.literal(json.loads(package.distribution)),
            base_url=self.base_url,
            getting_started=getting_started,
            endpoints=endpoints,
            webhooks=hooks,
            models=tuple(Link(md.literal(self.class_of[s.name]), f"docs/{self.schema_files[s.name]}")
                         for s in self.api.schemas),
            schemes=tuple(self.scheme_doc(s) for s in self.api.security_schemes),
            first_api=first.class_name if first else "",
            first_async_api=first.async_class_name if first else "",
        )

    @staticmethod
    def _getting_started(apis: tuple[ApiDoc, ...]) -> ExampleProgram | None:
        """The example of the first GET needing no argument, else of the first operation."""
        ops = [o for a in apis for o in a.operations]
        if not ops:
            return None
        plain_get = [o for o in ops if o.http_method == "GET" and not o.required_arguments]
        return (plain_get or ops)[0].example
