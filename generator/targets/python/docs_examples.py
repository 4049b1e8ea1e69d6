"""Example programs for the docs, from example values.

Examples are documentation that runs: every operation's `### Example` is a
complete program (the docs tests run each one against a test server), and
every model page shows building the model and turning it into a dict and
JSON.  This module computes the *pieces* (Python expressions, import lines,
comments); the templates only lay them out.  Every piece of spec text
reaches the code as a literal or a one-line `comment`, so an example cannot
be broken or hijacked by the spec.

The host comes from an environment variable named after the package
(`VOUCHERIFY_HOST`), defaulting to the API's first server: the examples run
unchanged against a sandbox or a test server.  Credentials are read from the
environment too, one variable per security scheme (`X_APP_ID`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import naming
from ...ir.model import (
    MISSING,
    ApiKeyScheme,
    ArrayType,
    HttpScheme,
    OAuth2Scheme,
    OpenIdConnectScheme,
    RefType,
    SecurityScheme,
)
from .docs_values import ExampleValues, Expr, pyrepr
from .literals import comment
from .view_models import EnumView, SchemaView
from .view_operations import OperationView, ParamView
from .view_package import PackageView

__all__ = ["ExampleValues", "ExampleProgram", "ModelExample", "example_program", "model_example",
           "operation_schemes", "default_host", "EnvNames"]

#: names the example programs use themselves: variables must not shadow them
_PROGRAM_NAMES = frozenset(
    {"os", "pprint", "date", "datetime", "timezone", "configuration", "api_client", "api_instance",
     "api_response", "e", "ApiClient", "ApiException", "Configuration"}
)


def env_name(text: str) -> str:
    """An environment variable name for a scheme or package: `X-App-Id` -> `X_APP_ID`."""
    ascii_only = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").upper()
    if not ascii_only or ascii_only[0].isdigit() or not text.isascii():
        return naming.upper_snake(text, fallback="CREDENTIAL")
    return ascii_only



# --------------------------------------------------------------------------- programs


@dataclass(frozen=True, slots=True)
class AuthEntry:
    """One `key: value` line of the `api_key={...}` argument."""

    comment: str
    key: str
    value: str


@dataclass(frozen=True, slots=True)
class AuthArg:
    """A `Configuration` argument for credentials: a value, or dict entries."""

    name: str
    comment: str = ""
    value: str = ""
    entries: tuple[AuthEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Variable:
    name: str
    value: str
    comment: str


@dataclass(frozen=True, slots=True)
class ExampleProgram:
    imports: tuple[str, ...]  # lines; "" separates groups
    host_comment: str
    host_expr: str
    auth: tuple[AuthArg, ...]
    api_class: str
    variables: tuple[Variable, ...]
    summary_comment: str
    method: str
    http_info_method: str
    arguments: str
    returns: bool
    fence: str


@dataclass(frozen=True, slots=True)
class ModelExample:
    imports: tuple[str, ...]
    variable: str
    value: str
    class_name: str
    #: enums show a member; models and root schemas to_dict/to_json/from_json
    is_enum: bool
    fence: str


def _import_lines(package: str, runtime: list[str], stdlib: set[tuple[str, str]], models: set[str],
                  plain: tuple[str, ...] = ()) -> tuple[str, ...]:
    """isort-style groups: standard library, then the package."""
    std = [f"import {m}" for m in sorted(plain)]
    by_module: dict[str, set[str]] = {}
    for module, name in stdlib:
        by_module.setdefault(module, set()).add(name)
    std += [f"from {m} import {', '.join(sorted(names))}" for m, names in sorted(by_module.items())]
    own = []
    if runtime:
        own.append(f"from {package} import {', '.join(sorted(runtime))}")
    if models:
        own.append(f"from {package}.models import {', '.join(sorted(models))}")
    return tuple(std + ([""] if std and own else []) + own)


def _fence(*texts: str) -> str:
    longest = max((len(r) for t in texts for r in re.findall(r"`+", t)), default=0)
    return "`" * max(3, longest + 1)


def host_variable(package: str) -> str:
    return env_name(package) + "_HOST"


def default_host(package: PackageView) -> str:
    """The first server's URL with its variables at their defaults (as `Configuration` does)."""
    if not package.api.servers:
        return "http://localhost"
    server = package.api.servers[0]
    values = {v.name: v.default for v in server.variables}
    return re.sub(r"\{([^{}]*)\}", lambda m: values.get(m.group(1), m.group(0)), server.url).rstrip("/")


@dataclass
class EnvNames:
    """Environment variable names for credentials, unique per package."""

    scope: naming.Scope = field(default_factory=lambda: naming.Scope())
    taken: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str:
        if key not in self.taken:
            self.taken[key] = self.scope.claim(env_name(key))
        return self.taken[key]


