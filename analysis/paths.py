"""Every path the package reads or writes, defined once.

The repository root is found from this file's location; set
``ANALYSIS_ROOT`` to point the package at another checkout or a test copy.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import ParameterError

PACKAGE_DIR = Path(__file__).resolve().parent
VOCABULARY_DIR = PACKAGE_DIR / "data"


def repo_root() -> Path:
    """The project root: ``$ANALYSIS_ROOT`` if set, else the checkout holding this package."""
    env = os.environ.get("ANALYSIS_ROOT")
    return Path(env).resolve() if env else PACKAGE_DIR.parent


def raw_dir(root: Path | None = None) -> Path:
    return (root or repo_root()) / "data" / "raw"


def articles_dir(root: Path | None = None) -> Path:
    return raw_dir(root) / "articles"


def review_file(root: Path | None = None) -> Path:
    return raw_dir(root) / "review.yaml"


def derived_dir(root: Path | None = None) -> Path:
    return (root or repo_root()) / "data" / "derived"


def notebooks_dir(root: Path | None = None) -> Path:
    return (root or repo_root()) / "notebooks"


def reports_dir(root: Path | None = None) -> Path:
    return (root or repo_root()) / "reports"


def contained(base: Path, name: str) -> Path:
    """``base / name``, refusing any name that would leave ``base``.

    Output paths derived from article ids or parameter names go through here,
    so ``../`` or an absolute path can never escape ``reports/`` or ``data/derived/``.
    """
    candidate = (base / name).resolve()
    base_resolved = base.resolve()
    if candidate != base_resolved and base_resolved not in candidate.parents:
        raise ParameterError(
            base,
            expected=f"a file name inside {base}",
            found=repr(name),
            fix="use a plain name of letters, digits, '-' and '_' (no '/' or '..')",
        )
    return candidate
