"""Every Python name of one package, handed out once, in a fixed order.

The rules (case, keywords, length) are `generator.naming`'s; this module only
decides the namespaces and the order names are claimed in, so output is
deterministic and names that collide after conversion stay distinct:

- class names (models, enums, API classes) share one scope, because API
  modules import the models they use beside their own classes; schemas
  claim first (sorted by wire name), then tags in spec order;
- model modules are unique case-insensitively (`Order`/`order` must not be
  two files on macOS or Windows), and so are API modules;
- an operation belongs to its first tag (`default` for untagged ones);
- docs pages (`docs/<Class>.md`) are unique case-insensitively and never a
  Windows device name; API classes claim first, then the webhooks page, then
  schemas.
"""

from __future__ import annotations


from ... import naming
from ...ir.model import Api, Operation
from ...records import Record


class SchemaNames(Record):
    """The Python names of one schema: its class, and its module in `models/`."""

    class_name: str
    module: str  # file stem in <pkg>/models/


class TagNames(Record):
    """The Python names of one tag's API: its class, its async class, and its module in `api/`."""

    tag: str  # wire name
    class_name: str
    async_class_name: str
    module: str  # file stem in <pkg>/api/


class Names(Record):
    """Every Python name of one package: package, classes, modules and docs pages (`assign_names`)."""

    package: str
    schemas: dict[str, SchemaNames]
    #: tags that have operations, in spec order
    tags: tuple[TagNames, ...]
    #: docs pages (file names in docs/): by tag, the webhooks page ("" without webhooks), by schema
    api_pages: dict[str, str]
    webhooks_page: str
    model_pages: dict[str, str]

    def class_name(self, schema: str) -> str:
        return self.schemas[schema].class_name

    def tag_of(self, op: Operation) -> str:
        return op.tags[0] if op.tags else "default"


def assign_names(api: Api, package_name: str) -> Names:
    classes = naming.Scope()
    modules = naming.Scope(naming.RESERVED_MODULE_NAMES, fold_case=True)
    schemas: dict[str, SchemaNames] = {}
    for schema in api.schemas:
        class_name = classes.claim(naming.class_name(schema.name))
        schemas[schema.name] = SchemaNames(class_name, modules.claim(naming.module_name(class_name)))

    used = {op.tags[0] if op.tags else "default" for op in api.operations}
    ordered = [t.name for t in api.tags if t.name in used]
    ordered += sorted(used - set(ordered))
    api_modules = naming.Scope(naming.RESERVED_MODULE_NAMES, fold_case=True)
    tags = []
    choices = {tag: naming.api_class_names(tag) for tag in ordered}
    # a tag's only name (`Audit log` -> AuditLogApi) goes before another's shortened one (`Audit log API`)
    only = {names[0] for names in choices.values() if len(names) == 1}
    for tag in ordered:
        options = choices[tag]
        free = [c for c in options if c not in classes and (len(options) == 1 or c not in only)]
        class_name = classes.claim((free or options)[0])
        async_name = classes.claim(naming.async_api_class_name(class_name))
        module = api_modules.claim(naming.module_name(class_name))
        tags.append(TagNames(tag, class_name, async_name, module))

    pages = naming.Scope({"readme"}, fold_case=True)
    api_pages = {t.tag: pages.claim(naming.safe_file_stem(t.class_name)) + ".md" for t in tags}
    webhooks_page = pages.claim("Webhooks") + ".md" if api.webhooks else ""
    model_pages = {name: pages.claim(naming.safe_file_stem(n.class_name)) + ".md" for name, n in schemas.items()}
    return Names(naming.package_name(package_name), schemas, tuple(tags), api_pages, webhooks_page, model_pages)
