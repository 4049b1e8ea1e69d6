"""Views -> file texts through the Jinja templates in `templates/python/`.

Templates are files of this project, loaded by name; spec text only ever
reaches them as data (already turned into literals by the view), so Jinja
syntax inside a spec stays inert.  Autoescaping is off (the output is Python,
not HTML) and undefined names are errors.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2

from ...resources import TEMPLATES_ROOT
from ...template_cache import bytecode_cache
from .names import Names
from .view_package import PackageView


#: `templates/python` (see `generator.resources`)
TEMPLATES = TEMPLATES_ROOT / "python"

#: files rendered once per package: output path under the package -> template
PACKAGE_FILES: dict[str, str] = {
    "__init__.py": "package/__init__.py.jinja",
    "py.typed": "package/py.typed.jinja",
    "_base.py": "package/_base.py.jinja",
    "_runtime.py": "package/_runtime.py.jinja",
    "api_client.py": "package/api_client.py.jinja",
    "api_response.py": "package/api_response.py.jinja",
    "_config.py": "package/_config.py.jinja",
    "configuration.py": "package/configuration.py.jinja",
    "exceptions.py": "package/exceptions.py.jinja",
    "api/__init__.py": "package/api/__init__.py.jinja",
    "models/__init__.py": "package/models/__init__.py.jinja",
}

#: package files whose render is the same for every spec and option and is already black's output,
#: so formatting skips them (tests/unit/test_python_preformatted.py checks both claims)
PREFORMATTED_FILES: frozenset[str] = frozenset({"_base.py", "_config.py", "_runtime.py", "api_client.py",
                                                "api_response.py", "exceptions.py"})

#: files rendered once, outside the package: output path -> template
PROJECT_FILES: dict[str, str] = {
    "pyproject.toml": "pyproject.toml.jinja",
}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The templates' environment; their compiled code is kept across runs (`generator.template_cache`)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change during a run: no stat() per rendered file
    )
    env.bytecode_cache = bytecode_cache(env)  # None: no usable cache folder, compile every run
    return env


def preformatted(names: Names) -> frozenset[str]:
    """The output paths of `PREFORMATTED_FILES`."""
    return frozenset(f"{names.package}/{path}" for path in PREFORMATTED_FILES)


def render_files(package: PackageView) -> dict[str, str]:
    env = environment()
    files: dict[str, str] = {}
    for path, template in PROJECT_FILES.items():
        files[path] = env.get_template(template).render(package=package)
    for path, template in PACKAGE_FILES.items():
        files[f"{package.name}/{path}"] = env.get_template(template).render(package=package)
    for schema in package.schemas:
        files[f"{package.name}/models/{schema.module}.py"] = env.get_template(schema.template).render(view=schema)
    for api in package.apis:
        files[f"{package.name}/api/{api.names.module}.py"] = env.get_template(api.template).render(view=api)
    return files
