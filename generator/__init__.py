"""sdkgen: generate a typed Python SDK and markdown docs from an OpenAPI spec.

Public API (the CLI is a thin layer over it)::

    from generator import load, generate, check
    api = load("spec/orders.yaml")                 # the IR (raises InputError on bad input)
    generate("spec/orders.yaml", "out", package_name="voucherify")
    outcome = check("spec/orders.yaml", "out", package_name="voucherify")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .ir.model import Api
    from .output import CheckOutcome, WriteResult


def _options(spec: str | Path, output: str | Path, package_name: str, **kw: object):  # type: ignore[no-untyped-def]
    from .options import Options

    return Options(spec=Path(spec), output=Path(output), package_name=package_name, **kw)  # type: ignore[arg-type]


def load(spec: str | Path, *, ref_root: str | Path | None = None, strict: bool = False) -> "Api":
    """Load, validate and build the IR of a spec; raise `InputError` on bad input."""
    from . import pipeline

    opts = _options(spec, ".", "client", ref_root=Path(ref_root) if ref_root else None, strict=strict)
    return pipeline.front_end_or_raise(opts).api


def generate(spec: str | Path, output: str | Path, *, package_name: str = "client", **kw: object) -> "WriteResult":
    """Generate the SDK for `spec` into `output` (atomically, with a manifest)."""
    from . import pipeline
    from .output import write_tree

    opts = _options(spec, output, package_name, **kw)
    front = pipeline.front_end_or_raise(opts, use_manifest=True)
    rendered = pipeline.render(front, opts, reuse=True)
    return write_tree(rendered.files, opts, front.spec_hash, validation=front.validation, facts=rendered.facts)


def check(spec: str | Path, output: str | Path, *, package_name: str = "client", **kw: object) -> "CheckOutcome":
    """Compare `output` with a fresh generation, writing nothing."""
    from . import pipeline
    from .output import check_tree

    opts = _options(spec, output, package_name, **kw)
    front = pipeline.front_end_or_raise(opts, use_manifest=True)
    rendered = pipeline.render(front, opts)
    return check_tree(rendered.files, opts, front.spec_hash, validation=front.validation, facts=rendered.facts)
