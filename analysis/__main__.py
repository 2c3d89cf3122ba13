"""Command line: ``python -m analysis {build,render,add,remove,review}`` (console script ``nk-claims``).

Errors of this package (:class:`analysis.errors.AnalysisError`) are printed as
one readable message with exit status 2; ``--debug`` shows the traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from .add import Given, add_articles
from .build import DEFAULT_BATCH_SIZE, build_derived
from .build.engines import ENGINES
from .errors import AnalysisError, ParameterError, storage_error
from .pages import DEFAULT_TIMEOUT
from .remove import remove_article
from .views.review import REVIEW_HOWTO, SOURCE_FILTERS, format_review, format_unresolved, printable, unreviewed

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
    given = Given(publisher=args.publisher, published=args.published, url=args.url, title=args.title,
                  language=args.language, allow_future=args.allow_future, timeout=args.timeout)
    summary = add_articles(args.sources, given, progress=not args.quiet)
    for added in summary.added:
        print(f"Added {added.text_path} with {added.record_path.name}: {added.claims.height} claim(s), "
              f"{added.not_claims.height} number(s) not taken as claims.")
    if len(summary.added) == 1 and not summary.duplicates and not summary.failures:
        _print_extraction(summary.added[0])
    for source, existing, _ in summary.duplicates:
        print(f"Skipped {printable(source)}: the same text as {existing}, already in the corpus.")
    for source, error in summary.failures:            # the message names the source unless it is a parameter's
        said = printable(str(error))
        print(f"Failed: {said}" if str(error).startswith(source) else f"Failed {printable(source)}: {said}", file=sys.stderr)
    print(f"\n{len(summary.added)} added, {len(summary.duplicates)} duplicate(s) skipped, "
          f"{len(summary.failures)} failed; {summary.rebuilds} rebuild(s).")
    if summary.added:
        print("Review what was extracted: python -m analysis review --article ARTICLE_ID")
    return 2 if summary.failures else 0


def _print_extraction(added) -> None:
    from .views.inputs import load_article_texts

    texts = load_article_texts()
    print("\n".join(format_review(added.claims, added.not_claims, texts)))
    print("\n" + REVIEW_HOWTO)


def _cmd_review(args: argparse.Namespace) -> int:
    from .views.inputs import load_article_texts

    claims, amounts = unreviewed(article=args.article, quantity=args.quantity, source=args.source)
    if claims.is_empty() and amounts.is_empty():
        filtered = any(v is not None for v in (args.article, args.quantity, args.source))
        print("Nothing open for this filter." if filtered else
              "Everything is reviewed: every claim is confirmed or corrected.")
        return 0
    print("\n".join(format_review(claims, amounts, load_article_texts())))
    unresolved = format_unresolved(claims)
    if unresolved:
        print("\n" + "\n".join(unresolved))
    print(f"\n{claims.height} claim(s) and {amounts.height} amount(s) open.\n" + REVIEW_HOWTO)
    return 0


def _cmd_remove(args: argparse.Namespace) -> int:
    removed = remove_article(args.article_id, drop_decisions=args.drop_decisions)
    dropped = f" and {removed.dropped_decisions} review decision(s)" if removed.dropped_decisions else ""
    print(f"Removed {removed.article_id}: {', '.join(p.name for p in removed.files)}{dropped}; data/derived/ rebuilt.")
    return 0


ADD_EXAMPLES = """examples:
  python -m analysis add artikel.txt --publisher "Tagesblick" --published 2025-02-03T09:15
  python -m analysis add saved/nordkorea.html                 # metadata from the page
  python -m analysis add https://www.example.org/news/123.html --timeout 10
  python -m analysis add inbox/                               # every .txt and .html in a folder
  python -m analysis add links.txt                            # a file with one link per line
"""
REVIEW_EXAMPLES = """examples:
  python -m analysis review
  python -m analysis review --article tagesblick-2025-02-03
  python -m analysis review --quantity casualties
  python -m analysis review --source unresolved | less
"""
MAIN_EXAMPLES = """examples (also installed as the command nk-claims):
  python -m analysis build
  python -m analysis add saved/page.html
  python -m analysis review --article ARTICLE_ID
  python -m analysis remove ARTICLE_ID
  python -m analysis render --only 01-claims-overview
--debug may stand anywhere on the line.
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0],
                                     epilog=MAIN_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--debug", action="store_true", help="show the Python traceback on errors (anywhere on the line)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print warnings and errors only")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="rebuild data/derived/ from data/raw/")
    build.add_argument("--no-review", action="store_true", help="ignore data/raw/review.yaml: the automatic result alone")
    add_engine_arguments(build)
    build.set_defaults(run=build_from_cli)

    add = commands.add_parser(
        "add", help="add articles (text files, saved web pages, links) to data/raw/articles/ and rebuild once",
        description="Add articles to data/raw/articles/, rebuild data/derived/ once, and show what was extracted.\n"
        "A saved .html page or an http(s):// link is read with trafilatura (text, title, site name, author,\n"
        "date, canonical URL); the options below override what the page says.\n"
        "A .txt file needs --publisher and --published.",
        epilog=ADD_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add.add_argument("sources", nargs="+", metavar="SOURCE",
                     help="a .txt (UTF-8) or saved .html file, an http(s):// link, a folder of them, "
                     "or a file listing links one per line")
    add.add_argument("--publisher", default=None, help="as the article states it, or 'unknown' (default for pages: the site name)")
    add.add_argument("--published", default=None,
                     help="YYYY-MM-DD[THH:MM] or YYYY-MM, as stated (default for pages: the date the page states)")
    add.add_argument("--allow-future", action="store_true",
                     help="accept a publication date after today (or before 1900)")
    add.add_argument("--url", default=None, help="default for pages: the canonical URL the page names")
    add.add_argument("--title", default=None, help="default: the page's title, else the article's first line")
    add.add_argument("--language", default=None, help="de or en (default: detected; a page in another language is refused)")
    add.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                     help=f"how long to wait for a server (default {DEFAULT_TIMEOUT:g})")
    add.set_defaults(run=_cmd_add)

    remove = commands.add_parser("remove", help="take an article out of the corpus (text, page, record) and rebuild",
                                 epilog="example:\n  python -m analysis remove tagesblick-2025-02-03 --drop-decisions",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    remove.add_argument("article_id", help="the article's id (its file name without .txt)")
    remove.add_argument("--drop-decisions", action="store_true",
                        help="also remove the review decisions in data/raw/review.yaml that name it")
    remove.set_defaults(run=_cmd_remove)

    review = commands.add_parser("review", help="list what is not yet reviewed, with a decision ready to paste for each",
                                 epilog=REVIEW_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    review.add_argument("--article", default=None, metavar="ARTICLE_ID", help="only this article")
    review.add_argument("--quantity", default=None, help="only claims of this quantity (e.g. troops_deployed)")
    review.add_argument("--source", default=None, choices=SOURCE_FILTERS,
                        help="unresolved: only claims whose claimer the vocabularies cannot place")
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
    argv = list(sys.argv[1:] if argv is None else argv)
    end = argv.index("--") if "--" in argv else len(argv)
    debug = "--debug" in argv[:end]            # accepted before or after the command
    args = parser.parse_args([a for a in argv[:end] if a != "--debug"] + argv[end:])
    args.debug = debug
    if debug:
        log.setLevel(logging.DEBUG)              # the package's own debug messages (e.g. a page's traceback)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s", stream=sys.stderr,
    )
    try:
        status = args.run(args)
        sys.stdout.flush()                       # a closed pipe shows here, inside the try, not at exit
        return status
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
