"""The one build: ``data/raw/`` -> ``data/derived/``, whatever the engine.

1. list the corpus (sorted ids), fingerprint the inputs, read the review decisions once;
2. cut the ids into batches and let the engine map the batch function over them
   (:mod:`analysis.build.engines`: in this process, or on a Dask cluster); each
   batch writes its parts into a temporary ``parts/`` directory;
3. the claim-group pass, once over all batches' claims (groups span batches);
4. the outputs, from the parts: CSV + Parquet, ``datapackage.json``, ``README.md``
   (and, with Dask, the partitioned dataset), atomically, under a lock.

Same inputs, same bytes, whatever the engine and batch size.
"""

from __future__ import annotations

import errno
import logging
import math
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from .. import paths
from ..corpus import list_article_ids
from ..errors import ParameterError, storage_error
from ..storage import exclusive
from .batches import CLAIMS_PART, GROUPED_CLAIMS_PART, Batch, part_path, split_batches, write_batch, write_empty_batch
from .engines import DaskEngine, LocalEngine, make_engine
from .groups import group_claim_parts
from .inputs import build_inputs, read_decisions
from .outputs import TABLE_NAMES, load_table, remove_leftovers, write_outputs

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500  # articles per batch (a Dask partition is one batch)


@dataclass(frozen=True)
class BuildResult:
    written: list[Path]
    root: Path | None = None

    @property
    def tables(self) -> dict[str, pl.DataFrame]:
        """The tables as written (read back from data/derived/)."""
        return {name: load_table(name, self.root) for name in TABLE_NAMES}


def build_parts(runner: LocalEngine | DaskEngine, batches: list[Batch], parts: Path) -> int:
    """Every batch's parts, claim groups included, in ``parts/``; return the number of parts per table.

    The engine maps the batch function over the batches; the claim-group pass runs
    once, here, over all of them.  No articles: one part of empty tables.
    """
    if not batches:
        write_empty_batch(parts)
        return 1
    runner.map(write_batch, batches)
    numbers = range(1, len(batches) + 1)
    group_claim_parts([part_path(parts, CLAIMS_PART, n) for n in numbers],
                      [part_path(parts, GROUPED_CLAIMS_PART, n) for n in numbers])
    return len(batches)


def build_derived(root: Path | None = None, *, review: bool = True, batch_size: int = DEFAULT_BATCH_SIZE,
                  engine: str = "local", scheduler: str | None = None, n_workers: int | None = None) -> BuildResult:
    """Rebuild everything in ``data/derived/`` from ``data/raw/``, batch by batch.

    ``review=False`` ignores data/raw/review.yaml.  ``engine="dask"`` runs the batches
    on the Dask scheduler at ``scheduler`` (``tcp://host:8786``), or on a local cluster
    of ``n_workers`` processes (default: one per core), and also writes the partitioned
    dataset ``data/derived/dataset/``; the tables are the same bytes.
    """
    if batch_size < 1:
        raise ParameterError("batch_size", expected="a positive number of articles per batch",
                             found=repr(batch_size), fix=f"use e.g. {DEFAULT_BATCH_SIZE}")
    runner = make_engine(engine, scheduler, n_workers)
    root = Path(root).resolve() if root is not None else None  # workers need absolute paths
    out_dir, articles_dir = paths.derived_dir(root), paths.articles_dir(root)
    try:
        with exclusive(out_dir):
            remove_leftovers(out_dir)
            inputs = build_inputs(root, review=review)
            article_ids = list_article_ids(articles_dir)
            decisions = read_decisions(root, article_ids, review=review)
            with tempfile.TemporaryDirectory(prefix=".parts-", dir=out_dir, ignore_cleanup_errors=True) as tmp:
                parts = Path(tmp)
                batches = split_batches(article_ids, batch_size, articles_dir, parts, decisions)
                n_parts = build_parts(runner, batches, parts)
                written = write_outputs(parts, n_parts, out_dir, inputs, dataset=engine == "dask")
    except (OSError, pl.exceptions.PolarsError) as exc:   # data/derived/ read-only, full, a file, ...
        raise build_storage_error(exc, out_dir, articles_dir) from None
    log.info("wrote %d files to %s", len(written), out_dir)
    return BuildResult(written, root)


def build_storage_error(exc: Exception, out_dir: Path, articles_dir: Path) -> Exception:
    """The one-line message for a fault of the disk under ``out_dir``, else ``exc`` itself.

    A full disk names the space needed: about three times the articles' bytes (the batches'
    parts, and the new tables written beside the old ones before they replace them; 1 MB at
    least).  Polars does not always say that the disk was full ("Invalid thrift: transport
    error"): a failed write with less free space than that is taken for a full disk.
    """
    corpus = sum(p.stat().st_size for p in articles_dir.glob("*") if p.is_file()) if articles_dir.is_dir() else 0
    needed = max(3 * corpus, 1 << 20)
    probe = next((d for d in (out_dir, *out_dir.parents) if d.is_dir()), Path("/"))
    free = shutil.disk_usage(probe).free
    space = {"needed": _megabytes(needed), "free": _megabytes(free)}
    error = storage_error(exc, out_dir, **space)
    if error is None and free < needed:
        error = storage_error(OSError(errno.ENOSPC, str(exc)), out_dir, **space)
    return error or exc


def _megabytes(size: int) -> str:
    return f"{math.ceil(size / 1e5) / 10:,.1f} MB"
