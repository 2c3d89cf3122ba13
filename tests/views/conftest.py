"""Fixtures of the views tests: the small claims table, a private vocabulary, a fake project root."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml
from notebook_tables import QUANTITIES, make_claims, write_project

from analysis import paths


@pytest.fixture
def claims() -> pl.DataFrame:
    return make_claims()


@pytest.fixture
def vocabulary_dir(tmp_path: Path) -> Path:
    """A private copy of the vocabulary with test quantities and two sources (read by analysis.vocabulary)."""
    directory = tmp_path / "vocabulary"
    shutil.copytree(paths.VOCABULARY_DIR, directory)
    quantities_file = directory / "quantities.yaml"
    data = yaml.safe_load(quantities_file.read_text(encoding="utf-8"))
    data["quantities"] = {q: {"label": q.replace("_", " ").capitalize(), "description": "test"} for q in QUANTITIES}
    quantities_file.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": {
        "cnn": {"name": "CNN", "type": "media", "aliases": ["CNN"]},
        "kr_nis": {"name": "NIS", "type": "intelligence_service", "aliases": ["NIS"]}}}), encoding="utf-8")
    return directory


@pytest.fixture
def project(tmp_path: Path, claims: pl.DataFrame) -> Path:
    return write_project(tmp_path / "project", claims)
