"""The build on a Dask cluster: article partitions processed in parallel, same tables.

:func:`build_with_dask` does what :func:`analysis.build.build_derived` does, with
the work spread over ``dask.distributed`` workers:

1. the driver lists the corpus (sorted ids) and loads the review decisions once;
2. the sorted ids are cut into partitions; each worker task loads its articles
   (checksums verified by :func:`analysis.corpus.load_article`), runs the same
   :func:`analysis.claims.claims_for_articles` as the in-process build, and writes
   the partition's tables as Parquet parts;
3. the driver finds the first report of every claim group in one streaming pass
   over all claims (groups span partitions), adds the groups to each partition's
   claims and validates them, stages the partitioned Parquet dataset
   ``data/derived/dataset/{articles,mentions,claims}/part-00000.parquet`` ...,
   writes the same single-file outputs as the in-process build from it
   (:func:`analysis.build.write_tables`), and swaps the dataset into place.

Workers read the articles and write their parts through the file system, so on a
real cluster the project directory must be mounted at the same path on every
worker, and every worker must run the same version of this package (both are
checked before any work is sent).  Without a scheduler address a local cluster
with one single-threaded worker process per core is started and closed again.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import polars as pl

from . import paths, schema
from .build import (
    TABLE_NAMES,
    CorpusTexts,
    build_inputs,
    claim_groups,
    grouped_claims,
    part_path,
    remove_leftovers,
    write_batch,
    write_tables,
)
from .corpus import list_article_ids
from .errors import AnalysisError, ParameterError
from .storage import _fsync_dir, exclusive

log = logging.getLogger(__name__)

DEFAULT_PARTITION_SIZE = 500  # articles per partition; the same as build_derived's batch_size
CONNECT_TIMEOUT = "20s"  # how long to try reaching a scheduler given by address
STRAGGLER_TIMEOUT = 120  # seconds a failed build waits for partitions still running on workers
DATASET_DIR = "dataset"  # the partitioned dataset, inside data/derived/
ENGINES = ("local", "dask")


# -- errors raised inside workers ------------------------------------------------------------


class RemoteAnalysisError(Exception):
    """Carries an :class:`AnalysisError` from a worker to the driver.

    AnalysisError takes keyword-only arguments, so it does not survive pickling
    as it is; this carrier holds its type and fields.  A partition returns it (a
    mistake in the data is not a failed computation, so workers log nothing), and
    the driver raises the original type with the same message.
    """

    def __init__(self, error_type: type, where: str, expected: str, found: str, fix: str) -> None:
        super().__init__(error_type, where, expected, found, fix)
        self.error_type, self.where, self.expected, self.found, self.fix = error_type, where, expected, found, fix

    @classmethod
    def from_error(cls, error: AnalysisError) -> RemoteAnalysisError:
        return cls(type(error), error.where, error.expected, error.found, error.fix)

    def original(self) -> AnalysisError:
        return self.error_type(self.where, expected=self.expected, found=self.found, fix=self.fix)

    def __str__(self) -> str:
        return str(self.original())


# -- one partition, on a worker --------------------------------------------------------------


def running_marker(parts: Path, number: int) -> Path:
    """Present while partition ``number`` runs, so a failed build can wait for it before cleaning up."""
    return parts / f".running-{number:06d}"


def wait_for_stragglers(parts: Path, timeout: float = STRAGGLER_TIMEOUT) -> None:
    """Wait until no partition writes into ``parts`` (cancelling does not stop a running task)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 2 and time.monotonic() < deadline:  # two looks in a row without a running partition
        quiet = quiet + 1 if not any(parts.glob(".running-*")) else 0
        time.sleep(0.2)
    if quiet < 2:
        log.warning("partitions still running after %.0f s; their leftovers go with the next build", timeout)


