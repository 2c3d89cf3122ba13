"""The engines that map the batch function over the batches: in this process, or on Dask.

Both run :func:`analysis.build.batches.write_batch` once per batch and return the
batches' row counts in batch order; everything before (listing the corpus, reading
the review decisions) and after (the claim-group pass, the outputs) is the same
for both (:func:`analysis.build.build_derived`).

On Dask each batch is one task.  The first failing batch cancels the rest; an
:class:`~analysis.errors.AnalysisError` found on a worker (a mistake in the data,
not a failed computation) is returned by its task, so workers log nothing, and
raised here as itself, with its own message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import AnalysisError, ParameterError
from .batches import Batch
from .cluster import check_workers, dask_client, import_distributed

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
STRAGGLER_TIMEOUT = 120  # seconds a failed build waits for batches still running on workers

BatchFunction = Callable[[Batch], dict[str, int]]


class LocalEngine:
    """Batches one after another in this process: one batch of texts in memory at a time."""

    def map(self, function: BatchFunction, batches: list[Batch]) -> list[dict[str, int]]:
        counts = []
        for batch in batches:
            counts.append(function(batch))
            log.info("batch %d: %d articles, %d mentions, %d claims", batch.number,
                     counts[-1]["articles"], counts[-1]["mentions"], counts[-1]["claims"])
        return counts


class DaskEngine:
    """Batches as tasks on a Dask cluster: the scheduler at ``scheduler``, or a local one."""

    def __init__(self, scheduler: str | None = None, n_workers: int | None = None) -> None:
        import_distributed()  # not installed: say so before anything is read
        self.scheduler, self.n_workers = scheduler, n_workers

    def map(self, function: BatchFunction, batches: list[Batch]) -> list[dict[str, int]]:
        if not batches:  # nothing to distribute: no cluster is started
            return []
        with dask_client(self.scheduler, self.n_workers) as client:
            n = check_workers(client, batches[0].articles_dir, batches[0].parts_dir)
            log.info("%d articles in %d partitions on %d workers",
                     sum(len(b.article_ids) for b in batches), len(batches), n)
            return run_tasks(client, function, batches)


def make_engine(engine: str, scheduler: str | None = None, n_workers: int | None = None) -> LocalEngine | DaskEngine:
    """The engine called ``engine`` (one of :data:`ENGINES`)."""
    if engine == "dask":
        return DaskEngine(scheduler, n_workers)
    if engine != "local":
        raise ParameterError("engine", expected=f"one of {', '.join(ENGINES)}", found=repr(engine),
                             fix="build with engine='local' (in this process) or engine='dask'")
    if scheduler is not None or n_workers is not None:
        raise ParameterError("engine", expected="engine='dask' with a scheduler address or a number of workers",
                             found=f"engine={engine!r}", fix="pass engine='dask', or drop scheduler and n_workers")
    return LocalEngine()


# -- tasks on the workers ------------------------------------------------------------------------


def running_marker(batch: Batch) -> Path:
    """Present while ``batch`` runs, so a failed build can wait for it before cleaning up."""
    return batch.parts_dir / f".running-{batch.number:06d}"


def run_task(function: BatchFunction, batch: Batch) -> dict[str, int] | AnalysisError:
    """One batch on a worker; an AnalysisError is returned (workers log nothing), not raised."""
    running = running_marker(batch)
    running.touch()  # fails if the build was given up and parts/ removed
    try:
        return function(batch)
    except AnalysisError as error:
        return error
    finally:
        running.unlink(missing_ok=True)


def wait_for_stragglers(parts: Path, timeout: float = STRAGGLER_TIMEOUT) -> None:
    """Wait until no batch writes into ``parts`` (cancelling does not stop a running task)."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 2 and time.monotonic() < deadline:  # two looks in a row without a running batch
        quiet = quiet + 1 if not any(parts.glob(".running-*")) else 0
        time.sleep(0.2)
    if quiet < 2:
        log.warning("partitions still running after %.0f s; their leftovers go with the next build", timeout)


def run_tasks(client, function: BatchFunction, batches: list[Batch]) -> list[dict[str, int]]:
    """Submit one task per batch; return their row counts in batch order.

    The first failing batch cancels the rest; an AnalysisError from a worker is raised here.
    """
    from distributed import as_completed

    futures = [client.submit(run_task, function, batch, pure=False) for batch in batches]
    index = {future.key: n for n, future in enumerate(futures)}
    counts: list[dict[str, int] | None] = [None] * len(futures)
    try:
        for done, (future, result) in enumerate(as_completed(futures, with_results=True), start=1):
            if isinstance(result, AnalysisError):
                raise result
            counts[index[future.key]] = result
            log.info("partition %d done (%d/%d): %d articles, %d mentions, %d claims", index[future.key] + 1,
                     done, len(futures), result["articles"], result["mentions"], result["claims"])
    except Exception:
        client.cancel(futures)
        wait_for_stragglers(batches[0].parts_dir)
        raise
    except BaseException:  # interrupted: leftovers go with the next build
        client.cancel(futures)
        raise
    return counts
