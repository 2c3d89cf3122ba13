"""Reaching a Dask cluster and checking that its workers can run the build.

Workers read the articles and write their parts through the file system, so on a
real cluster the project directory must be mounted at the same path on every
worker, and every worker must run the same version of this package (both are
checked before any work is sent).  Without a scheduler address a local cluster
with one single-threaded worker process per core is started and closed again.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from ..errors import ParameterError
from .inputs import code_digest

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = "20s"  # how long to try reaching a scheduler given by address


def import_distributed():
    """The ``distributed`` module, or a ParameterError saying how to install it."""
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
    distributed = import_distributed()
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


def worker_environment(articles_dir: str, parts_dir: str) -> dict:
    """What a worker sees of the project: run on every worker before the build."""
    parts = Path(parts_dir)
    return {
        "articles_dir": Path(articles_dir).is_dir(),
        "parts_dir": parts.is_dir() and os.access(parts, os.W_OK),
        "code": code_digest(),
    }


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
