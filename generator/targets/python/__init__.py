"""The Python target: an httpx + pydantic v2 client package from the IR.

`render_package(api, options)` returns the unformatted files of the package
(relative POSIX path -> text); formatting and writing are the pipeline's job.
The work is split by stage: `names` hands out every identifier, `typemap`
turns IR types into annotations, the `view_*` modules build frozen view
objects in one pass, `render` prints them through `templates/python/`, and
`docs` renders the README and markdown docs from the same views.
"""

from __future__ import annotations

from ...ir.model import Api
from ...options import Options
from .docs import render_docs
from .render import preformatted, render_files
from .units import RenderUnits, SchemaUnit, render_units
from .view_package import PackageView, build_views

__all__ = ["render_package", "render_units", "preformatted", "build_views", "PackageView", "RenderUnits", "SchemaUnit"]


def render_package(api: Api, options: Options, units: RenderUnits | None = None,
                   skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """The package, its pyproject.toml, README.md and docs/*.md.

    `skip`: schemas (wire names) whose unit files the output folder already
    holds as they would be rendered (see `units`): they are left out.
    `units`: `render_units(api, options.package_name)`, when the caller has it.
    """
    package = build_views(api, options.package_name, skip, units.names if units is not None else None)
    files = render_files(package)
    files.update(render_docs(api, options, package))
    return files
