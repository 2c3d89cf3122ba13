"""Adding articles from saved pages (issue 18): extraction per page, and one call for many against one per page.

* extraction: ``analysis.pages.read_page`` (trafilatura + htmldate + py3langid) on the saved pages of
  ``tests/data/pages/``, median of 20 rounds per page, after a first call that loads the language model;
* adding N generated news pages to a copy of ``data/raw/``: one ``add_articles`` call (one rebuild)
  against one ``add_article`` call per page (a rebuild each).

    python benchmarks/bench_add.py            # N = 20
    python benchmarks/bench_add.py --pages 50
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.add import add_article, add_articles  # noqa: E402
from analysis.build import build_derived  # noqa: E402
from analysis.pages import EXTRACTOR, read_page  # noqa: E402
from tests.page_server import numbered_page  # noqa: E402

PAGES = ROOT / "tests" / "data" / "pages"


def time_extraction() -> None:
    pages = sorted(PAGES.glob("*.html"))
    start = time.perf_counter()
    read_page(pages[0].read_bytes(), pages[0].name)
    print(f"{EXTRACTOR}; first call (loads the language model): {time.perf_counter() - start:.2f} s")
    for page in pages:
        data = page.read_bytes()
        rounds = []
        for _ in range(20):
            start = time.perf_counter()
            read_page(data, page.name)
            rounds.append(time.perf_counter() - start)
        print(f"  {page.name:28} {len(data):>6,} bytes  {statistics.median(rounds) * 1000:6.1f} ms")


def _project(base: Path, name: str) -> Path:
    root = base / name
    shutil.copytree(paths.raw_dir(), root / "data" / "raw")
    build_derived(root)
    return root


def time_adding(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        inbox = base / "inbox"
        inbox.mkdir()
        files = []
        for i in range(n):
            files.append(inbox / f"page-{i:03d}.html")
            files[-1].write_bytes(numbered_page(i))
        root = _project(base, "each")
        start = time.perf_counter()
        for path in files:
            add_article(path, root=root)
        each = time.perf_counter() - start
        root = _project(base, "once")
        start = time.perf_counter()
        summary = add_articles(files, root=root)
        once = time.perf_counter() - start
        print(f"adding {n} pages: one call per page {each:.1f} s ({n} rebuilds); one call {once:.1f} s "
              f"({summary.rebuilds} rebuild, {len(summary.added)} added)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20, help="pages to add (default 20)")
    args = parser.parse_args()
    time_extraction()
    time_adding(args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
