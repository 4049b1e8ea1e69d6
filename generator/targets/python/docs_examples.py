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

from ... import naming
from ...ir.media import MediaKind
from ...ir.model import (
    MISSING,
    ApiKeyScheme,
    ArrayType,
    HttpScheme,
    IRType,
    MapType,
    MediaContent,
    OAuth2Scheme,
    OpenIdConnectScheme,
    PrimitiveKind,
    PrimitiveType,
    RefType,
    SecurityScheme,
)
from .docs_layout import Atom, Bracket, Chain, Node, import_lines, layout
from .docs_values import ExampleValues, Expr, call, pyrepr
from .literals import comment
from ...records import Record, Struct, field
from .view_models import EnumView, SchemaView
from .view_operations import OperationView, ParamView
from .view_package import PackageView

__all__ = ["ExampleValues", "ExampleProgram", "ModelExample", "example_program", "model_example",
           "operation_schemes", "default_host", "EnvNames", "sent_body"]

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


class AuthEntry(Record):
    """One `key: value` line of the `api_key={...}` argument."""

    comment: str
    key: str
    value: str


class AuthArg(Record):
    """A `Configuration` argument for credentials: a value, or dict entries."""

    name: str
    comment: str = ""
    value: str = ""
    entries: tuple[AuthEntry, ...] = ()


class Variable(Record):
    """An argument of an example program, set in a variable, under a comment on its type and meaning."""

    comment: str
    #: `name = value`, laid out at the program's indentation (relative lines)
    lines: tuple[str, ...]


class TryBlock(Record):
    """The call in `try:` and the handler in `except ApiException as e:` (relative lines)."""

    summary_comment: str
    body: tuple[str, ...]
    handler: tuple[str, ...]


class ExampleProgram(Record):
    """The pieces of an operation's example program, for the template to lay out."""

    imports: tuple[str, ...]  # lines; "" separates groups
    host_comment: str
    host: tuple[str, ...]  # the `host=...,` argument
    auth: tuple[AuthArg, ...]
    api_class: str
    variables: tuple[Variable, ...]
    #: the plain call, inside the program (its `try` sits at column 4)
    call: TryBlock
    #: the `*_with_http_info` variant, shown on its own (its `try` at column 0)
    http_info: TryBlock
    method: str
    http_info_method: str
    fence: str


class Step(Record):
    """A commented statement of a model example."""

    comment: str
    lines: tuple[str, ...]


class ModelExample(Record):
    """The pieces of a model page's example: its imports and commented steps."""

    imports: tuple[str, ...]
    steps: tuple[Step, ...]
    fence: str


def _import_lines(package: str, runtime: list[str], stdlib: set[tuple[str, str]], models: set[str],
                  plain: tuple[str, ...] = ()) -> tuple[str, ...]:
    """isort-style groups: standard library, then the package; long imports one name per line."""
    std = [f"import {m}" for m in sorted(plain)]
    by_module: dict[str, set[str]] = {}
    for module, name in stdlib:
        by_module.setdefault(module, set()).add(name)
    for m, names in sorted(by_module.items()):
        std += import_lines(m, sorted(names))
    own: list[str] = []
    if runtime:
        own += import_lines(package, sorted(runtime))
    if models:
        own += import_lines(f"{package}.models", sorted(models))
    return tuple(std + ([""] if std and own else []) + own)


def _print(text: str) -> Bracket:
    return call("print(", [("", Atom(text))])


def _fence(*texts: str) -> str:
    longest = max((len(r) for t in texts for r in re.findall(r"`+", t)), default=0)
    return "`" * max(3, longest + 1)


def host_variable(package: str) -> str:
    return env_name(package) + "_HOST"


def default_host(package: PackageView) -> str:
    """The first server's URL with its variables at their defaults (as `Configuration` does)."""
    if not package.api.servers:
        return "http://localhost"
    return package.api.servers[0].default_url.rstrip("/")


class EnvNames(Struct):
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
    arguments: list[tuple[str, Node]] = []
    for p in (*op.positional, *op.keyword):
        expr = _param_value(values, op, p)
        exprs.append(expr)
        var = scope.claim(naming.avoid(p.name, expr.models))
        note = " ".join(x for x in (p.type.annotation, "|", " ".join((p.description or "").split()),
                                    "" if p.required else "(optional)") if x)
        variables.append(Variable(comment(note), tuple(layout(f"{var} = ", expr.node, "", 4))))
        arguments.append(("" if p.required else f"{p.name}=", Atom(var)))
    models = set().union(*(e.models for e in exprs)) if exprs else set()
    std = set().union(*(e.stdlib for e in exprs)) if exprs else set()
    returns = op.returns.members != ("None",)
    if returns:
        std.add(("pprint", "pprint"))
    imports = _import_lines(package.name, ["ApiClient", "ApiException", "Configuration", api_class], std,
                            models, ("os",))
    hostvar = host_variable(package.name)
    host = call("os.environ.get(", [("", Atom(pyrepr(hostvar))), ("", Atom(pyrepr(default_host(package))))])
    auth = auth_arguments(operation_schemes(package, op), env)
    summary = comment(op.ir.summary) if op.ir.summary else ""
    plain = _try_block(api_class, op.method_name, arguments, summary, returns, http_info=False, indent=8)
    http_info = _try_block(api_class, op.http_info_name, arguments, summary, returns, http_info=True, indent=4)
    texts = [v.comment + "".join(v.lines) for v in variables] + [summary] + [a.comment + a.value for a in auth]
    texts += [e.comment for a in auth for e in a.entries]
    return ExampleProgram(
        imports=imports,
        host_comment=comment(f"the API server; set {hostvar} to call another one (a sandbox, a test server)"),
        host=tuple(layout("host=", host, ",", 4)),
        auth=auth,
        api_class=api_class,
        variables=tuple(variables),
        call=plain,
        http_info=http_info,
        method=op.method_name,
        http_info_method=op.http_info_name,
        fence=_fence(*texts),
    )


