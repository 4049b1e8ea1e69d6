"""Command line: `sdkgen` / `python -m generator`.

Exit codes: 0 ok, 1 drift (`check` only), 2 bad input or usage.  User errors
never print a traceback unless `--debug` is given.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import traceback
from pathlib import Path
from typing import Iterator, Sequence

from .diagnostics import InputError, Report
from .options import Options, find_defaults

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="sdkgen", description="Generate a typed Python SDK and docs from an OpenAPI spec.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for every error")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def spec_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("spec", nargs="?", type=Path, help="the OpenAPI file (default: [tool.sdkgen] spec)")
        p.add_argument("--ref-root", type=Path, help="folder that external $refs may read from (default: the spec's folder)")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")

    def out_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("-o", "--output", type=Path, help="output folder (default: [tool.sdkgen] output)")
        p.add_argument("--package-name", help="Python package name (default: [tool.sdkgen] package-name)")
        p.add_argument("--no-cache", action="store_true", help="validate the spec and format every file again, ignoring the manifest's cache")
        p.add_argument("-j", "--jobs", type=int, default=0, help="formatter processes (default: one per core)")

    p = sub.add_parser("validate", help="check a spec and report every problem")
    spec_args(p)
    p = sub.add_parser("ir", help="print the intermediate representation as JSON")
    spec_args(p)
    p = sub.add_parser("generate", help="generate the SDK and docs into the output folder")
    spec_args(p)
    out_args(p)
    p.add_argument("--force", action="store_true", help="overwrite generated files that were edited by hand")
    p = sub.add_parser("check", help="exit 1 if the output folder differs from a fresh generation")
    spec_args(p)
    out_args(p)
    p.add_argument("--diff-lines", type=int, default=200, help="print at most this many diff lines")
    return parser


def _options(args: argparse.Namespace) -> Options:
    defaults = find_defaults()
    spec = args.spec or defaults.spec
    if spec is None:
        raise _UsageError("no spec given and no [tool.sdkgen] spec in pyproject.toml")
    output = getattr(args, "output", None) or defaults.output or Path("generated/python")
    package = getattr(args, "package_name", None) or defaults.package_name or "client"
    if not package.isidentifier() or not package.isascii() or package.startswith("_"):
        raise _UsageError(f"--package-name {package!r} is not a valid Python package name (use letters, digits and _)")
    return Options(
        spec=Path(spec),
        output=Path(output),
        package_name=package,
        strict=args.strict,
        force=getattr(args, "force", False),
        use_cache=not getattr(args, "no_cache", False),
        ref_root=args.ref_root,
        diff_lines=getattr(args, "diff_lines", 200),
        jobs=getattr(args, "jobs", 0),
    )


class _UsageError(Exception):
    pass


def _print_report(report: Report | tuple, stream=None) -> None:  # type: ignore[no-untyped-def]
    stream = stream or sys.stderr  # looked up per call, so redirected/captured stderr is honoured
    for d in report:
        print(d.render(), file=stream)


#: the garbage collector's thresholds during a run (Python's default: 700, 10, 10)
GC_THRESHOLDS = (200_000, 30, 30)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while a command runs.

    A run builds millions of long-lived, acyclic objects (the spec, the IR,
    the views), and Python's default thresholds re-scan all of them every
    few hundred thousand allocations: about a sixth of the main process's
    CPU on a big spec.  Forked children inherit the setting, but black runs
    with the defaults (its parse trees are cyclic: `formatting._format_batch`).
    The previous thresholds come back afterwards, for callers that run
    `main` in their own process; under `run` they are already set and stay
    (restoring them would collect everything allocated since the last
    collection, ~10 ms, just before the process exits).
    """
    previous = gc.get_threshold()
    if previous == GC_THRESHOLDS:
        yield
        return
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _note_package_name(given: str) -> None:
    """Say so when the package is not named as given (`--package-name My-SDK` is `my_sdk`)."""
    from .naming import package_name

    used = package_name(given)
    if used != given:
        print(f"sdkgen: note: the package is named {used!r}, not {given!r} (package names are lower-case "
              "snake_case, and never a keyword, one of the package's own modules or a module Python or the "
              "client needs)", file=sys.stderr)


