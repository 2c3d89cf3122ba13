"""nbval over the committed notebooks: re-executed, their outputs equal the committed ones."""

from __future__ import annotations

import subprocess
import sys

import pytest
from render_helpers import SANITIZE_FILE

from analysis import paths


@pytest.mark.slow
def test_committed_notebooks_reproduce_their_outputs(tmp_path):
    ini = tmp_path / "pytest.ini"
    ini.write_text("[pytest]\naddopts =\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ini), "-p", "no:cacheprovider", "-q", "--nbval",
         "--nbval-sanitize-with", str(SANITIZE_FILE), str(paths.notebooks_dir())],
        capture_output=True, text=True, cwd=paths.repo_root(), timeout=900,
    )
    if result.returncode != 0:
        pytest.fail("a committed notebook's outputs differ from a fresh run (re-execute the notebooks and commit "
                    "them, or fix what changed):\n" + result.stdout[-6000:], pytrace=False)
    assert " passed" in result.stdout
