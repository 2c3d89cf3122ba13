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
