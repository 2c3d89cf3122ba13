"""All runs: the pool of worker processes, the progress bar, the index page, the error naming every failed run.

Runs go to a pool of worker processes (one per core).  Each worker imports papermill,
nbconvert and vl-convert once and runs papermill in-process, so a run costs one kernel
start plus the notebook's own work; the HTML page and the PNG/SVG files are made in the
same worker from the executed notebook, without re-running anything.  Workers' and
kernels' own output goes to ``reports/.render.log``; the terminal shows a progress bar and
one line per run.  (As with any multiprocessing code, a script calling
:func:`render_notebooks` needs the ``if __name__ == "__main__":`` guard.)

The render cleans up after itself: Ctrl-C, SIGTERM or SIGHUP stops every worker at once,
a worker ends itself as soon as the render process is gone (even killed with SIGKILL) and
its kernel follows, the next render removes a stopped run's temporaries, and the log is
never opened through a symbolic link.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import ParameterError, RenderError
from analysis.storage import exclusive

from .execute import TEMP_PREFIX, RunResult, execute_run
from .export import prepare_vega_bundle, write_index
from .runs import load_runs

log = logging.getLogger(__name__)


def _start_worker(log_file: Path) -> None:
    """Tie this worker's life to the render's; send its (and its kernels') stdout/stderr to ``log_file``;
    import papermill.

    Kernels print start-up and shut-down chatter on stderr; keeping it out of the terminal keeps
    the progress bar readable.  The log is never opened through a symbolic link.
    """
    _exit_with_render()
    fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    import papermill  # noqa: F401


def _exit_with_render() -> None:
    """End this worker (SIGTERM to itself) as soon as the render process is gone, even killed with SIGKILL:
    no worker goes on writing reports.  Its kernel follows: ipykernel exits when its parent does.

    A thread waits on the sentinel of the parent (the render process), a pipe that closes when it dies.
    """
    import multiprocessing.connection

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_for_the_render() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=wait_for_the_render, name="exit-with-render", daemon=True).start()


def open_render_log(log_file: Path) -> None:
    """Create or empty ``reports/.render.log``, refusing a symbolic link, FIFO or anything not a regular file
    (it would truncate or block on whatever it points to)."""
    try:
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        found = "a symbolic link" if log_file.is_symlink() else (exc.strerror or str(exc))
        raise RenderError(log_file, expected="a regular file for the render log (or none)", found=found,
                          fix="remove it; render creates the log itself") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RenderError(log_file, expected="a regular file for the render log (or none)",
                              found="a FIFO, device or socket", fix="remove it; render creates the log itself")
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def remove_leftovers(out_dir: Path) -> None:
    """The temporaries of runs stopped while writing their files (we hold the render lock: no run is writing),
    and the scratch folders of workers that were killed (their process is gone)."""
    for leftover in (*out_dir.glob(".*.tmp"), *out_dir.glob("*/.*.tmp")):
        if leftover.is_file() and not leftover.is_symlink():
            leftover.unlink()
    for scratch in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*-*"):
        pid = scratch.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)) and scratch.is_dir() and not scratch.is_symlink() \
                and scratch.stat().st_uid == os.getuid():
            shutil.rmtree(scratch, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def _terminate_is_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the render as Ctrl-C does (KeyboardInterrupt), so its workers are stopped too."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    previous = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _as_completed_interruptibly(futures: Iterable) -> Iterator:
    """The futures as they complete, waking twice a second: a signal that the system delivers to another
    thread does not wake a blocked wait, and Ctrl-C or SIGTERM must stop the render at once."""
    from concurrent.futures import FIRST_COMPLETED, wait

    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
        yield from done


def _stop_workers(pool: Any) -> None:
    """Stop every worker now (runs in progress write nothing more) and wait until they are gone."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for worker in workers:
        with contextlib.suppress(Exception):
            worker.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
    for worker in workers:
        worker.join(timeout=30)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def render_notebooks(params_file: Path | None = None, out_dir: Path | None = None,
                     only: Sequence[str] | None = None, jobs: int | None = None,
                     progress: bool | None = None, check: bool = True) -> list[RunResult]:
    """Render every run into ``out_dir`` (default ``reports/``) and write its index page.

    With ``check`` (the default), raises :class:`RenderError` naming every failed run once
    all runs have finished; without it, returns the results, failed ones included.
    ``progress=None`` shows the progress bar only on a terminal.
    """
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    params_file = Path(params_file) if params_file else paths.notebooks_dir() / "params.yaml"
    out_dir = Path(out_dir) if out_dir else paths.reports_dir()
    runs = load_runs(params_file, only=only)
    everything = runs if not only else load_runs(params_file)
    if jobs is not None and jobs < 1:
        raise ParameterError("--jobs", expected="1 or more", found=str(jobs), fix="omit it to use every core")
    workers = min(jobs or default_jobs(), len(runs))
    if out_dir.exists() and not out_dir.is_dir():
        raise ParameterError(f"--out {out_dir}", expected="a directory for the reports (created if missing)",
                             found="a file", fix="give a directory, or move the file away")
    out_dir.mkdir(parents=True, exist_ok=True)
    started, wall_started = time.monotonic(), time.time()
    results: list[RunResult] = []
    log_file = out_dir / ".render.log"   # the workers' and kernels' own output
    with exclusive(out_dir, ".render.lock"), _terminate_is_interrupt(), logging_redirect_tqdm(), \
            tqdm(total=len(runs), unit="run", desc="render", disable=None if progress is None else not progress,
                 dynamic_ncols=True) as bar:
        open_render_log(log_file)
        remove_leftovers(out_dir)
        log.info("rendering %d run(s) of %d notebook(s) with %d worker(s) into %s",
                 len(runs), len({r.notebook for r in runs}), workers, out_dir)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("forkserver"),
                                   initializer=_start_worker, initargs=(log_file,))
        try:
            pool.submit(prepare_vega_bundle)  # first, so no run waits for it
            futures = {pool.submit(execute_run, run, out_dir): run for run in runs}
            for future in _as_completed_interruptibly(futures):
                run = futures[future]
                try:
                    result = future.result()
                except Exception as exc:  # the worker process died, or could not start
                    result = RunResult(run, ok=False, seconds=0.0, failure=(
                        f"the worker process running it failed ({type(exc).__name__}: {exc}); "
                        f"its output and traceback are in {log_file} or above"))
                results.append(result)
                bar.update(1)
                if result.ok:
                    log.info("  done   %-40s %5.1f s (export %.1f s)", run.label, result.seconds,
                             result.export_seconds)
                    log.debug("         %s started %.2f s after the render", run.label,
                              result.started_at - wall_started)
                else:
                    log.error("  FAILED %-40s %s", run.label, result.failure)
        except BaseException:           # Ctrl-C, SIGTERM, SIGHUP, or a failure here: no worker outlives it
            _stop_workers(pool)
            raise
        pool.shutdown(wait=True)
        results.sort(key=lambda r: runs.index(r.run))
        write_index(everything, results, out_dir, params_file)
    failures = [r for r in results if not r.ok]
    log.info("%d of %d run(s) rendered in %.1f s; index: %s", len(results) - len(failures), len(results),
             time.monotonic() - started, out_dir / "index.html")
    if failures and check:
        raise render_error(failures, len(results), params_file, out_dir)
    return results


