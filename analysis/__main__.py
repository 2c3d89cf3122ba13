"""Command line: ``python -m analysis {build,render,add,review}``.

Errors of this package (:class:`analysis.errors.AnalysisError`) are printed as
one readable message with exit status 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys

from .errors import AnalysisError

log = logging.getLogger("analysis")


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build_derived

    build_derived(review=not args.no_review)
    return 0


def _cmd_render(args: argparse.Namespace) -> int:
    from .render import render_from_cli

    return render_from_cli(args)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the Python traceback on errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="rebuild data/derived/ from data/raw/")
    build.add_argument("--no-review", action="store_true", help="ignore data/raw/review.yaml: the automatic result alone")
    build.set_defaults(run=_cmd_build)

    render = commands.add_parser("render", help="run every notebook with every parameter set into reports/")
    render.add_argument("--jobs", type=int, default=None, help="parallel runs (default: the machine's cores)")
    render.add_argument("--only", action="append", metavar="NOTEBOOK", help="render only this notebook (repeatable)")
    render.add_argument("--params", default=None, help="parameter-set file (default: notebooks/params.yaml)")
    render.add_argument("--out", default=None, help="output directory (default: reports/)")
    render.set_defaults(run=_cmd_render)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s", stream=sys.stderr,
    )
    try:
        return args.run(args)
    except AnalysisError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; outputs that were not finished were not written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
