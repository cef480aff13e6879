"""The `specbench` command: bundle, validate and generate, per API or for all of them; serve;
bench; list the house rules."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from specbench.bundle import BundleError, bundle, load_bundle
from specbench.layout import Api, select_apis

# validate and generate import openapi-spec-validator, jsonschema and openapi-python-client:
# imported inside their commands, so that `specbench serve` (and its memory) carries none of it.


def _bundle(api: Api) -> bool:
    try:
        bundle(api)
    except BundleError as error:
        print(error, file=sys.stderr)
        return False
    print(f"{api.name}: bundled into {api.bundle_json.parent}")
    return True


def _validate(api: Api) -> bool:
    from specbench.validate import validate_document

    document = load_bundle(api)
    problems = validate_document(api, document)
    for problem in problems:
        print(problem, file=sys.stderr)
    operations = sum(
        1 for item in document.get("paths", {}).values() for key in item if key != "parameters"
    )
    if problems:
        print(f"{api.name}: {len(problems)} problem(s)", file=sys.stderr)
        return False
    print(f"{api.name}: valid ({operations} operations, all house rules pass)")
    return True


def _generate(api: Api) -> bool:
    from specbench.generate import GenerationError, generate

    try:
        version = generate(api)
    except GenerationError as error:
        print(error, file=sys.stderr)
        return False
    print(f"{api.name}: generated {api.client_dir} (version {version})")
    return True


def _check_generated(api: Api) -> bool:
    from specbench.generate import GenerationError, check_generated

    try:
        drift = check_generated(api)
    except GenerationError as error:
        print(error, file=sys.stderr)
        return False
    for line in drift:
        print(f"{api.client_dir.name}/{line}", file=sys.stderr)
    if drift:
        print(f"{api.name}: generated/ is out of date: run `make generate`", file=sys.stderr)
        return False
    print(f"{api.name}: generated/ matches a fresh generation")
    return True


COMMANDS: dict[str, tuple[str, Callable[[Api], bool]]] = {
    "bundle": ("bundle the split spec into build/specs/<api>/", _bundle),
    "validate": ("openapi-spec-validator, house rules and endpoint inventory", _validate),
    "generate": ("generate the client into generated/<api>-client/", _generate),
    "check-generated": ("fail if generated/ differs from a fresh generation", _check_generated),
}


def _add_serve(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser("serve", help="serve Swagger UI, the bundles and every mock")
    command.add_argument("apis", nargs="*", help="API names (folders of specs/); all if none")
    command.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    command.add_argument("--port", type=int, help="port (default: $PORT, else 8000)")
    command.add_argument("--db", help="file the mocks keep their state in (see the mock engine)")
    command.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on the one port (default 1); with --db they share the file, "
        "without it each worker keeps its own in-memory store",
    )
    command.add_argument(
        "--no-access-log",
        dest="access_log",
        action="store_false",
        help="do not log each request (`make bench` serves this way)",
    )


def _serve(args: argparse.Namespace) -> int:
    # Imported here: bundling and validating need neither the web stack nor the mock engine.
    from specbench.serve.run import default_port, serve

    apis = select_apis(args.apis)
    if args.workers < 1:
        print("--workers must be at least 1", file=sys.stderr)
        return 2
    try:
        port = default_port() if args.port is None else args.port
        serve(apis, args.host, port, args.db, access_log=args.access_log, workers=args.workers)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _add_bench(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser(
        "bench", help="our mock against Prism, fuzzing speed, pipeline timings (→ bench/)"
    )
    command.add_argument(
        "--only",
        action="append",
        choices=("load", "fuzz", "pipeline"),
        help="measure only this part (repeatable); all three if not given",
    )
    command.add_argument(
        "--seconds",
        type=int,
        help="measured seconds per load scenario (default: $BENCH_SECONDS, 10)",
    )


def _bench(args: argparse.Namespace) -> int:
    # Imported here: only the benchmark needs schemathesis, wrk and Prism.
    import dataclasses

    from specbench.bench.run import PARTS, run
    from specbench.bench.settings import from_environment

    settings = from_environment()
    if args.seconds is not None:
        if args.seconds < 1:
            print("--seconds must be at least 1", file=sys.stderr)
            return 2
        settings = dataclasses.replace(settings, seconds=args.seconds)
    try:
        run(settings, tuple(args.only or PARTS))
    except RuntimeError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    return 0


def _add_dist(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser(
        "dist", help="wheels and sdists of the clients and of the tooling (with every bundle)"
    )
    command.add_argument("apis", nargs="*", help="API names (folders of specs/); all if none")
    command.add_argument("--outdir", help="where to put them (default: dist/ of the checkout)")


def _dist(args: argparse.Namespace) -> int:
    # Imported here: only `make dist` runs build and twine.
    from pathlib import Path

    from specbench.release.dist import DIST, main

    return main(select_apis(args.apis), Path(args.outdir) if args.outdir else DIST)


def _fuzz_config() -> int:
    # Imported here: it reads the mock declarations, which bundling and validating never need.
    from specbench import fuzz_config

    apis = select_apis([])
    changed = fuzz_config.write(apis)
    print(f"{fuzz_config.CONFIG_FILE.name}: {'written' if changed else 'up to date'}")
    return 0


def _add_rules(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser("rules", help="list the house rules `specbench validate` applies")
    command.add_argument(
        "--markdown",
        action="store_true",
        help="print them as the Markdown list CONTRIBUTING.md holds",
    )


def rule_lines(markdown: bool = False) -> list[str]:
    """One line per house rule of the registry, in the order `validate` runs them."""
    # Imported here: the rules pull in jsonschema, which serving never needs.
    from specbench.lint import RULES

    if markdown:
        return [f"- **{rule.name}**: {rule.summary}" for rule in RULES]
    width = max((len(rule.name) for rule in RULES), default=0)
    return [f"{rule.name:<{width}}  {rule.summary}" for rule in RULES]


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off (the forked workers inherit it): importing and running the
    generator builds large object graphs that reference counting alone frees, and the
    collector's passes over them cost about a tenth of a generation (workdrive: peak RSS 66 MiB
    with it, 69 without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="specbench", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, _) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text)
        command.add_argument("apis", nargs="*", help="API names (folders of specs/); all if none")
    _add_serve(sub)
    _add_bench(sub)
    _add_dist(sub)
    _add_rules(sub)
    sub.add_parser("fuzz-config", help="write schemathesis.toml (business-rule statuses)")
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    if args.command == "fuzz-config":
        return _fuzz_config()
    if args.command == "bench":
        return _bench(args)
    if args.command == "dist":
        return _dist(args)
    if args.command == "rules":
        print("\n".join(rule_lines(args.markdown)))
        return 0
    _, action = COMMANDS[args.command]
    apis = select_apis(args.apis)
    if args.command in ("generate", "check-generated"):
        with _without_cycle_collection():
            from specbench.generate import in_parallel

            results = in_parallel(action, apis)
    else:
        results = [action(api) for api in apis]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
