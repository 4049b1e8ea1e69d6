"""Render units: the files made from one schema, and the key that says when to render them again.

A schema's model module (`<pkg>/models/<module>.py`) and its docs page
(`docs/<Class>.md`) are rendered from:

- the schema and every schema it reaches (`ir.digest.closure_digests`): field
  types, inlined aliases and unions, enum members for defaults, the nested
  models of the page's example;
- the package's names (every class, module and docs file name: links and
  imports name other schemas);
- the API's package-wide facts (title, version, servers, security schemes,
  tags), which no model file uses today but which are cheap to include;
- the tool itself (`resources.tool_fingerprint`) and the package name.

The key hashes all of them.  `generate` records it beside each file in the
manifest; a later run whose unit has the same key, on files that still hash to
what was written, keeps them without building their views or rendering them.
Operations are not an input: API modules, their pages, the README and the
package files are always rendered (they are few).

`tests/unit/test_render_units.py` checks the claim behind this: across
mutations of real specs, every unit whose key did not change renders the
same bytes.
"""

from __future__ import annotations


from ...ir.digest import closure_digests, digest
from ...ir.model import Api
from ...records import Record
from ...resources import tool_fingerprint
from .names import Names, assign_names
from .reach import rendered_api

__all__ = ["SchemaUnit", "RenderUnits", "render_units"]

#: bump when what a key covers changes
UNIT_KEY_VERSION = "1"


class SchemaUnit(Record):
    """The files rendered from one schema alone (model module, docs page), with their key."""

    #: the schema's wire name
    name: str
    #: the output files rendered from it alone (relative POSIX paths)
    paths: tuple[str, ...]
    key: str


class RenderUnits(Record):
    """The package's names and its schema units, computed before anything is rendered."""

    names: Names
    units: tuple[SchemaUnit, ...]

    def keys(self) -> dict[str, str]:
        """Output path -> its unit's key."""
        return {path: unit.key for unit in self.units for path in unit.paths}


def render_units(api: Api, package_name: str) -> RenderUnits:
    api = rendered_api(api)
    names = assign_names(api, package_name)
    facts = (api.title, api.version, api.description, api.openapi_version, api.servers, api.security_schemes,
             api.tags)
    shared = digest("sdkgen render unit", UNIT_KEY_VERSION, tool_fingerprint(), package_name, repr(names),
                    repr(facts))
    closures = closure_digests(api)
    units = tuple(
        SchemaUnit(
            name=s.name,
            paths=(f"{names.package}/models/{names.schemas[s.name].module}.py", f"docs/{names.model_pages[s.name]}"),
            key=digest(shared, s.name, closures[s.name]),
        )
        for s in api.schemas
    )
    return RenderUnits(names, units)
