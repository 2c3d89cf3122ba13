"""Faults of the machine a user meets (a read-only or full disk, a file or directory where the other belongs,
a symlinked lock, special files among the articles): one line naming what, where and how to fix it,
exit status 2, a traceback only with --debug, and data/derived/ as it was."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

from analysis import paths
from analysis.__main__ import main
from analysis.build import build_derived
from analysis.errors import StorageError

ARTICLE = "kettner-edelmetalle-2025-04-28"
FULL_DISK = r"expected about [\d.,]+ MB free on its disk; found No space left on device \([\d.,]+ MB free\)\. " \
            r"How to fix: free at least [\d.,]+ MB on that disk"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    """A scratch project with a finished build; ANALYSIS_ROOT points at it."""
    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    build_derived(tmp_path)
    monkeypatch.setenv("ANALYSIS_ROOT", str(tmp_path))
    return tmp_path


def _digest(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if p.is_file()
            and not p.name.startswith(".")}


def _one_line_error(capsys, *argv: str) -> str:
    """Run the command line; return its one-line error after checking the exit status and the absence of a traceback."""
    capsys.readouterr()
    assert main(["-q", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and "Traceback" not in err, err
    return err


@contextlib.contextmanager
def _read_only(directory: Path) -> Iterator[str]:
    """``directory`` read-only for this process: without write permission, or (as root, who ignores permissions)
    a read-only bind mount.  Yields the words the message says."""
    if os.geteuid() != 0:
        mode = directory.stat().st_mode
        directory.chmod(0o555)
        try:
            yield "permission denied"
        finally:
            directory.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(directory), str(directory)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"root, and no bind mount possible: {mounted.stderr.decode().strip()}")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(directory)], capture_output=True).returncode != 0:
            pytest.skip("root, and no read-only remount possible")
        yield "a read-only file system"
    finally:
        subprocess.run(["umount", str(directory)], check=True)


def test_data_derived_read_only(project: Path, capsys):
    derived = paths.derived_dir(project)
    before = _digest(derived)
    with _read_only(derived) as found:
        err = _one_line_error(capsys, "build")
    assert f"{derived}/" in err and f"found {found}. How to fix: " in err, err
    assert _digest(derived) == before


def test_a_full_disk_names_the_space_needed(project: Path, capsys, monkeypatch):
    """Simulated: the table writer fails as polars does on a full disk."""
    def no_space(*_args, **_kwargs):
        raise OSError("No space left on device (os error 28)")

    derived = paths.derived_dir(project)
    before = _digest(derived)
    monkeypatch.setattr(pl.LazyFrame, "sink_csv", no_space)
    err = _one_line_error(capsys, "build")
    assert err.startswith(f"error: {derived}: ") and re.search(FULL_DISK, err), err
    assert _digest(derived) == before
    assert not [p.name for p in derived.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".parts-")]
    with pytest.raises(StorageError):                  # --debug: the traceback
        main(["-q", "--debug", "build"])


def test_a_really_full_disk(project: Path, capsys):
    """A tiny tmpfs as data/derived/ (root only): polars says 'Invalid thrift: transport error', we say the disk is full."""
    derived = paths.derived_dir(project)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24k", "tmpfs", str(derived)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"no tmpfs: {mounted.stderr.decode().strip()}")
    try:
        err = _one_line_error(capsys, "build")
    finally:
        subprocess.run(["umount", str(derived)], check=True)
    assert re.search(FULL_DISK, err), err


@pytest.mark.parametrize(("make", "where", "found"), [
    pytest.param(lambda d: (shutil.rmtree(d), d.write_text("x")), "data/derived", "expected a directory; found a file "
                 "of that name. How to fix: remove or rename the file", id="derived-is-a-file"),
    pytest.param(lambda d: ((d / ".build.lock").unlink(), (d / ".build.lock").mkdir()), "data/derived/.build.lock",
                 "expected a file; found a directory. How to fix: remove or rename the directory", id="lock-is-a-directory"),
    pytest.param(lambda d: ((d / ".build.lock").unlink(), (d / ".build.lock").symlink_to(d.parent / "elsewhere")),
                 "data/derived/.build.lock", "expected a regular file; found a symbolic link", id="lock-is-a-symlink"),
])
def test_the_wrong_kind_of_path(project: Path, capsys, make, where: str, found: str):
    make(paths.derived_dir(project))
    err = _one_line_error(capsys, "build")
    assert err.startswith(f"error: {project / where}: {found}"), err
    assert not (project / "data" / "elsewhere").exists(), "the lock was never followed"


def _device(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))   # what /dev/zero is


@pytest.mark.parametrize(("make", "found"), [
    pytest.param(lambda p: p.mkdir(), "found a directory", id="directory-named-txt"),
    pytest.param(os.mkfifo, "found a FIFO or device", id="fifo"),
    pytest.param(_device, "found a FIFO or device", id="device"),
])
def test_special_files_among_the_articles(project: Path, make, found: str):
    """In a subprocess with a timeout: a FIFO read by mistake would hang, a device fill the memory."""
    articles = paths.articles_dir(project)
    text = articles / f"{ARTICLE}.txt"
    text.unlink()
    make(text)
    done = subprocess.run([sys.executable, "-m", "analysis", "-q", "build"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "ANALYSIS_ROOT": str(project)})
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith(f"error: {text}: expected ") and found in done.stderr, done.stderr
