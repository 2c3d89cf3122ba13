"""Wall time of ``python -m analysis render`` against its floor, measured in one run.

The floor is what papermill alone costs for the same work minus the notebooks' own
computation: papermill (the CLI, as one would call it per run) executing a notebook that
only does the same imports as the real one, times the number of runs, divided by the
cores the render uses.  One kernel start per run is unavoidable with papermill, so this is
the least a render can cost; the aim is a render within 1.5x of it.

    .venv/bin/python benchmarks/bench_render.py [--params notebooks/params.yaml] [--jobs N]

Prints both figures and the ratio, for a render with a cold cache (the vega bundle built
by vl-convert, ~1.2 s of CPU, as on a fresh machine) and for a second render.  Also
prints the floor with papermill run in-process (no CLI start-up), for reference.
Exits 1 if the render fails.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.render import default_jobs, load_runs  # noqa: E402

PYTHON = sys.executable
PAPERMILL = [PYTHON, "-m", "papermill", "--log-level", "ERROR", "--no-progress-bar"]


def imports_only(notebook: Path, target: Path) -> Path:
    """A copy of ``notebook`` whose only cell holds every import statement of its code cells."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    imports = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        try:
            tree = ast.parse(source)
        except SyntaxError:  # IPython magics
            continue
        imports += [ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    nb["cells"] = [{"cell_type": "code", "metadata": {}, "source": "\n".join(dict.fromkeys(imports)),
                    "outputs": [], "execution_count": None, "id": "imports"}]
    target.write_text(json.dumps(nb), encoding="utf-8")
    return target


def tree_cpu(process: subprocess.Popen, interval: float = 0.1) -> float:
    """CPU seconds (user + system) of ``process`` and all its descendants, sampled until it exits.

    Workers started through multiprocessing's forkserver are not reaped by the render
    process itself, so ``RUSAGE_CHILDREN`` misses them; sampling the tree catches them,
    less the last fraction of an interval of each short-lived process.
    """
    import psutil  # the [bench] extra

    seen: dict[tuple[int, float], float] = {}
    root = psutil.Process(process.pid)
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            for proc in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = proc.cpu_times()
                    seen[(proc.pid, proc.create_time())] = times.user + times.system
        time.sleep(interval)
    return sum(seen.values())


def time_command(command: list[str], env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds of ``command`` (CPU includes its workers and kernels)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, cwd=ROOT, env=env)
        cpu = tree_cpu(process)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    return wall, cpu, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=paths.notebooks_dir() / "params.yaml")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="floor runs per notebook (median taken)")
    args = parser.parse_args()

    runs = load_runs(args.params)
    per_notebook = Counter(run.notebook for run in runs)
    inputs = {run.notebook: run.input_path for run in runs}
    cores = min(args.jobs or default_jobs(), len(runs))
    print(f"{len(runs)} runs of {len(per_notebook)} notebooks, {cores} worker(s) on {os.cpu_count()} core(s)")

    with tempfile.TemporaryDirectory(prefix="bench-render-") as tmp:
        tmp_path = Path(tmp)
        # -- the floor: papermill CLI on an imports-only copy of each notebook --------------
        cli_floor = inproc_floor = cli_floor_cpu = 0.0
        import papermill  # noqa: PLC0415 - only for the in-process reference figure

        for notebook, count in per_notebook.items():
            floor_nb = imports_only(inputs[notebook], tmp_path / f"{notebook}.imports.ipynb")
            cli_times, inproc_times, cpu_times = [], [], []
            for _ in range(args.repeat):
                seconds, cpu, done = time_command([*PAPERMILL, str(floor_nb), str(tmp_path / "out.ipynb"),
                                                   "--cwd", str(inputs[notebook].parent)])
                if done.returncode:
                    print(done.stderr[-2000:], file=sys.stderr)
                    return 1
                cli_times.append(seconds)
                cpu_times.append(cpu)
                started = time.perf_counter()
                papermill.execute_notebook(str(floor_nb), str(tmp_path / "out.ipynb"), progress_bar=False,
                                           cwd=str(inputs[notebook].parent))
                inproc_times.append(time.perf_counter() - started)
            cli, inproc = statistics.median(cli_times), statistics.median(inproc_times)
            print(f"  floor {notebook:<28} papermill CLI {cli:5.2f} s, in-process {inproc:5.2f} s  x {count} run(s)")
            cli_floor += cli * count
            inproc_floor += inproc * count
            cli_floor_cpu += statistics.median(cpu_times) * count
        cli_floor /= cores
        inproc_floor /= cores

        # -- the render step, cold cache then again -----------------------------------------
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
        command = [PYTHON, "-m", "analysis", "-q", "render", "--params", str(args.params),
                   "--out", str(tmp_path / "reports")]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        renders = []
        for label in ("first render (cold cache)", "second render"):
            seconds, cpu, done = time_command(command, env=env)
            renders.append((label, seconds, cpu))
            if done.returncode:
                print(f"{label} failed ({seconds:.1f} s):\n{done.stderr[-3000:]}", file=sys.stderr)
                return 1

    print()
    print(f"floor: papermill CLI, imports only, x runs / cores   {cli_floor:6.1f} s wall "
          f"  ({cli_floor_cpu:6.1f} s CPU)")
    print(f"       (papermill in-process, for reference          {inproc_floor:6.1f} s wall)")
    for label, seconds, cpu in renders:
        print(f"{label + ':':<52} {seconds:6.1f} s wall  ({cpu:6.1f} s CPU)   ratio {seconds / cli_floor:4.2f}x "
              f"(CPU {cpu / cli_floor_cpu:4.2f}x; vs in-process floor {seconds / inproc_floor:4.2f}x)")
    load = os.getloadavg()[0]
    print(f"load average now {load:.1f} on {os.cpu_count()} core(s)"
          + ("  -- other work was running: the wall times are inflated, the CPU ratio is the steadier figure"
             if load > (os.cpu_count() or 1) + 0.5 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