def build_partition(articles_dir: str, parts_dir: str, number: int, article_ids: list[str],
                    decisions: dict) -> dict[str, int] | RemoteAnalysisError:
    """Claims, mentions and articles of one partition, written to ``parts_dir``; returns row counts.

    :func:`analysis.build.write_batch`, as for one batch of the in-process build.  Runs
    on a worker.  An :class:`AnalysisError` is returned as a :class:`RemoteAnalysisError`.
    """
    from .vocabulary import default_vocabulary

    parts = Path(parts_dir)
    running = running_marker(parts, number)
    running.touch()  # fails if the build was given up and parts/ removed
    try:
        return write_batch(Path(articles_dir), article_ids, number, parts, decisions, default_vocabulary())
    except AnalysisError as exc:
        return RemoteAnalysisError.from_error(exc)
    finally:
        running.unlink(missing_ok=True)


def code_digest() -> str:
    """SHA-256 over the package's code and vocabulary files: workers must match the driver."""
    digest = hashlib.sha256()
    for path in sorted([*paths.PACKAGE_DIR.glob("*.py"), *paths.VOCABULARY_DIR.glob("*.yaml")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def worker_environment(articles_dir: str, parts_dir: str) -> dict:
    """What a worker sees of the project: run on every worker before the build."""
    parts = Path(parts_dir)
    return {
        "articles_dir": Path(articles_dir).is_dir(),
        "parts_dir": parts.is_dir() and os.access(parts, os.W_OK),
        "code": code_digest(),
    }


# -- the cluster ------------------------------------------------------------------------------


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ParameterError(
            "--engine dask", expected="the dask.distributed package", found="it is not installed",
            fix="pip install 'dask[distributed]', or build in-process with --engine local",
        ) from None
    return distributed


@contextlib.contextmanager
def quiet_distributed_logs(level: int = logging.WARNING) -> Iterator[None]:
    """Hold dask.distributed's own loggers to ``level`` (its INFO lines drown the build's)."""
    logger = logging.getLogger("distributed")
    old = logger.level
    logger.setLevel(max(level, old))
    try:
        yield
    finally:
        logger.setLevel(old)


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, n_workers: int | None = None) -> Iterator:
    """A client of the scheduler at ``scheduler``, or of a local cluster started (and closed) here."""
    distributed = _import_distributed()
    with quiet_distributed_logs():
        yield from _client(distributed, scheduler, n_workers)


def _client(distributed, scheduler: str | None, n_workers: int | None) -> Iterator:
    if scheduler is None:
        workers = n_workers or os.cpu_count() or 1
        log.info("starting a local Dask cluster: %d worker processes, 1 thread each", workers)
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ParameterError(
            f"--scheduler {scheduler}", expected="a running Dask scheduler at that address",
            found=f"no connection within {CONNECT_TIMEOUT} ({type(exc).__name__}: {exc})",
            fix="start one with `dask scheduler` (and `dask worker ADDRESS` on each machine), "
            "check the address (tcp://HOST:8786), or omit --scheduler to start a local cluster",
        ) from None
    with client:
        log.info("connected to the Dask scheduler at %s", scheduler)
        yield client


def check_workers(client, articles_dir: Path, parts_dir: Path) -> int:
    """Every worker sees the project directory and runs the same package code; return their number."""
    seen = client.run(worker_environment, str(articles_dir), str(parts_dir))
    if not seen:
        raise ParameterError(
            "the Dask cluster", expected="at least one worker", found="none connected to the scheduler",
            fix="start workers with `dask worker SCHEDULER-ADDRESS`",
        )
    blind = sorted(w for w, env in seen.items() if not (env["articles_dir"] and env["parts_dir"]))
    if blind:
        raise ParameterError(
            f"worker {blind[0]}", expected=f"{articles_dir} readable and {parts_dir} writable on every worker",
            found=f"{len(blind)} of {len(seen)} worker(s) cannot see the project directory",
            fix="put the project on a file system shared by all workers, mounted at the same path",
        )
    mine = code_digest()
    stale = sorted(w for w, env in seen.items() if env["code"] != mine)
    if stale:
        raise ParameterError(
            f"worker {stale[0]}", expected="workers running the same analysis package code as this machine",
            found=f"{len(stale)} of {len(seen)} worker(s) run different code or vocabularies",
            fix="install this checkout on every worker (pip install -e .) and restart the workers",
        )
    return len(seen)


def run_partitions(client, articles_dir: Path, parts_dir: Path, partitions: list[list[str]],
                   decisions: dict) -> list[dict[str, int]]:
    """Submit one task per partition; return their row counts in partition order.

    The first failing partition cancels the rest; an :class:`AnalysisError` raised
    on a worker is raised here again as its own type with its own message.
    """
    from distributed import as_completed

    futures = [
        client.submit(build_partition, str(articles_dir), str(parts_dir), number, ids,
                      {i: decisions[i] for i in ids if i in decisions}, pure=False)
        for number, ids in enumerate(partitions, start=1)
    ]
    index = {future.key: n for n, future in enumerate(futures)}
    counts: list[dict[str, int] | None] = [None] * len(futures)
    try:
        for done, (future, result) in enumerate(as_completed(futures, with_results=True), start=1):
            if isinstance(result, RemoteAnalysisError):
                raise result
            counts[index[future.key]] = result
            log.info("partition %d done (%d/%d): %d articles, %d mentions, %d claims", index[future.key] + 1,
                     done, len(futures), result["articles"], result["mentions"], result["claims"])
    except Exception as exc:
        client.cancel(futures)
        wait_for_stragglers(parts_dir)
        if isinstance(exc, RemoteAnalysisError):
            raise exc.original() from None
        raise
    except BaseException:  # interrupted: leftovers go with the next build
        client.cancel(futures)
        raise
    return counts


# -- assembling and writing --------------------------------------------------------------------


def dataset_part(dataset: Path, table: str, index: int) -> Path:
    """``dataset/<table>/part-00000.parquet`` (0-based)."""
    return dataset / table / f"part-{index:05d}.parquet"


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def stage_dataset(out_dir: Path, parts: Path, n_partitions: int) -> Path:
    """Write the partitioned dataset into a hidden directory beside ``dataset/``; return it.

    Articles and mentions parts are the workers' files (hard-linked); claims parts
    get their claim groups here, one partition at a time.  Partitions are
    consecutive runs of the sorted article ids, so the parts read in order are
    the tables sorted as the in-process build sorts them.
    """
    staging = Path(tempfile.mkdtemp(prefix=f".{DATASET_DIR}-new-", dir=out_dir))
    try:
        for table in TABLE_NAMES:
            (staging / table).mkdir()
        if n_partitions == 0:
            for table in TABLE_NAMES:
                schema.empty_table(table).write_parquet(dataset_part(staging, table, 0))
        else:
            groups = claim_groups(parts)
            for index in range(n_partitions):
                for table in ("articles", "mentions"):
                    _link_or_copy(part_path(parts, table, index + 1), dataset_part(staging, table, index))
                grouped_claims(parts, index + 1, groups).write_parquet(dataset_part(staging, "claims", index))
        for directory in (staging, *(staging / t for t in TABLE_NAMES)):
            os.chmod(directory, 0o777 & ~_umask())
            _fsync_dir(directory)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def dataset_tables(dataset: Path) -> dict[str, pl.LazyFrame]:
    """Every table of a partitioned dataset, its parts concatenated in order (lazily)."""
    return {name: pl.scan_parquet(dataset / name / "*.parquet") for name in TABLE_NAMES}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def commit_dataset(staging: Path, out_dir: Path) -> list[Path]:
    """Swap the staged dataset in for ``dataset/``; return its files.

    Two renames: the old dataset aside, the new one in place.  A crash between
    them leaves the old one aside, and :func:`remove_dataset_leftovers` puts it back.
    """
    target = out_dir / DATASET_DIR
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{DATASET_DIR}-old-", dir=out_dir))
        os.replace(target, old / DATASET_DIR)
    os.replace(staging, target)
    _fsync_dir(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return sorted(target.rglob("*.parquet"))


def remove_dataset_leftovers(out_dir: Path) -> None:
    """Undo a killed build's dataset swap (we hold the lock, so no build is running)."""
    target = out_dir / DATASET_DIR
    for old in sorted(out_dir.glob(f".{DATASET_DIR}-old-*")):
        if not target.exists() and (old / DATASET_DIR).is_dir():
            os.replace(old / DATASET_DIR, target)
        shutil.rmtree(old, ignore_errors=True)
    for staging in out_dir.glob(f".{DATASET_DIR}-new-*"):
        shutil.rmtree(staging, ignore_errors=True)


def _partitions(ids: list[str], size: int) -> list[list[str]]:
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def build_with_dask(root: Path | None = None, *, review: bool = True, scheduler: str | None = None,
                    partition_size: int = DEFAULT_PARTITION_SIZE, n_workers: int | None = None) -> list[Path]:
    """Rebuild ``data/derived/`` on a Dask cluster; the tables equal the in-process build's.

    ``scheduler`` is a scheduler address (``tcp://host:8786``); without one a local
    cluster of ``n_workers`` processes (default: one per core) is started.  Returns
    the files written: the single-file tables, ``datapackage.json``, ``README.md``
    and the dataset's parts.
    """
    from .review import load_decisions
    from .vocabulary import default_vocabulary

    if partition_size < 1:
        raise ParameterError("partition_size", expected="a positive number of articles per partition",
                             found=repr(partition_size), fix=f"use e.g. {DEFAULT_PARTITION_SIZE}")
    _import_distributed()
    root = Path(root).resolve() if root is not None else None
    out_dir, directory = paths.derived_dir(root), paths.articles_dir(root)
    with exclusive(out_dir):
        remove_leftovers(out_dir)
        remove_dataset_leftovers(out_dir)
        ids = list_article_ids(directory)
        inputs = build_inputs(root, review=review)
        decisions = load_decisions(root, CorpusTexts(directory, ids), default_vocabulary()) if review else {}
        partitions = _partitions(ids, partition_size)
        with tempfile.TemporaryDirectory(prefix=".parts-", dir=out_dir, ignore_cleanup_errors=True) as tmp:
            parts = Path(tmp)
            if partitions:
                with dask_client(scheduler, n_workers) as client:
                    n = check_workers(client, directory, parts)
                    log.info("%d articles in %d partitions on %d workers", len(ids), len(partitions), n)
                    run_partitions(client, directory, parts, partitions, decisions)
            staging = stage_dataset(out_dir, parts, len(partitions))
            try:
                written = write_tables(dataset_tables(staging), out_dir, inputs)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            written += commit_dataset(staging, out_dir)
    log.info("wrote %d files to %s", len(written), out_dir)
    return written


# -- the command line --------------------------------------------------------------------------


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
    parser.add_argument("--batch-size", type=positive_int, metavar="N", default=DEFAULT_PARTITION_SIZE,
                        help=f"articles per batch (local) or per partition (dask); default {DEFAULT_PARTITION_SIZE}")


def build_from_cli(args: argparse.Namespace) -> int:
    """Run the build the parsed ``build`` arguments ask for."""
    from .build import build_derived

    if args.scheduler is not None and args.engine != "dask":
        raise ParameterError("--scheduler", expected="--engine dask with a scheduler address",
                             found=f"--engine {args.engine}", fix="add --engine dask, or drop --scheduler")
    if args.engine == "dask":
        build_with_dask(review=not args.no_review, scheduler=args.scheduler, partition_size=args.batch_size)
    else:
        build_derived(review=not args.no_review, batch_size=args.batch_size)
    return 0
