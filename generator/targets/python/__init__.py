"""The Python target: an httpx + pydantic v2 client package from the IR.

`render_package(api, options)` returns the unformatted files of the package
(relative POSIX path -> text); formatting and writing are the pipeline's job.
The work is split by stage: `names` hands out every identifier, `typemap`
turns IR types into annotations, the `view_*` modules build frozen view
objects in one pass, `render` prints them through `templates/python/`, and
`docs` renders the README and markdown docs from the same views.  `reach`
decides which schemas become models (not those only XML or text bodies use).
"""

from __future__ import annotations

from typing import Callable

from ...ir.model import Api
from ...options import Options
from .reach import rendered_api
from .render import preformatted, render_files
from .units import RenderUnits, SchemaUnit, render_units
from .view_package import PackageView, build_views

__all__ = ["rendered_api", "render_package", "render_units", "preformatted", "build_views", "PackageView", "RenderUnits", "SchemaUnit"]


def render_package(api: Api, options: Options, units: RenderUnits | None = None,
                   skip: frozenset[str] = frozenset(),
                   code_done: Callable[[dict[str, str]], None] | None = None) -> dict[str, str]:
    """The package, its pyproject.toml, README.md and docs/*.md.

    `skip`: schemas (wire names) whose unit files the output folder already
    holds as they would be rendered (see `units`): they are left out.
    `units`: `render_units(api, options.package_name)`, when the caller has it.
    `code_done`: called with the code files (package and pyproject.toml) as soon
    as they are rendered, before the docs, so that formatting can start meanwhile.
    """
    api = rendered_api(api)
    package = build_views(api, options.package_name, skip, units.names if units is not None else None)
    files = render_files(package)
    if code_done is not None:
        code_done(files)
    from .docs import render_docs  # imported only now: its import overlaps the formatting of the code

    files.update(render_docs(api, options, package))
    return files
