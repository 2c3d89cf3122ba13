"""One base exception for the package, with specific subclasses.

Every error says where (file, line or offset), what was expected, what was
found and how to fix it.  The CLI prints ``str(error)`` and exits non-zero;
the traceback is shown only with ``--debug``.
"""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """Base class of every error this package raises on purpose."""

    def __init__(
        self,
        where: str | Path,
        *,
        expected: str,
        found: str,
        fix: str,
    ) -> None:
        self.where = str(where)
        self.expected = expected
        self.found = found
        self.fix = fix
        super().__init__(
            f"{self.where}: expected {expected}; found {found}. How to fix: {fix}"
        )


class CorpusError(AnalysisError):
    """An article file or its provenance record is missing, unreadable or inconsistent."""


class ChecksumError(CorpusError):
    """An article's bytes no longer match the sha256 in its provenance record."""


class ProvenanceError(CorpusError):
    """A provenance record has a missing or malformed field."""


class VocabularyError(AnalysisError):
    """A vocabulary data file (quantities, sources, attribution phrases) is malformed."""


class ReviewError(AnalysisError):
    """A review decision does not fit the raw text or contradicts itself."""


class SchemaError(AnalysisError):
    """A table does not match its schema; it is not written."""


class ParameterError(AnalysisError):
    """A notebook or CLI parameter has the wrong type, range or value."""


class DerivedDataError(AnalysisError):
    """``data/derived/`` is missing or older than the raw data it is built from."""


class RenderError(AnalysisError):
    """A notebook run failed while rendering reports."""
