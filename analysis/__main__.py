"""Command line: ``python -m analysis {build,render,add,review}``.

Errors of this package (:class:`analysis.errors.AnalysisError`) are printed as
one readable message with exit status 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .add import REVIEW_HOWTO, add_article, format_claims, format_not_claims, format_unresolved, unreviewed
from .build import DEFAULT_BATCH_SIZE, build_derived
from .build.engines import ENGINES
from .errors import AnalysisError, ParameterError, storage_error

log = logging.getLogger("analysis")


# -- build -------------------------------------------------------------------------------------

def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, found {text!r}")
    return value


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """``--engine``, ``--scheduler`` and ``--batch-size`` for ``python -m analysis build``."""
    parser.add_argument("--engine", choices=ENGINES, default="local",
                        help="local: stream batches in this process (default); dask: partitions in parallel on a Dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS", default=None,
                        help="with --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786 "
                        "(default: start a local cluster with one worker per core)")
    parser.add_argument("--batch-size", type=positive_int, metavar="N", default=DEFAULT_BATCH_SIZE,
                        help=f"articles per batch (local) or per partition (dask); default {DEFAULT_BATCH_SIZE}")


def build_from_cli(args: argparse.Namespace) -> int:
    """Run the build the parsed ``build`` arguments ask for."""
    if args.scheduler is not None and args.engine != "dask":
        raise ParameterError("--scheduler", expected="--engine dask with a scheduler address",
                             found=f"--engine {args.engine}", fix="add --engine dask, or drop --scheduler")
    build_derived(review=not args.no_review, batch_size=args.batch_size, engine=args.engine, scheduler=args.scheduler)
    return 0


# -- the other commands --------------------------------------------------------------------------


def _cmd_render(args: argparse.Namespace) -> int:
    from .render import render_from_cli  # here: papermill and nbconvert take a second to import

    return render_from_cli(args)


def _cmd_add(args: argparse.Namespace) -> int:
    added = add_article(
        args.path, publisher=args.publisher, published=args.published, url=args.url,
        allow_future=args.allow_future,
        title=args.title, language=args.language,
    )
    print(f"Added {added.text_path} with {added.record_path.name}.")
    print(f"\n{added.claims.height} claim(s) extracted:")
    print("\n".join(format_claims(added.claims)) or "  (none)")
    print(f"\n{added.not_claims.height} number(s) not taken as claims:")
    print("\n".join(format_not_claims(added.not_claims)) or "  (none)")
    example = added.claims.row(0, named=True) if added.claims.height else {"char_start": 0, "number_text": "..."}
    print("\n" + REVIEW_HOWTO.format(article_id=added.article_id, **{k: example[k] for k in ("char_start", "number_text")}))
    return 0


def _cmd_review(_args: argparse.Namespace) -> int:
    claims, amounts = unreviewed()
    if claims.is_empty() and amounts.is_empty():
        print("Everything is reviewed: every claim is confirmed or corrected.")
        return 0
    for article_id in sorted(set(claims["article_id"].to_list()) | set(amounts["article_id"].to_list())):
        print(f"\n== {article_id}")
        mine = claims.filter(claims["article_id"] == article_id)
        if mine.height:
            print(f"{mine.height} claim(s) not yet reviewed:")
            print("\n".join(format_claims(mine)))
        rest = amounts.filter(amounts["article_id"] == article_id)
        if rest.height:
            print(f"{rest.height} amount(s) not taken as claims, not yet reviewed:")
            print("\n".join(format_not_claims(rest)))
    unresolved = format_unresolved(claims)
    if unresolved:
        print("\n" + "\n".join(unresolved))
    first = (claims if claims.height else amounts).row(0, named=True)
    print("\n" + REVIEW_HOWTO.format(**{k: first[k] for k in ("article_id", "char_start", "number_text")}))
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="show the Python traceback on errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="rebuild data/derived/ from data/raw/")
    build.add_argument("--no-review", action="store_true", help="ignore data/raw/review.yaml: the automatic result alone")
    add_engine_arguments(build)
    build.set_defaults(run=build_from_cli)

    add = commands.add_parser("add", help="add an article to data/raw/articles/, rebuild, and show what was extracted")
    add.add_argument("path", help="the article as a UTF-8 text file")
    add.add_argument("--publisher", required=True, help="as the article states it, or 'unknown'")
    add.add_argument("--published", required=True, help="YYYY-MM-DD[THH:MM] or YYYY-MM, as stated")
    add.add_argument("--allow-future", action="store_true",
                     help="accept a publication date after today (or before 1900)")
    add.add_argument("--url", default=None)
    add.add_argument("--title", default=None, help="default: the article's first line")
    add.add_argument("--language", default=None, help="de or en (default: detected)")
    add.set_defaults(run=_cmd_add)

    review = commands.add_parser("review", help="list what is not yet reviewed, and how to review it")
    review.set_defaults(run=_cmd_review)

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
    except BrokenPipeError:                      # `python -m analysis review | head`: the reader is gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())    # so the interpreter's final flush finds no broken pipe
        return 0
    except Exception as exc:                     # a read-only or full disk, a directory where a file belongs, ...
        error = storage_error(exc)
        if error is None or args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
