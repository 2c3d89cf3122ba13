"""What the notebooks read besides the derived tables, through the package's own readers.

Article texts come from :mod:`analysis.corpus` (every record validated, every text
checked against its sha256, as in the build); quantity labels and source names from
:mod:`analysis.vocabulary` (the validated vocabulary the build extracts with).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from analysis import corpus, paths, vocabulary

UNATTRIBUTED = "unattributed"


class ArticleTexts(Mapping):
    """``article_id -> text`` of the raw articles, each article read when asked for (nothing held).

    A large corpus's texts do not fit comfortably in a notebook kernel (231 MB of
    text at 50,000 articles, twice that as Python strings); :func:`analysis.views.coverage_audit`
    reads them one article at a time.  Each is read by :func:`analysis.corpus.load_article`:
    a text that no longer matches its provenance sha256 is a :class:`~analysis.errors.ChecksumError`.
    """

    def __init__(self, directory: Path) -> None:
        self._directory = directory
        self._ids = corpus.list_article_ids(directory)
        self._known = set(self._ids)

    def __getitem__(self, article_id: str) -> str:
        if article_id not in self._known:
            raise KeyError(article_id)
        return corpus.load_article(self._directory, article_id).text

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def load_article_texts(root: Path | None = None) -> ArticleTexts:
    """``article_id -> text`` of every raw article (for quoting a mention in its context), read lazily."""
    return ArticleTexts(paths.articles_dir(root))


def _vocabulary(directory: Path | None) -> vocabulary.Vocabulary:
    """The package's vocabulary (loaded once per process), or the one in ``directory``."""
    return vocabulary.default_vocabulary() if directory is None else vocabulary.load_vocabulary(directory)


def quantity_labels(directory: Path | None = None) -> dict[str, str]:
    """``quantity id -> label`` in vocabulary order, from analysis/data/quantities.yaml."""
    return {str(quantity): entry.label for quantity, entry in _vocabulary(directory).quantities.items()}


def valid_quantities(directory: Path | None = None) -> list[str]:
    """The quantity ids a ``quantity`` parameter may take, in vocabulary order."""
    return list(quantity_labels(directory))


def source_names(directory: Path | None = None) -> dict[str, str]:
    """``source id -> readable name`` from analysis/data/sources.yaml (plus 'unattributed')."""
    names = {str(source): entry.name for source, entry in _vocabulary(directory).sources.items()}
    return {**names, UNATTRIBUTED: "Unattributed"}
