"""The package-wide view: names, exports, servers and security schemes.

`build_views` is the one pass from the IR to everything the templates need;
`PackageView` also holds the schema and API views, so the docs can walk the
same objects the code was rendered from.  Schema views are built on demand
(`SchemaViews`): a regeneration renders only the schemas it was not told to
skip (`rendered`), and builds the others' views only where docs reach them.
"""

from __future__ import annotations


from ...ir.model import Api, ApiKeyScheme, HttpScheme, OAuth2Scheme, OpenIdConnectScheme, SecurityScheme
from . import markdown
from .layout import fits
from .literals import docstring, package_version, pyrepr, toml_string
from .media import RuntimeMediaTable, runtime_media_table
from .names import Names, assign_names
from ...records import Record
from .typemap import TypeMapper
from .view_models import ModelViews, SchemaView, SchemaViews
from .view_operations import ApiView, OperationViews

#: what `<pkg>/__init__.py` exports besides the API classes: name -> module
RUNTIME_EXPORTS: dict[str, str] = {
    "ApiClient": ".api_client",
    "AsyncApiClient": ".api_client",
    "ApiResponse": ".api_response",
    "Configuration": ".configuration",
    **{
        name: ".exceptions"
        for name in (
            "OpenApiError", "ApiValueError", "ApiConnectionError", "ApiTimeoutError", "ApiDecodeError",
            "ApiException", "BadRequestException", "UnauthorizedException", "ForbiddenException",
            "NotFoundException", "ConflictException", "UnprocessableEntityException",
            "TooManyRequestsException", "ServiceException",
        )
    },
}


class ExportView(Record):
    """A name a package's `__init__.py` exports, and the module it is imported from."""

    name: str
    module: str  # relative to the exporting package

    @property
    def wrapped(self) -> bool:
        """Its indented `from ... import X` is too long for one line (as black decides)."""
        return not fits(f"    from {self.module} import {self.name}")


class ServerVariableView(Record):
    """A variable of a server URL for the generated configuration (literals)."""

    name: str  # literals, all of them
    default: str
    enum: tuple[str, ...]


class ServerView(Record):
    """A server the API declares, for the generated configuration's server list (literals)."""

    url: str
    description: str
    variables: tuple[ServerVariableView, ...]


class AuthView(Record):
    """A security scheme for `configuration.AUTH_SCHEMES` (literals)."""

    name: str
    kind: str
    location: str
    parameter_name: str
    ir: SecurityScheme


class PackageView(Record):
    """The view of the whole package: names, exports, servers, security schemes, schema and API views."""

    name: str  # the import name
    api: Api
    names: Names
    docstring: str
    version: str  # literal
    user_agent: str  # literal
    distribution: str  # TOML string
    version_toml: str
    description_toml: str
    packages_toml: str
    exports: tuple[ExportView, ...]
    model_exports: tuple[ExportView, ...]
    api_exports: tuple[ExportView, ...]
    servers: tuple[ServerView, ...]
    auth_schemes: tuple[AuthView, ...]
    #: how the runtime classifies a response's Content-Type (the generator's own table)
    media_table: RuntimeMediaTable
    #: every schema's view, by wire name, built when first used
    views: SchemaViews
    #: the schemas whose files this run renders (wire names, in `api.schemas` order)
    rendered: tuple[str, ...]
    apis: tuple[ApiView, ...]
    title_md: str  # markdown-safe, one line
    api_version_md: str

    @property
    def schemas(self) -> tuple[SchemaView, ...]:
        """The views of the schemas rendered."""
        return tuple(self.views[name] for name in self.rendered)


def _auth_kind(scheme: SecurityScheme) -> str:
    if isinstance(scheme, ApiKeyScheme):
        return "apiKey"
    if isinstance(scheme, HttpScheme):
        return scheme.scheme if scheme.scheme in ("basic", "bearer") else "http-" + scheme.scheme
    if isinstance(scheme, OAuth2Scheme):
        return "oauth2"
    assert isinstance(scheme, OpenIdConnectScheme)
    return "openIdConnect"


def _auth(scheme: SecurityScheme) -> AuthView:
    location = scheme.location.value if isinstance(scheme, ApiKeyScheme) else ""
    parameter = scheme.parameter_name if isinstance(scheme, ApiKeyScheme) else ""
    return AuthView(pyrepr(scheme.name), pyrepr(_auth_kind(scheme)), pyrepr(location), pyrepr(parameter), scheme)


def build_views(api: Api, package_name: str, skip: frozenset[str] = frozenset(),
                names: Names | None = None) -> PackageView:
    """The package's views; the schemas named in `skip` are not rendered (their files are kept as they are).

    `names`: `assign_names(api, package_name)`, when the caller has it already.
    """
    names = names if names is not None else assign_names(api, package_name)
    views = ModelViews(api, names, TypeMapper(api.schema, names.class_name)).lazily()
    apis = OperationViews(api, names, TypeMapper(api.schema, names.class_name, keep_model_aliases=True)).build()
    version = package_version(api.version)
    exports = [ExportView(name, module) for name, module in RUNTIME_EXPORTS.items()]
    for tag in names.tags:
        exports += [ExportView(tag.class_name, ".api." + tag.module),
                    ExportView(tag.async_class_name, ".api." + tag.module)]
    api_exports = [ExportView(e.name, e.module.removeprefix(".api")) for e in exports if e.module.startswith(".api.")]
    servers = tuple(
        ServerView(
            pyrepr(s.url),
            pyrepr(s.description or ""),
            tuple(ServerVariableView(pyrepr(v.name), pyrepr(v.default), tuple(pyrepr(e) for e in v.enum))
                  for v in s.variables),
        )
        for s in api.servers
    )
    return PackageView(
        name=names.package,
        api=api,
        names=names,
        docstring=docstring("\n\n".join(p for p in (api.title, api.description) if p) or names.package),
        version=pyrepr(version),
        user_agent=pyrepr(f"{names.package}-python/{version}"),
        distribution=toml_string(names.package.replace("_", "-")),
        version_toml=toml_string(version),
        description_toml=toml_string(f"Python client for {' '.join(api.title.split())}"),
        packages_toml="[" + ", ".join(toml_string(p) for p in _packages(names.package)) + "]",
        exports=tuple(sorted(exports, key=lambda e: e.name)),
        model_exports=tuple(sorted((ExportView(n.class_name, "." + n.module) for n in names.schemas.values()),
                                   key=lambda e: e.name)),
        api_exports=tuple(sorted(api_exports, key=lambda e: e.name)),
        servers=servers,
        auth_schemes=tuple(_auth(s) for s in api.security_schemes),
        media_table=runtime_media_table(),
        views=views,
        rendered=tuple(s.name for s in api.schemas if s.name not in skip),
        apis=apis,
        title_md=markdown.inline(api.title),
        api_version_md=markdown.inline(api.version),
    )


def _packages(package: str) -> tuple[str, ...]:
    return (package, f"{package}.api", f"{package}.models")
