"""The build's input fingerprints (analysis.build.inputs)."""

from __future__ import annotations

import shutil
from pathlib import Path

from analysis import paths
from analysis.build.inputs import REVIEW_NOT_APPLIED, build_inputs, code_digest


def test_code_digest_covers_the_modules_of_subpackages(tmp_path: Path, monkeypatch):
    """A worker with another analysis/build/*.py runs different code: the digest must differ."""
    package = tmp_path / "analysis"
    shutil.copytree(paths.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    monkeypatch.setattr(paths, "VOCABULARY_DIR", package / "data")
    before = code_digest()
    with (package / "build" / "batches.py").open("a", encoding="utf-8") as module:
        module.write("\n# edited\n")
    assert code_digest() != before


def test_build_inputs_fingerprint_the_review_file(tmp_path: Path):
    assert build_inputs(tmp_path, review=True)["review"] == "none"
    assert build_inputs(tmp_path, review=False)["review"] == REVIEW_NOT_APPLIED
    paths.review_file(tmp_path).parent.mkdir(parents=True)
    paths.review_file(tmp_path).write_text("decisions: []\n", encoding="utf-8")
    first = build_inputs(tmp_path, review=True)
    assert len(first["review"]) == 64 and first["vocabulary"] == build_inputs(tmp_path, review=False)["vocabulary"]
