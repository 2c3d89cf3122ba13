"""Helpers of the render tests: the fixture notebooks, the sanitizer file, the real runs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from analysis import paths
from analysis.render import load_runs

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
SANITIZE_FILE = TESTS / "nbval_sanitize.cfg"
FIXTURE_NOTEBOOKS = TESTS / "data" / "notebooks"
REAL_PARAMS = paths.notebooks_dir() / "params.yaml"


def params_beside_fixtures(tmp_path: Path, text: str) -> Path:
    """A parameter file beside copies of the fixture notebooks."""
    for notebook in FIXTURE_NOTEBOOKS.glob("*.ipynb"):
        (tmp_path / notebook.name).write_bytes(notebook.read_bytes())
    path = tmp_path / "params.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def real_runs() -> list:
    """One test id per real run, read at collection time from notebooks/params.yaml."""
    if not REAL_PARAMS.is_file():
        return [pytest.param("-", "-", marks=pytest.mark.skip(reason=f"{REAL_PARAMS} does not exist yet"),
                             id="no-parameter-file")]
    return [pytest.param(run.notebook, run.name, id=run.label) for run in load_runs(REAL_PARAMS)]