def _try_block(api_class: str, method: str, arguments: list[tuple[str, Node]], summary: str, returns: bool, *,
               http_info: bool, indent: int) -> TryBlock:
    """The statements in `try:` / `except ApiException as e:`; `indent` is where they stand."""
    invocation = call(f"api_instance.{method}(", arguments)
    if http_info:
        body = layout("api_response = ", invocation, "", indent)
        body += ['print("Status code:", api_response.status_code)',
                 'print("Response headers:", api_response.headers)',
                 'print("Response body:", api_response.data)']
    elif returns:
        body = layout("api_response = ", invocation, "", indent)
        body += layout("", _print(f'"The response of {api_class}->{method}:"'), "", indent)
        body += ["pprint(api_response)"]
    else:
        body = layout("", invocation, "", indent)
    message = Chain((f'"Exception when calling {api_class}->{method}: %s"', "% e"))
    handler = layout("", call("print(", [("", message)]), "", indent)
    return TryBlock(summary, tuple(body), tuple(handler))


def _param_value(values: ExampleValues, op: OperationView, p: ParamView) -> Expr:
    if p.location == "body":
        return _body_value(values, op, p)
    return values.value(p.ir.type, p.name, p.ir.example)  # type: ignore[union-attr]


#: the example value of a body the client takes as text or bytes, whatever its schema
_RAW_BODIES = {"str": PrimitiveType(PrimitiveKind.STRING), "bytes": PrimitiveType(PrimitiveKind.BINARY)}


def sent_body(op: OperationView) -> tuple[MediaContent | None, IRType | None, bool]:
    """The content the call sends by default (JSON first), the type its value takes, and whether that
    type is the client's own (`str` or `bytes`, whatever the content's schema says)."""
    contents = op.ir.request_body.contents if op.ir.request_body else ()
    sent = op.body_contents[0].media_type if op.body_contents else None
    content = next((c for c in contents if c.media_type == sent), contents[0] if contents else None)
    raw = _RAW_BODIES.get(op.body_contents[0].runtime_type) if op.body_contents else None
    return content, raw or (content.type if content is not None else None), raw is not None


def _body_value(values: ExampleValues, op: OperationView, p: ParamView) -> Expr:
    """The body argument of the example: for the media type the call sends by default (JSON first)."""
    content, declared, raw = sent_body(op)
    if content is None:
        return values.value(None, p.name, MISSING)
    if declared is None or declared == PrimitiveType(PrimitiveKind.ANY):
        if content.kind in (MediaKind.FORM, MediaKind.MULTIPART):  # fields: an object, even when unspecified
            declared = MapType(PrimitiveType(PrimitiveKind.ANY))
    example = content.examples[0].value if content.examples and declared is not None \
        and not isinstance(values.types.resolve(declared), (RefType, ArrayType, MapType)) else MISSING
    if raw and not isinstance(example, str):
        example = MISSING
    return values.value(declared, p.name, example)


def model_example(package: PackageView, values: ExampleValues, view: SchemaView) -> ModelExample:
    cls = view.class_name
    steps: list[Step] = []
    if isinstance(view, EnumView):
        var = "member"  # short, so the example's lines stay within black's width
        expr = values.enum_member(view) if view.members else Expr(call(f"{cls}(", [("", Atom('"value"'))]))
        steps.append(Step("", tuple(layout(f"{var} = ", expr.node))))
        steps.append(Step("", tuple(layout("", _print(f"{var}.value")))))
        lookup = call("print(", [("", Chain((f"{cls}({var}.value)", f"is {var}")))])
        steps.append(Step("looking a member up by its value", tuple(layout("", lookup))))
    else:
        var = naming.avoid(naming.snake(cls, fallback="value"), _PROGRAM_NAMES | {"again", "json_text", "member"})
        expr = values.of_schema(view, var)
        steps.append(Step("", tuple(layout(f"{var} = ", expr.node))))
        steps.append(Step("a dict with the JSON names, holding only the fields that were set",
                          tuple(layout("", _print(f"{var}.to_dict()")))))
        steps.append(Step("the same as a JSON string, and back",
                          (*layout("json_text = ", Atom(f"{var}.to_json()")), "print(json_text)",
                           *layout("again = ", call(f"{cls}.from_json(", [("", Atom("json_text"))])))))
        compare = call("print(", [("", Chain(("again", f"== {var}")))])
        steps.append(Step("", tuple(layout("", compare))))
    models = set(expr.models) | {cls}
    imports = _import_lines(package.name, [], set(expr.stdlib), models)
    return ModelExample(imports, tuple(steps), _fence(expr.text))
