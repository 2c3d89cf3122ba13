"""A render cleans up after itself (analysis.render.pool): killed or interrupted, it leaves no worker or kernel
running and no file written after it ended; its log is never written through a symbolic link."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from render_helpers import REPO

from analysis.errors import RenderError

SLEEP_S = 6   # the notebook's long cell: a worker or kernel that outlived the render would finish it


def _slow_project(tmp_path: Path) -> tuple[Path, Path]:
    """A notebook whose cell marks it started, sleeps, then writes a file; two runs of it; the output dir."""
    nb = nbformat.v4.new_notebook()
    parameters = nbformat.v4.new_code_cell('started = ""\nfinished = ""')
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [parameters, nbformat.v4.new_code_cell(
        "import pathlib, time\npathlib.Path(started).write_text('x')\n"
        f"time.sleep({SLEEP_S})\npathlib.Path(finished).write_text('x')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nbformat.write(nb, notebooks / "slow.ipynb")
    sets = "".join(f"  - name: {n}\n    parameters: {{started: '{tmp_path / f'{n}.started'}', "
                   f"finished: '{tmp_path / f'{n}.finished'}'}}\n" for n in ("a", "b"))
    (notebooks / "params.yaml").write_text(f"slow:\n{sets}", encoding="utf-8")
    return notebooks / "params.yaml", tmp_path / "reports"


def _ppid_and_state(pid: int) -> tuple[int, str] | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), fields[0]


def _descendants(root: int) -> set[int]:
    parents = {int(p.name): info[0] for p in Path("/proc").iterdir() if p.name.isdigit()
               if (info := _ppid_and_state(int(p.name)))}
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier} - found
        found |= frontier
    return found


def _running(pids: set[int]) -> set[int]:
    return {pid for pid in pids if (info := _ppid_and_state(pid)) and info[1] != "Z"}


def _files(directory: Path) -> dict[str, int]:
    return {str(p.relative_to(directory)): p.stat().st_mtime_ns for p in directory.rglob("*") if p.is_file()}


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("signum", [pytest.param(signal.SIGINT, id="SIGINT"), pytest.param(signal.SIGTERM, id="SIGTERM"),
                                    pytest.param(signal.SIGKILL, id="SIGKILL")])
def test_a_killed_render_leaves_no_process_and_writes_nothing_after(tmp_path: Path, signum: int):
    params, out = _slow_project(tmp_path)
    render = subprocess.Popen([sys.executable, "-m", "analysis", "render", "--params", str(params), "--out", str(out),
                               "--jobs", "2"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    started = [tmp_path / "a.started", tmp_path / "b.started"]
    processes: set[int] = set()
    try:
        deadline = time.monotonic() + 240
        while not all(p.exists() for p in started):
            assert render.poll() is None and time.monotonic() < deadline, render.stderr.read() if render.poll() else ""
            time.sleep(0.2)
        cells_started = time.monotonic()
        processes = _descendants(render.pid)        # the forkserver, two workers, two kernels
        assert len(processes) >= 4, processes
        render.send_signal(signum)
        _, err = render.communicate(timeout=60)
        assert render.returncode == (-signal.SIGKILL if signum == signal.SIGKILL else 130), err
        while _running(processes) and time.monotonic() < cells_started + SLEEP_S - 1:
            time.sleep(0.2)
        assert not _running(processes), f"still running after the render ended: {sorted(_running(processes))}"
        left = _files(out)
        time.sleep(max(0.0, cells_started + SLEEP_S + 2 - time.monotonic()))
        assert not (tmp_path / "a.finished").exists() and not (tmp_path / "b.finished").exists()
        assert _files(out) == left, "a file in the reports was written after the render ended"
        assert "Traceback" not in err
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(render.pid, signal.SIGKILL)
        for pid in _running(processes):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("make", [
    pytest.param(lambda log, target: log.symlink_to(target), id="symlink"),
    pytest.param(lambda log, _target: os.mkfifo(log), id="fifo"),
])
def test_the_render_log_is_never_written_through_a_link_or_into_a_fifo(tmp_path: Path, make):
    from analysis.render.pool import open_render_log

    target = tmp_path / "precious.txt"
    target.write_text("kept", encoding="utf-8")
    log = tmp_path / ".render.log"
    make(log, target)
    with pytest.raises(RenderError, match=r"\.render\.log: expected a regular file for the render log.*remove it"):
        open_render_log(log)
    assert target.read_text(encoding="utf-8") == "kept"
    log.unlink()
    log.write_text("an earlier render's log", encoding="utf-8")
    open_render_log(log)
    assert log.read_bytes() == b""


def test_render_out_pointing_at_a_file_is_one_line(tmp_path: Path):
    from render_helpers import params_beside_fixtures

    params = params_beside_fixtures(tmp_path, "failing:\n  - name: ok\n    parameters: {divisor: 2}\n")
    a_file = tmp_path / "reports.html"
    a_file.write_text("not a directory", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "analysis", "render", "--params", str(params), "--out", str(a_file)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == (f"error: --out {a_file}: expected a directory for the reports (created if missing); "
                                   "found a file. How to fix: give a directory, or move the file away")


def test_a_stopped_runs_temporaries_are_removed_by_the_next_render(tmp_path: Path):
    from analysis.render.pool import remove_leftovers

    (tmp_path / "chart").mkdir()
    (tmp_path / "chart" / ".default.html.0a1b2c3d.tmp").write_text("half a page", encoding="utf-8")
    (tmp_path / "chart" / "default.html").write_text("a finished page", encoding="utf-8")
    (tmp_path / ".index.html.0a1b2c3d.tmp").write_text("half an index", encoding="utf-8")
    remove_leftovers(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == []
    assert [p.name for p in (tmp_path / "chart").iterdir()] == ["default.html"]


def test_a_killed_workers_scratch_folder_is_removed_by_the_next_render(tmp_path, monkeypatch):
    """A worker killed mid-run leaves its nk-render-<pid>-* folder; the next render removes it (its process is
    gone) and leaves a live process's folder alone."""
    import tempfile as tf

    from analysis.render import pool
    from analysis.render.execute import TEMP_PREFIX

    monkeypatch.setattr(tf, "tempdir", str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    gone = tmp_path / f"{TEMP_PREFIX}{dead}-abc"
    (gone / "kernel").mkdir(parents=True)
    mine = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-def"
    mine.mkdir()
    pool.remove_leftovers(tmp_path / "reports")
    assert not gone.exists() and mine.exists()
