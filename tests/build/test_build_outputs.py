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


def test_tables_from_two_builds_are_refused(tmp_path: Path):
    """A crash between the renames leaves a mixed set: a reader sees it and says to rebuild."""
    import json
    import shutil

    import pytest

    from analysis import paths
    from analysis.build import build_derived, load_table
    from analysis.errors import DerivedDataError

    shutil.copytree(paths.raw_dir(), tmp_path / "data" / "raw")
    build_derived(tmp_path, review=False)
    derived = paths.derived_dir(tmp_path)
    unreviewed_claims = (derived / "claims.parquet").read_bytes()
    build_derived(tmp_path)
    recorded = json.loads((derived / "datapackage.json").read_text(encoding="utf-8"))["build_files"]
    assert set(recorded) == {f"{t}.{ext}" for t in ("articles", "mentions", "claims") for ext in ("csv", "parquet")}
    assert load_table("claims", tmp_path).height > 0
    (derived / "claims.parquet").write_bytes(unreviewed_claims)   # what an interrupted commit leaves
    with pytest.raises(DerivedDataError, match="different builds"):
        load_table("claims", tmp_path)