def render_error(failures: list[RunResult], total: int, params_file: Path, out_dir: Path) -> RenderError:
    """One message naming, for each failed run, the notebook, the parameter set and the cell."""
    described = []
    for result in failures:
        run = result.run
        kept = f" (the executed notebook is in {result.failed_notebook})" if result.failed_notebook else ""
        described.append((f"notebook {run.input_path.name} with parameter set {run.name!r} "
                          f"{run.parameters_text}", f"{result.failure}{kept}"))
    finished = total - len(failures)
    others = (f"the {finished} other run(s) finished and are linked from {out_dir / 'index.html'}"
              if finished else "no run finished")
    only = " ".join(f"--only {name}" for name in dict.fromkeys(r.run.notebook for r in failures))
    fix = (f"correct the failing cell or the parameter set in {params_file}, then run "
           f"`python -m analysis render {only}`; {others}; "
           f"no earlier finished report was overwritten")
    if len(described) == 1:
        where, found = described[0]
        return RenderError(where, expected="every cell to run without error", found=found, fix=fix)
    found = "".join(f"\n  {n}. {where}: {what}" for n, (where, what) in enumerate(described, 1))
    return RenderError(f"{len(failures)} of {total} runs", expected="every cell of every run to run without error",
                       found=found, fix="\n" + fix)




def render_from_cli(args: Any) -> int:
    """``python -m analysis render [--jobs N] [--only NOTEBOOK] [--params FILE] [--out DIR]``."""
    render_notebooks(params_file=args.params, out_dir=args.out, only=args.only, jobs=args.jobs)
    return 0
