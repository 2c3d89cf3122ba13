"""One run, in a worker process: papermill executes the notebook, then its report files are written together.

Every run's files are staged and renamed into place together only when all of them were
written (:class:`analysis.storage.AtomicOutputs`): a failed or interrupted run leaves the
previous finished report untouched.  A failed run's executed notebook goes to
``<name>.failed.ipynb`` instead, with the failing cell described (:func:`describe_cell_error`).
"""

from __future__ import annotations

import glob
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from analysis.storage import AtomicOutputs

from .export import chart_specs, chart_to_svg, notebook_to_html, stage_file, svg_to_png
from .runs import Run, RunResult

TEMP_PREFIX = "nk-render-"     # a run's scratch folder: nk-render-<worker pid>-..., removed when its worker is gone
KERNEL_START_TIMEOUT_S = 120
CELL_TIMEOUT_S = 1800






def execute_run(run: Run, out_dir: Path) -> RunResult:
    """Execute one run with papermill (in this process) and write its report files atomically."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError, strip_color

    started, started_at = time.monotonic(), time.time()
    with tempfile.TemporaryDirectory(prefix=f"{TEMP_PREFIX}{os.getpid()}-") as tmp:
        executed = Path(tmp) / "executed.ipynb"
        try:
            nb = papermill.execute_notebook(
                str(run.input_path), str(executed), parameters=run.parameters or None,
                cwd=str(run.input_path.parent), progress_bar=False, log_output=False,
                kernel_manager_class=_ipc_kernel_manager(Path(tmp) / "kernel"),
                start_timeout=KERNEL_START_TIMEOUT_S, execution_timeout=CELL_TIMEOUT_S,
                # Every output has arrived when the last cell is done: stop the kernel at once
                # instead of waiting ~0.4 s for it to shut itself down.
                shutdown_kernel="immediate",
                # Write the notebook once at the end, not after every cell (~0.2 s of CPU a run).
                request_save_on_cell_execute=False,
            )
        except PapermillExecutionError as exc:
            failed = nbformat.read(executed, as_version=4) if executed.exists() else None
            return _failed(run, out_dir, started, describe_cell_error(run, exc), failed)
        except Exception as exc:  # kernel did not start, died, timed out, ...
            message = strip_color(str(exc)).strip().splitlines()
            return _failed(run, out_dir, started, f"{type(exc).__name__}: {message[-1] if message else ''}", None)

    executed_at = time.monotonic()
    nb.metadata.setdefault("papermill", {})["output_path"] = f"{run.notebook}/{run.name}.ipynb"
    nb.metadata["papermill"]["input_path"] = f"notebooks/{run.input_path.name}"
    staged = AtomicOutputs()
    try:
        stage_file(staged, run.output(out_dir, ".ipynb"), nbformat.writes(nb))
        stage_file(staged, run.output(out_dir, ".html"), notebook_to_html(nb, title=f"{run.notebook} — {run.name}"))
        for number, spec in enumerate(chart_specs(nb), 1):
            svg = chart_to_svg(spec)
            stage_file(staged, run.output(out_dir, f".chart-{number}.svg"), svg)
            stage_file(staged, run.output(out_dir, f".chart-{number}.png"), svg_to_png(svg))
    except BaseException as exc:
        staged.discard()
        if not isinstance(exc, Exception):
            raise
        return _failed(run, out_dir, started, f"exporting the report failed: {type(exc).__name__}: {exc}", nb)
    outputs = staged.commit()
    _remove_stale(run, out_dir, keep=set(outputs))
    finished = time.monotonic()
    return RunResult(run, ok=True, seconds=finished - started, outputs=outputs,
                     export_seconds=finished - executed_at, started_at=started_at)


def _ipc_kernel_manager(socket_prefix: Path) -> type:
    """A kernel manager whose kernel talks over Unix sockets named ``socket_prefix-<n>``.

    With TCP, jupyter_client picks free ports, releases them and the kernel binds them a
    moment later; with many kernels starting at once (parallel runs, other test sessions)
    another process can take a port in between and the kernel dies.  Socket files in the
    run's private temporary directory cannot collide.
    """
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = str(socket_prefix)

    return IPCKernelManager



def _failed(run: Run, out_dir: Path, started: float, failure: str, nb: Any) -> RunResult:
    """Keep the failed run's notebook beside (never in place of) the finished report."""
    failed_path = None
    if nb is not None:
        import nbformat

        failed_path = run.output(out_dir, ".failed.ipynb")
        with AtomicOutputs() as staged:
            stage_file(staged, failed_path, nbformat.writes(nb))
    return RunResult(run, ok=False, seconds=time.monotonic() - started, failure=failure, failed_notebook=failed_path)


def _remove_stale(run: Run, out_dir: Path, keep: set[Path]) -> None:
    """Drop chart files of an earlier render with more charts, and an old ``.failed.ipynb``."""
    folder = run.output(out_dir, "").parent
    for path in folder.glob(f"{glob.escape(run.name)}.chart-*.*"):
        if path.resolve() not in keep and re.fullmatch(r"chart-\d+\.(png|svg)", path.name[len(run.name) + 1:]):
            path.unlink(missing_ok=True)
    run.output(out_dir, ".failed.ipynb").unlink(missing_ok=True)


def describe_cell_error(run: Run, exc: Any) -> str:
    """``cell 5 (In [4]: `first line`): Ename: evalue`` with the cell counted in the source notebook."""
    source_lines = [line for line in (exc.source or "").splitlines() if line.strip()]
    first = source_lines[0].strip() if source_lines else ""
    if len(first) > 80:
        first = first[:77] + "..."
    position = _source_cell_number(run, exc.source)
    where = f"cell {position}" if position else f"cell {exc.cell_index + 1} of the executed notebook"
    from papermill.exceptions import strip_color

    evalue = strip_color(str(exc.evalue or "")).strip()
    return f"{where} (In [{exc.exec_count}]: `{first}`): {exc.ename}: {evalue}"


def _source_cell_number(run: Run, source: str) -> int | None:
    """1-based position of the cell with this source in the input notebook (before injection)."""
    nb = json.loads(run.input_path.read_text(encoding="utf-8"))
    for number, cell in enumerate(nb.get("cells", []), 1):
        text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if text == source:
            return number
    return None


