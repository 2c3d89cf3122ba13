"""The build's inputs besides the article parts: review decisions and fingerprints.

:func:`build_inputs` is recorded in ``datapackage.json``: the notebooks compare it
with today's files and ask for a rebuild when ``review.yaml`` or a vocabulary file
changed.  :func:`code_digest` is compared between the driver and every Dask worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from .. import paths
from ..corpus import load_article
from ..review import load_decisions
from ..vocabulary import default_vocabulary

REVIEW_NOT_APPLIED = "not applied (built with --no-review)"


class CorpusTexts(Mapping):
    """Article texts by id, read (and checksum-verified) only when asked for."""

    def __init__(self, directory: Path, article_ids: list[str]) -> None:
        self._directory, self._ids = directory, article_ids
        self._known = set(article_ids)

    def __getitem__(self, article_id: str) -> str:
        if article_id not in self._known:
            raise KeyError(article_id)
        return load_article(self._directory, article_id).text

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def read_decisions(root: Path | None, article_ids: list[str], *, review: bool) -> dict:
    """The review decisions per article id, checked against the texts (none with ``review=False``)."""
    if not review:
        return {}
    return load_decisions(root, CorpusTexts(paths.articles_dir(root), article_ids), default_vocabulary())


def build_inputs(root: Path | None, *, review: bool) -> dict[str, str]:
    """Fingerprints of the build's inputs besides the articles, recorded in datapackage.json.

    ``review``: sha256 of data/raw/review.yaml (``"none"`` without one, or
    :data:`REVIEW_NOT_APPLIED`); ``vocabulary``: sha256 over the vocabulary files.  The
    notebooks compare them with today's files, so an edited review or vocabulary file
    makes them ask for a rebuild instead of showing the old tables.  (Articles are
    compared by their own checksums, in articles.parquet.)
    """
    review_path = paths.review_file(root)
    if not review:
        review_digest = REVIEW_NOT_APPLIED
    elif review_path.exists():
        review_digest = hashlib.sha256(review_path.read_bytes()).hexdigest()
    else:
        review_digest = "none"
    return {"review": review_digest, "vocabulary": vocabulary_digest()}


def vocabulary_digest() -> str:
    """sha256 over the name and bytes of every vocabulary file (analysis/data/*.yaml)."""
    digest = hashlib.sha256()
    for path in sorted(paths.VOCABULARY_DIR.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def code_digest() -> str:
    """sha256 over the package's code (every module, subpackages too) and vocabulary files.

    Every Dask worker must run the same code as the driver.
    """
    files = [*paths.PACKAGE_DIR.rglob("*.py"), *paths.VOCABULARY_DIR.glob("*.yaml")]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(paths.PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