def run() -> None:
    """The `sdkgen` command and `python -m generator`: `main`, then leave without the interpreter's teardown.

    Everything the run started is finished by then (workers joined, the
    validator child reaped, files closed); what is left is freeing millions
    of objects one by one, about 0.06 s on a big spec, for nothing (mypy
    ends the same way).  Output is flushed first; callers of `main` itself
    keep a normal return.  The collector's thresholds are raised at once, for
    the imports too (`_fewer_collections`), and never restored.
    """
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`sdkgen ir spec.yaml | head`): nothing more to say
        code = 1
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with _fewer_collections():
            return _dispatch(args)
    except InputError as exc:
        if args.debug:  # the traceback too, but bad input still exits 2
            traceback.print_exc()
        _print_report(exc.diagnostics)
        print(f"sdkgen: {len(exc.diagnostics)} problem(s); nothing was written.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RecursionError:
        # last line of defence: the loader refuses nesting past 1,000 levels,
        # but a later stage may still run out of stack a little earlier
        if args.debug:
            traceback.print_exc(limit=20)
        print("sdkgen: error: the spec is nested too deeply to process (Python's recursion limit was "
              "reached); move deeply nested inline schemas or values into components and use $ref. "
              "Nothing was written.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _UsageError as exc:
        print(f"sdkgen: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from .standby import early_validation

    options = _options(args)
    # openapi-spec-validator's child starts now: it imports its stack while this process imports ours
    with early_validation(options, use_manifest=args.command in ("generate", "check")):
        return _command(args, options)


def _command(args: argparse.Namespace, options: Options) -> int:
    from . import pipeline

    if args.command == "validate":
        result = pipeline.run_front_end(options.spec, ref_root=options.ref_root,
                                        strict=options.strict, validate_only=True)
        assert isinstance(result, Report)
        from .validate import for_validate_command

        result = Report(for_validate_command(result.items))  # every validator finding fails `validate`
        _print_report(result)
        if result.has_errors(options.strict):
            print(f"{options.spec}: invalid ({len(result.errors)} error(s), {len(result.warnings)} warning(s))", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"{options.spec}: valid ({len(result.warnings)} warning(s))")
        return EXIT_OK

    if args.command == "ir":
        front = pipeline.front_end_or_raise(options)
        _print_report(front.diagnostics)
        from .ir.dump import dump_json

        sys.stdout.write(dump_json(front.api))
        sys.stdout.write("\n")
        return EXIT_OK

    _note_package_name(options.package_name)
    pool = pipeline.early_format_pool(options)
    try:
        rendered = pipeline.produce(options, pool, reuse=args.command == "generate")
        front = rendered.front
        _print_report(front.diagnostics)
        from .output import check_tree, write_tree

        if rendered.up_to_date is not None:  # the folder holds this very generation: nothing to render or write
            if args.command == "generate":
                from .output.memo import unchanged_result

                kept = unchanged_result(options.output, rendered.up_to_date)
                print(f"sdkgen: {pipeline.summary(front, rendered)} -> {options.output} ({kept.describe()})")
            else:
                print(f"sdkgen: {options.output} is up to date ({pipeline.summary(front, rendered)})")
            return EXIT_OK
        if args.command == "generate":
            written = write_tree(rendered.files, options, front.spec_hash, pool=pool, validation=front.validation,
                                 facts=rendered.facts)
            print(f"sdkgen: {pipeline.summary(front, rendered)} -> {options.output} ({written.describe()})")
            return EXIT_OK
        outcome = check_tree(rendered.files, options, front.spec_hash, pool=pool, validation=front.validation,
                             facts=rendered.facts)
    finally:
        if pool is not None:
            pool.close()
    if outcome.clean:
        print(f"sdkgen: {options.output} is up to date ({pipeline.summary(front, rendered)})")
        return EXIT_OK
    sys.stdout.write(outcome.describe(options.diff_lines))
    return EXIT_DRIFT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
