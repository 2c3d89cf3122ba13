"""What the build writes (analysis.build.outputs): a killed build's leftovers are cleared or put back."""

from __future__ import annotations

from pathlib import Path

from analysis.build.outputs import DATASET_DIR, remove_leftovers


def test_a_dataset_set_aside_by_a_killed_build_is_put_back(tmp_path: Path):
    old = tmp_path / ".dataset-old-x" / DATASET_DIR / "claims"
    old.mkdir(parents=True)
    (old / "part-00000.parquet").write_bytes(b"old")
    (tmp_path / ".dataset-new-y").mkdir()
    remove_leftovers(tmp_path)
    assert (tmp_path / DATASET_DIR / "claims" / "part-00000.parquet").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATASET_DIR]


def test_a_killed_builds_temporaries_are_removed(tmp_path: Path):
    (tmp_path / ".parts-abc" / "claims-000001.parquet").parent.mkdir()
    (tmp_path / ".parts-abc" / "claims-000001.parquet").write_bytes(b"part")
    (tmp_path / ".claims.csv.1234abcd.tmp").write_bytes(b"half")
    (tmp_path / "claims.csv").write_bytes(b"kept")
    remove_leftovers(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]
