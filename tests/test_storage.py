"""Atomic outputs and the build lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from analysis.storage import AtomicOutputs, exclusive, write_atomic


def test_commit_renames_all_staged_files(tmp_path: Path):
    with AtomicOutputs() as out:
        out.stage_text(tmp_path / "a.csv", "new a")
        out.stage_text(tmp_path / "b.csv", "new b")
        assert not (tmp_path / "a.csv").exists()
    assert (tmp_path / "a.csv").read_text() == "new a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv"]


def test_failure_leaves_previous_outputs_and_no_temporaries(tmp_path: Path):
    write_atomic(tmp_path / "a.csv", b"old a")

    def explode(_: Path) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        with AtomicOutputs() as out:
            out.stage_text(tmp_path / "a.csv", "new a")
            out.stage(tmp_path / "b.csv", explode)
    assert (tmp_path / "a.csv").read_bytes() == b"old a"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_exclusive_serialises_two_holders(tmp_path: Path):
    events: list[str] = []

    def hold(name: str) -> None:
        with exclusive(tmp_path):
            events.append(f"{name}-in")
            time.sleep(0.2)
            events.append(f"{name}-out")

    threads = [threading.Thread(target=hold, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert events[0].endswith("-in") and events[1].endswith("-out")
    assert events[0][0] == events[1][0] and events[2][0] == events[3][0]


def test_outputs_and_temporary_directories_get_ordinary_permissions(tmp_path: Path):
    """Files 0666 and directories 0777 less the umask, as ``open``/``mkdir`` make them; the umask stays."""
    import os
    import stat

    from analysis.storage import make_temp_dir

    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.csv", b"a")
        directory = make_temp_dir(tmp_path, prefix=".dataset-new-")
        assert os.umask(0o027) == 0o027, "the storage functions never change the umask"
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o640
    assert stat.S_IMODE(directory.stat().st_mode) == 0o750 and directory.name.startswith(".dataset-new-")