def auth_arguments(schemes: list[SecurityScheme], env: EnvNames) -> tuple[AuthArg, ...]:
    """`Configuration(...)` credential arguments for the schemes, in order."""
    keys: list[AuthEntry] = []
    token: AuthArg | None = None
    basic: list[AuthArg] = []
    for s in schemes:
        if isinstance(s, ApiKeyScheme):
            keys.append(AuthEntry(comment(f"API key authorization: {s.name}"), pyrepr(s.name),
                                  f"os.environ[{pyrepr(env.get(s.name))}]"))
        elif isinstance(s, HttpScheme) and s.scheme == "basic" and not basic:
            basic = [AuthArg("username", comment(f"HTTP basic authorization: {s.name}"),
                             f"os.environ[{pyrepr(env.get(s.name + '_USERNAME'))}]"),
                     AuthArg("password", "", f"os.environ[{pyrepr(env.get(s.name + '_PASSWORD'))}]")]
        elif token is None and isinstance(s, (HttpScheme, OAuth2Scheme, OpenIdConnectScheme)):
            if isinstance(s, HttpScheme) and s.scheme != "bearer":
                continue  # other HTTP schemes have no client-side support to show
            what = {HttpScheme: "Bearer", OAuth2Scheme: "OAuth2", OpenIdConnectScheme: "OpenID Connect"}[type(s)]
            token = AuthArg("access_token", comment(f"{what} access token for authorization: {s.name}"),
                            f"os.environ[{pyrepr(env.get(s.name))}]")
    args: list[AuthArg] = []
    if keys:
        args.append(AuthArg("api_key", entries=tuple(keys)))
    if token is not None:
        args.append(token)
    args += basic
    return tuple(args)


def operation_schemes(package: PackageView, op: OperationView) -> list[SecurityScheme]:
    """The schemes an operation may use, in first-seen order across its alternatives."""
    by_name = {s.name: s for s in package.api.security_schemes}
    seen: list[str] = []
    for req in op.ir.security:
        for name, _ in req.schemes:
            if name in by_name and name not in seen:
                seen.append(name)
    return [by_name[n] for n in seen]


def example_program(package: PackageView, values: ExampleValues, api_class: str, op: OperationView,
                    env: EnvNames) -> ExampleProgram:
    scope = naming.Scope(_PROGRAM_NAMES | {api_class})
    variables: list[Variable] = []
    exprs: list[Expr] = []
    positional: list[str] = []
    keyword: list[str] = []
    for p in (*op.positional, *op.keyword):
        expr = _param_value(values, op, p)
        exprs.append(expr)
        var = scope.claim(naming.avoid(p.name, expr.models))
        note = " ".join(x for x in (p.type.annotation, "|", " ".join((p.description or "").split()),
                                    "" if p.required else "(optional)") if x)
        variables.append(Variable(var, expr.text, comment(note)))
        (positional if p.required else keyword).append(var if p.required else f"{p.name}={var}")
    models = set().union(*(e.models for e in exprs)) if exprs else set()
    stdlib = set().union(*(e.stdlib for e in exprs)) if exprs else set()
    returns = op.returns.members != ("None",)
    plain = ("os",)
    std = set(stdlib)
    if returns:
        std.add(("pprint", "pprint"))
    imports = _import_lines(package.name, ["ApiClient", "ApiException", "Configuration", api_class], std,
                            models, plain)
    host = default_host(package)
    hostvar = host_variable(package.name)
    auth = auth_arguments(operation_schemes(package, op), env)
    summary = comment(op.ir.summary) if op.ir.summary else ""
    texts = [v.value + v.comment for v in variables] + [summary] + [a.comment + a.value for a in auth]
    texts += [e.comment for a in auth for e in a.entries]
    return ExampleProgram(
        imports=imports,
        host_comment=comment(f"the API server; set {hostvar} to call another one (a sandbox, a test server)"),
        host_expr=f"os.environ.get({pyrepr(hostvar)}, {pyrepr(host)})",
        auth=auth,
        api_class=api_class,
        variables=tuple(variables),
        summary_comment=summary,
        method=op.method_name,
        http_info_method=op.http_info_name,
        arguments=", ".join(positional + keyword),
        returns=returns,
        fence=_fence(*texts),
    )


def _param_value(values: ExampleValues, op: OperationView, p: ParamView) -> Expr:
    if p.location == "body":
        contents = op.ir.request_body.contents if op.ir.request_body else ()
        declared = contents[0].type if contents else None
        example = contents[0].examples[0].value if contents and contents[0].examples and declared is not None \
            and not isinstance(values.types.resolve(declared), (RefType, ArrayType)) else MISSING
        return values.value(declared, p.name, example)
    return values.value(p.ir.type, p.name, p.ir.example)  # type: ignore[union-attr]


def model_example(package: PackageView, values: ExampleValues, view: SchemaView) -> ModelExample:
    variable = naming.avoid(naming.snake(view.class_name, fallback="value"), _PROGRAM_NAMES | {view.class_name})
    if isinstance(view, EnumView):
        expr = values.enum_member(view) if view.members else Expr(f"{view.class_name}('value')")
    else:
        expr = values.of_schema(view, variable)
    models = set(expr.models) | {view.class_name}
    imports = _import_lines(package.name, [], set(expr.stdlib), models)
    return ModelExample(imports, variable, expr.text, view.class_name, isinstance(view, EnumView), _fence(expr.text))

